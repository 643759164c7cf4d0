"""`timeline tag FILE`: print the time expressions of a text, resolved against a reference date.

Output is an aligned table (text, type, value, mod, earliest, latest, rule) or, with
``--json``, one JSON object per line (`TimeMention.to_dict()`). FILE ``-`` reads stdin.
Without ``--reference`` the publication date is looked for in the article's header lines.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from timeline.errors import InputError, UnreadableFileError

_COLUMNS = ("text", "type", "value", "mod", "earliest", "latest", "rule")
_MAX_TEXT = 40


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "tag",
        help="find and resolve the time expressions of a text (TIMEX3)",
        description="Tag FILE ('-' for stdin) and print its time expressions, resolved against "
        "--reference (the publication date). Without --reference the date is looked for in the "
        "article's first lines; if none is found relative expressions stay unresolved (XXXX).",
    )
    p.add_argument("file", metavar="FILE", help="a UTF-8 text file, or '-' for standard input")
    p.add_argument("--reference", "-r", metavar="DATE", default=None, help="publication date, ISO 8601 (2024-07-14)")
    p.add_argument("--json", action="store_true", help="print one JSON object per mention (JSON lines)")
    p.add_argument("--language", default="en", help="lexicon language (default: en)")
    p.set_defaults(func=run)
    return p


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    p = Path(path)
    if not p.is_file():
        raise InputError(f"no such file: {path} (give a text file, or '-' to read standard input)")
    try:
        return p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnreadableFileError(f"{path} is not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    except OSError as exc:
        raise UnreadableFileError(f"cannot read {path}: {exc.strerror or exc}") from exc


def _header_reference(text: str) -> Any:
    try:
        from timeline._pubdate import find_header_date
    except ImportError:  # pragma: no cover - the articles module is optional for tagging
        return None
    found = find_header_date(text)
    return found.value if found is not None else None


def _cell(v: Any) -> str:
    if v is None:
        return ""
    s = v.isoformat() if hasattr(v, "isoformat") else str(v)
    s = " ".join(s.split())
    return s if len(s) <= _MAX_TEXT else s[: _MAX_TEXT - 1] + "…"


def format_table(mentions: list[Any]) -> str:
    """The mentions as an aligned plain-text table."""
    rows = [list(_COLUMNS)] + [[_cell(getattr(m, c)) for c in _COLUMNS] for m in mentions]
    widths = [max(len(r[i]) for r in rows) for i in range(len(_COLUMNS))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(r, widths)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from timeline.temporal import parse_reference, tag

    text = _read(args.file)
    reference = args.reference
    if reference is None:
        found = _header_reference(text)
        if found is not None:
            reference = found
            print(f"timeline tag: reference date {parse_reference(found)} taken from the article header", file=sys.stderr)
        else:
            print(
                "timeline tag: no --reference and no date in the article header: relative expressions "
                "stay unresolved (XXXX); pass --reference YYYY-MM-DD",
                file=sys.stderr,
            )
    mentions = tag(text, reference, language=args.language)
    out = sys.stdout
    if args.json:
        for m in mentions:
            out.write(json.dumps(m.to_dict(), ensure_ascii=False) + "\n")
    else:
        out.write(format_table(mentions) + "\n")
    return 0
