"""Sentences and clauses with character offsets into the original text, robust to news formatting.

Word lists (abbreviations, subordinators, reporting verbs) live in ``resources/text_en.toml``.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from timeline.errors import InputError

__all__ = ["Sentence", "Clause", "split_sentences", "split_clauses", "quoted_spans"]

_RESOURCES = Path(__file__).resolve().parent / "resources"


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: ``text[start:end] == sentence.text`` (surrounding whitespace stripped)."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int  # blocks separated by blank lines, counted from 0


@dataclass(frozen=True, slots=True)
class Clause:
    """One clause of a sentence; offsets index the full text (``text[start:end] == clause.text``).

    kind: ``main``, ``reporting`` ("a Hamas official said Sunday that"), ``content`` (what a
    reporting clause reports), ``relative`` (", which left ..."), ``participle`` (", killing ..."),
    ``subordinate`` ("after ...", "following ..."), ``conditional`` ("if ...", "unless ..."),
    ``consequent`` (the clause after a leading conditional) or ``coordinate`` ("; ...", "but ...").
    governor: index (in the same sentence's clause list) of the reporting clause whose content
    this clause is, or None. verb_start/verb_end: the reporting verb of a reporting clause.
    """

    index: int
    start: int
    end: int
    text: str
    kind: str
    sentence_index: int
    marker: str | None = None
    governor: int | None = None
    verb_start: int | None = None
    verb_end: int | None = None


# --------------------------------------------------------------------------- resources


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


class _Res:
    """Compiled patterns built once from text_en.toml."""

    def __init__(self, data: dict[str, Any]) -> None:
        ab = data["abbreviations"]
        self.always = {w.lower() for w in ab["always"]}
        self.before_number = {w.lower() for w in ab["before_number"]}
        self.ambiguous = {w.lower() for w in ab["ambiguous"]}
        self.starters = set(data["starters"]["words"])
        lines = data["lines"]
        self.continue_after = tuple(lines["continue_after"])
        self.wrap_width = int(lines["wrap_width"])
        cl = data["clauses"]
        rep = data["reporting"]
        self.max_chars = int(data.get("limits", {}).get("max_sentence_chars", 1200))
        self.report_verbs = {w.lower() for w in rep["verbs"]}
        self.boundary = re.compile(
            r"(?P<p>[.!?…]+[\"”’')\]]*)(?P<ws>\s+)(?=\S)|(?<=\S)(?P<q>[”\"])(?=[A-Z])"
        )
        self.token_before = re.compile(r"([\w’'\-.]+)$")
        self.acronym = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
        self.note = re.compile(r"\s*(\[[^\[\]\n]{1,60}\]|\([^()\n]{1,100}\))")
        self.opener = re.compile(r"[A-Z0-9“\"‘'(\[¿¡]")
        self.leading = re.compile(
            r"^(?P<m>" + _alt([w.capitalize() for w in cl["leading"] + cl["conditionals"]]) + r")\b[^,;]{2,250}?,\s*"
        )
        self.conditionals = {w.lower() for w in cl["conditionals"]}
        self.relative = re.compile(r",\s+(?P<m>" + _alt(cl["relatives"]) + r")\b")
        # "a raid ... on July 13 that it said was an attempt to kill Deif": a relative clause holding a report
        self.relative_report = re.compile(
            r"(?<=[a-z0-9])\s+(?P<m>that|which)\s+(?=(?:it|they|he|she|we|officials|police|witnesses)\s+(?:"
            + _alt(["said", "says", "claimed", "claims", "believed", "believes", "described", "called"]) + r")\b)"
        )
        self.participle = re.compile(r",\s+(?P<m>[a-z]+ing)\b")
        self.not_participles = set(cl["not_participles"])
        self.subordinate = re.compile(
            r"(?:,\s*|\s)(?P<m>" + _alt(cl["subordinators"] + cl["conditionals"]) + r")\s+(?=\S)"
        )
        openers = _alt(cl["coordination_openers"])
        self.coordinate = re.compile(
            r";\s*(?P<s>)(?=\S)|,\s+(?P<m>but)\s+|\s+(?P<m2>and|but)\s+(?=(?:" + openers + r")\b)"
        )
        verbs = _alt(sorted(self.report_verbs))
        self.verbs_re = re.compile(r"\b(?P<v>" + verbs + r")\b")
        self.that_content = re.compile(r"(?P<mid>(?:\s+[^\s,;:“”\"]+){0,8}?)\s+(?P<m>that)\s+(?=\S)")
        self.object_verbs = {w.lower() for w in rep["with_object"]}
        self.of_content = re.compile(r"(?:\s+[^\s,;:“”\"]+){1,5}?\s+(?P<m>of)\s+(?=\S)")
        adj = _alt(rep["adjuncts"])
        self.bare_content = re.compile(
            r"(?P<adj>(?:,?\s+(?:" + adj + r"|\d{1,2}(?:st|nd|rd|th)?|\d{4})\b)*)\s+(?P<s>(?:(?-i:[A-Z][\w’'\-]*)|he|she|they|it|we|"
            r"there|the|a|an|his|her|their|its|any|no|such|at least|more than|nearly|\d[\d,]*)\b)",
            re.IGNORECASE,
        )
        self.adjunct_words = {w.lower() for w in rep["adjuncts"]}
        self.finite = re.compile(r"\b(?:" + _alt(rep["finite"]) + r")\b", re.IGNORECASE)
        self.trailing = re.compile(
            r"(?:,|”|(?<=\S)\")\s*(?P<np>(?:[\w’'\-.]+\s+){0,10}?)(?P<v>" + verbs + r")\b(?P<rest>[^,;“”\"]{0,80}?)"
            r"(?=,\s|\s*[.!?]?[\"”’]?\s*$)"
        )
        self.inverted = re.compile(
            r"(?:,|”|(?<=\S)\")\s*(?P<v>said|says|added|told)\s+(?P<np>[^,;“”\"]{1,60}?)(?=\s*[.!?]?[\"”’]?\s*$|,\s)"
        )
        self.resume = re.compile(r",\s+(?=(?:" + verbs + r"|is|are|was|were|has|have|had|will|would)\b)")


@functools.cache
def _res() -> _Res:
    with (_RESOURCES / "text_en.toml").open("rb") as fh:
        return _Res(tomllib.load(fh))


# --------------------------------------------------------------------------- sentences


def line_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """The start and end offsets of the line that holds ``text[start:end]`` (``end``
    defaults to ``start``): from just after the previous newline to the next newline (or the
    end of the text), the newline itself excluded."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start if end is None else end)
    return a, len(text) if b < 0 else b


def _line_spans(text: str) -> list[tuple[int, int] | None]:
    """Lines as stripped (start, end) spans; None for blank lines."""
    out: list[tuple[int, int] | None] = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        line = text[pos:end]
        s = line.strip()
        if s:
            lead = len(line) - len(line.lstrip())
            out.append((pos + lead, pos + lead + len(s)))
        else:
            out.append(None)
        if nl < 0:
            break
        pos = nl + 1
    return out


def _joins(text: str, prev: tuple[int, int], nxt: tuple[int, int], r: _Res) -> bool:
    """Whether a single line break between two lines continues the sentence."""
    first = text[nxt[0]]
    if first.islower():
        return True
    last_line = text[prev[0] : prev[1]]
    if last_line.endswith(r.continue_after):
        return True
    last_word = last_line.rsplit(None, 1)[-1]
    return prev[1] - prev[0] >= r.wrap_width and last_word.islower() and last_word.isalpha()


def _blocks(text: str, r: _Res) -> list[tuple[int, int, int]]:
    """(start, end, paragraph) runs of text inside which sentences are searched."""
    out: list[tuple[int, int, int]] = []
    para = -1
    blank = True
    cur: list[int] | None = None
    prev: tuple[int, int] | None = None
    for span in _line_spans(text):
        if span is None:
            blank = True
            continue
        if blank:
            if cur:
                out.append((cur[0], cur[1], para))
            para += 1
            cur = [span[0], span[1]]
            blank = False
        elif cur is not None and prev is not None and _joins(text, prev, span, r):
            cur[1] = span[1]
        else:
            if cur:
                out.append((cur[0], cur[1], para))
            cur = [span[0], span[1]]
        prev = span
    if cur:
        out.append((cur[0], cur[1], para))
    return out


def _is_boundary(block: str, m: re.Match[str], r: _Res) -> bool:
    if m.group("q"):
        return True
    p = m.group("p")
    nxt_pos = m.end()
    nxt = block[nxt_pos : nxt_pos + 1]
    if not nxt or not r.opener.match(nxt):
        return False
    if p != ".":
        return True
    tok = r.token_before.search(block, 0, m.start())
    if tok is None:
        return True
    word = tok.group(1)
    low = word.lower().lstrip("-")
    next_word = re.match(r"[\w’']+", block[nxt_pos:])
    nw = next_word.group(0) if next_word else ""
    if low in r.always:
        return False
    if low in r.before_number:
        return not nxt.isdigit()
    if low in r.ambiguous or r.acronym.fullmatch(word) or (len(word) == 1 and word.isupper()):
        return nw in r.starters
    return True


def _split_block(text: str, start: int, end: int, r: _Res) -> list[tuple[int, int]]:
    block = text[start:end]
    pieces: list[tuple[int, int]] = []
    cur = 0
    skip_to = -1
    for m in r.boundary.finditer(block):
        if m.start() < skip_to or not _is_boundary(block, m, r):
            continue
        cut = m.end("p") if m.group("p") else m.end("q")
        note = r.note.match(block, cut)
        if note is not None and not re.search(r"[.!?]", note.group(1)[:-1]):
            after = note.end()
            rest = block[after:].lstrip()
            if not rest or r.opener.match(rest[0]):
                cut = after
                skip_to = after
        pieces.append((start + cur, start + cut))
        cur = cut
    pieces.append((start + cur, end))
    return pieces


def _bounded(text: str, pieces: list[tuple[int, int]], limit: int) -> list[tuple[int, int]]:
    """Cut pieces longer than `limit` at the last ';', ',' or space before it."""
    out: list[tuple[int, int]] = []
    for a, b in pieces:
        while b - a > limit:
            window = text[a : a + limit]
            cut = max(window.rfind("; "), window.rfind(", "))
            if cut < limit // 2:
                cut = window.rfind(" ")
            if cut <= 0:
                cut = limit - 1
            out.append((a, a + cut + 1))
            a = a + cut + 1
        out.append((a, b))
    return out


def split_sentences(text: str) -> list[Sentence]:
    """Cut `text` into sentences; each keeps its offsets and paragraph number.

    A blank line starts a new paragraph; a line break ends a sentence unless the text was
    hard-wrapped mid-sentence (next line in lower case, or a long line ending in a word).
    """
    if not isinstance(text, str):
        raise InputError(f"split_sentences() needs a str, got {type(text).__name__}")
    r = _res()
    out: list[Sentence] = []
    for bstart, bend, para in _blocks(text, r):
        for a, b in _bounded(text, _split_block(text, bstart, bend, r), r.max_chars):
            piece = text[a:b]
            s = piece.strip()
            if not s:
                continue
            a2 = a + (len(piece) - len(piece.lstrip()))
            out.append(Sentence(len(out), a2, a2 + len(s), s, para))
    return out


# --------------------------------------------------------------------------- quotes


def quoted_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of direct quotations (inside the quote marks) in ``text[start:end]``.

    Curly quotes pair “ with ” (and wire-style `` with ''); straight double quotes pair by
    alternation. An unclosed quotation runs to `end`.
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    straight: int | None = None
    for i in range(start, end):
        c = text[i]
        if c == "`" and text.startswith("``", i):  # ``wire-style quotes''
            if open_at is None:
                open_at = i + 2
            continue
        if c == "'" and text.startswith("''", i) and open_at is not None:
            spans.append((open_at, i))
            open_at = None
            continue
        if c == "“":
            if open_at is None:
                open_at = i + 1
        elif c == "”":
            if open_at is not None:
                spans.append((open_at, i))
                open_at = None
            elif straight is not None:
                spans.append((straight, i))
                straight = None
        elif c == '"':
            if straight is None:
                straight = i + 1
            else:
                spans.append((straight, i))
                straight = None
    for o in (open_at, straight):
        if o is not None:
            spans.append((o, end))
    return sorted(spans)


# --------------------------------------------------------------------------- clauses


@dataclass(slots=True)
class _Cut:
    pos: int
    kind: str
    marker: str | None = None
    prio: int = 0
    verb: tuple[int, int] | None = None  # reporting verb of the clause this cut opens (trailing reports)
    report_verb_before: tuple[int, int] | None = None  # for content cuts: the verb that governs it


def _report_cuts(s: str, r: _Res, cuts: list[_Cut]) -> None:
    for m in r.verbs_re.finditer(s):
        v0, v1 = m.span("v")
        verb = m.group("v").lower()
        tm = r.that_content.match(s, v1)
        if tm is not None and not r.verbs_re.search(tm.group("mid") or ""):
            cuts.append(_Cut(tm.end(), "content", "that", 5, report_verb_before=(v0, v1)))
            continue
        if verb in r.object_verbs:
            om = r.of_content.match(s, v1)
            if om is not None:
                cuts.append(_Cut(om.end(), "content", "of", 5, report_verb_before=(v0, v1)))
                continue
        bm = r.bare_content.match(s, v1)
        if bm is not None and (v1 + 1 < len(s)) and s[v1] == " ":
            subj = bm.start("s")
            window = s[subj : subj + 60]
            window = re.split(r"[,;.]", window, maxsplit=1)[0]
            if verb not in r.object_verbs and r.finite.search(window) and not s[subj:].lower().startswith("that"):
                cuts.append(_Cut(subj, "content", None, 5, report_verb_before=(v0, v1)))
    for m in r.trailing.finditer(s):
        np_ = m.group("np")
        if "that" in np_.split():
            continue
        after = s[m.end("v") :].lstrip()
        if re.match(r"(?:that|of|to (?:have|be))\b", after.lower()) or len(m.group("rest").split()) > 10:
            continue
        cuts.append(_Cut(m.start("np"), "reporting", m.group("v"), 4, verb=m.span("v")))
    for m in r.inverted.finditer(s):
        cuts.append(_Cut(m.start("v"), "reporting", m.group("v"), 4, verb=m.span("v")))


def _structure_cuts(s: str, r: _Res, cuts: list[_Cut]) -> int:
    """Relative, participial, subordinate and coordinate cuts; returns the end of a leading clause."""
    lead_end = 0
    lm = r.leading.match(s)
    if lm is not None:
        lead_end = lm.end()
        kind = "conditional" if lm.group("m").lower() in r.conditionals else "subordinate"
        cuts.append(_Cut(0, kind, lm.group("m").lower(), 9))
        cuts.append(_Cut(lead_end, "consequent" if kind == "conditional" else "main", None, 9))
    for m in r.relative.finditer(s):
        cuts.append(_Cut(m.start("m"), "relative", m.group("m"), 3))
        nxt = r.resume.search(s, m.end())
        if nxt is not None and "," not in s[m.end() : nxt.start()]:
            cuts.append(_Cut(nxt.end(), "main", None, 3))
    for m in r.relative_report.finditer(s):
        cuts.append(_Cut(m.start("m"), "relative", m.group("m"), 3))
    for m in r.participle.finditer(s):
        w = m.group("m")
        if w in r.not_participles:
            continue
        cuts.append(_Cut(m.start("m"), "participle", w, 2))
    for m in r.subordinate.finditer(s):
        if m.start("m") < lead_end:
            continue
        w = m.group("m").lower()
        kind = "conditional" if w in r.conditionals else "subordinate"
        cuts.append(_Cut(m.start("m"), kind, w, 2))
        comma = s.find(",", m.end())
        if comma > 0:
            rest = s[comma + 1 :]
            at = comma + 1 + (len(rest) - len(rest.lstrip()))
            if kind == "conditional":
                cuts.append(_Cut(at, "consequent", None, 1))
            else:
                # "while Israel has shown its willingness, Hamas remains ...": a capitalised subject resumes the main clause
                nxt = re.match(r"[A-Z][\w’'-]*", s[at:])
                if nxt is not None and nxt.group(0).lower() not in r.adjunct_words:
                    cuts.append(_Cut(at, "main", None, 1))
    for m in r.coordinate.finditer(s):
        if m.group("m") is not None:
            pos, w = m.start("m"), m.group("m")
        elif m.group("m2") is not None:
            pos, w = m.start("m2"), m.group("m2")
        else:
            pos, w = m.end(), ";"
        cuts.append(_Cut(pos, "coordinate", w, 1))
    return lead_end


def split_clauses(text: str, sentence: Sentence) -> list[Clause]:
    """Cut one sentence of `text` into clauses (offsets into `text`), in textual order."""
    r = _res()
    s = text[sentence.start : sentence.end]
    base = sentence.start
    cuts: list[_Cut] = [_Cut(0, "main", None, 0)]
    _structure_cuts(s, r, cuts)
    _report_cuts(s, r, cuts)
    by_pos: dict[int, _Cut] = {}
    for c in cuts:
        if c.pos >= len(s):
            continue
        old = by_pos.get(c.pos)
        if old is None or c.prio > old.prio:
            by_pos[c.pos] = c
    ordered = [by_pos[p] for p in sorted(by_pos)]
    segs: list[tuple[int, int, _Cut]] = []
    for i, c in enumerate(ordered):
        a = c.pos
        b = ordered[i + 1].pos if i + 1 < len(ordered) else len(s)
        stripped = s[a:b].rstrip(" ,;:—–-")
        if not stripped.strip():
            continue
        lead = len(stripped) - len(stripped.lstrip())
        segs.append((a + lead, a + len(stripped), c))
    clauses = [
        Clause(
            i, base + a, base + b, s[a:b], c.kind, sentence.index, c.marker, None,
            None if c.verb is None else base + c.verb[0], None if c.verb is None else base + c.verb[1],
        )
        for i, (a, b, c) in enumerate(segs)
    ]
    return _govern(base, [c for _, _, c in segs], clauses)


def _govern(base: int, cuts: list[_Cut], clauses: list[Clause]) -> list[Clause]:
    """Mark the clauses that hold reporting verbs and link reported content to them."""
    from dataclasses import replace

    res = list(clauses)
    current_gov: int | None = None
    for i, cl in enumerate(res):
        c = cuts[i]
        if c is not None and c.kind == "content" and c.report_verb_before is not None:
            v0, v1 = (base + c.report_verb_before[0], base + c.report_verb_before[1])
            # the clause holding the verb becomes the reporting clause
            for j in range(i - 1, -1, -1):
                if res[j].start <= v0 < res[j].end:
                    res[j] = replace(res[j], kind="reporting", verb_start=v0, verb_end=v1)
                    current_gov = j
                    break
            res[i] = replace(res[i], governor=current_gov)
        elif cl.kind == "reporting":
            # trailing report: governs the ungoverned clauses before it in the sentence
            for j in range(i):
                if res[j].governor is None and res[j].kind != "reporting":
                    res[j] = replace(res[j], governor=i)
            current_gov = None
        elif current_gov is not None and cl.kind not in ("main",):
            res[i] = replace(res[i], governor=current_gov)
    return res
