"""Time expressions in a sentence resolved to [start, end] dates against the publication date."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

Period = tuple[date, date]

MONTHS: dict[str, int] = {
    name: i
    for i in range(1, 13)
    for name in (
        calendar.month_name[i].lower(),
        calendar.month_abbr[i].lower(),
        calendar.month_abbr[i].lower() + ".",
    )
}
MONTHS.update({"sept": 9, "sept.": 9})
MONTHS.pop("may.", None)
WEEKDAYS = {calendar.day_name[i].lower(): i for i in range(7)}

_M = (
    r"(january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)"
)
_WD = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_NUMW = r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty)"
_WORDN = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "twenty": 20,
    "thirty": 30,
}

RE_SAME = re.compile(r"\b(?:the|that) same (?:period|time)\b|\bduring this period\b")
RE_RANGE = re.compile(
    rf"\b(?:since|between|from)\s+(?:{_M}\s+)?(\d{{4}})\b.{{0,80}}?\b(?:and|to|until|till)\s+(?:{_M}\s+)?(\d{{4}})\b"
)
# "BETWEEN JANUARY AND SEPTEMBER" with no year: those months, the latest before publication
RE_MONTH_RANGE = re.compile(
    rf"\b(?:between|from)\s+{_M}\s+(?:and|to|through|until)\s+{_M}\b(?!\s*\d)"
)
RE_SINCE = re.compile(
    rf"\bsince\s+(?:(?:the\s+)?(?:start|beginning|outbreak)\b[^.;]{{0,40}}?\b(?:in\s+)?)?(?:(\d{{1,2}})\s+)?(?:{_M}\s+)?(?:(\d{{1,2}}),?\s+)?(\d{{4}})\b"
)
# "since 10 August", "SINCE BORJA ROSE TO POWER LAST 10 AUGUST"
RE_SINCE_DAY = re.compile(
    rf"\bsince\s+(?:(?!since\b)[a-z]+\s+){{0,8}}?(?:(\d{{1,2}})\s+{_M}|{_M}\s+(\d{{1,2}}))\b"
    rf"(?!,?\s+\d{{4}})"
)
RE_PAST_WEEK = re.compile(
    r"\b(?:in|over|during)\s+the\s+(?:past|last)\s+(?:week|seven\s+days)\b(?!\s+of\b)"
)
RE_SINCE_EVENT = re.compile(rf"\bsince\s+(?!\d)[^.;,]{{1,80}}?\bin\s+(?:{_M}\s+)?(\d{{4}})\b")
RE_AGED = re.compile(
    rf"\b(?:{_NUMW}-)?(day|week|month|year)-old\s+(?:offensive|war|conflict|siege|campaign|fighting"
    r"|battle|uprising|insurgency|operation|crisis|ceasefire|truce|strike)"
)
RE_PAST_YEAR = re.compile(
    r"\b(?:(?:in|over|during)\s+the\s+(?:past|last)\s+(?:year|12\s+months|twelve\s+months)|in\s+the\s+year\s+since|past\s+12\s+months|over\s+the\s+past\s+12\s+months)\b"
)
# "HAVE BEEN LIVING THERE FOR THE PAST 9 MONTHS": how long a state lasted, not a time window
_STATE_FOR = re.compile(
    r"\b(?:living|lived|working|worked|staying|stayed)\b(?:\s+\w+){0,2}\s+for\s+the\s+$"
)
RE_PAST_MONTH = re.compile(r"\b(?:in|over|during)\s+the\s+past\s+month\b")
RE_PAST_N = re.compile(rf"\b(?:past|last)\s+{_NUMW}\s+(years|months|weeks|days)\b")
RE_N_DAYS = re.compile(rf"\b{_NUMW}\s+days\s+of\b")
RE_24H = re.compile(r"\b(?:overnight|past\s+24\s+hours|last\s+24\s+hours)\b")
RE_FEW_HOURS = re.compile(r"\b(?:past|last)\s+(?:few|several)\s+hours\b")
RE_YESTERDAY = re.compile(r"\b(?:yesterday|last\s+night)\b")
RE_TODAY = re.compile(
    r"\b(?:today|this\s+morning|this\s+afternoon|this\s+evening|tonight|early\s+this\s+morning)\b"
)
# The day of the report itself: "A FEW MINUTES AGO", "12 HOURS AFTER", "DURING THE EARLY MORNING
# BATTLES", "JUST BEFORE NOON" (read after any named day, which wins)
RE_SAME_DAY = re.compile(
    rf"\b(?:(?:a\s+few|few|several|{_NUMW})\s+(?:minutes|hours)\s+(?:ago|earlier|before|after|later)"
    r"|early\s+(?:morning|hours)\b(?!\s+of)|(?:at|before|around|by)\s+(?:dawn|noon|midday|daybreak))\b"
)
# "THE OFFENSIVE LAUNCHED BY THE FMLN ON 11 NOVEMBER ... HAS ALREADY RESULTED IN 139 DEAD": a
# toll counted from the day something began up to publication
RE_BEGAN_ON = re.compile(
    rf"\b(?:launched|began|begun|started|erupted|broke\s+out)\b[^.;]{{0,60}}?\bon\s+"
    rf"(?:(\d{{1,2}})\s+{_M}|{_M}\s+(\d{{1,2}}))\b[^.;]{{0,80}}?\b(?:has|have)\s+"
    r"(?:already\s+|so\s+far\s+)?(?:resulted|caused|left|claimed|killed|cost|yielded|produced)\b"
)
RE_DECADES = re.compile(r"\b(?:past|last)\s+(decade|two\s+decades|three\s+decades)\b")
_DECADE_YEARS = {"decade": 10, "two decades": 20, "three decades": 30}
RE_THIS_WEEK = re.compile(r"\b(?:this|during\s+the)\s+week\b")
RE_LAST_WEEK = re.compile(r"\blast\s+week\b(?!\s+of\b)")  # not "the last week of May"
RE_WEEKEND = re.compile(r"\b(?:the|last)\s+(?:past\s+)?weekend\b")
RE_LAST_WD = re.compile(rf"\blast\s+{_WD}\b")
RE_WD = re.compile(rf"\b{_WD}\b")
RE_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})\s+{_M}(?:,?\s+(\d{{4}}))?\b")
RE_MONTH_DAY = re.compile(rf"\b{_M}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?")
RE_MONTH = re.compile(
    rf"\b(?:in|during|of|since|for|last)\s+(?:the\s+month\s+of\s+)?{_M}(?:\s+(\d{{4}}))?\b"
)
# "NOVEMBER WAS A PARTICULARLY BLOODY MONTH": a month as the sentence's subject
RE_MONTH_SUBJECT = re.compile(
    rf"^\W*{_M}(?:\s+(\d{{4}}))?\s+(?:was|has\s+been|had\s+been|saw|proved|became)\b"
)
# Clock times written as four digits ("AT 2300", "1830 HOURS", "0200 GMT") are not years.
RE_CLOCK = re.compile(
    r"\b(?:at|by)\s+[0-2]\d[0-5]\d\b(?:\s*(?:hours|hrs|gmt|local\s+time))?"
    r"|\b[0-2]\d[0-5]\d\s*(?:hours|hrs|gmt|local\s+time)\b"
)
# Holidays on a fixed calendar day: "the tsunami which struck on Boxing Day"
HOLIDAYS = {
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "boxing day": (12, 26),
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
}
RE_HOLIDAY = re.compile(rf"\b({'|'.join(HOLIDAYS)})\b")
RE_THIS_MONTH = re.compile(r"\b(?:this|earlier\s+this|so\s+far\s+this)\s+month\b")
RE_LAST_MONTH = re.compile(r"\blast\s+month\b")
# "since a rebellion began 20 months ago": to publication
RE_SINCE_AGO = re.compile(
    rf"\b(?:since\b[^.;]{{0,80}}?|(?:began|started|erupted|broke\s+out|launched)\s+)"
    rf"\b{_NUMW}\s+(days|weeks|months|years)\s+ago\b"
)
RE_DAYS_AGO = re.compile(rf"\b{_NUMW}\s+days\s+ago\b")  # "killed three days ago": that day
RE_FEW_DAYS_AGO = re.compile(r"\ba\s+few\s+days\s+ago\b")
RE_THIS_YEAR = re.compile(
    r"\b(?:this\s+year|(?:start|beginning)\s+of\s+the\s+(?:current\s+)?year)\b"
)
# "the last quarter of 1989", "the first half of the year"
RE_PART_OF_YEAR = re.compile(
    r"\b(first|second|third|fourth|last|final)\s+(quarter|half)\s+of\s+(?:(\d{4})|(?:the|this)"
    r"\s+year|(last)\s+year)\b"
)
# "BETWEEN 6 AND 9 AUGUST", "from 6 to 9 August", "6-9 August", "August 6-9", "Aug. 6 to 9"
# "COVERING THE PERIOD 29 JANUARY TO 4 FEBRUARY": days in two months
RE_CROSS_RANGE = re.compile(
    rf"\b(\d{{1,2}})\s+{_M}\s+(?:to|until|through|and|-)\s+(\d{{1,2}})\s+{_M}\b(?!,?\s+\d{{4}})"
)
RE_DAY_RANGE = re.compile(
    rf"\b(?:(?:between|from)\s+)?(\d{{1,2}})\s*(?:-|to|and|until)\s*(\d{{1,2}})\s+{_M}"
    rf"(?:,?\s+(\d{{4}}))?\b|\b{_M}\s+(\d{{1,2}})\s*(?:-|to|and)\s*(\d{{1,2}})\b(?:,?\s+(\d{{4}}))?"
)
# "DURING THE 2D WEEK OF DECEMBER": days 8-14 of that month
RE_WEEK_OF = re.compile(
    rf"\b(first|1st|second|2d|2nd|third|3d|3rd|fourth|4th|last|final)\s+week\s+of\s+{_M}"
    r"(?:\s+(\d{4}))?\b"
)
_WEEK_NO = {"first": 1, "1st": 1, "second": 2, "2d": 2, "2nd": 2, "third": 3, "3d": 3, "3rd": 3}
_WEEK_NO.update({"fourth": 4, "4th": 4, "last": -1, "final": -1})
_PART = {"first": 0, "second": 1, "third": 2, "fourth": 3, "last": -1, "final": -1}
# "that in 9 years has claimed 70,000 lives", "nine years of war": the years up to publication
RE_N_YEARS = re.compile(
    rf"\b(?:(?:in|over|during|lasted|lasting)\s+(?:the\s+)?{_NUMW}\s+years\b(?!\s+(?:time|ago|old|from))"
    rf"|{_NUMW}\s+years\s+of\s+(?:war|conflict|fighting|civil\s+war|violence|insurgency))"
)
RE_LAST_YEAR = re.compile(r"\blast\s+year\b")
# "in 1982", "the 1985 crash" (a year naming an event)
RE_YEAR = re.compile(
    r"\b(?:(?:in|during|of|since)\s+(?:(?:early|late|mid)[\s-]+)?|(?:the|its|their)\s+(?=\d{4}\s+[a-z]))"
    r"(\d{4})\b"
)
# "THE MARCH TERRORIST ATTACK": a month naming an event (not "may", a modal)
RE_MONTH_EVENT = re.compile(
    r"\bthe\s+(january|february|march|april|june|july|august|september|october|november|december)"
    r"(?:\s+(\d{4}))?\s+(?:[a-z]+\s+)?(?:attacks?|bombings?|massacres?|ambush|offensive|raids?|killings?"
    r"|explosions?|blasts?|fighting|uprising|elections?|earthquake|floods?)\b"
)
RE_ENDED = re.compile(rf"\b{_NUMW}-year\s+[a-z ]{{0,30}}?\bended\s+in\s+(\d{{4}})\b")


def _num(s: str) -> int:
    return int(s) if s.isdigit() else _WORDN.get(s, 0)


def _month_num(s: str | None) -> int | None:
    return MONTHS.get(s.lower().rstrip(".")) if s else None


def _minus_years(d: date, n: int) -> date:
    try:
        return d.replace(year=d.year - n)
    except ValueError:
        return d.replace(year=d.year - n, day=28)


_SUPERLATIVE = re.compile(r"\b(?:\w{3,}est|first|most|worst)\b[^.;,]{0,50}$")


def _compared(s: str, since: int) -> bool:
    """'the deadliest airstrikes since fighting broke out four years ago': a comparison, not
    the period of the figures."""
    return _SUPERLATIVE.search(s, max(0, since - 60), since) is not None


def _minus_months(d: date, n: int) -> date:
    y, m = divmod(d.year * 12 + d.month - 1 - n, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _month_period(year: int, month: int, pub: date) -> Period:
    last = date(year, month, calendar.monthrange(year, month)[1])
    return date(year, month, 1), min(last, pub) if last >= pub >= date(year, month, 1) else last


def _recent_month(month: int, pub: date) -> int:
    return pub.year if month <= pub.month else pub.year - 1


_YEAR_DIGITS = re.compile(r"\d{4}")


def _year_period(year: int, pub: date) -> Period:
    end = date(year, 12, 31)
    return date(year, 1, 1), (pub if year == pub.year else end)


# Every time expression above holds one of these: a cheap test before the full search.
RE_ANY_TIME = re.compile(
    r"\d{4}|day|night|morning|afternoon|evening|week|month|year|since|between|same|hours|minutes"
    r"|this period"
    r"|noon|dawn|christmas|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec",
)


def resolve(sentence: str, pub: date | None, previous: Period | None = None) -> Period | None:
    """The period a sentence's time expression names, or None."""
    if pub is None:
        return None
    s = sentence.lower()
    if not RE_ANY_TIME.search(s):
        return None
    s = s.replace("\u2019", "'")
    if RE_CLOCK.search(s):
        s = RE_CLOCK.sub(" ", s)
    try:
        return _resolve(s, pub, previous)
    except (ValueError, OverflowError):
        return None


