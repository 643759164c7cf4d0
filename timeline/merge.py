"""Merging event mentions into events: one row per real happening, every source kept.

Mentions are blocked (type family, time window), scored with rapidfuzz and linked best-first
(plus corroborated sentence pairs, headline and campaign links within an article);
disagreements (dates, figures, claims) become conflict rows. Policy: docs/events.md, resources/merge.toml.
"""

from __future__ import annotations

import datetime as _dt
import re
import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from timeline._ellipsis import ellipsize
from timeline.events import EventMention, EventResources

__all__ = ["MergePolicy", "MentionRecord", "MergedEvent", "cluster_mentions", "merge_mentions"]

_RESOURCE = Path(__file__).parent / "resources" / "merge.toml"
_WORD = re.compile(r"[\w][\w'’-]*", re.UNICODE)
_DIGITS = re.compile(r"^[\d.,]+$")

_POSTINGS_CAP = 200  # words in more mentions than this (or √n) do not propose undated pairs
# status priority: what the event's status is when mentions differ
_STATUS_ORDER = ("asserted", "reported", "claimed", "planned", "hypothetical", "denied")
_MODALITY_WEIGHT = {
    "asserted": 1.0,
    "reported": 0.85,
    "claimed": 0.65,
    "planned": 0.5,
    "hypothetical": 0.3,
    "denied": 0.3,
}
_AFFIRMING = {"asserted", "reported", "claimed"}


@cache
def _resources() -> dict[str, Any]:
    with _RESOURCE.open("rb") as fh:
        return tomllib.load(fh)


@dataclass(frozen=True)
class MergePolicy:
    """How mentions are compared and linked (defaults from ``resources/merge.toml``).

    score = weighted mean of components in [0, 1] (a component with nothing to compare
    drops out): type (1 same type, ``family_score`` same family); wording (mean of
    rapidfuzz ``token_set_ratio`` and ``token_sort_ratio`` over trigger + clause without
    stop words); actors (Dice overlap, WRatio >= 85 is the same actor); names (weighted
    Dice overlap of capitalised clause words, weights by rarity in the corpus); figures
    (shared kind+value 1, same kind other value ``figures_differ``); time (equal windows:
    ``same_window(width)``, nested: ``time_nested`` scaled by the width ratio, a day apart:
    ``time_tolerance``, one side undated: ``time_recent`` or ``time_one_undated``).
    A pair links at ``score >= threshold``; an undated side or day windows a day apart
    need ``+ weak_margin``, two undated sides ``+ undated_margin``, a past and a planned
    mention another ``+ weak_margin``; two tellings of one campaign (``campaigns`` types, same
    first actor, places agreeing) in two articles need no margin. Windows apart, one sentence,
    or two speakers' statements never share an event.
    """

    threshold: float = 0.56
    weak_margin: float = 0.1
    undated_margin: float = 0.2
    date_tolerance_days: int = 1
    recent_days: int = 7
    weights: tuple[tuple[str, float], ...] = ()
    neutral: tuple[tuple[str, float], ...] = ()
    weak_link_rules: frozenset[str] = frozenset()
    family_score: float = 0.7
    families: tuple[tuple[str, ...], ...] = ()
    stop_words: frozenset[str] = frozenset()
    speaker_families: frozenset[str] = frozenset()
    specificity: tuple[tuple[int, float], ...] = ()
    campaigns: frozenset[str] = frozenset()
    corroboration_families: int = 2

    @classmethod
    def default(cls, threshold: float | None = None) -> MergePolicy:
        """The policy of ``resources/merge.toml``, with `threshold` overridden when given."""
        res = _resources()
        pol = res["policy"]
        if threshold is None:
            threshold = float(pol["threshold"])
        else:
            from timeline.errors import InputError

            try:
                threshold = float(threshold)
            except (TypeError, ValueError):
                raise InputError(f"threshold must be a number between 0 and 1, got {threshold!r}") from None
            if not 0.0 <= threshold <= 1.0:
                raise InputError(f"threshold must be between 0 and 1, got {threshold!r}")
        return cls(
            threshold=threshold,
            weak_margin=float(pol["weak_margin"]),
            undated_margin=float(pol["undated_margin"]),
            date_tolerance_days=int(pol["date_tolerance_days"]),
            recent_days=int(pol["recent_days"]),
            weights=tuple((k, float(v)) for k, v in res["weights"].items()),
            neutral=tuple((k, float(v)) for k, v in res["neutral"].items()),
            weak_link_rules=frozenset(pol["weak_link_rules"]),
            family_score=float(res["types"]["family_score"]),
            families=tuple(tuple(f) for f in res["types"]["families"]),
            stop_words=frozenset(w.lower() for w in res["words"]["stop"]),
            speaker_families=frozenset(res["types"]["speaker_families"]),
            specificity=tuple((int(d), float(v)) for d, v in res["policy"]["same_window_specificity"]),
            campaigns=frozenset(t.lower() for t in res["types"].get("campaigns", ())),
            corroboration_families=int(pol.get("corroboration_families", 2)),
        )

    def same_window(self, days: int) -> float:
        """How much two identical windows of `days` days agree: two equal days more than two equal years."""
        for limit, value in self.specificity:
            if days <= limit:
                return value
        return self.specificity[-1][1] if self.specificity else 1.0

    def family(self, event_type: str) -> str:
        """The blocking key of an event type: its family's first member, else the type."""
        t = (event_type or "").lower()
        for fam in self.families:
            if t in fam:
                return fam[0]
        return t

    def type_score(self, a: str, b: str) -> float:
        if (a or "").lower() == (b or "").lower():
            return 1.0
        return self.family_score if self.family(a) == self.family(b) else 0.0


@dataclass(slots=True)
class MentionRecord:
    """An event mention with what merging needs from its article (no article text)."""

    index: int
    mention: EventMention
    article_id: str
    source_id: str  # the article this one duplicates, else itself
    outlet: str | None
    published: _dt.date | None
    clause: str
    sentence: str
    # derived by `prepare`
    words: str = ""
    actor_keys: tuple[str, ...] = ()
    names: tuple[str, ...] = ()  # capitalised words of the clause (places, people, groups)
    places: tuple[str, ...] = ()  # gazetteer places named in the clause
    actor_names: frozenset[str] = frozenset()  # names that are its actors ("israeli" for Israel)
    name_weights: dict[str, float] = field(default_factory=dict)  # names weighted by rarity
    earliest: _dt.date | None = None  # strong window (None when undated or weakly dated)
    latest: _dt.date | None = None
    bound: _dt.date | None = None  # weakly dated: happened on or before this day
    floor: _dt.date | None = None  # undated but "after <dated event>": happened on or after this day
    after_publication: bool = False  # dated after its article's publication, yet said to have happened

    @property
    def dated(self) -> bool:
        return self.earliest is not None

    @property
    def event_type(self) -> str:
        return self.mention.event_type


@dataclass
class MergedEvent:
    """One merged event before it becomes a table row."""

    members: list[MentionRecord]
    best: MentionRecord
    start: _dt.date | None
    end: _dt.date | None
    precision: str
    date: str
    date_text: str
    title: str
    event_type: str
    actors: list[str]
    figures: list[dict[str, Any]]
    status: str
    n_sources: int
    sources: list[str]
    outlets: list[str]
    confidence: float
    quote: str
    conflicts: list[dict[str, Any]] = field(default_factory=list)


