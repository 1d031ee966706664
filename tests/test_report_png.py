"""`tacitus report --png DIR`: the dyad report's charts as PNG files, drawn with matplotlib's
Agg backend over a small store built with the records of tests/test_analysis.py."""

from __future__ import annotations

import importlib.util
import struct
import sys
from pathlib import Path

import pytest

if importlib.util.find_spec("matplotlib") is None:  # find_spec, not import: the lazy import is tested below
    pytest.skip("matplotlib is not installed (pip install matplotlib)", allow_module_level=True)

import store_data as _data  # noqa: E402
from tacitus.cli import main  # noqa: E402

PNG_SIG = b"\x89PNG\r\n\x1a\n"


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == PNG_SIG
    assert head[12:16] == b"IHDR"
    return struct.unpack(">II", head[16:24])


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    from tacitus.store import Store

    path = tmp_path_factory.mktemp("png") / "report.duckdb"
    with Store(path) as s:
        _data.populate(s)
    return path


def test_no_png_without_option(db: Path, tmp_path: Path) -> None:
    """Without --png nothing but the HTML is written and matplotlib's charts module is not needed."""
    before = "tacitus.charts" in sys.modules or "matplotlib" in sys.modules
    assert main(["report", "--db", str(db), "--dyad", "RUS", "PRK", "-o", str(tmp_path / "r.html")]) == 0
    assert [p.name for p in tmp_path.iterdir()] == ["r.html"]
    if not before:  # the first test of the module, unless other tests imported it already
        assert "tacitus.charts" not in sys.modules
        assert "matplotlib" not in sys.modules


def test_png_charts_written(db: Path, tmp_path: Path) -> None:
    out, html = tmp_path / "charts", tmp_path / "r.html"
    assert main(["report", "--db", str(db), "--dyad", "RUS", "PRK", "-o", str(html), "--png", str(out)]) == 0
    assert "<svg" in html.read_text(encoding="utf-8")  # the HTML report is still written
    tl, net = out / "RUS-PRK-timeline.png", out / "RUS-PRK-network.png"
    assert sorted(p.name for p in out.iterdir()) == [net.name, tl.name]
    assert _png_size(tl) == (900, 360)
    assert _png_size(net) == (700, 500)
    for p in (tl, net):
        assert 5_000 < p.stat().st_size < 500_000, p


def test_png_empty_dyad_and_since(db: Path, tmp_path: Path) -> None:
    """A dyad with no events after --since still gives two (mostly blank) charts."""
    out = tmp_path / "empty"
    rc = main(["report", "--db", str(db), "--dyad", "JPN", "KOR", "--since", "2030-01-01", "-o", str(tmp_path / "e.html"),
               "--png", str(out)])
    assert rc == 0
    for name in ("JPN-KOR-timeline.png", "JPN-KOR-network.png"):
        assert _png_size(out / name)[0] > 0
        assert (out / name).stat().st_size > 1_000


def test_png_busier_timeline_differs(db: Path, tmp_path: Path) -> None:
    """The pictures depend on the data: the RUS-PRK timeline differs from an empty one."""
    main(["report", "--db", str(db), "--dyad", "RUS", "PRK", "-o", str(tmp_path / "a.html"), "--png", str(tmp_path / "a")])
    main(["report", "--db", str(db), "--dyad", "RUS", "PRK", "--since", "2030-01-01", "-o", str(tmp_path / "b.html"),
          "--png", str(tmp_path / "b")])
    a = (tmp_path / "a" / "RUS-PRK-timeline.png").read_bytes()
    b = (tmp_path / "b" / "RUS-PRK-timeline.png").read_bytes()
    assert a != b and len(a) > len(b)
