"""Rule family: a story's relative expressions (whole paragraphs, as news tells them).

"the year before" with no object counts from the story's last date; each class has positive
cases and near-miss controls that keep their reading.
"""

import pytest

import timeline
from tests.temporal._cases import check, ids

# "the year before", "the month before", "the week after": the unit next to the story's last
# date of that grain (or finer), else the reference's
UNIT_BEFORE_AFTER = [
    ("He joined the firm in 2001. He had left his previous job the year before.", "2005-09-02", "the year before", "DATE", "2000"),
    ("The company was founded in 1998; it went public the year after.", "2005-09-02", "the year after", "DATE", "1999"),
    ("The plant closed in March 2003. Workers had been warned the month before.", "2005-09-02", "the month before", "DATE", "2003-02"),
    ("Police arrested him on Aug. 12. The week after, he was charged.", "2005-09-02", "The week after", "DATE", "2005-W33"),
    ("Police arrested him on Aug. 12. The weekend before, he had fled.", "2005-09-02", "The weekend before", "DATE", "2005-W31-WE"),
    ("The deal collapsed in 2002. The year after, the firm went bankrupt.", "2024-05-07", "The year after", "DATE", "2003"),
    ("Revenues dropped to $300 million last year, down from $450 million the year before.", "1998-09-07", "the year before", "DATE", "1996"),
    ("At least 83 were put to death in 2005 and 35 the year before.", "2006-12-12", "the year before", "DATE", "2004"),
    # a day of the story places the year too
    ("He was arrested on May 3, 2019. The year before, he had moved to Paris.", "2024-05-07", "The year before", "DATE", "2018"),
    # a figure compared with the year before: the same quarter (month) a year back
    ("Profit rose to $5 million in the third quarter from $3 million the year before.", "2005-09-02", "the year before", "DATE", "2004-Q3"),
    ("Exports rose in April from the year before.", "2005-09-02", "the year before", "DATE", "2004-04"),
    # no story date: the unit next to the reference's, in the direction given
    ("He had left the year before.", "2005-09-02", "the year before", "DATE", "2004"),
    ("Turnover was 5 percent down from the week before.", "2006-11-04", "the week before", "DATE", "2006-W43"),
    # a story told on in another paragraph does not reach
    ("The firm was founded in 1998.\n\nSales fell this year after rising the year before.", "2005-09-02", "the year before", "DATE", "2004"),
    # controls: "before/after" with an object is another construction; "before last" and
    # "a year before that" keep their readings
    ("He was arrested the day before the election.", "2005-09-02", "the day before the election", None, None),
    ("The year before last was hard.", "2005-09-02", "The year before last", "DATE", "2003"),
    ("The week after next will be busy.", "2005-09-02", "The week after next", "DATE", "2005-W37"),
    ("He was fired in 2001. A year before that, he had been promoted.", "2005-09-02", "A year before", None, None),
    ("The vote was held in May 2003. The year before, he had left.", "2005-09-02", "The year before", "DATE", "2002"),
    ("Police arrested him on Aug. 12. He had bought the gun the day before.", "2005-09-02", "the day before", "DATE", "2005-08-11"),
]


def _check(case: tuple) -> None:
    text, ref, span, type_, value, *_ = case
    if type_ is None:  # the span must not be one mention
        got = [m.text for m in timeline.tag(text, ref)]
        assert span not in got, (text, got)
        return
    check(case)


@pytest.mark.parametrize("case", UNIT_BEFORE_AFTER, ids=ids(UNIT_BEFORE_AFTER))
def test_unit_before_after(case):
    _check(case)
