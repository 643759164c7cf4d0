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
    # "needs to": a need ahead
    ("The bill needs to pass by Friday, the senator said.", "Friday", "2024-07-19"),
    # a plain "want/need to" may be past and negated ("did not want to play on Sunday")
    ("The players did not want to play on Sunday, the coach said.", "Sunday", "2024-07-14"),
])
def test_needs_to_looks_ahead(text, span, value):
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


@pytest.mark.parametrize("text,ref,span,value,earliest,latest", [
    # a fiscal quarter said to end on a day, in a relative clause after a comma: its label
    # stays the fiscal one, its interval is the three months up to that day
    ("Microsoft said net income for its fiscal second quarter, which ended December 31, fell.", "2009-01-22",
     "fiscal second quarter", "2009-Q2", "2008-10-01", "2008-12-31"),
    ("Corliss said net income fell in its fiscal first quarter, ended Sept. 30, as thrifts waited.", "1989-10-20",
     "fiscal first quarter", "1989-Q1", "1989-07-01", "1989-09-30"),
    # not fiscal: the calendar quarter the end falls in
    ("Profit rose in the second quarter, which ended June 30.", "2024-07-20", "the second quarter", "2024-Q2", "2024-04-01", "2024-06-30"),
])
def test_quarter_with_end_in_relative_clause(text, ref, span, value, earliest, latest):
    m = next(m for m in timeline.tag(text, ref) if m.text == span)
    assert (m.value, str(m.earliest), str(m.latest)) == (value, earliest, latest)


def test_no_expression_runs_across_a_blank_line():
    text = "A curfew begins at 6 p.m.\n\nMonday, Aug. 29: the eye comes ashore."
    spans = [m.text for m in timeline.tag(text, "2005-09-04")]
    assert "6 p.m." in spans
    assert not any("\n\n" in s for s in spans)


def test_single_line_break_still_joins():
    # a hard-wrapped line is no paragraph break
    spans = [m.text for m in timeline.tag("The ceasefire starts at 6 p.m.\nMonday, officials said.", "2005-09-04")]
    assert "6 p.m.\nMonday" in spans


@pytest.mark.parametrize("span,value", [
    # a timeline entry's heading day dates the clocks its historical present tells of
    ("6:10 a.m.", "2005-08-29T06:10"),
    ("9 a.m.", "2005-08-29T09:00"),
    ("1:25 a.m.", "2005-08-30T01:25"),
])
def test_timeline_entry_heading_dates_its_clocks(span, value):
    text = (
        "Hurricane timeline\n\n"
        "Monday, Aug. 29: At 6:10 a.m., the eye comes ashore near Buras. By 9 a.m., water is pouring over the seawall.\n\n"
        "Tuesday, Aug. 30: At 1:25 a.m., the levee gives way."
    )
    assert values(text, "2005-09-04")[span] == value


def test_present_clock_without_entry_heading_is_today():
    # no heading: a present-tense clock is the report's day
    assert values("The first test comes at 1200 GMT, officials said on Monday.", "2005-09-04")["1200 GMT"].startswith("2005-09-04")


# 2010-03-02 is a Tuesday
@pytest.mark.parametrize("text,span,value", [
    # "by <day>" after a plain past clause: done by then, behind
    ("The Interior Ministry said the toll reached 795 by Monday night.", "Monday night", "2010-03-01TNI"),
    ("All customers were back online by 11:30 p.m. Monday.", "11:30 p.m. Monday", "2010-03-01T23:30"),
    ("By Sunday night, most planes were still grounded.", "Sunday night", "2010-02-28TNI"),
    # a goal in the clause keeps the deadline ahead
    ("Officials said a new government could be sworn in by Wednesday.", "Wednesday", "2010-03-03"),
    ("The company said it would file its report by Friday.", "Friday", "2010-03-05"),
    ("Coffman said he hoped counting would be finished by Wednesday.", "Wednesday", "2010-03-03"),
])
def test_by_a_day_after_a_past_clause(text, span, value):
    assert values(text, "2010-03-02")[span] == value


