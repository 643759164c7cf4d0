"""Reading articles: every reader, header dates, encodings, HTML, duplicates and bad input."""

from __future__ import annotations

import datetime as dt
import json
import warnings

import pytest

import timeline
from timeline import (
    Article,
    ArticleProblemError,
    Articles,
    InputError,
    ManifestError,
    ReadProblem,
    ReferenceDateError,
    TimelineError,
    TimelineWarning,
    UnreadableFileError,
    iter_articles,
    read_articles,
)
from timeline._pubdate import DateValueError, find_header_date, parse_date_value

BODY = (
    "Hamas said on Sunday it was withdrawing from the ceasefire talks after an Israeli strike.\n\n"
    "Mediators from Qatar and Egypt said they would keep working on the proposal this week.\n"
)


def _read(src, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", TimelineWarning)
        return read_articles(src, **kw)


def _meta(a: Article) -> dict:
    return {
        "id": a.id,
        "published": a.published.isoformat() if a.published else None,
        "published_source": a.published_source,
        "outlet": a.outlet,
        "url": a.url,
        "title": a.title,
        "language": a.language,
        "metadata": a.metadata,
        "file": None if a.path is None else a.path.replace("\\", "/").rsplit("/", 1)[-1],
        "encoding": a.encoding,
        "duplicate_of": a.duplicate_of,
        "warnings": list(a.warnings),
        "chars": len(a.text),
    }


# -- the seeds -----------------------------------------------------------------------------


def test_seeds_folder(seeds_dir, data_regression):
    arts = read_articles(seeds_dir)
    assert isinstance(arts, Articles) and arts.problems == []
    assert [a.published for a in arts] == [
        dt.date(2024, 7, 14),
        dt.date(2024, 7, 14),
        dt.date(2024, 7, 14),
        dt.date(2024, 5, 5),
        dt.date(2024, 6, 5),
    ]
    assert [a.published_source for a in arts] == ["manifest", "header", "header", "manifest", "header"]
    assert arts[4].outlet == "WWIII.news"
    for a in arts:
        assert a.text == (seeds_dir / f"{a.id}.txt").read_bytes().decode("utf-8")
        assert a.reference == a.published
    data_regression.check([_meta(a) for a in arts])


def test_seeds_without_manifest_flag_the_undated(seeds_dir, tmp_path):
    for p in seeds_dir.glob("*.txt"):
        (tmp_path / p.name).write_bytes(p.read_bytes())
    with pytest.warns(TimelineWarning, match="2 article"):
        arts = read_articles(tmp_path)
    assert len(arts) == 5
    undated = [a.id for a in arts if a.published is None]
    assert undated == ["000_f923b6012288ed4e", "003_01f7d1bb75bbb616"]
    assert sorted(p.kind for p in arts.problems) == ["no_date", "no_date"]
    # the caption "..., July 14, 2024. (ABED RAHIM ...)" in 000's first lines is not a date line
    assert all(a.warnings for a in arts if a.published is None)
    # title from the first line; on 002 the date prefix is dropped
    assert arts[2].title == "Hamas says pulling out of truce talks after Israeli strike in Gaza"


def test_manifest_csv_read_directly(seeds_dir):
    arts = _read(seeds_dir / "manifest.csv")
    assert [a.published_source for a in arts] == ["manifest", "header", "header", "manifest", "header"]


# -- header dates --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Sun Jul 14 2024", dt.date(2024, 7, 14)),
        (" date 2024-07-14 Hamas says pulling out of truce talks", dt.date(2024, 7, 14)),
        ("By lauraharris // 2024-06-05", dt.date(2024, 6, 5)),
        ("July 14, 2024", dt.date(2024, 7, 14)),
        ("Sunday, July 14th, 2024", dt.date(2024, 7, 14)),
        ("14 July 2024", dt.date(2024, 7, 14)),
        ("Published: 14 July 2024 10:32 GMT", dt.datetime(2024, 7, 14, 10, 32, tzinfo=dt.UTC)),
        ("2024-07-14T10:00:00Z", dt.datetime(2024, 7, 14, 10, 0, tzinfo=dt.UTC)),
        ("Posted on 2024/07/14", dt.date(2024, 7, 14)),
        ("14/07/2024", dt.date(2024, 7, 14)),
        ("Jul. 14, 2024 3:05 p.m. EDT", dt.datetime(2024, 7, 14, 15, 5, tzinfo=dt.timezone(dt.timedelta(hours=-4)))),
        ("GAZA CITY, July 14, 2024 (AFP)", dt.date(2024, 7, 14)),
        ("By Jane Doe and John Smith, Reuters | July 14, 2024", dt.date(2024, 7, 14)),
        ("Published 2024-07-14 10:00+03:00", dt.datetime(2024, 7, 14, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=3)))),
    ],
)
def test_header_forms(header, expected):
    text = f"A headline\n{header}\n\n{BODY}"
    hd = find_header_date(text)
    assert hd is not None and hd.value == expected
    assert text[hd.start : hd.end] in header
    art = _read([{"text": text}])[0]
    assert art.published == expected and art.published_source == "header"


