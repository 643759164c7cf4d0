"""Rule family: a story's relative expressions (whole paragraphs, as news tells them).

a bare weekday after a date that opens a story, "the year before" with no object, "later in the
day", "until then" count from the story's date; each class has positive
cases and near-miss controls that keep their reading.
"""

import pytest

import timeline
from tests.temporal._cases import check, ids

# a bare weekday in a past clause of a story opened by a date with its weekday, or framing its
# sentence, well before the reference: the first such weekday on or after the story's day
STORY_WEEKDAYS = [
    ("On Monday, Aug. 29, 2005, Hurricane Katrina made landfall. By Wednesday, the levees had failed.",
     "2006-03-01", "Wednesday", "DATE", "2005-08-31"),
    ("On Monday, Aug. 29, 2005, Hurricane Katrina made landfall. By Wednesday, the levees had failed. "
     "That Wednesday, thousands were stranded.", "2006-03-01", "That Wednesday", "DATE", "2005-08-31"),
    ("On Monday, Aug. 29, 2005, Hurricane Katrina made landfall. By Wednesday, the levees had failed. "
     "On Thursday, buses arrived that had been sent from Texas.", "2006-03-01", "Thursday", "DATE", "2005-09-01"),
    ("On Aug. 29, 2005, Hurricane Katrina made landfall. On Wednesday, the levees failed.", "2006-03-01", "Wednesday", "DATE", "2005-08-31"),
    ("On Friday, March 3, 2017, the strike began. On Monday night, police cleared the docks.", "2024-05-15", "Monday night", "DATE", "2017-03-06TNI"),
    ("The strike began on Friday, 3 March 2017. By Tuesday, it had spread to the railways.", "2024-05-15", "Tuesday", "DATE", "2017-03-07"),
    # a clock time on a weekday, and a story's own day named again, keep the story going
    ("On Tuesday, Sept. 11, 2001, hijackers flew two planes into the towers. At 9:59 a.m. Tuesday, the south tower collapsed.",
     "2021-09-11", "9:59 a.m. Tuesday", "TIME", "2001-09-11T09:59"),
    ("On Tuesday, Sept. 11, 2001, hijackers flew two planes into the towers. At 9:59 a.m., the south tower collapsed. "
     "By Thursday, rescuers had found few survivors.", "2021-09-11", "Thursday", "DATE", "2001-09-13"),
    ("On Tuesday, Sept. 11, 2001, hijackers flew two planes into the towers. Late Wednesday, rescuers found survivors.",
     "2021-09-11", "Late Wednesday", "DATE", "2001-09-12", "END"),
    ("On Tuesday, Sept. 11, 2001, hijackers flew two planes into the towers. The memorial opens at 9 a.m. Sunday.",
     "2021-09-11", "9 a.m. Sunday", "TIME", "2021-09-12T09:00"),
    # "that" before "on <weekday>, <date>" is a conjunction: the date alone, which opens the story
    ("In a speech on Friday, the president recalled that on Tuesday, April 20, the rig exploded. By Thursday it had sunk.",
     "2010-06-15", "Tuesday, April 20", "DATE", "2010-04-20"),
    ("In a speech on Friday, the president recalled that on Tuesday, April 20, the rig exploded. By Thursday it had sunk.",
     "2010-06-15", "Thursday", "DATE", "2010-04-22"),
    ("The rig exploded on April 18. That Tuesday, April 20, the fire spread.", "2010-06-15", "That Tuesday, April 20", "DATE", "2010-04-20"),
    # a pluperfect clause looks back from the story's day (not one with "by": a deadline)
    ("On Aug. 29, 2005, Hurricane Katrina made landfall. On Saturday, officials had ordered an evacuation.",
     "2006-03-01", "Saturday", "DATE", "2005-08-27"),
    # controls: the present again (a report, a present or future clause, a new paragraph that
    # reports), a date inside a sentence (often background), a story day near the reference
    ("On Monday, Aug. 29, 2005, Hurricane Katrina made landfall. On Tuesday, the mayor said the city would rebuild.",
     "2006-03-01", "Tuesday", "DATE", "2006-02-28"),
    ("On Monday, Aug. 29, 2005, Hurricane Katrina made landfall. He will meet officials on Friday.",
     "2006-03-01", "Friday", "DATE", "2006-03-03"),
    ("On Monday, Aug. 29, 2005, Hurricane Katrina made landfall. By Wednesday, the levees had failed.\n\n"
     "Officials said on Tuesday that the city would rebuild.", "2006-03-01", "Tuesday", "DATE", "2006-02-28"),
    ("The war began on Oct. 7, 2023. On Monday, Israel struck Rafah.", "2024-05-07", "Monday", "DATE", "2024-05-06"),
    ("Troops stormed Tiananmen Square on June 4, 1989. European Union ministers agreed Monday to go ahead.",
     "1997-04-07", "Monday", "DATE", "1997-04-07"),
    ("On Thursday, May 2, the strike began. On Monday, police cleared the docks.", "2024-05-07", "Monday", "DATE", "2024-05-06"),
    # a future seen from a past day that dates the report ("would", or "will" reported from that
    # day), or from a day that opens the story: the first such weekday after that day
    ("On March 3, officials said they would vote on Friday.", "2024-05-20", "Friday", "DATE", "2024-03-08"),
    ("On April 2, the company said it will report results on Thursday.", "2024-05-20", "Thursday", "DATE", "2024-04-04"),
    ("Officials said on April 2 they will vote Friday.", "2024-05-20", "Friday", "DATE", "2024-04-05"),
    ("The minister on April 2 said talks would resume on Thursday.", "2024-05-20", "Thursday", "DATE", "2024-04-04"),
    ("On Monday, Aug. 29, 2005, Hurricane Katrina made landfall. Officials said they would reopen the airport on Friday.",
     "2006-03-01", "Friday", "DATE", "2005-09-02"),
    # (see also YEAR_INSIDE below)
    # ...however near the reference; controls: a background date that does not date the report,
    # a future not reported from the day, a report on the reference's day
    ("Smith, arrested on March 3, said he would plead guilty on Friday.", "2024-05-20", "Friday", "DATE", "2024-05-24"),
    ("The company, founded on April 2, 1990, said it would report on Thursday.", "2024-05-20", "Thursday", "DATE", "2024-05-23"),
    ("On April 2, the company hired a chief. It will report results on Thursday.", "2024-05-20", "Thursday", "DATE", "2024-05-23"),
    ("On Monday, the minister said talks would resume on Thursday.", "2024-05-20", "Thursday", "DATE", "2024-05-23"),
    ("On May 16, officials said they would vote on Friday.", "2024-05-20", "Friday", "DATE", "2024-05-17"),
    ("On May 19, officials said they would vote on Friday.", "2024-05-20", "Friday", "DATE", "2024-05-24"),
    # a date given with its weekday inside a sentence opens the story too; a plan seen from it
    # ("was due to") is the first such weekday after it
    ("It came together in the early hours of Wednesday, Nov. 22, when the cabinet approved a pause. "
     "It took effect at 7 a.m. on Friday.", "2023-12-07", "7 a.m.", "TIME", "2023-11-24T07:00"),
    ("On Wednesday, Nov. 22, the cabinet approved a pause. The truce was due to start on Thursday.", "2023-12-07",
     "Thursday", "DATE", "2023-11-23"),
    ("On Wednesday, Nov. 22, the cabinet approved a pause. The truce was expected to start on Thursday.",
     "2023-12-07", "Thursday", "DATE", "2023-11-23"),
    ("On Wednesday, Nov. 22, the cabinet approved a pause. Talks continue on Thursday.", "2023-12-07", "Thursday",
     "DATE", "2023-12-07"),  # control: the present is back at the reference
    # a report in a story told weeks later is the story's (its pluperfect reports, not looks
    # back); told months later (an anniversary), the report is today's (the Katrina control)
    ("A Hamas delegation arrived in Cairo on Saturday, May 4. The proposal called for a six-week truce.\n\n"
     "On Monday evening, Hamas said it had accepted a ceasefire proposal.", "2024-05-25", "Monday evening", "DATE",
     "2024-05-06TEV"),
    ("The ship entered the canal early on Tuesday, March 23. On Friday, the canal authority said efforts had failed.",
     "2021-04-13", "Friday", "DATE", "2021-03-26"),
    # a day counted from the told one ("The next day", "the previous Friday") goes on telling it
    ("On Sunday, Dec. 20, France closed its border. The next day, talks stalled. By Tuesday night, the gap had narrowed.",
     "2021-01-03", "Tuesday night", "DATE", "2020-12-22TNI"),
    ("The first call came on Tuesday, Jan. 7. Forecasters had warned the previous Friday of a windstorm. "
     "By Wednesday morning, both fires had burned 10,000 acres.", "2025-02-03", "Wednesday morning", "DATE",
     "2025-01-08TMO"),
    # control: a yearless date opening a sentence does not open a story (daily news: the
    # weekday after it is this week's)
    ("On Aug. 7, bombs exploded outside the embassy, killing 247 people. On Wednesday, the two men met again.",
     "1998-08-26", "Wednesday", "DATE", "1998-08-26"),
    # a plan seen from the past keeps its clock on the story's day
    ("The plane lost contact at 12:41 a.m. local time on Saturday. It was due to land in Beijing at 6:30 a.m. the "
     "same day.", "2014-03-09", "6:30 a.m.", "TIME", "2014-03-08T06:30"),
    ("The plane lost contact at 12:41 a.m. local time on Saturday. It was due to land in Beijing at 6:30 a.m. the "
     "same day.", "2014-03-09", "the same day", "DATE", "2014-03-08"),
    # the day a reported period ends is not a day the story is on
    ("Tata Steel on Wednesday reported a rise in profit for the half-year ended 30 September, the company said "
     "in a statement issued after 6pm.", "1995-11-09", "6pm", "TIME", "1995-11-08T18:00"),
    # "the weekend" in a story told forward from weeks back: the one on or after the story's day
    ("The ship entered the canal early on Tuesday, March 23. On Friday, the authority said efforts had failed. "
     "More tugs arrived over the weekend.", "2021-04-13", "the weekend", "DATE", "2021-W12-WE"),
    ("More tugs arrived over the weekend.", "2021-04-13", "the weekend", "DATE", "2021-W14-WE"),  # control
    # "that Friday" after a verb, ending its clause, is a determiner; "said that Friday was" is not
    ("Negotiators met in Minsk on Sept. 5. It was signed at 5 p.m. local time that Friday, and the guns fell silent.",
     "2014-10-05", "that Friday", "DATE", "2014-09-05"),
    ("Negotiators met in Minsk on Sept. 5. He said that Friday was a holiday.", "2014-10-05", "Friday", "DATE",
     "2014-10-03"),
    # a calendar date after "not ... until" is when it happened: the story moves there
    ("The truce was agreed on Saturday, Dec. 1. The arrest was not made public until Wednesday, Dec. 5, and "
     "stocks fell sharply the next day.", "2018-12-16", "the next day", "DATE", "2018-12-06"),
    # an anaphor in a past clause counts from the last day told that was not ahead
    ("The truce was agreed on Saturday, Dec. 1. If talks failed, tariffs would rise when the deadline expired "
     "on March 1. That same day, Canadian authorities arrested Meng Wanzhou.", "2018-12-16", "That same day",
     "DATE", "2018-12-01"),
    # the day a stretch lasts "until" ends it: the story goes on from its own day
    ("The first call came at 12:54 a.m. on Wednesday, June 14. The fire was not put out until the early hours of "
     "the following Saturday. The prime minister visited the site that Thursday.", "2017-07-14", "that Thursday",
     "DATE", "2017-06-15"),
    # a pluperfect look back inside a story told forward does not move it
    ("Flight 302 took off at 8:38 a.m. on Sunday, March 10. The plane hit the ground at 8:44 a.m. It was the "
     "second crash in five months; a Lion Air jet had gone down on Oct. 29. China grounded the model the next "
     "morning.", "2019-04-05", "the next morning", "TIME", "2019-03-11TMO"),
    ("The plane crashed on March 10. A Lion Air jet went down on Oct. 29. Indonesia grounded the model the next "
     "morning.", "2019-04-05", "the next morning", "TIME", "2018-10-30TMO"),  # control: told in order
    # an earlier day in an "after"/"following" phrase, in a sentence already on a later day,
    # is a look back: the story stays on its day
    ("The Nikkei plunged 10.55 percent on Tuesday, after a 6.2 percent drop on Monday. Prime Minister Naoto Kan "
     "said in a televised address at 11 a.m. that radiation had spread.", "2011-03-15", "11 a.m.", "TIME",
     "2011-03-15T11:00"),
    ("Voting went on Tuesday at one station after problems with ballot papers Sunday and Monday. He said the "
     "papers had been delivered the day before.", "1997-04-15", "the day before", "DATE", "1997-04-14"),
    ("The Nikkei plunged on Tuesday. It fell 6 percent on Monday. Kan spoke in a televised address at 11 a.m.",
     "2011-03-15", "11 a.m.", "TIME", "2011-03-14T11:00"),  # control: told as its own sentence
    ("The Nikkei plunged on Tuesday after investors sold heavily on Monday. Kan spoke in an address at 11 a.m.",
     "2011-03-15", "11 a.m.", "TIME", "2011-03-14T11:00"),  # control: a clause of its own
    ("The bridge reopened on Monday, following its partial collapse on Thursday. It had given way at 4:20 p.m.",
     "2024-02-13", "4:20 p.m.", "TIME", "2024-02-08T16:20"),  # the pluperfect goes back to the look back's day
    ("The last time the two leaders talked was on Monday. That call began at 10 a.m.", "2024-01-11", "10 a.m.",
     "TIME", "2024-01-08T10:00"),  # a comparison's near day is still the story's
    ("The All Blacks will parade at noon today, after last night's 8-7 win over France. The match kicked off at "
     "9pm.", "2011-10-24", "9pm", "TIME", "2011-10-23T21:00"),  # control: after a plan, the story goes back
    # "until at least Wednesday" ends a stretch: the story stays where it was
    ("The high Saturday will be about 10 degrees, and it will stay cold until at least Wednesday. The "
     "fireworks will go ahead at midnight.", "2017-12-29", "midnight", "TIME", "2017-12-30T24:00"),
    # a clock before an anaphoric day ("7:30 the next morning") is dated by it, and the story
    # moves once, with the anaphor
    ("Bird left the party shortly after 11 p.m. on Saturday, Jan. 13, 2007. A neighbour found him at about 7:30 "
     "the next morning, and he was pronounced dead later that day.", "2008-08-16", "7:30", "TIME",
     "2007-01-14T07:30", "APPROX"),
    ("Bird left the party shortly after 11 p.m. on Saturday, Jan. 13, 2007. A neighbour found him at about 7:30 "
     "the next morning, and he was pronounced dead later that day.", "2008-08-16", "later that day", "DATE",
     "2007-01-14"),
    # testimony is a report: "On Thursday, a pathologist testified" is this week's Thursday
    ("Bird was found in the lane on Saturday, Jan. 13, 2007. He was pronounced dead later that day. On "
     "Thursday, a forensic pathologist testified that Bird died of head injuries.", "2008-08-16", "Thursday",
     "DATE", "2008-08-14"),
    # the day a report is dated with, after its event's day in the same sentence, is when it was
    # said: the story stays on the event's day
    ("Seven bombs ripped through trains during the evening rush hour yesterday, killing 174 people, police "
     "said today. The blasts went off between 6.24 pm and 6.35 pm.", "2006-07-12", "6.24 pm", "TIME",
     "2006-07-11T18:24"),
    ("Six people were killed when three buses collided on Tuesday, police said Wednesday. The accident took "
     "place at around 5:30 p.m.", "2005-11-16", "around 5:30 p.m.", "TIME", "2005-11-15T17:30", "APPROX"),
    ("Bin Laden, who masterminded the Sept. 11, 2001, attacks, was killed, Obama announced late Sunday. Obama "
     "spoke at 11:35 p.m.", "2011-05-02", "11:35 p.m.", "TIME", "2011-05-01T23:35"),  # control: no event day that week
    # ...and a clock in the report's own frame is the report's day
    ("A gunman killed three people on Monday, police said Wednesday. Speaking at a news conference at 11 a.m., "
     "the police chief said the gunman had fled.", "2015-07-05", "11 a.m.", "TIME", "2015-07-01T11:00"),
    ("The minister arrived on Saturday. He said on Sunday that talks went well. The meeting ended at 6 pm.",
     "2015-04-27", "6 pm", "TIME", "2015-04-26T18:00"),  # control: the report in a sentence of its own
]

