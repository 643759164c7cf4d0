"""Sentences and clauses: news formatting, offsets, clause kinds (timeline.text)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.errors import InputError
from timeline.text import line_bounds, quoted_spans, split_clauses, split_sentences


def texts(t: str) -> list[str]:
    return [s.text for s in split_sentences(t)]


def clauses(t: str) -> list[tuple[str, str]]:
    (s,) = split_sentences(t)
    return [(c.kind, c.text) for c in split_clauses(t, s)]


# --------------------------------------------------------------------------- sentences


def test_abbreviations_titles_months_do_not_end_sentences():
    t = "Mr Burns met Gen. Smith in Cairo on Oct. 7 and Mr. Jones on Sept. 12. He left."
    assert texts(t) == ["Mr Burns met Gen. Smith in Cairo on Oct. 7 and Mr. Jones on Sept. 12.", "He left."]


def test_dotted_acronyms_end_a_sentence_only_before_a_sentence_starter():
    assert texts("Talks with U.S. support failed. Then U.N. officials spoke.") == [
        "Talks with U.S. support failed.",
        "Then U.N. officials spoke.",
    ]
    assert texts("He met the U.N. Secretary-General.") == ["He met the U.N. Secretary-General."]
    assert texts("The aid came from the U.S. The president said so.") == [
        "The aid came from the U.S.",
        "The president said so.",
    ]


def test_initials_do_not_end_sentences():
    assert texts("Joseph R. Biden spoke. J. Smith replied.") == ["Joseph R. Biden spoke.", "J. Smith replied."]


def test_closing_quote_glued_to_the_next_sentence_is_a_boundary():
    t = "He denounced the “massacres” Israelis “against unarmed civilians”Hamas chief Ismail Haniyeh informed mediators."
    assert texts(t) == [
        "He denounced the “massacres” Israelis “against unarmed civilians”",
        "Hamas chief Ismail Haniyeh informed mediators.",
    ]
    t = "Deif and Salama were “eliminated”A senior official confirmed it."
    assert len(texts(t)) == 2


def test_quote_followed_by_lower_case_continues_the_sentence():
    assert texts("He “is doing well”he said.") == ["He “is doing well”he said."]


def test_sentence_ends_inside_closing_quote():
    assert texts("“Israel cannot accept that.” He left.") == ["“Israel cannot accept that.”", "He left."]


def test_headline_without_punctuation_blank_lines_and_paragraphs():
    t = "Hamas leaves Cairo\n\nTalks stalled on Sunday. Mediators left.\n\nMore later."
    ss = split_sentences(t)
    assert [(s.text, s.paragraph) for s in ss] == [
        ("Hamas leaves Cairo", 0),
        ("Talks stalled on Sunday.", 1),
        ("Mediators left.", 1),
        ("More later.", 2),
    ]


def test_single_line_breaks_byline_and_hard_wrapping():
    t = "Hamas to boycott ceasefire negotiations in Rafah\nBy lauraharris // 2024-06-05\n \nBody text here."
    assert texts(t) == ["Hamas to boycott ceasefire negotiations in Rafah", "By lauraharris // 2024-06-05", "Body text here."]
    wrapped = "The company said the talks between the two delegations would\nresume next week in the capital.\n"
    assert texts(wrapped) == ["The company said the talks between the two delegations would\nresume next week in the capital."]


def test_bracketed_note_and_caption_credit_stay_with_their_sentence():
    t = "“The Hamas delegation left Cairo tonight.” [Sunday] Al-Kahera News cited sources."
    assert texts(t) == ["“The Hamas delegation left Cairo tonight.” [Sunday]", "Al-Kahera News cited sources."]
    t = "The camp near Khan Younis, July 14, 2024. (ABED RAHIM KHATIB / AFP)\n\nNext paragraph."
    assert texts(t)[0] == "The camp near Khan Younis, July 14, 2024. (ABED RAHIM KHATIB / AFP)"
    # a parenthesised sentence of its own is not a note
    t = "He spoke. (Related: Hamas accepts U.S.-brokered ceasefire proposal.) Next one."
    assert texts(t) == ["He spoke.", "(Related: Hamas accepts U.S.-brokered ceasefire proposal.)", "Next one."]


def test_offsets_and_indices():
    t = "  First one.   Second one?\n\n Third!  "
    ss = split_sentences(t)
    assert [s.index for s in ss] == [0, 1, 2]
    for s in ss:
        assert t[s.start : s.end] == s.text == s.text.strip()


def test_non_string_input_is_an_input_error():
    with pytest.raises(InputError):
        split_sentences(None)  # type: ignore[arg-type]


def test_empty_text():
    assert split_sentences("") == []
    assert split_sentences(" \n\n ") == []


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab AB.?!\n“”\"()[],;:U.S7")), max_size=120))
def test_offsets_hold_on_arbitrary_text(t):
    ss = split_sentences(t)
    last = 0
    for s in ss:
        assert t[s.start : s.end] == s.text
        assert s.text and s.text == s.text.strip()
        assert s.start >= last
        last = s.end
        for c in split_clauses(t, s):
            assert t[c.start : c.end] == c.text
            assert s.start <= c.start < c.end <= s.end


# --------------------------------------------------------------------------- quotes


def test_quoted_spans_curly_and_straight():
    t = 'He said “we are ready” and "no certainty" was left.'
    spans = quoted_spans(t)
    assert [t[a:b] for a, b in spans] == ["we are ready", "no certainty"]


# --------------------------------------------------------------------------- clauses


def test_reporting_clause_with_that_and_its_content():
    t = "A Hamas official said Sunday that the group is pulling out of Gaza truce talks."
    (s,) = split_sentences(t)
    cs = split_clauses(t, s)
    assert [(c.kind, c.text) for c in cs] == [
        ("reporting", "A Hamas official said Sunday that"),
        ("content", "the group is pulling out of Gaza truce talks."),
    ]
    assert cs[1].governor == 0
    assert t[cs[0].verb_start : cs[0].verb_end] == "said"


def test_reporting_clause_without_that():
    assert clauses("Israeli Prime Minister Benjamin Netanyahu said late on July 13 there was no certainty.") == [
        ("reporting", "Israeli Prime Minister Benjamin Netanyahu said late on July 13"),
        ("content", "there was no certainty."),
    ]
    assert clauses("He said Israel was prepared to suspend fighting.")[1] == (
        "content",
        "Israel was prepared to suspend fighting.",
    )


def test_trailing_and_inverted_reporting_clauses_govern_what_precedes():
    t = "Hamas decided on Sunday to withdraw from talks, two senior officials announced to AFP."
    (s,) = split_sentences(t)
    cs = split_clauses(t, s)
    assert [(c.kind, c.text) for c in cs] == [
        ("main", "Hamas decided on Sunday to withdraw from talks"),
        ("reporting", "two senior officials announced to AFP."),
    ]
    assert cs[0].governor == 1
    assert clauses("“The claim is false,” said Lazzarini on social media site X.")[-1] == (
        "reporting",
        "said Lazzarini on social media site X.",
    )
    assert clauses('"This deal is an opportunity," the president said in a White House address on June 2.')[-1] == (
        "reporting",
        "the president said in a White House address on June 2.",
    )


def test_relative_participle_and_subordinate_clauses():
    assert clauses("The attack on the camp on Saturday, which left at least 92 dead, was condemned.")[1][0] == "relative"
    assert clauses("Hamas attacked southern Israel on October 7, killing at least 1,139 people.") == [
        ("main", "Hamas attacked southern Israel on October 7"),
        ("participle", "killing at least 1,139 people."),
    ]
    assert clauses("Israel launched the offensive after Hamas attacked southern Israel.") == [
        ("main", "Israel launched the offensive"),
        ("subordinate", "after Hamas attacked southern Israel."),
    ]


def test_parenthetical_relative_clause_resumes_the_main_clause():
    got = clauses("Another official from the group, which has been fighting a war, said Hamas was withdrawing.")
    assert got == [
        ("main", "Another official from the group"),
        ("relative", "which has been fighting a war"),
        ("reporting", "said"),
        ("content", "Hamas was withdrawing."),
    ]


def test_conditionals_and_their_consequent():
    got = clauses("If the occupation stops its war, we are ready to reach an agreement.")
    assert got == [("conditional", "If the occupation stops its war"), ("consequent", "we are ready to reach an agreement.")]
    got = clauses("We told them that if the occupation stops its war, we are ready to reach an agreement.")
    assert [k for k, _ in got] == ["reporting", "content", "consequent"]


def test_coordination_before_a_new_verb_phrase():
    got = clauses("A Hamas delegation has departed and is expected to return for further talks on Tuesday.")
    assert got == [
        ("main", "A Hamas delegation has departed"),
        ("coordinate", "and is expected to return for further talks on Tuesday."),
    ]
    # "and" between noun phrases does not cut
    assert len(clauses("Talks mediated by Qatar and Egypt failed.")) == 1


def test_subordinate_clause_ends_where_a_capitalised_subject_resumes_the_main_clause():
    got = clauses("In a statement released shortly after Netanyahu, Hamas official Ismail Haniyeh accused him.")
    assert got == [
        ("main", "In a statement released shortly"),
        ("subordinate", "after Netanyahu"),
        ("main", "Hamas official Ismail Haniyeh accused him."),
    ]
    # a date after the comma does not
    assert [k for k, _ in clauses("They met after the vote on Sunday, July 14, in Doha.")] == ["main", "subordinate"]


def test_relative_clause_holding_a_report():
    got = clauses("Israel staged a huge bombing raid on a camp on July 13 that it said was an attempt to kill Deif.")
    assert got == [
        ("main", "Israel staged a huge bombing raid on a camp on July 13"),
        ("relative", "that it said was an attempt to kill Deif."),
    ]


def test_overlong_sentences_are_cut_so_work_stays_bounded():
    t = " ".join(["word"] * 2000) + "."
    ss = split_sentences(t)
    assert len(ss) > 1 and all(len(s.text) <= 1200 for s in ss)
    assert all(t[s.start : s.end] == s.text for s in ss)


def test_wire_style_quotes():
    t = "He said ``we will return'' on Tuesday."
    assert [t[a:b] for a, b in quoted_spans(t)] == ["we will return"]


def test_windows_line_endings():
    t = "Hamas leaves Cairo\r\n\r\nTalks stalled on Sunday. Mediators left.\r\n"
    ss = split_sentences(t)
    assert [(s.text, s.paragraph) for s in ss] == [
        ("Hamas leaves Cairo", 0),
        ("Talks stalled on Sunday.", 1),
        ("Mediators left.", 1),
    ]


@pytest.mark.parametrize(
    ("text", "start", "end", "bounds"),
    [
        ("one line", 3, None, (0, 8)),
        ("head\nbody here\ntail", 7, None, (5, 14)),
        ("head\nbody here\ntail", 5, 9, (5, 14)),
        ("head\nbody\n", 10, None, (10, 10)),  # after the final newline: an empty last line
        ("a\nb\nc", 0, 3, (0, 3)),  # a span across a newline runs to the line the end is on
    ],
)
def test_line_bounds(text: str, start: int, end: int | None, bounds: tuple[int, int]) -> None:
    assert line_bounds(text, start, end) == bounds


@given(st.text(alphabet="ab \n", max_size=40), st.data())
@settings(max_examples=200)
def test_line_bounds_hold_no_newline(text: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(0, len(text)))
    a, b = line_bounds(text, pos)
    assert a <= pos <= b and "\n" not in text[a:b]
    assert a == 0 or text[a - 1] == "\n"
    assert b == len(text) or text[b] == "\n"
