"""Places: gazetteer lookup, most specific place, the article's country as fallback."""

from datetime import date

from reports.extraction import extract
from reports.extraction.places import lookup

DAY = date(2021, 6, 10)


def test_it_looks_up_countries_and_cities():
    syria = lookup("Syria")
    assert (syria.kind, syria.country_code) == ("country", "SY")
    assert lookup("Mosul").country_code == "IQ"
    assert lookup("Qwxzzy") is None


def test_it_prefers_the_most_specific_place_in_the_sentence():
    claims = extract("A bomb killed 14 people in Kabul, Afghanistan, on Monday.", DAY)
    assert [c.location for c in claims] == ["Kabul"]
    assert claims[0].place.country_code == "AF"


def test_it_falls_back_to_the_place_named_before():
    text = "Fighting raged in Mogadishu on Monday. Medics said 31 people were wounded."
    claims = extract(text, DAY)
    assert claims[0].location == "Mogadishu"


def test_it_does_not_take_adjectival_countries_as_places():
    claims = extract("U.S. forces killed 12 militants in Kandahar.", DAY)
    assert claims[0].location == "Kandahar"
