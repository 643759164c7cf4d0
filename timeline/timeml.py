"""TimeML in and out, and TempEval-3 scoring of temporal expressions.

Reads TimeML (plain TEXT, TIMEX3 offsets, DCT), writes tagged text as TimeML, and scores
predictions against gold: strict/relaxed P/R/F1, value and type F1.
"""

from __future__ import annotations

import datetime as _dt
import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from timeline.errors import InputError, UnreadableFileError

__all__ = [
    "GoldTimex",
    "TimeMLDocument",
    "ErrorRecord",
    "Scores",
    "read_timeml",
    "read_timeml_dir",
    "to_timeml",
    "score",
    "evaluate",
]

ERROR_KINDS = ("missed", "spurious", "span", "value", "type")


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """One TIMEX3 of a TimeML document, at ``document.text[start:end]``."""

    tid: str
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    attrs: dict[str, str] = field(default_factory=dict, compare=False, hash=False)


@dataclass(slots=True)
class TimeMLDocument:
    """A TimeML document: its id, creation date, plain TEXT and the TIMEX3 inside TEXT."""

    doc_id: str
    dct: _dt.date | None
    text: str
    timexes: list[GoldTimex]
    path: Path | None = None


@dataclass(frozen=True, slots=True)
class ErrorRecord:
    """One disagreement between gold and prediction.

    kind: ``missed`` (gold not found), ``spurious`` (prediction matching no gold),
    ``span`` (overlap but not the exact span), ``value`` or ``type`` (matched, attribute differs).
    gold / predicted: ``{"text", "start", "end", "type", "value"}`` or None.
    """

    doc_id: str
    kind: str
    gold: dict[str, Any] | None
    predicted: dict[str, Any] | None
    context: str


@dataclass(slots=True)
class Scores:
    """TempEval-3 scores, micro-averaged over documents.

    value_f1 / type_f1 are relaxed F1 times the attribute accuracy over relaxed matches
    (equivalently, the F1 of matches whose attribute is also right). ``counts`` holds
    documents, gold, predicted, strict, relaxed, value_correct, type_correct.
    ``seconds`` / ``chars`` / ``chars_per_second`` are filled by `evaluate` (tagging time only).
    """

    strict_p: float
    strict_r: float
    strict_f1: float
    relaxed_p: float
    relaxed_r: float
    relaxed_f1: float
    value_accuracy: float
    type_accuracy: float
    value_f1: float
    type_f1: float
    counts: dict[str, int]
    errors: list[ErrorRecord] = field(default_factory=list)
    seconds: float | None = None
    chars: int | None = None
    chars_per_second: float | None = None

    def to_dict(self, *, errors: bool = False) -> dict[str, Any]:
        """A JSON-friendly dict; the error list only when ``errors`` is true."""
        d = asdict(self)
        if not errors:
            d.pop("errors")
        return d

    def table(self) -> str:
        """The scores as a small fixed-width text table."""
        c = self.counts
        lines = [
            f"TempEval-3 TIMEX3 scores: {c['documents']:,} documents, "
            f"{c['gold']:,} gold, {c['predicted']:,} predicted",
            f"{'':9}{'P':>7}{'R':>7}{'F1':>7}",
            f"{'strict':9}{self.strict_p:7.3f}{self.strict_r:7.3f}{self.strict_f1:7.3f}",
            f"{'relaxed':9}{self.relaxed_p:7.3f}{self.relaxed_r:7.3f}{self.relaxed_f1:7.3f}",
            f"{'value':9}{'':14}{self.value_f1:7.3f}   (accuracy {self.value_accuracy:.3f})",
            f"{'type':9}{'':14}{self.type_f1:7.3f}   (accuracy {self.type_accuracy:.3f})",
        ]
        if self.seconds is not None:
            lines.append(
                f"tagging: {self.seconds:.2f} s for {self.chars or 0:,} chars"
                f" = {self.chars_per_second or 0:,.0f} chars/s"
            )
        return "\n".join(lines)


# ---------------------------------------------------------------------------
# reading


def _walk(el: ET.Element, parts: list[str], pos: int, found: list[tuple[ET.Element, int, int]]) -> int:
    """Append the text of `el` (tags stripped) to `parts`; record each TIMEX3's offsets."""
    start = pos
    if el.text:
        parts.append(el.text)
        pos += len(el.text)
    for child in el:
        pos = _walk(child, parts, pos, found)
        if child.tail:
            parts.append(child.tail)
            pos += len(child.tail)
    if el.tag == "TIMEX3":
        found.append((el, start, pos))
    return pos


