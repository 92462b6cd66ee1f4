"""Fetching pages safely: only public http(s), limited redirects, time, size and type."""

import socket
import time

import pytest

from reports import fetching
from reports.fetching import FetchRefused, FetchUnavailable, url_fetch

PAGE = "<html><head><title>Strike</title></head><body><p>Ten people were killed.</p></body></html>"


def test_it_fetches_an_html_page(local_site):
    local_site.page("/a", PAGE)
    page = url_fetch(local_site.url("/a"))
    assert page.status == 200 and page.content_type == "text/html" and page.charset == "utf-8"
    assert b"Ten people" in page.body and page.url == local_site.url("/a")


def test_it_follows_a_few_redirects_and_reports_the_final_address(local_site):
    local_site.page("/final", PAGE)
    local_site.redirect("/r1", "/r2")
    local_site.redirect("/r2", local_site.url("/final"), status=301)
    page = url_fetch(local_site.url("/r1"))
    assert page.url == local_site.url("/final") and page.requested_url == local_site.url("/r1")


def test_it_refuses_too_many_redirects(local_site):
    for i in range(7):
        local_site.redirect(f"/loop{i}", f"/loop{i + 1}")
    with pytest.raises(FetchRefused, match="redirects more than 5 times"):
        url_fetch(local_site.url("/loop0"))


def test_it_checks_every_redirect_hop_against_private_addresses(local_site, settings):
    settings.FETCH_ALLOW_LOOPBACK = True
    local_site.redirect("/to-metadata", "http://169.254.169.254/latest/meta-data/")
    with pytest.raises(FetchRefused, match="169.254.169.254, a link-local address"):
        url_fetch(local_site.url("/to-metadata"))


def test_it_refuses_loopback_unless_allowed(local_site, settings):
    local_site.page("/a", PAGE)
    settings.FETCH_ALLOW_LOOPBACK = False
    settings.FETCH_ALLOW_PRIVATE = False
    with pytest.raises(FetchRefused, match="loopback address"):
        url_fetch(local_site.url("/a"))
    assert local_site.hits.get("/a") is None  # refused before connecting


@pytest.mark.parametrize(
    "address, why",
    [
        ("10.1.2.3", "private network"),
        ("192.168.0.10", "private network"),
        ("172.16.5.5", "private network"),
        ("169.254.169.254", "link-local"),
        ("224.0.0.1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("100.64.0.1", "reserved"),
        ("::1", "loopback"),
        ("fe80::1", "link-local"),
        ("fc00::1", "private network"),
        ("::ffff:10.0.0.1", "private network"),
    ],
)
def test_it_refuses_non_public_addresses(address, why):
    reason = fetching.address_refusal(address, allow_private=False, allow_loopback=False)
    assert reason and why in reason


def test_it_accepts_public_addresses():
    for address in ("93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"):
        assert fetching.address_refusal(address, allow_private=False, allow_loopback=False) is None


def test_it_refuses_a_name_that_resolves_to_a_private_address(monkeypatch):
    # A public-looking name pointing inside (DNS rebinding, internal names) is refused without
    # any connection: nothing but 127.0.0.1 is ever contacted by the tests.
    def fake_getaddrinfo(host, port, *args, **kwargs):
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.7", port))]

    monkeypatch.setattr(fetching.socket, "getaddrinfo", fake_getaddrinfo)
    with pytest.raises(FetchRefused, match="resolves to 10.0.0.7, a private network address"):
        url_fetch("http://news.example.org/story")


def test_it_connects_to_the_address_it_checked(local_site, monkeypatch):
    # The name is resolved once; the connection goes to that address with the name in Host.
    local_site.page("/a", PAGE)
    port = int(local_site.base.rsplit(":", 1)[1])
    calls = []

    def fake_getaddrinfo(host, port_, *args, **kwargs):
        calls.append(host)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port_))]

    monkeypatch.setattr(fetching.socket, "getaddrinfo", fake_getaddrinfo)
    page = url_fetch(f"http://news.example.org:{port}/a")
    assert b"Ten people" in page.body
    # Only the literal checked address is looked up again (by urllib3), never the name.
    assert [host for host in calls if host != "127.0.0.1"] == ["news.example.org"]


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://127.0.0.1/", "javascript:alert(1)"]
)
def test_it_refuses_other_schemes(url):
    with pytest.raises(FetchRefused, match="Only http:// and https://"):
        url_fetch(url)


