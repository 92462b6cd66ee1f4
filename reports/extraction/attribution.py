"""Claimant: who the sentence says asserts its figures, with back-references resolved."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import PhraseTable, load
from .numbers import TENS, UNITS
from .sentences import Token
from .speakers import (
    FIGURES_OF,
    FUNCTION_WORDS,
    acronym_before,
    agentless,
    broadcast_header,
    by_count,
    claims_responsibility,
    plain_subject,
    strip_title,
)

_A = load("attribution")
SPEECH = PhraseTable({v: True for v in _A["speech_verbs"]})
HEADS = frozenset(_A["source_heads"])
BACKREFS = frozenset(_A["back_references"])
NOT_SOURCES = frozenset(_A["not_sources"])
ALIASES = {alias: name for name, aliases in _A["aliases"].items() for alias in aliases}
DESCRIPTIONS = tuple(_A["descriptions"])
NUMBER_WORDS = frozenset(UNITS) | frozenset(TENS)
_PAPERS = "Post|Times|News|Herald|Journal|Tribune|Gazette|Daily"  # heads of newspapers' names
_ORG_HEADS = re.compile(
    r"\b(?:Observatory|Committee|Commission|Ministry|Organi[sz]ation|Agency|Watch|Network|Council|Front|"
    r"Service|Office|Institute|Cent(?:er|re)|Group|Union|Federation|Association|Society|Department|Bureau|"
    r"Press|Battalion|Brigade|Command|Army|Police|Government|Nations|Cross|Crescent|International|"
    rf"Radio|Television|Broadcasting|{_PAPERS})\b"
)
ORG_NAME = re.compile(
    r"\b(?:[A-Z][\w'\-]+\s+){0,4}(?:(?:of|for|on)\s+(?:the\s+)?(?:[A-Z][\w'\-]+\s*){1,4})?"
)
_JOINERS = frozenset({"of", "for", "and"})
_CLAUSE_OPENERS = frozenset(
    {"if", "when", "while", "although", "though", "unless", "once", "because", "however", "whether"}
)
_TIME_LINKS = frozenset({"after", "before", "since", "until", "as"})
_SPOKEN_WHEN = frozenset({"today", "yesterday", "tonight", "earlier", "later", "also"})
_BOUNDARY = frozenset({",", ".", ";", ":", "(", ")", '"', "“", "”", "--", "-", "—", "–"})
_INTRO = frozenset(
    {
        "figures",
        "data",
        "statistics",
        "estimates",
        "the",
        "collated",
        "compiled",
        "released",
        "gathered",
        "by",
        "from",
        "tally",
        "count",
        "report",
        "reports",
        "published",
    }
)


@dataclass
class SourceMemory:
    """What the article has named so far, for resolving 'it said', 'the group' and descriptions."""

    last: str | None = None
    named_orgs: list[tuple[int, str]] = field(
        default_factory=list
    )  # (offset, name) in article order
    position: int = 0  # offset of the sentence being read
    last_claimant: str | None = None  # for "the source said", "THE SAME REPORT ADDS"
    last_plain: str | None = None  # "..., police said." in a sentence with no figure: for "they"
    last_person: tuple[str, str] | None = None  # ("colonel", "ALEXANDER MENDEZ")


def canonical(name: str) -> str:
    key = re.sub(r"^the\s+", "", name.strip().lower())
    return ALIASES.get(key, name.strip())


_ORG_RE = re.compile(
    r"\b(?:[A-Z][a-z'\-]+\b[ \t]*){1,4}(?:(?:of|for)\s+(?:[A-Z][a-z'\-]+\b[ \t]*){1,3})?"
)


_RELAYED = re.compile(r"\b(?:monitored|heard|received|relayed|carried) by (?:the )?$", re.I)
# a description of an outlet, resolved to the first outlet the article names after it
_OUTLET = re.compile(r"\b(?:newspaper|paper|daily|weekly)$")
_OUTLET_NAME = re.compile(rf"\b(?:{_PAPERS}|Star|Press)\b")


def article_orgs(text: str) -> list[tuple[int, str]]:
    """Named organisations in the article with offsets ('a UK-based monitoring group')."""
    out: list[tuple[int, str]] = []
    for m in _ORG_RE.finditer(text):
        name = m.group().strip()
        if not _ORG_HEADS.search(name) or len(name.split()) < 2:
            continue
        if _RELAYED.search(text, max(0, m.start() - 20), m.start()):
            continue  # "IRNA, monitored by the British Broadcasting Corp, said": a relay
        out.append((m.start(), canonical(re.sub(r"^The\s+|['’]s$", "", name))))
    return out


_REPORTER = re.compile(
    r"\b((?:[A-Z][\w'\-]+\s+(?:(?:of|for|the|and)\s+)?){1,5}?(?:[A-Z][\w'\-]+))\s+(?:has\s+|have\s+)?"
    r"(?:said|says|published|released|reported|estimated|estimates|counted|documented|recorded)\b"
)


# ", police said." / ", officials told Reuters.": a source in plain words closing a sentence
_PLAIN_SAID = re.compile(
    r",\s+((?:[a-z]+\s+){0,2}[a-z]+)\s+(?:said|say|reported|told\s+\w+)\.?\s*$"
)


def plain_source(sentence: str) -> str | None:
    """'..., police said.' -> 'police' (plural sources only: 'they' can refer back to them)."""
    m = _PLAIN_SAID.search(sentence)
    if m is None or m.group(1).split()[0] in ("it", "he", "she", "they", "we", "i"):
        return None
    return m.group(1) if m.group(1).endswith(("s", "police", "military")) else None


def named_reporter(sentence: str) -> str | None:
    """A multiword capitalised name reporting something ('The Kivu Security Tracker published')."""
    if sentence.isupper():
        return None
    m = _REPORTER.search(sentence)
    if m is None or len(m.group(1).split()) < 2:
        return None
    return canonical(re.sub(r"^The\s+", "", m.group(1)))


_REPORT_NOUNS = frozenset({"report", "reports", "communique", "bulletin", "dispatch"})


def _np_before(toks: list[Token], v: int, caps: bool) -> str | None:
    """The noun phrase ending right before token v ('UN spokeswoman Denise Cook' said)."""
    j = v - 1
    words: list[str] = []
    lower_run = 0
    while j >= 0 and toks[j].low in _SPOKEN_WHEN:
        j -= 1  # "Iran earlier today said", "X TODAY REPORTED"
    j = broadcast_header(toks, j)
    while j >= 1 and toks[j].low in ("has", "have", "had") and toks[j - 1].low == ",":
        j -= 1  # "THE FOURTH BRIGADE, WITH HEADQUARTERS IN MEDELLIN, HAS DECLARED"
    if j >= 0 and toks[j].low in ("it", "he", "she", "they", "we"):
        return toks[j].low
    if j >= 3 and toks[j].low == ",":
        # "SENATOR X, WHO SPECIALIZES IN ..., TODAY REPORTED": skip the relative clause
        # "RADIO X, THE FRONT'S OFFICIAL STATION, SAID": skip the apposition
        for k in range(j - 2, max(0, j - 16), -1):
            if toks[k].low == "," and toks[k + 1].low in _APPOSITION:
                j = k - 1
                break
    while j >= 0 and len(words) < 8:
        t = toks[j]
        if t.low in _BOUNDARY or t.low in _CLAUSE_OPENERS or t.low in _TIME_LINKS:
            break  # "SHORTLY AFTER PRESIDENT X ANNOUNCED": "after" opens no name
        capital = t.text[:1].isupper() and not caps
        if (
            t.low
            in (
                "has",
                "have",
                "had",
                "can",
                "could",
                "also",
                "later",
                "earlier",
                "previously",
                "officially",
                "only",
            )
            or t.low.endswith("ly")  # "THE SECRETARIAT OF THE FMLN STRONGLY CONDEMNS"
            and len(t.low) > 4
        ) and not words:
            j -= 1
            continue
        if (
            capital
            or t.low in HEADS
            or t.low.endswith("'s")
            or (
                words
                and t.low in _JOINERS
                and j > 0
                and (toks[j - 1].text[:1].isupper() and not caps)
            )
        ):
            words.insert(0, t.text)
            lower_run = 0
        elif words and lower_run < 2 and t.low.isalpha() and t.low not in FUNCTION_WORDS:
            words.insert(0, t.text)
            lower_run += 1
        elif (
            caps
            and t.low.isalpha()
            and t.low not in FUNCTION_WORDS
            and len(words) < 4
            and not words
        ):
            words.insert(0, t.text)
        else:
            break
        j -= 1
    if j >= 1 and toks[j].low in ("from", "in") and toks[j - 1].low in _REPORT_NOUNS:
        return toks[j - 1].text  # "A REPORT FROM MORAZAN DEPARTMENT SAYS": a report, no place
    if j >= 1 and toks[j].low == "in" and toks[j - 1].low in _ENVOYS and words:
        # "A US military official in Iraq said": the official, not where he is
        found = _np_before(toks, j, caps) or toks[j - 1].text
        return re.sub(r"^(?:an?|AN?)\s+", "", found)
    while words and words[0].lower() in _JOINERS:
        words.pop(0)
    if len(words) > 1 and caps and words[-1].lower().endswith("ly"):
        words.pop()  # "WILLIAM WALKER CLEARLY SAID": an adverb, not part of the name
    if words and words[0].lower() == "of" and j >= 0 and toks[j].low.isalpha():
        words.insert(0, toks[j].text)  # "The governor of West Flanders province said"
    if (
        len(words) == 1
        and j >= 2
        and toks[j].low == "the"
        and toks[j - 1].low == "of"
        and toks[j - 2].low in _OFFICES
    ):
        # "THE MILITARY COMMANDER OF THE AREA ADDED": the office holder, not the area
        k = j - 2
        while k > 0 and toks[k - 1].low.isalpha() and toks[k - 1].low not in FUNCTION_WORDS:
            k -= 1
        return " ".join(t.text for t in toks[k : j + 1]) + " " + words[0]
    if not words or (
        caps and any(w.lower() in ("to", "its", "lists") or w[0].isdigit() for w in words)
    ):
        return None
    phrase = " ".join(words)
    return phrase


_ENVOYS = frozenset(
    "official officials spokesman spokeswoman spokesperson envoy ambassador commander ministry"
    " embassy"
    " correspondent representative diplomat diplomats sources source".split()
)
_OFFICES = frozenset("commander chief head director governor mayor spokesman spokeswoman".split())


# ", who ...,", ", the front's station,", ", received here,", ", monitored in Managua,"
# ", with headquarters in Medellin,", ", this time from Santa Ana,"
_APPOSITION = frozenset(
    "who which the a an received monitored quoting citing quoted heard with this".split()
)
# "another report, ...", "a 1-minute military roundup report that": "report" is a noun there
_ONE = frozenset("a an another this each one our their its his her".split())
_RELAY_NOUNS = frozenset("source sources report communique bulletin broadcast".split())
_PRONOUNS = frozenset("they he she it we i you there this these those".split())


def _np_after(toks: list[Token], i: int, caps: bool) -> str | None:
    """The noun phrase starting at token i (said the ministry / according to X)."""
    words: list[str] = []
    j = i
    while j < len(toks) and toks[j].low in _INTRO and not words and j - i < 6:
        j += 1
    while j < len(toks) and toks[j].low in _SPOKEN_WHEN:
        j += 1  # "said yesterday that ...": the time of the saying names no one
    while j < len(toks) and len(words) < 9:
        t = toks[j]
        if t.low == "-" and words and j + 1 < len(toks) and toks[j + 1].low.isalpha():
            words[-1] += "-" + toks[j + 1].text  # "A LAST - MINUTE OFFICIAL REPORT"
            j += 2
            continue
        if t.low in _BOUNDARY or t.low in (
            "said",
            "says",
            "which",
            "that",
            "who",
            "on",
            "in",
            "at",
        ):
            break
        if t.low in ("of", "for", "and") and (
            j + 1 >= len(toks) or not toks[j + 1].text[:1].isupper()
        ):
            break
        if (
            caps
            or t.text[:1].isupper()
            or t.low in HEADS
            or t.low in _JOINERS
            or not words
            or t.low.endswith("'s")
        ):
            words.append(t.text)
        elif len(words) < 4 and t.low.isalpha():
            words.append(t.text)
        else:
            break
        j += 1
    study = next((k for k in range(j - len(words), j) if toks[k].low in _STUDIES), None)
    if study is not None and not caps and (name := _published_in(toks, study + 1)):
        return name
    while words and words[-1].lower() in _JOINERS:
        words.pop()
    return " ".join(words) if words else None


_STUDIES = frozenset("report study survey paper article analysis".split())
_PUBLISHED = frozenset("published released issued printed appearing".split())


def _published_in(toks: list[Token], j: int) -> str | None:
    """'said a report published Friday in British medical journal The Lancet' -> 'The Lancet':
    the name a study appeared in (the capitalised run ending the phrase after 'in'/'by')."""
    if j >= len(toks) or toks[j].low not in _PUBLISHED:
        return None
    for k in range(j + 1, min(len(toks), j + 5)):
        if toks[k].low in ("in", "by"):
            run: list[str] = []
            for t in toks[k + 1 : k + 10]:
                if t.low in _BOUNDARY:
                    break
                run = run + [t.text] if t.text[:1].isupper() or (run and t.low == "of") else []
            return " ".join(run) or None
    return None


def claimant_of(toks: list[Token], memory: SourceMemory, caps: bool) -> str | None:
    """The sentence's claimant (normalised), or None for the outlet's own reporting."""
    raw = raw_claimant(toks, caps)
    return raw if raw in (None, "officials") else resolve(raw, memory)


def raw_claimant(toks: list[Token], caps: bool) -> str | None:
    """The source phrase as written ('Monitor', 'the ministry'), or 'officials'."""
    low = [t.low for t in toks]
    raw: str | None = None
    if re.search(
        r"\bofficially (?:reported|announced|confirmed|disclosed|stated)\b", " ".join(low)
    ):
        return "officials"
    for i in range(len(low) - 1):
        if low[i] == "according" and low[i + 1] == "to":
            raw = _np_after(toks, i + 2, caps)
            break
        if low[i] == "by" and (i == 0 or low[i - 1] == ","):
            raw = by_count(toks, i + 1)  # "By the health ministry's count, 45 died"
            if raw:
                break
    if raw:
        raw = FIGURES_OF.sub("", raw) or raw  # "the UN's figures" -> "the UN"
    if raw is None:
        for i in range(len(low)):
            m = SPEECH.match_at(low, i)
            if m is None:
                continue
            if (
                low[i] in ("reported", "report", "reports")
                and i + 1 < len(low)
                and low[i + 1] in ("killed", "dead", "wounded", "injured", "missing", "to")
                and (low[i + 1] != "to" or low[i + 2 : i + 3] in (["be"], ["have"]))
            ) or agentless(low, i):  # ("THE FMLN REPORTS TO ALL SALVADORANS" is a source)
                continue  # "were reported killed" is hedging, not a source
            if i + 1 < len(low) and SPEECH.match_at(low, i + 1) is not None:
                continue  # "THE INITIAL REPORT MENTIONS": the noun before the verb
            if low[i] == "alleged" and low[i + 1 : i + 2] not in (["that"], [","], ["."], [":"]):
                continue  # "TWO ALLEGED MEMBERS OF", "THREE MORE ALLEGED TERRORISTS": an adjective
            if low[i] == "states" and i > 0 and low[i - 1] == "united":
                continue  # "THE UNITED STATES": a country, not "X states"
            if low[i] in ("reports", "report") and i > 0 and low[i - 1] in ("no", "any"):
                continue  # "THERE ARE NO REPORTS SO FAR AS TO WHETHER ...": no source at all
            if low[i] == "report" and _after_singular(low, i):
                continue  # "ANOTHER REPORT, THIS TIME FROM SANTA ANA, NOTES THAT": a noun
            if low[i] in ("adds", "added", "add") and low[i + 1 : i + 2] == ["to"]:
                continue  # "that only adds to the 100,000 murdered": not speech
            if low[i] in ("accused", "accuses") and (
                low[i + 1 : i + 2] == ["of"] or i > 0 and low[i - 1] in ("those", "the", "all")
            ):
                continue  # "THOSE ACCUSED OF THE ASSASSINATION OF SIX JESUITS": the accused
            if low[i] in ("released", "issued", "published") and low[i + 1 : i + 2] == ["by"]:
                continue  # "A COMMUNIQUE RELEASED BY THE ARMED FORCES STATES": the verb after
            if low[i] == "estimated" and low[i + 1 : i + 2] in (["to"], ["at"]):
                continue  # "LOSSES ESTIMATED TO BE IN THE MILLIONS": an amount, not speech
            if claims_responsibility(low, i):
                continue  # "X claimed responsibility for the attack": X is the attacker
            if low[i].startswith("claim") and _CLAIMED_BODIES.match(" ".join(low[i + 1 : i + 3])):
                continue  # "NO RELATIVES HAVE CLAIMED THE BODIES OF THE FOUR": not speech
            before = acronym_before(toks, i) or _np_before(toks, i, caps) or plain_subject(toks, i)
            if before is None and i > 1 and low[i - 1] in ("who", "which"):
                # "a boycott by rebels who accused Khartoum of ... killing 75 civilians"
                before = _np_before(toks, i - 1, caps) or plain_subject(toks, i - 1)
            if before and _plausible(before):
                raw = _relayed(toks, m[1], caps) or before
                if before.lower().split()[-1] == "reports" and _INITIAL.issuperset(
                    before.lower().split()[:-1]
                ):
                    continue  # "initial reports indicated ..., the Interfax agency said"
                break
            if i + 1 < len(low) and low[i] in ("said", "says", "reported"):
                after = _np_after(toks, m[1], caps)
                if (
                    after
                    and _plausible(after)
                    and after.lower() not in NOT_SOURCES
                    and not _clause(after)
                    and not any(w[:1].isdigit() or w in NUMBER_WORDS for w in after.lower().split())
                ):
                    raw = after
                    break
    if raw is None and re.search(r"\bofficially reported\b", " ".join(low)):
        return "officials"
    if raw is None:
        # "... COINCIDES WITH REPORTS BY LOCAL NEWSPAPERS ON THE CAPTURE OF 12 LEADERS"
        k = next((k for k in range(len(low) - 2) if low[k] == "reports" and low[k + 1] == "by"), -1)
        found = _np_after(toks, k + 2, caps) if k >= 0 else None
        if found and _plausible(found):
            raw = found
    if raw is not None and ("quoting" in low or "citing" in low):
        # "El Shinta radio reported, quoting hospital officials": the original source
        k = low.index("quoting") if "quoting" in low else low.index("citing")
        quoted = _np_after(toks, k + 1, caps) if k > 0 and low[k - 1] == "," else None
        if quoted and _plausible(quoted) and not quoted[:1].isdigit():
            return quoted
    return raw


# "initial reports", "media reports": what a source reports, when a named one follows
_INITIAL = frozenset("initial early first preliminary unconfirmed media news press local".split())
_CLAIMED_BODIES = re.compile(r"(?:the |their |his |her )?(?:bodies|body|remains|corpses)\b")


def _after_singular(low: list[str], i: int) -> bool:
    """A singular determiner a few words before: 'a 1-minute military roundup report'."""
    for w in reversed(low[max(0, i - 4) : i]):
        if w in _ONE:
            return True
        if w in _BOUNDARY or w in FUNCTION_WORDS:
            return False
    return False


def _relayed(toks: list[Token], i: int, caps: bool) -> str | None:
    """'THE NEXT REPORT SAYS THAT MILITARY DETACHMENT NO. 1 REPORTED THAT ...': a source relayed
    by another; ANNOTATION makes the original the claimant."""
    if i >= len(toks) or toks[i].low != "that":
        return None
    for j in range(i + 2, min(len(toks), i + 10)):
        if toks[j].low in _BOUNDARY:
            return None
        if toks[j].low in ("reported", "said", "says", "reports", "stated", "states", "announced"):
            inner = _np_before(toks, j, caps)
            ok = inner and _plausible(inner) and not _clause(inner)
            first = i + 2 if toks[i + 1].low == "the" else i + 1
            return inner if ok and toks[first].text == inner.split()[0] else None
    return None


def _clause(phrase: str) -> bool:
    """'... said they would kill one': a pronoun and more after 'said' opens the reported
    clause; it is not the speaker ('..., said it' would be)."""
    words = phrase.lower().split()
    return len(words) > 1 and words[0] in _PRONOUNS


def _plausible(phrase: str) -> bool:
    low = phrase.lower()
    if low in ("it", "he", "she", "they", "we"):
        return True
    words = low.split()
    if words[0] in _CLAUSE_OPENERS:
        return False  # "If confirmed, the toll ...": a capitalised clause opening, not a name
    if words[0][:1].isdigit():
        return False  # "staff said 61 bodies were found": the figure, not a source
    return not (len(words) == 1 and words[0] in FUNCTION_WORDS)


_REBELS = frozenset("guerrillas rebels insurgents militants".split())


def plain_rebels(claimant: str) -> bool:
    """'the guerrillas', 'REBELS': the article's armed group, in plain words."""
    return re.sub(r"^the\s+", "", claimant.lower()) in _REBELS


