"""Session 28's rules, each with the near misses that guard it: one table of
(text, reference, span, value), read by one test (a value of None: no mention has that span)."""

import pytest

import timeline

CASES = [
    # "could be" with a participle or adjective looks ahead, like "might be"
    ("Liquidity could be tested on Sunday night, traders said.", "2024-05-08", "Sunday night", "2024-05-12TNI"),
    ("He could be sentenced Friday.", "2024-05-08", "Friday", "2024-05-10"),
    ("The deal could be ready by Friday.", "2024-05-08", "Friday", "2024-05-10"),
    # ... not a perception or a contact, nor a negated clause
    ("The fire could be seen from miles away on Sunday.", "2024-05-08", "Sunday", "2024-05-05"),
    ("Neither he nor his parents could be located Wednesday.", "2024-05-09", "Wednesday", "2024-05-08"),
    ("Smith could not be reached for comment on Tuesday.", "2024-05-08", "Tuesday", "2024-05-07"),
    # ... nor "could have been"
    ("The engine could have been tested on Sunday.", "2024-05-08", "Sunday", "2024-05-05"),
]


@pytest.mark.parametrize("text,ref,span,value", CASES)
def test_session28_rule(text, ref, span, value):
    got = {m.text: m.value for m in timeline.tag(text, ref)}
    assert got.get(span) == value, got