def test_it_refuses_a_response_that_is_not_a_page(local_site):
    local_site.page("/photo.jpg", b"\xff\xd8\xff\xe0", content_type="image/jpeg")
    with pytest.raises(FetchRefused, match="is image/jpeg, not a web page"):
        url_fetch(local_site.url("/photo.jpg"))


def test_it_accepts_feeds_only_when_asked(local_site):
    local_site.page("/feed", "<rss></rss>", content_type="application/rss+xml")
    with pytest.raises(FetchRefused, match="application/rss"):
        url_fetch(local_site.url("/feed"))
    assert url_fetch(local_site.url("/feed"), accept=fetching.FEED_TYPES).body == b"<rss></rss>"


def test_it_refuses_an_oversized_page_by_its_declared_length(local_site, settings):
    settings.FETCH_MAX_BYTES = 1000
    local_site.page("/big", "<p>" + "x" * 5000 + "</p>")
    with pytest.raises(FetchRefused, match="over the 0.0 MB limit|over the"):
        url_fetch(local_site.url("/big"))


def test_it_stops_reading_an_oversized_page_without_a_length(local_site, settings):
    settings.FETCH_MAX_BYTES = 100_000

    def endless(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.end_headers()
        try:
            for _ in range(1000):
                handler.wfile.write(b"<p>" + b"y" * 10_000 + b"</p>")
        except (BrokenPipeError, ConnectionResetError):
            pass
        handler.close_connection = True

    local_site.routes["/endless"] = endless
    with pytest.raises(FetchRefused, match="larger than the 0.1 MB limit; stopped reading"):
        url_fetch(local_site.url("/endless"))


def test_it_gives_up_on_a_server_that_does_not_answer(local_site, settings):
    settings.FETCH_READ_TIMEOUT = 0.5

    def silent(handler):
        time.sleep(2)

    local_site.routes["/slow"] = silent
    started = time.monotonic()
    with pytest.raises(FetchUnavailable, match="did not answer in time"):
        url_fetch(local_site.url("/slow"))
    assert time.monotonic() - started < 2
    assert FetchUnavailable.transient and not FetchRefused.transient


def test_it_treats_server_errors_as_transient_and_not_found_as_permanent(local_site):
    local_site.page("/busy", "busy", status=503)
    with pytest.raises(FetchUnavailable, match="HTTP 503"):
        url_fetch(local_site.url("/busy"))
    with pytest.raises(FetchRefused, match="HTTP 404"):
        url_fetch(local_site.url("/missing"))


def test_it_refuses_an_unknown_host_without_contacting_anything(monkeypatch):
    def fail(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(fetching.socket, "getaddrinfo", fail)
    with pytest.raises(FetchRefused, match="does not exist"):
        url_fetch("https://no-such-host.invalid/")


def test_it_turns_a_page_in_a_legacy_charset_into_utf8(local_site):
    body = "<html><body><p>Caf\u00e9 shelled, deux morts.</p></body></html>".encode("latin-1")
    local_site.page("/latin", body, content_type="text/html; charset=iso-8859-1")
    page = url_fetch(local_site.url("/latin"))
    assert fetching.body_as_utf8(page).decode("utf-8").count("Caf\u00e9") == 1
    utf8 = PAGE.encode("utf-8")
    local_site.page("/utf8", utf8)
    assert fetching.body_as_utf8(url_fetch(local_site.url("/utf8"))) == utf8  # unchanged


def test_it_checks_a_conditional_request_like_any_other(local_site):
    # The validators change what the server may answer, not what we check: hops are checked
    # again, and a 304 nobody asked for (no validators sent) is still refused.
    local_site.redirect("/to-metadata", "http://169.254.169.254/feed")
    with pytest.raises(FetchRefused, match="169.254.169.254, a link-local address"):
        url_fetch(local_site.url("/to-metadata"), if_none_match='"v1"')
    local_site.page("/feed", b"", status=304)
    with pytest.raises(FetchRefused, match="HTTP 304"):
        url_fetch(local_site.url("/feed"), accept=fetching.FEED_TYPES)
    page = url_fetch(local_site.url("/feed"), accept=fetching.FEED_TYPES, if_none_match='"v1"')
    assert page.not_modified and page.body == b""