def _resolve(s: str, pub: date, previous: Period | None) -> Period | None:
    # Substring tests before each regex (every pattern holds its word literally): most
    # sentences name one kind of time at most, and these tests cost far less than a search.
    year = _YEAR_DIGITS.search(s) is not None
    since = "since" in s
    past = "past" in s or "last" in s
    if ("same" in s or "this period" in s) and RE_SAME.search(s) and previous:
        return previous
    if "ended" in s and (m := RE_ENDED.search(s)):
        end = int(m.group(2))
        return date(end - _num(m.group(1)), 1, 1), date(end, 12, 31)
    for m in RE_RANGE.finditer(s) if year else ():
        m1, y1, m2, y2 = (
            _month_num(m.group(1)),
            int(m.group(2)),
            _month_num(m.group(3)),
            int(m.group(4)),
        )
        if not 1800 <= y1 <= y2 <= pub.year:
            continue  # "BETWEEN 1830 AND 2200", "FROM 0200 TO 0300": clock times
        start = date(y1, m1 or 1, 1)
        end = date(y2, m2 or 12, calendar.monthrange(y2, m2 or 12)[1])
        return start, min(end, pub)
    if ("between" in s or "from" in s) and (m := RE_MONTH_RANGE.search(s)):
        m1, m2 = _month_num(m.group(1)), _month_num(m.group(2))
        y2 = pub.year if m2 <= pub.month else pub.year - 1
        y1 = y2 if m1 <= m2 else y2 - 1
        end = date(y2, m2, calendar.monthrange(y2, m2)[1])
        return date(y1, m1, 1), min(end, pub)
    if (
        since
        and year
        and (m := RE_SINCE.search(s))
        and 1800 <= int(m.group(4)) <= pub.year  # ("SINCE 1705" in a wire text is a clock time)
        and not _compared(s, m.start())
    ):
        day = int(m.group(1) or m.group(3) or 1)
        month = _month_num(m.group(2)) or 1
        return date(int(m.group(4)), month, day), pub
    if "ago" in s and (m := RE_SINCE_AGO.search(s)) and not _compared(s, m.start()):
        n, unit = _num(m.group(1)), m.group(2)
        if unit == "years":
            return _minus_years(pub, n), pub
        if unit == "months":
            return _minus_months(pub, n), pub
        return pub - timedelta(days=n * (7 if unit == "weeks" else 1)), pub
    if "few days ago" in s and RE_FEW_DAYS_AGO.search(s):
        return pub - timedelta(days=5), pub - timedelta(days=2)  # "a few": 2 to 5 (ANNOTATION)
    if "ago" in s and (m := RE_DAYS_AGO.search(s)):
        d = pub - timedelta(days=_num(m.group(1)))
        return d, d
    if since and year and (m := RE_SINCE_EVENT.search(s)):
        return date(int(m.group(2)), _month_num(m.group(1)) or 1, 1), pub
    if "-old" in s and (m := RE_AGED.search(s)):
        n, days = _num(m.group(1) or "1"), {"day": 1, "week": 7, "month": 30, "year": 365}
        return pub - timedelta(days=n * days[m.group(2)]), pub
    if since and (m := RE_SINCE_DAY.search(s)):
        day = _day(int(m.group(1) or m.group(4)), _month_num(m.group(2) or m.group(3)), None, pub)
        if day is not None:
            return day[0], pub
    if (past or since) and RE_PAST_YEAR.search(s):
        return _minus_years(pub, 1), pub
    if past and RE_PAST_WEEK.search(s):
        return pub - timedelta(days=6), pub
    if past and "decade" in s and (m := RE_DECADES.search(s)):
        return _minus_years(pub, _DECADE_YEARS[" ".join(m.group(1).split())]), pub
    if past and "month" in s and RE_PAST_MONTH.search(s):
        return _minus_months(pub, 1), pub  # "MORE THAN 400 IN THE PAST MONTH"
    if past and (m := RE_PAST_N.search(s)) and not _STATE_FOR.search(s, 0, m.start()):
        n, unit = _num(m.group(1)), m.group(2)
        if unit == "years":
            return _minus_years(pub, n), pub
        if unit == "months":
            return _minus_months(pub, n), pub
        if unit == "weeks":
            return pub - timedelta(days=7 * n), pub
        return pub - timedelta(days=n - 1), pub
    if "years" in s and (m := RE_N_YEARS.search(s)):
        n = _num(m.group(1) or m.group(2))
        if 0 < n < 100:
            return _minus_years(pub, n), pub
    if "days" in s and (m := RE_N_DAYS.search(s)):
        return pub - timedelta(days=_num(m.group(1)) - 1), pub
    if ("overnight" in s or "24" in s) and RE_24H.search(s):
        return pub - timedelta(days=1), pub
    if past and "hours" in s and RE_FEW_HOURS.search(s):
        return pub, pub
    if ("quarter" in s or "half" in s) and (m := RE_PART_OF_YEAR.search(s)):
        return _part_of_year(m, pub)
    if "week of" in s and (m := RE_WEEK_OF.search(s)):
        return _week_of(m, pub)
    if "on" in s and " ha" in s and (m := RE_BEGAN_ON.search(s)):
        day = _day(int(m.group(1) or m.group(4)), _month_num(m.group(2) or m.group(3)), None, pub)
        if day is not None:
            return day[0], pub
    if (
        (" to " in s or "until" in s or "through" in s or "between" in s or " - " in s)
        and (m := RE_CROSS_RANGE.search(s))
        and m.group(2) != m.group(4)
    ):
        end = _day(int(m.group(3)), _month_num(m.group(4)), None, pub)
        start = _day(int(m.group(1)), _month_num(m.group(2)), None, end[0]) if end else None
        if start and end and start[0] <= end[0]:
            return start[0], end[0]
    if m := RE_DAY_RANGE.search(s):
        if span := _day_range(m, pub):
            return span
    for m in RE_DAY_MONTH.finditer(s):
        if day := _day(int(m.group(1)), _month_num(m.group(2)), m.group(3), pub):
            return day
    for m in RE_MONTH_DAY.finditer(s):
        if day := _day(int(m.group(2)), _month_num(m.group(1)), m.group(3), pub):
            return day
    if m := RE_HOLIDAY.search(s):
        month, day = HOLIDAYS[m.group(1)]
        return _day(day, month, None, pub)
    if ("yesterday" in s or "night" in s) and RE_YESTERDAY.search(s):
        d = pub - timedelta(days=1)
        return d, d
    if RE_TODAY.search(s):
        return pub, pub
    if "week" in s and RE_LAST_WEEK.search(s):
        monday = pub - timedelta(days=pub.weekday() + 7)
        return monday, monday + timedelta(days=6)
    if "week" in s and RE_THIS_WEEK.search(s):
        return pub - timedelta(days=pub.weekday()), pub
    if "weekend" in s and RE_WEEKEND.search(s):
        sunday = pub - timedelta(days=(pub.weekday() + 1) % 7)
        return sunday - timedelta(days=1), sunday
    weekday = "day" in s
    if weekday and past and (m := RE_LAST_WD.search(s)):
        d = pub - timedelta(days=(pub.weekday() - WEEKDAYS[m.group(1)] - 1) % 7 + 1)
        return d, d
    if weekday and (m := RE_WD.search(s)):
        d = pub - timedelta(days=(pub.weekday() - WEEKDAYS[m.group(1)]) % 7)
        return d, d
    if ("hours" in s or "minutes" in s or "early" in s or "dawn" in s or "noon" in s) and (
        m := RE_SAME_DAY.search(s)
    ):
        if not m.group(1) or _num(m.group(1)) <= 24:
            return pub, pub
    if m := RE_MONTH.search(s) or RE_MONTH_SUBJECT.search(s) or RE_MONTH_EVENT.search(s):
        month = _month_num(m.group(1))
        if month:
            year = int(m.group(2)) if m.group(2) else _recent_month(month, pub)
            if m.group().startswith("since"):
                return date(year, month, 1), pub  # "since January": to publication
            return _month_period(year, month, pub)
    if "month" in s and RE_THIS_MONTH.search(s):
        return pub.replace(day=1), pub
    if "month" in s and RE_LAST_MONTH.search(s):
        last = pub.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    if "year" in s and RE_THIS_YEAR.search(s):
        return date(pub.year, 1, 1), pub
    if "year" in s and RE_LAST_YEAR.search(s):
        return date(pub.year - 1, 1, 1), date(pub.year - 1, 12, 31)
    if year and (m := RE_YEAR.search(s)):
        year = int(m.group(1))
        if 1900 <= year <= pub.year:
            return _year_period(year, pub)
    return None