# 2018-12-18 is a Tuesday
@pytest.mark.parametrize("text,span,value", [
    # a clock before a part of today or last night: the part tells a.m. or p.m.
    ("The Empire State Building will follow at 8:30 tonight.", "8:30 tonight", "2018-12-18T20:30"),
    ("\"From 11 o'clock last night we heard clashes,\" he said.", "11 o'clock last night", "2018-12-17T23:00"),
    ("The rally starts at 3 this afternoon.", "3 this afternoon", "2018-12-18T15:00"),
    ("The fire started at 3 this morning.", "3 this morning", "2018-12-18T03:00"),
    # a bare hour needs a clock word before it
    ("\"I'll be lucky to get home by 8 tonight,\" she said.", "8 tonight", "2018-12-18T20:00"),
    # the small hours of last night are after its midnight
    ("He called at 2 last night.", "2 last night", "2018-12-18T02:00"),
])
def test_clock_with_a_part_of_day(text, span, value):
    assert values(text, "2018-12-18")[span] == value


def test_bare_hour_without_clock_word_is_no_clock():
    assert values("Channel 8 tonight will show the match.", "2018-12-18") == {"tonight": "2018-12-18TNI"}


# 2016-02-29 is a Monday
@pytest.mark.parametrize("text,span,value", [
    # the Nth day apposed to the day just named is that day
    ("A cessation of hostilities was largely holding on Monday, its third day, despite accusations.", "its third day", "2016-02-29"),
    ("Russian jets had struck six villages on Saturday, the first day of the truce.", "the first day", "2016-02-27"),
    ("The ceasefire appeared to be holding on Monday, the first full day of the truce.", "the first full day", "2016-02-29"),
    # entered in a present clause: the day it is said on
    ("Syria truce largely holds into third day", "third day", "2016-02-29"),
])
def test_apposed_nth_day(text, span, value):
    assert values(text, "2016-02-29")[span] == value


def test_nth_day_without_a_day_before_is_untagged():
    assert values("He was the first day trader to win the prize.", "2016-02-29") == {}
    assert "the third day" not in values("Talks went into the third day, negotiators said.", "2016-02-29")


@pytest.mark.parametrize("text,span,value", [
    # the week beginning/commencing a day: that day's ISO week
    ("The first sales are due to begin in the week commencing October 3.", "the week commencing October 3", "2022-W40"),
    ("The whole of the week beginning 12 March will be lost.", "the week beginning 12 March", "2023-W10"),
    ("Talks are set for the week of Oct. 10.", "the week of Oct. 10", "2022-W41"),
])
def test_week_beginning_a_day(text, span, value):
    assert values(text, "2022-09-22")[span] == value


@pytest.mark.parametrize("text,span,value", [
    # a verbless listing entry under a heading of what is ahead: the nearer such day (2014-03-28 is a Friday)
    ("What's on. Saturday: spring craft fair, Town Hall.", "Saturday", "2014-03-29"),
    ("Coming up\nSunday: Borders Railway open day at Galashiels station, with free entry.", "Sunday", "2014-03-30"),
    # a recap stays with the past
    ("Timeline of the floods:\n\nSaturday: three dead in Lagos.\nSunday: river bursts its banks.", "Saturday", "2014-03-22"),
    # a label with a past verb is a diary's: behind
    ("Tuesday: Ministers agreed the plan in Leeds.", "Tuesday", "2014-03-25"),
])
def test_listing_label_without_verb(text, span, value):
    assert values(text, "2014-03-28")[span] == value


