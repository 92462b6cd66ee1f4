"""Periods resolved against the publication date (ANNOTATION.md rules)."""

from datetime import date

from reports.extraction import extract
from reports.extraction.periods import resolve

PUB = date(2021, 6, 10)  # a Thursday


def test_it_resolves_weekdays_to_the_latest_one():
    assert resolve("killed on Tuesday", PUB) == (date(2021, 6, 8), date(2021, 6, 8))
    assert resolve("killed on Thursday", PUB) == (PUB, PUB)
    assert resolve("killed last Thursday", PUB) == (date(2021, 6, 3), date(2021, 6, 3))


def test_it_resolves_relative_days():
    assert resolve("yesterday", PUB) == (date(2021, 6, 9), date(2021, 6, 9))
    assert resolve("overnight", PUB) == (date(2021, 6, 9), PUB)
    assert resolve("in the past year", PUB) == (date(2020, 6, 10), PUB)
    assert resolve("three days of fighting", PUB) == (date(2021, 6, 8), PUB)


def test_it_resolves_weeks():
    assert resolve("this week", PUB) == (date(2021, 6, 7), PUB)
    assert resolve("last week", PUB) == (date(2021, 5, 31), date(2021, 6, 6))


def test_it_resolves_months_and_years():
    assert resolve("in March", PUB) == (date(2021, 3, 1), date(2021, 3, 31))
    assert resolve("in August", PUB) == (date(2020, 8, 1), date(2020, 8, 31))
    assert resolve("in 2019", PUB) == (date(2019, 1, 1), date(2019, 12, 31))
    assert resolve("this year", PUB) == (date(2021, 1, 1), PUB)
    assert resolve("last year", PUB) == (date(2020, 1, 1), date(2020, 12, 31))


def test_it_resolves_since_and_same_period():
    assert resolve("since the start of the war in 2014", PUB) == (date(2014, 1, 1), PUB)
    previous = (date(2021, 1, 1), PUB)
    assert resolve("during the same period", PUB, previous) == previous


def test_it_returns_none_without_a_time_expression():
    assert resolve("many were hurt", PUB) is None
    assert resolve("on Tuesday", None) is None


def test_since_a_day_without_a_year_runs_to_publication():
    assert resolve("clashes that have raged since 2 June", PUB) == (date(2021, 6, 2), PUB)
    assert resolve("fighting since May 28 in the north", PUB) == (date(2021, 5, 28), PUB)


def test_since_an_event_in_a_year_and_aged_conflicts():
    assert resolve("killed since the uprising began in 2011", PUB) == (date(2011, 1, 1), PUB)
    assert resolve("in a week-old offensive", PUB) == (date(2021, 6, 3), PUB)
    assert resolve("during the past week", PUB) == (date(2021, 6, 4), PUB)


def test_an_undated_future_day_does_not_hide_an_earlier_expression():
    # "a June 20 vote" lies after publication; "on Monday" still places the figure
    assert resolve("a blast on Monday ahead of a June 20 vote", PUB) == (
        date(2021, 6, 7),
        date(2021, 6, 7),
    )


def test_a_month_as_the_subject_of_the_sentence_is_the_period():
    got = resolve("april was the deadliest month, with 120 people killed", date(2021, 6, 10))
    assert got == (date(2021, 4, 1), date(2021, 4, 30))


def test_with_two_times_each_figure_takes_the_one_after_it():
    from reports.extraction import extract

    text = (
        "With the killing of 2 more guards last Monday, a total of 9 guards have been killed "
        "this week."
    )
    got = {c.count: c.period for c in extract(text, date(2021, 6, 10))}
    assert got[2] == (date(2021, 6, 7), date(2021, 6, 7))
    assert got[9] == (date(2021, 6, 7), date(2021, 6, 10))


def test_the_past_weekend_is_the_last_saturday_and_sunday():
    monday = date(2021, 6, 14)
    span = (date(2021, 6, 12), date(2021, 6, 13))
    assert resolve("six were killed over the past weekend", monday) == span


