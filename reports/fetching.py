"""Fetch one web page or feed safely: the server asks for it, so the address is untrusted.

No ORM here. Every refusal is a `FetchError` whose message is shown in the admin (on the
article or the source), so it says what was refused and why. `FetchRefused` is permanent
(retrying gives the same answer); `FetchUnavailable` is transient (timeouts, 5xx, 429) and
the caller may retry later.

What is checked, and why:
- only http and https: file://, gopher:// etc. would reach things a browser never would;
- every address the host resolves to must be public (no private, loopback, link-local,
  multicast, reserved ranges), otherwise a submitted URL could read the cloud metadata
  endpoint or an internal admin page (SSRF);
- we connect to the address we checked, not to the name again, so a DNS answer that changes
  between the check and the connection (DNS rebinding) cannot send us inside;
- redirects are followed by hand, at most FETCH_MAX_REDIRECTS, and every hop is checked again;
- size (streamed, stopped at FETCH_MAX_BYTES), time (connect, read and a total deadline) and
  content type are limited, so one hostile page cannot hold or fill a worker.
"""

import ipaddress
import re
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import urllib3
from django.conf import settings

PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
FEED_TYPES = (
    "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
    "text/xml", "application/feed+json", "application/json",
)  # fmt: skip
_CHUNK = 64 * 1024


class FetchError(Exception):
    """A page could not be fetched; str(error) is meant for the person in the admin."""

    transient = False


class FetchRefused(FetchError):
    """Refused for good: bad scheme or address, too big, wrong type, too many redirects, 4xx."""


class FetchUnavailable(FetchError):
    """Probably temporary: timeout, connection refused, 5xx, 429. Worth retrying later."""

    transient = True


@dataclass(frozen=True)
class FetchedPage:
    url: str  # the final address, after redirects
    requested_url: str
    status: int
    content_type: str  # media type only, lower-case, without parameters
    charset: str
    body: bytes
    # The validators the server gave ("" when none or unusable), for a conditional GET next time.
    etag: str = ""
    last_modified: str = ""

    @property
    def not_modified(self) -> bool:
        """The server answered 304 to our validators: what we have is current, no body came."""
        return self.status == 304


# Validators are sent back verbatim in a request header and stored on the source, so one that
# is too long for the column or holds anything but visible ASCII and spaces is not kept.
VALIDATOR_MAX_CHARS = 200
_VALIDATOR = re.compile(rf"[\x20-\x7e]{{1,{VALIDATOR_MAX_CHARS}}}")

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.I)


def body_as_utf8(page: FetchedPage) -> bytes:
    """The body in UTF-8, which uploads must be: a page in another declared charset (header or
    <meta charset>) is transcoded; a UTF-8 page is returned byte for byte."""
    try:
        page.body.decode("utf-8")
        return page.body
    except UnicodeDecodeError:
        pass
    match = _META_CHARSET.search(page.body[:4096])
    charset = page.charset or (match.group(1).decode("ascii", "ignore") if match else "")
    try:
        return page.body.decode(charset or "windows-1252").encode("utf-8")
    except (LookupError, UnicodeDecodeError):
        return page.body  # left as it is: processing says why it cannot be read


def _setting(name: str, default):
    return getattr(settings, name, default)


def address_refusal(address: str, *, allow_private: bool, allow_loopback: bool) -> str | None:
    """Why this IP address may not be fetched, or None if it may."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if ip.version == 6 and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if ip.is_unspecified or ip.is_multicast:
        return "an unspecified or multicast address"
    if ip.is_loopback:
        return None if (allow_loopback or allow_private) else "a loopback address (this server)"
    if allow_private:
        return None
    if ip.is_link_local:
        return "a link-local address"
    if ip.is_private:
        return "a private network address"
    if ip.is_reserved or not ip.is_global:
        return "a reserved, non-public address"
    return None


def host_resolve(host: str, port: int, *, allow_private: bool, allow_loopback: bool) -> str:
    """The address to connect to, after checking every address the host resolves to."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        # Unknown names are usually typos, but a DNS outage is transient.
        if isinstance(exc, socket.gaierror) and exc.errno == socket.EAI_AGAIN:
            raise FetchUnavailable(f"The name {host} could not be resolved now ({exc}).") from exc
        raise FetchRefused(f"The host name {host} does not exist ({exc}).") from exc
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    if not addresses:
        raise FetchRefused(f"The host name {host} has no address.")
    for address in addresses:
        # One forbidden address is enough to refuse: a name that mixes public and internal
        # addresses is exactly what a rebinding attack looks like.
        why = address_refusal(address, allow_private=allow_private, allow_loopback=allow_loopback)
        if why:
            raise FetchRefused(
                f"Refused to fetch {host}: it resolves to {address}, {why}. Only public web "
                "addresses can be fetched."
            )
    return addresses[0]