@pytest.mark.parametrize("text,kept", [
    # a name that holds a weekday is no day
    ("Speaking to the Sunday Courier, the minister insisted on Friday that he had been misquoted.", ["Friday"]),
    # matched as written: "a man Friday", "Friday harbor workers" are days
    ("Police arrested a man Friday in connection with the shooting.", ["Friday"]),
    ("On Friday harbor workers walked off the job.", ["Friday"]),
    # only a paper's noun after "the <Weekday>" makes a name
    ("Investors await the Wednesday Fed decision.", ["Wednesday"]),
    ("Actress Tuesday Weld will be honored at a retrospective opening Saturday.", ["Saturday"]),
    ("Friday Harbor Foods said Thursday it would close 30 stores.", ["Thursday"]),
    ("A TGI Fridays in Milton Keynes was evacuated on Sunday evening.", ["Sunday evening"]),
    # after a day's preposition, "the Sunday" is a day
    ("On the Sunday Parliament voted, crowds gathered.", ["Sunday"]),
])
def test_names_holding_a_weekday(text, kept):
    assert [m.text for m in timeline.tag(text, "2002-02-10")] == kept


@pytest.mark.parametrize("text,span,value", [
    # "am" after a clock is no verb: the bracketed weekday keeps its past clause
    ("The storm slammed into Samar at 4:40 am (2040 GMT Thursday).", "2040 GMT Thursday", "2013-11-07T20:40"),
    # a local clock with no zone, restated in UTC with a day: the local day of that instant
    ("The storm slammed into Samar at 4:40 am (2040 GMT Thursday).", "4:40 am", "2013-11-08T04:40"),
    ("The quake struck at 10:31pm PDT (05:31 UTC Monday).", "10:31pm PDT", "2013-11-10T22:31"),
    # "am" the verb still counts
    ("I am leaving on Friday.", "Friday", "2013-11-15"),
])
def test_clock_restated_in_utc_with_a_day(text, span, value):
    assert values(text, "2013-11-11")[span] == value


@pytest.mark.parametrize("text,ref,span,value", [
    # an inverted modal opening the sentence asks or supposes what lies ahead
    ("Will the Fed cut rates on Wednesday? Traders are betting that it will.", "2019-07-29", "Wednesday", "2019-07-31"),
    ("Should the ruling go against him on Monday, Dorsey plans to appeal.", "2023-06-08", "Monday", "2023-06-12"),
    # "Will Smith" is a name
    ("Will Smith arrived on Saturday.", "2019-07-29", "Saturday", "2019-07-27"),
    # a participle apposition takes the tense of the verb after it
    ("The exhibition, opening Thursday, runs through Aug. 30.", "1998-05-19", "Thursday", "1998-05-21"),
    ("The exhibition, opening Thursday, ran through Aug. 30.", "1998-05-19", "Thursday", "1998-05-14"),
    # a plural subject before a closed aside
    ("The new tax rates, approved by the legislature on Tuesday, take effect Friday.", "1996-02-29", "Friday", "1996-03-01"),
])
def test_inversions_and_appositions(text, ref, span, value):
    assert values(text, ref)[span] == value


@pytest.mark.parametrize("text,ref,span,value", [
    # a possessive is no plural subject: "the league's plan" is a noun, no plan ahead
    ("Damascus first accepted the league's plan on November 2, but the killing went on.", "2011-12-27", "November 2", "2011-11-02"),
    # a month's change is told once it has happened
    ("The budget tomorrow is expected to reverse April's rise in National Insurance.", "2022-09-22", "April", "2022-04"),
])
def test_possessives(text, ref, span, value):
    assert values(text, ref)[span] == value


@pytest.mark.parametrize("text,span,value", [
    # a quotation after "wrote/warned ... on <day>:" counts its deictic days from that day (2024-04-14 is a Sunday)
    ('Dr Musa wrote by WhatsApp on Thursday: "Yesterday the hospital had power for two hours. Tomorrow we do not know."', "Yesterday", "2024-04-10"),
    ('Dr Musa wrote by WhatsApp on Thursday: "Yesterday the hospital had power for two hours. Tomorrow we do not know."', "Tomorrow", "2024-04-12"),
    ('At a briefing on Friday, Mr Moroz warned: "If by tomorrow morning the shelling has not stopped, we will act."', "tomorrow morning", "2024-04-13TMO"),
])
def test_quotation_after_written_or_warned(text, span, value):
    assert values(text, "2024-04-14")[span] == value


