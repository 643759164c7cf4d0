"""Streaming: `timeline.build` over an iterator keeps memory bounded by the events, not the text.

Measured as a ratio in one test (tracemalloc peaks), never as an absolute size: ten times
more articles, each mostly text without events, must not cost anywhere near ten times the
peak memory.
"""

from __future__ import annotations

import datetime as dt
import gc
import tracemalloc
import warnings

import timeline
from timeline.articles import Article

FILLER = (
    "The weather in the region was mild and the markets were quiet as traders waited for "
    "more data on prices, wages and the cost of housing across the country. "
)


def _articles(n: int, size: int = 20_000):
    """n articles generated lazily: one dated event each, the rest filler text."""
    for i in range(n):
        head = f"Talks resume {i}\n\nMediators met Hamas negotiators in Cairo on Sunday, officials said.\n\n"
        body = (FILLER * (size // len(FILLER) + 1))[:size]
        yield Article(id=f"a{i:04d}", text=head + body, published=dt.date(2024, 5, 7))


def _peak(n: int, keep: list | None = None) -> tuple[int, int]:
    gc.collect()
    tracemalloc.start()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            items = _articles(n) if keep is None else (keep.append(a) or a for a in _articles(n))
            tl = timeline.build(items)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return peak, len(tl.mentions)


def test_build_over_an_iterator_does_not_keep_the_texts():
    _peak(2)  # warm: grammar, lexicons, pandas
    small, m_small = _peak(3)
    large, m_large = _peak(30)
    assert m_large >= 10 * m_small > 0  # every article's event is there
    # 10x the text (600 KB vs 60 KB): streaming stays near flat (measured ~1.2x)
    assert large < 2 * small, (small, large)


def test_the_bound_would_catch_kept_texts():
    # the same run, with the caller holding every article: the bound above no longer holds
    _peak(2)
    small, _ = _peak(3)
    kept: list = []
    large, _ = _peak(30, keep=kept)
    assert large >= 2 * small, (small, large)
