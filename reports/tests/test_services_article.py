"""Storing and processing articles: nothing lost, nothing duplicated, people outrank the machine."""

from datetime import date

import pytest

from reports import services
from reports.models import Article, Claim

TEXT = (
    b"Blast in market\n\n"
    b"A car bomb killed 12 people and wounded 30 others in a market in Homs on Monday, "
    b"police said."
)


@pytest.fixture
def processed(db):
    article, _ = services.article_create(raw=TEXT, outlet="Test Wire", published=date(2020, 5, 6))
    services.article_process(article_id=article.pk)
    article.refresh_from_db()
    return article


def test_it_stores_the_upload_unchanged_and_pending(db):
    article, created = services.article_create(raw=TEXT, filename="blast.txt")
    assert created
    assert bytes(article.raw) == TEXT
    assert article.status == Article.Status.PENDING


def test_it_does_not_store_the_same_text_twice(db):
    first, _ = services.article_create(raw=TEXT)
    again, created = services.article_create(raw=TEXT.replace(b"\n", b"\r\n") + b"\n")
    assert not created
    assert again.pk == first.pk
    assert Article.objects.count() == 1


def test_it_extracts_claims_and_marks_the_article_done(processed):
    assert processed.status == Article.Status.DONE
    assert processed.error == ""
    figures = {(c.outcome, c.count) for c in processed.claims.all()}
    assert ("killed", 12) in figures
    claim = processed.claims.get(outcome="killed")
    assert processed.text[claim.span_start : claim.span_end] == claim.quote
    assert claim.mentions.count() >= 1


def test_it_leaves_the_same_claims_when_run_twice(processed):
    before = sorted(processed.claims.values_list("outcome", "group", "count", "span_start"))
    services.article_process(article_id=processed.pk)
    after = sorted(processed.claims.values_list("outcome", "group", "count", "span_start"))
    assert before == after


def test_it_never_touches_claims_a_person_decided_on(processed):
    edited = processed.claims.get(outcome="killed")
    edited.count = 13
    services.claim_review(claim=edited, changed_fields=["count"], user_decision=None)
    assert edited.review == Claim.Review.EDITED
    rejected = processed.claims.get(outcome="injured")
    services.claim_review(claim=rejected, changed_fields=["review"], user_decision="rejected")

    services.article_process(article_id=processed.pk)

    claims = processed.claims.all()
    assert claims.get(pk=edited.pk).count == 13
    assert claims.get(pk=rejected.pk).review == Claim.Review.REJECTED
    # The machine does not add back the figures a person already decided on.
    assert claims.filter(outcome="killed").count() == 1
    assert claims.filter(outcome="injured").count() == 1


@pytest.mark.parametrize(
    "raw, error",
    [
        (b"", "empty"),
        (b"\x00\x01\x02binary\x00", "binary"),
        (b"\xff\xfe\x00\xd8", "UTF-16"),
        (b"bad \xe9 byte", "not UTF-8"),
    ],
)
def test_it_keeps_a_broken_upload_with_its_error(db, raw, error):
    article, _ = services.article_create(raw=raw, filename="broken.txt")
    services.article_process(article_id=article.pk)
    article.refresh_from_db()
    assert article.status == Article.Status.FAILED
    assert error in article.error
    assert bytes(article.raw) == raw


def test_it_keeps_an_oversized_upload_with_its_error(db, settings):
    settings.ARTICLE_MAX_BYTES = 100
    article, _ = services.article_create(raw=b"word " * 100)
    services.article_process(article_id=article.pk)
    article.refresh_from_db()
    assert article.status == Article.Status.FAILED
    assert "limit" in article.error
    assert len(bytes(article.raw)) == 500


def test_it_retries_a_failed_upload_once_the_limit_allows_it(db, settings):
    settings.ARTICLE_MAX_BYTES = 10
    article, _ = services.article_create(raw=TEXT)
    services.article_process(article_id=article.pk)
    settings.ARTICLE_MAX_BYTES = 10_000
    services.article_retry(article=article)
    services.article_process(article_id=article.pk)
    article.refresh_from_db()
    assert article.status == Article.Status.DONE
    assert article.claims.exists()


def test_it_resolves_names_to_one_entity(db):
    from reports.models import Claimant

    one = services.entity_resolve(model=Claimant, name="The Syrian Observatory for Human Rights")
    two = services.entity_resolve(model=Claimant, name="syrian observatory for human rights")
    assert one.pk == two.pk
    one.aliases = ["SOHR"]
    one.save()
    assert services.entity_resolve(model=Claimant, name="SOHR").pk == one.pk
