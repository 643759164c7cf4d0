"""timeline: reconstruct what happened, and when, from news articles.

The public names are few; heavy modules (pandas, altair) load only when used, so
``import timeline`` stays quick.

    >>> import timeline
    >>> [m.value for m in timeline.tag("He left on Sunday.", "2024-05-07")]
    ['2024-05-05']
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from timeline.errors import (
    ArticleProblemError,
    ExportError,
    InputError,
    ManifestError,
    ReferenceDateError,
    TimelineError,
    TimelineWarning,
    UnreadableFileError,
)

__version__ = "0.1.0"

# public name -> module that defines it (imported on first use)
_LAZY = {
    "TimeMention": "timeline.temporal.values",
    "tag": "timeline.temporal",
    "Article": "timeline.articles",
    "Articles": "timeline.articles",
    "ReadProblem": "timeline.articles",
    "read_articles": "timeline.articles",
    "iter_articles": "timeline.articles",
    "build": "timeline.pipeline",
    "Timeline": "timeline.frames",
}

__all__ = [
    "__version__",
    "TimelineError",
    "InputError",
    "ReferenceDateError",
    "ManifestError",
    "UnreadableFileError",
    "ArticleProblemError",
    "ExportError",
    "TimelineWarning",
    *_LAZY,
]

if TYPE_CHECKING:  # pragma: no cover
    from timeline.articles import Article, Articles, ReadProblem, iter_articles, read_articles
    from timeline.frames import Timeline
    from timeline.pipeline import build
    from timeline.temporal import tag
    from timeline.temporal.values import TimeMention


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'timeline' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