def url_check(url: str) -> tuple[str, str, int, str]:
    """(scheme, host, port, path with query) of an http(s) URL, or FetchRefused."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise FetchRefused(f"This is not a valid web address: {url!r} ({exc}).") from exc
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchRefused(
            f"Only http:// and https:// addresses can be fetched, not {scheme or 'no scheme'}:// "
            f"({url})."
        )
    if not parts.hostname:
        raise FetchRefused(f"The address {url} has no host name.")
    path = parts.path or "/"
    if parts.query:
        path = f"{path}?{parts.query}"
    return scheme, parts.hostname, port or (443 if scheme == "https" else 80), path


def url_fetch(
    url: str,
    *,
    accept: tuple[str, ...] = PAGE_TYPES,
    max_bytes: int | None = None,
    max_redirects: int | None = None,
    connect_timeout: float | None = None,
    read_timeout: float | None = None,
    total_timeout: float | None = None,
    allow_private: bool | None = None,
    allow_loopback: bool | None = None,
    if_none_match: str = "",
    if_modified_since: str = "",
) -> FetchedPage:
    """GET a page within the limits (defaults from the FETCH_* settings) or raise FetchError.

    With if_none_match / if_modified_since (an ETag / Last-Modified from an earlier answer) the
    request is conditional, and a 304 answer returns a page with not_modified and no body."""
    max_bytes = max_bytes or _setting("FETCH_MAX_BYTES", 5 * 1024 * 1024)
    if max_redirects is None:
        max_redirects = _setting("FETCH_MAX_REDIRECTS", 5)
    timeout = urllib3.Timeout(
        connect=connect_timeout or _setting("FETCH_CONNECT_TIMEOUT", 5.0),
        read=read_timeout or _setting("FETCH_READ_TIMEOUT", 15.0),
    )
    deadline = time.monotonic() + (total_timeout or _setting("FETCH_TOTAL_TIMEOUT", 30.0))
    if allow_private is None:
        allow_private = _setting("FETCH_ALLOW_PRIVATE", False)
    if allow_loopback is None:
        allow_loopback = _setting("FETCH_ALLOW_LOOPBACK", False)
    conditional = {"If-None-Match": if_none_match, "If-Modified-Since": if_modified_since}
    conditional = {name: value for name, value in conditional.items() if value}

    current = url.strip()
    for _hop in range(max_redirects + 1):
        scheme, host, port, path = url_check(current)
        address = host_resolve(
            host, port, allow_private=allow_private, allow_loopback=allow_loopback
        )
        # Every hop is conditional: the validators describe the feed, wherever it now lives.
        response = _request(scheme, host, port, address, path, timeout, conditional=conditional)
        try:
            if response.status in (301, 302, 303, 307, 308):
                location = response.headers.get("Location")
                if not location:
                    raise FetchRefused(f"{current} redirects without saying where to.")
                current = urljoin(current, location)
                continue
            if response.status == 304 and conditional:
                # Unchanged since our validators: a 304 has no body, so there is no type or size
                # to check. A 304 to a request without validators is still refused below.
                return FetchedPage(
                    url=current, requested_url=url, status=304, content_type="", charset="",
                    body=b"", **_validators(headers=response.headers),
                )  # fmt: skip
            _status_check(response.status, current)
            content_type, charset = _content_type(response.headers.get("Content-Type", ""))
            if content_type not in accept:
                raise FetchRefused(
                    f"{current} is {content_type or 'of no stated type'}, not a web page or feed "
                    f"(accepted: {', '.join(accept)})."
                )
            body = _body_read(response, current, max_bytes=max_bytes, deadline=deadline)
            return FetchedPage(
                url=current, requested_url=url, status=response.status,
                content_type=content_type, charset=charset, body=body,
                **_validators(headers=response.headers),
            )  # fmt: skip
        finally:
            response.release_conn()
            response.close()
    raise FetchRefused(f"{url} redirects more than {max_redirects} times; not followed.")


def _validators(*, headers: urllib3.HTTPHeaderDict) -> dict[str, str]:
    """The response's ETag and Last-Modified as FetchedPage fields; unusable ones become ""."""
    found = {}
    for field, header in (("etag", "ETag"), ("last_modified", "Last-Modified")):
        value = (headers.get(header) or "").strip()
        found[field] = value if _VALIDATOR.fullmatch(value) else ""
    return found


