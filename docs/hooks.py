"""MkDocs hooks: the chart gallery is drawn from examples/negotiations.py at build time.

A page asks for a chart with an HTML comment ``<!-- chart: NAME -->``; the hook builds the
seed timeline once, embeds the chart's Vega-Lite spec with vega-embed (the JavaScript is
bundled into the site by vl-convert: no CDN, the site works offline) and writes static
SVG/PNG copies beside it. ``<!-- cli-help -->`` becomes the `timeline` command's --help.
"""

from __future__ import annotations

import html
import importlib.util
import json
import logging
import sys
from pathlib import Path
from typing import Any

log = logging.getLogger("mkdocs.hooks.timeline")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "negotiations.py"
BUNDLE = "assets/javascripts/vega-embed.js"
CHART_DIR = "assets/charts"

_cache: dict[str, Any] = {}


def _example() -> Any:
    """examples/negotiations.py as a module (not run as a script)."""
    if "module" not in _cache:
        spec = importlib.util.spec_from_file_location("_timeline_example_negotiations", EXAMPLE)
        if spec is None or spec.loader is None:  # pragma: no cover
            raise RuntimeError(f"cannot load {EXAMPLE}")
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
        _cache["module"] = module
    return _cache["module"]


def _charts() -> dict[str, Any]:
    """name -> Altair chart, every one drawn from the example's timeline."""
    if "charts" not in _cache:
        from timeline.charts import conflicts_chart, sources_chart, timeline_chart

        ex = _example()
        tl = ex.build_timeline()
        _cache["timeline"] = tl
        _cache["charts"] = {
            "negotiations": ex.negotiations_chart(tl, overview=True),
            "negotiations-static": ex.negotiations_chart(tl, overview=False),
            "actors": timeline_chart(
                tl, lanes="actor", start=ex.START, end=ex.END, title="The same months, one lane per actor"
            ),
            "everything": timeline_chart(tl, title="Every dated event in the five articles"),
            "sources": sources_chart(tl, start=ex.START, end=ex.END),
            "conflicts": conflicts_chart(tl),
        }
    return _cache["charts"]


def on_pre_build(config: Any) -> None:
    """Start each build afresh (``mkdocs serve`` rebuilds after the example or library changes)."""
    _cache.clear()
    sys.modules.pop("_timeline_example_negotiations", None)


def _rel(page: Any) -> str:
    """The relative prefix from `page` to the site root."""
    return "../" * page.url.count("/")


def _embed(name: str, chart: Any, rel: str) -> str:
    spec = json.dumps(chart.to_dict(), sort_keys=True).replace("</", "<\\/")
    opts = '{"renderer": "svg", "actions": {"export": true, "source": false, "compiled": false, "editor": false}}'
    return (
        f'<div class="timeline-chart" id="vis-{name}" style="overflow-x:auto"></div>\n'
        f'<script type="application/json" id="spec-{name}">{spec}</script>\n'
        f"<script>vegaEmbed('#vis-{name}', JSON.parse(document.getElementById('spec-{name}').textContent), "
        f"{opts}).catch(function (e) {{ console.error(e); }});</script>\n"
        f'<noscript><img alt="{html.escape(name)} chart" src="{rel}{CHART_DIR}/{name}.svg"></noscript>\n'
        f'<p class="timeline-chart-links"><small>Static copies: <a href="{rel}{CHART_DIR}/{name}.svg">SVG</a> · '
        f'<a href="{rel}{CHART_DIR}/{name}.png">PNG</a> · <a href="{rel}{CHART_DIR}/{name}.vl.json">Vega-Lite spec</a>'
        f"</small></p>\n"
    )


def on_page_content(html_text: str, page: Any, config: Any, files: Any) -> str:
    if "<!-- chart:" not in html_text:
        return html_text
    charts = _charts()
    rel = _rel(page)
    out = html_text
    used = False
    for name, chart in charts.items():
        marker = f"<!-- chart: {name} -->"
        if marker in out:
            out = out.replace(marker, _embed(name, chart, rel))
            used = True
    if "<!-- chart:" in out:
        start = out.index("<!-- chart:")
        raise ValueError(f"{page.file.src_path}: unknown chart {out[start : out.index('-->', start) + 3]}")
    if used:
        out = f'<script src="{rel}{BUNDLE}"></script>\n' + out
    return out


def _cli_help() -> str:
    from timeline.cli import make_parser

    parser = make_parser()
    blocks = [("timeline --help", parser.format_help())]
    for action in parser._subparsers._group_actions if parser._subparsers else []:  # noqa: SLF001
        for name, sub in getattr(action, "choices", {}).items():
            blocks.append((f"timeline {name} --help", sub.format_help()))
    parts = []
    for title, text in blocks:
        parts.append(f"## `{title}`\n\n```text\n{text.rstrip()}\n```\n")
    return "\n".join(parts)


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    if "<!-- cli-help -->" in markdown:
        markdown = markdown.replace("<!-- cli-help -->", _cli_help())
    return markdown


def on_post_build(config: Any) -> None:
    """Write the vega-embed bundle and the static copies of every chart into the site."""
    if "charts" not in _cache:
        return
    import vl_convert as vlc

    site = Path(config["site_dir"])
    bundle = site / BUNDLE
    bundle.parent.mkdir(parents=True, exist_ok=True)
    bundle.write_text(vlc.javascript_bundle(), encoding="utf-8")
    out = site / CHART_DIR
    out.mkdir(parents=True, exist_ok=True)
    for name, chart in _cache["charts"].items():
        spec = chart.to_dict()
        (out / f"{name}.vl.json").write_text(json.dumps(spec, indent=1, sort_keys=True), encoding="utf-8")
        (out / f"{name}.svg").write_text(vlc.vegalite_to_svg(spec), encoding="utf-8")
        (out / f"{name}.png").write_bytes(vlc.vegalite_to_png(spec, scale=2))
    log.info("timeline: wrote %d charts and the vega-embed bundle", len(_cache["charts"]))