def proper_name(claimant: str | None) -> str | None:
    """The name in a claimant ('Syrian Observatory'; 'Sotsialisticheskaya Industriya' of 'the
    official daily Sotsialisticheskaya Industriya'), for later back-references; None for plain
    words ('police', 'The ministry')."""
    if not claimant or claimant.lower() in HEADS:
        return None
    if claimant[:1].isupper():
        return claimant
    m = re.search(r"(?:\s[A-Z][\w'\-]*)+$", claimant)  # a description, then the name
    return m.group().strip() if m else None


_MILITARY_TITLES = frozenset(
    "colonel general major captain commander col. gen. maj. capt. col gen".split()
)


def _person_ref(low: str, person: tuple[str, str]) -> str | None:
    """'the officer' (any military title), 'the colonel', 'the Nicaraguan president' (the same
    title) -> the titled person named before."""
    words = low.split(" of ")[0].split()  # "the military commander of the area"
    if not words or len(words) > 2:
        return None
    title, name = person
    if words[-1] in ("officer", "commander") and title in _MILITARY_TITLES:
        return name
    return name if words[-1] == title else None


# "COLONEL ALEXANDER MENDEZ, COMMANDER OF ...", "Defence Minister Ali Shamkhani said": a titled
# person the article may later call "the officer" or "the minister"
# words of a capitals sentence that cannot be part of a person's name after a title
_NOT_NAME = (
    r"(?:HAS|HAVE|HAD|has|have|had|STATED|SAID|SAYS|REPORTED|ANNOUNCED|TOLD|ADDED|THAT|THE|OF"
    r"|NO|AND|IN|ON|AT|WAS|IS|WHO|DENIED|CONFIRMED)"
)
_TITLED = re.compile(
    r"\b(COLONEL|GENERAL|MAJOR|CAPTAIN|COMMANDER|MINISTER|PRESIDENT|Colonel|General|Major"
    r"|Captain|Commander|Minister|President|Col\.|Gen\.|Maj\.|Capt\.|COL|GEN)\.?\s+"
    rf"((?:(?!{_NOT_NAME}\b)[A-Z][A-Za-z'\-]+\s+){{0,3}}"
    rf"(?!{_NOT_NAME}\b)[A-Z][A-Za-z'\-]+)"
    r"(?=\s*,|\s+(?:said|told|says|reported|stated|announced|SAID|TOLD|SAYS|REPORTED|STATED"
    r"|ANNOUNCED|HAS|has)\b)"
)
_TITLE_PARTS = ("OLONEL", "olonel", "ENERAL", "eneral", "AJOR", "ajor", "APTAIN", "aptain")
_TITLE_PARTS += ("OMMANDER", "ommander", "INISTER", "inister", "PRESIDENT", "President")
_TITLE_PARTS += ("Col.", "Gen.", "Maj.", "Capt.", "COL ", "GEN ")


