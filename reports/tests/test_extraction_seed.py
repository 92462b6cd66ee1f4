"""The seed article from the shared corpus must give its six claims (skipped without the corpus)."""

from datetime import date
from pathlib import Path

import pytest

from reports.extraction import extract

SEED = (
    Path(__file__).resolve().parents[3]
    / "shared"
    / "corpus"
    / "articles"
    / "cnn_000_7f389127c57e585a.txt"
)


@pytest.mark.skipif(not SEED.exists(), reason="shared corpus not available")
def test_it_extracts_the_six_seed_claims():
    claims = extract(SEED.read_text(encoding="utf-8"), date(2016, 9, 30))
    keys = {(c.outcome, c.group, c.count) for c in claims if c.count is not None}
    expected = {
        ("killed", "civilians", 3800),
        ("killed", "men", 2337),
        ("killed", "children", 906),
        ("killed", "women", 561),
        ("killed", "armed_groups", 2746),
        ("killed", "armed_groups", 2814),
    }
    assert keys == expected
    exact = [c for c in claims if c.count is not None]
    assert len(exact) == 6
    for c in exact:
        assert c.perpetrator == "Russia"
        assert c.location == "Syria"
        assert "Syrian Observatory" in (c.claimant or "")
        assert c.period == (date(2015, 9, 30), date(2016, 9, 30))
        assert c.hedged
        assert c.quote in SEED.read_text(encoding="utf-8")


@pytest.mark.skipif(not SEED.exists(), reason="shared corpus not available")
def test_it_ignores_the_seed_not_claims():
    text = SEED.read_text(encoding="utf-8")
    counts = {c.count for c in extract(text, date(2016, 9, 30))}
    assert not counts & {10000, 100000, 5, 1, 50, 15004}