# a past month or day stated with its year inside a sentence gives its year to the dates told
# a few months on in the same or the next sentence; not to one far on (an obituary's death)
YEAR_INSIDE = [
    ("The previous truce, which began in late November 2023, collapsed on Dec. 1.", "2025-03-10", "Dec. 1", "DATE", "2023-12-01"),
    # an aside opened by a participle of origin lends its year to nothing
    ("Facebook, founded in a Harvard dormitory in February 2004, had 901 million users at the end of March.",
     "2012-05-18", "the end of March", "DATE", "2012-03"),
    ("Talks began in January 2024 and stalled on Feb. 12.", "2025-03-10", "Feb. 12", "DATE", "2024-02-12"),
    # a date that took its year from it carries it on to the next
    ("The Rising began on 24 April 1916. Pearse surrendered on 29 April, and the leaders were executed between "
     "3 May and 12 May.", "2016-03-28", "12 May", "DATE", "1916-05-12"),
    ("The plant was shut on 4 January 2022 after a fire and reopened on 10 March. A second fire broke out on 8 May, "
     "firefighters said on Tuesday.", "2024-05-15", "8 May", "DATE", "2024-05-08"),  # control: the next sentence
    ("He was arrested in March 2019. He was released on June 4.", "2025-03-10", "June 4", "DATE", "2019-06-04"),
    ("Sales rose from December 2004 to March.", "2006-06-10", "March", "DATE", "2005-03"),
    ("He was born on May 3, 1950, and died on Dec. 1.", "2025-03-10", "Dec. 1", "DATE", "2024-12-01"),
    ("Until he died in 1994, he would have been 85 on April 15.", "2025-03-10", "April 15", "DATE", "2025-04-15"),
]