@pytest.mark.parametrize("text,span,value", [
    # "before" a time after a plain past clause: behind too (2017-07-23 is a Sunday)
    ("Visitors who arrived before 10 a.m. Saturday were allowed in.", "10 a.m. Saturday", "2017-07-22T10:00"),
    # a wish keeps it ahead
    ("Analysts believe Israel wanted the operation over before Tuesday, when Obama will be sworn in.", "Tuesday", "2017-07-25"),
])
def test_before_a_time_after_a_past_clause(text, span, value):
    assert values(text, "2017-07-23")[span] == value


@pytest.mark.parametrize("text,span,value", [
    # a position word before "in the week/year" makes it the unit, whatever "that" follows
    ("Officials had insisted earlier in the week that they would not stop.", "earlier in the week", "2020-W41"),
    ("Officials had insisted earlier in the year that they would not stop.", "earlier in the year", "2020"),
    # without one, "the year that ended" is a stretch
    ("Profit rose in the year that ended June 30.", "the year", "P1Y"),
])
def test_position_word_before_the_unit(text, span, value):
    assert values(text, "2020-10-10")[span] == value


@pytest.mark.parametrize("text,span,value", [
    # "<month> that year" without "of": the year the story told last
    ("The group last cut output in 2008, at a meeting in Oran, in December that year, as prices collapsed.", "December that year", "2008-12"),
    ("He was elected in 1998 and took office in January the following year.", "January the following year", "1999-01"),
])
def test_month_that_year(text, span, value):
    assert values(text, "2014-11-28")[span] == value


def test_clock_dated_by_a_date_after_a_bracket():
    text = "The earthquake struck off Sumatra at 7.58am local time (11.58am AEDT) on December 26, 2004."
    v = values(text, "2014-12-26")
    assert v["7.58am local time"] == "2004-12-26T07:58"
    assert v["11.58am AEDT"] == "2004-12-26T11:58"


@pytest.mark.parametrize("text,span,value", [
    # a relative pronoun is the subject of a plural present schedule (2012-02-29 is a Wednesday)
    ("Any walkout could hit the Games, which run from July 27 to August 12.", "July 27", "2012-07-27"),
    ("The talks, which resume on Monday, are expected to be tense.", "Monday", "2012-03-05"),
    ("The strikes, which run until Friday, have closed schools.", "Friday", "2012-03-02"),
])
def test_relative_subject_of_a_schedule(text, span, value):
    assert values(text, "2012-02-29")[span] == value


@pytest.mark.parametrize("text,values_", [
    # a list of days in the subject: the verb after the list dates each (2022-06-20 is a Monday)
    ("Services on Wednesday, Friday and Sunday will also be affected.", ["2022-06-22", "2022-06-24", "2022-06-26"]),
    ("Strikes on Tuesday, Thursday and Saturday closed the network.", ["2022-06-14", "2022-06-16", "2022-06-18"]),
])
def test_list_of_days_in_the_subject(text, values_):
    assert [m.value for m in timeline.tag(text, "2022-06-20")] == values_


@pytest.mark.parametrize("text,span,value", [
    # "by year's end" after a past clause with a goal: the coming year-end
    ("Several economists said they expected another quarter-point cut by year's end.", "year's end", "1998"),
    # done by then: the last one
    ("The company had cut 500 jobs by year-end.", "year-end", "1997"),
])
def test_by_year_end_after_a_past_clause(text, span, value):
    assert values(text, "1998-09-29")[span] == value


