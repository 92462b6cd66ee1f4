"""What a sentence leaves for the figures after it: its place, the events it names and when,
a group it says was responsible, the attacker it names; and what later sentences add to a
figure (a restated place). Each reads the article-wide `Context` of pipeline.py."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from . import causes, figures, locate, neighbours, places, timeline
from .attribution import claimant_of
from .groups import NAMED_GROUP_RE, NAMED_GROUPS
from .sentences import Sentence, is_candidate, tokenize
from .types import PlaceRef

if TYPE_CHECKING:  # pragma: no cover
    from .pipeline import Context


def figures_of(sent: Sentence) -> list[figures.Figure]:
    """The figures of a sentence (none unless it passes the prefilter)."""
    if not is_candidate(sent.text):
        return []
    toks = tokenize(sent)
    return figures.find_figures([t.low for t in toks], [t.text for t in toks])


def note_untimed(sent: Sentence, ctx: Context) -> None:
    """A sentence without figures: its place, event, claim of responsibility and time may serve
    the figures after it (not a burial's: 'THOSE KILLED WERE BURIED ON 16 MAY IN LIMA')."""
    note_event(sent, ctx)
    note_responsibility(sent, ctx)
    if timeline.aftermath(sent.text):
        return
    note_place(sent, ctx)
    ctx.untimed.append(sent)


def note_place(sent: Sentence, ctx: Context) -> None:
    """A sentence with no figure may name the place later figures inherit ('in Mogadishu'); it is
    only read when a later figure needs it (most never are)."""
    ctx.pending.append(sent)
    del ctx.pending[:-8]


def last_place(ctx: Context) -> tuple[str, PlaceRef] | None:
    while ctx.pending:
        place = place_noted(ctx.pending.pop(), ctx)
        if place is not None:
            ctx.pending.clear()
            ctx.last_place = place
    return ctx.last_place


# words before a place a later figure may inherit ("in Mogadishu", "across south Asia")
_NOTED_AFTER = (
    frozenset(("in", "near", "outside", "at", "of", ",", "and", "across")) | places.STRUCK
)


def place_noted(sent: Sentence, ctx: Context) -> tuple[str, PlaceRef] | None:
    toks = tokenize(sent)
    low = [t.low for t in toks]
    words = [t.text for t in toks]
    every = places.places_in(words, low, ctx.caps, ctx.country_code, ctx.localities)
    found = [f for f in every if f.i > 0 and low[f.i - 1] in _NOTED_AFTER]
    if not found:  # "AT THE PAVON PRISON FARM", when nothing follows a bare "at"/"in"
        found = [
            f for f in every if f.i > 1 and low[f.i - 1] == "the" and low[f.i - 2] in _NOTED_AFTER
        ]
    return locate.choose(found, low, ctx.named)


def we(low: list[str], start: int) -> bool:
    """'WE HAVE CAUSED 38 CASUALTIES', 'OUR FORCES INFLICTED ...': the speaker's side acted."""
    return any(w in ("we", "our") for w in low[max(0, start - 8) : start])


def attached_places(figs: list, found: list, low: list[str]) -> dict:
    """Figures of a list that each name their own place right after them ('38 CASUALTIES IN
    CHALATENANGO, 20 IN MORAZAN'): figure start -> its place, when two or more do."""
    out = {}
    for f in figs:
        end = f.end if f.head is not None or f.via == "passive" else f.number.end
        if end < len(low) and low[end] in ("in", "at", "near"):
            p = next((p for p in found if p.i == end + 1), None)
            if p is not None:
                out[f.number.start] = (p.name, p.ref)
    if len(figs) == 1:  # "48 killed in Baquba": the place the figure's phrase ends in
        return {
            k: v for k, v in out.items() if v[1].kind != "country" and not _listed(v, found, low)
        }
    return out if len({v[0] for v in out.values()}) > 1 else {}


def _listed(place: tuple, found: list, low: list[str]) -> bool:
    """'WOUNDED IN SANTO TOMAS DE PATA DISTRICT, HUANCAVELICA DEPARTMENT, AND IN SAN PEDRO DE
    CACHI DISTRICT': the place opens a list of places, not the figure's own."""
    first = next(p for p in found if p.name == place[0])
    later = [p for p in found if p.i >= first.j]
    # (a pair, "48 killed in Baquba and Mosul", keeps the first: annotators read it so)
    return any(
        ("and" in low[first.j : p.i] or "or" in low[first.j : p.i])
        and "," in low[first.j : p.i]
        and p.i - first.j <= 12
        for p in later
    )


_VERB_STEMS = {"killed": "kill", "injured": "wound", "detained": "kidnap", "missing": "missing"}


def restated_place(sent: Sentence, ctx: Context, found: list, figs: list):
    """'THE ELN KIDNAPPED TWO SOLDIERS IN NORTHERN COLOMBIA. ... THE SOLDIERS ... WERE KIDNAPPED
    WHILE WORKING ON A HIGHWAY IN POPONTE, IN CESAR DEPARTMENT.': a sentence soon after that
    restates what befell them (no figure of its own) places it inside the country named."""
    stems = {_VERB_STEMS.get(f.outcome) for f in figs} - {None}
    if not stems:
        return None
    codes = {f.ref.country_code for f in found}
    for later in ctx.sentences[sent.index + 1 : sent.index + 4]:
        low_text = later.text.lower()
        if not any(stem in low_text for stem in stems):
            continue
        if figures_of(later):
            return None  # another figure's sentence: its places are its own
        place = neighbours.place_of(later, ctx)
        if place is not None and place[1].kind != "country" and place[1].country_code in codes:
            return place
        if place is not None and place[1].kind == "other":
            return place  # a locality the gazetteer lacks ("IN POPONTE, IN CESAR")
    return None


def attacker_before(sent: Sentence, ctx: Context) -> str | None:
    """'An American jet fired a missile at a house ... At least three people were killed.': the
    attacker the sentence right before names, when it holds no figure of its own."""
    if sent.index < 1 or sent.headline:
        return None
    prev = ctx.sentences[sent.index - 1]
    if prev.headline or "\n" in ctx.text[prev.end : sent.start] or figures_of(prev):
        return None
    toks = tokenize(prev)
    low = [t.low for t in toks]
    return causes.perpetrator_of(low, [t.text for t in toks], len(low), (0, 0), frozenset(), None)


def event_in(sent: Sentence, ctx: Context) -> str | None:
    """The class of the first event word in the sentence (from the article-wide search)."""
    words = ctx.event_words
    k = bisect_left(words, (sent.start, ""))
    return words[k][1] if k < len(words) and words[k][0] < sent.end else None


def note_event(
    sent: Sentence, ctx: Context, found: list | None = None, low: list[str] | None = None
) -> None:
    """The first time and place the article gives an event it names ("last Thursday's
    earthquake", "Ecuador, stricken by a severe earthquake"), for figures that refer back."""
    kind = event_in(sent, ctx)
    if kind is None or sent.headline or (kind in ctx.events and kind in ctx.event_places):
        return
    if kind not in ctx.events:
        when = timeline.own_period(sent.text, ctx.published)
        if when is not None:
            ctx.events[kind] = when
    if kind not in ctx.event_places:
        if found is None:
            toks = tokenize(sent)
            low = [t.low for t in toks]
            found = places.places_in(
                [t.text for t in toks], low, ctx.caps, ctx.country_code, ctx.localities
            )
        if found:
            ctx.event_places[kind] = locate.choose(found, low, ctx.named)


_RESPONSIBLE = re.compile(
    r"\b(?:(?:were|was|is|are)\s+(?:\w+\s+)?responsible\s+for|claimed\s+responsibility\s+for"
    r"|(?:were|was|is|are)\s+(?:\w+\s+)?blamed\s+for)\b",
    re.I,
)
# "THE BOMB WAS PLACED BY GROUPS LINKED TO NARCOTICS TRAFFICKERS", "attributed to drug
# traffickers": the agent comes after the phrase
_RESPONSIBLE_AFTER = re.compile(
    r"\b(?:placed|planted|carried\s+out|perpetrated)\s+by\b|\battributed\s+to\b"
    r"|\bblamed\s+on\b",
    re.I,
)
_DESCRIBED = re.compile(
    r"\b(?:drug|narcotics?)[\s-]+traffick(?:ers|ing\s+gangs)\b|\b(?:terrorists|subversives"
    r"|guerrillas|rebels|paramilitar(?:ies|y\s+groups)|death\s+squads|gunmen|militants)\b",
    re.I,
)


def note_responsibility(sent: Sentence, ctx: Context) -> None:
    """'TWO PEOPLE WERE WOUNDED WHEN A BOMB EXPLODED. OFFICIALS SAID THAT SHINING PATH MEMBERS
    WERE RESPONSIBLE FOR THE ATTACK.': the group named right after (by name, or described: 'THE
    BOMB WAS PLACED BY GROUPS LINKED TO NARCOTICS TRAFFICKERS') gets the figures with no
    perpetrator of their own."""
    t = sent.text
    low = t.lower()
    if not ctx.claims or not any(w in low for w in ("responsib", "blamed", " by ", "attributed")):
        return  # (substring tests first: almost no sentence speaks of responsibility)
    last = ctx.claims[-1].mentions[0]
    if sent.start - last.sentence_end > 3 or "\n" in ctx.text[last.sentence_end : sent.start]:
        return  # only the sentence right after the figures, in their paragraph
    group = None
    if m := _RESPONSIBLE.search(t):
        named = list(NAMED_GROUP_RE.finditer(t, 0, m.start()))
        found = NAMED_GROUPS.match_at(named[-1].group().lower().split(), 0) if named else None
        group = found[0] if found else None
        if group is None and (d := list(_DESCRIBED.finditer(t, 0, m.start()))):
            group = re.sub(r"\s+", " ", d[-1].group().lower())
    elif m := _RESPONSIBLE_AFTER.search(t):
        named = list(NAMED_GROUP_RE.finditer(t, m.end()))
        found = NAMED_GROUPS.match_at(named[0].group().lower().split(), 0) if named else None
        group = found[0] if found else None
        if group is None and (d := _DESCRIBED.search(t, m.end())):
            group = re.sub(r"\s+", " ", d.group().lower())
    if group is None:
        return
    for k, c in enumerate(ctx.claims):
        if c.mentions[0].sentence_start == last.sentence_start and c.group != "armed_groups":
            if c.perpetrator is None or k in ctx.assumed:
                c.perpetrator = group


def quoted_speaker(sent: Sentence, ctx: Context) -> str | None:
    """'THE NEXT REPORT SAYS THAT "TODAY'S EXPLOSION CAUSED AN EMERGENCY. ONE PERSON WAS KILLED
    AND 86 OTHERS INJURED."': a sentence inside a quotation opened by an earlier sentence is
    still that sentence's source speaking."""
    if ctx.quote_marks is None:  # once per article, and only for articles that need it
        ctx.quote_marks = [m.start() for m in re.finditer('"', ctx.text)]
    marks = ctx.quote_marks
    k = bisect_left(marks, sent.start)
    if k % 2 == 0 or k == len(marks) or sent.start - marks[k - 1] > 3000:
        return None  # the sentence is outside any quotation (or far from where it opened)
    at = marks[k - 1]
    if "\n" in ctx.text[at : marks[k]]:
        return None  # a quotation left open ("I'm donating ... and the story goes on)
    starts = [s.start for s in ctx.sentences[max(0, sent.index - 12) : sent.index]]
    j = bisect_left(starts, at + 1) - 1
    if j < 0:
        return None
    opener = ctx.sentences[max(0, sent.index - 12) + j]
    head = Sentence(ctx.text[opener.start : at], opener.start, at, opener.index)
    speaker = claimant_of(tokenize(head), ctx.memory, ctx.caps)
    return None if speaker and speaker.lower() in ("these", "this", "that", "those") else speaker