# --------------------------------------------------------------------------- preparing


def _iso(value: Any) -> _dt.date | None:
    if isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _normalise_words(text: str, stop: frozenset[str], drop: str = "") -> str:
    drop_words = {w.lower() for w in _WORD.findall(drop)}
    out = []
    for w in _WORD.findall(text.lower()):
        w = w.replace("’", "'")
        if w.endswith("'s"):
            w = w[:-2]
        if w in stop or w in drop_words or _DIGITS.match(w):
            continue
        out.append(w)
    return " ".join(out)


def _actor_key(actor: str) -> str:
    words = [w for w in _WORD.findall(actor.lower().replace("’", "'")) if w not in ("the", "a", "an")]
    return " ".join(w[:-2] if w.endswith("'s") else w for w in words)


@cache
def _place_re() -> re.Pattern[str] | None:
    """The places of the default gazetteer (``resources/gazetteer_en.toml``), longest first."""
    places = EventResources.default().compiled.place_set
    if not places:
        return None
    alt = "|".join(re.escape(p) for p in sorted(places, key=lambda p: (-len(p), p)))
    return re.compile(r"(?<![\w-])(?:" + alt + r")(?![\w-])")


def _places_agree(a: MentionRecord, b: MentionRecord) -> bool:
    """No conflicting places: a side names none, or the two share a place word ("Gaza",
    "southern Gaza" and "Gaza Strip" agree; "Rafah" and "Doha" do not)."""
    if not a.places or not b.places:
        return True

    def words(r: MentionRecord) -> set[str]:  # the proper-name words: "southern Gaza" -> {"gaza"}
        return {w.lower() for p in r.places for w in p.split() if w[:1].isupper()}

    return bool(words(a) & words(b))


def prepare(record: MentionRecord, policy: MergePolicy) -> MentionRecord:
    """Fill the derived fields of `record` (normalised words, actor keys, window)."""
    m = record.mention
    time_text = m.time.text if m.time is not None else ""
    record.words = _normalise_words(f"{m.trigger} {record.clause}", policy.stop_words, time_text)
    record.actor_keys = tuple(dict.fromkeys(k for k in (_actor_key(a) for a in m.actors) if k))
    record.names = tuple(
        dict.fromkeys(
            w.lower().replace("’", "'").removesuffix("'s")
            for w in _WORD.findall(record.clause)
            if not w.islower() and not w.isdigit() and w.lower() not in policy.stop_words and w not in time_text
        )
    )
    actor_words = {w for k in record.actor_keys for w in k.split()}
    record.actor_names = frozenset(
        n for n in record.names if n in actor_words or any(fuzz.ratio(n, w) >= 85 for w in actor_words)
    )
    pre = _place_re()
    record.places = tuple(dict.fromkeys(p.group(0) for p in pre.finditer(record.clause))) if pre else ()
    weak = m.link_rule in policy.weak_link_rules
    # a thing said to have happened cannot start after the article telling it was
    # published: such a date is a resolution error; merge the mention as undated
    record.after_publication = bool(
        m.earliest is not None
        and record.published is not None
        and m.earliest > record.published
        and m.modality in _AFFIRMING
    )
    if m.earliest is not None and m.latest is not None and not weak and not record.after_publication:
        record.earliest, record.latest = m.earliest, m.latest
    else:
        record.earliest = record.latest = None
        if m.modality in _AFFIRMING:  # told as past: it happened on or before this day
            record.bound = record.published if record.after_publication or m.latest is None else m.latest
        else:  # planned or supposed: no bound
            record.bound = None
        # the extractor's order hints ("X after Y" leaves X undated, not before Y)
        hints = m.extra or {}
        record.floor = _iso(hints.get("not_before"))
        cap = _iso(hints.get("not_after"))
        if cap is not None and (record.bound is None or cap < record.bound):
            record.bound = cap
    return record


# --------------------------------------------------------------------------- scoring


def _share_actor(a: Sequence[str], b: Sequence[str]) -> bool:
    """Do two actor-key lists name one actor (the same key or WRatio >= 85)?"""
    return _actor_score(tuple(a), tuple(b), 0.0) > 0.0


def _actor_score(a: tuple[str, ...], b: tuple[str, ...], neutral: float) -> float:
    if not a or not b:
        return neutral
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    hits = sum(1 for x in small if any(x == y or fuzz.WRatio(x, y) >= 85 for y in big))
    return 2 * hits / (len(a) + len(b))  # Dice: one shared actor of four is not agreement


def weigh_names(records: Sequence[MentionRecord]) -> None:
    """Weight each record's names by rarity over all records: log(1 + N / df).

    "Gaza" in every clause says little; "Al-Mawasi" in two says they may be one event.
    """
    import math

    df: Counter[str] = Counter()
    for r in records:
        df.update(set(r.names))
    n = max(len(records), 1)
    for r in records:
        r.name_weights = {w: math.log(1 + n / df[w]) for w in r.names}


def _shared_weight(x: dict[str, float], y: dict[str, float]) -> float:
    return sum(weight for w, weight in x.items() if w in y or any(fuzz.ratio(w, v) >= 85 for v in y))


def _name_score(a: MentionRecord, b: MentionRecord, neutral: float) -> float:
    if not a.name_weights or not b.name_weights:
        return neutral
    # weighted Dice: shared weight on both sides over all weight
    total = sum(a.name_weights.values()) + sum(b.name_weights.values())
    if not total:
        return neutral
    full = min(1.0, (_shared_weight(a.name_weights, b.name_weights) + _shared_weight(b.name_weights, a.name_weights)) / total)
    if full == 0.0 or not a.actor_names or not b.actor_names:
        return full
    # a name that is an actor of both ("Israeli" when both name Israel) is scored by the actor
    # component already: without such names the overlap can only fall; nothing left is neutral
    both = {n for n in a.actor_names if n in b.actor_names or any(fuzz.ratio(n, m) >= 85 for m in b.actor_names)}
    both |= {m for m in b.actor_names if any(m == n or fuzz.ratio(n, m) >= 85 for n in both)}
    if not both:
        return full
    oa = {n: w for n, w in a.name_weights.items() if n not in both}
    ob = {n: w for n, w in b.name_weights.items() if n not in both}
    if not oa or not ob:
        return min(full, neutral)
    rest = sum(oa.values()) + sum(ob.values())
    return min(full, (_shared_weight(oa, ob) + _shared_weight(ob, oa)) / rest)


def _figure_score(a: EventMention, b: EventMention, neutral: dict[str, float]) -> float | None:
    """1 for a shared kind+value, `figures_differ` for one kind with other values, None
    (not compared: the weight goes to the other components) when no kind is shared."""
    fa = {(f.kind, f.value) for f in a.figures}
    fb = {(f.kind, f.value) for f in b.figures}
    if fa & fb:
        return 1.0
    if {k for k, _ in fa} & {k for k, _ in fb}:
        return neutral["figures_differ"]
    return None


