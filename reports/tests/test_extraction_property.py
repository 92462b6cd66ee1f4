"""Property test: any text gives a list of ClaimDraft whose quotes are substrings of the text."""

import logging
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from reports.extraction import ClaimDraft, extract

WORDS = st.sampled_from(
    [
        "killed",
        "12",
        "people",
        "at least",
        "wounded",
        "and",
        "soldiers",
        "dozens",
        "said",
        "police",
        ",",
        ".",
        "\n",
        "Two",
        "hundred",
        "of",
        "them",
        "in",
        "Aleppo",
        "on",
        "Monday",
    ]
)


class _Errors(logging.Handler):
    # extract() catches and logs a rule's exception so that a worker survives it; the test
    # must still see it, or "never raises" would hold however broken a rule was.
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _check(text: str) -> None:
    errors = _Errors()
    logger = logging.getLogger("reports.extraction")
    logger.addHandler(errors)
    try:
        claims = extract(text, date(2020, 2, 29))
    finally:
        logger.removeHandler(errors)
    assert not errors.records, errors.records[0].getMessage()
    assert isinstance(claims, list)
    for c in claims:
        assert isinstance(c, ClaimDraft)
        assert c.quote in text
        assert 0.0 <= c.confidence <= 1.0


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_it_never_raises_on_arbitrary_text(text):
    _check(text)


@settings(max_examples=100, deadline=None)
@given(st.lists(WORDS, max_size=80).map(" ".join))
def test_it_never_raises_on_casualty_like_text(text):
    _check(text)


@settings(max_examples=30, deadline=None)
@given(st.binary(max_size=2000))
def test_it_never_raises_on_binary_looking_text(data):
    _check(data.decode("latin-1"))


def test_it_handles_a_long_string():
    _check(("Rebels killed 12 soldiers near the dam. " * 5000) + "x" * 100000)


def test_it_keeps_very_long_words_out_of_its_caches():
    # A worker extracts thousands of articles; a page of long capitalised junk (base64, scripts)
    # must not stay in the per-word caches. Normal names are still cached.
    from reports.extraction import countries, gazetteer, places

    caches = (gazetteer.lookup, places._may_start, countries._word_country)
    before = [f.cache_info().currsize for f in caches]
    junk = " ".join(f"Q{i}" + "Zx" * 200 for i in range(300))
    _check(f"Rebels from {junk} killed 12 soldiers in Aleppo on Monday, police said.")
    after = [f.cache_info().currsize for f in caches]
    assert all(a - b < 20 for a, b in zip(after, before, strict=True)), (before, after)
    assert gazetteer.lookup("Aleppo") is not None
    assert gazetteer.lookup.cache_info().currsize >= 1


def test_it_keeps_the_other_sentences_when_a_rule_fails_on_one(monkeypatch):
    from reports.extraction import pipeline

    real = pipeline._sentence_claims

    def broken_on_bombs(sent, ctx, following):
        if "bomb" in sent.text:
            raise IndexError("a rule's bug")
        return real(sent, ctx, following)

    monkeypatch.setattr(pipeline, "_sentence_claims", broken_on_bombs)
    text = "A bomb killed 4 people in Mosul. Gunmen killed 9 soldiers in Kirkuk on Monday."
    claims = extract(text, date(2020, 2, 29))
    assert [(c.outcome, c.group, c.count) for c in claims] == [("killed", "state_forces", 9)]
