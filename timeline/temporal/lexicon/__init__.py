"""Load a language's temporal lexicon (``<language>.toml`` beside this file).

The engine never hard-codes words: month and weekday names, numerals, units,
modifiers, tense cues and holidays all come from the resource file, so a second
language is a second TOML file with the same tables.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from timeline.errors import InputError

__all__ = ["Lexicon", "load_lexicon", "available_languages"]

_HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Lexicon:
    """The parsed tables of one language resource (see ``en.toml`` for their meaning)."""

    language: str
    data: dict[str, Any]

    def table(self, name: str) -> dict[str, Any]:
        """A key -> value table (empty when the language does not define it)."""
        return dict(self.data.get(name, {}))

    def words(self, name: str, key: str = "words") -> list[str]:
        """A word list stored as ``[name] words = [...]`` (or another list key)."""
        return list(self.data.get(name, {}).get(key, []))


def available_languages() -> list[str]:
    """Languages with a resource file."""
    return sorted(p.stem for p in _HERE.glob("*.toml"))


@functools.cache
def load_lexicon(language: str = "en") -> Lexicon:
    """Read ``<language>.toml`` once; raise InputError for an unknown language."""
    if not isinstance(language, str) or not language.isidentifier():
        raise InputError(f"language must be a code such as 'en', got {language!r}")
    path = _HERE / f"{language}.toml"
    if not path.is_file():
        raise InputError(
            f"no temporal lexicon for language {language!r}; available: {', '.join(available_languages())}"
        )
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    return Lexicon(language=language, data=data)
