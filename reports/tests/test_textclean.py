import pytest

from reports.textclean import UnreadableUpload, content_hash, upload_to_text

LIMIT = 1_000_000


def test_it_reads_plain_utf8_text():
    title, text = upload_to_text("Héadline\r\n\r\nBody   text.".encode(), max_bytes=LIMIT)
    assert text == "Héadline\n\nBody text."


def test_it_reads_utf16_with_bom():
    _, text = upload_to_text("Twelve people were killed.".encode("utf-16"), max_bytes=LIMIT)
    assert text == "Twelve people were killed."


def test_it_extracts_the_main_text_of_html():
    html = (
        b"<html><head><title>Blast kills 12</title></head><body><nav>Home | World</nav>"
        b"<article><h1>Blast kills 12</h1><p>A blast killed 12 people in the city on Monday, "
        b"police said. Dozens more were hurt and taken to the main hospital nearby.</p>"
        b"<p>Officials said the toll could rise as rescuers searched the rubble.</p></article>"
        b"<footer>Copyright</footer></body></html>"
    )
    title, text = upload_to_text(html, filename="page.html", max_bytes=LIMIT)
    assert title == "Blast kills 12"
    assert "A blast killed 12 people" in text
    assert "<p>" not in text


@pytest.mark.parametrize(
    "raw, message",
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"caf\xe9 au lait killed", "not UTF-8"),
    ],
)
def test_it_refuses_unreadable_uploads_with_a_clear_message(raw, message):
    with pytest.raises(UnreadableUpload, match=message):
        upload_to_text(raw, max_bytes=LIMIT)


def test_it_refuses_uploads_over_the_size_limit():
    with pytest.raises(UnreadableUpload, match="over the 0.0 MB limit|limit"):
        upload_to_text(b"a" * 2000, max_bytes=1000)


def test_it_hashes_the_same_text_the_same_however_it_was_pasted():
    assert content_hash(b"Title\r\n\r\nBody  text.\n") == content_hash(b"Title\n\nBody text.")
    assert content_hash(b"Title\n\nBody text.") != content_hash(b"Title\n\nOther text.")


def test_it_guesses_the_headline_past_page_furniture():
    from reports.textclean import title_guess

    text = (
        "aleppo rescue_00015004.jpg\n01:50 - Source: CNN\nStory highlights\n"
        "Shelling kills 12 in city\n\nBody."
    )
    assert title_guess(text) == "Shelling kills 12 in city"