def _parse_dct(value: str | None) -> _dt.date | None:
    if not value:
        return None
    try:
        return _dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _document_from_root(root: ET.Element, doc_id: str, path: Path | None) -> TimeMLDocument:
    where = str(path) if path is not None else doc_id or "<string>"
    text_el = root if root.tag == "TEXT" else root.find(".//TEXT")
    if text_el is None:
        raise InputError(f"{where}: not a TimeML document (no <TEXT> element)")
    parts: list[str] = []
    found: list[tuple[ET.Element, int, int]] = []
    # the TEXT element's own tail is outside TEXT; _walk never reads el.tail of the root
    _walk(text_el, parts, 0, found)
    text = "".join(parts)
    timexes = []
    for el, start, end in found:
        if el.get("functionInDocument") == "CREATION_TIME":
            continue
        attrs = dict(el.attrib)
        timexes.append(
            GoldTimex(
                tid=attrs.get("tid", ""),
                start=start,
                end=end,
                text=text[start:end],
                type=attrs.get("type", ""),
                value=attrs.get("value", ""),
                mod=attrs.get("mod"),
                attrs=attrs,
            )
        )
    timexes.sort(key=lambda t: (t.start, t.end))
    dct = None
    dct_el = root.find("DCT")
    if dct_el is not None:
        t = dct_el.find(".//TIMEX3")
        dct = _parse_dct(t.get("value") if t is not None else (dct_el.text or "").strip())
    if dct is None:  # some files only mark the creation time with functionInDocument
        for t in root.iter("TIMEX3"):
            if t.get("functionInDocument") == "CREATION_TIME":
                dct = _parse_dct(t.get("value"))
                break
    docid_el = root.find("DOCID")
    if docid_el is not None and (docid_el.text or "").strip():
        doc_id = docid_el.text.strip()
    return TimeMLDocument(doc_id=doc_id, dct=dct, text=text, timexes=timexes, path=path)


def read_timeml(source: str | Path) -> TimeMLDocument:
    """Read one TimeML document from a path (or from a string that starts with ``<``).

    Raises UnreadableFileError when the file cannot be read or is not well-formed XML,
    InputError when it has no ``<TEXT>`` element.
    """
    if isinstance(source, str) and source.lstrip().startswith("<"):
        try:
            root = ET.fromstring(source)
        except ET.ParseError as exc:
            raise UnreadableFileError(f"<string>: not well-formed TimeML XML ({exc})") from exc
        return _document_from_root(root, "", None)
    if not isinstance(source, (str, Path)):
        raise InputError(f"read_timeml expects a path or a TimeML string, not {type(source).__name__}")
    path = Path(source)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableFileError(f"{path}: cannot read TimeML file ({exc.strerror or exc})") from exc
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise UnreadableFileError(f"{path}: not well-formed TimeML XML ({exc}); fix or remove the file") from exc
    return _document_from_root(root, path.stem, path)


def read_timeml_dir(path: str | Path) -> list[TimeMLDocument]:
    """Read every ``*.tml`` under `path` (recursively), sorted by file name; a file path reads that one."""
    p = Path(path)
    if p.is_file():
        return [read_timeml(p)]
    if not p.is_dir():
        raise UnreadableFileError(f"{p}: no such TimeML file or directory")
    files = sorted(p.rglob("*.tml"), key=lambda f: (f.name, str(f)))
    if not files:
        raise InputError(f"{p}: no *.tml files found")
    return [read_timeml(f) for f in files]


# ---------------------------------------------------------------------------
# writing

_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _esc(s: str, *, attr: bool = False) -> str:
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    if attr:
        s = s.replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")
    return s


def _get(m: Any, name: str, default: Any = None) -> Any:
    if isinstance(m, Mapping):
        return m.get(name, default)
    return getattr(m, name, default)