def _windows(a: MentionRecord, b: MentionRecord, tol: int) -> str:
    """'same', 'nested', 'overlap', 'near' (within tolerance), 'apart', or 'undated'."""
    if not a.dated or not b.dated:
        # a weak bound still excludes events that started after it
        for x, y in ((a, b), (b, a)):
            if not x.dated and x.bound is not None and y.dated and y.earliest > x.bound:  # type: ignore[operator]
                return "apart"
            if not x.dated and x.floor is not None and y.dated and y.latest < x.floor:  # type: ignore[operator]
                return "apart"
        return "undated"
    if (a.earliest, a.latest) == (b.earliest, b.latest):
        return "same"
    if a.earliest <= b.latest and b.earliest <= a.latest:  # type: ignore[operator]
        if (a.earliest <= b.earliest and b.latest <= a.latest) or (  # type: ignore[operator]
            b.earliest <= a.earliest and a.latest <= b.latest  # type: ignore[operator]
        ):
            return "nested"
        return "overlap"
    gap = max((b.earliest - a.latest).days, (a.earliest - b.latest).days)  # type: ignore[operator]
    return "near" if gap <= tol else "apart"


def pair_score(a: MentionRecord, b: MentionRecord, policy: MergePolicy) -> tuple[float, float]:
    """(combined score, margin) for two prepared mentions: the pair links when
    ``score >= threshold + margin`` (margin 0, ``weak_margin`` or ``undated_margin``).

    Returns (-1, 0) for pairs that can never share an event: types of different
    families, windows apart, or two mentions of one sentence (the extractor already
    split that sentence into different events).
    """
    tscore = policy.type_score(a.event_type, b.event_type)
    if tscore == 0.0:
        return -1.0, 0.0
    if a.article_id == b.article_id and a.mention.sentence_index == b.mention.sentence_index:
        return -1.0, 0.0
    if (
        policy.family(a.event_type) in policy.speaker_families
        and a.actor_keys
        and b.actor_keys
        and not _share_actor(a.actor_keys[:1], b.actor_keys[:1])
    ):
        return -1.0, 0.0  # what one speaker (the first actor named) says is not what another says
    rel = _windows(a, b, policy.date_tolerance_days)
    if rel == "apart":
        return -1.0, 0.0
    neutral = dict(policy.neutral)
    if rel in ("same",):
        time = policy.same_window((a.latest - a.earliest).days + 1)  # type: ignore[operator]
    elif rel in ("nested", "overlap"):
        # a day inside a month agrees less than two equal windows: scale by the width ratio
        wa = (a.latest - a.earliest).days + 1  # type: ignore[operator]
        wb = (b.latest - b.earliest).days + 1  # type: ignore[operator]
        time = neutral["time_nested"] + (1 - neutral["time_nested"]) * min(wa, wb) / max(wa, wb)
    elif rel == "near":
        time = neutral["time_tolerance"]
    elif not a.dated and not b.dated:
        time = neutral["time_both_undated"]
    else:
        # news tells recent events undated: a dated event in the week before the undated
        # side's publication (or bound) is a likelier match than an old one
        u, d = (a, b) if not a.dated else (b, a)
        recent = u.bound is not None and 0 <= (u.bound - d.latest).days <= policy.recent_days  # type: ignore[operator]
        time = neutral["time_recent"] if recent else neutral["time_one_undated"]
    if a.words and b.words:
        wording = (fuzz.token_set_ratio(a.words, b.words) + fuzz.token_sort_ratio(a.words, b.words)) / 200.0
    else:
        wording = 0.0
    comps: dict[str, float | None] = {
        "type": tscore,
        "wording": wording,
        "actors": _actor_score(a.actor_keys, b.actor_keys, neutral["actors"]),
        "names": _name_score(a, b, neutral["names"]),
        "figures": _figure_score(a.mention, b.mention, neutral),
        "time": time,
    }
    used = [(w, comps[k]) for k, w in policy.weights if comps[k] is not None]
    score = sum(w * c for w, c in used) / sum(w for w, _ in used)
    if not a.dated and not b.dated:
        margin = policy.undated_margin
    elif rel in ("undated", "near"):
        margin = policy.weak_margin
    else:
        margin = 0.0
    if (a.mention.modality in _AFFIRMING) != (b.mention.modality in _AFFIRMING) and rel != "same":
        # what is said to have happened and what is planned or supposed: only one day joins them
        margin += policy.weak_margin
    if a.article_id != b.article_id and _same_campaign(a, b, policy):
        margin = 0.0  # one campaign, told again undated: type, actor and place already agree
    return round(score, 6), margin


def _same_campaign(a: MentionRecord, b: MentionRecord, policy: MergePolicy) -> bool:
    """Two tellings of one military campaign (``[types] campaigns``): both told as past,
    places not in conflict, and the same first actor (in one article, a side naming no
    actor agrees: "the war began ..." and "Israel launched the offensive")."""
    if a.event_type.lower() not in policy.campaigns or b.event_type.lower() not in policy.campaigns:
        return False
    if a.mention.modality not in _AFFIRMING or b.mention.modality not in _AFFIRMING:
        return False
    if not _places_agree(a, b):
        return False
    if a.actor_keys and b.actor_keys:
        return _share_actor(a.actor_keys[:1], b.actor_keys[:1])
    return a.article_id == b.article_id


# --------------------------------------------------------------------------- clustering


class _Clusters:
    """Union-find whose sets keep the intersection of their members' strong windows, their
    bounds, and the speakers of their statements (a set never holds two speakers' words)."""

    def __init__(
        self, records: Sequence[MentionRecord], tol: int, policy: MergePolicy | None = None
    ) -> None:
        self.parent = list(range(len(records)))
        self.lo: list[_dt.date | None] = [r.earliest for r in records]  # max earliest
        self.hi: list[_dt.date | None] = [r.latest for r in records]  # min latest
        self.bound: list[_dt.date | None] = [r.bound for r in records]
        self.floor: list[_dt.date | None] = [r.floor for r in records]
        self.speakers: list[frozenset[str]] = [
            frozenset(r.actor_keys[:1])
            if policy is not None and policy.family(r.event_type) in policy.speaker_families
            else frozenset()
            for r in records
        ]
        self.tol = _dt.timedelta(days=tol)

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> bool:
        a, b = self.find(i), self.find(j)
        if a == b:
            return False
        los = [x for x in (self.lo[a], self.lo[b]) if x is not None]
        his = [x for x in (self.hi[a], self.hi[b]) if x is not None]
        bounds = [x for x in (self.bound[a], self.bound[b]) if x is not None]
        floors = [x for x in (self.floor[a], self.floor[b]) if x is not None]
        lo, hi = (max(los), min(his)) if los else (None, None)
        if floors and hi is not None and hi < max(floors):
            return False  # happened before what an article says it followed
        if floors and bounds and max(floors) > min(bounds):
            return False
        sa, sb = self.speakers[a], self.speakers[b]
        if sa and sb and not _share_actor(sorted(sa), sorted(sb)):
            return False  # two speakers' words
        if lo is not None and hi is not None and lo > hi + self.tol:
            return False  # the merged event would need two incompatible dates
        if lo is not None and bounds and lo > min(bounds):
            return False  # happened after an article that already tells it
        root, child = (a, b) if a < b else (b, a)
        self.parent[child] = root
        self.lo[root], self.hi[root] = lo, hi
        self.bound[root] = min(bounds) if bounds else None
        self.floor[root] = max(floors) if floors else None
        self.speakers[root] = sa | sb
        return True


