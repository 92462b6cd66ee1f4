"""The admin: sources with their polling state and "poll now", URL submission, several files."""

from django.core.files.uploadedfile import SimpleUploadedFile

from reports import services
from reports.models import Article, Source

ADD = "/admin/reports/article/add/"


def test_it_lists_sources_with_their_polling_state(staff_client):
    Source.objects.create(
        name="Wire feed", url="https://wire.example.org/rss",
        last_error="wire.example.org answered HTTP 503", last_new_articles=4,
    )  # fmt: skip
    page = staff_client.get("/admin/reports/source/").content.decode()
    assert "Wire feed" in page and "answered HTTP 503" in page and ">4<" in page


def test_it_queues_a_poll_now_from_the_admin(
    staff_client, monkeypatch, django_capture_on_commit_callbacks
):
    source = Source.objects.create(name="Wire", url="https://wire.example.org/rss")
    queued = []
    monkeypatch.setattr(
        "reports.sources.source_enqueue", lambda *, source_id: queued.append(source_id)
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(
            "/admin/reports/source/",
            {"action": "poll_now", "_selected_action": [source.pk]},
            follow=True,
        )
    assert queued == [source.pk]
    assert "queued for polling" in response.content.decode()


def test_it_stores_a_submitted_url_as_pending_without_fetching_in_the_request(
    staff_client, local_site
):
    local_site.page("/story", "<html><body><p>Ten people were killed.</p></body></html>")
    response = staff_client.post(ADD, {"fetch_url": local_site.url("/story"), "outlet": "Wire"})
    article = Article.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/{article.pk}/change/")
    assert article.status == "pending" and bytes(article.raw) == b"" and article.outlet == "Wire"
    assert local_site.hits == {}  # fetched by the worker, not the web request
    services.article_process(article_id=article.pk)
    article.refresh_from_db()
    assert article.status == "done" and "Ten people were killed" in article.text


def test_it_says_when_a_submitted_url_is_already_stored(staff_client, local_site):
    staff_client.post(ADD, {"fetch_url": local_site.url("/story")})
    response = staff_client.post(ADD, {"fetch_url": local_site.url("/story")}, follow=True)
    assert Article.objects.count() == 1 and "already exists" in response.content.decode()


def test_it_refuses_an_address_that_is_not_http(staff_client):
    response = staff_client.post(ADD, {"fetch_url": "ftp://files.example.org/a.txt"})
    assert response.status_code == 200 and not Article.objects.exists()
    assert (
        "Enter a valid URL" in response.content.decode() or "Only http" in response.content.decode()
    )


def test_it_shows_a_fetch_error_on_the_article(staff_client, local_site, settings):
    settings.FETCH_ALLOW_LOOPBACK = False
    staff_client.post(ADD, {"fetch_url": local_site.url("/story")})
    article = Article.objects.get()
    services.article_process(article_id=article.pk)
    listing = staff_client.get("/admin/reports/article/").content.decode()
    assert "failed" in listing and "loopback address" in listing


def test_it_stores_several_files_at_once(staff_client):
    files = [
        SimpleUploadedFile("a.txt", b"Five soldiers were killed on Sunday.", "text/plain"),
        SimpleUploadedFile("b.txt", b"Two civilians were injured on Monday.", "text/plain"),
        SimpleUploadedFile("c.txt", b"Five soldiers were killed on Sunday.", "text/plain"),
    ]
    response = staff_client.post(ADD, {"file": files, "published": "2021-04-04"}, follow=True)
    assert sorted(Article.objects.values_list("filename", flat=True)) == ["a.txt", "b.txt"]
    assert "2 new article(s)" in response.content.decode()
    assert "1 already existed" in response.content.decode()


def test_it_asks_for_only_one_way_to_add(staff_client):
    response = staff_client.post(ADD, {"text": "Some text", "fetch_url": "https://example.org/"})
    assert response.status_code == 200 and not Article.objects.exists()
    assert "give a URL to fetch" in response.content.decode()


def test_it_shows_the_stored_validators_read_only(staff_client):
    source = Source.objects.create(
        name="Wire", url="https://wire.example.org/rss", etag='"v1"',
        last_modified="Tue, 05 Mar 2024 10:00:00 GMT",
    )  # fmt: skip
    page = staff_client.get(f"/admin/reports/source/{source.pk}/change/").content.decode()
    assert "&quot;v1&quot;" in page and "Tue, 05 Mar 2024 10:00:00 GMT" in page
    assert 'name="etag"' not in page and 'name="last_modified"' not in page


def test_it_forgets_the_validators_when_the_address_changes(staff_client):
    source = Source.objects.create(
        name="Wire", url="https://wire.example.org/rss", etag='"v1"',
        last_modified="Tue, 05 Mar 2024 10:00:00 GMT",
    )  # fmt: skip
    form = {"name": "Wire", "kind": "feed", "outlet": "", "poll_interval": "01:00:00",
            "active": "on"}  # fmt: skip
    url = f"/admin/reports/source/{source.pk}/change/"
    assert (
        staff_client.post(url, {**form, "url": "https://wire.example.org/rss"}).status_code == 302
    )
    source.refresh_from_db()
    assert source.etag == '"v1"'  # saved unchanged: the validators still hold
    response = staff_client.post(url, {**form, "url": "https://wire.example.org/feed.xml"})
    assert response.status_code == 302
    source.refresh_from_db()
    assert source.url.endswith("/feed.xml") and source.etag == "" and source.last_modified == ""
