"""Property tests (hypothesis) over open-ended input: arbitrary text, references and manifests.

Example counts come from a profile: ``timeline-ci`` (5000 examples per property; 2500 for those that write files) when the
environment variable CI is set to true, else ``timeline-dev`` (300). The profiles are
used as parents of each test's settings, so they do not change other test modules.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import warnings

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline import TimelineError, TimelineWarning, read_articles
from timeline.articles import Article, ReadProblem, iter_articles

settings.register_profile(
    "timeline-ci", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "timeline-dev", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
PROFILE = settings.get_profile("timeline-ci" if IN_CI else "timeline-dev")


def props(n_divisor: int = 1, **kw):
    """Settings for one property: the profile's example count divided by ``n_divisor``
    (for properties that touch the file system per example)."""
    return settings(PROFILE, max_examples=max(20, PROFILE.max_examples // n_divisor), **kw)


# -- read_articles over arbitrary manifests and tables -----------------------------------------

# text that can be written to a UTF-8 file (no lone surrogates)
_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=80)
_odd_dates = st.one_of(
    st.just(""),
    st.dates().map(dt.date.isoformat),
    st.sampled_from(
        ["yesterday", "2 days ago", "July 32, 2024", "February 30, 2024", "0000-00-00", "99999-01-01",
         "14 juillet 2024", "Sun Jul 14 2024", "1/1/1/1", "NaN", "None", "tomorrow at noon", "2024-13-45",
         "2024-07-14T25:61:00Z", "July 14, 2024", "12/11/2024", "the 0s"]
    ),
    _text,
)
_names = st.text(st.characters(codec="utf-8", exclude_characters="/\\\x00\r\n"), min_size=1, max_size=12)


def _write_rows(rows: list[list[str]], header: list[str]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf)  # "\r\n" terminator: fields holding a lone \r are quoted too
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


def _quiet(fn, *a, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", TimelineWarning)
        return fn(*a, **kw)


@props(n_divisor=2)
@given(
    rows=st.lists(
        st.tuples(st.one_of(st.integers(0, 4), _names), _odd_dates, _text, _text),
        max_size=8,
    ),
    data=st.data(),
)
def test_manifest_rows_all_accounted_for(tmp_path_factory, rows, data):
    """Every manifest row yields an Article (file exists) or a missing_file ReadProblem;
    every file in the folder is read; nothing raises but a TimelineError."""
    folder = tmp_path_factory.mktemp("m")
    files = [f"f{i}.txt" for i in range(5)]
    for i, name in enumerate(files):
        (folder / name).write_text(f"Story {i}\n\nA different body for story number {i} about talks in Cairo.\n")
    out_rows = []
    named_existing = 0
    named_missing = 0
    for target, date, outlet, extra in rows:
        if isinstance(target, int):
            name = files[target]
            named_existing += 1
        else:
            name = "missing-" + target
            named_missing += 1
        out_rows.append([name, date, outlet, extra])
    (folder / "manifest.csv").write_text(_write_rows(out_rows, ["file", "published", "outlet", "extra"]), encoding="utf-8")
    try:
        arts = _quiet(read_articles, folder)
    except TimelineError:
        raise AssertionError("a well-formed manifest must not raise") from None
    listed = {r[0] for r in out_rows}
    unlisted = sum(1 for f in files if f not in listed)
    kinds = [p.kind for p in arts.problems]
    assert kinds.count("missing_file") == named_missing
    assert len(arts) == named_existing + unlisted
    assert {a.path.rsplit("/", 1)[-1] for a in arts} == set(files)  # nothing lost
    for a in arts:
        assert isinstance(a, Article)
        if a.published is not None:
            assert a.published_source in ("manifest", "header")
            assert 1800 <= a.published.year <= 2200
    # a refused date is a problem tied to its row, and the article is still there
    assert kinds.count("bad_date") <= named_existing


@props(n_divisor=2)
@given(content=st.text(st.characters(exclude_categories=("Cs",)), max_size=300))
def test_arbitrary_manifest_text_never_crashes(tmp_path_factory, content):
    """Whatever bytes the manifest holds: a TimelineError at worst, and no file is lost."""
    folder = tmp_path_factory.mktemp("r")
    for i in range(3):
        (folder / f"f{i}.txt").write_text(f"Story {i}\n\nBody of story {i}, long enough to be a paragraph here.\n")
    (folder / "manifest.csv").write_text(content, encoding="utf-8")
    try:
        arts = _quiet(read_articles, folder)
    except TimelineError:
        return
    assert {a.path.rsplit("/", 1)[-1] for a in arts} >= {"f0.txt", "f1.txt", "f2.txt"}


_cell_text = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=200)


@props(n_divisor=2)
@given(rows=st.lists(st.tuples(st.one_of(st.none(), _names), _cell_text, _odd_dates), min_size=1, max_size=8))
def test_table_rows_count_in_equals_count_out(tmp_path_factory, rows):
    """A CSV of articles: each row is one Article or one empty/bad_row ReadProblem."""
    path = tmp_path_factory.mktemp("t") / "arts.csv"
    path.write_text(_write_rows([[i or "", t, d] for i, t, d in rows], ["id", "text", "published"]), encoding="utf-8")
    arts = _quiet(read_articles, path)
    lost = [p for p in arts.problems if p.kind in ("empty", "bad_row")]
    assert len(arts) + len(lost) == len(rows)
    assert len({a.id for a in arts}) == len(arts)  # ids unique
    texts = [t for _, t, _ in rows if t.strip()]
    assert [a.text for a in arts] == texts  # verbatim, in order


@props()
@given(
    items=st.lists(
        st.one_of(
            st.fixed_dictionaries(
                {"text": st.one_of(st.none(), _text, st.integers())},
                optional={"id": st.one_of(_names, st.integers()), "published": st.one_of(_odd_dates, st.dates(), st.integers()),
                          "title": _text, "x": st.integers()},
            ),
            st.integers(),
            st.none(),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_iterable_items_never_lost(items):
    out = list(_quiet(lambda: list(iter_articles(items))))
    arts = [x for x in out if isinstance(x, Article)]
    lost = [x for x in out if isinstance(x, ReadProblem) and x.kind in ("empty", "bad_row")]
    assert len(arts) + len(lost) == len(items)
    for a in arts:
        assert a.text.strip()


# -- the tagger over arbitrary text and references ----------------------------------------------

import sys  # noqa: E402

import timeline  # noqa: E402

_TOKENS = [
    "May", "may", "March", "march", "Sunday", "Sun.", "Jan.", "Sept", "July 14", "14 July", "2024", "1990s", "'90s",
    "the", "on", "in", "last", "next", "this", "ago", "later", "earlier", "from", "to", "until", "between", "and",
    "year", "years", "month", "week", "day", "days", "decade", "century", "quarter", "Q3", "morning", "tonight",
    "yesterday", "tomorrow", "today", "now", "two", "twenty-one", "hundred", "a", "few", "several", "1", "7", "13",
    "31", "32", "99", "0", "00", "10:30", "p.m.", "GMT", "2024-07-14", "2024-02-30", "14/07/2024", "1/1/1",
    "-", "–", "/", ":", ",", ".", "(", ")", "\n", "\n\n", "  ", "’s", "said", "will", "would", "was", "every",
    "each", "fiscal", "early", "late", "mid-", "about", "nearly", "at least", "more than", "since", "before",
    "after", "during", "Christmas", "Ramadan", "Election Day", "the day after", "a year earlier",
]
_texty = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(_TOKENS), max_size=40).map(" ".join),
    st.lists(st.one_of(st.sampled_from(_TOKENS), st.text(max_size=3)), max_size=40).map("".join),
)
_tz = st.one_of(
    st.none(),
    st.just(dt.UTC),
    st.integers(-23 * 60 - 59, 23 * 60 + 59).map(lambda m: dt.timezone(dt.timedelta(minutes=m))),
)
_good_refs = st.one_of(
    st.none(),
    st.dates(),
    st.datetimes(timezones=_tz),
    st.dates().map(dt.date.isoformat),
    st.datetimes(timezones=_tz).map(dt.datetime.isoformat),
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)),
)
_any_refs = st.one_of(_good_refs, st.text(max_size=30), st.integers(), st.floats(), st.binary(max_size=10))


def _dump(mentions: list) -> list:
    return [m.to_dict() for m in mentions]


def _check(text: str, mentions: list) -> None:
    prev_end = 0
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.start >= prev_end  # sorted, no overlaps
        prev_end = m.end
        assert (m.earliest is None) == (m.latest is None)
        if m.earliest is not None:
            assert m.earliest <= m.latest


@props()
@given(text=_texty, reference=_good_refs)
def test_tag_offsets_intervals_determinism(text, reference):
    first = timeline.tag(text, reference)
    _check(text, first)
    assert _dump(timeline.tag(text, reference)) == _dump(first)


@props()
@given(text=st.one_of(_texty, st.none(), st.integers(), st.binary(max_size=20)), reference=_any_refs)
def test_tag_raises_only_timeline_errors(text, reference):
    try:
        mentions = timeline.tag(text, reference)
    except TimelineError:
        return
    assert isinstance(text, str)
    _check(text, mentions)


_CLOCK = {"today", "now", "utcnow", "time", "time_ns", "localtime"}


@props(n_divisor=2)
@given(text=_texty, reference=_good_refs)
def test_tag_never_reads_the_clock(text, reference):
    """No call to date.today, datetime.now/utcnow/today, time.time or time.localtime while tagging."""
    import time as _time

    calls: list[str] = []
    clock_owners = (dt.date, dt.datetime, _time)

    def hook(frame, event, arg):  # sees every call into C, including classmethods of datetime
        if event == "c_call" and getattr(arg, "__name__", "") in _CLOCK:
            owner = getattr(arg, "__self__", None)
            if owner in clock_owners or (isinstance(owner, type) and issubclass(owner, dt.date)):
                calls.append(f"{getattr(owner, '__name__', owner)}.{arg.__name__}")

    sys.setprofile(hook)
    try:
        mentions = timeline.tag(text, reference)
    finally:
        sys.setprofile(None)
    assert calls == [], f"the tagger read the clock: {calls}"
    _check(text, mentions)


def test_clock_probe_detects_the_clock():
    """The probe above is not blind: it sees date.today() when it happens."""
    seen = []

    def hook(frame, event, arg):
        if event == "c_call" and getattr(arg, "__name__", "") in _CLOCK:
            seen.append(arg.__name__)

    sys.setprofile(hook)
    try:
        dt.date.today()
        dt.datetime.now()
    finally:
        sys.setprofile(None)
    assert seen == ["today", "now"]


# -- header dates ---------------------------------------------------------------------------------

from timeline._pubdate import find_header_date  # noqa: E402

_lower_words = st.lists(st.text("abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=9), min_size=4, max_size=12)
_FORMS = ["%Y-%m-%d", "%B %d, %Y", "%d %B %Y", "%a %b %d %Y", "%Y/%m/%d", "%A, %B %d, %Y"]
_dated = st.tuples(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)), st.sampled_from(_FORMS)).map(
    lambda t: (t[0], t[0].strftime(t[1]))
)


@props()
@given(text=_texty)
def test_header_date_on_any_text(text):
    hd = find_header_date(text)
    if hd is not None:
        assert 0 <= hd.line_start <= hd.start < hd.end <= hd.line_end <= len(text)
        assert 1800 <= hd.value.year <= 2200


@props()
@given(before=_lower_words, after=_lower_words, dated=_dated, where=st.integers(0, 5))
def test_header_date_never_from_a_sentence(before, after, dated, where):
    """A date inside a sentence (several lower-case words around it) is never the publication date."""
    sentence = " ".join(before) + " on " + dated[1] + " " + " ".join(after) + "."
    lines = ["Headline Of The Story"] + [f"Paragraph {i} of the story goes here." for i in range(5)]
    lines.insert(where, sentence)
    assert find_header_date("\n".join(lines)) is None


@props()
@given(dated=_dated, label=st.sampled_from(["", "Published: ", "Posted on ", "By Jane Doe // ", "date ", "Updated "]),
       where=st.integers(0, 5))
def test_header_date_found_on_its_own_line(dated, label, where):
    day, written = dated
    lines = ["Headline Of The Story"] + [f"the story goes on in paragraph {i} with many words here." for i in range(5)]
    lines.insert(where, label + written)
    hd = find_header_date("\n".join(lines))
    assert hd is not None and hd.value == day
