"""Articles: the `Article` record and the readers that turn a corpus into articles.

`read_articles` reads a folder of .txt/.html files (with an optional manifest), a JSONL or
CSV file, a pandas DataFrame, or an iterable of dicts/Articles. Every input item becomes an
`Article` or a recorded `ReadProblem`: nothing is dropped silently. See docs/articles.md.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as _dt
import hashlib
import json
import os
import re
import sys
import unicodedata
import warnings as _warnings
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from timeline._ellipsis import ellipsize
from timeline._pubdate import DateValueError, find_header_date, parse_date_value
from timeline._textio import UndecodableError, decode_bytes
from timeline.errors import (
    ArticleProblemError,
    InputError,
    ManifestError,
    ReferenceDateError,
    TimelineWarning,
    UnreadableFileError,
)

__all__ = ["Article", "Articles", "ReadProblem", "read_articles", "iter_articles"]

#: where `Article.published` came from
PUBLISHED_SOURCES = ("manifest", "header", "given", "html")
#: problem kinds that inform but do not mean anything was lost or wrong (strict mode ignores them)
INFORMATIONAL_KINDS = frozenset({"duplicate", "encoding"})
#: file suffixes read as articles in a folder
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
#: files bigger than this are refused (kind "too_large") rather than read into memory
MAX_FILE_BYTES = 64 * 1024 * 1024

#: problems listed by Articles.summary() (all stay in .problems)
_SUMMARY_MAX = 50
_MANIFEST_NAMES = ("manifest.csv", "manifest.jsonl")
# column name (normalised) -> field
_ALIASES = {
    "id": "id",
    "article_id": "id",
    "file": "file",
    "filename": "file",
    "file_name": "file",
    "text": "text",
    "body": "text",
    "published": "published",
    "date": "published",
    "published_at": "published",
    "publication_date": "published",
    "pubdate": "published",
    "outlet": "outlet",
    "publisher": "outlet",
    "url": "url",
    "link": "url",
    "title": "title",
    "headline": "title",
    "language": "language",
    "lang": "language",
}


@dataclass(frozen=True)
class Article:
    """One news article: its text and what is known about its publication.

    Attributes:
        id: unique within a corpus (file stem for folders; ``id`` column, else 1-based row number).
        text: the article text. Every character offset in `timeline` indexes this string.
            Read from a file it is the decoded file content verbatim (a byte-order mark
            removed; line endings, NBSP, smart quotes kept); from HTML, the extracted text.
        published: the publication date (a ``date``, or a ``datetime`` when a time was given).
        published_source: where `published` came from: ``"manifest"``, ``"header"`` (a date
            line at the top of the text), ``"given"`` (a table column or the constructor),
            ``"html"`` (``<time datetime>``/``article:published_time``), or None.
        outlet, url, title, language: as given, or detected (title).
        metadata: every other manifest/table column, plus reader notes such as
            ``extracted_from_html``.
        path: the file the text was read from, if any.
        encoding: the encoding the file was decoded with.
        duplicate_of: the id of an earlier article with the same normalised text.
        warnings: caveats found while reading (no date, guessed encoding, duplicate...).
    """

    id: str
    text: str
    published: _dt.date | _dt.datetime | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    language: str = "en"
    metadata: dict[str, Any] = field(default_factory=dict, compare=False)
    published_source: str | None = None
    path: str | None = None
    encoding: str | None = None
    duplicate_of: str | None = None
    warnings: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        if isinstance(self.id, int) and not isinstance(self.id, bool):
            set_(self, "id", str(self.id))
        if not isinstance(self.id, str) or not self.id:
            raise InputError(f"Article id must be a non-empty string, got {self.id!r}")
        if not isinstance(self.text, str):
            raise InputError(f"Article {self.id!r}: text must be a str, got {type(self.text).__name__}")
        if self.published is not None and not isinstance(self.published, _dt.date):
            try:
                set_(self, "published", parse_date_value(self.published))
            except DateValueError as exc:
                raise ReferenceDateError(f"Article {self.id!r}: published: {exc}") from None
        if self.published is not None and self.published_source is None:
            set_(self, "published_source", "given")
        if self.published_source is not None and self.published_source not in PUBLISHED_SOURCES:
            raise InputError(f"published_source must be one of {PUBLISHED_SOURCES}, got {self.published_source!r}")
        if self.metadata is None:
            set_(self, "metadata", {})
        if not isinstance(self.warnings, tuple):
            set_(self, "warnings", tuple(self.warnings))
        if not self.language:
            set_(self, "language", "en")

    @property
    def reference(self) -> _dt.date | None:
        """The publication day: what relative expressions in the text are resolved against."""
        p = self.published
        if isinstance(p, _dt.datetime):
            return p.date()
        return p

    def replace(self, **changes: Any) -> Article:
        """A copy with some fields changed (the record itself is immutable)."""
        return dataclasses.replace(self, **changes)

    def __repr__(self) -> str:
        bits = [f"id={self.id!r}"]
        if self.published is not None:
            bits.append(f"published={self.published.isoformat()!r} ({self.published_source})")
        for name in ("outlet", "title", "duplicate_of"):
            v = getattr(self, name)
            if v:
                bits.append(f"{name}={ellipsize(v)!r}")
        bits.append(f"chars={len(self.text)}")
        if self.warnings:
            bits.append(f"warnings={len(self.warnings)}")
        return f"Article({', '.join(bits)})"


@dataclass(frozen=True)
class ReadProblem:
    """Something in the input that did not become a clean article.

    ``source`` names the file, or the manifest/table and row; ``kind`` is one of
    ``unreadable``, ``empty``, ``missing_file``, ``bad_manifest``, ``bad_row``, ``bad_date``,
    ``no_date``, ``duplicate``, ``duplicate_id``, ``too_large``.
    """

    source: str
    reason: str
    kind: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason} [{self.kind}]"


class Articles(list[Article]):
    """A list of `Article` that also keeps the problems met while reading (`problems`)."""

    def __init__(self, items: Iterable[Article] = (), problems: Iterable[ReadProblem] = ()) -> None:
        super().__init__(items)
        self.problems: list[ReadProblem] = list(problems)

    def summary(self) -> str:
        """A short human-readable account: how many articles, where dates came from, every problem."""
        n = len(self)
        sources: dict[str, int] = {}
        for a in self:
            key = a.published_source or "none"
            sources[key] = sources.get(key, 0) + 1
        dated = ", ".join(f"{v} from {k}" for k, v in sorted(sources.items()) if k != "none")
        undated = sources.get("none", 0)
        dups = sum(1 for a in self if a.duplicate_of)
        lines = [
            f"{n} article{'s' if n != 1 else ''} read"
            + (f"; dates: {dated}" if dated else "")
            + f"; {undated} without a date; {dups} duplicate{'s' if dups != 1 else ''}"
        ]
        if self.problems:
            lines.append(f"{len(self.problems)} problem{'s' if len(self.problems) != 1 else ''}:")
            lines.extend(f"  - {p}" for p in self.problems[:_SUMMARY_MAX])
            if len(self.problems) > _SUMMARY_MAX:
                lines.append(f"  ... and {len(self.problems) - _SUMMARY_MAX} more (all in .problems)")
        else:
            lines.append("no problems")
        return "\n".join(lines)

    def __repr__(self) -> str:
        return f"Articles({list.__repr__(self)}, problems={len(self.problems)})"


# -- public readers -----------------------------------------------------------------------


def read_articles(
    source: Any,
    *,
    strict: bool = False,
    manifest: Any = None,
    language: str = "en",
) -> Articles:
    """Read a corpus into `Articles`.

    Args:
        source: a folder of ``.txt``/``.html``/``.htm`` files (with ``manifest.csv`` or
            ``manifest.jsonl`` inside, optional), a ``.jsonl``/``.csv``/``.tsv``/``.json`` file,
            one ``.txt``/``.html`` file, a pandas DataFrame, or an iterable of dicts/`Article`.
        strict: raise instead of recording: `ManifestError` for a bad manifest row,
            `ArticleProblemError` (listing every problem) after reading, if any problem
            other than an informational duplicate was recorded.
        manifest: a manifest for a folder (path, DataFrame or iterable of dicts),
            instead of the one found in the folder.
        language: the language of articles that do not say.

    Every item becomes an `Article` or a `ReadProblem` in ``.problems``; articles without
    a publication date are kept, flagged, and reported by one `TimelineWarning`.
    """
    items, undated = _read_quietly(source, strict=strict, manifest=manifest, language=language)
    _warn_undated(undated, stacklevel=3)
    if strict:
        serious = [p for p in items.problems if p.kind not in INFORMATIONAL_KINDS]
        if serious:
            err = ArticleProblemError(
                f"{len(serious)} problem(s) while reading articles:\n" + "\n".join(f"  - {p}" for p in serious)
            )
            err.problems = serious  # type: ignore[attr-defined]
            raise err
    return items


def iter_articles(
    source: Any,
    *,
    strict: bool = False,
    manifest: Any = None,
    language: str = "en",
) -> Iterator[Article | ReadProblem]:
    """Stream a corpus: yields each `Article`, and a `ReadProblem` after any item that has one.

    Takes the same sources as `read_articles` and holds one article at a time (plus a
    small digest per article for duplicate detection). Each undated article also raises a
    `TimelineWarning`. With ``strict=True`` the first serious problem raises
    `ArticleProblemError` (or `ManifestError` for a manifest row). Arguments are checked
    at call time.
    """
    gen = _iterate(source, manifest=manifest, strict=strict, language=language)

    def stream() -> Iterator[Article | ReadProblem]:
        for item in gen:
            if isinstance(item, ReadProblem):
                if item.kind == "no_date":
                    _warnings.warn(f"{item.source}: {item.reason}", TimelineWarning, stacklevel=2)
                if strict and item.kind not in INFORMATIONAL_KINDS:
                    err = ArticleProblemError(f"problem while reading articles: {item}")
                    err.problems = [item]  # type: ignore[attr-defined]
                    raise err
            yield item

    return stream()


# -- dispatch ------------------------------------------------------------------------------


def _iterate(source: Any, *, manifest: Any, strict: bool, language: str) -> Iterator[Article | ReadProblem]:
    """Check the arguments now; return the generator that reads and post-processes."""
    if not isinstance(language, str) or not language:
        raise InputError(f"language must be a language code such as 'en', got {language!r}")
    raw = _raw_items(source, manifest=manifest, strict=strict, language=language)
    return _finish(raw)


_ACCEPTS = (
    "read_articles accepts a folder or file path (.txt/.html/.htm files, .csv, .tsv, .jsonl, .json), "
    "a pandas DataFrame, or an iterable of dicts/Article"
)


def _raw_items(source: Any, *, manifest: Any, strict: bool, language: str) -> Iterator[Article | ReadProblem]:
    if isinstance(source, Article):
        return iter([source])
    if isinstance(source, (str, os.PathLike)):
        if isinstance(source, str) and ("\n" in source or len(source) > 4096):
            raise InputError(f"{_ACCEPTS}; got a string that looks like article text, not a path "
                             "(wrap it: Article(id='a', text=...))")
        path = Path(source)
        if not path.exists():
            raise UnreadableFileError(f"no such file or folder: {str(path)!r}")
        if path.is_dir():
            return _iter_folder(path, manifest, strict, language)
        if manifest is not None:
            raise InputError("manifest= applies to a folder source only")
        suffix = path.suffix.lower()
        if suffix in (".csv", ".tsv"):
            rows = _csv_rows(path)
        elif suffix in (".jsonl", ".ndjson"):
            rows = _jsonl_rows(path)
        elif suffix == ".json":
            rows = _json_rows(path)
        else:
            return iter(_read_file(path, row=None, origin=str(path), label=None, language=language))
        return _iter_table(rows, base=path.parent, strict=strict, language=language, origin=str(path))
    if _is_dataframe(source):
        if manifest is not None:
            raise InputError("manifest= applies to a folder source only")
        return _iter_table(_frame_rows(source), base=Path.cwd(), strict=strict, language=language, origin="DataFrame")
    if isinstance(source, Mapping):
        return _iter_table(_iterable_rows([source]), base=Path.cwd(), strict=strict, language=language, origin="dict")
    if isinstance(source, (bytes, bytearray)) or not isinstance(source, Iterable):
        raise InputError(f"{_ACCEPTS}; got {type(source).__name__} {ellipsize(repr(source))}")
    if manifest is not None:
        raise InputError("manifest= applies to a folder source only")
    return _iter_table(_iterable_rows(source), base=Path.cwd(), strict=strict, language=language, origin="item")


def _is_dataframe(obj: Any) -> bool:
    module = type(obj).__module__
    return module.split(".")[0] in ("pandas", "dask") and hasattr(obj, "columns") and hasattr(obj, "itertuples")


# -- post-processing: ids, duplicates, undated ---------------------------------------------


def _read_quietly(source: Any, *, strict: bool = False, manifest: Any = None, language: str = "en") -> tuple[Articles, list[str]]:
    """`read_articles` without its warning: the articles and the sources of the undated ones
    (for a caller that warns once for many reads, such as a dask worker, which must not touch
    the process's warning filters from its thread)."""
    items = Articles()
    undated: list[str] = []
    for item in _iterate(source, manifest=manifest, strict=strict, language=language):
        if isinstance(item, ReadProblem):
            items.problems.append(item)
            if item.kind == "no_date":
                undated.append(item.source)
        else:
            items.append(item)
    return items, undated


def _warn_undated(undated: list[str], *, stacklevel: int) -> None:
    """One `TimelineWarning` naming (the first few of) the articles that have no date."""
    if not undated:
        return
    shown = ", ".join(undated[:5]) + (f" and {len(undated) - 5} more" if len(undated) > 5 else "")
    _warnings.warn(
        f"{len(undated)} article(s) have no publication date ({shown}); relative dates in them "
        "stay unresolved. Give a 'published' column (in a manifest or table) to fix this.",
        TimelineWarning,
        stacklevel=stacklevel + 1,
    )


class _Ledger:
    """The ids and texts one corpus has shown so far: renames a repeated id, marks a repeated text.

    Shared by `read_articles` and the Dask path (`timeline.parallel`), so both apply one policy.
    """

    def __init__(self) -> None:
        self._ids: set[str] = set()
        self._texts: dict[bytes, str] = {}

    def admit(self, art: Article, digest: bytes) -> tuple[dict[str, Any], list[ReadProblem]]:
        """Changes to make to `art` (``id``, ``duplicate_of``, ``warnings``) and the problems to record."""
        changes: dict[str, Any] = {}
        problems: list[ReadProblem] = []
        where = art.path or f"article {art.id}"
        art_id = art.id
        if art_id in self._ids:
            n = 2
            while f"{art_id}~{n}" in self._ids:
                n += 1
            new_id = f"{art_id}~{n}"
            msg = f"id {art_id!r} already used; renamed {new_id!r}"
            problems.append(ReadProblem(where, msg, "duplicate_id"))
            changes["id"] = art_id = new_id
        self._ids.add(art_id)
        if digest in self._texts and art.duplicate_of is None:
            first = self._texts[digest]
            msg = f"same text as article {first!r}: kept, marked duplicate_of={first!r}"
            problems.append(ReadProblem(where, msg, "duplicate"))
            changes["duplicate_of"] = first
        else:
            self._texts.setdefault(digest, art_id)
        if problems:
            changes["warnings"] = art.warnings + tuple(p.reason for p in problems)
        return changes, problems


def _finish(raw: Iterator[Article | ReadProblem]) -> Iterator[Article | ReadProblem]:
    ledger = _Ledger()
    for item in raw:
        if isinstance(item, ReadProblem):
            yield item
            continue
        changes, later = ledger.admit(item, _text_digest(item.text))
        art = item.replace(**changes) if changes else item
        if art.published is None:
            msg = "no publication date (none given, none found in the first lines)"
            later.append(ReadProblem(item.path or f"article {item.id}", msg, "no_date"))  # named as given
            art = art.replace(warnings=art.warnings + (msg,))
        yield art
        yield from later


_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def _text_digest(text: str) -> bytes:
    """Digest of the article body, blind to case, punctuation, spacing and the header lines.

    The body is the lines of eight words or more (paragraphs), so the same wire story under
    two outlets' titles, bylines and dates is still recognised; short texts use every line.
    """
    norm_lines = []
    for line in text.splitlines():
        n = _NON_WORD.sub(" ", unicodedata.normalize("NFKC", line).casefold()).strip()
        if n:
            norm_lines.append(n)
    body = [n for n in norm_lines if n.count(" ") >= 7]
    chosen = body if body else norm_lines
    return hashlib.blake2b("\n".join(chosen).encode("utf-8", "surrogatepass"), digest_size=16).digest()


# -- rows: manifests and tables --------------------------------------------------------------

_Row = tuple[int, str, "dict[str, Any] | ReadProblem"]  # (ordinal, source label, row or problem)


def _norm_key(k: Any) -> str:
    return re.sub(r"[\s\-]+", "_", str(k).strip().lstrip("\ufeff").lower())


def _check_columns(columns: list[Any], origin: str) -> None:
    keys = [_norm_key(c) for c in columns]
    dup = sorted({k for k in keys if keys.count(k) > 1})
    if dup:
        raise ManifestError(f"{origin}: column(s) {dup} appear more than once; each column name must be unique")
    if any(k == "" for k in keys):
        raise ManifestError(f"{origin}: a column has an empty name; give every column a header")


def _sniff_delimiter(header_line: str, default: str) -> str:
    counts = {d: header_line.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else default


def _open_text(path: Path) -> Iterator[str]:
    """Lines of a text table, decoded: BOM-aware, UTF-8, else the detected encoding of the first 1 MB."""
    try:
        with path.open("rb") as f:
            head = f.read(1 << 20)
    except OSError as exc:
        raise UnreadableFileError(f"cannot read {str(path)!r}: {exc.strerror or exc}") from None
    sample = head if len(head) < (1 << 20) else _cut_utf8(head)
    try:
        # valid UTF-8 is taken as such even with odd control characters in cells
        enc = "utf-8-sig" if sample.startswith(b"\xef\xbb\xbf") else "utf-8"
        sample.decode(enc)
    except UnicodeDecodeError:
        enc = ""
    try:
        enc = enc or decode_bytes(sample).encoding
    except UndecodableError as exc:
        raise UnreadableFileError(f"{str(path)!r} is not a text table: {exc}") from None
    f = path.open("r", encoding=enc, newline="")
    return _lines_closing(f, path)


def _cut_utf8(b: bytes) -> bytes:
    # drop a multi-byte sequence cut at the end of a sample
    for i in range(1, 4):
        if len(b) > i and (b[-i] & 0xC0) == 0xC0:
            return b[:-i]
    return b


def _lines_closing(f: Any, path: Path) -> Iterator[str]:
    with f:
        try:
            yield from f
        except UnicodeDecodeError as exc:
            raise UnreadableFileError(f"{str(path)!r}: undecodable bytes after the first megabyte ({exc.reason})") from None


def _csv_rows(path: Path) -> Iterator[_Row]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    lines = _open_text(path)
    first = next(lines, None)
    if first is None or not first.strip():
        raise ManifestError(f"{str(path)!r} is empty or has no header row; the first row must name the columns")
    delim = _sniff_delimiter(first, "\t" if path.suffix.lower() == ".tsv" else ",")

    def chain() -> Iterator[str]:
        yield first
        yield from lines

    # strict: a malformed row is reported, not silently merged into its neighbour
    reader = csv.reader(chain(), delimiter=delim, strict=True)
    return _csv_records(reader, str(path))


def _csv_records(reader: Any, origin: str) -> Iterator[_Row]:
    try:
        header = next(reader)
    except csv.Error as exc:
        raise ManifestError(f"{origin}: the header row is not valid CSV ({exc})") from None
    _check_columns(header, origin)
    n = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            n += 1
            why = f"not valid CSV: {exc}"
            if "unexpected end of data" in str(exc):
                why = (f"a quoted field opened in this row is never closed, so the rest of the file "
                       f"(up to line {reader.line_num}) could not be read; close the quote")
            yield n, f"{origin} row {n}", ReadProblem(f"{origin} row {n}", why, "bad_row")
            continue
        if not cells:
            continue  # a blank line
        n += 1
        label = f"{origin} row {n}"
        if all(not c.strip() for c in cells):
            yield n, label, ReadProblem(label, "every cell of the row is empty", "empty")
            continue
        if len(cells) > len(header):
            extra = [c for c in cells[len(header):] if c.strip()]
            if extra:
                yield n, label, ReadProblem(
                    label,
                    f"{len(cells)} fields but the header has {len(header)} columns "
                    "(an unquoted comma or delimiter inside a field?)",
                    "bad_row",
                )
                continue
        yield n, label, {h: (cells[i] if i < len(cells) else None) for i, h in enumerate(header)}


def _jsonl_rows(path: Path) -> Iterator[_Row]:
    lines = _open_text(path)
    origin = str(path)
    n = 0
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        n += 1
        label = f"{origin} line {lineno}"
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            yield n, label, ReadProblem(label, f"not valid JSON: {exc}", "bad_row")
            continue
        if not isinstance(obj, dict):
            yield n, label, ReadProblem(label, f"a JSON {type(obj).__name__}, expected an object {{...}}", "bad_row")
            continue
        try:
            _check_columns(list(obj), label)
        except ManifestError as exc:
            yield n, label, ReadProblem(label, str(exc), "bad_row")
            continue
        yield n, label, obj


def _json_rows(path: Path) -> Iterator[_Row]:
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError, RecursionError) as exc:
        raise UnreadableFileError(f"{str(path)!r} is not readable JSON: {exc}") from None
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    if not isinstance(data, list):
        raise ManifestError(f"{str(path)!r}: expected a JSON list of article objects (or {{'articles': [...]}})")
    return _iterable_rows(data, origin=str(path))


def _frame_rows(df: Any) -> Iterator[_Row]:
    columns = list(df.columns)
    _check_columns(columns, "DataFrame")
    names = [str(c) for c in columns]
    for n, values in enumerate(df.itertuples(index=False, name=None), 1):
        yield n, f"DataFrame row {n}", dict(zip(names, values, strict=True))


def _iterable_rows(items: Iterable[Any], origin: str = "item") -> Iterator[_Row]:
    for n, obj in enumerate(items, 1):
        label = f"{origin} {n}" if origin == "item" else f"{origin} item {n}"
        if isinstance(obj, Article):
            yield n, label, {"__article__": obj}
        elif isinstance(obj, Mapping):
            try:
                _check_columns(list(obj), label)
            except ManifestError as exc:
                yield n, label, ReadProblem(label, str(exc), "bad_row")
                continue
            yield n, label, dict(obj)
        else:
            yield n, label, ReadProblem(label, f"a {type(obj).__name__}, expected a dict or an Article", "bad_row")


def _split_row(row: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(known fields, metadata) of a row; empty cells become None."""
    known: dict[str, Any] = {}
    meta: dict[str, Any] = {}
    for k, v in row.items():
        v = _clean(v)
        key = _norm_key(k)
        fieldname = _ALIASES.get(key)
        if fieldname is not None and fieldname not in known:
            known[fieldname] = v
        else:
            meta[str(k)] = v
    return known, meta


def _clean(v: Any) -> Any:
    if v is None:
        return None
    if isinstance(v, float) and v != v:
        return None
    # pandas' missing-value markers (pd.NA from nullable/Arrow columns, pd.NaT), without importing pandas
    if type(v).__name__ in ("NAType", "NaTType"):
        return None
    if isinstance(v, str) and not v.strip():
        return None
    return v


def _text_field(v: Any) -> str | None:
    if v is None:
        return None
    return v if isinstance(v, str) else str(v)


# -- tables ---------------------------------------------------------------------------------


def _iter_table(rows: Iterator[_Row], *, base: Path, strict: bool, language: str, origin: str) -> Iterator[Article | ReadProblem]:
    any_row = False
    for n, label, row in rows:
        any_row = True
        if isinstance(row, ReadProblem):
            yield row
            continue
        if "__article__" in row:
            yield from _given_article(row["__article__"])
            continue
        known, meta = _split_row(row)
        text = known.get("text")
        if text is None and known.get("file") is None:
            has_text_col = any(_ALIASES.get(_norm_key(k)) in ("text", "file") for k in row)
            if not has_text_col:
                raise ManifestError(
                    f"{label}: no 'text' column (nor a 'file' column naming a text file); "
                    f"columns are {sorted(map(str, row))}"
                )
            yield ReadProblem(label, "the text is empty", "empty")
            continue
        art_id = _text_field(known.get("id")) or str(n)
        if text is None:
            # a table that names files: a manifest given directly
            yield from _manifest_row(known, meta, base, label, strict, language)
            continue
        if not isinstance(text, str):
            yield ReadProblem(label, f"the text is a {type(text).__name__}, not a string", "bad_row")
            continue
        if not text.strip():
            yield ReadProblem(label, "the text is empty", "empty")
            continue
        if known.get("file") is not None:
            meta["file"] = known["file"]
        art, probs = _make_article(
            text, art_id=art_id, known=known, meta=meta, label=label, date_label="given",
            path=None, encoding=None, language=language, strict=strict,
        )
        yield art
        yield from probs
    if not any_row:
        yield ReadProblem(origin, "no articles in it", "empty")


def _given_article(art: Article) -> Iterator[Article | ReadProblem]:
    if art.published is None:
        hd = find_header_date(art.text)
        if hd is not None:
            art = art.replace(published=hd.value, published_source="header")
    if not art.text.strip():
        yield ReadProblem(art.path or f"article {art.id}", "the text is empty", "empty")
        return
    yield art


# -- folders and manifests -----------------------------------------------------------------


def _iter_folder(folder: Path, manifest: Any, strict: bool, language: str) -> Iterator[Article | ReadProblem]:
    try:
        files = sorted(
            (p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith(".")),
            key=lambda p: p.name,
        )
    except OSError as exc:
        raise UnreadableFileError(f"cannot list folder {str(folder)!r}: {exc.strerror or exc}") from None
    rows: Iterator[_Row] | None = None
    mbase = folder
    if manifest is None:
        for name in _MANIFEST_NAMES:
            if (folder / name).is_file():
                manifest = folder / name
                break
    if manifest is not None:
        rows, mbase = _manifest_rows(manifest, folder)
    return _folder_items(folder, files, rows, mbase, strict, language)


def _manifest_rows(manifest: Any, folder: Path) -> tuple[Iterator[_Row], Path]:
    if isinstance(manifest, (str, os.PathLike)):
        mpath = Path(manifest)
        if not mpath.is_file():
            raise UnreadableFileError(f"manifest not found: {str(mpath)!r}")
        suffix = mpath.suffix.lower()
        if suffix in (".csv", ".tsv"):
            return _csv_rows(mpath), mpath.parent
        if suffix in (".jsonl", ".ndjson"):
            return _jsonl_rows(mpath), mpath.parent
        if suffix == ".json":
            return _json_rows(mpath), mpath.parent
        raise ManifestError(f"manifest {str(mpath)!r}: use a .csv, .tsv, .jsonl or .json file")
    if _is_dataframe(manifest):
        return _frame_rows(manifest), folder
    if isinstance(manifest, Iterable) and not isinstance(manifest, (bytes, Mapping)):
        return _iterable_rows(manifest, origin="manifest"), folder
    raise InputError(f"manifest must be a path, a DataFrame or an iterable of dicts, got {type(manifest).__name__}")


def _folder_items(
    folder: Path, files: list[Path], rows: Iterator[_Row] | None, mbase: Path, strict: bool, language: str
) -> Iterator[Article | ReadProblem]:
    used: set[Path] = set()
    if rows is not None:
        by_stem = {p.stem: p for p in files}
        checked = False
        for _n, label, row in rows:
            if isinstance(row, ReadProblem):
                prob = ReadProblem(row.source, row.reason, "bad_manifest")
                if strict:
                    raise ManifestError(str(prob))
                yield prob
                continue
            if not checked:
                keys = {_ALIASES.get(_norm_key(k)) for k in row}
                if "file" not in keys and "id" not in keys:
                    raise ManifestError(
                        f"{label.rsplit(' ', 2)[0]}: the manifest needs a 'file' column (or 'id', the file stem) "
                        f"naming each article; its columns are {sorted(map(str, row))}"
                    )
                checked = True
            known, meta = _split_row(row)
            path = _resolve_manifest_file(known, mbase, by_stem)
            if path is not None:
                used.add(path.resolve())
            yield from _manifest_row(known, meta, mbase, label, strict, language, path=path)
    produced = bool(used)
    for p in files:
        if p.resolve() not in used:
            produced = True
            yield from _read_file(p, row=None, origin=str(p), label=None, language=language)
    if not produced and rows is None:
        yield ReadProblem(str(folder), f"no {'/'.join(ARTICLE_SUFFIXES)} files and no manifest in the folder", "empty")


def _resolve_manifest_file(known: dict[str, Any], base: Path, by_stem: dict[str, Path]) -> Path | None:
    f = _text_field(known.get("file"))
    if f is not None:
        return base / f
    i = _text_field(known.get("id"))
    if i is not None:
        return by_stem.get(i)
    return None


def _manifest_row(
    known: dict[str, Any],
    meta: dict[str, Any],
    base: Path,
    label: str,
    strict: bool,
    language: str,
    path: Path | None = None,
) -> Iterator[Article | ReadProblem]:
    if path is None:
        path = _resolve_manifest_file(known, base, {})
    if path is None or not path.is_file():
        named = _text_field(known.get("file")) or _text_field(known.get("id")) or "(nothing)"
        why = f"names {named!r}, but no such file exists in {str(base)!r}"
        if path is not None and path.exists():
            why = f"names {named!r}, which is not a file"
        prob = ReadProblem(label, why, "missing_file")
        if strict:
            raise ManifestError(str(prob))
        yield prob
        return
    yield from _read_file(path, row=(known, meta), origin=label, label="manifest", language=language, strict=strict)


# -- one file -------------------------------------------------------------------------------


def _read_file(
    path: Path,
    *,
    row: tuple[dict[str, Any], dict[str, Any]] | None,
    origin: str,
    label: str | None,
    language: str,
    strict: bool = False,
) -> Iterator[Article | ReadProblem]:
    where = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            yield ReadProblem(where, f"{size} bytes, more than the {MAX_FILE_BYTES} a single article may have", "too_large")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield ReadProblem(where, f"cannot read: {exc.strerror or exc}", "unreadable")
        return
    if not data.strip():
        yield ReadProblem(where, "the file is empty" if not data else "the file holds only whitespace", "empty")
        return
    try:
        dec = decode_bytes(data)
    except UndecodableError as exc:
        yield ReadProblem(where, f"not text: {exc}", "unreadable")
        return
    text = dec.text
    known, meta = row if row is not None else ({}, {})
    known = dict(known)
    meta = dict(meta)
    notes: list[str] = []
    encoding_note = None
    if dec.detected:
        encoding_note = f"encoding detected as {dec.encoding} (not UTF-8); check accented letters"
        notes.append(encoding_note)
    html_date = None
    if path.suffix.lower() in (".html", ".htm"):
        from timeline._html import extract_html

        ext = extract_html(text)
        text = ext.text
        meta["extracted_from_html"] = True
        if known.get("title") is None and ext.title:
            known["title"] = ext.title
        html_date = ext.published
    if not text.strip():
        yield ReadProblem(where, "no article text in the file" if html_date is not None or path.suffix.lower() != ".txt" else "the file holds only whitespace", "empty")
        return
    art_id = _text_field(known.get("id")) or path.stem
    art, probs = _make_article(
        text, art_id=art_id, known=known, meta=meta, label=origin, date_label=label, path=where,
        encoding=dec.encoding, language=language, strict=strict, html_date=html_date, notes=notes,
    )
    yield art
    if encoding_note is not None:  # informational: said in the summary, not an error in strict mode
        yield ReadProblem(where, encoding_note, "encoding")
    yield from probs


def _make_article(
    text: str,
    *,
    art_id: str,
    known: dict[str, Any],
    meta: dict[str, Any],
    label: str,
    date_label: str | None,
    path: str | None,
    encoding: str | None,
    language: str,
    strict: bool,
    html_date: str | None = None,
    notes: list[str] | None = None,
) -> tuple[Article, list[ReadProblem]]:
    problems: list[ReadProblem] = []
    notes = list(notes or [])
    published = None
    source = None
    raw = known.get("published")
    if raw is not None:
        try:
            published = parse_date_value(raw)
        except DateValueError as exc:
            prob = ReadProblem(label, f"published: {exc}", "bad_date")
            if strict and date_label == "manifest":
                raise ManifestError(str(prob)) from None
            problems.append(prob)
            notes.append(f"the given date {str(raw)!r} was refused: {exc}")
        else:
            source = date_label or "given"
    if published is None and html_date is not None:
        try:
            published = parse_date_value(html_date)
            source = "html"
        except DateValueError as exc:
            notes.append(f"the HTML publication date {html_date!r} was refused: {exc}")
    header = find_header_date(text)
    if published is None and header is not None:
        published, source = header.value, "header"
    elif published is not None and header is not None:
        hd = header.value.date() if isinstance(header.value, _dt.datetime) else header.value
        pd = published.date() if isinstance(published, _dt.datetime) else published
        if hd != pd:
            notes.append(f"the text's header says {hd.isoformat()} but the {source} date is {pd.isoformat()}")
    title = _text_field(known.get("title"))
    if title is None:
        title = _guess_title(text, header)
    lang = _text_field(known.get("language")) or language
    art = Article(
        id=art_id,
        text=text,
        published=published,
        published_source=source if published is not None else None,
        outlet=_text_field(known.get("outlet")),
        url=_text_field(known.get("url")),
        title=title,
        language=lang,
        metadata=meta,
        path=path,
        encoding=encoding,
        warnings=tuple(notes),
    )
    return art, problems


_SENTENCE_END = re.compile(r"[.;:,]\s*$")


def _guess_title(text: str, header: Any) -> str | None:
    """The first non-empty line, if it reads like a headline (short, no closing period)."""
    from timeline._pubdate import _header_lines

    first = _header_lines(text, 1)
    if not first:
        return None
    s, e = first[0]
    if header is not None and header.line_start == s:
        line = header.rest  # " date 2024-07-14 Headline here"
    else:
        line = text[s:e]
    line = " ".join(line.split())
    if not 3 <= len(line) <= 250 or len(line.split()) > 30:
        return None
    if _SENTENCE_END.search(line) and not line.endswith(("...", "…")):
        return None
    return line