def titled_person(sentence: str) -> tuple[str, str] | None:
    """(title, name) of the last titled person a sentence names as a speaker or in apposition."""
    if not any(w in sentence for w in _TITLE_PARTS):
        return None
    found = _TITLED.findall(sentence)
    return (found[-1][0].lower(), found[-1][1]) if found else None


_POSTED = re.compile(r"an?\s+(?:message|statement|video|posting|communique|tape)\s+posted\b")


def resolve(raw: str, memory: SourceMemory) -> str | None:
    """Back-references and descriptions -> the name the article gives; names -> canonical form."""
    # "THE SAME REPORT", "THE NEXT REPORT": the source already speaking
    low = re.sub(
        r"^(?:the\s+)?(?:(?:same|next|first|second|third|last|latest|new|another|other)\s+)?",
        "",
        raw.lower().strip(),
    )
    if low in ("we", "i", "our"):
        return None
    if _POSTED.match(low):
        return None  # "according to a message posted on a Web site": no one is named
    if memory.last_person and (person := _person_ref(low, memory.last_person)):
        return person  # "ACCORDING TO THE OFFICER": the colonel named before
    if low in _RELAY_NOUNS and memory.last_claimant:
        return memory.last_claimant  # "the sources said", "THE SAME REPORT ADDS"
    if low in ("report", "communique", "bulletin") and memory.last:
        return memory.last  # "THE REPORT INDICATED THAT": the report of the body named before
    if _OUTLET.search(low) and " " in low and not raw.lower().startswith(("the ", "this ")):
        later = [n for pos, n in memory.named_orgs if pos >= memory.position]
        outlet = [n for n in later if _OUTLET_NAME.search(n)]
        # "a Hong Kong newspaper" -> the paper named next
        return re.sub(r"^the\s+", "", outlet[0], flags=re.I) if outlet else raw
    if re.match(r"(?:its|their)\s+\w", low):
        low = "it"  # "according to its military report": the organisation it refers to
    if low in BACKREFS or "the " + low in BACKREFS or low in DESCRIPTIONS:
        found = memory.last or _org_after(memory)
        if low == "police" and found is not None and "olic" not in found:
            return raw  # ", police said": the police, not the outlet named before ("India News")
        if found is None and low == "they":
            found = memory.last_plain  # "..., police said. ... killed two people, they said."
        return found or (None if low in ("it", "he", "she", "they") else raw)
    if (
        low.startswith(("a ", "an "))
        or any(d in low for d in DESCRIPTIONS)
        and not raw.split()[-1][:1].isupper()  # "UK-based monitoring group", not "Syria Monitor"
    ):
        # "a UK-based monitoring group" is named later in the article, if anywhere
        later = [name for pos, name in memory.named_orgs if pos >= memory.position]
        return later[0] if later else raw
    return canonical(strip_title(re.sub(r"^(?:the|The|THE)\s+", "", raw)))


def _org_after(memory: SourceMemory) -> str | None:
    """The first organisation the article names after this sentence, else the last one before."""
    after = [name for pos, name in memory.named_orgs if pos >= memory.position]
    before = [name for pos, name in memory.named_orgs if pos < memory.position]
    return (after or before[::-1] or [None])[0]