def test_four_digit_clock_times_are_not_years():
    pub = date(1990, 3, 4)
    day = (date(1990, 3, 3), date(1990, 3, 3))
    assert resolve("SHELLING WAS HEARD BETWEEN 1930 AND 2145 ON 3 MARCH.", pub) == day
    assert resolve("FROM 2215 ON 3 MARCH UNTIL 0130 TODAY THE REBELS FIRED.", pub) == day
    assert resolve("THE TRUCK EXPLODED AT 1845 HOURS ON 3 MARCH.", pub) == day
    assert resolve("the raid began at 1930 GMT", pub) is None
    assert resolve("killed between 1980 and 1985", pub) == (date(1980, 1, 1), date(1985, 12, 31))


def test_a_holiday_on_a_fixed_day_is_that_day():
    boxing = (date(2020, 12, 26), date(2020, 12, 26))
    text = "the storm that struck the coast on Boxing Day killed 40"
    assert resolve(text, date(2021, 1, 4)) == boxing
    new_year = (date(2021, 1, 1), date(2021, 1, 1))
    assert resolve("a fire on New Year's Day left 12 dead", date(2021, 1, 4)) == new_year
    assert resolve("twelve died on Christmas Day", date(2021, 12, 25)) == (
        date(2021, 12, 25),
        date(2021, 12, 25),
    )


def test_it_reads_a_year_naming_an_event_and_a_long_since_clause():
    pub = date(1988, 11, 10)
    claims = extract("A judge ruled on the 1985 crash of a jet which killed 520 people.", pub)
    assert [c.period for c in claims] == [(date(1985, 1, 1), date(1985, 12, 31))]
    text = (
        'MORE THAN 12,000 PEOPLE HAVE BEEN KILLED SINCE THE "SHINING PATH" ORGANIZATION BEGAN '
        "ITS ARMED STRUGGLE IN 1980."
    )
    assert [c.period for c in extract(text, pub)] == [(date(1980, 1, 1), pub)]


def test_since_a_month_runs_to_publication():
    pub = date(2016, 9, 30)
    claims = extract("Tens of thousands of people have fled the fighting since January.", pub)
    assert [c.period for c in claims] == [(date(2016, 1, 1), pub)]
    claims = extract("More than 300 people have died since November, officials said.", pub)
    assert [c.period for c in claims] == [(date(2015, 11, 1), pub)]


def test_christmas_eve_is_a_day():
    pub = date(2004, 12, 27)
    claims = extract("Gunmen killed 12 worshippers at a church on Christmas Eve.", pub)
    assert [c.period for c in claims] == [(date(2004, 12, 24), date(2004, 12, 24))]


def test_it_resolves_the_start_of_the_year_quarters_halves_and_years_of_war():
    assert resolve("since the start of the year", PUB) == (date(2021, 1, 1), PUB)
    assert resolve("during the last quarter of 2020", PUB) == (
        date(2020, 10, 1),
        date(2020, 12, 31),
    )
    assert resolve("in the first half of the year", PUB) == (date(2021, 1, 1), PUB)
    assert resolve("a war that in 9 years has claimed 7,000 lives", PUB) == (date(2012, 6, 10), PUB)
    assert resolve("after nine years of civil war", PUB) == (date(2012, 6, 10), PUB)
    assert resolve("he will be freed in 5 years time", PUB) is None


def test_a_quarter_beats_a_date_naming_an_event():
    s = "1,600 people were murdered during the last quarter of 2020 around the 12 November vote"
    assert resolve(s, PUB) == (date(2020, 10, 1), date(2020, 12, 31))


def test_clock_times_in_a_range_are_no_years():
    assert resolve("fighting raged from 0200 to 0300 near the base", PUB) is None


def test_it_resolves_the_nth_week_of_a_month():
    assert resolve("during the 2d week of December", PUB) == (date(2020, 12, 8), date(2020, 12, 14))
    assert resolve("in the last week of May", PUB) == (date(2021, 5, 25), date(2021, 5, 31))
    assert resolve("in the first week of June", PUB) == (date(2021, 6, 1), date(2021, 6, 7))