@pytest.mark.parametrize("text,span,value", [
    # a quoted fragment the sentence runs on into takes the clause's tense (2016-04-11 is a Monday)
    ('Al-Marwani said his delegation would fly to Kuwait "on Saturday or Sunday." The government insists on a deal.', "Saturday", "2016-04-16"),
    # a closing mark before the day is no fragment
    ('"We won," he said on Saturday.', "Saturday", "2016-04-09"),
])
def test_quoted_fragment(text, span, value):
    assert values(text, "2016-04-11")[span] == value


def test_event_clock_after_a_dated_event_noun():
    # "the March 11 earthquake" names its event; "The quake, which struck at ..." is that day's
    text = ("Carmakers face shortages of parts after the March 11 earthquake and tsunami. "
            "The quake, which struck at 2:46 p.m. local time, was the most powerful ever recorded in Japan.")
    assert values(text, "2011-03-31")["2:46 p.m. local time"] == "2011-03-11T14:46"


@pytest.mark.parametrize("text,span,value", [
    # a frequency in the sentence makes a clock a time of every such day
    ("Each group will lose power for about three hours a day in slots between 6:20 a.m. and 10 p.m.", "6:20 a.m.", "XXXX-XX-XXT06:20"),
    ("Patients may take the pills twice a day, at 8 a.m. and 8 p.m.", "8 p.m.", "XXXX-XX-XXT20:00"),
    # a money rate is no habit
    ("A judge scheduled a hearing for 2 p.m. on fines of $1 million a day against the union.", "2 p.m.", "2011-03-14T14:00"),
])
def test_frequency_makes_clocks_habitual(text, span, value):
    assert values(text, "2011-03-14")[span] == value


@pytest.mark.parametrize("text,span,value", [
    # "whatever happens" and a condition look ahead (2004-02-29 is a Sunday)
    ("Whatever happens on Thursday, we have lost the best years of our lives.", "Thursday", "2004-03-04"),
    ("Advisers said privately that unless he wins a state on Tuesday he could quit the race.", "Tuesday", "2004-03-02"),
    # a past verb after the expression keeps a reported question behind
    ("It is unclear if the vote on Saturday was fair.", "Saturday", "2004-02-28"),
    ("He asked if she had voted on Saturday.", "Saturday", "2004-02-28"),
])
def test_conditions_look_ahead(text, span, value):
    assert values(text, "2004-02-29")[span] == value


@pytest.mark.parametrize("text,ref,span,value", [
    # an old plan: the nearer such day (2018-03-01 is a Thursday)
    ("The work was originally scheduled for Friday but was put off because of Holi.", "2018-03-01", "Friday", "2018-03-02"),
    # a plan moved to a new day, after an aside: the new day, ahead (2020-03-15 is a Sunday)
    ("The Bank of Japan brought forward its meeting, originally planned for Wednesday and Thursday, to Monday.", "2020-03-15", "Monday", "2020-03-16"),
    ("The commission on Sunday night postponed the elections, which had been rescheduled for today, to Saturday.", "2011-04-04", "Saturday", "2011-04-09"),
])
def test_old_and_moved_plans(text, ref, span, value):
    assert values(text, ref)[span] == value