@pytest.mark.parametrize(
    "line",
    [
        "Hamas has held hostages in Gaza since October 7, 2023, officials said on Sunday.",
        "The al-Mawasi camp near Khan Younis in the Gaza Strip, July 14, 2024. (ABED RAHIM KHATIB / AFP)",
        "Hamas left on July 14, 2024",
        "On October 7 Hamas attacked.",
        "February 30, 2024",  # not a date
        "05/06/2024",  # day/month order unknown
        "Published",  # a label without a date
        "July 14",  # no year
        "12 July 0024",
    ],
)
def test_header_ignores_non_date_lines(line):
    assert find_header_date(f"Headline\n{line}\n{BODY}") is None


def test_header_only_in_first_lines():
    lines = "\n".join(f"Line {i} of a long preamble" for i in range(6))
    assert find_header_date(f"{lines}\nJuly 14, 2024\n{BODY}") is None
    assert find_header_date(f"{lines}\nJuly 14, 2024\n{BODY}", lines=7).value == dt.date(2024, 7, 14)


def test_published_label_beats_updated():
    hd = find_header_date("Updated: 15 July 2024\nPublished: 14 July 2024\n" + BODY)
    assert hd.value == dt.date(2024, 7, 14) and hd.label == "published"
    hd = find_header_date("Updated: 15 July 2024\n" + BODY)
    assert hd.value == dt.date(2024, 7, 15) and hd.label == "updated"


def test_header_disagreeing_with_manifest_is_noted(tmp_path):
    (tmp_path / "a.txt").write_text("Headline\nJuly 15, 2024\n" + BODY)
    (tmp_path / "manifest.csv").write_text("file,published\na.txt,2024-07-14\n")
    a = _read(tmp_path)[0]
    assert a.published == dt.date(2024, 7, 14) and a.published_source == "manifest"
    assert any("2024-07-15" in w for w in a.warnings)


# -- given dates -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-07-14", dt.date(2024, 7, 14)),
        ("2024-07-14T10:00:00Z", dt.datetime(2024, 7, 14, 10, tzinfo=dt.UTC)),
        ("July 14, 2024", dt.date(2024, 7, 14)),
        ("14 juillet 2024", dt.date(2024, 7, 14)),
        ("Sunday 14th July 2024", dt.date(2024, 7, 14)),
        (dt.date(2024, 7, 14), dt.date(2024, 7, 14)),
        (dt.datetime(2024, 7, 14), dt.date(2024, 7, 14)),
        (dt.datetime(2024, 7, 14, 9, 30), dt.datetime(2024, 7, 14, 9, 30)),
        ("", None),
        (None, None),
        (float("nan"), None),
    ],
)
def test_parse_date_value(value, expected):
    assert parse_date_value(value) == expected