@pytest.mark.parametrize("case", YEAR_INSIDE, ids=ids(YEAR_INSIDE))
def test_year_inside_a_sentence(case):
    check(case)


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
    # a figure's comparison period anchors nothing after it: "the year before" still compares with April
    ("Home sales rose 2 percent in April compared with the month before, and 5 percent from the year before.",
     "2019-06-03", "the month before", "DATE", "2019-03"),
    ("Home sales rose 2 percent in April compared with the month before, and 5 percent from the year before.",
     "2019-06-03", "the year before", "DATE", "2018-04"),
    ("Unemployment fell to 3.6 percent in May, from 3.8 percent the month before. The month after, it rose.",
     "2019-06-03", "The month after", "DATE", "2019-06"),
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


# "earlier in the day", "later in the week", "later in the month": the story's unit (its day
# within three sentences, its date of that grain in the paragraph), else the reference's;
# "in the day" is a day (as "later that day": no mod), a week, month or year takes START/END
IN_THE_UNIT = [
    # a far day in a relative clause is an aside: "earlier in the day" is the report's day
    ("In the grounds sits a tank which crashed through its gates on April 30, 1975, symbolizing the end of "
     "the war. Earlier in the day Rubin visited a primary school.", "1997-04-08", "Earlier in the day", "DATE", "1997-04-08", None),
    ("Israel struck Rafah on Monday. Later in the day, Hamas said it accepted a ceasefire proposal.",
     "2024-05-07", "Later in the day", "DATE", "2024-05-06", None),
    ("Israel struck Rafah on Monday. Later in the day, Hamas said it accepted a proposal. Earlier in the day, "
     "tanks had massed near the border.", "2024-05-07", "Earlier in the day", "DATE", "2024-05-06", None),
    ("He was arrested on March 3, 2021. Later in the day, he was charged.", "2024-05-07", "Later in the day", "DATE", "2021-03-03"),
    ("Ban arrived in Japan on Sunday and held talks with Aso later in the day.", "2006-11-06", "later in the day", "DATE", "2006-11-05"),
    # no day told of: the reference's, past or future
    ("Later in the day, officials said the death toll had risen.", "2024-05-07", "Later in the day", "DATE", "2024-05-07"),
    ("The minister is expected to visit later in the day.", "2024-05-07", "later in the day", "DATE", "2024-05-07"),
    # a day far back in the text, or a planned one in a past clause, does not date it
    ("The leak began on March 11. Workers were exposed. The operator came under fire. It admitted last week "
     "that it failed to report leaks. Critics said it had lied. Earlier in the day, the house voted.",
     "1997-04-22", "Earlier in the day", "DATE", "1997-04-22"),
    ("The final is on Sunday. Earlier in the day, Rangers defeated Aberdeen.", "2006-12-23", "Earlier in the day", "DATE", "2006-12-23"),
    # weeks, months, years: the story's, with its position
    ("He was arrested on March 3, 2021. Later in the month, he was released.", "2024-05-07", "Later in the month", "DATE", "2021-03", "END"),
    ("He was arrested on March 3, 2021. Later in the year, he fled the country.", "2024-05-07", "Later in the year", "DATE", "2021", "END"),
    ("He was arrested on March 3, 2021. Later in the week, he was charged.", "2024-05-07", "Later in the week", "DATE", "2021-W09", "END"),
    ("The war began in 2003. Late in the year, Saddam Hussein was captured.", "2024-05-07", "Late in the year", "DATE", "2003", "END"),
    ("The central bank cut rates earlier in the week.", "2024-05-07", "earlier in the week", "DATE", "2024-W19", "START"),
    ("Talks will continue later in the week.", "2024-05-07", "later in the week", "DATE", "2024-W19", "END"),
    # controls: the existing forms keep their readings; a coarser story date, a future clause
    ("Earlier this month, the bank raised rates.", "2024-05-07", "Earlier this month", "DATE", "2024-05", "START"),
    ("Talks will resume later this week.", "2024-05-07", "later this week", "DATE", "2024-W19", "END"),
    ("He was arrested on March 3, 2021. Later that week, he was charged.", "2024-05-07", "Later that week", "DATE", "2021-W09", "END"),
    ("Police arrived on Monday. Later that day, they left.", "2016-10-21", "Later that day", "DATE", "2016-10-17", None),
    ("The firm was founded in March 2021. Later in the year it will expand.", "2024-05-07", "Later in the year", "DATE", "2024", "END"),
    ("It is late in the day to change course.", "2024-05-07", "late in the day", None, None),
    ("Shares fell later in the day's trading.", "2024-05-07", "later in the day", None, None),
]


