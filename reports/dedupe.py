"""Recognising the same article: normalised URLs and a near-duplicate text fingerprint.

Pure functions, no ORM. The fingerprint is a 64-bit SimHash over word 3-shingles, stored as 16
hex digits in Article.fingerprint. Two texts are near-identical when their fingerprints differ
in at most NEAR_BITS bits: a wire story re-published with another byline or a changed
headline differs in a few bits, a different story in about 32 (and two random fingerprints are
within 7 bits with a probability of about 4e-11; the 101 corpus articles are 18 bits
apart at the closest).

Finding candidates without comparing against every article: split the 64 bits into BANDS = 8
bands of 8 bits (two hex digits). If two fingerprints differ in at most 7 bits, at least one
band is identical (pigeonhole), so the database is asked only for fingerprints sharing a band
(about 3 % of unrelated articles), and the exact distance is checked here.
"""

import hashlib
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

NEAR_BITS = 7
BANDS = 8  # must exceed NEAR_BITS for the pigeonhole argument
MIN_WORDS = 40  # shorter texts are too alike by chance ("Two people were killed on Monday.")
_WORD = re.compile(r"\w+", re.UNICODE)
_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ref|smid)$", re.I)


def url_normalise(url: str) -> str:
    """One spelling for one page: lower-case scheme and host, no default port, no fragment,
    no tracking parameters (utm_*, fbclid...), no trailing slash on a non-root path."""
    url = (url or "").strip()
    if not url:
        return ""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    path = parts.path or "/"
    if len(path) > 1:
        path = path.rstrip("/")
    query = urlencode(
        [
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not _TRACKING.match(k)
        ]
    )
    return urlunsplit((scheme, host, path, query, ""))


def text_fingerprint(text: str) -> str:
    """16 hex digits of SimHash, or "" for a text too short to fingerprint reliably."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < MIN_WORDS:
        return ""
    weights = [0] * 64
    for i in range(len(words) - 2):
        shingle = " ".join(words[i : i + 3]).encode("utf-8")
        value = int.from_bytes(hashlib.blake2b(shingle, digest_size=8).digest(), "big")
        for bit in range(64):
            weights[bit] += 1 if value >> bit & 1 else -1
    result = 0
    for bit in range(64):
        if weights[bit] > 0:
            result |= 1 << bit
    return f"{result:016x}"


def fingerprint_bands(fingerprint: str) -> list[str]:
    """The BANDS hex bands; each is compared only with the band at the same position."""
    size = len(fingerprint) // BANDS
    return [fingerprint[i * size : (i + 1) * size] for i in range(BANDS)]


def fingerprint_distance(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()


def fingerprints_near(a: str, b: str) -> bool:
    return bool(a and b) and fingerprint_distance(a, b) <= NEAR_BITS
