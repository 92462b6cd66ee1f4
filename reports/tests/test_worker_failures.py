"""Failures on real services: a worker killed mid-task, a broker that was down, a page that
answers 503 first. Nothing is lost and no claim is stored twice."""

import os
import signal
import time
from collections import Counter
from datetime import timedelta

import pytest
from kombu.exceptions import OperationalError as BrokerDown

from reports import services, sources
from reports.models import Article, Claim
from reports.tests.conftest import wait_for

pytestmark = pytest.mark.worker

TEXT = (
    "Clashes at the border\n\nFive soldiers were killed in clashes near the border on Sunday, "
    "the army said. At least 12 civilians were injured in the shelling, according to the "
    "health ministry."
)


@pytest.fixture
def seed_or_text():
    from reports.tests.conftest import CORPUS, SEED

    path = CORPUS / "articles" / SEED
    return path.read_bytes() if path.exists() else TEXT.encode()


def claims_of(article_id: int) -> list[str]:
    return list(Claim.objects.filter(article_id=article_id).values_list("machine_key", flat=True))


def test_it_loses_nothing_when_the_pool_process_is_killed_mid_task(
    celery_worker_factory, seed_or_text
):
    # The delay holds the extraction transaction open with the claims written: the kill
    # lands at the worst moment, before the commit.
    worker = celery_worker_factory(CT_TEST_PROCESS_DELAY=4)
    article, _ = services.article_create(raw=seed_or_text, published=None, outlet="CNN")
    wait_for(lambda: Article.objects.filter(pk=article.pk, status="processing").exists())
    time.sleep(2)  # inside the delayed transaction now
    children = worker.pool_children()
    assert children, "the worker has no pool process"
    os.kill(children[0], signal.SIGKILL)

    # reject_on_worker_lost puts the task back; the worker's new pool process runs it again.
    wait_for(lambda: Article.objects.filter(pk=article.pk, status="done").exists(), timeout=90)
    article.refresh_from_db()
    assert article.attempts >= 2, "the task was not run again after the kill"
    keys = claims_of(article.pk)
    assert keys and max(Counter(keys).values()) == 1  # one set of claims, none twice

    # The same claims as a clean run in this process.
    services.article_process(article_id=article.pk)
    assert sorted(claims_of(article.pk)) == sorted(keys)
    assert worker.proc.poll() is None


def test_it_finishes_an_article_whose_whole_worker_was_killed(celery_worker_factory, seed_or_text):
    first = celery_worker_factory(CT_TEST_PROCESS_DELAY=30)
    article, _ = services.article_create(raw=seed_or_text, outlet="CNN")
    wait_for(lambda: Article.objects.filter(pk=article.pk, status="processing").exists())
    first.stop(kill=True)  # the machine went away: nothing acknowledged, nothing committed
    assert Article.objects.get(pk=article.pk).status == "processing"
    assert not Claim.objects.filter(article_id=article.pk).exists()

    celery_worker_factory()
    # Redis would re-deliver only after the visibility timeout; the beat sweep queues it now.
    assert services.articles_requeue_stale(older_than=timedelta(0)) >= 1
    wait_for(lambda: Article.objects.filter(pk=article.pk, status="done").exists(), timeout=90)
    keys = claims_of(article.pk)
    assert keys and max(Counter(keys).values()) == 1


def test_it_queues_articles_saved_while_the_broker_was_down(
    celery_worker_factory, monkeypatch, seed_or_text
):
    worker = celery_worker_factory()

    def broker_down(*args, **kwargs):
        raise BrokerDown("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    from reports import tasks

    monkeypatch.setattr(tasks.article_process, "delay", broker_down)
    article, created = services.article_create(raw=seed_or_text, outlet="CNN")
    assert created  # the upload is stored even though nothing could be queued
    time.sleep(1)
    assert Article.objects.get(pk=article.pk).status == "pending"

    monkeypatch.undo()  # the broker is back
    assert services.articles_requeue_stale(older_than=timedelta(0)) == 1
    wait_for(lambda: Article.objects.filter(pk=article.pk, status="done").exists())
    assert worker.proc.poll() is None


def test_it_retries_a_page_that_answers_503_first(celery_worker_factory, local_site):
    worker = celery_worker_factory(FETCH_ALLOW_LOOPBACK=1)
    answers = iter([503])

    def flaky(handler):
        status = next(answers, 200)
        body = b"<html><body><p>Seven people were killed in an airstrike.</p></body></html>"
        handler.send_response(status)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    local_site.routes["/flaky"] = flaky
    article, _ = sources.article_create_from_url(url=local_site.url("/flaky"))
    wait_for(lambda: Article.objects.filter(pk=article.pk, status="done").exists(), timeout=60)
    article.refresh_from_db()
    assert "Seven people" in article.text and local_site.hits["/flaky"] == 2
    assert worker.proc.poll() is None


def test_it_records_a_page_it_may_never_fetch_without_retrying(celery_worker_factory, local_site):
    celery_worker_factory()  # loopback not allowed in the worker: a permanent refusal
    article, _ = sources.article_create_from_url(url=local_site.url("/story"))
    wait_for(lambda: Article.objects.filter(pk=article.pk, status="failed").exists())
    article.refresh_from_db()
    assert "loopback address" in article.error and article.attempts == 1
    assert local_site.hits == {}


def test_it_polls_a_due_feed_in_the_worker_and_stores_each_entry_once(
    celery_worker_factory, local_site
):
    from reports import tasks
    from reports.models import Source
    from reports.tests.test_sources_poll import article_page, feed

    celery_worker_factory(FETCH_ALLOW_LOOPBACK=1)
    local_site.page("/a1", article_page("Shelling", local_site.url("/a1")))
    entries = [("Shelling", "/a1"), ("Again", "/a1?utm_source=rss")]
    local_site.page("/rss", feed(local_site, entries), content_type="application/rss+xml")
    source = Source.objects.create(name="Wire", url=local_site.url("/rss"), outlet="Wire")

    assert tasks.sources_poll_due() == 1  # what beat runs; queues source_poll
    wait_for(lambda: Article.objects.filter(status="done").exists(), timeout=60)
    article = Article.objects.get()
    assert article.source_id == source.pk and "twelve civilians" in article.text
    source.refresh_from_db()
    assert source.last_new_articles == 1 and source.last_error == ""

    sources.sources_poll_queue(source_ids=[source.pk])  # "poll now": nothing new
    wait_for(lambda: Source.objects.get(pk=source.pk).last_polled_at > source.last_polled_at)
    wait_for(lambda: Source.objects.get(pk=source.pk).last_success_at > source.last_success_at)
    assert Article.objects.count() == 1 and local_site.hits["/a1"] == 1