@pytest.mark.parametrize(
    "value", ["yesterday", "2 days ago", "last Tuesday", "Tuesday", "July 14", "hello", "0001-01-01", 20240714, "30/02/2024"]
)
def test_parse_date_value_refuses(value):
    with pytest.raises(DateValueError):
        parse_date_value(value)


def test_parse_date_value_is_clock_free(monkeypatch):
    import timeline._pubdate as pd

    class Frozen(dt.datetime):
        @classmethod
        def now(cls, tz=None):
            raise AssertionError("the clock was read")

        @classmethod
        def today(cls):
            raise AssertionError("the clock was read")

    monkeypatch.setattr(pd._dt, "datetime", Frozen)
    assert parse_date_value("July 14, 2024") == dt.date(2024, 7, 14)


# -- encodings -------------------------------------------------------------------------------

TEXT_ACCENTS = "Négociations au Caire\nPublished: 5 May 2024\n\nLe café « Élysée » a fermé. Ça coûte 5 €.\n"


@pytest.mark.parametrize(
    ("data", "encoding", "detected"),
    [
        (TEXT_ACCENTS.encode("utf-8"), "utf-8", False),
        (b"\xef\xbb\xbf" + TEXT_ACCENTS.encode("utf-8"), "utf-8-sig", False),
        (TEXT_ACCENTS.encode("utf-16"), "utf-16", False),
        (b"\xfe\xff" + TEXT_ACCENTS.encode("utf-16-be"), "utf-16", False),
        (TEXT_ACCENTS.replace("€", "EUR").encode("latin-1"), "latin-1", True),
        (TEXT_ACCENTS.encode("cp1252"), "cp1252", True),
    ],
)
def test_encodings(tmp_path, data, encoding, detected):
    (tmp_path / "a.txt").write_bytes(data)
    arts = _read(tmp_path, strict=True)  # a detected encoding is said, but is no error
    a = arts[0]
    assert a.encoding == encoding
    assert a.text.startswith("Négociations") and "café « Élysée »" in a.text
    assert a.published == dt.date(2024, 5, 5)
    assert any("encoding detected" in w for w in a.warnings) == detected
    assert [p.kind for p in arts.problems] == (["encoding"] if detected else [])
    assert ("encoding detected" in arts.summary()) == detected


def test_utf16_without_bom_and_latin1_html(tmp_path):
    text = "Talks in Cairo\nJuly 14, 2024\n\nNegotiators met again on Sunday to discuss the ceasefire plan.\n"
    (tmp_path / "a.txt").write_bytes(text.encode("utf-16-le"))
    page = "<html><body><article><p>Caf\u00e9 talks \u00e0 Paris on Sunday, the 14th.</p></article></body></html>"
    (tmp_path / "b.html").write_bytes(page.encode("latin-1"))
    a, b = _read(tmp_path)
    assert a.text == text and a.encoding.startswith("utf-16") and a.published == dt.date(2024, 7, 14)
    assert any("encoding detected" in w for w in a.warnings)
    assert b.text == "Caf\u00e9 talks \u00e0 Paris on Sunday, the 14th." and b.encoding == "latin-1"


def test_summary_is_capped():
    arts = Articles([], [ReadProblem(f"f{i}", "empty", "empty") for i in range(80)])
    s = arts.summary()
    assert "80 problems" in s and "and 30 more" in s and s.count("\n  - ") == 50


def test_cp1252_smart_quotes(tmp_path):
    text = "Talks \u201cstalled\u201d \u2014 officials\u2019 statement\nJuly 14, 2024\n\n" + BODY
    (tmp_path / "q.txt").write_bytes(text.encode("cp1252"))
    a = _read(tmp_path)[0]
    assert a.text == text and a.encoding == "cp1252"