# "until then", "by then", "since then": "then" is the day or month of its sentence or the one
# before it (TBAQ: "terminate on Nov. 30. Until [then]"); a year, a farther date or no date
# leaves it untagged (TBAQ: "began in 1950. Since then" untagged)
THEN = [
    ("The insurance concern said conversion rights will terminate on Nov. 30. Until then, Conseco said the stock "
     "remains convertible.", "1989-10-30", "then", "DATE", "1989-11-30"),
    ("The offer expires on Nov. 30. By then, prices will have risen.", "2005-09-02", "then", "DATE", "2005-11-30"),
    ("The ceasefire began on Aug. 12, but since then there have been clashes.", "2005-09-02", "then", "DATE", "2005-08-12"),
    ("The law takes effect in March. Until then, the old rules apply.", "2005-09-02", "then", "DATE", "2006-03"),
    ("Police arrived at 5 p.m. on Monday. By then, the gunman had fled.", "2005-09-02", "then", "TIME", "2005-08-29T17:00"),
    ("In November 1996, parliament scrapped an act which until then had protected the plotters.", "1997-04-21", "then", "DATE", "1996-11"),
    # controls
    ("The list began in 1950. Since then, 427 fugitives have been caught.", "2005-09-02", "then", None, None),
    ("The offer expires on Nov. 30. The company is based in Ohio. It has 500 employees. Until then, customers can apply.",
     "2005-09-02", "then", None, None),
    ("The chip won the market. Since then, Intel has cornered it.", "2005-09-02", "then", None, None),
    ("The talks began on Monday, and then they stalled.", "2005-09-02", "then", None, None),
]


