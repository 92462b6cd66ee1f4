"""Which time expression places a sentence's figures (ANNOTATION "Period").

`periods.resolve` reads a time expression; this module decides which text may be read for a
figure: wire datelines and the time a source spoke are not the event's time, and a sentence with
no time expression of its own takes one from the text that governs it."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date

from . import periods
from .periods import Period

_MON = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"  # any month spelling
_WDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_TIME = (
    rf"(?:today|tonight|yesterday|last\s+night|(?:early\s+|late\s+)?this\s+(?:morning|afternoon|evening)"
    rf"|(?:on\s+|last\s+|late\s+|early\s+)?{_WDAY}(?:\s+(?:morning|afternoon|evening|night))?"
    rf"|(?:on\s+)?\d{{1,2}}\s+{_MON}|(?:on\s+)?{_MON}\s+\d{{1,2}}(?:st|nd|rd|th)?)"
)
_SAYING = (
    r"(?:said|says|say|reported|reports|report|announced|announces|stated|states|added|adds"
    r"|confirmed|disclosed|revealed|issued|published|released|broadcasts|broadcast|aired"
    r"|told\s+[a-z]+)"
)
# "officials said on Tuesday", "were reported dead early this morning", "a statement issued today"
_SAID_WHEN = re.compile(rf"\b{_SAYING}\s+(?:[a-z]+\s+)?{_TIME}\b(?!['\u2019]s)", re.I)
# "OFFICIAL SOURCES TODAY REPORTED THAT ...", "Iraq yesterday said ...": the time the source spoke
_SAYING_RE = re.compile(rf"(?<=\s){_SAYING}\b", re.I)
_TIME_ENDS = ("day", "night", "morning", "afternoon", "evening", "st", "nd", "rd", "th", "ber")
_TIME_ENDS += ("ary", "march", "april", "may", "june", "july", "august")  # "ON 1 SEPTEMBER SAID"
_TIME_BEFORE = re.compile(rf"\b{_TIME}\s+$", re.I)


def _drop_time_before_saying(s: str) -> str:
    for m in _SAYING_RE.finditer(s):
        before = s[max(0, m.start() - 12) : m.start()].rstrip().lower()
        if not before.endswith(_TIME_ENDS) and not before[-1:].isdigit():
            continue
        if t := _TIME_BEFORE.search(s, max(0, m.start() - 40), m.start()):
            return s[: t.start()] + " " + s[t.end() :]
    return s


# "SAID IN A COMMUNIQUE ISSUED AT THE PEACE VILLAGE TODAY THAT ...": the time of the saying,
# however far after the verb, when "that" opens the reported clause right after it
_SAID_THEN_THAT = re.compile(rf"\b{_SAYING}\s+(?:[\w'.\-]+\s+){{1,7}}?{_TIME}\s*,?\s+that\b", re.I)

_THAT = re.compile(r"\bthat\b", re.I)
# Every _SAYING verb starts with one of these stems: no stem, no saying to take times from.
_ANY_SAYING = re.compile(
    r"(?=[sraciptbdSRACIPTBD])\b(?:sa(?:id|ys|y)|report|announc|stat|add|confirm|disclos|reveal"
    r"|issu|publish|releas|broadcast|aired|told)",
    re.I,
)

# "On 5 November, Radio Venceremos reports that ...", "Tuesday, the ministry said ..."
_WHEN_SAID = re.compile(rf"^\W*{_TIME}\s*,\s*(?:[\w'.\-]+\s+){{1,6}}?{_SAYING}\b", re.I)

# Wire datelines: "SAN SALVADOR, 13 NOV 89 (AFP) -- [TEXT]", "Quito, march 9 - ",
# "BAGHDAD (Reuters) - ", "CHANDIGARH, India, March 7 - ".
_PLACE = r"[A-Z][A-Za-z'\-.]*(?:\s+[A-Z][A-Za-z'\-.]*){0,3}"
_DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Z .'\-]{2,30}(?:\([A-Z .'\-]{2,30}\))?,"  # "MANAGUA (NICARAGUA),"
    r"[^\n]{0,60}?(?:--|\[TEXT\])(?:\s*\[[A-Z ]{2,30}\])*\s*"
    rf"|{_PLACE}(?:,\s*{_PLACE})?,\s*(?i:{_MON})\s+\d{{1,2}}\s+-\s"
    rf"|{_PLACE}(?:,\s*{_PLACE})?\s+\([A-Za-z ]{{2,20}}\)\s+-\s)"
)
_DATELINE_CASE = re.compile(r"^\s*[A-Z]")

# A sentence after a figure that only says when the event was ("The kidnapping took place on 30
# December", "The plane crashed yesterday").
_EVENT_WHEN = re.compile(
    r"\b(?:took\s+place|occurred|happened|struck|erupted|broke\s+out|crashed|exploded|went\s+off"
    r"|attacked|ambushed|raided|stormed)\b",  # "THE GUERRILLAS LAST NIGHT ATTACKED THE OIL WELL"
    re.I,
)


# A time in a clause about what will happen ("THEY WILL HOLD A STRIKE ON THURSDAY", "talks are
# due to resume on Monday") is not when the reported figures happened.
_FUTURE_TIME = re.compile(
    rf"\b(?:will|shall|(?:is|are)\s+(?:due\s+)?to\s+(?:be\s+)?|plans?\s+to|planned\s+for"
    rf"|scheduled)\b[^.;:,]{{0,60}}?\b{_TIME}\b",
    re.I,
)


_FUTURE_WORD = re.compile(r"\b(?:will|shall|to|planned|scheduled)\b", re.I)


def _drop_future_times(s: str) -> str:
    for m in reversed(list(_FUTURE_TIME.finditer(s))):
        t = re.search(rf"\b{_TIME}\b$", m.group(), re.I)
        past = t is not None and re.match(r"last|yesterday", t.group(), re.I)
        if t is not None and not past and s[m.end() : m.end() + 2] not in ("'s", "\u2019s"):
            cut = m.start() + t.start()
            s = s[:cut] + " " + s[m.end() :]
    return s


def dateline_end(sentence: str) -> int:
    """Length of the wire dateline opening a sentence (0 when there is none)."""
    if not _DATELINE_CASE.match(sentence):
        return 0
    m = _DATELINE.match(sentence)
    return m.end() if m else 0


def _without_time(said: str) -> str:
    t = list(re.finditer(_TIME, said, re.I))[-1]
    return said[: t.start()] + " " + said[t.end() :]


# "M-19 [19 APRIL MOVEMENT]", "the 26th of July Movement": a date inside a name
_DATED_NAME = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}\s+(?:movement|front|command|commando"
    r"|avenues?|streets?|boulevard|square|plaza|bridge)\b",  # "ALONG 9 OCTOBER AVENUE"
    re.I,
)


_NAME_NOUN_PARTS = ("ovement", "OVEMENT", "ront", "RONT", "ommand", "OMMAND", "venue", "VENUE")
_NAME_NOUN_PARTS += ("treet", "TREET", "oulevard", "OULEVARD", "quare", "QUARE", "laza", "LAZA")
_NAME_NOUN_PARTS += ("ridge", "RIDGE")


# "(NAMED IN MEMORY OF A PRIEST WHO WAS KILLED BY SOLDIERS IN 1966 ...)": a year in an aside
_YEAR_ASIDE = re.compile(r"\([^()]{0,300}?\b\d{4}\b[^()]{0,300}?\)")


def event_text(sentence: str) -> str:
    """The sentence without its dateline, without the times its sources spoke and without a
    parenthetical aside that dates something else."""
    s = sentence[dateline_end(sentence) :]
    if "(" in s:
        s = _YEAR_ASIDE.sub(" ", s)
    if any(w in s for w in _NAME_NOUN_PARTS):
        s = _DATED_NAME.sub(" ", s)
    saying = _ANY_SAYING.search(s) is not None  # (one cheap scan gates the four below)
    if saying:
        s = _WHEN_SAID.sub(lambda m: m.group()[len(_time_prefix(m.group())) :], s, count=1)
        s = _drop_time_before_saying(s)
        if _THAT.search(s):  # (cheap test first: most sentences have no reported clause)
            s = _SAID_THEN_THAT.sub(lambda m: _without_time(m.group()), s)
    if _FUTURE_WORD.search(s):
        s = _drop_future_times(s)
    return _SAID_WHEN.sub(" ", s) if saying else s


def _time_prefix(text: str) -> str:
    m = re.match(rf"^\W*{_TIME}\s*,", text, re.I)
    return m.group() if m else ""


def own_period(sentence: str, pub: date | None, previous: Period | None = None) -> Period | None:
    """The period the sentence's own words give its figures, or None."""
    if not periods.RE_ANY_TIME.search(sentence.lower()):
        return None
    return periods.resolve(event_text(sentence), pub, previous)


