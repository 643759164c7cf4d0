"""The docs' chart page in a real headless Chromium: the charts render, offline, without errors.

Builds the site (mkdocs --strict), serves it on 127.0.0.1, blocks every other host, opens
the charts page and counts the marks vega-embed drew. The screenshot is kept in
artifacts/ at the repository root. Skipped when Chromium is absent, unless CI=true.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = pytest.mark.browser


def _chromium() -> str:
    for candidate in (os.environ.get("CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                      shutil.which("chromium-browser")):  # fmt: skip
        if candidate and Path(candidate).exists():
            return candidate
    if os.environ.get("CI") == "true":
        pytest.fail("Chromium is required in CI (apt-get install chromium)")
    pytest.skip("Chromium not installed (apt-get install chromium); required when CI=true")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(ROOT / "mkdocs.yml"), "-d", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},  # Material's end-of-life banner
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return out


@pytest.fixture(scope="module")
def server(site: Path):
    handler = functools.partial(_QuietHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


def test_charts_page_renders_offline(server: str) -> None:
    executable = _chromium()
    from playwright.sync_api import sync_playwright

    errors: list[str] = []
    outside: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 1000})
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))

            def guard(route):  # the site must need nothing but itself
                if route.request.url.startswith(server):
                    route.continue_()
                else:
                    outside.append(route.request.url)
                    route.abort()

            page.route("**/*", guard)
            page.goto(f"{server}/charts.html", wait_until="load")
            page.wait_for_selector("#vis-negotiations svg.marks", timeout=30_000)
            page.wait_for_selector("#vis-conflicts svg.marks", timeout=30_000)
            counts = page.evaluate(
                """() => Object.fromEntries([...document.querySelectorAll('.timeline-chart')].map(el =>
                    [el.id, el.querySelectorAll('svg.marks g.mark-symbol path, svg.marks g.mark-rect path,'
                      + ' svg.marks g.mark-rule line, svg.marks g.mark-text text').length]))"""
            )
            texts = page.evaluate("() => document.querySelector('#vis-negotiations svg').textContent")
            ARTIFACTS.mkdir(exist_ok=True)
            page.locator("#vis-negotiations").scroll_into_view_if_needed()
            page.locator("#vis-negotiations").screenshot(path=str(ARTIFACTS / "negotiations-chart.png"))
            page.screenshot(path=str(ARTIFACTS / "charts-page.png"), full_page=True)
        finally:
            browser.close()
    assert not errors, errors
    assert not outside, f"the page asked for outside resources: {outside}"
    assert set(counts) >= {"vis-negotiations", "vis-actors", "vis-everything", "vis-sources", "vis-conflicts"}
    # every chart drew marks; the negotiations chart: events, highlight rings, rules and labels
    assert all(n > 0 for n in counts.values()), counts
    assert counts["vis-negotiations"] > 20, counts
    assert "Gaza ceasefire talks" in texts