def _check(case: tuple) -> None:
    text, ref, span, type_, value, *_ = case
    if type_ is None:  # the span must not be one mention
        got = [m.text for m in timeline.tag(text, ref)]
        assert span not in got, (text, got)
        return
    check(case)


@pytest.mark.parametrize("case", STORY_WEEKDAYS, ids=ids(STORY_WEEKDAYS))
def test_story_weekdays(case):
    _check(case)


@pytest.mark.parametrize("case", UNIT_BEFORE_AFTER, ids=ids(UNIT_BEFORE_AFTER))
def test_unit_before_after(case):
    _check(case)


@pytest.mark.parametrize("case", IN_THE_UNIT, ids=ids(IN_THE_UNIT))
def test_in_the_unit(case):
    _check(case)


@pytest.mark.parametrize("case", THEN, ids=[f"{c[0][:30]}@{c[1]}" for c in THEN])
def test_then(case):
    _check(case)


# a bare clock in a past clause right after a day still ahead (a plan) is not on that day: the
# lead's day dates it, when the lead's sentences told a past day of the week before (session 15)
_LEAD = "PARIS (AP) — Voters rejected the treaty in a referendum held {day}, dealing a blow to the government.\n\n"
_PLAN = "The prime minister is expected to resign tomorrow.\n\n"
LEAD_DAY = [
    (_LEAD.format(day="yesterday") + _PLAN + "Polling stations closed at 10 p.m. local time.",
     "2005-05-30", "10 p.m. local time", "TIME", "2005-05-29T22:00"),
    (_LEAD.format(day="on Wednesday") + _PLAN + "Polling stations closed at 10 p.m. local time.",
     "2005-05-30", "10 p.m. local time", "TIME", "2005-05-25T22:00"),
    ("KABUL (AP) — Two suicide bombers struck outside the airport on Thursday, killing scores.\n\n"
     "The last evacuation flights are due to leave on Tuesday.\n\n"
     "The first explosion went off near the gate at around 5.50pm local time.",
     "2021-08-27", "around 5.50pm local time", "TIME", "2021-08-26T17:50", "APPROX"),
    # controls: a future clause keeps the planned day; no past day in the lead, a lead day over
    # a week back, or a first day told on a headline line (no final stop) leave the reference
    (_LEAD.format(day="yesterday") + _PLAN + "Polling stations will close at 10 p.m. local time.",
     "2005-05-30", "10 p.m. local time", "TIME", "2005-05-31T22:00"),
    ("PARIS (AP) — Voters rejected the treaty in a referendum, dealing a blow to the government.\n\n" + _PLAN
     + "Polling stations closed at 10 p.m. local time.", "2005-05-30", "10 p.m. local time", "TIME", "2005-05-30T22:00"),
    # (a vote's day told over a week back dates the polls' clock by itself: session 21)
    (_LEAD.format(day="on May 20") + _PLAN + "Polling stations closed at 10 p.m. local time.",
     "2005-05-30", "10 p.m. local time", "TIME", "2005-05-20T22:00"),
    (_LEAD.format(day="on May 20") + _PLAN + "Offices closed at 10 p.m. local time.",
     "2005-05-30", "10 p.m. local time", "TIME", "2005-05-30T22:00"),
    ("Referendum held yesterday\n\n" + _PLAN + "Polling stations closed at 10 p.m. local time.",
     "2005-05-30", "10 p.m. local time", "TIME", "2005-05-30T22:00"),
    (_LEAD.format(day="today") + _PLAN + "Polling stations closed at 10 p.m. local time.",
     "2005-05-30", "10 p.m. local time", "TIME", "2005-05-30T22:00"),
]


