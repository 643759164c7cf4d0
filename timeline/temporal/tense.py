"""Tense and modality of the clause around a time expression, from cue words.

No part-of-speech tagger: the nearest cue word (left or right, inside the
sentence, not across a clause break) decides: ``future`` (will, would, expected
to, plans to...), ``past`` (was, said, -ed verbs, irregular past forms) or
``present``; None when the clause gives no cue.
"""

from __future__ import annotations

import re
from functools import cached_property

from timeline.temporal.lexicon import Lexicon

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*|[;:—–()\"“”,]")
_MAX_WORDS = 12
_WINDOW = 240


class TenseCues:
    """The cue tables of one language, as sets."""

    def __init__(self, lex: Lexicon) -> None:
        t = lex.table("tense")
        self.future_alone = set(t.get("future_alone", []))
        self.future_needs_to = set(t.get("future_needs_to", []))
        self.past = set(t.get("past", []))
        self.present = set(t.get("present", []))
        self.irregular_past = set(t.get("irregular_past", []))
        self.not_past = set(t.get("not_past", []))
        self.breaks = set(t.get("clause_breaks", []))
        fwd = sorted(t.get("forward_before", []), key=len, reverse=True)
        self.forward = re.compile(
            r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in fwd) + r")\s+(?:on\s+|the\s+)?$", re.I
        ) if fwd else None

    def classify(self, word: str, nxt: str | None, prev: str | None) -> str | None:
        """The tense a single word signals in context, or None."""
        w = word.lower().replace("’", "'")
        if w in self.future_alone:
            return "future"
        if nxt == "to" and w in self.future_needs_to:
            return "future"
        if w == "going" and nxt == "to":
            return "future"
        if w in self.past or w in self.irregular_past:
            return "past"
        if w in self.present:
            return "present"
        if len(w) > 4 and w.endswith("ed") and w not in self.not_past and word[0].islower():
            # "is scheduled", "was expected" are handled by their auxiliaries, nearer first
            return "past"
        return None


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - _WINDOW)
    left = text[lo:start]
    cut = max(left.rfind(". "), left.rfind("\n"), left.rfind("? "), left.rfind("! "))
    s = lo + cut + 1 if cut >= 0 else lo
    hi = min(len(text), end + _WINDOW)
    right = text[end:hi]
    cuts = [i for i in (right.find(". "), right.find("\n"), right.find("? "), right.find("! ")) if i >= 0]
    e = end + min(cuts) if cuts else hi
    return s, e


class ClauseTense:
    """Finds the tense of the clause around ``text[start:end]``."""

    def __init__(self, lex: Lexicon) -> None:
        self.cues = TenseCues(lex)

    def __call__(self, text: str, start: int, end: int) -> str | None:
        s, e = _sentence_bounds(text, start, end)
        if self.cues.forward is not None and self.cues.forward.search(text, max(s, start - 30), start):
            return "future"
        left = _WORD.findall(text, s, start)
        right = _WORD.findall(text, end, e)
        left.reverse()
        lw = [w.lower() for w in left]
        rw = [w.lower() for w in right]
        cues = self.cues
        # the nearest cue on the left inside the clause governs; then the right side,
        # up to a comma (a trailing ", officials said" reports, it does not date)
        for dist in range(min(len(left), _MAX_WORDS)):
            if lw[dist] in cues.breaks:
                break
            nxt = lw[dist - 1] if dist > 0 else None
            c = cues.classify(left[dist], nxt, None)
            if c:
                return c
        for dist in range(min(len(right), _MAX_WORDS)):
            if rw[dist] in cues.breaks:
                break
            nxt = rw[dist + 1] if dist + 1 < len(rw) else None
            c = cues.classify(right[dist], nxt, None)
            if c:
                return c
        return None
