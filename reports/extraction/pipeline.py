"""extract(): text + publication date in, ClaimDraft list out. Never raises on any input."""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from . import (
    agents,
    attribution,
    causes,
    events,
    figures,
    hedges,
    locate,
    neighbours,
    normalise,
    notes,
    periods,
    places,
    sides,
    speakers,
    timeline,
)
from .countries import article_countries
from .groups import DESCRIPTORS, GROUP_NAMES, NAMED_GROUP_RE, NAMED_GROUPS
from .headlines import headline_claimant
from .merging import fold_headlines, merge
from .sentences import Sentence, clear_caches, is_candidate, split_sentences, tokenize
from .types import ClaimDraft, Mention, PlaceRef

log = logging.getLogger(__name__)
MAX_CHARS = 2_000_000  # longer inputs are cut: an article is never this long
_FURNITURE = re.compile(
    r"^\s*(?:\d{1,2}:\d{2}\s*-\s*Source:|Story highlights|Photos?:|Video:|Image:"
    r"|\S+\.(?:jpg|png|gif))",
    re.I,
)


_REPORTING = re.compile(
    r"said|says|published|released|reported|estimat|counted|documented|recorded"
)
_UPPER_BYTES = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_LOWER_BYTES = _UPPER_BYTES.lower()


@dataclass
class Context:
    """Article-level state carried from sentence to sentence."""

    published: date | None
    caps: bool
    country: str | None  # the article's main country name
    country_code: str | None
    armed_group: str | None  # the article's most named armed group
    memory: attribution.SourceMemory
    armed_group_at: int = 0  # where the text first names it
    last_period: periods.Period | None = None
    last_perp: str | None = None  # the perpetrator the last figure's sentence named
    last_place: tuple[str, PlaceRef] | None = None
    dateline: tuple[str, PlaceRef] | None = None
    named: set[str] = field(default_factory=set)  # country codes the text names
    localities: frozenset[str] = frozenset()  # "THE TOWN OF X" in ALL-CAPS text: X later alone
    pending: list[Sentence] = field(default_factory=list)  # sentences since the last place
    untimed: list[Sentence] = field(default_factory=list)  # sentences since the last figure
    sentences: list[Sentence] = field(default_factory=list)  # the article's, for looking ahead
    text: str = ""
    claims: list[ClaimDraft] = field(default_factory=list)
    pair: tuple[str, str] | None = None  # the two states of a two-state war article
    events: dict[str, periods.Period] = field(default_factory=dict)  # first time given per event
    event_places: dict[str, tuple[str, PlaceRef]] = field(default_factory=dict)
    event_words: list[tuple[int, str]] = field(default_factory=list)  # events.positions()
    speaker: str | None = None  # the speaker of a transcript's current turn ("[ZAMORA] ...")
    assumed: set[int] = field(default_factory=set)  # claims whose perpetrator is a default
    rebel_voice: bool = False  # a rebel station's or communique's own words ("WE INFLICTED")
    quote_marks: list[int] | None = None  # offsets of '"' in the text, found when first needed


def extract(text: str, published: date | None = None) -> list[ClaimDraft]:
    """Every casualty claim in an article (see docs/extraction.md)."""
    try:
        if not isinstance(text, str):
            text = str(text or "")
        if not isinstance(published, date):
            published = None
        return _extract(text[:MAX_CHARS], published)
    except (
        Exception
    ):  # pragma: no cover - last resort: bad input must not break an ingestion worker
        log.exception("claim extraction failed")
        return []


def _extract(text: str, published: date | None) -> list[ClaimDraft]:
    if not text.strip():
        return []
    clear_caches()  # the sentence caches hold one article at a time
    original = text
    text, at, shift = normalise.clean(text)  # "Iraq #39;s" -> "Iraq's"
    sentences = split_sentences(text)
    if not any(is_candidate(s.text) for s in sentences):
        return []  # no sentence holds a number and an outcome word: skip the article-wide reading
    ctx = _context(text, published)
    ctx.sentences = sentences
    for k, sent in enumerate(sentences):
        _update_sources(sent, ctx)
        if hedges.hedges_earlier(sent.text) and not figures.NUMBERISH_RE.search(sent.text):
            for c in ctx.claims:
                c.hedged = True
        if _FURNITURE.match(sent.text) or not is_candidate(sent.text):
            continue
        try:
            _sentence_claims(sent, ctx, neighbours.next(sentences, k, text))
        except Exception:  # a rule's bug costs this sentence's claims, not the whole article's
            log.exception("claim extraction failed on sentence %d: %.200r", k, sent.text)
    claims = fold_headlines(merge(ctx.claims))
    normalise.restore(claims, original, at, shift)
    return claims


