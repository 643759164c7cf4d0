"""False positives found by the black-box probes (batch "fp"): words and numbers that look like
times but are names, counts or terms of trade and sport; each table has controls that must
stay times."""

import pytest

import timeline
from tests.temporal._cases import check, ids


def _spans(text: str, ref: str) -> list[str]:
    return [m.text for m in timeline.tag(text, ref)]


# -- month names as people's and things' names -----------------------------------------------
MONTH_NAMES = [
    ("British Prime Minister Theresa May said on Tuesday that talks would continue.", "May"),
    ("May said she would not resign.", "May"),
    ("Mrs May told parliament that the deal was dead.", "May"),
    ("Mrs. May told parliament that the deal was dead.", "May"),
    ("Prime Minister May will meet Merkel on Friday.", "May"),
    ("The talks, said prime minister May, had failed.", "May"),
    ("A spokesman for May declined to comment.", "May"),
    ("May and Juncker met in Brussels.", "May"),
    ("Merkel and May met in Brussels.", "May"),
    ("May, who took office in 2016, faces a revolt.", "May"),
    ("Theresa May's government collapsed.", "May"),
    ("Brian May played guitar.", "May"),
    ("June Jordan and April Ryan attended.", "April"),
    ("The Million Man March took place in 1995.", "March"),
    ("His research formed the basis for the Long March rocket.", "March"),
]
MONTHS_STILL = [
    ("The vote was held in May.", "May"),
    ("Prices rose in May and June.", "June"),
    ("Prices rose in April and May.", "May"),
    ("In May, the party lost its majority.", "May"),
    ("The report is due by May.", "May"),
    ("May saw record sales.", "May"),
    ("Throughout May the talks went on.", "May"),
    ("Toyota May sales rose 5 percent.", "May"),
    ("The bank's monthly review for April says prices rose.", "April"),
    ("Come May, the rules change.", "May"),
    ("Between Christmas and May the plant was shut.", "May"),
    ("Monday, May 5 was the deadline.", "Monday, May 5"),
]


@pytest.mark.parametrize("text,span", MONTH_NAMES)
def test_month_names_of_people(text, span):
    assert span not in _spans(text, "2019-03-12")


@pytest.mark.parametrize("text,span", MONTHS_STILL)
def test_months_stay_months(text, span):
    assert span in _spans(text, "2019-03-12")