# A review of this session's rules found these near misses; each stays as it was before them.
@pytest.mark.parametrize("text,ref,span,value", [
    ("The number of confirmed cases stood at 9 this morning.", "2024-03-13", "this morning", "2024-03-13TMO"),
    ("Police were called at 12 last night.", "2024-03-13", "12 last night", "2024-03-13T00:00"),
    ("The hiring freeze lasted until year-end.", "2024-02-10", "year-end", "2023"),
    ("Forecasters predicted heavy snow by Thursday.", "2024-03-13", "Thursday", "2024-03-14"),
    ("The union demanded a response by Friday.", "2024-03-13", "Friday", "2024-03-15"),
    ('The coach said "we fly out on Sunday" after training.', "2024-03-13", "Sunday", "2024-03-17"),
    ("Could the outage on Tuesday have been avoided?", "2024-03-13", "Tuesday", "2024-03-12"),
    ("From Saturday, residents who had fled could return home, officials said.", "2024-03-13", "Saturday", "2024-03-09"),
    ("Protesters marching on Saturday could be heard chanting slogans, witnesses said.", "2024-03-13", "Saturday", "2024-03-09"),
    ("Polls run from Monday to Wednesday showed the president ahead.", "2024-03-13", "Monday", "2024-03-11"),
    ("Supporters are preparing for the March 16 rally in Washington.", "2024-03-01", "March 16", "2024-03-16"),
    ("Parliament will hold the March 20 vote on earthquake relief.", "2024-03-13", "March 20", "2024-03-20"),
    ("In the fiscal fourth quarter ended Sept. 30, 2022, the company lost $1 billion.", "2024-03-13", "the fiscal fourth quarter", "2022-Q4"),
    ("Shares fell later in the week ending Jan. 12.", "2024-03-13", "later in the week", "P1W"),
    ("The trial goes into its second day on Tuesday.", "2024-03-11", "Tuesday", "2024-03-12"),
])
def test_review_near_misses(text, ref, span, value):
    assert values(text, ref)[span] == value


def test_week_starting_a_midweek_day_is_no_iso_week():
    v = values("Voting takes place the week starting March 6.", "2024-03-13")
    assert "the week starting March 6" not in v and v["March 6"] == "2024-03-06"


@pytest.mark.parametrize("text,values_", [
    # a range of weekdays that holds the reference day, not past: this week's span around it (1998-01-28 is a Wednesday)
    ("In Seoul, where the holiday runs from Tuesday to Thursday, the won is expected to fall.", ["1998-01-27", "1998-01-29"]),
    # a start that "will" come, or a week named in the sentence, keeps the plain reading
    ("Delegates will meet from Tuesday to Thursday in Geneva.", ["1998-02-03", "1998-02-05"]),
    # a range that does not hold it keeps its reading
    ("The festival runs Thursday to Saturday.", ["1998-01-29", "1998-01-31"]),
])
def test_weekday_range_around_the_reference(text, values_):
    assert [m.value for m in timeline.tag(text, "1998-01-28")] == values_


@pytest.mark.parametrize("text,ref,span,value", [
    # more holidays of the calendars the lexicon already knows
    ("Travelers began leaving Tokyo on Thursday ahead of the Golden Week holidays.", "2005-04-28", "Golden Week", "2005-04-29"),
    ("Jerusalem packed as Pessah, Easter coincide", "2007-04-04", "Pessah", "2007-04-03"),
    ("For Christians, Holy Week began with Palm Sunday processions.", "2007-04-04", "Holy Week", "2007-04-01"),
    ("The Lantern Festival on February 9 marks the end of celebrations in Hong Kong.", "2009-01-24", "Lantern Festival", "2009-02-09"),
    # a holiday apposed to the day just named is that day
    ("Returns peak on May 5, Children's Day, the Tokyo immigration bureau said.", "2005-04-28", "Children's Day", "2005-05-05"),
])
def test_more_holidays(text, ref, span, value):
    assert values(text, ref)[span] == value


@pytest.mark.parametrize("year,day", [(2007, "2007-04-08"), (2016, "2016-05-01"), (2020, "2020-04-19"), (2021, "2021-05-02"), (2024, "2024-05-05")])
def test_orthodox_easter(year, day):
    from timeline.temporal.resolve import orthodox_easter
    assert str(orthodox_easter(year)) == day


@pytest.mark.parametrize("text,ref,span,value", [
    ("Russians mark Orthodox Christmas amid tight security.", "2014-01-06", "Orthodox Christmas", "2014-01-07"),
    ("Serbia imposed an 84-hour curfew covering Orthodox Good Friday.", "2020-04-19", "Orthodox Good Friday", "2020-04-17"),
    ("Chinese families gather for Spring Festival Eve as the travel rush peaks.", "2025-01-28", "Spring Festival Eve", "2025-01-28"),
])
def test_orthodox_and_eve_holidays(text, ref, span, value):
    assert values(text, ref)[span] == value


