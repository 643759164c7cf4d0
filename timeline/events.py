"""Event mentions: what a clause says happened, who did it, and which time dates it.

Records (`EventMention`, `Figure`) and `extract_event_mentions`; rules in docs/events-extraction.md.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as _dt
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from timeline.errors import InputError
from timeline.temporal.values import TimeMention

__all__ = ["EventMention", "Figure", "EventResources", "extract_event_mentions", "LINK_RULES", "MODALITIES"]

_RESOURCES = Path(__file__).resolve().parent / "resources"

#: the values of EventMention.modality, strongest claim of uncertainty first
MODALITIES = ("hypothetical", "denied", "planned", "claimed", "reported", "asserted")
#: the values of EventMention.link_rule (see docs/events-extraction.md)
LINK_RULES = (
    "same_clause",
    "reporting_clause",
    "headline_publication",
    "main_event_publication",
    "paragraph_time",
    "undated",
)


@dataclass(frozen=True, slots=True)
class Figure:
    """A number stated about an event: "at least 92 killed, according to Hamas"."""

    kind: str  # killed, wounded, hostages, prisoners, displaced, ...
    value: int
    qualifier: str | None  # "at least", "more than", "nearly", "about", or None
    claimant: str | None  # who gives the number ("Hamas", "the Health Ministry"), if stated
    text: str  # the words as written
    start: int  # offsets into the article text
    end: int


@dataclass(frozen=True, slots=True)
class EventMention:
    """One statement, in one clause of one article, that something happened (or will).

    Offsets (`char_start`/`char_end`: the clause; `trigger_start`/`trigger_end`: the
    trigger word; `sentence_start`/`sentence_end`) index the article's text.
    `time` is the TimeMention that dates the event (offsets also into the article text),
    `link_rule` says which rule tied it (one of `LINK_RULES`: ``same_clause``,
    ``reporting_clause``, ``headline_publication``, ``main_event_publication``,
    ``paragraph_time``, ``undated``), and `earliest`/`latest` is the resulting window (None
    when undated; set with ``time=None`` by the two publication rules). `modality` is one of
    `MODALITIES`. `extra` holds ``clause_kind``, ``flags``, ``folded`` and, for publication
    rules, ``time_value`` (see docs/events-extraction.md).
    """

    article_id: str
    sentence_index: int
    sentence_start: int
    sentence_end: int
    char_start: int
    char_end: int
    trigger: str
    trigger_start: int
    trigger_end: int
    event_type: str
    actors: tuple[str, ...] = ()
    figures: tuple[Figure, ...] = ()
    attribution: str | None = None
    modality: str = "asserted"  # asserted, reported, claimed, denied, planned, hypothetical
    time: TimeMention | None = None
    link_rule: str = "undated"
    earliest: _dt.date | None = None
    latest: _dt.date | None = None
    quote: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


# =========================================================================== resources


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _cue_re(words: Iterable[str]) -> re.Pattern[str] | None:
    parts = []
    for w in sorted(set(words), key=lambda w: (-len(w), w)):
        p = re.escape(w)
        if w[:1].isalnum() and not w.startswith(("n't", "n’t")):
            p = r"\b" + p
        if w[-1:].isalnum():
            p = p + r"\b"
        parts.append(p)
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


def _merge_data(base: dict[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """Merge TOML data: lists extend (deduplicated), tables merge, actors merge by name."""
    out = dict(base)
    for key, val in extra.items():
        if key == "actor" and isinstance(val, list):
            actors = {a["name"]: dict(a) for a in out.get("actor", [])}
            for a in val:
                if not isinstance(a, Mapping) or "name" not in a:
                    raise InputError(f"each [[actor]] needs a name, got {a!r}")
                cur = actors.get(a["name"])
                if cur is None:
                    actors[a["name"]] = dict(a)
                else:
                    actors[a["name"]] = _merge_data(cur, a)
            out["actor"] = list(actors.values())
        elif isinstance(val, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = _merge_data(out[key], val)
        elif isinstance(val, list) and isinstance(out.get(key), list):
            out[key] = list(dict.fromkeys([*out[key], *val]))
        else:
            out[key] = val
    return out


class EventResources:
    """The language data of event extraction: taxonomy, cue words and gazetteer.

    `EventResources.default()` reads ``resources/events_en.toml`` and
    ``resources/gazetteer_en.toml``; `load(paths)` merges the user's TOML files on top
    (same shapes: ``[types.<name>]`` tables and ``[[actor]]`` entries); `merged(dict)` does the
    same from a dict. Patterns are compiled once per instance.
    """

    def __init__(self, events: dict[str, Any], gazetteer: dict[str, Any]) -> None:
        self.events = events
        self.gazetteer = gazetteer
        self._compiled: _Compiled | None = None

    @classmethod
    def default(cls) -> EventResources:
        global _DEFAULT
        if _DEFAULT is None:
            _DEFAULT = cls.load()
        return _DEFAULT

    @classmethod
    def load(cls, extra_toml_paths: Iterable[str | Path] = ()) -> EventResources:
        """The built-in resources, with each TOML file in `extra_toml_paths` merged on top."""
        if isinstance(extra_toml_paths, (str, Path)):
            extra_toml_paths = [extra_toml_paths]
        events = _read_toml(_RESOURCES / "events_en.toml")
        gaz = _read_toml(_RESOURCES / "gazetteer_en.toml")
        res = cls(events, gaz)
        for p in extra_toml_paths:
            res = res.merged(_read_toml(Path(p)))
        res.compiled  # noqa: B018 - validate at load time
        return res

    def merged(self, extra: Mapping[str, Any]) -> EventResources:
        """A copy with `extra` merged in: ``types``/cue tables go to the taxonomy, ``actor``/``places`` to the gazetteer."""
        if not isinstance(extra, Mapping):
            raise InputError(f"EventResources.merged() needs a dict, got {type(extra).__name__}")
        gaz_keys = {"actor", "places", "titles", "unknown_names"}
        ev = {k: v for k, v in extra.items() if k not in gaz_keys}
        gz = {k: v for k, v in extra.items() if k in gaz_keys}
        for name, spec in (ev.get("types") or {}).items():
            if not isinstance(spec, Mapping):
                raise InputError(f"[types.{name}] must be a table")
        res = EventResources(_merge_data(self.events, ev), _merge_data(self.gazetteer, gz))
        res.compiled  # noqa: B018 - validate now: a bad pattern or table fails here, not mid-corpus
        return res

    @property
    def event_types(self) -> dict[str, str]:
        """Event type -> its one-line definition."""
        return {k: v.get("definition", "") for k, v in self.events["types"].items()}

    @property
    def compiled(self) -> _Compiled:
        if self._compiled is None:
            self._compiled = _Compiled(self.events, self.gazetteer)
        return self._compiled


_DEFAULT: EventResources | None = None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise InputError(f"event resource file not found: {path}") from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"event resource file {path} is not valid TOML: {exc}") from None


@dataclass(frozen=True, slots=True)
class _Actor:
    name: str
    kind: str
    affiliation: str | None = None


class _Compiled:
    """Patterns compiled from the resource data."""

    def __init__(self, ev: dict[str, Any], gz: dict[str, Any]) -> None:
        try:
            self._build(ev, gz)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if isinstance(exc, InputError):
                raise
            raise InputError(f"event resources are malformed ({type(exc).__name__}: {exc}); "
                             "compare with timeline/resources/events_en.toml and gazetteer_en.toml") from None

    def _build(self, ev: dict[str, Any], gz: dict[str, Any]) -> None:
        self.word_type: dict[str, tuple[str, str]] = {}
        self.patterns: list[tuple[str, re.Pattern[str]]] = []
        self.needs_figure: set[str] = set()
        self.excludes: dict[str, list[re.Pattern[str]]] = {}
        for tname, spec in ev["types"].items():
            for key in ("verbs", "nouns", "both", "patterns", "exclude"):
                val = spec.get(key, [])
                if not isinstance(val, list) or not all(isinstance(w, str) and w.strip() for w in val):
                    raise InputError(f"[types.{tname}] {key} must be a list of non-empty strings, got {val!r}")
            for pos in ("verbs", "nouns", "both"):
                for w in spec.get(pos, []):
                    self.word_type.setdefault(w.lower(), (tname, pos[:-1] if pos != "both" else "both"))
            for pat in spec.get("patterns", []):
                try:
                    self.patterns.append((tname, re.compile(pat, re.IGNORECASE)))
                except re.error as exc:
                    raise InputError(f"bad pattern in [types.{tname}]: {pat!r}: {exc}") from None
            if spec.get("needs_figure"):
                self.needs_figure.add(tname)
            for pat in spec.get("exclude", []):
                try:
                    self.excludes.setdefault(tname, []).append(re.compile(pat, re.IGNORECASE))
                except re.error as exc:
                    raise InputError(f"bad exclude pattern in [types.{tname}]: {pat!r}: {exc}") from None
        words = [w.replace(" ", "__SP__") for w in self.word_type]
        self.words_re = re.compile(
            r"\b(?:" + _alt(words).replace("__SP__", r"\s+") + r")\b", re.IGNORECASE
        )
        nom = ev["nominals"]
        self.anaphoric = {w.lower() for w in nom["anaphoric_determiners"]}
        self.eventive_before = re.compile(r"\b(?:" + _alt(nom["eventive_before"]) + r")\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
        self.eventive_after = re.compile(r"^\s+(?:" + _alt(nom["eventive_after"]) + r")\b", re.IGNORECASE)
        self.modifier_heads = re.compile(r"^[\s-]+(?:" + _alt(nom["modifier_heads"]) + r")\b", re.IGNORECASE)
        self.light = {w.lower() for w in ev["light_verbs"]["words"]}
        self.absorb_words = int(ev["absorb"]["max_words"])
        mod = ev["modality"]
        self.cues = {k: _cue_re(mod[k]) for k in ("denied", "hypothetical", "planned", "claimed")}
        self.headline_planned = re.compile(mod["headline_planned"])
        self.implicative = _cue_re(mod.get("implicative", []))
        att = ev["attribution"]
        self.according = [re.compile(p, re.IGNORECASE) for p in att["according"]]
        self.strip_front = {w.lower() for w in att["strip_front"]}
        bp = ev["boilerplate"]
        self.end_of_body = tuple(w.lower() for w in bp["end_of_body"])
        self.skip_sentence = tuple(w.lower() for w in bp["skip_sentence"])
        # figures
        fg = ev["figures"]
        self.fig_numbers = {k.lower(): int(v) for k, v in fg["numbers"].items()}
        self.fig_mult = {k.lower(): int(v) for k, v in fg["multipliers"].items()}
        num_words = _alt([w for w in self.fig_numbers if w != "a"])
        mult = _alt(self.fig_mult)
        qual = _alt(fg["qualifiers"])
        self.figure_re = re.compile(
            r"(?:(?P<q>" + qual + r")\s+)?(?P<n>(?<![\w.,-])\d{1,3}(?:,\d{3})+(?![\w%.-]|,\d)|(?<![\w.,-])\d+(?:\.\d+)?(?![\w%-]|[.,]\d)"
            r"(?:\s+(?:" + mult + r"))?|\b(?:" + num_words + r"|a)\s+(?:" + mult + r")\b|\b(?:" + num_words + r")\b)",
            re.IGNORECASE,
        )
        self.fig_after = [(k, _cue_re(v)) for k, v in fg["after"].items()]
        self.fig_breakdown = re.compile(r"\b(?:" + _alt(fg.get("breakdown_before", [])) + r")\s+$", re.IGNORECASE)
        self.fig_aside = re.compile(r",\s*(?:" + _alt(fg.get("aside", [])) + r")\b[^,;.]*,", re.IGNORECASE)
        self.fig_before = [(k, re.compile(r"\b(?:" + _alt(v) + r")\s*$", re.IGNORECASE)) for k, v in fg["before"].items()]
        # gazetteer
        self.actors: dict[str, _Actor] = {}
        alias: dict[str, str] = {}
        adjectives: dict[str, str] = {}
        self.descriptions: dict[str, list[str]] = {}
        for a in gz.get("actor", []):
            for key in ("aliases", "adjectives", "descriptions"):
                val = a.get(key, [])
                if not isinstance(val, list) or not all(isinstance(w, str) and w.strip() for w in val):
                    raise InputError(f"[[actor]] {a.get('name')!r}: {key} must be a list of non-empty strings")
            act = _Actor(a["name"], a.get("kind", "organisation"), a.get("affiliation"))
            self.actors[act.name] = act
            for al in [a["name"], *a.get("aliases", [])]:
                alias.setdefault(al, act.name)
            for adj in a.get("adjectives", []):
                adjectives.setdefault(adj, act.name)
            for d in a.get("descriptions", []):
                self.descriptions.setdefault(d.lower(), []).append(act.name)
        places = list((gz.get("places") or {}).get("names", []))
        self.alias = alias
        self.adjectives = adjectives
        self.place_set = set(places)
        names = list(alias) + list(adjectives) + places
        self.names_re = re.compile(r"(?<![\w-])(?:" + _alt(names) + r")(?![\w-])")
        self.desc_re = re.compile(r"\b(?:" + _alt(self.descriptions) + r")\b", re.IGNORECASE) if self.descriptions else None
        self.titles = set((gz.get("titles") or {}).get("words", []))
        self.unknown_stop = set((gz.get("unknown_names") or {}).get("stop", []))
        self.place_heads = set(((gz.get("unknown_names") or {}).get("place_heads") or {}).get("words", []))
        self.fuzzy_ratio = float(((gz.get("unknown_names") or {}).get("fuzzy") or {}).get("min_ratio", 101))
        self.person_names: dict[str, list[tuple[str, str]]] = {}  # first word -> [(alias, canonical)]
        for al, name in alias.items():
            if self.actors[name].kind == "person" and " " in al:
                self.person_names.setdefault(al.split()[0], []).append((al, name))
        self.unknown_re = re.compile(
            r"(?<![\w-])(?:[A-Z][a-z]+|[A-Z]{2,6}|Al-[A-Z][a-z]+)(?:[-’'][A-Za-z]{2,})?"
            r"(?:(?:\s+(?:of|for)(?:\s+the)?)?\s+(?:[A-Z][a-z]+|[A-Z]{2,6}|al-[A-Z][a-z]+)(?:[-’'][A-Za-z]{2,})?)*(?![\w-])"
        )
        self.acronym_re = re.compile(r"^[A-Z]{2,6}$")


# =========================================================================== entities


@dataclass(slots=True)
class _Ent:
    start: int
    end: int
    name: str
    kind: str  # organisation/person/country/group/place/unknown
    how: str  # alias / adjective / description / pronoun / unknown


_PRONOUN_RE = re.compile(r"\b(?:He|She|he|she)\b")
_ADVERBIAL_RE = re.compile(
    r"(?:on|in|at|during|meanwhile|however|moreover|also|for|after|before|contrary|but|and|then|earlier|later|"
    r"yesterday|today|separately|still|instead|according|as|with|despite|while|since|\w+ing)\b|[A-Z][A-Z .,'-]*:",
    re.IGNORECASE,
)
_DATELINE_RE = re.compile(
    r"^(?:[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+)*(?:,\s+[A-Z][\w.]+(?:\s+[A-Z][\w.]+)*)?\s*(?:\([A-Za-z-]+\))?\s*(?:_|—|–|--|:)\s*)"
)
_WEEKDAY_RE = re.compile(r"^(?:on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$", re.IGNORECASE)
_DEICTIC_RE = re.compile(
    r"\b(?:today|tonight|yesterday|tomorrow|this|last|next|ago|now|morning|evening|afternoon|night)\b",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(r"\b\d{4}\b")
_SINCE_RE = re.compile(r"\b(?:since|from)\s+(?:the\s+)?$", re.IGNORECASE)
_TOKEN_RE = re.compile(r"[\w’'-]+")
_PREPOSITIONS = {"in", "of", "for", "with", "on", "at", "from", "to", "by", "about", "over", "into", "during", "after", "before", "against"}
# between a time and the noun it modifies: nothing, "'s", or up to two modifier words ("the Aug. 7 terrorist bombings")
_PREMOD_GAP_RE = re.compile(r"(?:[’']s)?\s*|\s+(?:[\w’'-]+\s+){1,2}")
_APPOSITIVE_RE = re.compile(r",\s+(?:a|an)\s+[^,;()]{3,120}")
_AGE_BEFORE_RE = re.compile(r"[A-Z][\w’'-]+,\s*$")
_PROPER_BEFORE_RE = re.compile(r"(?<![.!?:;“\"‘(]\s)(?<!^)\b[A-Z][\w’'.-]*\s+$")
_TO_RE = re.compile(r"\bto\s+$", re.IGNORECASE)
_PASSIVE_RE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_SUBJECTLESS_RE = re.compile(
    r"(?:and|but)\s+(?:is|are|was|were|has|have|had|will|would|then|also|later|\w+ed)\b", re.IGNORECASE
)
_NOUN_REACH = 40  # characters before a noun trigger where its actors are looked for ("Israel’s massive bombing")
_PERFECT_RE = re.compile(r"\b(?:has|have)\s+(?:[a-z]+ly\s+)?(?:been\s+)?$", re.IGNORECASE)


def _entities(text: str, sentences: Sequence[Any], c: _Compiled) -> list[_Ent]:
    """Actor and place mentions over the whole text, with descriptions and pronouns resolved."""
    ents: list[_Ent] = []
    taken: list[tuple[int, int]] = []
    for m in c.names_re.finditer(text):
        s = m.group(0)
        if s in c.place_set:
            ents.append(_Ent(m.start(), m.end(), s, "place", "place"))
        elif s in c.alias:
            name = c.alias[s]
            ents.append(_Ent(m.start(), m.end(), name, c.actors[name].kind, "alias"))
        else:
            name = c.adjectives[s]
            ents.append(_Ent(m.start(), m.end(), name, c.actors[name].kind, "adjective"))
        taken.append((m.start(), m.end()))
    # unknown capitalised names (two words or more, or an acronym), outside title-case lines
    heads = {s.start for s in sentences if _title_case(s.text)}
    sent_starts = [s.start for s in sentences]
    blanked = list(text)
    for x, y in taken:
        blanked[x:y] = " " * (y - x)
    gaps = "".join(blanked)
    for m in c.unknown_re.finditer(gaps):
        a, b = m.start(), m.end()
        toks = m.group(0).split()
        while toks and (toks[0] in c.unknown_stop or toks[0] in ("of", "for", "the")):
            a = text.index(toks[1], a + len(toks[0])) if len(toks) > 1 else b
            toks = toks[1:]
        while toks and (toks[-1] in c.unknown_stop or toks[-1] in ("of", "for", "the")):
            toks = toks[:-1]
            b = a + len(" ".join(toks)) if toks else a
        # "INS Commissioner Doris Meissner": the person is what follows the last title word
        titled = [i for i, t in enumerate(toks) if t in c.titles]
        if titled and len(toks) - titled[-1] - 1 >= 2:
            skip = " ".join(toks[: titled[-1] + 1])
            a = text.index(toks[titled[-1] + 1], a + len(skip))
            toks = toks[titled[-1] + 1 :]
        if not toks or any(t in c.unknown_stop for t in toks):
            continue
        if len(toks) == 1 and not c.acronym_re.match(toks[0]):
            continue
        i = bisect.bisect_right(sent_starts, a) - 1
        if i >= 0 and sentences[i].start in heads:
            continue
        name = text[a:b]
        kind = "place" if toks[-1] in c.place_heads else "unknown"
        known = _fuzzy_person(name, c) if kind == "unknown" and len(toks) >= 2 else None
        if known is not None:
            ents.append(_Ent(a, b, known, "person", "fuzzy"))
            continue
        ents.append(_Ent(a, b, name, kind, "unknown" if kind == "unknown" else "place"))
    ents.sort(key=lambda e: e.start)
    ents = _drop_title_modifiers(text, ents, c)
    # a dateline ("ADDIS ABABA, Ethiopia (AP)_", "GAZA:") names the place and the wire, not actors
    lines = []
    for s in sentences:
        dm = _DATELINE_RE.match(s.text)
        if dm is not None:
            lines.append((s.start, s.start + dm.end()))
    if lines:
        ents = [e for e in ents if not any(a <= e.start < b for a, b in lines)]
    # descriptions and pronouns, resolved in textual order
    extra: list[_Ent] = []
    solid = [e for e in ents if e.how != "adjective"]
    solid_starts = [e.start for e in solid]
    if c.desc_re is not None:
        for m in c.desc_re.finditer(text):
            j = bisect.bisect_left(solid_starts, m.end())
            if any(solid[i].end > m.start() for i in range(max(0, j - 3), j)):
                continue
            extra.append(_Ent(m.start(), m.end(), m.group(0).lower(), "?", "description"))
    for m in _PRONOUN_RE.finditer(text):
        extra.append(_Ent(m.start(), m.end(), m.group(0).lower(), "?", "pronoun"))
    if not extra:
        return ents
    named = [e for e in ents if e.how in ("alias", "unknown", "fuzzy") and e.kind != "place"]
    resolved: list[_Ent] = []
    last_seen: dict[str, tuple[int, _Ent]] = {}  # name -> (order, entity) of its latest naming
    last_person: _Ent | None = None
    k = 0
    for x in sorted(extra, key=lambda e: e.start):
        while k < len(named) and named[k].start < x.start:
            e = named[k]
            last_seen[e.name] = (k, e)
            if e.kind == "person" or (e.kind == "unknown" and " " in e.name):
                last_person = e
            k += 1
        if x.how == "description":
            seen = [last_seen[n] for n in c.descriptions.get(x.name, []) if n in last_seen]
            if seen:
                e = max(seen, key=lambda t: t[0])[1]
                resolved.append(_Ent(x.start, x.end, e.name, e.kind, "description"))
        elif last_person is not None:
            si = bisect.bisect_right(sent_starts, x.start) - 1
            lo = sentences[si - 1].start if si >= 1 else 0
            if last_person.start >= lo:
                resolved.append(_Ent(x.start, x.end, last_person.name, "person", "pronoun"))
    # adjective matches inside a resolved description ("the Israeli military") give way to it
    blocking = sorted(resolved + [x for x in extra if x.how == "description"], key=lambda r: r.start)
    b_starts = [r.start for r in blocking]

    def inside(e: _Ent) -> bool:
        j = bisect.bisect_right(b_starts, e.start)
        return any(blocking[i].start <= e.start and e.end <= blocking[i].end for i in range(max(0, j - 3), j))

    out = [e for e in ents if not inside(e)]
    out.extend(resolved)
    out.sort(key=lambda e: e.start)
    return out


_LIST_GAP_RE = re.compile(r"\s*(?:[\w’'-]+\s*){0,3}(?:,\s*(?:and\s+)?|\s+and\s+)")


def _sum_lists(figs: list[Figure], text: str) -> list[Figure]:
    """ "14 rebels, two soldiers and one hostage died": one figure of 17, not three happenings."""
    out: list[Figure] = []
    for f in sorted(figs, key=lambda f: f.start):
        p = out[-1] if out else None
        if (
            p is not None and p.kind == f.kind and p.claimant == f.claimant and f.qualifier is None
            and _LIST_GAP_RE.fullmatch(text, p.end, f.start)
        ):
            out[-1] = Figure(p.kind, p.value + f.value, p.qualifier, p.claimant, text[p.start : f.end], p.start, f.end)
        else:
            out.append(f)
    return out


def _fuzzy_person(name: str, c: _Compiled) -> str | None:
    """A known person spelled differently ("Ismail Hanyahu"): same first word, similar spelling."""
    cands = c.person_names.get(name.split()[0])
    if not cands:
        return None
    best = max(cands, key=lambda al: fuzz.ratio(name, al[0]))
    return best[1] if fuzz.ratio(name, best[0]) >= c.fuzzy_ratio else None


def _drop_title_modifiers(text: str, ents: list[_Ent], c: _Compiled) -> list[_Ent]:
    """In "Israeli Prime Minister Benjamin Netanyahu" the actor is the person only."""
    keep = []
    for i, e in enumerate(ents):
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if e.kind in ("country", "organisation", "group") and nxt is not None and nxt.kind in ("person", "unknown"):
            gap = text[e.end : nxt.start].replace("’s", " ").replace("'s", " ").split()
            if gap and len(gap) <= 4 and all(g in c.titles for g in gap) and any(g[:1].isupper() for g in gap):
                continue
        keep.append(e)
    return keep


def _title_case(s: str) -> bool:
    if s.rstrip("”’\"')").endswith((".", "!", "?")):
        return False
    words = [w for w in _TOKEN_RE.findall(s) if w[:1].isalpha() and len(w) > 3]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


# =========================================================================== triggers


@dataclass(slots=True)
class _Trig:
    start: int
    end: int
    etype: str
    pos: str  # verb / noun / pattern
    span_end: int  # end of the pattern match (absorbs other triggers inside)
    clause: Any = None


def _prev_word(text: str, pos: int) -> str:
    m = re.search(r"([\w’']+)\W*$", text[max(0, pos - 40) : pos])
    return m.group(1).lower() if m else ""


_VERB_CONTEXT = {"to", "will", "would", "could", "may", "might", "can", "must", "should", "did", "not", "n't", "and"}


def _clause_triggers(text: str, cl: Any, c: _Compiled, limit: int, heading: bool = False) -> list[_Trig]:
    out: list[_Trig] = []
    spans: list[tuple[int, int]] = []
    for tname, pat in c.patterns:
        for m in pat.finditer(text, cl.start, limit):
            if m.start() >= cl.end:
                break
            g = "t" if "t" in pat.groupindex and m.group("t") is not None else 0
            s, e = m.span(g)
            if any(a <= s < b for a, b in spans):
                continue
            out.append(_Trig(s, e, tname, "pattern", m.end(), cl))
            spans.append((m.start(), m.end()))
    for m in c.words_re.finditer(text, cl.start, cl.end):
        s, e = m.span()
        if any(a <= s < b for a, b in spans):
            continue
        word = re.sub(r"\s+", " ", m.group(0).lower())
        tname, pos = c.word_type[word]
        if pos == "both":
            pos = "verb" if _prev_word(text, s) in _VERB_CONTEXT else "noun"
        if pos == "noun" and c.modifier_heads.match(text, e, cl.end):
            continue
        if word in c.light:
            continue
        if m.group(0)[:1].isupper() and _PROPER_BEFORE_RE.search(text, max(cl.start, s - 40), s) and not heading:
            continue  # part of a name: "United States", "Security Council Meeting Room"
        out.append(_Trig(s, e, tname, pos, e, cl))
    if c.excludes:
        keep = []
        for t in out:
            pats = c.excludes.get(t.etype, ())
            lo, hi = max(0, t.start - 50), min(len(text), t.end + 50)
            if any(m.start() <= t.start and t.end <= m.end() for p in pats for m in p.finditer(text, lo, hi)):
                continue
            keep.append(t)
        out = keep
    out.sort(key=lambda t: t.start)
    return out


def _absorb(text: str, trigs: list[_Trig], c: _Compiled) -> list[_Trig]:
    """Drop noun triggers that are the object/purpose of a verb trigger just before them."""
    keep: list[_Trig] = []
    for t in trigs:
        absorbed = False
        if t.pos == "noun" and t.etype not in ("casualties", "attack", "statement"):
            for v in keep:
                if v.pos in ("verb", "pattern") and v.etype != t.etype and v.etype not in ("casualties",):
                    gap = text[v.span_end : t.start]
                    if len(_TOKEN_RE.findall(gap)) <= c.absorb_words and not re.search(r"[,;:]", gap):
                        absorbed = True
                        break
        if not absorbed:
            keep.append(t)
    return keep


def _is_anaphoric(text: str, t: _Trig, c: _Compiled) -> bool:
    """A noun trigger that refers back ("the attack", "its offensive") or is generic ("massacres")."""
    if t.pos != "noun":
        return False
    before = text[max(t.clause.start, t.start - 60) : t.start]
    if c.eventive_before.search(before) or c.eventive_after.match(text, t.end):
        return False
    toks = [w.lower() for w in _TOKEN_RE.findall(before)]
    # only the noun phrase: the words after the last preposition ("the country's attitude in negotiations")
    cut = max((i for i, w in enumerate(toks) if w in _PREPOSITIONS), default=-1)
    toks = toks[cut + 1 :][-3:]
    word = text[t.start : t.end].lower()
    # first determiner-like word within the last 3 tokens
    for k in range(len(toks) - 1, -1, -1):
        w = toks[k]
        if w in c.anaphoric:
            return True
        if w in ("a", "an"):
            return k > 0 and toks[k - 1] in c.anaphoric
        if w == "one" or w.endswith("’s") or w.endswith("'s") or w == "s":
            return False
    return word.endswith("s")


# =========================================================================== figures


def _parse_number(s: str, c: _Compiled) -> int | None:
    s = s.lower().strip()
    parts = s.split()
    mult = 1
    if len(parts) > 1 and parts[-1] in c.fig_mult:
        mult = c.fig_mult[parts[-1]]
        parts = parts[:-1]
    base = " ".join(parts)
    if base in c.fig_numbers:
        val: float = c.fig_numbers[base]
    else:
        try:
            val = float(base.replace(",", ""))
        except ValueError:
            return None
    return int(round(val * mult))


def _figures(text: str, start: int, end: int, times: Sequence[TimeMention], c: _Compiled) -> list[Figure]:
    out: list[Figure] = []
    for m in c.figure_re.finditer(text, start, end):
        ns, ne = m.span("n")
        if any(t.start < ne and ns < t.end for t in times):
            continue
        value = _parse_number(m.group("n"), c)
        if value is None:
            continue
        if c.fig_breakdown.search(text, max(start, m.start() - 25), m.start()):
            continue  # "including eight Americans": part of another number
        if _AGE_BEFORE_RE.search(text, max(start, m.start() - 40), m.start()) and text.startswith(",", ne):
            continue  # "Pinochet, 91, died": an age
        kind = None
        after = text[ne : min(end, ne + 120)]
        after = c.fig_aside.sub(" ", after)
        cut = re.search(r"[;.]\s|\s\d|\baccording\b|\bincluding\b", after)
        if cut:
            after = after[: cut.start()]
        words = _TOKEN_RE.findall(after)[:8]
        window = " ".join(words)
        best = None
        for k, rx in c.fig_after:
            mm = rx.search(window) if rx else None
            if mm and (best is None or mm.start() < best[0]):
                best = (mm.start(), k)
        # a "people" word must come first for words like "killed" far away
        if best is not None:
            kind = best[1]
        before = text[max(start, m.start() - 30) : m.start()]
        for k, rx in c.fig_before:
            if rx.search(before):
                if kind is None or kind not in ("hostages", "prisoners"):
                    kind = k
                break
        if kind is None:
            continue
        q = m.group("q")
        out.append(Figure(kind, value, q.lower() if q else None, None, text[m.start() : ne], m.start(), ne))
    return out


# =========================================================================== extraction


@dataclass(slots=True)
class _Ev:
    trig: _Trig
    sentence: Any
    clause: Any
    actors: list[str] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    time: TimeMention | None = None
    link_rule: str = "undated"
    modality: str = "asserted"
    attribution: str | None = None
    speaker_entities: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    folded: list[_Trig] = field(default_factory=list)
    reported: str | None = None  # for a statement: what it says (its governed clauses)
    bounds: dict[str, str] = field(default_factory=dict)  # not_before / not_after hints
    earliest: _dt.date | None = None
    latest: _dt.date | None = None


def _ref_date(article: Any) -> _dt.date | None:
    ref = getattr(article, "reference", None)
    if ref is None:
        ref = getattr(article, "published", None)
    if isinstance(ref, _dt.datetime):
        return ref.date()
    if isinstance(ref, _dt.date):
        return ref
    if isinstance(ref, str) and ref:
        try:
            return _dt.date.fromisoformat(ref[:10])
        except ValueError:
            raise InputError(f"article reference date {ref!r} is not an ISO date") from None
    return None


def extract_event_mentions(
    article: Any,
    time_mentions: Sequence[TimeMention] | None = None,
    resources: EventResources | None = None,
) -> list[EventMention]:
    """The event mentions of one article (offsets into ``article.text``), in textual order.

    `article` needs ``.id``, ``.text`` and ``.reference`` (or ``.published``); ``.title``
    is used when present. When `time_mentions` is None the article is tagged with
    ``timeline.tag(article.text, article.reference)``.
    """
    text = getattr(article, "text", None)
    if not isinstance(text, str):
        raise InputError(f"extract_event_mentions() needs an article with a str .text, got {type(article).__name__}")
    ref = _ref_date(article)
    if time_mentions is None:
        from timeline.temporal import tag

        time_mentions = tag(text, ref)
    res = resources if resources is not None else EventResources.default()
    if not isinstance(res, EventResources):
        raise InputError(f"resources must be an EventResources, got {type(res).__name__}")
    return _Extractor(article, text, ref, list(time_mentions), res.compiled).run()


class _Extractor:
    def __init__(self, article: Any, text: str, ref: _dt.date | None, times: list[TimeMention], c: _Compiled) -> None:
        from timeline.text import quoted_spans, split_clauses, split_sentences

        self.article = article
        self.aid = str(getattr(article, "id", "") or "")
        self.text = text
        self.ref = ref
        self.c = c
        self.sentences = split_sentences(text)
        self._split_clauses = split_clauses
        self.all_times = sorted(times, key=lambda t: t.start)
        self._all_starts = [t.start for t in self.all_times]
        self._all_ends = [t.end for t in self.all_times]  # non-overlapping, so also sorted
        # DATE/TIME with an interval, and anchored durations ("three days later") where they land
        self.times = [t for t in self.all_times if t.type in ("DATE", "TIME", "DURATION") and t.earliest is not None and t.latest is not None]
        self.time_starts = [t.start for t in self.times]
        self.ents = _entities(text, self.sentences, c)
        self.ent_starts = [e.start for e in self.ents]
        from timeline.text import _res as _text_res

        self.c_verbs = _text_res().verbs_re
        self.quotes: list[tuple[int, int]] = []
        paras: dict[int, list[Any]] = {}
        for s in self.sentences:
            paras.setdefault(s.paragraph, []).append(s)
        for ss in paras.values():
            self.quotes.extend(quoted_spans(text, ss[0].start, ss[-1].end))
        self.quotes.sort()
        self._quote_starts = [a for a, _ in self.quotes]

    # ------------------------------------------------------------------ helpers
    def in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self._quote_starts, pos) - 1
        return i >= 0 and self.quotes[i][0] <= pos < self.quotes[i][1]

    def ents_in(self, a: int, b: int) -> list[_Ent]:
        i = bisect.bisect_left(self.ent_starts, a)
        out = []
        while i < len(self.ents) and self.ents[i].start < b:
            if self.ents[i].end <= b:
                out.append(self.ents[i])
            i += 1
        return out

    def times_in(self, a: int, b: int) -> list[TimeMention]:
        i = bisect.bisect_left(self.time_starts, a)
        out = []
        while i < len(self.times) and self.times[i].start < b:
            out.append(self.times[i])
            i += 1
        return out

    def according_spans(self, a: int, b: int) -> list[tuple[int, int, str]]:
        out = []
        for rx in self.c.according:
            for m in rx.finditer(self.text, a, b):
                out.append((m.start(), m.end(), m.group("who").strip()))
        return sorted(out)

    def clean_who(self, s: str) -> str:
        s = re.sub(r"^[A-Z][A-Z .,'-]+:\s*", "", s.strip())
        s = re.sub(r"(?:\s+(?:has|have|had|is|are|was|were|also|even))+\s*$", "", s)
        toks = s.split()
        while toks and toks[0].lower().strip(",") in self.c.strip_front:
            toks = toks[1:]
        return " ".join(toks[:8]).strip(" ,")

    def canonical(self, a: int, b: int) -> list[str]:
        return list(dict.fromkeys(e.name for e in self.ents_in(a, b) if e.kind != "place"))

    # ------------------------------------------------------------------ main
    def run(self) -> list[EventMention]:
        events: list[_Ev] = []
        body_ended = False
        for s in self.sentences:
            low = re.sub(r"\s+", " ", s.text.lower())
            if low.startswith(self.c.end_of_body) and s.index > 0:
                body_ended = True
            if body_ended or low.startswith(self.c.skip_sentence):
                continue
            events.extend(self.sentence_events(s))
        self.link_undated(events)
        return [self.to_mention(e) for e in events]

    def sentence_events(self, s: Any) -> list[_Ev]:
        text, c = self.text, self.c
        clauses = self._split_clauses(text, s)
        evs: list[_Ev] = []
        according = self.according_spans(s.start, s.end)
        heading = _title_case(s.text)
        lo = bisect.bisect_left(self._all_ends, s.start)
        hi = bisect.bisect_left(self._all_starts, s.end)
        sent_figs = _figures(text, s.start, s.end, self.all_times[lo:hi] if lo < hi else [], c)
        for cl in clauses:
            trigs = _absorb(text, _clause_triggers(text, cl, c, min(s.end, cl.end + 80), heading), c)
            # statement event of a reporting clause: its verb is the trigger (a statement noun beats it)
            if cl.kind == "reporting" and cl.verb_start is not None and not self.in_quote(cl.verb_start):
                if not any(t.etype == "statement" for t in trigs):
                    trigs.append(_Trig(cl.verb_start, cl.verb_end, "statement", "verb", cl.verb_end, cl))
                    trigs.sort(key=lambda t: t.start)
            if not trigs:
                continue
            cl_evs = [_Ev(t, s, cl) for t in trigs]
            self.bind_times(cl, cl_evs)
            for i, e in enumerate(cl_evs):
                self.set_modality(e, clauses, s, cl_evs[i - 1].trig.end if i else cl.start)
                # a purpose chain keeps the mode of what it depends on ("prepared to suspend fighting to ensure the release")
                if i and e.modality in ("asserted", "reported") and cl_evs[i - 1].modality in ("hypothetical", "planned") \
                        and re.search(r"\bto\b", text[cl_evs[i - 1].trig.end : e.trig.start]):
                    e.modality = cl_evs[i - 1].modality
            self.bind_actors(cl, clauses, cl_evs, according)
            for e in cl_evs:
                self.set_attribution(e, clauses, according)
                if e.trig.etype == "statement" and cl.kind == "reporting":
                    said = [x for x in clauses if x.governor == cl.index]
                    if said:
                        e.reported = text[said[0].start : said[-1].end].strip(" ,“”\"")[:300]
            evs.extend(cl_evs)
        self.bind_figures(evs, sent_figs, clauses, according)
        # back-references and generic plurals go, unless a toll of theirs follows ("the attack ..., which left 92 dead")
        tolls = [e for e in evs if e.trig.etype in ("casualties", "hostage_taking") and e.figures]
        evs = [
            e for e in evs
            if not (e.time is None and not e.figures and _is_anaphoric(text, e.trig, c))
            or (e.trig.etype in ("attack", "offensive") and any(
                x.clause is e.clause or (x.clause.start >= e.clause.end and x.clause.kind in ("relative", "participle", "content"))
                for x in tolls))
        ]
        evs = self.fold(evs)
        return [e for e in evs if self.keep(e)]

    # ------------------------------------------------------------------ time
    def bind_times(self, cl: Any, evs: list[_Ev]) -> None:
        usable = []
        for t in self.times_in(cl.start, cl.end):
            if _SINCE_RE.search(self.text[max(0, t.start - 12) : t.start]):
                continue
            usable.append(t)
        if not usable:
            return
        # times outside quotes first; a deictic time inside a quotation is relative to the
        # speaker's moment, which the publication date is not
        outside = [t for t in usable if not self.in_quote(t.start)]
        if outside:
            usable = outside
        else:
            usable = [t for t in usable if not _DEICTIC_RE.search(t.text)]
        taken: set[int] = set()

        def rule_for(e: _Ev) -> str:
            return "reporting_clause" if cl.kind == "reporting" and e.trig.etype == "statement" else "same_clause"

        # a time right before a noun trigger modifies it ("the October 7 attack")
        for t in usable:
            for i, e in enumerate(evs):
                gap = self.text[t.end : e.trig.start]
                if e.trig.pos == "noun" and e.trig.start >= t.end and _PREMOD_GAP_RE.fullmatch(gap) and e.time is None:
                    e.time, e.link_rule = t, rule_for(e)
                    e.flags.append("time_modifier")
                    taken.add(id(t))
                    break
        for t in usable:
            if id(t) in taken:
                continue
            left = [e for e in evs if e.trig.end <= t.start]
            right = [e for e in evs if e.trig.start >= t.end]
            cands = ([left[-1]] if left else []) + ([right[0]] if right else [])
            for e in cands:
                if e.time is None:
                    e.time, e.link_rule = t, rule_for(e)
                    break

    # ------------------------------------------------------------------ actors
    def bind_actors(self, cl: Any, clauses: Sequence[Any], evs: list[_Ev], according: list[tuple[int, int, str]]) -> None:
        for i, e in enumerate(evs):
            # a verb's actors run from its clause's subject (or the previous verb); a noun's from the trigger before it
            prev = [x for x in evs[:i] if e.trig.pos == "noun" or x.trig.pos != "noun"]
            a = prev[-1].trig.end if prev else cl.start
            if e.trig.pos == "noun" and e.modality != "claimed":
                a = max(a, e.trig.start - _NOUN_REACH)
            b = evs[i + 1].trig.start if i + 1 < len(evs) else cl.end
            if e.trig.etype == "statement" and cl.kind == "reporting" and cl.verb_start is not None:
                names = self.speaker(cl, clauses)[1]
            elif e.trig.etype == "statement" and e.trig.pos == "verb":
                names = [x.name for x in self.ents_in(a, e.trig.start) if x.kind != "place"]
                by = re.match(r"[^,;]{0,60}?\bby\s+", self.text[e.trig.end : b])  # passive: "declared ... by the Israeli military"
                if by is not None:
                    names += [x.name for x in self.ents_in(e.trig.end + by.end(), b) if x.kind != "place"][:1]
            else:
                skip = [(p, q) for p, q, _ in according] + self.place_appositives(a, b)
                names = [
                    x.name
                    for x in self.ents_in(a, b)
                    if x.kind != "place" and not any(p <= x.start < q for p, q in skip)
                ]
            if (
                cl.kind == "content" and cl.governor is not None and 0 <= cl.governor < len(clauses)
                and not re.match(r"(?:they|them|those|these)\b", self.text[cl.start : cl.end], re.IGNORECASE)
                and (
                    (e.trig.pos != "noun" and e.trig.etype not in ("attack", "offensive", "casualties"))
                    or re.match(r"(?:it|we|he|she)\b", self.text[cl.start : cl.end], re.IGNORECASE)
                )
            ):
                before = [x for x in self.ents_in(cl.start, e.trig.start) if x.kind != "place"]
                if not before:
                    names = self.speaker(clauses[cl.governor], clauses)[1] + names
            elif i == 0 and e.trig.etype != "statement":
                names = self.shared_subject(cl, clauses, e) + names
            e.actors = list(dict.fromkeys(names))

    def place_appositives(self, a: int, b: int) -> list[tuple[int, int]]:
        """Spans describing a place (", a crucial border area between Gaza and Egypt"): their names are not actors."""
        out = []
        for m in _APPOSITIVE_RE.finditer(self.text, a, b):
            before = [x for x in self.ents_in(max(a, m.start() - 60), m.start()) if x.end >= m.start() - 1]
            if before and before[-1].kind == "place":
                out.append((m.start(), m.end()))
        return out

    def shared_subject(self, cl: Any, clauses: Sequence[Any], e: _Ev) -> list[str]:
        """The subject a clause shares with the clause before it.

        "A Hamas delegation ... has departed and is expected to return": the coordinated verb
        phrase has no subject of its own; "William Burns, who was in Cairo, was also in Doha for a
        meeting": the main clause resumes after a relative clause.
        """
        if cl.index == 0 or [x for x in self.ents_in(cl.start, e.trig.start) if x.kind != "place"]:
            return []
        if _PASSIVE_RE.search(self.text, cl.start, e.trig.start):
            return []  # "was condemned": the shared subject is what was acted on
        prev = clauses[cl.index - 1]
        if cl.kind == "coordinate" and _SUBJECTLESS_RE.match(self.text, cl.start):
            src = prev
        elif cl.kind == "main" and prev.kind == "relative" and cl.index >= 2 and clauses[cl.index - 2].kind == "main":
            src = clauses[cl.index - 2]
        else:
            return []
        ents = [x for x in self.ents_in(src.start, src.end) if x.kind != "place"]
        if not ents or re.search(r"\b(?:it|they|he|she|we)\b", self.text[ents[-1].end : src.end]):
            return []  # the shared subject is a pronoun we do not resolve
        return [ents[0].name]

    def speaker(self, cl: Any, clauses: Sequence[Any]) -> tuple[str | None, list[str]]:
        """Who speaks in a reporting clause: (attribution text, canonical actors)."""
        text = self.text
        if cl.verb_start is None:
            return None, []
        a, b = cl.start, cl.verb_start
        seg = text[a:b]
        lead = len(seg) - len(seg.lstrip(" ,“”\"'‘’"))
        quoted = lead < len(seg) and self.in_quote(a + lead)  # '"We are ready," added Kim ...'
        if quoted or not seg.strip(" ,“”\""):
            # inverted ("said Lazzarini on X") or subject in the clause before ("X, which ..., said")
            after = text[cl.verb_end : cl.end]
            m = re.match(r"\s*([^,;]*?)(?:\s+(?:on|in|at|to|via|from|that|who|which)\b|[,.;]|$)", after)
            verb = text[cl.verb_start : cl.verb_end].lower()
            if m and m.group(1).strip() and m.group(1).strip()[:1].isupper() and verb not in ("told", "informed"):
                a, b = cl.verb_end + m.start(1), cl.verb_end + m.end(1)
            else:
                prev = [x for x in clauses if x.end <= cl.start and x.kind == "main"]
                if not prev:
                    return None, []
                a, b = prev[0].start, prev[0].end
        seg = text[a:b]
        dl = _DATELINE_RE.match(seg)
        if dl is not None:
            a += dl.end()
            seg = text[a:b]
        # drop leading adverbials ("On Saturday evening, ..."); keep the subject
        parts = [p for p in re.split(r",\s*", seg) if p.strip()]
        if len(parts) == 1 and _ADVERBIAL_RE.match(parts[0].strip()) and cl.index > 0:
            # "John Howard, writing in the Daily Telegraph Friday, said", "... and said": the subject is before
            prev = clauses[cl.index - 1]
            while prev.index > 0 and prev.kind not in ("main", "reporting"):
                prev = clauses[prev.index - 1]
            a, b = prev.start, prev.end
            seg = text[a:b]
            parts = [p for p in re.split(r",\s*", seg) if p.strip()]
        if len(parts) > 1:
            # the subject is the first part that is not a fronted adverbial ("On Saturday evening, ...",
            # "Calling the mother ..., President Fidel Castro said"); an appositive after it is not the subject
            subj = [p for p in parts if not _ADVERBIAL_RE.match(p.strip())]
            cand = subj[0] if subj else parts[-1]
            off = seg.find(cand)
            a, b = a + off, a + off + len(cand)
        # a time inside the subject phrase ends it ("The Board of Investment earlier this month announced")
        for t in self.times_in(a, b):
            b = min(b, t.start)
            break
        who_ents = [x for x in self.ents_in(a, b) if x.kind != "place"]
        names = list(dict.fromkeys(x.name for x in who_ents))
        raw = self.clean_who(re.sub(r"\b(?:also|even|on \w+day|late \w+day)\b", "", text[a:b]))
        raw = re.sub(r"\s{2,}", " ", raw).strip(" ,“”\"")
        whole = [x for x in who_ents if x.how in ("description", "pronoun") and self.clean_who(text[x.start : x.end]) == raw]
        if names and (whole or len(raw.split()) > 6):
            raw = names[0]
        return (raw or None), names

    # ------------------------------------------------------------------ modality, attribution
    def set_modality(self, e: _Ev, clauses: Sequence[Any], s: Any, lo: int) -> None:
        text, c = self.text, self.c
        cl = e.clause
        # cue window: from the previous trigger of the clause (or the clause start) to the trigger
        window = text[lo : e.trig.start]
        # the condition itself, or the clause right after it, is hypothetical ("if X, we are ready to ...");
        # so is the clause a condition follows ("would reenter negotiations unless Israel reopened Rafah")
        conditional = cl.kind in ("conditional", "consequent") or (
            cl.index > 0 and clauses[cl.index - 1].kind == "conditional"
        )
        conditioned = cl.index + 1 < len(clauses) and clauses[cl.index + 1].kind == "conditional"
        mod = None
        if conditional:
            mod = "hypothetical"
        elif c.cues["denied"] and c.cues["denied"].search(window):
            mod = "denied"
        elif conditioned or (c.cues["hypothetical"] and c.cues["hypothetical"].search(window)):
            mod = "hypothetical"
        elif c.cues["planned"] and c.cues["planned"].search(window):
            mod = "planned"
        elif s.index == 0 and c.headline_planned.match(text[s.start : e.trig.start]):
            mod = "planned"
        elif c.cues["claimed"] and c.cues["claimed"].search(window):
            mod = "claimed"
        elif e.trig.pos != "noun" and _TO_RE.search(window) and not (
            c.implicative is not None and c.implicative.search(text, cl.start, e.trig.start)
        ):
            mod = "hypothetical"  # "flexibility to reach an agreement": an infinitive that need not have happened
        elif e.trig.etype == "statement" and cl.kind == "reporting":
            mod = "asserted"
        elif cl.governor is not None or self.in_quote(e.trig.start) or any(
            True for _ in self.according_spans(cl.start, cl.end)
        ):
            mod = "reported"
        elif self.according_spans(s.start, s.end) and e.trig.etype != "statement":
            mod = "reported"
        e.modality = mod or "asserted"
        # an event dated before publication is not a plan
        if e.modality == "planned" and e.time is not None and self.ref is not None and e.time.latest is not None:
            if e.time.latest < self.ref - _dt.timedelta(days=1) and not _WEEKDAY_RE.match(e.time.text.strip()):
                e.modality = "reported" if cl.governor is not None else "asserted"

    def set_attribution(self, e: _Ev, clauses: Sequence[Any], according: list[tuple[int, int, str]]) -> None:
        cl = e.clause
        if e.trig.etype == "statement" and cl.kind == "reporting":
            who, names = self.speaker(cl, clauses)
            e.attribution = who
            e.speaker_entities = names
            return
        if cl.governor is not None and 0 <= cl.governor < len(clauses):
            gov = clauses[cl.governor]
            if gov.verb_start is not None and self.in_quote(gov.verb_start):
                outside = [x for x in clauses if x.kind == "reporting" and x.verb_start is not None
                           and not self.in_quote(x.verb_start)]
                gov = outside[-1] if outside else gov
            who, names = self.speaker(gov, clauses)
            e.attribution, e.speaker_entities = who, names
            return
        inside = [x for x in according if cl.start <= x[0] < cl.end]
        pick = inside[0] if inside else (according[0] if according else None)
        if pick is None and self.in_quote(e.trig.start):
            who = self.next_sentence_speaker(e.sentence)
            if who is not None:
                e.attribution, e.speaker_entities = who
                return
        if pick is not None:
            who = self.clean_who(pick[2])
            ents = [x for x in self.ents_in(pick[0], pick[1]) if x.kind != "place"]
            if ents and (len(who.split()) > 4 or any(x.how == "description" for x in ents)):
                who = ents[0].name
            e.attribution = who
            e.speaker_entities = list(dict.fromkeys(x.name for x in ents))

    def next_sentence_speaker(self, s: Any) -> tuple[str, list[str]] | None:
        """A quotation standing alone is attributed by the next sentence ("… tonight.” Al-Kahera News cited …")."""
        if s.index + 1 >= len(self.sentences):
            return None
        n = self.sentences[s.index + 1]
        if n.paragraph != s.paragraph:
            return None
        m = self.c_verbs.search(n.text)
        if m is None or m.start() > 120:
            return None
        subj = n.text[: m.start()].split(",")[0].strip()
        if not subj or self.in_quote(n.start):
            return None
        names = self.canonical(n.start, n.start + len(subj))
        return self.clean_who(subj), names

    # ------------------------------------------------------------------ figures
    def bind_figures(self, evs: list[_Ev], figs: list[Figure], clauses: Sequence[Any], according: list[tuple[int, int, str]]) -> None:
        if not figs:
            return
        for k, f in enumerate(figs):
            nxt = figs[k + 1].start if k + 1 < len(figs) else None
            claim = None
            for a, b, who in according:
                if a >= f.end and (nxt is None or a < nxt):
                    claim = self.canonical(a, b)
                    claim = claim[0] if claim else self.clean_who(who)
                    break
            target = None
            for e in evs:
                if e.clause.start <= f.start < e.clause.end:
                    if target is None or e.trig.start <= f.start:
                        target = e
            if target is None:
                # a figure clause with no trigger goes to the event of the clause before (", killing ...")
                cl = next((x for x in clauses if x.start <= f.start < x.end), None)
                if cl is not None and cl.kind in ("relative", "participle") and f.kind in ("killed", "wounded"):
                    prev = [e for e in evs if e.clause.end <= cl.start]
                    target = prev[-1] if prev else None
            if target is None:
                continue
            if claim is None:
                claim = (target.speaker_entities[0] if target.speaker_entities else target.attribution)
            target.figures.append(dataclasses.replace(f, claimant=claim))

    # ------------------------------------------------------------------ folding and filtering
    def fold(self, evs: list[_Ev]) -> list[_Ev]:
        """One happening per clause: merge same-type triggers, fold tolls into their attack."""
        violent = ("attack", "offensive")
        host_of: dict[int, _Ev] = {}
        for e in evs:
            et = e.trig.etype
            host = None
            same_clause = [x for x in evs if x.clause is e.clause and x is not e and id(x) not in host_of]
            if et in ("casualties", "hostage_taking") or (et == "attack" and e.clause.kind in ("relative", "participle")):
                cands = [x for x in same_clause if x.trig.etype in violent]
                if not cands and e.clause.kind in ("relative", "participle", "content"):
                    cands = [
                        x for x in evs
                        if x.trig.etype in violent and x.sentence is e.sentence and x.clause.end <= e.clause.start
                        and id(x) not in host_of
                    ]
                if cands:
                    host = cands[-1] if cands[-1].trig.start < e.trig.start else cands[0]
            if host is None and "time_modifier" not in e.flags:
                same = [
                    x for x in same_clause
                    if x.trig.etype == et and x.modality == e.modality and x.trig.start < e.trig.start
                    and "time_modifier" not in x.flags
                ]
                if same:
                    host = same[0]
            if host is not None:
                host_of[id(e)] = host
        out: list[_Ev] = []
        for e in evs:
            host = host_of.get(id(e))
            while host is not None and id(host) in host_of:
                host = host_of[id(host)]
            if host is None:
                out.append(e)
                continue
            host.folded.append(e.trig)
            for a in e.actors:
                if a not in host.actors:
                    host.actors.append(a)
            host.figures.extend(e.figures)
            if host.time is None and e.time is not None:
                host.time, host.link_rule = e.time, e.link_rule
        # a second figure of the same kind is a second happening ("92 killed in X, and 20 dead in Y")
        final: list[_Ev] = []
        for e in out:
            final.append(e)
            e.figures = _sum_lists(e.figures, self.text)
            seen: dict[str, Figure] = {}
            moved: list[Figure] = []
            for f in sorted(e.figures, key=lambda f: f.start):
                if f.kind in seen and f.start > seen[f.kind].end:
                    moved.append(f)
                else:
                    seen.setdefault(f.kind, f)
            if not moved:
                continue
            e.figures = [f for f in e.figures if f not in moved]
            for f in moved:
                cas = [t for t in e.folded if t.etype == "casualties" and t.start <= f.end + 30]
                trig = min(cas, key=lambda t: abs(t.start - f.start)) if cas else _Trig(f.start, f.end, "casualties", "noun", f.end, e.clause)
                n = _Ev(trig, e.sentence, e.clause, actors=[], figures=[f], modality=e.modality,
                        attribution=f.claimant or e.attribution, speaker_entities=e.speaker_entities)
                n.flags.append("split_figure")
                if e.time is not None and e.time.end <= f.start:
                    # a time set earlier in the same sentence: the paragraph_time rule, applied at once
                    n.time, n.link_rule = e.time, "paragraph_time"
                final.append(n)
        return final

    def keep(self, e: _Ev) -> bool:
        c = self.c
        if e.trig.etype in c.needs_figure and not e.figures:
            return False
        if e.trig.etype == "statement":
            if e.time is None or not (e.actors or e.speaker_entities):
                return False
            if self.in_quote(e.trig.start):
                return False
        if e.time is None and not e.figures and not e.actors and e.sentence.index > 0:
            return False  # nothing to tell: no who, no when, no how many
        return True

    # ------------------------------------------------------------------ undated events
    def link_undated(self, evs: list[_Ev]) -> None:
        ref = self.ref
        # the headline's event
        head = None
        if self.sentences:
            s0 = self.sentences[0]
            title = getattr(self.article, "title", None)
            if title:
                is_head = _norm(title)[:40] in _norm(s0.text) or _norm(s0.text)[:40] in _norm(title)
            else:  # a headline has no final full stop
                is_head = s0.paragraph == 0 and not s0.text.rstrip("”’\"')").endswith((".", "!", "?"))
            if is_head:
                cands = [e for e in evs if e.sentence.index == 0 and e.clause.kind in ("main", "content", "reporting")
                         and e.trig.etype != "statement"]
                head = cands[0] if cands else None
        head_ok = (
            head is not None and ref is not None and head.modality in ("asserted", "reported", "claimed")
        )
        if head_ok and head is not None and head.time is None:
            head.link_rule = "headline_publication"
            head.earliest = head.latest = ref
        for e in evs:
            if e.time is not None:
                e.earliest, e.latest = e.time.earliest, e.time.latest
        # main event: other mentions of the headline's event
        if head_ok and head is not None:
            hd = head.earliest
            for e in evs:
                if e is head or e.time is not None or e.earliest is not None:
                    continue
                if e.trig.etype != head.trig.etype or e.modality not in ("asserted", "reported", "claimed"):
                    continue
                if e.actors and head.actors and not self.sides(e.actors) & self.sides(head.actors):
                    continue
                e.link_rule = "main_event_publication"
                e.earliest = e.latest = hd
        # paragraph time: a time set earlier in the same paragraph dates a later event of the narrative
        last: dict[int, tuple[int, _Ev]] = {}
        for e in evs:
            p = e.sentence.paragraph
            if e.time is not None and e.link_rule == "same_clause" and e.trig.etype != "statement":
                if e.time.granularity in ("day", "part_of_day", "hour", "minute", None) or e.time.type == "TIME":
                    last[p] = (e.sentence.index, e)
                continue
            if e.earliest is not None or e.time is not None:
                continue
            if e.trig.etype == "statement" or e.modality in ("planned", "hypothetical"):
                continue
            if e.clause.kind == "subordinate" and (e.clause.marker or "") in ("after", "before", "since", "following", "until"):
                e.flags.append("temporal_subordinate")
                continue
            prev = last.get(p)
            if prev is not None and e.sentence.index - prev[0] <= 1:
                src = prev[1]
                if e.actors and src.actors and not self.sides(e.actors) & self.sides(src.actors):
                    e.flags.append("other_actors")
                    continue
                if _PERFECT_RE.search(self.text[max(e.clause.start, e.trig.start - 25) : e.trig.start]):
                    e.flags.append("present_perfect")
                    continue
                e.time, e.link_rule = src.time, "paragraph_time"
                e.earliest, e.latest = src.time.earliest, src.time.latest  # type: ignore[union-attr]
        for e in evs:
            if e.earliest is None and e.link_rule not in ("headline_publication", "main_event_publication"):
                e.link_rule = "undated"
                e.flags.append("undated")
            self.adjust_time(e)
        self.order_bounds(evs)

    def order_bounds(self, evs: list[_Ev]) -> None:
        """"X after Y": an undated X is not before a dated Y, an undated Y not after a dated X.

        Bounds are hints in ``extra`` (``not_before``/``not_after``); they never date an event.
        """
        by_sentence: dict[int, list[_Ev]] = {}
        for e in evs:
            by_sentence.setdefault(e.sentence.index, []).append(e)
        for group in by_sentence.values():
            for y in group:
                marker = y.clause.marker or ""
                if y.clause.kind != "subordinate" or marker not in ("after", "following", "before"):
                    continue
                mains = [x for x in group if x.clause.end <= y.clause.start and x.clause.kind in ("main", "content", "coordinate")]
                if not mains:
                    continue
                x = mains[-1]
                later, earlier = (x, y) if marker in ("after", "following") else (y, x)
                if later.earliest is None and earlier.latest is not None:
                    later.bounds["not_before"] = earlier.earliest.isoformat()  # type: ignore[union-attr]
                if earlier.earliest is None and later.latest is not None:
                    earlier.bounds["not_after"] = later.latest.isoformat()

    def sides(self, actors: Iterable[str]) -> set[str]:
        """Actors with the organisations or countries they act for (gazetteer `affiliation`)."""
        out = set(actors)
        for a in actors:
            act = self.c.actors.get(a)
            if act is not None and act.affiliation:
                out.add(act.affiliation)
        return out

    def adjust_time(self, e: _Ev) -> None:
        """Planned events look forward; asserted past events cannot lie after publication."""
        t, ref = e.time, self.ref
        if t is None or ref is None or t.earliest is None:
            return
        if e.modality == "planned" and _WEEKDAY_RE.match(t.text.strip()) and t.earliest <= ref:
            wd = t.earliest.weekday()
            d = ref + _dt.timedelta(days=(wd - ref.weekday()) % 7 or 7)
            nt = dataclasses.replace(t, value=d.isoformat(), earliest=d, latest=d, tense="future",
                                     note=f"resolved forward for a planned event (tagger gave {t.value})")
            e.time, e.earliest, e.latest = nt, d, d
            e.flags.append("resolved_forward")
        elif e.modality in ("asserted", "reported", "claimed") and t.earliest > ref + _dt.timedelta(days=1) \
                and not _YEAR_RE.search(t.text) and t.granularity in ("day", "month", "part_of_day") and t.value[:4].isdigit():
            try:
                e0 = t.earliest.replace(year=t.earliest.year - 1)
                l0 = t.latest.replace(year=t.latest.year - 1) if t.latest else e0
            except ValueError:
                return
            nt = dataclasses.replace(t, value=str(int(t.value[:4]) - 1) + t.value[4:], earliest=e0, latest=l0,
                                     tense="past", note=f"moved to the past year: a past event (tagger gave {t.value})")
            e.time, e.earliest, e.latest = nt, e0, l0
            e.flags.append("past_year")

    # ------------------------------------------------------------------ output
    def to_mention(self, e: _Ev) -> EventMention:
        s, cl, t = e.sentence, e.clause, e.trig
        extra: dict[str, Any] = {"clause_kind": cl.kind}
        if e.flags:
            extra["flags"] = list(dict.fromkeys(e.flags))
        if e.folded:
            extra["folded"] = [self.text[x.start : x.end] for x in e.folded]
        if e.link_rule in ("headline_publication", "main_event_publication") and e.earliest is not None:
            extra["time_value"] = e.earliest.isoformat()
        if e.reported:
            extra["reported"] = e.reported
        extra.update(e.bounds)
        return EventMention(
            article_id=self.aid,
            sentence_index=s.index,
            sentence_start=s.start,
            sentence_end=s.end,
            char_start=cl.start,
            char_end=cl.end,
            trigger=self.text[t.start : t.end],
            trigger_start=t.start,
            trigger_end=t.end,
            event_type=t.etype,
            actors=tuple(e.actors),
            figures=tuple(sorted(e.figures, key=lambda f: f.start)),
            attribution=e.attribution,
            modality=e.modality,
            time=e.time,
            link_rule=e.link_rule,
            earliest=e.earliest,
            latest=e.latest,
            quote=s.text,
            extra=extra,
        )


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s.lower()).strip()