@pytest.mark.parametrize("case", LEAD_DAY, ids=[f"{c[0][30:70]}|{c[0][-45:]}" for c in LEAD_DAY])
def test_lead_day_dates_a_past_clock_after_a_plan(case):
    _check(case)


# an offset of whole weeks, or an approximate count of days, lands on an interval (the week, the
# days about the count); the story goes on from the day counted (session 15)
COUNTED_LANDING = [
    ("On March 3, 2009, the bank collapsed. A week later, regulators seized its assets. The next day, shares fell.",
     "2010-01-01", "The next day", "DATE", "2009-03-11"),
    ("On March 3, 2009, the bank collapsed. Some two weeks later, regulators seized its assets. The next day, shares fell.",
     "2010-01-01", "The next day", "DATE", "2009-03-18"),
    ("On March 3, 2009, the bank collapsed. Some ten days later, regulators seized its assets. The next day, shares fell.",
     "2010-01-01", "The next day", "DATE", "2009-03-14"),
    # the mention keeps its honest interval
    ("On March 3, 2009, the bank collapsed. A week later, regulators seized its assets.",
     "2010-01-01", "A week", "DURATION", "P1W", None, "2009-03-09", "2009-03-15"),
    # controls: a look back, and a pluperfect, move nothing
    ("On March 3, 2009, the bank collapsed. It had failed a week earlier. The next day, shares fell.",
     "2010-01-01", "The next day", "DATE", "2009-03-04"),
    ("On March 3, 2009, the bank collapsed. Regulators had warned it a week later than planned. The next day, shares fell.",
     "2010-01-01", "The next day", "DATE", "2009-03-04"),
]