def test_crlf_kept_and_offsets_index_text(tmp_path):
    text = "Headline\r\nBy someone // 2024-06-05\r\n\r\n" + BODY.replace("\n", "\r\n")
    (tmp_path / "crlf.txt").write_bytes(text.encode("utf-8"))
    a = _read(tmp_path)[0]
    assert a.text == text
    assert a.published == dt.date(2024, 6, 5) and a.title == "Headline"
    hd = find_header_date(a.text)
    assert a.text[hd.start : hd.end] == "2024-06-05"


def test_text_is_verbatim(tmp_path):
    text = "Head\u00a0line\u200b here\nJuly 14, 2024\n\n\u201cQuoted\u201d\u00a0text  with  spaces.\n"
    (tmp_path / "v.txt").write_text(text, encoding="utf-8")
    assert _read(tmp_path)[0].text == text


def test_binary_and_empty_files(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(b"  \n\n \t\n")
    (tmp_path / "c.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (tmp_path / "d.txt").write_text("Headline\nJuly 14, 2024\n" + BODY)
    arts = _read(tmp_path)
    assert [a.id for a in arts] == ["d"]
    kinds = {p.source.rsplit("/", 1)[-1]: p.kind for p in arts.problems}
    assert kinds == {"a.txt": "empty", "b.txt": "empty", "c.txt": "unreadable"}
    assert "a.txt" in arts.summary() and "unreadable" in arts.summary()


def test_empty_folder_is_a_problem(tmp_path):
    (tmp_path / "notes.md").write_text("not an article")
    arts = _read(tmp_path)
    assert len(arts) == 0 and [p.kind for p in arts.problems] == ["empty"]
    assert "no .txt/.html/.htm files" in arts.summary()


def test_very_long_line(tmp_path):
    text = "Headline\nJuly 14, 2024\n" + ("word " * 400_000)
    (tmp_path / "long.txt").write_text(text)
    a = _read(tmp_path)[0]
    assert len(a.text) == len(text) and a.published == dt.date(2024, 7, 14)
    one_line = "x" * 2_000_000
    assert find_header_date(one_line) is None


# -- HTML --------------------------------------------------------------------------------------

HTML = """<!doctype html><html><head><meta charset="utf-8"><title>Talks stall | Example News</title>
<meta property="og:title" content="Talks stall in Cairo">
<meta property="article:published_time" content="2024-05-05T09:30:00Z"></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<article><h1>Talks stall in Cairo</h1>
<p>Hamas negotiators   left Cairo on <b>Sunday</b>, officials&nbsp;said.</p>
<script>track()</script>
<p>Netanyahu said the war began nearly seven months ago.<br>Mediators kept trying.</p>
<aside>Read more: unrelated</aside><ul><li>Point one</li><li>Point two</li></ul></article>
<footer>Copyright</footer></body></html>"""


def test_html(tmp_path):
    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    a = _read(tmp_path)[0]
    assert a.id == "page" and a.title == "Talks stall in Cairo"
    assert a.published == dt.datetime(2024, 5, 5, 9, 30, tzinfo=dt.UTC) and a.published_source == "html"
    assert a.metadata["extracted_from_html"] is True
    assert a.text == (
        "Talks stall in Cairo\n\n"
        "Hamas negotiators left Cairo on Sunday, officials\u00a0said.\n\n"
        "Netanyahu said the war began nearly seven months ago. Mediators kept trying.\n\n"
        "Point one\n\nPoint two"
    )
    for bad in ("track()", "Home", "Copyright", "unrelated"):
        assert bad not in a.text


def test_html_time_element_and_manifest_wins(tmp_path):
    page = "<html><body><main><p>By X <time datetime='2024-07-14'>Sunday</time></p><p>Text of the story here.</p></main></body></html>"
    (tmp_path / "t.htm").write_text(page)
    a = _read(tmp_path)[0]
    assert a.published == dt.date(2024, 7, 14) and a.published_source == "html"
    (tmp_path / "manifest.csv").write_text("file,published\nt.htm,2024-07-13\n")
    a = _read(tmp_path)[0]
    assert a.published == dt.date(2024, 7, 13) and a.published_source == "manifest"


def test_html_without_text_is_empty(tmp_path):
    (tmp_path / "e.html").write_text("<html><body><script>x()</script><nav>menu</nav></body></html>")
    arts = _read(tmp_path)
    assert len(arts) == 0 and arts.problems[0].kind == "empty"


def test_html_deeply_nested(tmp_path):
    page = "<div>" * 5000 + "<p>Deep text.</p>" + "</div>" * 5000
    (tmp_path / "deep.html").write_text(page)
    assert _read(tmp_path)[0].text == "Deep text."


# -- manifests ---------------------------------------------------------------------------------


def _folder(tmp_path, n=3):
    for i in range(n):
        (tmp_path / f"a{i}.txt").write_text(f"Headline {i}\n\nStory number {i} says something different about talks in Cairo today.\n")
    return tmp_path


def test_manifest_columns_and_metadata(tmp_path):
    _folder(tmp_path)
    (tmp_path / "manifest.csv").write_text(
        "file,published,outlet,url,title,language,section\n"
        "a1.txt,2024-07-14,Outlet One,https://x/1,Title one,en,World\n"
        "a0.txt,\"July 13, 2024\",Outlet Zero,,,fr,\n"
    )
    arts = _read(tmp_path)
    assert [a.id for a in arts] == ["a1", "a0", "a2"]  # manifest order, then unlisted files
    a1, a0, a2 = arts
    assert (a1.published, a1.outlet, a1.url, a1.title, a1.language) == (
        dt.date(2024, 7, 14), "Outlet One", "https://x/1", "Title one", "en")
    assert a1.metadata == {"section": "World"}
    assert a0.published == dt.date(2024, 7, 13) and a0.language == "fr" and a0.title == "Headline 0"
    assert a2.published is None and [p.kind for p in arts.problems] == ["no_date"]


def test_manifest_jsonl_and_id_column(tmp_path):
    _folder(tmp_path, 2)
    rows = [{"id": "a0", "published": "2024-07-14", "tags": ["x", "y"]}, {"id": "a1", "date": "2024-07-15"}]
    (tmp_path / "manifest.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    arts = _read(tmp_path)
    assert [(a.id, a.published) for a in arts] == [("a0", dt.date(2024, 7, 14)), ("a1", dt.date(2024, 7, 15))]
    assert arts[0].metadata == {"tags": ["x", "y"]}


def test_manifest_argument(tmp_path):
    (tmp_path / "articles").mkdir()
    folder = _folder(tmp_path / "articles")
    (tmp_path / "meta.csv").write_text("file,published\narticles/a2.txt,2024-01-02\n")
    arts = _read(folder, manifest=tmp_path / "meta.csv")
    assert arts[0].id == "a2" and arts[0].published == dt.date(2024, 1, 2)
    pd = pytest.importorskip("pandas")
    arts = _read(folder, manifest=pd.DataFrame({"file": ["a1.txt"], "published": [pd.Timestamp("2024-03-04")]}))
    assert arts[0].id == "a1" and arts[0].published == dt.date(2024, 3, 4)


def test_manifest_missing_file(tmp_path):
    _folder(tmp_path, 1)
    (tmp_path / "manifest.csv").write_text("file,published\nnope.txt,2024-07-14\na0.txt,2024-07-14\n")
    arts = _read(tmp_path)
    assert [a.id for a in arts] == ["a0"]
    (prob,) = arts.problems
    assert prob.kind == "missing_file" and "row 1" in prob.source and "nope.txt" in prob.reason
    with pytest.raises(ManifestError, match="nope.txt"):
        read_articles(tmp_path, strict=True)


@pytest.mark.parametrize(
    ("content", "match"),
    [
        ("published,outlet\n2024-07-14,X\n", "needs a 'file' column"),
        ("file,file\na0.txt,a0.txt\n", "more than once"),
        ("file,,published\na0.txt,,2024-07-14\n", "empty name"),
        ("", "empty"),
    ],
)
def test_manifest_bad_layout(tmp_path, content, match):
    _folder(tmp_path, 1)
    (tmp_path / "manifest.csv").write_text(content)
    with pytest.raises(ManifestError, match=match):
        _read(tmp_path)


def test_manifest_ragged_row_and_relative_date(tmp_path):
    _folder(tmp_path, 3)
    (tmp_path / "manifest.csv").write_text(
        "file,published\na0.txt,2024-07-14,extra,fields\na1.txt,yesterday\na2.txt,2024-07-14\n"
    )
    arts = _read(tmp_path)
    kinds = [(p.kind, p.source.rsplit(" ", 2)[-2:]) for p in arts.problems]
    assert ("bad_manifest", ["row", "1"]) in kinds and ("bad_date", ["row", "2"]) in kinds
    a1 = next(a for a in arts if a.id == "a1")
    assert a1.published is None and any("yesterday" in w for w in a1.warnings)
    # a0's row was refused but the file itself is kept (as an unlisted file): nothing lost
    assert sorted(a.id for a in arts) == ["a0", "a1", "a2"]
    with pytest.raises(ManifestError):
        read_articles(tmp_path, strict=True)


# -- tables ------------------------------------------------------------------------------------


def test_jsonl(tmp_path):
    p = tmp_path / "arts.jsonl"
    p.write_text(
        json.dumps({"id": "x", "text": "Headline\nJuly 14, 2024\n" + BODY, "outlet": "O", "extra": 1}) + "\n"
        "\n"
        "{not json}\n"
        + json.dumps({"text": "Undated\n\n" + BODY.upper(), "published": "2024-05-05"}) + "\n"
        + json.dumps([1, 2]) + "\n"
        + json.dumps({"text": ""}) + "\n"
    )
    arts = _read(p)
    assert [a.id for a in arts] == ["x", "3"]
    assert arts[0].published_source == "header" and arts[0].metadata == {"extra": 1}
    assert arts[1].published == dt.date(2024, 5, 5) and arts[1].published_source == "given"
    assert [(q.kind, q.source.rsplit(" ", 1)[-1]) for q in arts.problems] == [
        ("bad_row", "3"), ("duplicate", "3"), ("bad_row", "5"), ("empty", "6")]


def test_csv_table(tmp_path):
    p = tmp_path / "arts.csv"
    long_text = "Headline\n2024-07-14\n\n" + "A very long paragraph, with commas. " * 20000
    import csv

    with p.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "text", "published", "Outlet"])
        w.writerow(["one", long_text, "", "O1"])
        w.writerow(["two", "Second story\n\n" + BODY, "14 July 2024", "O2"])
    arts = _read(p)
    assert [a.id for a in arts] == ["one", "two"]
    assert arts[0].text == long_text and arts[0].published_source == "header" and arts[0].outlet == "O1"
    assert arts[1].published == dt.date(2024, 7, 14)


def test_csv_unclosed_quote_is_reported(tmp_path):
    p = tmp_path / "q.csv"
    p.write_text('id,text\na,"Story about talks in Cairo.\nb,Another story about Doha.\n')
    arts = _read(p)
    assert len(arts) == 0
    (prob,) = arts.problems
    assert prob.kind == "bad_row" and "never closed" in prob.reason and "row 1" in prob.source
    p.write_text('id,text\na,"Story"x\nb,Another story about Doha.\n')
    arts = _read(p)
    assert [a.id for a in arts] == ["b"] and arts.problems[0].kind == "bad_row"


def test_csv_semicolon_and_no_text_column(tmp_path):
    p = tmp_path / "s.csv"
    p.write_text("id;text;date\nk;" + "Story text about talks in Cairo today." + ";2024-07-14\n")
    (a,) = _read(p)
    assert a.id == "k" and a.published == dt.date(2024, 7, 14)
    q = tmp_path / "bad.csv"
    q.write_text("id,body2\n1,hello\n")
    with pytest.raises(ManifestError, match="no 'text' column"):
        _read(q)


def test_dataframe():
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame(
        {
            "text": ["Headline\nJuly 14, 2024\n" + BODY, "Other\n\nSomething else happened in Doha on Monday.", None],
            "published": [None, pd.Timestamp("2024-05-05"), None],
            "outlet": ["A", "B", "C"],
            "score": [1.5, float("nan"), 2.0],
        }
    )
    arts = _read(df)
    assert [a.id for a in arts] == ["1", "2"]
    assert arts[0].published_source == "header" and arts[1].published == dt.date(2024, 5, 5)
    assert arts[1].metadata == {"score": None}
    assert [p.kind for p in arts.problems] == ["empty"]


def test_iterable_of_dicts_and_articles():
    given = Article("g", "Headline\n\n" + BODY, published="2024-07-14")
    assert given.published == dt.date(2024, 7, 14) and given.published_source == "given"
    arts = _read([{"id": "d", "text": "Head\nJuly 14, 2024\n\nSome other story about Doha and Cairo."}, given, 42])
    assert [a.id for a in arts] == ["d", "g"]
    assert arts.problems[0].kind == "bad_row" and "int" in arts.problems[0].reason
    # a dated-by-header Article passed in gets its header date
    (a,) = _read([Article("h", "Head\nPublished: 5 May 2024\n\n" + BODY)])
    assert a.published == dt.date(2024, 5, 5) and a.published_source == "header"


def test_single_file_and_single_dict(tmp_path):
    (tmp_path / "one.txt").write_text("Headline\n14 July 2024\n" + BODY)
    assert _read(tmp_path / "one.txt")[0].published == dt.date(2024, 7, 14)
    assert _read({"text": BODY, "published": "2024-07-14"})[0].id == "1"


# -- duplicates --------------------------------------------------------------------------------


def test_duplicates_across_outlets(tmp_path):
    (tmp_path / "a.txt").write_text("Talks collapse\nBy AFP // 2024-07-14\n\n" + BODY)
    (tmp_path / "b.txt").write_text("TALKS COLLAPSE (wire)\nJuly 14, 2024\n\n" + BODY.replace("Sunday", "Sunday ").upper())
    (tmp_path / "c.txt").write_text("Different\nJuly 14, 2024\n\nAnother story entirely, about a different day in Doha.\n")
    arts = _read(tmp_path)
    assert [a.duplicate_of for a in arts] == [None, "a", None]
    assert [p.kind for p in arts.problems] == ["duplicate"]
    assert "duplicate" in arts.summary()
    # informational: strict mode does not fail on it
    assert len(read_articles(tmp_path, strict=True)) == 3


def test_same_file_twice_in_manifest(tmp_path):
    _folder(tmp_path, 1)
    (tmp_path / "manifest.csv").write_text("file,published,id\na0.txt,2024-07-14,first\na0.txt,2024-07-14,second\n")
    arts = _read(tmp_path)
    assert [(a.id, a.duplicate_of) for a in arts] == [("first", None), ("second", "first")]


def test_duplicate_ids_are_renamed():
    arts = _read([{"id": "x", "text": "One story about Cairo."}, {"id": "x", "text": "Another story about Doha."}])
    assert [a.id for a in arts] == ["x", "x~2"]
    assert "duplicate_id" in [p.kind for p in arts.problems]


# -- strictness, warnings, arguments ------------------------------------------------------------


def test_no_date_warning_and_problem(tmp_path):
    (tmp_path / "u.txt").write_text("Headline\n\n" + BODY)
    with pytest.warns(TimelineWarning, match="no publication date"):
        arts = read_articles(tmp_path)
    (a,) = arts
    assert a.published is None and a.reference is None and a.published_source is None
    assert a.warnings and arts.problems == [ReadProblem(str(tmp_path / "u.txt"), a.warnings[0], "no_date")]


def test_strict_lists_problems(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_text("Headline\n\n" + BODY)
    with pytest.raises(ArticleProblemError) as info:
        _read(tmp_path, strict=True)
    msg = str(info.value)
    assert "2 problem(s)" in msg and "a.txt" in msg and "b.txt" in msg
    assert [p.kind for p in info.value.problems] == ["empty", "no_date"]


def test_iter_articles_streams(tmp_path):
    _folder(tmp_path, 3)
    (tmp_path / "x.txt").write_bytes(b"")
    it = iter_articles(tmp_path)
    with pytest.warns(TimelineWarning):
        items = list(it)
    assert [type(i).__name__ for i in items] == ["Article", "ReadProblem", "Article", "ReadProblem",
                                                 "Article", "ReadProblem", "ReadProblem"]
    with pytest.raises(ArticleProblemError):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", TimelineWarning)
            list(iter_articles(tmp_path, strict=True))


@pytest.mark.parametrize("bad", [42, None, 3.5, b"bytes", object()])
def test_bad_source_type(bad):
    with pytest.raises(InputError, match="accepts a folder or file path"):
        read_articles(bad)
    with pytest.raises(InputError):
        iter_articles(bad)  # checked at call time, not on first next()


def test_missing_path_and_text_as_path(tmp_path):
    with pytest.raises(UnreadableFileError, match="no such file"):
        read_articles(tmp_path / "nope")
    with pytest.raises(InputError, match="looks like article text"):
        read_articles("Hamas said on Sunday\nthat it would leave.")
    with pytest.raises(InputError):
        read_articles(tmp_path, language="")


def test_article_validation():
    with pytest.raises(InputError):
        Article("", "text")
    with pytest.raises(InputError):
        Article("a", b"bytes")  # type: ignore[arg-type]
    with pytest.raises(ReferenceDateError):
        Article("a", "text", published="yesterday")
    with pytest.raises(InputError):
        Article("a", "text", published_source="guess")
    a = Article(7, "text", published=dt.datetime(2024, 7, 14, 23, 0))  # type: ignore[arg-type]
    assert a.id == "7" and a.reference == dt.date(2024, 7, 14)
    with pytest.raises(dataclasses_frozen()):
        a.id = "b"  # type: ignore[misc]
    assert a.replace(title="T").title == "T" and "chars=4" in repr(a)


def dataclasses_frozen():
    import dataclasses

    return dataclasses.FrozenInstanceError


def test_errors_are_timeline_errors():
    assert issubclass(ArticleProblemError, TimelineError)
    assert issubclass(TimelineWarning, UserWarning)
    assert timeline.read_articles is read_articles


def test_summary_counts(seeds_dir):
    s = read_articles(seeds_dir).summary()
    assert s.startswith("5 articles read; dates: 3 from header, 2 from manifest; 0 without a date")


@pytest.mark.parametrize("backend", ["numpy_nullable", "pyarrow"])
def test_dataframe_missing_cells_of_nullable_columns_are_missing(backend):
    # pd.NA (nullable and Arrow-backed columns, as Dask produces) is a missing cell, not a bad value
    pd = pytest.importorskip("pandas")
    if backend == "pyarrow":
        pytest.importorskip("pyarrow")
    df = pd.DataFrame(
        {"id": ["a", "b"], "text": ["Hamas left Cairo on Sunday.", "Talks resumed on Tuesday."],
         "published": ["2024-05-05", None], "outlet": ["X", None]}
    ).convert_dtypes(dtype_backend=backend)
    arts = _read(df)
    assert [(a.id, a.published, a.outlet) for a in arts] == [("a", dt.date(2024, 5, 5), "X"), ("b", None, None)]
    assert [p.kind for p in arts.problems] == ["no_date"]