# an acronym spelled out as an institution right after it is no armed group's
_INSTITUTION = re.compile(
    r"\s*\[[^\]]{0,60}\b(?:INSTITUTE|INSTITUTO|OFFICE|REGULATION|COMPANY|CORPORATION|BANK"
    r"|COUNCIL|COMMISSION|MINISTRY|ASSOCIATION|AGENCY|BUREAU|DEPARTMENT)\b",
    re.I,
)


def _context(text: str, published: date | None) -> Context:
    head = text[:5000]
    ascii_head = head.encode("ascii", "ignore")  # [A-Z]/[a-z] counted in C: delete, compare
    upper = len(ascii_head) - len(ascii_head.translate(None, _UPPER_BYTES))
    lower = len(ascii_head) - len(ascii_head.translate(None, _LOWER_BYTES))
    caps = upper + lower > 0 and upper / (upper + lower) > 0.8
    countries, named = article_countries(text if not caps else text.title(), caps)
    groups: Counter[str] = Counter()
    first: dict[str, int] = {}  # where each group is first named
    found = list(NAMED_GROUP_RE.finditer(text[:200_000]))
    for k, m in enumerate(found):
        g = NAMED_GROUPS.match_at(m.group().lower().split(), 0)
        nxt = found[k + 1] if k + 1 < len(found) else None
        if g and g[0] in DESCRIPTORS and nxt and not text[m.end() : nxt.start()].strip():
            continue  # "MAOIST SHINING PATH": the descriptor before a name is not counted
        # acronyms ("ELN") only count when written in capitals
        acronym = g is not None and g[0].isupper() and m.group().lower() == g[0].lower()
        if acronym and _INSTITUTION.match(text, m.end()):
            continue  # "AN IRA [INSTITUTE OF SUPPLY REGULATION] CENTER": an office's initials
        if g is not None and (not acronym or m.group().isupper()):
            groups[g[0]] += 1
            first.setdefault(g[0], m.start())
    country = countries.most_common(1)[0][0] if countries else None
    mem = attribution.SourceMemory(named_orgs=attribution.article_orgs(text))
    dateline = locate.article_dateline(text, places.country_code(country))
    if country is not None and dateline is not None and dateline[1].country_code:
        # a tie ("two Frenchmen" as often as Peru) goes to the country the story is filed from
        filed = places.country_name(dateline[1].country_code)
        tie = countries.get(filed, 0) == countries[country]
        # "A SPANIARD, A FRENCHMAN, AND AN ITALIAN, KIDNAPPED" in a Guatemala City story: people's
        # nationalities, with no country named by name, do not outweigh where it is filed
        only_people = places.country_code(country) not in named and not locate.filed_abroad(text)
        if filed != country and (tie or only_people):
            country = filed
            dateline = locate.article_dateline(text, places.country_code(country))
    if country is None and dateline is not None and dateline[1].country_code:
        country = places.country_name(dateline[1].country_code)  # "SAN SALVADOR, 3 JAN 90 --"
    elif country is not None and dateline is not None and dateline[1].country_code:
        filed = places.country_name(dateline[1].country_code)
        if filed != country and countries[country] >= 3 * max(1, countries.get(filed, 0)):
            # "ROME (ITALY), 11 JAN 90 -- [INTERVIEW WITH ...]" about El Salvador throughout:
            # where the story was filed is not where its figures are
            dateline = None
    return Context(
        published,
        caps,
        country,
        places.country_code(country),
        groups.most_common(1)[0][0] if groups else None,
        mem,
        armed_group_at=first[groups.most_common(1)[0][0]] if groups else 0,
        dateline=dateline,
        named=named | locate.named_continents(text[:200_000]),
        localities=places.article_localities(text) if caps else frozenset(),
        text=text,
        pair=sides.two_states(countries),
        rebel_voice=sides.rebel_voice(text),
        event_words=events.positions(text[:200_000]),
    )


