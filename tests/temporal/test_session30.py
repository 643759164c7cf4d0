"""Session 30's rules, each with the near misses that guard it: one table of
(text, reference, span, value), read by one test (a value of None: no mention has that span)."""

import pytest

import timeline

CASES = [
    # a clock with no day of its own is on the day named right after it, across a zone or a
    # place that is not spanned with it, a bracketed restatement, or "on"
    ("The probe landed at 9:12 pm US Eastern time on July 4, 1997.", "2017-07-04", "9:12 pm", "1997-07-04T21:12"),
    ("The results are embargoed until 5 pm Central European time on 14 March.", "2024-03-01", "5 pm Central European time", "2024-03-14T17:00"),
    ("The ferry sank at 6.20am in Dar es Salaam on Christmas Day, officials said.", "2012-12-28", "6.20am", "2012-12-25T06:20"),
    ("The blackout began at 12:10 p.m. in Lisbon (11:10 GMT) on Monday, when two lines tripped.", "2025-05-01", "11:10 GMT", "2025-04-28T11:10"),
    ("He had been drinking since about 4pm on June 3 last year.", "2024-02-10", "4pm", "2023-06-03T16:00"),
    # ... across the one noun a clock qualifies after a determiner or a possessive
    ("Two inmates were missing at the 6 a.m. count on Saturday, the prison said.", "2011-08-01", "6 a.m.", "2011-07-30T06:00"),
    ("Rain delayed the 2 p.m. kickoff on Sunday by an hour.", "2019-09-10", "2 p.m.", "2019-09-08T14:00"),
    ("The governor told the state's 11 a.m. briefing Tuesday that the levee had held.", "2016-10-13", "11 a.m.", "2016-10-11T11:00"),
    # ... and a part of the day that the link names ("on the evening of"), which tells p.m.
    ("It was a little after ten past nine on the evening of Friday, March 3, 2000, when the alarm went.", "2020-03-03", "ten past nine", "2000-03-03T21:10"),
    ("He left the bar at about 11:15 on the night of Tuesday, May 2, 2006.", "2016-05-02", "11:15", "2006-05-02T23:15"),
    # near misses: a clock before a bare month-day keeps its own reading of it; "on the
    # Sunday", "on that Friday", "on the second day" are told by the story; a word after the
    # clock with no determiner before it is no noun of the clock's
    ("In October 1970 troops were sent in, and the act was proclaimed at 4 a.m. on Oct. 16.", "1995-10-07", "4 a.m.", "1970-10-16T04:00"),
    ("He was interviewed on November 9, 2003. The second interview began at 4.15pm on the Sunday.", "2004-06-01", "4.15pm", "2003-11-09T16:15"),
    ("White smoke rose from the chimney at 7:06 p.m. on the second day of the conclave.", "2013-03-14", "7:06 p.m.", "2013-03-14T19:06"),
    ("The crowd gathered at 9 a.m. sharp on Monday.", "2024-05-08", "9 a.m.", "2024-05-08T09:00"),
]


@pytest.mark.parametrize("text,ref,span,value", CASES)
def test_session30_rule(text, ref, span, value):
    got = {m.text: m.value for m in timeline.tag(text, ref)}
    assert got.get(span) == value, got