def cluster_mentions(records: Sequence[MentionRecord], policy: MergePolicy) -> list[list[int]]:
    """Group prepared records (positions in `records`) into events, deterministically.

    Blocking: only mentions of one type family are compared; dated mentions only with
    those whose windows overlap (a sweep over windows sorted by start), undated ones with
    mentions of their family that share one of their rarer words or names (an inverted
    index). Candidate pairs are linked best-first.
    """
    tol = _dt.timedelta(days=policy.date_tolerance_days)
    blocks: dict[str, list[int]] = defaultdict(list)
    for pos, r in enumerate(records):
        blocks[policy.family(r.event_type)].append(pos)
    # ties are broken by what the mentions are (article, offsets), never by input order
    rank = [0] * len(records)
    for n, p in enumerate(sorted(range(len(records)), key=lambda p: _content_key(records[p]))):
        rank[p] = n
    candidates: list[tuple[float, int, int, int, int]] = []

    # pairs of two articles' sentences: the pairs of their mentions that reach `threshold`
    told_together: dict[tuple, list[tuple[float, int, int, bool]]] = defaultdict(list)

    def consider(i: int, j: int) -> None:
        score, margin = pair_score(records[i], records[j], policy)
        need = policy.threshold + margin
        a, b = sorted((i, j), key=lambda p: rank[p])
        if score >= need - 1e-9:
            candidates.append((-score, rank[a], rank[b], a, b))
        if score >= policy.threshold - 1e-9 and records[a].article_id != records[b].article_id:
            ra, rb = records[a].mention, records[b].mention
            key = (records[a].article_id, ra.sentence_index, records[b].article_id, rb.sentence_index)
            told_together[key].append((score, a, b, score >= need - 1e-9))

    for fam in sorted(blocks):
        members = blocks[fam]
        dated = sorted(
            (p for p in members if records[p].dated),
            key=lambda p: (records[p].earliest, records[p].latest, p),
        )
        undated = [p for p in members if not records[p].dated]
        active: list[int] = []
        for p in dated:
            start = records[p].earliest
            active = [q for q in active if records[q].latest + tol >= start]  # type: ignore[operator]
            for q in active:
                consider(q, p)
            active.append(p)
        if not undated:
            continue
        # undated mentions meet only mentions sharing one of their rarer words (an
        # inverted index), so a big family is not compared pair by pair
        postings: dict[str, list[int]] = defaultdict(list)
        for p in members:
            for w in set(records[p].words.split()) | set(records[p].names):
                postings[w].append(p)
        cap = max(_POSTINGS_CAP, int(len(members) ** 0.5))
        for u in undated:
            keys = sorted(set(records[u].words.split()) | set(records[u].names), key=lambda w: (len(postings[w]), w))
            rare = [w for w in keys if len(postings[w]) <= cap] or keys[:3]
            others = sorted({p for w in rare for p in postings[w]} - {u})
            for p in others:
                if records[p].dated or p > u:
                    consider(u, p)

    # corroboration: two sentences of two articles that each tell events of the same
    # `corroboration_families` families or more, pair by pair alike (each pair reaching
    # `threshold`), tell the same things: their pairs link without the weak-evidence margins.
    # A campaign is background to many sentences ("the 2003 invasion of Iraq"): it corroborates nothing
    for key in sorted(told_together):
        pairs = told_together[key]
        fams = {policy.family(records[a].event_type) for _, a, _, _ in pairs if records[a].event_type.lower() not in policy.campaigns}
        if len(fams) >= policy.corroboration_families:
            candidates.extend((-score, rank[a], rank[b], a, b) for score, a, b, linked in pairs if not linked)
    candidates.sort()
    uf = _Clusters(records, policy.date_tolerance_days, policy)
    for _, _, _, i, j in candidates:
        uf.union(i, j)
    for i, j in _article_links(records, policy, rank):
        uf.union(i, j)
    groups: dict[int, list[int]] = defaultdict(list)
    for pos in range(len(records)):
        groups[uf.find(pos)].append(pos)
    _attach_undated(records, groups, uf, policy, rank)
    groups = defaultdict(list)
    for pos in range(len(records)):
        groups[uf.find(pos)].append(pos)
    return [sorted(g) for _, g in sorted(groups.items())]


def _is_headline(r: MentionRecord) -> bool:
    """The mention is in its article's first line, a headline (no final full stop)."""
    if r.mention.sentence_index != 0:
        return False
    return not (r.sentence or r.clause).rstrip("”’\"') ").endswith((".", "!", "?"))


def _article_links(records: Sequence[MentionRecord], policy: MergePolicy, rank: Sequence[int]) -> list[tuple[int, int]]:
    """Links inside one article, which scoring alone would miss (both sides undated):

    * *headline*: the headline's event (a non-speaker event of the first line, told as past
      or planned: "Hamas to boycott ceasefire negotiations") and the undated body mentions
      of its type that share its first actor (or name none) and are told as past or, when
      the headline is a plan, planned;
    * *campaign*: two mentions of one military campaign (`_same_campaign`).

    Pairs come in a fixed order (by content), so the result does not depend on input order.
    """
    kinds = frozenset(_resources().get("headline", {}).get("clause_kinds", ("main", "content", "reporting")))
    by_article: dict[str, list[int]] = defaultdict(list)
    for pos in sorted(range(len(records)), key=lambda p: rank[p]):
        by_article[records[pos].article_id].append(pos)
    out: list[tuple[int, int]] = []
    for aid in sorted(by_article):
        members = by_article[aid]
        heads = [
            p for p in members
            if _is_headline(records[p])
            and (records[p].mention.extra or {}).get("clause_kind", "main") in kinds
            and policy.family(records[p].event_type) not in policy.speaker_families
            and records[p].mention.modality in (*_AFFIRMING, "planned")
        ]
        if heads:
            h = records[heads[0]]
            allowed = _AFFIRMING | {"planned"} if h.mention.modality == "planned" else _AFFIRMING
            for p in members:
                r = records[p]
                if p == heads[0] or r.dated or r.mention.sentence_index == 0:
                    continue
                if r.event_type.lower() != h.event_type.lower() or r.mention.modality not in allowed:
                    continue
                if h.actor_keys and r.actor_keys and not _share_actor(h.actor_keys[:1], r.actor_keys):
                    continue
                out.append((heads[0], p))
        camp = [p for p in members if records[p].event_type.lower() in policy.campaigns]
        for k, p in enumerate(camp):
            for q in camp[k + 1 :]:
                if records[p].mention.sentence_index != records[q].mention.sentence_index and _same_campaign(
                    records[p], records[q], policy
                ):
                    out.append((p, q))
    return list(dict.fromkeys(out))


@dataclass
class _Profile:
    """What a group of mentions says, pooled: words, names, actors, figures, types."""

    words: str
    names: dict[str, float]
    actors: tuple[str, ...]
    figures: set[tuple[str, int]]
    types: set[str]
    bound: _dt.date | None
    end: _dt.date | None
    floor: _dt.date | None = None
    speakers: tuple[str, ...] = ()  # the first actor of each mention