def _update_sources(sent: Sentence, ctx: Context) -> None:
    ctx.memory.position = sent.start
    opens = "[" in sent.text[:3] or sent.text.startswith("ANNOUNCER ")
    if opens and (tag := speakers.speaker_tag(sent.text)) is not None:
        ctx.speaker = tag or None
    # the sentence's organisations, from the whole-text pass (no second regex pass per sentence)
    known = ctx.memory.named_orgs
    k = bisect_left(known, (sent.start, ""))
    orgs = []
    while k < len(known) and known[k][0] < sent.end:
        orgs.append(known[k])
        k += 1
    if orgs:
        ctx.memory.last = orgs[0][1]
    named = (
        None if orgs or not _REPORTING.search(sent.text) else attribution.named_reporter(sent.text)
    )
    if named:
        ctx.memory.last = named
    elif ctx.caps and (station := speakers.monitored_station(sent.text)):
        ctx.memory.last = station  # a monitoring note names whose reports follow
    elif not orgs and _REPORTING.search(sent.text):
        ctx.memory.last_plain = attribution.plain_source(sent.text) or ctx.memory.last_plain
    if person := attribution.titled_person(sent.text):
        ctx.memory.last_person = person
    if sent.start > 0 and ctx.text[sent.start - 1] == "\n":
        section = locate.section_dateline(sent.text, ctx.country_code)
        if section is not None and sent.start > 200:  # a round-up's next story
            ctx.dateline, ctx.last_place, ctx.last_period = section, None, None
            ctx.last_perp = None
            ctx.pending.clear()
    if not is_candidate(sent.text):
        notes.note_untimed(sent, ctx)


