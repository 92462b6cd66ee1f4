"""Pages and API are public by default; REPORTS_REQUIRE_LOGIN requires login; nothing writes."""

import pytest

URLS = ["/", "/claimants/", "/perpetrators/", "/places/", "/claims/", "/export/claims.csv",
        "/export/claims.json", "/export/totals.csv", "/api/totals/", "/api/series/",
        "/api/claimants/", "/api/claims/", "/api/articles/"]  # fmt: skip


@pytest.mark.parametrize("url", URLS)
def test_it_is_readable_without_login_by_default(client, db, url):
    assert client.get(url).status_code == 200


@pytest.mark.parametrize("url", URLS)
def test_it_requires_login_when_configured(client, db, settings, url):
    settings.REPORTS_REQUIRE_LOGIN = True
    response = client.get(url)
    if url.startswith("/api/"):
        assert response.status_code in (401, 403)
    else:
        assert response.status_code == 302 and "/admin/login/" in response["Location"]


@pytest.mark.parametrize("url", URLS)
def test_it_lets_a_logged_in_user_read_when_configured(staff_client, settings, url):
    settings.REPORTS_REQUIRE_LOGIN = True
    assert staff_client.get(url).status_code == 200


@pytest.mark.parametrize("url", ["/api/claims/", "/api/articles/", "/api/totals/"])
def test_it_never_writes(staff_client, url):
    assert staff_client.post(url, {}).status_code in (403, 405)
    assert staff_client.delete(url).status_code in (403, 405)


def test_it_requires_login_for_articles_and_the_schema_when_configured(client, db, settings):
    from reports.tests.test_selectors_totals import World

    article = World().article()
    assert client.get(f"/articles/{article.pk}/").status_code == 200
    assert client.get("/api/schema/").status_code == 200
    settings.REPORTS_REQUIRE_LOGIN = True
    assert client.get(f"/articles/{article.pk}/").status_code == 302
    assert client.get("/api/schema/").status_code in (401, 403)
