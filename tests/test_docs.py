"""The documentation builds strictly (warnings fail) and needs no network: this is how CI builds it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_docs_build_strict(tmp_path: Path) -> None:
    site = tmp_path / "site"
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(ROOT / "mkdocs.yml"), "-d", str(site)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},  # Material's end-of-life banner
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    assert not re.search(r"WARNING\s+-", proc.stderr), proc.stderr[-4000:]

    charts = (site / "charts.html").read_text(encoding="utf-8")
    for name in ("negotiations", "actors", "everything", "sources", "conflicts"):
        assert f'id="vis-{name}"' in charts
        assert (site / "assets" / "charts" / f"{name}.svg").stat().st_size > 1000
    assert (site / "assets" / "javascripts" / "vega-embed.js").stat().st_size > 100_000
    # offline: no page loads a script, stylesheet or font from another host
    for page in site.glob("*.html"):
        text = page.read_text(encoding="utf-8")
        remote = re.findall(r"<(?:script|link|img|iframe)[^>]+(?:src|href)=\"(https?:[^\"]+)\"", text)
        assert not remote, f"{page.name} loads {remote}"
    cli = (site / "cli.html").read_text(encoding="utf-8")
    assert "timeline chart --help" in cli and "--lanes" in cli
    api = (site / "api.html").read_text(encoding="utf-8")
    assert "timeline_chart" in api and "read_articles" in api