def _request(scheme, host, port, address, path, timeout, *, conditional: dict[str, str]):
    headers = {
        "Host": host if port in (80, 443) else f"{host}:{port}",
        "User-Agent": _setting("FETCH_USER_AGENT", "conflicttracker/1 (+casualty claims)"),
        "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5",
        **conditional,
    }
    # Connect to the checked address; TLS still verifies the certificate for the host name.
    if scheme == "https":
        pool = urllib3.HTTPSConnectionPool(
            address, port, timeout=timeout, retries=False, server_hostname=host,
            assert_hostname=host, cert_reqs="CERT_REQUIRED",
            ca_certs=_setting("FETCH_CA_BUNDLE", "") or None,
        )  # fmt: skip
    else:
        pool = urllib3.HTTPConnectionPool(address, port, timeout=timeout, retries=False)
    try:
        return pool.urlopen(
            "GET", path, headers=headers, redirect=False, preload_content=False,
            retries=False, assert_same_host=False,
        )  # fmt: skip
    except (urllib3.exceptions.TimeoutError, urllib3.exceptions.ProtocolError) as exc:
        raise FetchUnavailable(f"{host} did not answer in time or dropped the connection.") from exc
    except urllib3.exceptions.SSLError as exc:
        raise FetchRefused(f"{host}'s HTTPS certificate could not be verified ({exc}).") from exc
    except (urllib3.exceptions.HTTPError, OSError) as exc:
        raise FetchUnavailable(f"{host} could not be reached ({exc}).") from exc


def _status_check(status: int, url: str) -> None:
    if status in (408, 425, 429) or status >= 500:
        raise FetchUnavailable(f"{url} answered HTTP {status}; will try again later.")
    if status >= 400:
        raise FetchRefused(f"{url} answered HTTP {status} (not found or not allowed).")
    if status != 200:
        raise FetchRefused(f"{url} answered HTTP {status}, not a page.")


def _content_type(header: str) -> tuple[str, str]:
    media, _, params = header.partition(";")
    charset = ""
    for param in params.split(";"):
        key, _, value = param.strip().partition("=")
        if key.lower() == "charset":
            charset = value.strip('"').lower()
    return media.strip().lower(), charset


def _body_read(response, url: str, *, max_bytes: int, deadline: float) -> bytes:
    limit = f"{max_bytes / 1_048_576:.1f} MB"
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchRefused(f"{url} is {int(declared) / 1_048_576:.1f} MB, over the {limit} limit.")
    chunks, size = [], 0
    try:
        while True:
            chunk = response.read(_CHUNK)
            if not chunk:
                break
            size += len(chunk)
            if size > max_bytes:
                raise FetchRefused(f"{url} is larger than the {limit} limit; stopped reading.")
            if time.monotonic() > deadline:
                raise FetchUnavailable(f"{url} took too long to send; stopped reading.")
            chunks.append(chunk)
    except (urllib3.exceptions.TimeoutError, urllib3.exceptions.ProtocolError) as exc:
        raise FetchUnavailable(f"{url} stopped sending before the page was complete.") from exc
    except urllib3.exceptions.DecodeError as exc:
        raise FetchRefused(f"{url} sent a body that could not be decompressed.") from exc
    return b"".join(chunks)