def _sentence_claims(sent: Sentence, ctx: Context, nxt: Sentence | None) -> None:
    cut = sent.start + timeline.dateline_end(sent.text)  # "PARIS, March 18 - Eight people..."
    toks = [t for t in tokenize(sent) if t.start >= cut]
    low = [t.low for t in toks]
    words = [t.text for t in toks]
    figs = figures.find_figures(low, words)
    if not figs:
        notes.note_untimed(sent, ctx)
        return
    if sent.headline and ctx.text[sent.end : sent.end + 1] == "\n" and sent.text[-1] != ".":
        claimant = headline_claimant(sent.text, toks, ctx.memory, ctx.caps)
    elif sent.headline and not re.search(
        r"\b(?:says|said|claims|according|reports|reported|announced)\b", sent.text, re.I
    ):
        claimant = None
    else:
        claimant = attribution.claimant_of(toks, ctx.memory, ctx.caps)
        if claimant is None and '"' in ctx.text[max(0, sent.start - 3000) : sent.start]:
            claimant = notes.quoted_speaker(sent, ctx)
    rebels = bool(claimant and ctx.armed_group and attribution.plain_rebels(claimant))
    if rebels:
        claimant = ctx.armed_group  # "ACCORDING TO THE GUERRILLAS" in an article about the FMLN
    if claimant and not sent.headline:
        ctx.memory.last_claimant = claimant
    if not rebels and (name := attribution.proper_name(claimant)):
        ctx.memory.last = name  # a name ("Syrian Observatory"), not "police" or "The ministry"
    period = _period(sent, ctx, nxt)
    here = ctx.dateline[1] if ctx.dateline and ctx.dateline[1].kind == "city" else None
    found = places.places_in(words, low, ctx.caps, ctx.country_code, ctx.localities, here)
    event = events.referred(sent.text) if notes.event_in(sent, ctx) and not sent.headline else None
    if event in ctx.events and timeline.own_period(sent.text, ctx.published) is None:
        period = ctx.last_period = ctx.events[event]  # "... died due to the earthquake"
    if event in ctx.event_places and not found:
        fallback = ctx.event_places[event]
    elif (
        sent.headline and not found and nxt is not None and (lead := neighbours.place_of(nxt, ctx))
    ):
        fallback = lead  # "ETA Seals Off Madrid with 5 Bombs, 2 Police Hurt": the lead's place
    else:
        fallback = None if found else _place_from_article(sent, ctx, nxt, period)
    notes.note_event(sent, ctx, found=found, low=low)
    if found and all(f.ref.kind == "country" for f in found) and not locate.countrywide(sent.text):
        # "A car bomb in Algeria killed 3. The attack occurred near ... in the city of Thenia."
        event = neighbours.event_place(sent, ctx, nxt, found) or notes.restated_place(
            sent, ctx, found, figs
        )
        filed = ctx.dateline
        owners = all(words[f.j - 1].endswith(("'s", "’s", "'S")) for f in found)
        if event is None and owners and filed and filed[1].kind != "country":
            if filed[1].country_code in {f.ref.country_code for f in found}:
                event = filed  # "BAGHDAD - ... in Iraq's highest-profile assassination"
        if event is not None:
            found, fallback = [], event
    hedged = hedges.is_hedged(sent.text)
    sentence_cause = causes.cause_of(low)
    toll = period is not None and (period[1] - period[0]).days >= locate.AGGREGATE_DAYS - 1
    as_said = speakers.as_said_from(low)
    contrast = speakers.contrast_from(low) if claimant else None
    accordings = speakers.according_starts(low) if claimant else []
    clauses = speakers.clauses(low, [f.start for f in figs]) if len(figs) > 1 else []
    attached = notes.attached_places(figs, found, low) if len(found) > 1 else {}
    enemy = False  # (an elided figure after the enemy's losses is theirs too)
    for k, f in enumerate(figs):
        if f.inflicted and f.group == "people":
            f = replace(f, group="state_forces" if ctx.armed_group else "combatants")
        if ctx.rebel_voice and f.group in ("people", "combatants") and sides.enemy_losses(low, f):
            f = replace(f, group="state_forces")  # "WE INFLICTED 10 ENEMY CASUALTIES"
            enemy = True
        elif enemy and f.head is None and f.group in ("people", "combatants"):
            f = replace(f, group="state_forces")  # "FOUR OF THE ENEMY WERE KILLED AND FIVE ..."
        a, b = next(((a, b) for a, b in clauses if a <= f.start < b), (0, len(low)))
        cause = (causes.cause_of(low[a:b]) or sentence_cause) if clauses else sentence_cause
        own_found = [p for p in found if a <= p.i < b] or found  # "..., while another 47 died in X"
        place = locate.choose(own_found, low, ctx.named, f.start) if found else fallback
        if f.number.start in attached:  # "38 CASUALTIES IN CHALATENANGO, 20 IN MORAZAN, ..."
            place = attached[f.number.start]
        perp = causes.perpetrator_of(
            low[a:b],
            words[a:b],
            f.start - a,
            (f.number.end - a, f.end - a),
            _sides(figs, f.group),
            f.group,
            ctx.country,
        )
        if ctx.armed_group and f.group != "armed_groups" and agents.rebels_killed(low, f.start):
            perp = ctx.armed_group  # "THE REBELS KILLED THREE PEOPLE" in a story about the FARC
        both = f.group in ("people", "combatants") and causes.both_sides(low, f.end)
        if perp is None:
            perp = sides.speaker_state(low, words, f.start, _sides(figs, f.group))
        interstate = ctx.pair and cause not in causes.IRREGULAR  # a car bomb is no state's war
        if perp is None and f.group == "state_forces" and interstate:
            perp = sides.other_side(f.affiliation, ctx.pair)
        if perp is None and interstate and f.group == "people" and cause not in causes.NATURAL:
            # "1,500 Iraqi casualties" in an article about Iran and Iraq at war -> Iran
            perp = sides.other_side(sides.nationality(low, f.start, f.end), ctx.pair)
        # (an arrest is the doing of the state where it happened: "ARRESTED IN LA CEIBA")
        arrest = f.outcome == "detained" and any(
            w in causes.ARREST_WORDS for w in low[max(0, f.start - 4) : f.end + 6]
        )
        if arrest and perp in GROUP_NAMES:
            perp = None  # "POLICE ARRESTED 149, OF WHOM 100 ARE ALLEGED SHINING PATH MEMBERS"
        assumed = False
        if perp is not None and not sent.headline:
            ctx.last_perp = perp
        elif perp is None and (described := agents.agent_described(low, f.end)):
            perp = described  # "TWO OTHERS WERE TAKEN HOSTAGE BY A GROUP OF TERRORISTS"
        elif perp is None and (described := agents.relative_agent(low, words, f.number.start)):
            perp = described  # "militants who purportedly killed two American hostages"
            assumed = True  # (a group the next sentence names as responsible is more specific)
        elif perp is None and (described := agents.attackers_after(low, words, f.end)):
            # "WOUNDED DURING A HEAVY CLASH WITH GUERRILLAS": the article's armed group when it
            # names one ("SEVEN POLICEMEN WERE KILLED WHEN GUERRILLAS DYNAMITED" in a FARC story)
            perp = ctx.armed_group or described
            assumed = True
        elif (
            perp is None
            and f.outcome == "detained"
            and (held := agents.holders(low, words, f.number.start))
        ):
            perp = held  # "the Iraqi kidnappers of two French reporters"
        elif perp is None and ctx.rebel_voice and ctx.armed_group and notes.we(low, f.start):
            perp = ctx.armed_group  # a rebel station: "WE HAVE CAUSED 38 CASUALTIES"
        elif perp is None:
            assumed = True  # (a later sentence naming who was responsible overrides it)
            # harm to civilians goes to the article's armed group only once the text has named
            # it ("a bomb killed 14 ... al Qaeda claimed an attack in July": not the bomber)
            named = ctx.armed_group_at < sent.end
            state = (
                _country_of(place)[0] if arrest and place and _country_of(place) else ctx.country
            )
            perp = causes.default_perpetrator(
                f.group, state, ctx.armed_group, cause, named_before=named, arrest=arrest
            )
            assumed = not arrest  # (who arrested is not who was responsible for an attack)
            # the incident the article has been reporting, unless this figure has its own cause
            if perp is None and cause is None and f.group != "armed_groups" and not toll:
                perp = ctx.last_perp or notes.attacker_before(sent, ctx)
        if both:
            perp = None  # (a toll over both sides: no one caused it all)
        start, end = toks[f.start].start, toks[f.end - 1].end
        own = None if as_said is not None and f.end <= as_said else claimant
        if own is None and ctx.speaker and as_said is None:
            own = ctx.speaker  # "[ZAMORA] ... OVER 7,000 PEOPLE HAVE DIED"
        if len(accordings) > 1:  # "300 ACCORDING TO THE ARMY, AND OVER 400 ACCORDING TO THE
            # GUERRILLAS": the source named right after each figure
            at = next((a for a in accordings if a > f.start), accordings[-1])
            own = attribution.claimant_of(toks[at:], ctx.memory, ctx.caps) or own
        if contrast is not None and f.start > contrast:
            own = attribution.claimant_of(toks[contrast + 1 :], ctx.memory, ctx.caps) or own
        when = neighbours.nearest_period(sent, toks, figs, k, ctx, period)
        if found and place is not None and not sent.headline and not _aside(place, found, low):
            ctx.last_place = place
            ctx.pending.clear()
        if place is not None and locate.countrywide(" ".join(low[f.end : f.end + 4])):
            place = _country_of(place) or place  # "left nearly 60 dead nationwide"
        n = f.number
        if assumed and perp is not None:
            ctx.assumed.add(len(ctx.claims))
        ctx.claims.append(
            ClaimDraft(
                outcome=f.outcome or "killed",  # (headline mentions are folded in by merge())
                group=f.group,
                count=n.count,
                qualifier=n.qualifier,
                low=n.low,
                high=n.high,
                affiliation=f.affiliation,
                perpetrator=perp,
                cause=cause,
                claimant=own,
                location=neighbours.plain(place[0]) if place else None,
                place=place[1] if place else None,
                period=when,
                hedged=hedged,
                quote=sent.text[start - sent.start : end - sent.start],
                confidence=_confidence(f, claimant),
                mentions=[Mention(sent.text, sent.start, sent.end, start, end)],
            )
        )