def _profile(members: Sequence[MentionRecord]) -> _Profile:
    names: dict[str, float] = {}
    for r in members:
        names.update(r.name_weights)
    bounds = [r.bound for r in members if r.bound is not None]
    floors = [r.floor for r in members if r.floor is not None]
    ends = [r.latest for r in members if r.latest is not None]
    return _Profile(
        words=" ".join(dict.fromkeys(w for r in members for w in r.words.split())),
        names=names,
        actors=tuple(dict.fromkeys(a for r in members for a in r.actor_keys)),
        figures={(f.kind, f.value) for r in members for f in r.mention.figures},
        types={r.event_type.lower() for r in members},
        bound=min(bounds) if bounds else None,
        end=min(ends) if ends else None,
        floor=max(floors) if floors else None,
        speakers=tuple(dict.fromkeys(r.actor_keys[0] for r in members if r.actor_keys)),
    )


def profile_score(u: _Profile, d: _Profile, policy: MergePolicy) -> float:
    """How well an undated group `u` fits a dated event `d`: how much of what `u` says
    (words, names, actors) the event's mentions already say, plus type, figures and time."""
    neutral = dict(policy.neutral)
    tscore = max(policy.type_score(a, b) for a in u.types for b in d.types)
    if tscore == 0.0:
        return -1.0
    if (
        any(policy.family(t) in policy.speaker_families for t in u.types)
        and u.actors
        and (not d.speakers or not _share_actor(u.actors[:1], d.speakers))
    ):
        return -1.0  # a speaker's words join only an event of a known, same speaker
    wording = fuzz.token_set_ratio(u.words, d.words) / 100.0 if u.words and d.words else 0.0
    if u.names and d.names:
        have = sum(w for n, w in u.names.items() if n in d.names or any(fuzz.ratio(n, x) >= 85 for x in d.names))
        names = have / sum(u.names.values())
    else:
        names = neutral["names"]
    if u.actors and d.actors:
        actors = sum(1 for a in u.actors if any(a == b or fuzz.WRatio(a, b) >= 85 for b in d.actors)) / len(u.actors)
    else:
        actors = neutral["actors"]
    figures: float | None = None
    if u.figures & d.figures:
        figures = 1.0
    elif {k for k, _ in u.figures} & {k for k, _ in d.figures}:
        figures = neutral["figures_differ"]
    recent = u.bound is not None and d.end is not None and 0 <= (u.bound - d.end).days <= policy.recent_days
    time = neutral["time_recent"] if recent else neutral["time_one_undated"]
    comps: dict[str, float | None] = {
        "type": tscore,
        "wording": wording,
        "actors": actors,
        "names": names,
        "figures": figures,
        "time": time,
    }
    used = [(w, comps[k]) for k, w in policy.weights if comps[k] is not None]
    return round(sum(w * c for w, c in used) / sum(w for w, _ in used), 6)


def _content_key(r: MentionRecord) -> tuple:
    m = r.mention
    return (r.article_id, m.char_start, m.trigger_start, m.sentence_index, m.event_type, m.trigger)


def _attach_undated(
    records: Sequence[MentionRecord],
    groups: dict[int, list[int]],
    uf: _Clusters,
    policy: MergePolicy,
    rank: Sequence[int],
) -> None:
    """Second pass: an undated group joins the dated event whose pooled mentions best
    contain what it says (`profile_score` >= threshold + undated_margin). Groups are
    scored against the first-pass events only, so the result does not depend on order."""
    dated: dict[str, list[int]] = defaultdict(list)
    undated: list[int] = []
    for root, members in sorted(groups.items(), key=lambda kv: min(rank[p] for p in kv[1])):
        fam = policy.family(records[members[0]].event_type)
        if any(records[p].dated for p in members):
            dated[fam].append(root)
        elif all(records[p].mention.modality in _AFFIRMING for p in members):
            undated.append(root)  # planned or supposed happenings are not attached to past ones
    if not undated or not dated:
        return
    profiles = {root: _profile([records[p] for p in groups[root]]) for fams in dated.values() for root in fams}
    lo = {root: max(records[p].earliest for p in groups[root] if records[p].dated) for fams in dated.values() for root in fams}  # type: ignore[type-var]
    # inverted index: a dated event is a candidate only if it shares a word or name
    postings: dict[tuple[str, str], list[int]] = defaultdict(list)
    for fam, roots in dated.items():
        for root in roots:
            prof = profiles[root]
            for w in set(prof.words.split()) | set(prof.names):
                postings[(fam, w)].append(root)
    need = policy.threshold + policy.undated_margin
    joins: list[tuple[int, int]] = []
    for root in undated:
        members = [records[p] for p in groups[root]]
        u = _profile(members)
        fam = policy.family(members[0].event_type)
        keys = set(u.words.split()) | set(u.names)
        cands = sorted({c for w in keys for c in postings.get((fam, w), ())}, key=lambda c: min(rank[p] for p in groups[c]))
        best: tuple[float, int] | None = None
        here = {(r.article_id, r.mention.sentence_index) for r in members}
        for c in cands:
            if u.bound is not None and lo[c] > u.bound:
                continue  # the event starts after an article that tells it
            if u.floor is not None and profiles[c].end is not None and profiles[c].end < u.floor:  # type: ignore[operator]
                continue  # the event ends before what it is said to follow
            if any((records[p].article_id, records[p].mention.sentence_index) in here for p in groups[c]):
                continue  # one sentence, split into two events by the extractor
            score = profile_score(u, profiles[c], policy)
            if score >= need - 1e-9 and (best is None or score > best[0]):
                best = (score, c)
        if best is not None:
            joins.append((root, best[1]))
    joined = {root for root, _ in joins}
    joins.extend(_anaphora(records, groups, undated, joined, policy))
    for root, target in joins:
        uf.union(root, target)


def _anaphora(
    records: Sequence[MentionRecord],
    groups: dict[int, list[int]],
    undated: list[int],
    joined: set[int],
    policy: MergePolicy,
) -> list[tuple[int, int]]:
    """A definite back-reference ("the attack resulted in 92 deaths"), undated, joins the
    nearest event of its type family told in the sentences just before, in its article."""
    det = frozenset(_resources()["anaphora"]["determiners"])
    reach = int(_resources()["anaphora"]["max_sentences_back"])
    group_of = {p: root for root, members in groups.items() for p in members}
    by_article: dict[str, list[int]] = defaultdict(list)
    for pos, r in enumerate(records):
        by_article[r.article_id].append(pos)
    out = []
    for root in undated:
        if root in joined or len(groups[root]) != 1:
            continue
        r = records[groups[root][0]]
        m = r.mention
        lead = r.clause[: max(0, m.trigger_start - m.char_start)].split()
        if not lead or lead[-1].lower() not in det:
            continue
        fam = policy.family(r.event_type)
        best = None
        for pos in by_article[r.article_id]:
            o = records[pos]
            gap = m.sentence_index - o.mention.sentence_index
            if not (0 < gap <= reach) or policy.family(o.event_type) != fam or group_of[pos] == root:
                continue
            if o.mention.modality not in _AFFIRMING:
                continue
            mine = {f.value for f in m.figures if f.kind == "killed"}
            theirs = {f.value for q in groups[group_of[pos]] for f in records[q].mention.figures if f.kind == "killed"}
            if mine and theirs and not mine & theirs:
                continue  # another toll: another attack
            key = (gap, -o.mention.char_start)
            if best is None or key < best[0]:
                best = (key, group_of[pos])
        if best is not None:
            out.append((root, best[1]))
    return out


