"""Turn an upload's raw bytes into the plain text claims are extracted from.

Pure functions, no Django: every refusal is an `UnreadableUpload` whose message is shown to
the person who uploaded the file, so it must say what is wrong and what to do.
"""

import hashlib
import re
import unicodedata

import trafilatura


class UnreadableUpload(ValueError):
    """The upload can never become text as it is (a permanent failure, not to retry)."""


_HTML_HINT = re.compile(rb"<\s*(!doctype\s+html|html|head|body|article|p|div)\b", re.I)
_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def looks_like_html(raw: bytes, filename: str = "") -> bool:
    if filename.lower().endswith((".html", ".htm")):
        return True
    return bool(_HTML_HINT.search(raw[:4096]))


def bytes_decode(raw: bytes) -> str:
    """Decode UTF-8 (with or without BOM) or UTF-16 with a BOM; refuse anything else."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise UnreadableUpload(f"The file claims to be UTF-16 but is not ({exc}).") from exc
    if b"\x00" in raw[:8192]:
        raise UnreadableUpload(
            "This looks like a binary file (it contains NUL bytes), not an article. "
            "Upload the article as a .txt or .html file."
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnreadableUpload(
            f"The file is not UTF-8 text (undecodable byte at position {exc.start}). "
            "Save it as UTF-8 and retry."
        ) from exc


def text_normalise(text: str) -> str:
    """One form for the same article however it was pasted: NFC, \\n, no runs of blanks."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def upload_to_text(raw: bytes, *, filename: str = "", max_bytes: int) -> tuple[str, str]:
    """Return (title, text) of an upload, or raise UnreadableUpload saying why not."""
    if len(raw) > max_bytes:
        raise UnreadableUpload(
            f"The file is {len(raw) / 1_048_576:.1f} MB, over the {max_bytes / 1_048_576:.1f} MB "
            "limit for one article. Split it or upload the article's own page."
        )
    if not raw.strip():
        raise UnreadableUpload("The upload is empty: there is no text to read.")
    decoded = bytes_decode(raw)
    title = ""
    if looks_like_html(raw, filename):
        text = trafilatura.extract(decoded, include_comments=False, include_tables=False) or ""
        meta = trafilatura.extract_metadata(decoded)
        title = (meta.title if meta and meta.title else "") or ""
        if title and not text.startswith(title):
            text = f"{title}\n\n{text}"
    else:
        text = decoded
    text = text_normalise(text)
    if not text:
        raise UnreadableUpload("No article text could be found in the upload.")
    controls = sum(1 for ch in text[:20000] if unicodedata.category(ch) == "Cc" and ch != "\n")
    if controls > 0.05 * min(len(text), 20000):
        raise UnreadableUpload("This looks like a binary file, not an article.")
    return title, text


_FURNITURE = re.compile(
    r"\.(jpe?g|png|gif|webp)$|^\d{1,2}:\d{2}\b|^(story highlights|advertisement|share|"
    r"updated|published)\b|^by\s",
    re.I,
)


def title_guess(text: str) -> str:
    """The headline: the first line near the top that is not page furniture (image file
    names, video durations, "Story highlights", bylines)."""
    lines = [line.strip() for line in text.split("\n")[:8] if line.strip()]
    for line in lines:
        if len(line.split()) >= 3 and not _FURNITURE.search(line):
            return line[:500]
    return lines[0][:500] if lines else ""


def content_hash(raw: bytes) -> str:
    """The identity of an upload: the same text pasted or uploaded twice hashes the same."""
    try:
        basis = text_normalise(bytes_decode(raw)).encode("utf-8")
    except UnreadableUpload:
        basis = raw
    return hashlib.sha256(basis).hexdigest()
