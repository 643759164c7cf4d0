"""One way to shorten text for messages, titles and chart labels: ``ellipsize``."""

from __future__ import annotations

from typing import Any


def ellipsize(value: Any, limit: int = 60, *, whole_words: bool = False) -> str:
    """``value`` as text on one line, at most ``limit`` characters, ending in "…" when cut.

    ``whole_words``: cut after a whole word when one ends in the second half of the limit (and
    keep a closing quotation mark when the text was a quotation), for labels people read.
    """
    text = " ".join(str(value).split())
    if len(text) <= limit:
        return text
    if not whole_words:
        return text[: max(limit - 1, 0)].rstrip() + "…"
    close = "”" if text.startswith("“") and text.endswith("”") and limit > 2 else ""
    cut = text[: max(limit - 1 - len(close), 0)]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:–-") + "…" + close
