"""Numbers and words that are not times must yield nothing."""

import pytest

import timeline

NOT_TIMES = [
    "At least 92 dead and 1,195 people wounded.",
    "The toll rose to 38,443.",
    "The U.S. shipped 2,000-pound bombs.",
    "Call 202-456-1414 for details.",
    "Real Madrid won 3-2 after a 1-1 draw.",
    "In a second day of talks, negotiators held firm.",
    "They may leave the city.",
    "May I ask a question?",
    "Thousands joined the March for Life.",
    "The 6-year-old boy and a 52-year-old man were hurt.",
    "Prices fall when supply grows.",
    "He won 1,500 votes and 2000 people attended.",
    "Three quarters of the vote went to him.",
    "It was a second chance.",
    "He lives at 1600 Pennsylvania Avenue.",
    "June Carter said it was time.",
    "April Ryan asked a question.",
    "Call 555-1234 or 202-456-2024.",
]


@pytest.mark.parametrize("text", NOT_TIMES)
def test_not_a_time(text):
    assert timeline.tag(text, "2024-07-14") == []
