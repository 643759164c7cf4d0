"""Productions: what each grammar rule's match means, resolved against the context.

Each production takes the rule's match (on the lower-cased text) and the document
context (`timeline.temporal.context.Ctx`: reference date, clause tense, what the text
already dated) and returns a `Res` (optionally with a trimmed span, or several), or
None to reject the candidate so that a shorter rule may take the place. The
productions live in three modules by family; this one only indexes them by rule name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline.temporal import rules_calendar, rules_days, rules_relative
from timeline.temporal.context import SKIP, Ctx, Out

__all__ = ["PRODUCTIONS", "Ctx", "SKIP"]

PRODUCTIONS: dict[str, Callable[[re.Match[str], Ctx], Out]] = {
    name[2:]: fn
    for module in (rules_calendar, rules_days, rules_relative)
    for name, fn in vars(module).items()
    if name.startswith("p_") and callable(fn) and fn.__module__ == module.__name__
}
