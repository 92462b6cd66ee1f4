"""Property test: any text gives a list of ClaimDraft whose quotes are substrings of the text."""

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


def _check(text: str) -> None:
    claims = extract(text, date(2020, 2, 29))
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