# --------------------------------------------------------------------------- summarising

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _month_end(d: _dt.date) -> _dt.date:
    nxt = _dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - _dt.timedelta(days=1)


def describe_window(
    start: _dt.date | None, end: _dt.date | None, granularity: str | None = None, approx: bool = False
) -> tuple[str, str]:
    """(display date, precision) for a window; honest about what is known.

    A single day: "13 Jul 2024" / day; a calendar month: "May 2024" / month; a calendar
    year: "2024" / year; a quarter: "Q2 2024"; a Monday–Sunday week: "week of 6 May 2024";
    any other window: "≈ " + its middle month (or year), with the precision its length allows.
    """
    if start is None or end is None:
        return "undated", "unknown"
    days = (end - start).days + 1
    if days == 1 and not approx:
        return f"{start.day} {_MONTHS[start.month - 1]} {start.year}", "day"
    if not approx and start.day == 1 and end == _month_end(start):
        return f"{_MONTHS[start.month - 1]} {start.year}", "month"
    if not approx and start.timetuple().tm_yday == 1 and end == _dt.date(start.year, 12, 31):
        return f"{start.year}", "year"
    if (
        not approx
        and start.day == 1
        and start.month in (1, 4, 7, 10)
        and end == _month_end(_dt.date(start.year, start.month + 2, 1))
    ):
        return f"Q{(start.month - 1) // 3 + 1} {start.year}", "quarter"
    if not approx and days == 7 and start.weekday() == 0:
        return f"week of {start.day} {_MONTHS[start.month - 1]} {start.year}", "week"
    if not approx and granularity == "season" and days <= 93:
        season = {3: "Spring", 6: "Summer", 9: "Autumn", 12: "Winter"}.get(start.month, "Season")
        return f"{season} {start.year}", "season"
    mid = start + (end - start) / 2
    if days <= 3:
        return f"≈ {mid.day} {_MONTHS[mid.month - 1]} {mid.year}", "day" if days == 1 else "week"
    if days <= 10:
        return f"≈ {mid.day} {_MONTHS[mid.month - 1]} {mid.year}", "week"
    if days <= 62:
        return f"≈ {_MONTHS[mid.month - 1]} {mid.year}", "month"
    if days <= 120:
        return f"≈ {_MONTHS[mid.month - 1]} {mid.year}", "quarter"
    if days <= 400:
        return f"≈ {mid.year}", "year"
    if days <= 4000:
        return f"≈ {mid.year // 10 * 10}s", "decade"
    return f"{start.year}–{end.year}", "decade"  # the coarsest precision the schema knows


def _best(members: list[MentionRecord], policy: MergePolicy) -> MentionRecord:
    """The most informative mention: strongly dated by its own time expression, in a main
    clause, asserted, with its actor as subject, with more actors and figures."""

    def key(r: MentionRecord) -> tuple:
        m = r.mention
        width = (r.latest - r.earliest).days if r.dated else 10**6  # type: ignore[operator]
        lead = r.clause[: max(0, m.trigger_start - m.char_start)]
        if m.time is not None and m.char_start <= m.time.start and m.time.end <= m.trigger_start:
            lead = lead.replace(m.time.text, " ")
        near = _actor_key(" ".join(lead.split()[-3:]))
        subject = any(k and (k in near or near.endswith(k.split()[-1])) for k in r.actor_keys)
        return (
            -int(r.dated),
            width,
            -int(m.time is not None),  # dated by its own time expression, not by a fallback
            -int(m.modality in _AFFIRMING),
            -int(subject),  # "Hamas attacked ..." reads better than "... taken by Hamas during their"
            min(len(lead.split()), 8),  # the event told first, not a reaction to it ("X deplored the bombing")
            -int((m.extra or {}).get("clause_kind") == "main"),
            -_MODALITY_WEIGHT.get(m.modality, 0.5),
            -min(len(m.actors), 3),
            -int(bool(m.figures)),
            r.published or _dt.date.max,
            r.article_id,
            m.char_start,
        )

    return min(members, key=key)


def _member_order(r: MentionRecord) -> tuple:
    return (r.published or _dt.date.max, r.article_id, r.mention.char_start, r.index)


def _merge_actors(members: list[MentionRecord]) -> list[str]:
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    spelling: dict[str, str] = {}
    n = 0
    for r in members:
        for a in r.mention.actors:
            k = _actor_key(a)
            if not k:
                continue
            # fold near-identical spellings ("Hamas's", "Hamas") into the first seen
            for known in first:
                if known == k or fuzz.ratio(known, k) >= 92:
                    k = known
                    break
            counts[k] += 1
            if k not in first:
                first[k] = n
                spelling[k] = a.strip()
                n += 1
    return [spelling[k] for k in sorted(counts, key=lambda k: (-counts[k], first[k]))]


def _figures(members: list[MentionRecord]) -> list[dict[str, Any]]:
    seen: dict[tuple, dict[str, Any]] = {}
    for r in members:
        for f in r.mention.figures:
            row = {
                "kind": f.kind,
                "value": int(f.value),
                "qualifier": f.qualifier,
                "claimant": f.claimant or r.mention.attribution,
                "article_id": r.article_id,
            }
            seen.setdefault(tuple(row.values()), row)
    return sorted(
        seen.values(), key=lambda d: (d["kind"], d["value"], d["qualifier"] or "", d["article_id"], d["claimant"] or "")
    )


def _figure_text(kind: str, value: int, qualifier: str | None) -> str:
    return f"{qualifier} {value:,}" if qualifier else f"{value:,}"


def _status(modalities: Iterable[str]) -> str:
    mods = set(modalities) or {"asserted"}
    for s in _STATUS_ORDER:
        if s in mods:
            return s
    return sorted(mods)[0]


def _conflicts(members: list[MentionRecord], figures: list[dict[str, Any]], tol: int) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    # dates: strongly dated members whose windows do not overlap
    dated = [r for r in members if r.dated]
    windows: dict[tuple, list[MentionRecord]] = defaultdict(list)
    for r in dated:
        windows[(r.earliest, r.latest)].append(r)
    if len(windows) > 1:
        keys = sorted(windows)
        disjoint = any(
            a[0] > b[1] or b[0] > a[1] for i, a in enumerate(keys) for b in keys[i + 1 :]
        )  # few distinct windows per event: the pairwise check is tiny
        if disjoint:
            # a window that contains another ("Aug 1998" around "7 Aug 1998") does not disagree
            minimal = [k for k in keys if not any(o != k and k[0] <= o[0] and o[1] <= k[1] for o in keys)]
            for k in minimal:
                rs = windows[k]
                rows.append(
                    {
                        "field": "date",
                        "value": describe_window(k[0], k[1])[0],
                        "sources": sorted({r.article_id for r in rs}),
                        "claimants": sorted({r.mention.attribution for r in rs if r.mention.attribution}),
                    }
                )
    # figures: one kind, several stated values
    by_kind: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for f in figures:
        by_kind[f["kind"]][_figure_text(f["kind"], f["value"], f["qualifier"])].append(f)
    for kind in sorted(by_kind):
        values = by_kind[kind]
        if len(values) < 2:
            continue
        for text in sorted(values, key=lambda t: (min(f["value"] for f in values[t]), t)):
            fs = values[text]
            rows.append(
                {
                    "field": f"figures.{kind}",
                    "value": text,
                    "sources": sorted({f["article_id"] for f in fs}),
                    "claimants": sorted({f["claimant"] for f in fs if f["claimant"]}),
                }
            )
    # claims: some mentions affirm the event, others deny it
    mods = {r.mention.modality for r in members}
    if mods & _AFFIRMING and "denied" in mods:
        by_mod: dict[str, list[MentionRecord]] = defaultdict(list)
        for r in members:
            by_mod[r.mention.modality].append(r)
        for mod in _STATUS_ORDER:
            if mod not in by_mod or mod in ("planned", "hypothetical"):
                continue
            rs = sorted(by_mod[mod], key=_member_order)
            rows.append(
                {
                    "field": "claim",
                    "value": f"{mod}: {ellipsize(rs[0].clause or rs[0].sentence, 90)}",
                    "sources": sorted({r.article_id for r in rs}),
                    "claimants": sorted({r.mention.attribution for r in rs if r.mention.attribution}),
                }
            )
    return rows


