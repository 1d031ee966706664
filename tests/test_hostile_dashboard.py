"""Untrusted text in the real browser: a store whose titles, outlets, URLs, sentences, claims,
actor names and place names carry <script>, <img onerror>, <svg onload>, <iframe>,
javascript: URLs and HTML entities, shown by `tacitus serve` in Chromium (Playwright) and by
`tacitus report` as a file. Every payload must show as text: no script runs (a payload would
set `window.__pwned` and open an alert), no javascript: link exists, entities are not decoded.

The dashboard is checked with the page's Content-Security-Policy bypassed, so the test
proves the rendering itself is safe; a second page checks that the policy is sent and that
the browser enforces it. Skips without /usr/bin/chromium or playwright."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from browser import ARGS, CHROMIUM, sync_api  # noqa: E402  (skips without Chromium)


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


import store_data as _data  # noqa: E402

load = _load("_load", Path(__file__).parents[1] / "benchmarks" / "load.py")

IMG = '<img src=x onerror="window.__pwned=(window.__pwned||0)+1;alert(1)">'
SCRIPT = "<script>window.__pwned=1;alert(2)</script>"
SVG = '<svg onload="window.__pwned=1;alert(3)"></svg>'
IFRAME = '"><iframe src="javascript:parent.__pwned=1;alert(4)"></iframe>'
ENTITY = "&lt;b&gt;not bold&lt;/b&gt; &amp; &#60;i&#62;"
JS_URL = "javascript:window.__pwned=1;alert(5)"
LINK = 'https://example.org/a?q="><script>alert(6)</script>'
DANGER = ("[onerror],[onload],[onclick],[onmouseover],[srcdoc],iframe,img,object,embed,"
          "script:not([src='/static/app.js']),a[href^='javascript:' i],svg svg")


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory) -> Path:
    from tacitus.records import Actor, Claim, Place
    from tacitus.store import Store

    db = tmp_path_factory.mktemp("hostile") / "hostile.duckdb"
    rus = Actor(text=f"Moscow {IMG}", country="RUS", sector="GOV", code="RUSGOV", name=f"{SCRIPT}Russia",
                kind="government")
    nameless = Actor(text=SVG, name=f"{SVG} militia", kind="group")  # no code: its name labels the node
    place = Place(name=f"{IFRAME}Tokyo", lat=35.69, lon=139.69, country="JPN", feature_id="1", precision="city")
    s1 = f"Moscow {IMG} warned Tokyo {SCRIPT} that {ENTITY} drills were a threat."
    s2 = f"The {SVG} militia accused Moscow {IFRAME} of lying."
    said = f"{IMG} officials said Moscow warned Tokyo {ENTITY}."
    warn = _data.event("e1", s1, "warned", rus, _data.JPN, "1383", "THREATEN", -5.8, 3, date(2025, 4, 20),
                        place=place, status="claimed", claim="c1", by=rus)
    accuse = _data.event("e2", s2, "accused", nameless, _data.RUS, "112", "ACCUSE", -2.0, 3, date(2025, 4, 21))
    claim = Claim(id="c1", sentence=said, sentence_start=0, sentence_end=len(said), source=(rus,), cue="said",
                  cue_start=said.index("said"), cue_end=said.index("said") + 4, stance="assert",
                  content=f"Moscow warned Tokyo {ENTITY} {SCRIPT}", events=("e1",))
    art = _data.article("x1", f"{s1} {s2} {said}", f"<b>Wire</b> {IMG}", date(2025, 4, 21), [warn, accuse], [claim])
    art = replace(art, article=replace(art.article, title=SCRIPT + ENTITY, url=JS_URL))
    other = _data.article("x2", s1.replace("warned", "threatened"), f"Wire {SCRIPT}", date(2025, 4, 22),
                           [replace(warn, id="e1", trigger="threatened", trigger_end=warn.trigger_start + 10,
                                    sentence=s1.replace("warned", "threatened"),
                                    sentence_end=len(s1.replace("warned", "threatened")),
                                    attribution=None)])
    other = replace(other, article=replace(other.article, url=LINK, title=IFRAME))
    with Store(db) as s:
        _data.populate(s)
        s.add([art])
        s.add([other])
    return db


def _no_script_ran(page) -> None:
    assert page.evaluate("() => window.__pwned === undefined"), "a payload ran"
    found = page.evaluate(f"() => Array.from(document.querySelectorAll({DANGER!r})).map(e => e.outerHTML.slice(0, 120))")
    assert found == [], found


def test_dashboard_shows_hostile_text_as_text(hostile_db):
    dialogs: list[str] = []
    with load.Server(hostile_db, token=None) as server, sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_context(bypass_csp=True, viewport={"width": 1280, "height": 1600}).new_page()
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(server.url + "/")
            page.wait_for_selector("#dyads option[value='JPN|RUS']", state="attached", timeout=20000)

            page.fill("#actor-a", "RUS")
            page.fill("#actor-b", "JPN")
            page.click("#show")
            sync_api.expect(page.locator("#events-count")).to_contain_text("of 3", timeout=20000)
            page.wait_for_selector("#map circle.place", timeout=20000)
            assert f"{IFRAME}Tokyo" in page.text_content("#map")
            assert f"Wire {SCRIPT}" in page.text_content("#events")
            page.wait_for_selector("#claims table", timeout=20000)
            claims = page.text_content("#claims")
            assert SCRIPT in claims and ENTITY in claims

            page.click("#events tbody tr[data-uid='x1#e1']")
            page.wait_for_selector("#evidence-sentence mark.trigger", timeout=20000)
            assert page.text_content("#evidence-sentence") == f"Moscow {IMG} warned Tokyo {SCRIPT} that {ENTITY} drills were a threat."
            detail = page.text_content("#detail-body")
            assert SCRIPT + ENTITY in detail and f"<b>Wire</b> {IMG}" in detail and f"{SCRIPT}Russia" in detail
            assert JS_URL not in detail  # a javascript: URL is not shown as a link, nor at all
            _no_script_ran(page)

            page.click("#events tbody tr[data-uid='x2#e1']")
            sync_api.expect(page.locator("#detail-body a")).to_have_count(1, timeout=20000)  # x2's own URL
            link = page.locator("#detail-body a")
            assert link.count() == 1 and link.get_attribute("href") == LINK and link.text_content() == LINK
            assert link.get_attribute("rel") == "noopener noreferrer"

            page.fill("#actor-b", "")  # RUS alone: the nameless actor's node is labelled with its name
            page.click("#show")
            sync_api.expect(page.locator("#events-count")).to_contain_text("of 9", timeout=20000)
            page.wait_for_selector("#network svg text", timeout=20000)
            assert f"{SVG} militia" in page.text_content("#network")
            page.click("#events tbody tr[data-uid='x1#e2']")
            sync_api.expect(page.locator("#detail-body")).to_contain_text(f"{SVG} militia", timeout=20000)
            _no_script_ran(page)
        finally:
            browser.close()
    assert dialogs == []


def test_the_browser_enforces_the_content_security_policy(hostile_db):
    with load.Server(hostile_db, token=None) as server, sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page()
            response = page.goto(server.url + "/")
            headers = response.headers
            assert "script-src 'self'" in headers["content-security-policy"]
            assert "server" not in headers and "access-control-allow-origin" not in headers
            page.wait_for_selector("#dyads option[value='JPN|RUS']", state="attached", timeout=20000)
            blocked = page.evaluate("""() => {
                const s = document.createElement('script');
                s.textContent = 'window.__inline = 1';
                document.body.append(s);
                const i = document.createElement('img');
                i.setAttribute('onerror', 'window.__inline = 2');
                i.src = 'data:,x';
                document.body.append(i);
                return new Promise(r => setTimeout(() => r(window.__inline === undefined), 300));
            }""")
            assert blocked, "an inline script ran despite the policy"
        finally:
            browser.close()


def test_html_report_shows_hostile_text_as_text(hostile_db, tmp_path):
    out = tmp_path / "report.html"
    r = subprocess.run([sys.executable, "-m", "tacitus.cli", "report", "--db", str(hostile_db), "--dyad", "RUS", "JPN",
                        "-o", str(out)], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    dialogs: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page()
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(out.as_uri())
            page.wait_for_load_state("load")
            text = page.text_content("body")
            assert SCRIPT in text or IMG in text
            assert page.evaluate("() => window.__pwned === undefined"), "a payload ran in the report"
            danger = DANGER.replace(",script:not([src='/static/app.js'])", ",script")
            found = page.evaluate(f"() => Array.from(document.querySelectorAll({danger!r})).map(e => e.outerHTML.slice(0, 120))")
            assert found == [], found
        finally:
            browser.close()
    assert dialogs == []