@pytest.mark.parametrize("case", COUNTED_LANDING, ids=[c[0][38:90] for c in COUNTED_LANDING])
def test_counted_landing_moves_the_story(case):
    _check(case)


# a pluperfect day told after a later day in the same sentence is a look back: the story stays
# on the later day (session 15, probe 26)
SAME_SENTENCE_FLASHBACK = [
    ("Northstar reported a profit on Tuesday, and said the FAA had granted it a certificate last Friday.\n\n"
     "By the close of trading at 4 p.m. EST, its shares had risen 7.2 percent.", "2005-11-02", "4 p.m. EST", "TIME", "2005-11-01T16:00"),
    # controls: a simple past day moves the story; a pluperfect day in the next sentence too
    ("Northstar reported a profit on Tuesday, and said the FAA granted it a certificate last Friday.\n\n"
     "By the close of trading at 4 p.m. EST, its shares had risen 7.2 percent.", "2005-11-02", "4 p.m. EST", "TIME", "2005-10-28T16:00"),
]


@pytest.mark.parametrize("case", SAME_SENTENCE_FLASHBACK, ids=["pluperfect", "simple past"])
def test_a_pluperfect_day_after_a_later_one_in_its_sentence_looks_back(case):
    _check(case)


# "was/were due to" opening the sentence right after the one that told a past day: the
# schedule as it stood then, the first such weekday after that day (session 15, probe 28)
DUE_AFTER_TOLD_DAY = [
    ("Flight AF447 left Rio at 7:03 p.m. on Sunday for an 11-hour flight to Paris. It was due to land at 11:15 a.m. on Monday.",
     "2009-06-02", "11:15 a.m.", "TIME", "2009-06-01T11:15"),
    # controls: a plan of today's news ("is due to"), and "would" in reported speech
    ("Flight AF447 left Rio at 7:03 p.m. on Sunday for an 11-hour flight to Paris. Its sister plane is due to land on Monday.",
     "2009-06-02", "Monday", "DATE", "2009-06-08"),
    ("The minister arrived on Sunday. A military plane would leave for Pakistan later on Tuesday, officials said.",
     "2009-06-02", "Tuesday", "DATE", "2009-06-02"),
]


@pytest.mark.parametrize("case", DUE_AFTER_TOLD_DAY, ids=["was due", "is due", "would"])
def test_was_due_right_after_a_told_day(case):
    _check(case)