def _confidence(
    n_sources: int, precision: str, date_conflict: bool, dated: bool, status: str, stated: bool = True
) -> float:
    """confidence = 0.4·sources + 0.3·date + 0.3·modality (see docs/events.md)."""
    src = min(n_sources, 3) / 3
    if not dated:
        date_term = 0.2
    else:
        date_term = {"day": 1.0, "week": 0.85, "month": 0.7}.get(precision, 0.5)
        if date_conflict:
            date_term *= 0.5
        if not stated:  # dated only by a publication-date rule (headline, main event)
            date_term *= 0.6
    mod = _MODALITY_WEIGHT.get(status, 0.5)
    return round(0.4 * src + 0.3 * date_term + 0.3 * mod, 3)


_PUNCT_CUT = re.compile(r"(?<!\d),|,(?!\d)|[;:!?()\[\]\"“”]|(?<![A-Z])\.(?=\s|$)|\s[-—–]\s|—|–|\s[‘']|[’']\s")
_QUOTE = re.compile(r"[“\"]([^”\"]{3,}?)[”\"]")


@dataclass(frozen=True)
class _TitleWords:
    """The word classes titles are built with (``[title.words]`` of ``resources/merge.toml``)."""

    lead: frozenset[str]
    coordinators: frozenset[str]
    trail: frozenset[str]
    aux: frozenset[str]
    passive_aux: frozenset[str]
    negation: frozenset[str]
    death: frozenset[str]
    name_link: frozenset[str]
    relatives: frozenset[str]
    relative_pronouns: frozenset[str]
    pronouns: frozenset[str]
    subject_start: frozenset[str]
    time_prepositions: frozenset[str]
    prepositions: frozenset[str]
    numbers: frozenset[str]


@cache
def _tw() -> _TitleWords:
    words = _resources()["title"]["words"]
    numbers = frozenset(EventResources.default().compiled.fig_numbers) - {"a", "an"}
    return _TitleWords(numbers=numbers, **{k: frozenset(words[k]) for k in _TitleWords.__dataclass_fields__ if k != "numbers"})


def _norm_text(s: str) -> str:
    return " ".join(s.lower().split())


def _in_name(w: str) -> bool:
    return w[:1].isupper() or w.lower() in _tw().name_link


def _blank(text: str, a: int, b: int) -> str:
    """Blank text[a:b] (a time expression) with a preposition just before it and a comma
    just after, keeping offsets."""
    head = text[:a]
    m = re.search(r"(?:^|\s)(\w+)\s*,?\s*$", head)
    if m and m.group(1).lower() in _tw().time_prepositions:
        a = m.start(1)
    elif re.search(r",\s*$", head):
        a = head.rstrip().rfind(",")
    n = re.match(r"\s*,", text[b:])
    if n:
        b += n.end()
    return text[:a] + " " * (b - a) + text[b:]


