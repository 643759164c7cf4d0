"""Calendar edge cases and the no-reference case."""

import datetime as dt

import pytest

import timeline
from tests.temporal._cases import check, find


@pytest.mark.parametrize(
    "case",
    [
        ("Protesters marched on Saturday.", "2024-01-01", "Saturday", "DATE", "2023-12-30"),
        ("Gifts were exchanged on December 25.", "2024-01-10", "December 25", "DATE", "2023-12-25"),
        ("The law took effect on February 29.", "2024-03-10", "February 29", "DATE", "2024-02-29"),
        # February 29 said in a non-leap year: the last leap day before
        ("The law took effect on February 29.", "2023-03-10", "February 29", "DATE", "2020-02-29"),
        ("It happened on February 29, 2023.", None, "February 29, 2023", "DATE", "2023-02"),
        ("Talks stalled last week.", "2024-01-03", "last week", "DATE", "2023-W52"),
        ("Talks stalled last week.", "2021-01-06", "last week", "DATE", "2020-W53"),
        ("Talks resume next week.", "2024-12-30", "next week", "DATE", "2025-W02"),
    ],
)
def test_edges(case):
    check(case)


def test_no_reference_leaves_relative_values_underspecified():
    text = "On Saturday they met; on October 7 it began; yesterday it ended; last year was hard."
    ms = {m.text: m for m in timeline.tag(text)}
    assert ms["Saturday"].value == "XXXX-XX-XX" and ms["Saturday"].earliest is None
    assert ms["October 7"].value == "XXXX-10-07" and ms["October 7"].latest is None
    assert ms["yesterday"].value == "XXXX-XX-XX"
    assert ms["last year"].value == "XXXX" and ms["last year"].earliest is None
    # absolute dates still resolve
    m = find("It began on July 14, 2024.", None, "July 14, 2024")
    assert m.earliest == dt.date(2024, 7, 14)


def test_no_clock():
    # nothing depends on today's date: the same call gives the same output
    text = "On Sunday, talks began; next week they resume."
    assert timeline.tag(text) == timeline.tag(text)
    assert all(m.earliest is None for m in timeline.tag(text))
