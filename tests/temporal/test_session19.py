"""Session 19's rules, each with the near misses that guard it."""

import pytest

import timeline


def values(text, ref):
    return {m.text: m.value for m in timeline.tag(text, ref)}


# 2024-07-17 is a Wednesday
@pytest.mark.parametrize("text,span,value", [
    # a fronted day, then a subject with a relative clause: the main clause's modal dates it
    ("From Monday, students who have been learning remotely must return to classrooms.", "Monday", "2024-07-22"),
    ("From Monday, those who qualify will receive the payment.", "Monday", "2024-07-22"),
    # no modal after the relative clause: its verb still tells the time
    ("On Tuesday, voters who had waited for hours cast their ballots.", "Tuesday", "2024-07-16"),
])
def test_relative_clause_in_subject_after_fronted_day(text, span, value):
    assert values(text, "2024-07-17")[span] == value


@pytest.mark.parametrize("text,span,value", [
    # a subject with a reduced progressive relative, then a modal: ahead
    ("Storms arriving on Friday could bring flooding to the coast.", "Friday", "2024-07-19"),
    ("A cold front moving east on Tuesday should break the heat.", "Tuesday", "2024-07-23"),
    # an -ing noun after a determiner is no participle: the modal says nothing of the day
    ("The meeting on Friday could decide the matter.", "Friday", "2024-07-12"),
    # a perfect modal looks back
    ("Storms arriving on Friday could have caused the flooding.", "Friday", "2024-07-12"),
])
def test_ing_participle_subject_with_modal(text, span, value):
    assert values(text, "2024-07-17")[span] == value


@pytest.mark.parametrize("text,span,value", [
    # "want to", "need(s) to": a wish or a need ahead
    ("Those who want to attend on Saturday must register by Thursday.", "Saturday", "2024-07-20"),
    ("The bill needs to pass by Friday, the senator said.", "Friday", "2024-07-19"),
])
def test_want_and_need_to_look_ahead(text, span, value):
    assert values(text, "2024-07-17")[span] == value


@pytest.mark.parametrize("text,span,value", [
    # an engagement held now ("have a game", "has a match") lies ahead
    ("They have a game on Sunday against the Lions.", "Sunday", "2024-07-21"),
    ("The club has a match on Tuesday night at home.", "Tuesday night", "2024-07-23TNI"),
    # held in the past: behind
    ("They had a game on Sunday against the Lions.", "Sunday", "2024-07-14"),
])
def test_engagement_held_now_lies_ahead(text, span, value):
    assert values(text, "2024-07-17")[span] == value