def _title(best: MentionRecord, figures: list[dict[str, Any]]) -> str:
    """A short headline from the best mention: subject words + trigger + object words.

    Subject: the words before the trigger back to the last punctuation, at most
    ``max_words_before_trigger`` of them unless that would cut a name; a relative or content
    clause restarts it ("signs that [Israel is preparing]"), or keeps its antecedent ("[those
    in Israel] who will not agree"); leading auxiliaries of a subjectless predicate are dropped
    unless an actor leads or a negation must stay. Object: up to ``max_words_after_trigger``
    words after it (3 more to finish a phrase), cut at punctuation and at attribution and
    subordinating words. The time expression (with its preposition) is left out: the table has
    its own date column. The first actor leads when the words name no actor and have no
    subject, or replaces a subject pronoun. A killed figure becomes the subject of a passive
    "were killed" with no subject, or is appended when the headline counts nothing.
    Word classes: ``[title.words]`` of ``resources/merge.toml``.
    """
    cfg = _resources()["title"]
    tw = _tw()
    stop_after = frozenset(cfg["stop_before"])
    m = best.mention
    clause = best.clause
    t0, t1 = m.trigger_start - m.char_start, m.trigger_end - m.char_start
    if m.time is not None and m.char_start <= m.time.start and m.time.end <= m.char_end:
        a, b = m.time.start - m.char_start, m.time.end - m.char_start
        if b <= t0 or a >= t1:
            clause = _blank(clause, a, b)
    toll_subject = negated = False
    if not (0 <= t0 < t1 <= len(clause)):
        words = ([m.actors[0]] if m.actors else []) + [m.trigger or m.event_type]
        title = " ".join(words)
    else:
        segment = _PUNCT_CUT.split(clause[:t0])[-1].split()
        while segment and segment[-1].lower() in tw.relatives | tw.coordinators:
            segment.pop()
        rel = max((i for i, w in enumerate(segment) if w.lower() in tw.relatives), default=None)
        if rel is not None:
            # "those in Israel who will not agree": the antecedent is the subject; after "that"
            # ("signs that Israel is preparing") the clause starts afresh; a relative clause
            # that closed before the trigger ("A man [who is 40] was killed") is left out
            groups = [i for i in range(rel + 1, len(segment)) if segment[i].lower() in tw.aux and segment[i - 1].lower() not in tw.aux | tw.negation]
            pronoun = segment[rel].lower() in tw.relative_pronouns
            # ...unless a new subject opens the last group ("who were told [they] would be")
            if pronoun and rel > 0 and len(groups) >= 2 and segment[groups[-1] - 1].lower() not in tw.pronouns:
                segment = segment[:rel] + segment[groups[-1] :]
            elif pronoun and rel > 0:
                segment = segment[:rel] + segment[rel + 1 :]
            else:
                segment = segment[rel + 1 :]
        k = max(0, len(segment) - int(cfg["max_words_before_trigger"]))
        # not inside a name: "The United Nations Office for the Coordination of ... said"
        while 0 < k and len(segment) - k < 12 and _in_name(segment[k]) and _in_name(segment[k - 1]):
            k -= 1
        while 0 < k < len(segment) and segment[k].lower() in tw.name_link:
            k += 1  # cut mid-name at "of the ...": start at the next name word
        if 0 < k < len(segment) and segment[k - 1][:1].isupper() and not segment[k][:1].isupper():
            k -= 1  # "Israeli offensives forced ...": a capitalised modifier belongs to its noun
        before = segment[k:]
        while before and before[0].lower() in tw.lead:
            before.pop(0)
        aux: list[str] = []
        while before and before[0].lower() in tw.aux | tw.negation:  # a predicate without its subject
            aux.append(before.pop(0))
        negated = any(w.lower() in tw.negation for w in aux)
        after: list[str] = []
        words_after = _PUNCT_CUT.split(clause[t1:])[0].split()
        cap = int(cfg["max_words_after_trigger"])
        if len(words_after) <= cap + 3:
            cap += 3  # finish a phrase that is nearly whole ("the killings of multiple civilians")
        for w in words_after:
            if w.lower() in stop_after or len(after) >= cap:
                break
            after.append(w)
        while after and after[-1].lower() in tw.trail:
            after.pop()
        if before and before[0].lower() in tw.prepositions:  # "In a second day of": no subject
            before = []
        trigger = clause[t0:t1]
        body = " ".join(x for x in (" ".join(before), trigger, " ".join(after)) if x)
        named = any(_actor_key(x) and _actor_key(x) in _actor_key(body) for x in m.actors)
        # a subject starts with a capital or a determiner; "said in ...", "had been ..." do not
        subject = bool(before) and (
            before[0][:1].isupper() or before[0][:1].isdigit() or before[0].lower() in tw.subject_start | tw.numbers
        )
        # "(at least eight people) were [killed in three strikes]": the title starts at a death
        # word right after a passive auxiliary that was left out with its subject
        first_word = before[0] if before else trigger
        gone = len(segment) - len(before)  # `before` is a tail of `segment`
        passive = gone > 0 and segment[gone - 1].lower() in tw.passive_aux
        toll_subject = passive and first_word.lower() in tw.death and not negated
        # a negated predicate gets no guessed actor: a wrong one would state the opposite of a claim
        lead_actor = bool(m.actors) and not named and not toll_subject and not negated
        if lead_actor and before and before[0].lower() in tw.pronouns:
            before = [m.actors[0]] + before[1:]  # "it is ready to agree" -> "Hamas is ready to agree"
        elif lead_actor and (aux or (before and not subject)):
            before = [m.actors[0]] + aux + before  # "Hamas “is however ready ...”": the verb stays
        elif negated:
            before = aux + before  # "will not agree": never the opposite claim
        body = " ".join(x for x in (" ".join(before), trigger, " ".join(after)) if x)
        title = body
        if not after:  # "Hamas stated": say what, from the sentence's first quotation
            q = next((q for q in _QUOTE.finditer(best.sentence or "") if len(q.group(1).split()) >= 2), None)
            if q and _norm_text(q.group(1))[:30] not in _norm_text(title):  # a quotation, not a scare-quoted word
                words = q.group(1).split()
                said = " ".join(words[:8]).rstrip(" .,;:") + ("…" if len(words) > 8 else "")
                title = f"{title}: “{said}”"
    own = {(f.kind, f.value) for f in m.figures}
    killed = [f for f in figures if f["kind"] in ("killed", "dead", "deaths")]
    killed = [f for f in killed if (f["kind"], f["value"]) in own and f["article_id"] == best.article_id] or killed
    counted = bool(re.search(r"\d", title)) or any(w.lower().strip(",.") in tw.numbers for w in title.split())
    if killed and not negated and (toll_subject or not counted):  # "had not been killed, 5 killed": no
        support = Counter((f["value"], f["qualifier"] or "") for f in killed)
        f = min(killed, key=lambda f: (-support[(f["value"], f["qualifier"] or "")], -f["value"], f["article_id"]))
        toll = f"{_figure_text(f['kind'], f['value'], f['qualifier'])} killed"
        if toll_subject:  # "killed in three separate strikes": the toll is the subject
            title = f"{toll} {title.split(None, 1)[1] if len(title.split()) > 1 else ''}".strip()
        else:
            title = f"{title}, {toll}"
    title = " ".join(title.split()).rstrip(" .,;:-–—")
    return title[:1].upper() + title[1:]


def summarise(members: list[MentionRecord], policy: MergePolicy) -> MergedEvent:
    """One event from its mentions: window, precision, title, status, figures, conflicts."""
    members = sorted(members, key=_member_order)
    best = _best(members, policy)
    dated = [r for r in members if r.dated]
    granularity = None
    approx = False
    if dated:
        lo = max(r.earliest for r in dated)  # type: ignore[type-var]
        hi = min(r.latest for r in dated)  # type: ignore[type-var]
        if lo > hi:  # sources disagree: the window most sources give (then the earliest)
            support: dict[tuple, set[str]] = defaultdict(set)
            for r in dated:
                support[(r.earliest, r.latest)].add(r.source_id)
            lo, hi = min(support, key=lambda k: (-len(support[k]), k))
        carriers = [r for r in dated if (r.earliest, r.latest) == (lo, hi)]
        if carriers:
            t = carriers[0].mention.time
            granularity = t.granularity if t is not None else None
            approx = bool(t is not None and t.mod == "APPROX")
        start, end = lo, hi
    else:
        # no mention dates it by a time expression: keep the window of weak links
        # (headline/publication rules), the one most sources give
        weak = [
            r for r in members if r.mention.earliest is not None and r.mention.latest is not None and not r.after_publication
        ]
        if weak:
            wsupport: dict[tuple, set[str]] = defaultdict(set)
            for r in weak:
                wsupport[(r.mention.earliest, r.mention.latest)].add(r.source_id)
            start, end = min(wsupport, key=lambda k: (-len(wsupport[k]), k))
        else:
            start = end = None
    date, precision = describe_window(start, end, granularity, approx)
    first_dated = sorted(dated, key=_member_order)
    date_text = ""
    for r in first_dated:
        if r.mention.time is not None:
            date_text = r.mention.time.text
            break
    figures = _figures(members)
    conflicts = _conflicts(members, figures, policy.date_tolerance_days)
    status = _status(r.mention.modality for r in members)
    source_ids = {r.source_id for r in members}
    n_sources = len(source_ids)
    sources = sorted({r.article_id for r in members})
    outlets = sorted({r.outlet for r in members if r.outlet})
    date_conflict = any(c["field"] == "date" for c in conflicts)
    confidence = _confidence(n_sources, precision, date_conflict, start is not None, status, stated=bool(dated))
    return MergedEvent(
        members=members,
        best=best,
        start=start,
        end=end,
        precision=precision,
        date=date,
        date_text=date_text,
        title=_title(best, figures),
        event_type=best.mention.event_type,
        actors=_merge_actors(members),
        figures=figures,
        status=status,
        n_sources=n_sources,
        sources=sources,
        outlets=outlets,
        confidence=confidence,
        quote=" ".join((best.sentence or best.mention.quote or best.clause).split()),
        conflicts=conflicts,
    )


def merge_mentions(records: Sequence[MentionRecord], policy: MergePolicy | None = None) -> list[MergedEvent]:
    """Prepare, cluster and summarise `records`; events in no particular order."""
    policy = policy or MergePolicy.default()
    for r in records:
        prepare(r, policy)
    weigh_names(records)
    return [summarise([records[p] for p in group], policy) for group in cluster_mentions(records, policy)]