def test_it_resolves_a_range_of_days():
    pub = date(1989, 8, 11)
    span = (date(1989, 8, 6), date(1989, 8, 9))
    assert resolve("clashes that occurred between 6 and 9 august", pub) == span
    assert resolve("from 6 to 9 August", pub) == span
    assert resolve("August 6-9", pub) == span
    assert resolve("killed 20-30 people in August", pub) == (date(1989, 8, 1), pub)


def test_it_resolves_months_and_spans_counted_back_from_publication():
    pub = date(2004, 10, 16)
    assert resolve("killed 34 people earlier this month", pub) == (date(2004, 10, 1), pub)
    assert resolve("killed 34 people last month", pub) == (date(2004, 9, 1), date(2004, 9, 30))
    assert resolve("since a rebellion began 20 months ago", pub) == (date(2003, 2, 16), pub)
    # a comparison is not the figures' period
    assert resolve("the deadliest strike since fighting broke out four years ago", pub) is None


def test_the_time_after_a_figure_beats_an_earlier_one_in_its_sentence():
    text = (
        "Birds of peace\n\nMillions of paper birds were dropped yesterday to quell an insurgency "
        "that has led to the deaths of more than 500 people this year."
    )
    [claim] = extract(text, PUB)
    assert claim.period == (date(2021, 1, 1), PUB)


def test_spans_begun_some_time_ago_and_days_ago():
    pub = date(1989, 11, 23)
    s = "an offensive which began 12 days ago and which has left more than 1,000 people dead"
    assert resolve(s, pub) == (date(1989, 11, 11), pub)
    assert resolve("he was killed three days ago", pub) == (date(1989, 11, 20), date(1989, 11, 20))


def test_late_years_and_months_naming_an_event():
    pub = date(1990, 5, 16)
    assert resolve("an ambush in the same area in late 1987", pub) == (
        date(1987, 1, 1),
        date(1987, 12, 31),
    )
    span = (date(1990, 3, 1), date(1990, 3, 31))
    assert resolve("responsibility for the March terrorist attack on the bar", pub) == span
    assert resolve("the may attack", pub) is None  # "may" is a modal as often as a month


def test_a_report_of_minutes_or_hours_ago_is_the_publication_day():
    today = (PUB, PUB)
    assert resolve("A few minutes ago two bombs exploded, wounding five", PUB) == today
    assert resolve("Two explosions just before noon left five persons wounded", PUB) == today
    assert resolve("12 rebels were killed during the early morning battles", PUB) == today
    assert resolve("It came 12 hours after a shoot-out in which 10 were wounded", PUB) == today
    # a day named wins; more than a day's hours say nothing of the day
    assert resolve("in the early hours of Tuesday", PUB) == (date(2021, 6, 8), date(2021, 6, 8))
    assert resolve("freed 36 hours after the raid", PUB) is None


def test_a_wars_toll_takes_only_the_time_of_its_own_clause():
    pub = date(1989, 9, 5)
    text = (
        "The government sworn in on 1 June must solve a conflict which has cost El Salvador "
        "more than 70,000 lives."
    )
    assert [c.period for c in extract(text, pub)] == [None]
    text = "Rebels killed 5 soldiers on Monday in a war that has killed 70,000 people since 1980."
    assert sorted((c.count, c.period) for c in extract(text, pub)) == [
        (5, (date(1989, 9, 4), date(1989, 9, 4))),
        (70000, (date(1980, 1, 1), pub)),
    ]


def test_since_an_event_in_a_named_month_runs_from_that_month():
    pub = date(2004, 10, 29)
    text = "100,000 Iraqis have been killed since US-led forces invaded the country in March 2003"
    assert resolve(text, pub) == (date(2003, 3, 1), pub)


def test_a_toll_since_something_began_on_a_day_runs_to_publication():
    pub = date(1989, 11, 13)
    text = "The offensive launched by the FMLN on 11 November has already resulted in 139 dead"
    assert resolve(text, pub) == (date(1989, 11, 11), pub)
    # a day alone stays that day
    assert resolve("The rebels attacked on 11 November, killing 9", pub) == (
        date(1989, 11, 11),
        date(1989, 11, 11),
    )


