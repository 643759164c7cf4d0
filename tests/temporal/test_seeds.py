"""Regression guard: the full mention list of each seed article, tagged with its publication date.

The baselines (test_seeds/*.yml) were read line by line against the articles before
being committed; the explicit checks below pin the readings that matter most.
"""

import pytest

import timeline

PUBLISHED = {
    "000": "2024-07-14",
    "001": "2024-07-14",
    "002": "2024-07-14",
    "003": "2024-05-05",  # a Sunday
    "004": "2024-06-05",
}


def _tag(seeds_dir, key):
    path = next(seeds_dir.glob(f"{key}_*.txt"))
    text = path.read_text(encoding="utf-8")
    return text, timeline.tag(text, PUBLISHED[key])


@pytest.mark.parametrize("key", sorted(PUBLISHED))
def test_seed_mentions(seeds_dir, key, data_regression):
    text, mentions = _tag(seeds_dir, key)
    for m in mentions:
        assert text[m.start : m.end] == m.text
    data_regression.check([m.to_dict() for m in mentions], basename=f"seed_{key}")


def _values(seeds_dir, key):
    text, mentions = _tag(seeds_dir, key)
    return [(m.text, m.value, m.mod) for m in mentions], text


def test_seed_003_readings(seeds_dir):
    got, text = _values(seeds_dir, "003")
    assert ("Sunday", "2024-05-05", None) in got
    assert ("Tuesday", "2024-05-07", None) in got  # "expected to return ... on Tuesday"
    assert ("late Sunday", "2024-05-05", "END") in got
    assert ("nearly seven months ago", "2023-10", "LESS_THAN") in got
    assert ("Friday", "2024-05-03", None) in got
    assert ("October 7", "2023-10-07", None) in got
    assert ("October", "2023-10", None) in got  # "since October"
    assert "In a second day" in text and not any("second" in t for t, _, _ in got)


def test_seed_000_readings(seeds_dir):
    got, _ = _values(seeds_dir, "000")
    assert ("Saturday", "2024-07-13", None) in got
    assert ("Sunday, July 14", "2024-07-14", None) in got
    assert ("Saturday evening", "2024-07-13TEV", None) in got
    assert all(v != "2024-10-07" for _, v, _ in got)  # "the October 7 massacre" is the past one


def test_seed_002_readings(seeds_dir):
    got, _ = _values(seeds_dir, "002")
    assert ("late on July 13", "2024-07-13", "END") in got
    assert ("decades", "PXDE", None) in got
    assert ("nine-month-long", "P9M", None) in got
    assert ("yesterday", "2024-07-13", None) in got
    assert ("May", "2024-05", None) in got


def test_seed_004_readings(seeds_dir):
    got, _ = _values(seeds_dir, "004")
    assert ("May 26", "2024-05-26", None) in got
    assert ("June 2", "2024-06-02", None) in got
    assert ("seven months", "P7M", None) in got
    assert ("Today", "2024-06-05", None) in got


def test_seed_001_readings(seeds_dir):
    got, _ = _values(seeds_dir, "001")
    assert ("May", "2024-05", None) in got
    assert ("six-week", "P6W", None) in got
    assert ("Currently", "PRESENT_REF", None) in got