def _day_range(m: re.Match, pub: date) -> Period | None:
    """'between 6 and 9 August' -> [6, 9 August] (the latest such days on or before publication)."""
    if m.group(3):
        a, b, month, year = m.group(1), m.group(2), m.group(3), m.group(4)
    else:
        month, a, b, year = m.group(5), m.group(6), m.group(7), m.group(8)
    first, last = int(a), int(b)
    if not first < last:
        return None
    end = _day(last, _month_num(month), year, pub)
    start = _day(first, _month_num(month), year or (str(end[0].year) if end else None), pub)
    return (start[0], end[0]) if start and end else None


def _week_of(m: re.Match, pub: date) -> Period | None:
    """'the 2d week of December' -> [8, 14 December]; 'the last week of May' -> its last 7 days."""
    month = _month_num(m.group(2))
    if not month:
        return None
    year = int(m.group(3)) if m.group(3) else _recent_month(month, pub)
    last = calendar.monthrange(year, month)[1]
    k = _WEEK_NO[m.group(1)]
    first = last - 6 if k < 0 else 7 * (k - 1) + 1
    start, end = date(year, month, first), date(year, month, min(last, first + 6))
    return (start, min(end, pub)) if start <= pub else None


def _part_of_year(m: re.Match, pub: date) -> Period | None:
    """'the last quarter of 1989' -> [1 October, 31 December] (ending at publication)."""
    year = int(m.group(3)) if m.group(3) else pub.year - (1 if m.group(4) else 0)
    parts = 4 if m.group(2) == "quarter" else 2
    k = _PART[m.group(1)] % parts
    months = 12 // parts
    start = date(year, k * months + 1, 1)
    end_month = (k + 1) * months
    end = date(year, end_month, calendar.monthrange(year, end_month)[1])
    if start > pub:
        return None
    return start, min(end, pub)


def _day(day: int, month: int | None, year: str | None, pub: date) -> Period | None:
    if not month or not 1 <= day <= 31:
        return None
    y = int(year) if year else _recent_month(month, pub)
    d = date(y, month, day)
    if not year and d > pub:
        return None  # "a Jan. 30 election": an undated day after publication is a future event
    return d, d
