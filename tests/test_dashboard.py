"""The dashboard in a real browser: `tacitus serve` as a subprocess on 127.0.0.1 over a small
store, driven by Playwright with Debian's Chromium. Skips when either is missing (CI
installs both: `apt-get install -y chromium` and `pip install playwright`, never
`playwright install`)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

import store_data as _data  # noqa: E402
from browser import ARGS, CHROMIUM, sync_api  # noqa: E402  (skips without Chromium)

HOSTILE = ("Moscow warned Tokyo that the <img src=x onerror=alert(1)> drills in the sea were a threat and that "
           "it would answer them <script>alert(2)</script> with its own forces.")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from tacitus.store import Store

    tmp = tmp_path_factory.mktemp("dash")
    db = tmp / "dash.duckdb"
    with Store(db) as s:
        _data.populate(s)
        hostile = _data.event("e1", HOSTILE, "warned", _data.RUS, _data.JPN, "1383", "THREATEN", -5.8, 3,
                               date(2025, 4, 20))
        art = _data.article("x1", HOSTILE, "<b>Wire X</b>", date(2025, 4, 20), [hostile])
        s.add([replace(art, article=replace(art.article, title="<script>alert(3)</script>"))])
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("TACITUS_API_TOKEN", "TACITUS_API_TOKEN_FILE")}
    proc = subprocess.Popen([sys.executable, "-m", "tacitus.cli", "serve", "--db", str(db), "--host", "127.0.0.1",
                             "--port", str(port)], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(url + "/api/health", timeout=2) as r:
                if r.status == 200:
                    break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            out = proc.stdout.read().decode(errors="replace") if proc.stdout else ""
            pytest.fail(f"tacitus serve did not start: {out[-2000:]}")
        time.sleep(0.2)
    yield url, tmp
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


def test_dashboard_dyad_timeline_and_event_evidence(server):
    url, tmp = server
    dialogs: list[str] = []
    errors: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 1600})
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(url + "/")
            page.wait_for_selector("#dyads option[value='PRK|RUS']", state="attached", timeout=15000)
            assert "articles" in page.text_content("#counts")
            page.fill("#actor-a", "RUS")
            page.fill("#actor-b", "PRK")
            page.click("#show")
            page.wait_for_selector("#timeline-svg rect.bar", timeout=15000)
            assert page.locator("#timeline-svg rect.bar").count() >= 3  # March: two classes; April: one
            assert "5 reports" in page.text_content("#timeline-totals")
            page.wait_for_selector("#events tbody tr", timeout=15000)
            assert page.locator("#events tbody tr").count() == 5
            assert page.locator("#map circle.place").count() >= 1
            assert "denial" in page.text_content("#claims")
            page.click("#events tbody tr[data-uid='p2#e2']")
            page.wait_for_selector("#evidence-sentence mark.trigger", timeout=15000)
            assert page.text_content("#evidence-sentence mark.trigger") == "shipped"
            assert "spy agency said" in page.text_content("#evidence-sentence")
            detail = page.text_content("#detail-body")
            assert "Denials (1)" in detail and "Moscow denied" in detail and "KORSPY" in detail
            page.screenshot(path=str(tmp / "dashboard.png"), full_page=True)

            # Hostile text from the store is shown as text, never run.
            page.fill("#actor-b", "JPN")
            page.click("#show")
            page.click("#events tbody tr[data-uid='x1#e1']")
            page.wait_for_selector("#evidence-sentence mark.trigger", timeout=15000)
            assert "<script>alert(2)</script>" in page.text_content("#evidence-sentence")
            assert "<b>Wire X</b>" in page.text_content("#detail-body")
            assert page.locator("#detail-body img, #detail-body script, #events b").count() == 0

            # One actor alone: its events, network and map; a PLOVER type narrows them.
            page.fill("#actor-a", "JPN")
            page.fill("#actor-b", "")
            page.click("#show")
            sync_api.expect(page.locator("#events-count")).to_contain_text("of 2", timeout=15000)
            assert "Give actor B" in page.text_content("#timeline")
            page.select_option("#plover", "ACCUSE")
            page.click("#show")
            sync_api.expect(page.locator("#events-count")).to_contain_text("of 1", timeout=15000)
            assert page.text_content("#events tbody tr td:nth-child(4)") == "ACCUSE"

            # Coding an article without a configured token is refused with the server's message.
            page.fill("#article-text", "Japan praised South Korea on Monday.")
            page.click("#code-form button[type=submit]")
            page.wait_for_selector("#code-result .err", timeout=15000)
            assert "writes are disabled" in page.text_content("#code-result")
        finally:
            browser.close()
    assert dialogs == [] and errors == []
    if os.environ.get("TACITUS_SCREENSHOT"):
        Path(os.environ["TACITUS_SCREENSHOT"]).write_bytes((tmp / "dashboard.png").read_bytes())