def test_the_past_n_months_are_calendar_months():
    pub = date(1989, 10, 5)
    assert resolve("over the past 3 months, 150 persons have been killed", pub) == (
        date(1989, 7, 5),
        pub,
    )


def test_the_past_month_runs_a_month_back_to_publication():
    assert resolve("arrests -- more than 400 in the past month", PUB) == (date(2021, 5, 10), PUB)


def test_a_year_modifying_an_event_after_its_names_that_year():
    pub = date(1989, 4, 18)
    assert resolve("its most spectacular operation was its 1985 takeover of the palace", pub) == (
        date(1985, 1, 1),
        date(1985, 12, 31),
    )


def test_dates_in_street_names_and_clock_times_after_since_are_no_periods():
    from reports.extraction.timeline import own_period

    pub = date(1989, 4, 11)
    assert own_period("The incident occurred on Boyaca and 9 October avenues.", pub) is None
    assert own_period("Police were posted along 9 October Avenue, the site of it.", pub) is None
    assert resolve("they have remained inside the house since 1705", pub) is None


def test_the_next_sentence_saying_when_the_attackers_struck_dates_the_figure():
    text = (
        "Headline\n\nThree engineers have been kidnapped by guerrillas in Colombia. The guerrillas "
        "attacked the oil well last night and escaped."
    )
    pub = date(1989, 4, 20)
    assert [c.period for c in extract(text, pub)] == [(date(1989, 4, 19), date(1989, 4, 19))]


def test_how_long_someone_lived_somewhere_is_no_time_window():
    pub = date(1989, 9, 29)
    assert resolve("they have been living there for the past 9 months", pub) is None
    assert resolve("500 have been killed in the past 9 months", pub) == (date(1988, 12, 29), pub)


def test_war_tolls_over_the_past_decade_or_of_a_ten_year_old_war():
    pub = date(1989, 11, 23)
    text = "They negotiate the end of the war which in the past decade has left 70,000 killed."
    assert [c.period for c in extract(text, pub)] == [(date(1979, 11, 23), pub)]
    text = "No one should consider it a solution to a 10-year-old war that has left 60,000 dead."
    assert [c.period[1] for c in extract(text, pub)] == [pub]
    text = "The offensive the FMLN began on 11 November, which has yielded 2,000 dead, goes on."
    assert [c.period for c in extract(text, pub)] == [(date(1989, 11, 11), pub)]


def test_a_range_of_months_with_no_year_is_the_latest_before_publication():
    got = resolve("BETWEEN JANUARY AND MAY, 300 PEOPLE DIED", PUB)
    assert got == (date(2021, 1, 1), date(2021, 5, 31))
    got = resolve("from October to March the rebels lost 40 men", PUB)
    assert got == (date(2020, 10, 1), date(2021, 3, 31))


def test_since_an_event_on_a_day_runs_to_publication():
    got = resolve("THERE HAVE BEEN 9 MURDERS SINCE THE PRESIDENT TOOK OFFICE LAST 10 AUGUST", PUB)
    assert got == (date(2020, 8, 10), PUB)


def test_a_range_of_days_across_two_months_and_during_this_period():
    got = resolve("REPORTS COVERING THE PERIOD 28 MAY TO 3 JUNE", PUB)
    assert got == (date(2021, 5, 28), date(2021, 6, 3))
    previous = (date(2021, 5, 28), date(2021, 6, 3))
    assert resolve("DURING THIS PERIOD THE ARMY SUFFERED 40 CASUALTIES", PUB, previous) == previous


def test_violence_that_has_lasted_n_years():
    got = resolve("A WAR THAT HAS LASTED 10 YEARS AND KILLED MORE THAN 70,000 PEOPLE", PUB)
    assert got == (date(2011, 6, 10), PUB)


def test_a_few_days_ago_is_two_to_five_days_back():
    assert resolve("a few days ago rebels clashed with the army", PUB) == (
        date(2021, 6, 5),
        date(2021, 6, 8),
    )
