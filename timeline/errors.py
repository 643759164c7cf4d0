"""The one exception hierarchy of `timeline`.

Every error the public API raises on purpose is a `TimelineError`; each subclass
also derives from the matching built-in (ValueError, TypeError, OSError) so that
generic handlers keep working. Messages say what was wrong and what to do.
"""

from __future__ import annotations

__all__ = [
    "TimelineError",
    "InputError",
    "ReferenceDateError",
    "ManifestError",
    "UnreadableFileError",
    "ArticleProblemError",
    "ExportError",
    "TimelineWarning",
]


class TimelineError(Exception):
    """Base class of every error raised by `timeline`."""


class InputError(TimelineError, ValueError):
    """An argument given to the public API is not usable (wrong type or value)."""


class ReferenceDateError(InputError):
    """A reference/publication date could not be understood.

    Give a `datetime.date`, a `datetime.datetime` or an ISO 8601 string such as
    ``"2024-07-14"``; relative words such as ``"yesterday"`` are refused on purpose,
    because they would tie the result to the day the code runs.
    """


class ManifestError(InputError):
    """A corpus manifest is malformed (missing column, unknown file, bad date...)."""


class UnreadableFileError(TimelineError, OSError):
    """A file could not be read or decoded."""


class ArticleProblemError(TimelineError):
    """Raised in strict mode when reading a corpus recorded a problem."""


class ExportError(TimelineError):
    """A timeline could not be written in the requested format."""


class TimelineWarning(UserWarning):
    """Something was read or resolved with a caveat (no publication date, a guessed
    encoding...); the result is still returned, with the caveat recorded on it."""