_AFTERMATH = re.compile(r"\b(?:buried|burial|funerals?|laid\s+to\s+rest|mourners)\b", re.I)


def aftermath(sentence: str) -> bool:
    """'THE CAPTAIN AND OTHER PERSONNEL KILLED ... WERE BURIED ON 16 MAY IN LIMA': a burial's time
    and place are not those of the deaths."""
    return (
        "uri" in sentence
        or "URI" in sentence
        or "uneral" in sentence
        or "UNERAL" in sentence
        or "rest" in sentence
        or "ourner" in sentence
        or "OURNER" in sentence
    ) and _AFTERMATH.search(sentence) is not None


def says_when(sentence: str) -> bool:
    """The sentence says when an event happened ('The attack took place on Sunday')."""
    return _EVENT_WHEN.search(sentence) is not None


def when_text(sentence: str) -> str:
    """The words around the event verb of a sentence that says when ('DRIVERS WHO ARRIVED TODAY
    ... REPORTED THAT THE ATTACK TOOK PLACE ON FRIDAY NIGHT': Friday, not today)."""
    m = _EVENT_WHEN.search(sentence)
    return sentence if m is None else sentence[max(0, m.start() - 40) : m.end() + 60]


# "IT WAS REPORTED RECENTLY THAT 2,000 ...": when it was said, not when they died
_REPORTED_RECENTLY = re.compile(
    r"\b(?:reported|said|announced|learned|disclosed)\s+recently\b"
    r"|\brecently\s+(?:reported|said|announced|learned|disclosed)\b",
    re.I,
)


def choose(
    sent,
    nxt,
    untimed: Sequence[str],
    pub: date | None,
    last: Period | None,
    has_figures: Callable[[object], object],
) -> Period | None:
    """A figure sentence's period: its own time; else, for a headline, the lead's; else the next
    sentence's when that one only says when the event happened; else the latest time expression
    before it since the last figure (a sentence without figures governs the figures after it);
    else the period of the previous figure."""
    period = own_period(sent.text, pub, last)
    if sent.headline:
        return period or (own_period(nxt.text, pub) if nxt is not None else None)
    if (
        period is None
        and ("ecently" in sent.text or "ECENTLY" in sent.text)
        and not _REPORTED_RECENTLY.search(sent.text)
    ):
        return None  # "THREE SOLDIERS WERE KILLED RECENTLY": an unstated time, not the last one
    if period is None and nxt is not None and says_when(nxt.text) and not has_figures(nxt):
        period = own_period(when_text(nxt.text), pub, last)
    if period is None:
        found = (own_period(text, pub, last) for text in reversed(untimed[-6:]))
        period = next((p for p in found if p is not None), last)
    return period
