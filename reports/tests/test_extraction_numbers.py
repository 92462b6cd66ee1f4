"""Number phrases: digits, words, vague amounts, qualifiers (own sentences, no corpus text)."""

from reports.extraction.numbers import parse_count, parse_number
from reports.extraction.sentences import Sentence, tokenize


def _low(text: str) -> list[str]:
    return [t.low for t in tokenize(Sentence(text, 0, len(text), 0))]


def test_it_reads_digits_with_separators():
    assert parse_count(_low("4,512 villagers"), 0) == (4512, 1)


def test_it_reads_decimals_with_a_scale():
    assert parse_count(_low("2.5 million people"), 0) == (2500000, 2)


def test_it_reads_number_words():
    assert parse_count(_low("three hundred and twelve"), 0)[0] == 312
    assert parse_count(_low("Forty-two"), 0)[0] == 42
    assert parse_count(_low("a dozen"), 0)[0] == 12


def test_it_reads_vague_amounts_as_bounds():
    np = parse_number(_low("dozens of farmers"), 0)
    assert (np.count, np.low, np.high, np.vague) == (None, 24, 99, True)
    np = parse_number(_low("tens of thousands of residents"), 0)
    assert (np.low, np.high) == (20000, 99999)


def test_it_reads_qualifiers_before_the_number():
    low = _low("at least 17 miners")
    assert parse_number(low, 2).qualifier == "at_least"
    low = _low("nearly 70 fishermen")
    assert parse_number(low, 1).qualifier == "at_most"
    low = _low("an estimated 900 pilgrims")
    assert parse_number(low, 2).qualifier == "approx"


def test_it_reads_x_or_y_as_a_vague_range():
    np = parse_number(_low("five or six guards"), 0)
    assert (np.count, np.low, np.high, np.qualifier) == (None, 5, 6, "approx")


def test_it_rejects_non_numbers():
    assert parse_count(_low("elephants"), 0) is None
    assert parse_count(_low("1,2,3"), 0) is None


def test_a_four_digit_clock_time_is_no_count():
    from reports.extraction.numbers import parse_count

    assert parse_count(["0500"], 0) is None
    assert parse_count(["1500"], 0) == (1500, 1)
