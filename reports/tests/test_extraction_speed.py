"""The throughput shortcuts give the same answers as the plain code they replace."""

import random
import re

from reports.extraction import hedges
from reports.extraction.countries import _word_country
from reports.extraction.groups import _G, NAMED_GROUP_RE
from reports.extraction.numbers import may_start_number, parse_number
from reports.extraction.places import _first_words, index
from reports.extraction.sentences import Sentence, tokenize


def _plain(phrases: list[str]) -> re.Pattern[str]:
    """The alternation as it was written before lexicon.word_alternation."""
    words = sorted((re.escape(p) for p in phrases), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)


def test_the_grouped_alternations_match_like_the_plain_ones():
    aliases = [a for aliases in _G["named_groups"].values() for a in aliases]
    for grouped, phrases in [
        (NAMED_GROUP_RE, aliases),
        (hedges.HEDGE, hedges._H["phrases"]),
        (hedges.GLOBAL, hedges._H["global"]),
    ]:
        plain = _plain(phrases)
        rng = random.Random(7)
        words = [*phrases, "the", "rebels", "Path", "al", "-", "'s", "x", "ISIS's", "not"]
        for _ in range(300):
            picked = [rng.choice(words) for _ in range(12)]
            text = " ".join(w.upper() if rng.random() < 0.3 else w for w in picked)
            text = text.replace(" ", rng.choice([" ", "", "-"]), rng.randint(0, 3))
            assert [m.span() for m in grouped.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ]


def test_tokenize_returns_a_fresh_list_from_its_cache():
    sent = Sentence("Gunmen killed 12 people in Mosul.", 40, 73, 0)
    first = tokenize(sent)
    first.clear()
    again = tokenize(sent)
    assert [t.text for t in again] == ["Gunmen", "killed", "12", "people", "in", "Mosul", "."]
    assert again[0].start == 40
    # the same text at another offset is tokenised at that offset
    assert tokenize(Sentence(sent.text, 0, 33, 0))[0].start == 0


def test_words_no_number_starts_with_never_parse():
    words = (
        "a one dozen twenty-one two-thirds scores of dozens 1,200 3.5 several few killed at".split()
    )
    for w in [*words, "hundreds", "thousands", "x", "-", "forty-two", "sixty-"]:
        if not may_start_number(w):
            assert parse_number([w, "people"], 0) is None, w


def test_first_words_cover_every_multiword_gazetteer_name():
    firsts = _first_words()
    assert all(key.split(" ")[0] in firsts for key in index() if " " in key)


def test_word_country_reads_demonyms_aliases_and_names():
    assert _word_country("Peruvian")[0] == "Peru"
    assert _word_country("Syria")[1:] == ("Syria", "SY")
    assert _word_country("Tuesday") == (None, None, None)


def test_ascii_and_general_tokenising_agree():
    from reports.extraction.sentences import TOKEN, Token

    text = "U.S. troops KILLED 1,200 Al-Shabaab fighters in Mosul's MARKET, 3.5 km away (AFP)."
    general = [
        Token(m.group(), m.group().lower().replace("’", "'"), 5 + m.start(), 5 + m.end())
        for m in TOKEN.finditer(text)
    ]
    assert tokenize(Sentence(text, 5, 5 + len(text), 0)) == general
    curly = text.replace("'", "’")
    assert [t.low for t in tokenize(Sentence(curly, 0, len(curly), 0))] == [t.low for t in general]


def test_sentence_caches_hold_one_article_at_a_time():
    from reports.extraction import extract
    from reports.extraction.sentences import _tokens, is_candidate

    extract("Gunmen killed 12 people in Mosul. " * 3 + "Police said 4 were wounded in Basra.")
    extract("A bomb killed 5 soldiers in Kabul on Monday.")
    assert _tokens.cache_info().currsize <= 1
    assert is_candidate.cache_info().currsize <= 1


def test_the_prefilter_regexes_match_like_the_plain_ones():
    from reports.extraction.sentences import _NUMBER_WORD_LOW, _OUTCOME_LOW, NUMBERISH, OUTCOMEISH

    plain_words = NUMBERISH.pattern.removeprefix(r"\d|")

    rng = random.Random(3)
    words = (
        "killed kidnapped dead die died diet one ones often tens 12 handful scores the of".split()
    )
    for _ in range(500):
        text = rng.choice([" ", "", "-"]).join(rng.choice(words) for _ in range(5))
        for fast, plain in [(_OUTCOME_LOW, OUTCOMEISH.pattern), (_NUMBER_WORD_LOW, plain_words)]:
            assert [m.span() for m in fast.finditer(text)] == [
                m.span() for m in re.finditer(plain, text)
            ]