def test_dateline_ending_with_a_full_stop():
    # a morning paper's dateline "PLACE, MON. D." on its own line after a headline: the writer's today
    text = ("Budget raises defence outlay by 28 per cent\nNEW DELHI, FEB. 29. The Union Finance Minister today "
            "presented a Budget for 2000-01. The Economic Survey, tabled yesterday, put growth at 5.9 per cent.")
    v = values(text, "2000-03-01")
    assert v["today"] == "2000-02-29" and v["yesterday"] == "2000-02-28"


@pytest.mark.parametrize("text,span,value", [
    # a year of a Japanese era: its Gregorian year
    ("Under the Japanese calendar, 2019 is both Heisei 31 and Reiwa 1.", "Heisei 31", "2019"),
    ("Under the Japanese calendar, 2019 is both Heisei 31 and Reiwa 1.", "Reiwa 1", "2019"),
    ("Showa 64 lasted only one week.", "Showa 64", "1989"),
])
def test_japanese_era_years(text, span, value):
    assert values(text, "2019-04-30")[span] == value


def test_era_name_without_a_year_is_no_date():
    assert values("The ship Reiwa Maru sailed from the reiwa 2 dock.", "2019-04-30") == {}


@pytest.mark.parametrize("text,span,value", [
    # seconds are kept in a clock's value
    ("The collision warning systems sounded at 23:34:42 on Monday.", "23:34:42", "2002-07-01T23:34:42"),
    ("The autopilot disconnected at 2:10:05 a.m. Coordinated Universal Time.", "2:10:05 a.m. Coordinated Universal Time", "2002-07-02T02:10:05"),
])
def test_clock_seconds(text, span, value):
    assert values(text, "2002-07-02")[span] == value


def test_race_times_are_no_clocks():
    assert values("Radcliffe won in 2:15:25 and stands at 2:00:35 in the rankings.", "2002-07-02") == {}


def test_this_year_opening_the_sentence_dates_its_months():
    v = values('"This year, with the Olympics in Athens in August, Greece may be the exception."', "2004-02-29")
    assert v["August"] == "2004-08"


def test_more_place_times():
    assert "10:33 pm Rio time" in values("The crew last spoke to controllers at 10:33 pm Rio time on Sunday.", "2009-06-02")



# A second review found these near misses of the session's later rules; each stays as it should.
@pytest.mark.parametrize("text,ref,expected", [
    ("Next week, the summit runs from Monday to Friday.", "2024-05-01", [("Next week", "2024-W19"), ("Monday", "2024-05-06"), ("Friday", "2024-05-10")]),
    ("China's swimmers enjoyed a Golden Week in Paris.", "2024-08-05", []),
    ("Teikyo beat Meiji 24-17 in the university rugby final.", "2023-12-03", []),
    ("Blummenfelt was timed at 07:35:48 in Kona.", "2024-10-14", []),
    ("This year, farmers are still reeling from the floods in December.", "2024-02-10", [("This year", "2024"), ("December", "2023-12")]),
    ("This year, the festival drew 10,000 visitors, and organisers plan to return in March.", "2024-11-20", [("This year", "2024"), ("March", "2025-03")]),
    ("Key dates\nIAEA, Feb. 27. Inspectors report.\nTEHRAN, Feb. 28. Iran rejects the report.\nTalks resume in Vienna today.", "2024-03-01",
     [("Feb. 27", "2024-02-27"), ("Feb. 28", "2024-02-28"), ("today", "2024-03-01")]),
])
def test_second_review_near_misses(text, ref, expected):
    assert [(m.text, m.value) for m in timeline.tag(text, ref)] == expected


def test_holy_week_is_placed_as_a_week():
    assert values("Processions will continue through Holy Week in Seville.", "2024-03-27")["Holy Week"] == "2024-03-24"