def _sides(figs: list[figures.Figure], group: str) -> frozenset[str]:
    """The affiliations of a sentence's figures of one group: the victims' own side."""
    return frozenset(f.affiliation for f in figs if f.affiliation and f.group == group)


def _aside(place: tuple[str, PlaceRef], found: list[places.Found], low: list[str]) -> bool:
    """'... 80 km from X, where soldiers killed 69': X is the place of that relative clause's
    figures only, not of the story later sentences continue."""
    return any(f.name == place[0] and low[f.j : f.j + 2] == [",", "where"] for f in found)


def _period(sent: Sentence, ctx: Context, nxt: Sentence | None) -> periods.Period | None:
    untimed, ctx.untimed = ctx.untimed, []
    period = timeline.choose(
        sent, nxt, [u.text for u in untimed], ctx.published, ctx.last_period, notes.figures_of
    )
    if period is not None and period[0] < period[1] and not sent.headline:
        period = _event_day_later(sent, ctx, period) or period
    if not sent.headline:
        ctx.last_period = period
    return period


def _event_day_later(sent: Sentence, ctx: Context, period: periods.Period) -> periods.Period | None:
    """A figure that only inherits a long period ('the Hatfield rail crash in 2000. Four people
    died when ...') takes the day a later sentence of its paragraph gives the event, when that
    day lies inside the period ('The accident, on 17 October 2000, happened when ...')."""
    window = []
    for later in ctx.sentences[sent.index + 1 : sent.index + 8]:
        if "\n" in ctx.text[sent.end : later.start]:
            break  # the paragraph ended
        window.append(later)
    # (cheapest tests first: most paragraphs never say when their event happened)
    when = next((k for k, later in enumerate(window) if timeline.says_when(later.text)), None)
    if when is None or any(notes.figures_of(later) for later in window[: when + 1]):
        return None  # no event day, or another figure's event began before it
    if timeline.own_period(sent.text, ctx.published, ctx.last_period) is not None:
        return None  # the sentence's own time ("in the past year") is not narrowed
    day = timeline.own_period(window[when].text, ctx.published)
    if day is not None and day[0] == day[1] and period[0] <= day[0] <= period[1]:
        return day
    return None


