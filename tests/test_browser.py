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
    override = os.environ.get("CHROMIUM")  # a path to another Chromium build
    candidates = [override] if override else ["/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")]
    for candidate in candidates:
        if candidate and Path(candidate).exists():
            return candidate
    if os.environ.get("CI") == "true":
        pytest.fail("Chromium is required in CI (apt-get install chromium)")
    pytest.skip("Chromium not installed (apt-get install chromium); required when CI=true")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    _chromium()  # skip (or fail in CI) before spending time on the build
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


def test_example_html_renders_offline_and_the_brush_zooms(tmp_path: Path) -> None:
    """examples/negotiations.py's HTML from file:// with every other URL blocked; dragging on the
    overview strip narrows the detail's date axis."""
    executable = _chromium()
    from playwright.sync_api import sync_playwright

    proc = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "negotiations.py"), "--out", str(tmp_path)],
        capture_output=True, text=True, cwd=ROOT, timeout=600,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    errors: list[str] = []
    outside: list[str] = []
    ticks_js = "() => [...document.querySelectorAll('.concat_0_group g.role-axis-label text')].map(t => t.textContent)"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))

            def guard(route):
                if route.request.url.startswith("file://"):
                    route.continue_()
                else:
                    outside.append(route.request.url)
                    route.abort()

            page.route("**/*", guard)
            page.goto((tmp_path / "negotiations.html").as_uri(), wait_until="load")
            page.wait_for_selector("svg.marks g.mark-symbol path", timeout=30_000)
            before = page.evaluate(ticks_js)
            labels = page.evaluate("() => [...document.querySelectorAll('svg.marks g.mark-text text')].map(t => t.textContent)")
            strip = page.locator("g.role-scope[class*=view_] path.background").first.bounding_box()
            y = strip["y"] + strip["height"] / 2
            page.mouse.move(strip["x"] + strip["width"] * 0.10, y)
            page.mouse.down()
            page.mouse.move(strip["x"] + strip["width"] * 0.35, y, steps=6)
            page.mouse.up()
            page.wait_for_timeout(300)
            after = page.evaluate(ticks_js)
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "negotiations-zoomed.png"))
        finally:
            browser.close()
    assert not errors, errors
    assert not outside, f"the HTML asked for outside resources: {outside}"
    assert sum(1 for t in labels if t.startswith(("1 ·", "2 ·", "3 ·"))) == 3, labels
    dates = lambda ticks: [t for t in ticks if t[:2].isdigit()]  # noqa: E731
    assert dates(before) != dates(after), (before, after)  # the detail now shows a narrower range