def to_timeml(
    text: str,
    mentions: Iterable[Any],
    *,
    doc_id: str = "",
    dct: _dt.date | _dt.datetime | str | None = None,
) -> str:
    """Write `text` with its time `mentions` as a TimeML document (TIMEX3 inside TEXT).

    `mentions` are TimeMention-like (``start``, ``end``, ``type``, ``value``, optional
    ``mod``/``quant``/``freq``), non-overlapping. ``read_timeml`` of the result gives back
    `text` and the same spans and values.
    """
    if not isinstance(text, str):
        raise InputError(f"to_timeml expects text as str, not {type(text).__name__}")
    bad = _INVALID_XML.search(text)
    if bad:
        raise InputError(
            f"text contains the character {bad.group()!r} at offset {bad.start()}, which XML 1.0 cannot hold"
        )
    ms = sorted(mentions, key=lambda m: (_get(m, "start"), _get(m, "end")))
    out: list[str] = ['<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n']
    if doc_id:
        out.append(f"<DOCID>{_esc(doc_id)}</DOCID>\n")
    if dct is not None:
        if isinstance(dct, (_dt.date, _dt.datetime)):
            dct_value = dct.isoformat()
        else:
            dct_value = str(dct)
        out.append(
            f'<DCT><TIMEX3 tid="t0" type="DATE" value="{_esc(dct_value, attr=True)}" '
            f'temporalFunction="false" functionInDocument="CREATION_TIME">{_esc(dct_value)}</TIMEX3></DCT>\n'
        )
    out.append("<TEXT>")
    pos = 0
    for i, m in enumerate(ms, 1):
        start, end = _get(m, "start"), _get(m, "end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
            raise InputError(f"mention {i} has offsets {start!r}..{end!r} outside the text (length {len(text)})")
        if start < pos:
            raise InputError(f"mention {i} at {start}..{end} overlaps the previous one; TIMEX3 cannot overlap")
        attrs = [("tid", f"t{i}"), ("type", _get(m, "type") or "DATE"), ("value", _get(m, "value") or "")]
        for name in ("mod", "quant", "freq"):
            v = _get(m, name)
            if v:
                attrs.append((name, str(v)))
        attr_s = " ".join(f'{k}="{_esc(str(v), attr=True)}"' for k, v in attrs)
        out.append(_esc(text[pos:start]))
        out.append(f"<TIMEX3 {attr_s}>{_esc(text[start:end])}</TIMEX3>")
        pos = end
    out.append(_esc(text[pos:]))
    out.append("</TEXT>\n</TimeML>\n")
    return "".join(out)


# ---------------------------------------------------------------------------
# scoring


@dataclass(slots=True)
class _Span:
    start: int
    end: int
    text: str
    type: str
    value: str


def _span_of(m: Any, text: str) -> _Span:
    start, end = _get(m, "start"), _get(m, "end")
    if not (isinstance(start, int) and isinstance(end, int) and start <= end):
        raise InputError(f"predicted mention {m!r} has no usable start/end offsets")
    t = _get(m, "text")
    return _Span(start, end, t if t is not None else text[start:end], str(_get(m, "type") or ""), str(_get(m, "value") or ""))


def _match(gold: Sequence[_Span], pred: Sequence[_Span]) -> list[tuple[int, int]]:
    """One-to-one matching of overlapping spans: exact matches first, then larger overlaps."""
    candidates = []
    pred_order = sorted(range(len(pred)), key=lambda j: pred[j].start)
    for gi, g in enumerate(gold):
        for j in pred_order:
            p = pred[j]
            if p.start >= g.end:
                break
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if overlap > 0 or (g.start == p.start and g.end == p.end):
                exact = g.start == p.start and g.end == p.end
                candidates.append((not exact, -overlap, abs(g.start - p.start), gi, j))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, _, _, gi, j in candidates:
        if gi in used_g or j in used_p:
            continue
        used_g.add(gi)
        used_p.add(j)
        pairs.append((gi, j))
    return sorted(pairs)


def _context(text: str, start: int, end: int, width: int = 60) -> str:
    half = max(0, (width - (end - start)) // 2)
    a, b = max(0, start - half), min(len(text), end + half)
    s = text[a:start] + "[" + text[start:end] + "]" + text[end:b]
    return " ".join(s.split())


def _prf(match: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = match / n_pred if n_pred else 0.0
    r = match / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(gold: Sequence[TimeMLDocument], predicted: Mapping[str, Iterable[Any]]) -> Scores:
    """Score `predicted` (doc_id -> mentions with start/end/type/value) against `gold`.

    TempEval-3 conventions: strict = exact offsets; relaxed = any overlap, one-to-one;
    value/type F1 = relaxed F1 x accuracy of that attribute over the relaxed matches
    (exact string comparison). Creation-time TIMEX3 are already excluded by the reader.
    A document missing from `predicted` counts as having no predictions.
    """
    ids = [doc.doc_id for doc in gold]
    if len(set(ids)) != len(ids):
        dup = next(i for i in ids if ids.count(i) > 1)
        raise InputError(f"two gold documents share the id {dup!r}; predictions are matched to documents by id")
    counts = dict(documents=0, gold=0, predicted=0, strict=0, relaxed=0, value_correct=0, type_correct=0)
    errors: list[ErrorRecord] = []
    for doc in gold:
        counts["documents"] += 1
        g = [_Span(t.start, t.end, t.text, t.type, t.value) for t in doc.timexes]
        p = [_span_of(m, doc.text) for m in predicted.get(doc.doc_id, ())]
        p.sort(key=lambda s: (s.start, s.end))
        counts["gold"] += len(g)
        counts["predicted"] += len(p)
        pairs = _match(g, p)
        matched_g = {gi for gi, _ in pairs}
        matched_p = {j for _, j in pairs}

        def rec(kind: str, gs: _Span | None, ps: _Span | None) -> None:
            a = min(x.start for x in (gs, ps) if x is not None)
            b = max(x.end for x in (gs, ps) if x is not None)
            errors.append(
                ErrorRecord(
                    doc.doc_id,
                    kind,
                    None if gs is None else dict(text=gs.text, start=gs.start, end=gs.end, type=gs.type, value=gs.value),
                    None if ps is None else dict(text=ps.text, start=ps.start, end=ps.end, type=ps.type, value=ps.value),
                    _context(doc.text, a, b),
                )
            )

        for gi, j in pairs:
            gs, ps = g[gi], p[j]
            counts["relaxed"] += 1
            if gs.start == ps.start and gs.end == ps.end:
                counts["strict"] += 1
            else:
                rec("span", gs, ps)
            if gs.value == ps.value:
                counts["value_correct"] += 1
            else:
                rec("value", gs, ps)
            if gs.type == ps.type:
                counts["type_correct"] += 1
            else:
                rec("type", gs, ps)
        for gi, gs in enumerate(g):
            if gi not in matched_g:
                rec("missed", gs, None)
        for j, ps in enumerate(p):
            if j not in matched_p:
                rec("spurious", None, ps)
    errors.sort(key=lambda e: (e.doc_id, (e.gold or e.predicted or {}).get("start", 0), ERROR_KINDS.index(e.kind)))
    sp, sr, sf = _prf(counts["strict"], counts["predicted"], counts["gold"])
    rp, rr, rf = _prf(counts["relaxed"], counts["predicted"], counts["gold"])
    va = counts["value_correct"] / counts["relaxed"] if counts["relaxed"] else 0.0
    ta = counts["type_correct"] / counts["relaxed"] if counts["relaxed"] else 0.0
    return Scores(sp, sr, sf, rp, rr, rf, va, ta, rf * va, rf * ta, counts, errors)


def _default_tagger() -> Callable[..., list[Any]]:
    from timeline.temporal import tag

    return tag


def evaluate(
    gold_dir: str | Path | Sequence[TimeMLDocument],
    tagger: Callable[..., Iterable[Any]] | None = None,
    *,
    limit: int | None = None,
) -> Scores:
    """Tag each gold document's TEXT with its DCT as reference and score the result.

    `tagger(text, reference)` defaults to `timeline.tag`. Only the tagging calls are
    timed; the returned Scores carry ``seconds``, ``chars`` and ``chars_per_second``.
    """
    docs = list(gold_dir) if isinstance(gold_dir, Sequence) and not isinstance(gold_dir, str) else read_timeml_dir(gold_dir)
    if limit is not None:
        docs = docs[: max(0, limit)]
    fn = tagger if tagger is not None else _default_tagger()
    predicted: dict[str, list[Any]] = {}
    elapsed = 0.0
    chars = 0
    for doc in docs:
        t0 = time.perf_counter()
        try:
            predicted[doc.doc_id] = list(fn(doc.text, doc.dct))
        except Exception as exc:
            exc.add_note(f"while tagging TimeML document {doc.doc_id!r} ({doc.path or 'no path'})")
            raise
        elapsed += time.perf_counter() - t0
        chars += len(doc.text)
    result = score(docs, predicted)
    result.seconds = elapsed
    result.chars = chars
    result.chars_per_second = chars / elapsed if elapsed > 0 else None
    return result
