"""Clause tense rules that decide which year or week a date falls in."""

import pytest

from tests.temporal._cases import check, ids

CASES = [
    # a past verb governing the date itself looks back, even to a date a few days ahead
    ("In the year-ago quarter, the second quarter ended Oct. 31, the company lost money.", "1989-10-27", "Oct. 31", "DATE", "1988-10-31"),
    ("He resigned on May 2, his office said.", "2024-04-28", "May 2", "DATE", "2023-05-02"),
    # ...but a deadline in a past clause is the coming one
    ("The offer was extended to Nov. 20.", "1989-11-02", "Nov. 20", "DATE", "1989-11-20"),
    ("Dunkin' has set Nov. 10 as the deadline for the offer.", "1989-11-02", "Nov. 10", "DATE", "1989-11-10"),
    ("The pact, which had been set to expire Nov. 6, was renewed.", "1989-11-01", "Nov. 6", "DATE", "1989-11-06"),
    # "as planned", "than expected" compare; they do not look forward
    ("Mr. Bush let the ground offensive begin as previously planned Saturday night.", "1991-02-25", "Saturday night", "DATE", "1991-02-23TNI"),
    ("Profits rose more than expected on Tuesday.", "2024-05-08", "Tuesday", "DATE", "2024-05-07"),
    ("The talks are expected to resume on Tuesday.", "2024-05-05", "Tuesday", "DATE", "2024-05-07"),
    ("The launch, as scheduled, will take place on Friday.", "2024-05-05", "Friday", "DATE", "2024-05-10"),
]


@pytest.mark.parametrize("case", CASES, ids=ids(CASES))
def test_tense_cues(case):
    check(case)
