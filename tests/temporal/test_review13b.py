"""Near misses of session 13's later rules (a review of 182 written sentences): each guard."""

import pytest

import timeline


def values(text, ref, rule=None):
    return {m.text: m.value for m in timeline.tag(text, ref) if rule is None or m.rule == rule}


def test_stamps_outside_a_live_blog_are_no_times():
    results = "parkrun results\n\n17:05 John Smith (Bolton)\n17:22 Amy Jones\n17:40 Raj Patel\n"
    assert values(results, "2024-07-14") == {}


@pytest.mark.parametrize("text,value", [
    ("Police are still investigating a shooting in Peckham at the weekend.", "2024-W27-WE"),  # what happened
    ("Three people are in hospital following a crash at the weekend.", "2024-W27-WE"),
    ("More rain is likely over the weekend.", "2024-W28-WE"),  # an expectation looks ahead
])
def test_the_weekend_in_a_present_clause(text, value):
    assert values(text, "2024-07-10")["the weekend"] == value


@pytest.mark.parametrize("text,day,value", [
    ("Banks will be closed today and Tuesday.", "Tuesday", "2024-07-16"),  # a future clause looks ahead
    ("The final will be played tonight or Monday.", "Monday", "2024-07-15"),
    ("The statements were made Friday and Thursday.", "Thursday", "2024-07-11"),  # control
])
def test_a_weekday_joined_to_today_follows_its_clause(text, day, value):
    assert values(text, "2024-07-12")[day] == value


def test_nth_day_not_counted_past_the_reference_in_a_past_clause():
    text = "Wangchuk was detained on Monday. On the 16th day of his hunger strike, he was moved."
    assert values(text, "2024-07-12", "nth_day_of") == {}


def test_fiscal_before_and_is_an_adjective():
    assert "the current fiscal" not in values("the current fiscal and monetary policy mix", "2024-07-12")


@pytest.mark.parametrize("text,ref,value", [
    ("The road will close between noon and 2pm on Saturday.", "2024-07-15", "2024-07-20T12:00"),
    ("Trains were cancelled between noon and 3pm yesterday.", "2024-07-15", "2024-07-14T12:00"),
])
def test_noon_in_a_range_takes_the_day_of_its_end(text, ref, value):
    assert values(text, ref)["noon"] == value


def test_a_capitalised_noon_in_a_name_is_no_time():
    assert values("A ferry runs between Noon Island and the mainland.", "2024-07-12") == {}


def test_election_day_in_kenya_is_not_the_us_one():
    got = values("Kenya's IEBC said results would be announced within a week of Election Day.", "2022-08-01")
    assert got["Election Day"] == "XXXX-XX-XX"
