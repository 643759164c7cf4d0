"""TimeML reading/writing and the TempEval-3 scorer."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.errors import InputError, UnreadableFileError
from timeline.timeml import (
    GoldTimex,
    TimeMLDocument,
    evaluate,
    read_timeml,
    read_timeml_dir,
    score,
    to_timeml,
)

DOC = """<?xml version="1.0" ?>
<TimeML>
<DOCID>wsj_0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08T18:30" temporalFunction="false" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TITLE>AT&amp;T <TIMEX3 tid="t9" type="DATE" value="1998">1998</TIMEX3></TITLE>
<TEXT>
AT&amp;T <EVENT eid="e1" class="OCCURRENCE">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-06">Tuesday</TIMEX3> that profits &lt;rose&gt; for <TIMEX3 tid="t2" type="DURATION" value="P3M" mod="APPROX">about three months</TIMEX3>.
<TIMEX3 tid="t3" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">Jan. 8</TIMEX3> <SIGNAL sid="s1">after</SIGNAL> <TIMEX3 tid="t4" type="SET" value="P1W" quant="EVERY">every week</TIMEX3>
</TEXT>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
</TimeML>
"""


def _doc(text: str, spans: list[tuple[str, str, str]], doc_id: str = "d") -> TimeMLDocument:
    """A gold document whose TIMEX3 are the first occurrences of the given phrases."""
    timexes = []
    for i, (phrase, typ, value) in enumerate(spans, 1):
        s = text.index(phrase)
        timexes.append(GoldTimex(f"t{i}", s, s + len(phrase), phrase, typ, value))
    return TimeMLDocument(doc_id, dt.date(2024, 5, 7), text, timexes)


def _pred(text: str, phrase: str, typ: str, value: str, nth: int = 0) -> dict:
    s = -1
    for _ in range(nth + 1):
        s = text.index(phrase, s + 1)
    return dict(start=s, end=s + len(phrase), text=phrase, type=typ, value=value)


# ---------------------------------------------------------------- reading


def test_read_text_offsets_entities_and_dct(tmp_path: Path) -> None:
    f = tmp_path / "x.tml"
    f.write_text(DOC, encoding="utf-8")
    doc = read_timeml(f)
    assert doc.doc_id == "wsj_0001"
    assert doc.dct == dt.date(1998, 1, 8)
    assert doc.path == f
    assert doc.text.startswith("\nAT&T said Tuesday that profits <rose> for about three months.\n")
    assert "<" not in doc.text.replace("<rose>", "")
    # creation-time TIMEX3 inside TEXT dropped; TITLE is outside TEXT and ignored
    assert [(t.tid, t.text, t.type, t.value) for t in doc.timexes] == [
        ("t1", "Tuesday", "DATE", "1998-01-06"),
        ("t2", "about three months", "DURATION", "P3M"),
        ("t4", "every week", "SET", "P1W"),
    ]
    assert all(doc.text[t.start : t.end] == t.text for t in doc.timexes)
    assert doc.timexes[1].mod == "APPROX"
    assert doc.timexes[2].attrs["quant"] == "EVERY"


def test_read_from_string_and_docid_fallback(tmp_path: Path) -> None:
    doc = read_timeml("<TimeML><TEXT>on <TIMEX3 tid='t1' type='DATE' value='2001'>2001</TIMEX3></TEXT></TimeML>")
    assert doc.text == "on 2001" and doc.dct is None and doc.timexes[0].start == 3
    f = tmp_path / "APW1.tml"
    f.write_text("<TimeML><TEXT>x</TEXT></TimeML>", encoding="utf-8")
    assert read_timeml(f).doc_id == "APW1"


def test_silver_style_dct_with_surrounding_text() -> None:
    doc = read_timeml(
        '<TimeML><DOCID>AFP_1</DOCID><DCT>KUALA LUMPUR, <TIMEX3 tid="t0" type="TIME" value="1997-04-01" '
        'functionInDocument="CREATION_TIME">April 1 , 1997</TIMEX3> (AFP)</DCT><TEXT>x</TEXT></TimeML>'
    )
    assert doc.dct == dt.date(1997, 4, 1)


def test_malformed_and_missing_files(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tml"
    bad.write_text("<TimeML><TEXT>unclosed</TimeML>", encoding="utf-8")
    with pytest.raises(UnreadableFileError, match="bad.tml"):
        read_timeml(bad)
    with pytest.raises(UnreadableFileError, match="nope.tml"):
        read_timeml(tmp_path / "nope.tml")
    notext = tmp_path / "notext.tml"
    notext.write_text("<TimeML><DCT/></TimeML>", encoding="utf-8")
    with pytest.raises(InputError, match="notext.tml"):
        read_timeml(notext)
    with pytest.raises(UnreadableFileError):
        read_timeml_dir(tmp_path / "absent")
    with pytest.raises(InputError):
        read_timeml(42)  # type: ignore[arg-type]


def test_read_dir_sorted_recursive(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "a.tml").write_text("<TimeML><TEXT>1</TEXT></TimeML>", encoding="utf-8")
    (tmp_path / "c.tml").write_text("<TimeML><TEXT>2</TEXT></TimeML>", encoding="utf-8")
    (tmp_path / "ignored.txt").write_text("x", encoding="utf-8")
    assert [d.doc_id for d in read_timeml_dir(tmp_path)] == ["a", "c"]
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match="no \\*.tml"):
        read_timeml_dir(empty)


# ---------------------------------------------------------------- writing


def test_to_timeml_escapes_and_round_trips() -> None:
    text = 'Q&A <b> "quoted"\r\n on May 5 & 6\tthen'
    ms = [
        dict(start=text.index("May 5"), end=text.index("May 5") + 5, type="DATE", value="2024-05-05", mod="START"),
        dict(start=0, end=3, type="DATE", value='X"<&>'),
    ]
    xml = to_timeml(text, ms, doc_id="a&b", dct=dt.date(2024, 5, 7))
    doc = read_timeml(xml)
    assert doc.text == text
    assert doc.doc_id == "a&b" and doc.dct == dt.date(2024, 5, 7)
    assert [(t.start, t.end, t.value, t.mod) for t in doc.timexes] == [
        (0, 3, 'X"<&>', None),
        (ms[0]["start"], ms[0]["end"], "2024-05-05", "START"),
    ]


def test_to_timeml_rejects_bad_mentions() -> None:
    with pytest.raises(InputError, match="overlap"):
        to_timeml("May 5 2024", [dict(start=0, end=5, type="DATE", value="x"), dict(start=4, end=10, type="DATE", value="y")])
    with pytest.raises(InputError, match="outside"):
        to_timeml("May", [dict(start=0, end=9, type="DATE", value="x")])
    with pytest.raises(InputError, match="XML 1.0"):
        to_timeml("a\x00b", [])
    with pytest.raises(InputError):
        to_timeml(b"bytes", [])  # type: ignore[arg-type]


_xml_char = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\ufffe\uffff")


@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet=_xml_char, max_size=60), cuts=st.lists(st.integers(0, 60), max_size=8), value=st.text(alphabet=_xml_char, max_size=8))
def test_round_trip_property(text: str, cuts: list[int], value: str) -> None:
    points = sorted({c for c in cuts if c <= len(text)})
    spans = [(points[i], points[i + 1]) for i in range(0, len(points) - 1, 2)]
    ms = [dict(start=a, end=b, type="DATE", value=value) for a, b in spans]
    doc = read_timeml(to_timeml(text, ms, doc_id="p"))
    assert doc.text == text
    assert [(t.start, t.end, t.value) for t in doc.timexes] == [(a, b, value) for a, b in spans]


# ---------------------------------------------------------------- scoring

TEXT = "On Tuesday the talks resumed, three weeks after May 5, and again last Friday evening."


def test_score_known_precision_recall() -> None:
    gold = [_doc(TEXT, [("Tuesday", "DATE", "2024-05-07"), ("three weeks", "DURATION", "P3W"),
                        ("May 5", "DATE", "2024-05-05"), ("last Friday evening", "TIME", "2024-05-03TEV")])]
    pred = {
        "d": [
            _pred(TEXT, "Tuesday", "DATE", "2024-05-07"),  # strict, value and type right
            _pred(TEXT, "three weeks after", "DURATION", "P3W"),  # relaxed only, value right
            _pred(TEXT, "May 5", "DATE", "2024-05-06"),  # strict, wrong value
            _pred(TEXT, "the talks", "DATE", "X"),  # spurious
            # "last Friday evening" missed
        ]
    }
    s = score(gold, pred)
    assert s.counts == dict(documents=1, gold=4, predicted=4, strict=2, relaxed=3, value_correct=2, type_correct=3)
    assert (s.strict_p, s.strict_r, s.strict_f1) == pytest.approx((0.5, 0.5, 0.5))
    assert (s.relaxed_p, s.relaxed_r, s.relaxed_f1) == pytest.approx((0.75, 0.75, 0.75))
    assert s.value_accuracy == pytest.approx(2 / 3)
    assert s.value_f1 == pytest.approx(0.5)
    assert s.type_f1 == pytest.approx(0.75)
    kinds = sorted((e.kind, (e.gold or e.predicted)["text"]) for e in s.errors)
    assert kinds == [("missed", "last Friday evening"), ("span", "three weeks"),
                     ("spurious", "the talks"), ("value", "May 5")]
    span_err = next(e for e in s.errors if e.kind == "span")
    assert span_err.predicted["text"] == "three weeks after"
    assert "[three weeks after]" in span_err.context


def test_relaxed_matching_is_one_to_one() -> None:
    # two predictions overlap one gold: one match, one spurious
    gold = [_doc(TEXT, [("last Friday evening", "TIME", "2024-05-03TEV")])]
    pred = {"d": [_pred(TEXT, "last Friday", "DATE", "2024-05-03"), _pred(TEXT, "evening", "TIME", "2024-05-03TEV")]}
    s = score(gold, pred)
    assert s.counts["relaxed"] == 1 and s.counts["strict"] == 0
    assert s.relaxed_p == pytest.approx(0.5) and s.relaxed_r == pytest.approx(1.0)
    # one prediction spanning two golds: one match, one missed
    gold = [_doc(TEXT, [("three weeks", "DURATION", "P3W"), ("May 5", "DATE", "2024-05-05")])]
    pred = {"d": [_pred(TEXT, "three weeks after May 5", "DATE", "2024-05-26")]}
    s = score(gold, pred)
    assert s.counts["relaxed"] == 1 and s.relaxed_r == pytest.approx(0.5) and s.relaxed_p == pytest.approx(1.0)
    assert sorted(e.kind for e in s.errors) == ["missed", "span", "type", "value"]


def test_exact_match_preferred_over_bigger_overlap() -> None:
    text = "May 5 2024"
    gold = [_doc(text, [("May 5", "DATE", "2024-05-05")])]
    pred = {"d": [dict(start=0, end=10, type="DATE", value="2024-05-05"), dict(start=0, end=5, type="DATE", value="2024-05-05")]}
    # overlapping predictions are allowed in scoring (peers produce them); the exact one wins
    s = score(gold, pred)
    assert s.counts["strict"] == 1


def test_micro_average_and_missing_documents() -> None:
    g1 = _doc(TEXT, [("Tuesday", "DATE", "2024-05-07")], "a")
    g2 = _doc(TEXT, [("May 5", "DATE", "2024-05-05"), ("three weeks", "DURATION", "P3W")], "b")
    s = score([g1, g2], {"a": [_pred(TEXT, "Tuesday", "DATE", "2024-05-07")]})
    assert s.counts["gold"] == 3 and s.counts["predicted"] == 1
    assert s.strict_p == 1.0 and s.strict_r == pytest.approx(1 / 3) and s.strict_f1 == pytest.approx(0.5)
    empty = score([g1], {})
    assert empty.strict_f1 == 0.0 and empty.value_f1 == 0.0


def test_score_accepts_mention_objects_and_rejects_garbage() -> None:
    from timeline.temporal.values import TimeMention

    g = _doc(TEXT, [("May 5", "DATE", "2024-05-05")])
    s0 = TEXT.index("May 5")
    s = score([g], {"d": [TimeMention(s0, s0 + 5, "May 5", "DATE", "2024-05-05")]})
    assert s.value_f1 == 1.0
    with pytest.raises(InputError):
        score([g], {"d": [dict(start="a", end=3)]})


def _fake_tagger(text: str, reference: dt.date | None) -> list[dict]:
    """Marks every 4-digit year and the word 'Tuesday' (resolved against the reference)."""
    import re

    out = [dict(start=m.start(), end=m.end(), type="DATE", value=m.group()) for m in re.finditer(r"\b\d{4}\b", text)]
    for m in re.finditer(r"Tuesday", text):
        value = "XXXX-XX-XX" if reference is None else (reference - dt.timedelta(days=2)).isoformat()
        out.append(dict(start=m.start(), end=m.end(), type="DATE", value=value))
    return out


def test_evaluate_with_fake_tagger(tmp_path: Path) -> None:
    (tmp_path / "x.tml").write_text(DOC, encoding="utf-8")
    s = evaluate(tmp_path, tagger=_fake_tagger)
    # gold: Tuesday (found, value right: DCT 1998-01-08 - 2 days), about three months, every week
    assert s.counts == dict(documents=1, gold=3, predicted=1, strict=1, relaxed=1, value_correct=1, type_correct=1)
    assert s.chars == len(read_timeml(tmp_path / "x.tml").text)
    assert s.seconds is not None and s.seconds >= 0
    assert evaluate(tmp_path, tagger=_fake_tagger, limit=0).counts["documents"] == 0


def test_cli_evaluate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import timeline.timeml as tm
    from timeline.cli import main

    (tmp_path / "x.tml").write_text(DOC, encoding="utf-8")
    monkeypatch.setattr(tm, "_default_tagger", lambda: _fake_tagger)
    assert main(["evaluate", str(tmp_path), "--errors"]) == 0
    out = capsys.readouterr().out
    assert "strict" in out and "relaxed" in out and "chars/s" in out
    assert "wsj_0001\tmissed" in out and "about three months" in out
    assert "errors: missed 2, spurious 0, span 0, value 0, type 0" in out
    assert main(["evaluate", str(tmp_path), "--json", "--errors"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["counts"]["gold"] == 3 and len(data["errors"]) == 2
    assert main(["evaluate", str(tmp_path / "missing")]) == 2
    assert "missing" in capsys.readouterr().err


@pytest.mark.shared_data
def test_tbaq_reader_and_perfect_tagger(tempeval_dir: Path) -> None:
    docs = read_timeml_dir(tempeval_dir / "tbaq")
    assert len(docs) == 256
    assert sum(len(d.timexes) for d in docs) == 1822  # creation times excluded
    assert all(d.dct is not None for d in docs)
    assert all(d.text[t.start : t.end] == t.text for d in docs for t in d.timexes)
    by_id = {d.doc_id: d for d in docs}
    assert len(by_id) == len(docs)
    s = score(docs, {d.doc_id: d.timexes for d in docs})
    assert (s.strict_f1, s.relaxed_f1, s.value_f1, s.type_f1) == (1.0, 1.0, 1.0, 1.0)
    assert not s.errors


def test_evaluate_names_the_document_a_tagger_fails_on(tmp_path: Path) -> None:
    (tmp_path / "x.tml").write_text(DOC, encoding="utf-8")

    def broken(text: str, reference: dt.date | None) -> list:
        raise IndexError("boom")

    with pytest.raises(IndexError) as info:
        evaluate(tmp_path, tagger=broken)
    assert any("wsj_0001" in n for n in info.value.__notes__)


def test_duplicate_gold_ids_are_refused() -> None:
    g = _doc(TEXT, [("May 5", "DATE", "2024-05-05")], "same")
    with pytest.raises(InputError, match="same"):
        score([g, g], {})
