"""The whole path on real services: the seed article uploaded through the admin, processed by a
real Celery worker process (Redis broker, PostgreSQL), then counted by /api/totals/."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from reports.models import Article
from reports.tests.conftest import wait_for
from reports.tests.test_api_totals import SEED_TOTALS

pytestmark = pytest.mark.worker


def test_it_turns_an_uploaded_article_into_charted_totals(
    celery_worker_process, staff_client, seed_path
):
    upload = SimpleUploadedFile(seed_path.name, seed_path.read_bytes(), content_type="text/plain")
    response = staff_client.post(
        "/admin/reports/article/add/",
        {"file": upload, "outlet": "CNN", "published": "2016-09-30"},
    )
    assert response.status_code == 302

    article = Article.objects.get()
    wait_for(lambda: Article.objects.filter(pk=article.pk, status="done").exists())

    totals = staff_client.get("/api/totals/?outcome=killed").json()["totals"]
    assert {g: totals.get(g) for g in SEED_TOTALS} == SEED_TOTALS


def test_it_records_a_broken_upload_as_failed_without_killing_the_worker(
    celery_worker_process, staff_client
):
    broken = SimpleUploadedFile("scan.txt", b"\x00\x01binary\x00garbage", content_type="text/plain")
    staff_client.post("/admin/reports/article/add/", {"file": broken})
    staff_client.post("/admin/reports/article/add/", {"text": "Two people were killed on Monday."})

    wait_for(lambda: not Article.objects.filter(status__in=["pending", "processing"]).exists())
    failed = Article.objects.get(filename="scan.txt")
    assert failed.status == "failed" and "binary" in failed.error
    assert Article.objects.exclude(pk=failed.pk).get().status == "done"
    assert celery_worker_process.poll() is None
