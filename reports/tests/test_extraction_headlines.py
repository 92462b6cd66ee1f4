"""Headlines: one claim with the body's repetition, a claimant only when the headline names one."""

from datetime import date

from reports.extraction import extract
from reports.extraction.headlines import is_description
from reports.extraction.merging import agrees

DAY = date(2022, 3, 15)


def test_a_headline_repeating_a_body_figure_is_one_claim_with_the_body_claimant():
    text = (
        "Watchdog says 730 civilians killed in a year of shelling\n"
        "At least 730 civilians have been killed by shelling in the region in the past year, "
        "according to the Northern Casualty Watchdog.\n"
    )
    claims = extract(text, DAY)
    assert len(claims) == 1
    c = claims[0]
    assert c.claimant == "Northern Casualty Watchdog"
    assert c.qualifier == "at_least" and c.period is not None
    assert len(c.mentions) == 2


def test_a_common_noun_in_a_headline_resolves_to_the_related_named_organisation():
    text = (
        "Monitor: 58 killed in border raids\n"
        "The Valley Monitoring Centre counted the dead after the raids.\n"
        "Its staff said 61 bodies were found by Sunday.\n"
    )
    head = [c for c in extract(text, DAY) if c.count == 58][0]
    assert head.claimant == "Valley Monitoring Centre"


def test_an_unresolved_description_in_a_headline_is_no_claimant():
    text = "Officials say 12 miners killed\nRescuers dug through the night at the pit.\n"
    (c,) = extract(text, DAY)
    assert c.count == 12 and c.claimant is None


def test_a_named_headline_source_agrees_with_its_longer_body_form():
    text = (
        "Cyclone kills 44 on the coast, UN reports\n"
        "The bodies of 44 people were recovered, UN spokesman Paul Brandt said on Monday.\n"
    )
    claims = extract(text, DAY)
    assert len(claims) == 1
    assert claims[0].claimant == "UN spokesman Paul Brandt"


def test_descriptions_and_names():
    for d in ("Monitor", "Officials", "Police", "Rights group", "Syria monitor", "Report"):
        assert is_description(d, "x says"), d
    for n in ("UN", "Amnesty", "Syrian Observatory", "Xinhua", "Red Cross"):
        assert not is_description(n, "x says"), n
    assert agrees("United Nations", "UN spokesman Paul Brandt")
    assert not agrees("Red Cross", "police")


def test_a_figure_after_a_colon_is_read_but_a_time_is_not():
    assert [c.count for c in extract("Blast: 17 killed in port city\n", DAY)] == [17]
    assert extract("At 10:30 the shelling killed nobody.", DAY) == []


def test_a_headline_source_speaking_before_an_as_clause_does_not_claim_its_figure():
    text = (
        "Rumsfeld says war is being won as bomb attacks kill 16\n\nBombs in Baghdad killed 16 "
        "people on Sunday."
    )
    assert [c.claimant for c in extract(text, date(2004, 10, 9))] == [None]