def _place_from_article(
    sent: Sentence, ctx: Context, nxt: Sentence | None, period: periods.Period | None
) -> tuple[str, PlaceRef] | None:
    """A sentence naming no place: the next sentence of its paragraph when that one only says
    where ("The rebel actions took place in ..."), the country for a toll over weeks or more,
    the last place named, the dateline, the article's country."""
    wide = locate.countrywide(sent.text)
    place = None if wide else neighbours.next_sentence_place(sent, ctx, nxt)
    if place is not None:
        return place
    place = None if wide else neighbours.restated_event(sent, ctx)
    if place is not None:
        return place
    if wide or period is not None and (period[1] - period[0]).days >= locate.AGGREGATE_DAYS - 1:
        last = notes.last_place(ctx)
        country = _country_place(ctx) or (_country_of(last) if last else None)
        if country is not None:
            return country
    return notes.last_place(ctx) or ctx.dateline or _country_place(ctx)


def _country_of(place: tuple[str, PlaceRef]) -> tuple[str, PlaceRef] | None:
    name = places.country_name(place[1].country_code) if place[1].country_code else None
    ref = places.lookup(name) if name else None
    return (name, ref) if name and ref else None


def _country_place(ctx: Context) -> tuple[str, PlaceRef] | None:
    if not ctx.country:
        return None
    ref = places.lookup(ctx.country)
    return (ctx.country, ref) if ref else None


def _confidence(f: figures.Figure, claimant: str | None) -> float:
    score = {
        "noun": 0.9,
        "passive": 0.9,
        "active": 0.9,
        "list": 0.85,
        "modifier": 0.85,
        "toll": 0.75,
    }.get(f.via, 0.6)
    if f.head is None:
        score -= 0.1
    if f.number.vague:
        score -= 0.2
    if f.subset or f.number.count == 1:
        score -= 0.15
    if claimant:
        score += 0.05
    return max(0.05, min(1.0, score))
