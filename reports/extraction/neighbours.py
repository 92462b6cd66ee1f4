"""Rules that read a figure's neighbours: the sentence after it (past a caption), the town that
sentence gives for the event, the time right after each of several figures."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from . import locate, periods, places, timeline
from .sentences import Sentence, is_candidate, tokenize
from .types import PlaceRef

if TYPE_CHECKING:  # pragma: no cover
    from .pipeline import Context


def nearest_period(
    sent: Sentence, toks: list, figs: list, k: int, ctx: Context, period: periods.Period | None
) -> periods.Period | None:
    """With several times in one sentence, the time from a figure on (up to the next figure) is
    its own ('TWO ... LAST WEDNESDAY ... A TOTAL OF SIX ... THIS WEEK'; 'air-dropped yesterday
    ... an insurgency that has led to the deaths of 500 people this year')."""
    if period is None:
        return period
    f = figs[k]
    later = [g.start for g in figs[k + 1 :] if g.start > f.end]
    stop = toks[later[0]].start if later else sent.end
    at = toks[f.start].start
    toll = _WAR_TOLL.search(ctx.text, max(sent.start, at - 80), at)
    if toll is not None:  # a war's toll has only the time its own clause gives
        return timeline.own_period(ctx.text[toll.start() : stop], ctx.published)
    own = timeline.own_period(ctx.text[at:stop], ctx.published, period)
    return own or period


# "sworn in on 1 June to solve a conflict which has cost El Salvador more than 70,000 lives": the
# 1 June is the swearing-in's, the figure is the war's toll
_WAR_TOLL = re.compile(
    r"\b(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)-year(?:-old)?\s+)?"
    r"(?:war|conflict|violence|insurgency|uprising|fighting|struggle)\s+(?:which|that)\s+"
    r"(?:[a-z]+\s+){0,4}?(?:has|had)\s+(?:already\s+)?(?:cost|claimed|killed|left|taken)\b",
    re.I,
)  # ("A 10-YEAR-OLD WAR THAT HAS LEFT", "THE WAR WHICH IN THE PAST DECADE HAS LEFT")


def plain(name: str) -> str:
    """'Jabālyā' (a dateline in the gazetteer's transliteration) -> 'Jabalya'."""
    if name.isascii():
        return name
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def next(sentences: list[Sentence], k: int, text: str) -> Sentence | None:
    """The sentence after a figure's; past a caption-like one of the same paragraph (no figure,
    no time) when the one after it says when the event happened."""
    if k + 1 >= len(sentences):
        return None
    nxt = sentences[k + 1]
    if k + 2 < len(sentences) and not is_candidate(nxt.text):
        after = sentences[k + 2]
        if (
            "\n" not in text[sentences[k].end : after.start]
            and not timeline.says_when(nxt.text)
            and timeline.says_when(after.text)
            and not is_candidate(after.text)
        ):
            return after
    return nxt


def next_sentence_place(
    sent: Sentence, ctx: Context, nxt: Sentence | None
) -> tuple[str, PlaceRef | None] | None:
    """The place the next sentence of the same paragraph names, when that sentence has no
    figure of its own (it only says where: "The attack took place in ...")."""
    if nxt is None or is_candidate(nxt.text) or "\n" in ctx.text[sent.end : nxt.start]:
        return None
    return place_of(nxt, ctx)


def place_of(sent: Sentence, ctx: Context) -> tuple[str, PlaceRef | None] | None:
    """The place a whole sentence gives (locate.sentence_place with the article's context)."""
    toks = tokenize(sent)
    return locate.sentence_place(
        [t.text for t in toks],
        [t.low for t in toks],
        ctx.caps,
        ctx.country_code,
        ctx.named,
        learned=ctx.localities,
    )


def event_place(
    sent: Sentence, ctx: Context, nxt: Sentence | None, found: list[places.Found]
) -> tuple[str, PlaceRef] | None:
    """A sentence naming only countries: the place inside one of them that the next sentence of
    its paragraph (no figure of its own) gives for the event."""
    place = next_sentence_place(sent, ctx, nxt)
    if place is None or place[1] is None or place[1].kind == "country":
        return None
    return place if place[1].country_code in {f.ref.country_code for f in found} else None


_STEMS = ("clash", "attack", "ambush", "bombing", "massacre", "raid", "explosion", "offensive")


def restated_event(sent: Sentence, ctx: Context) -> tuple[str, PlaceRef | None] | None:
    """'THREE TERRORISTS HAVE DIED ... IN AN ARMED CLASH.' ... 'THE COMMUNIQUE SAYS THAT A FEW DAYS
    AGO A GROUP OF TERRORISTS CLASHED WITH THE ARMY IN THE CHILHUA REGION': a later sentence with
    no figure of its own that restates the figure's event (clash, attack, ambush...) gives its
    place, even across a paragraph break."""
    low = sent.text.lower()
    stems = [s for s in _STEMS if s in low]
    if not stems:
        return None
    for later in ctx.sentences[sent.index + 1 : sent.index + 4]:
        text = later.text.lower()
        if is_candidate(later.text):
            return None  # another figure's story begins
        if any(s in text for s in stems):
            place = place_of(later, ctx)
            if place is not None and place[1] is not None and place[1].kind != "country":
                return place
    return None
