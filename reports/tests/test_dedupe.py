"""The same story from a feed, a URL and an upload is stored once; near-identical texts are
linked to the first copy instead of being extracted again."""

from reports import dedupe, services, sources
from reports.models import Article, Claim
from reports.tests.test_sources_poll import BODY, article_page

LONG = (
    "Government forces shelled the northern districts on Tuesday and at least twelve civilians "
    "were killed, according to the local health directorate, which said dozens more were "
    "wounded. Residents described a night of heavy bombardment that destroyed homes, a market "
    "and a school, and aid groups warned that fuel and medicine were running out in the area, "
    "where two hospitals are still working despite repeated strikes on their surroundings."
)


def test_it_normalises_urls():
    assert (
        dedupe.url_normalise("HTTPS://News.Example.org:443/a/b/?utm_source=x&id=3#top")
        == "https://news.example.org/a/b?id=3"
    )


def test_it_fingerprints_near_identical_texts_alike_and_different_texts_apart():
    copy = LONG.replace("Tuesday", "Tuesday night") + " (Reuters)"
    other = " ".join(reversed(LONG.split()))
    a, b, c = (dedupe.text_fingerprint(t) for t in (LONG, copy, other))
    assert dedupe.fingerprints_near(a, b)
    assert not dedupe.fingerprints_near(a, c)
    assert dedupe.text_fingerprint("Two people were killed.") == ""  # too short to judge


def test_it_stores_a_page_from_a_feed_a_url_and_an_upload_once(db, local_site):
    html = article_page("Shelling", local_site.url("/story"))
    local_site.page("/story", html)
    local_site.redirect("/story?utm_source=rss", "/story")

    first, created = sources.article_create_from_url(url=local_site.url("/story"))
    assert created
    services.article_process(article_id=first.pk)
    # The same address again, with tracking parameters: the stored article.
    again, created = sources.article_create_from_url(url=local_site.url("/story?utm_source=rss"))
    assert again.pk == first.pk and not created
    # The same page uploaded as a file: the same bytes, the same article.
    upload, created = services.article_create(raw=html.encode(), filename="story.html")
    assert upload.pk == first.pk and not created
    # An upload naming the same URL: the stored article.
    named, created = services.article_create(raw=b"Different text", url=local_site.url("/story"))
    assert named.pk == first.pk and not created
    assert Article.objects.count() == 1


def test_it_links_a_url_whose_page_is_already_stored(db, local_site):
    html = article_page("Shelling", local_site.url("/story"))
    local_site.page("/story", html)
    local_site.page("/mirror", html)  # another address serving the same page
    uploaded, _ = services.article_create(raw=html.encode(), filename="story.html")
    services.article_process(article_id=uploaded.pk)
    mirror, created = sources.article_create_from_url(url=local_site.url("/mirror"))
    assert created
    services.article_process(article_id=mirror.pk)
    mirror.refresh_from_db()
    assert mirror.same_story_as_id == uploaded.pk and mirror.status == "done"
    assert f"article {uploaded.pk}" in mirror.error and bytes(mirror.raw) == b""
    assert not mirror.claims.exists()


def test_it_links_a_near_identical_text_instead_of_extracting_it_again(db):
    text = f"Shelling in the north\n\n{BODY}"
    first, _ = services.article_create(raw=text.encode(), outlet="Wire")
    services.article_process(article_id=first.pk)
    claims = Claim.objects.count()
    copy_text = text.replace("Tuesday", "Tuesday night") + "\n\n(Reporting by the Wire desk.)"
    copy, created = services.article_create(raw=copy_text.encode(), outlet="Paper")
    assert created  # the upload is kept as received: nothing is lost
    services.article_process(article_id=copy.pk)
    copy.refresh_from_db()
    assert copy.same_story_as_id == first.pk and copy.status == "done"
    assert "near-identical" in copy.error
    assert Claim.objects.count() == claims  # its figures are not stored twice
    # Re-processing the first copy leaves it the first copy.
    services.article_process(article_id=first.pk)
    first.refresh_from_db()
    assert first.same_story_as_id is None and first.status == "done"


def test_it_lets_an_upload_complete_a_url_it_could_not_fetch(db, local_site):
    article, _ = sources.article_create_from_url(url=local_site.url("/gone"))
    services.article_process(article_id=article.pk)
    article.refresh_from_db()
    assert article.status == "failed" and "HTTP 404" in article.error
    filled, created = services.article_create(
        raw=b"Five soldiers were killed on Sunday.", url=local_site.url("/gone")
    )
    assert filled.pk == article.pk and created
    services.article_process(article_id=article.pk)
    article.refresh_from_db()
    assert article.status == "done" and "Five soldiers" in article.text
