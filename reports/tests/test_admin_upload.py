"""Uploading articles through the admin: paste, file, duplicates, broken files, staff only."""

from django.core.files.uploadedfile import SimpleUploadedFile

from reports.models import Article

ADD = "/admin/reports/article/add/"
TEXT = "Clashes\n\nFive soldiers were killed in clashes near the border on Sunday, the army said."


def test_it_stores_a_pasted_article(staff_client):
    response = staff_client.post(ADD, {"text": TEXT, "title": "Clashes", "outlet": "Wire",
                                       "published": "2021-04-04"})  # fmt: skip
    article = Article.objects.get()
    assert response.status_code == 302
    assert response["Location"].endswith(f"/admin/reports/article/{article.pk}/change/")
    assert article.outlet == "Wire" and str(article.published) == "2021-04-04"


def test_it_stores_an_uploaded_file_unchanged(staff_client):
    raw = TEXT.encode("utf-8")
    upload = SimpleUploadedFile("clashes.txt", raw, content_type="text/plain")
    staff_client.post(ADD, {"file": upload, "published": "2021-04-04"})
    article = Article.objects.get()
    assert bytes(article.raw) == raw and article.filename == "clashes.txt"


def test_it_tells_the_person_when_the_article_already_exists(staff_client):
    staff_client.post(ADD, {"text": TEXT})
    response = staff_client.post(ADD, {"text": TEXT + "\n"}, follow=True)
    assert Article.objects.count() == 1
    assert "already exists" in response.content.decode()


def test_it_asks_for_text_or_a_file(staff_client):
    response = staff_client.post(ADD, {"title": "Nothing"})
    assert response.status_code == 200
    assert "Paste the text or choose a file" in response.content.decode()
    assert not Article.objects.exists()


def test_it_keeps_a_binary_upload_and_shows_its_error(staff_client):
    upload = SimpleUploadedFile("photo.txt", b"\x89PNG\x00\x00\x01", content_type="text/plain")
    staff_client.post(ADD, {"file": upload})
    article = Article.objects.get()
    from reports import services

    services.article_process(article_id=article.pk)
    listing = staff_client.get("/admin/reports/article/").content.decode()
    assert "failed" in listing and "binary" in listing


def test_it_lists_status_and_claim_count(staff_client):
    staff_client.post(ADD, {"text": TEXT})
    from reports import services

    services.article_process(article_id=Article.objects.get().pk)
    page = staff_client.get("/admin/reports/article/").content.decode()
    assert "done" in page


def test_it_keeps_uploads_to_staff(client, db):
    response = client.get(ADD)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    client.post(ADD, {"text": TEXT})
    assert not Article.objects.exists()
