"""Readers: turn paths, globs, directories and stdin into articles.

Each reader yields :class:`~iltis.model.Article` objects or :class:`Skipped` notes, never
raises for bad input, so that one broken file or line does not stop a corpus run.
"""

from __future__ import annotations

import glob
import hashlib
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from iltis.ingest.decode import decode_bytes
from iltis.ingest.errors import InputError, Skipped
from iltis.model import Article

STDIN = "-"
Item = Article | Skipped

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = {".warc", ".warc.gz", ".arc", ".arc.gz"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | WARC_SUFFIXES | FEED_SUFFIXES


# Per file for text and HTML, per article for JSONL and WARC.
DEFAULT_MAX_BYTES = 5_000_000


@dataclass(frozen=True, slots=True)
class ReadSettings:
    """Limits that protect a run from inputs it should not try to code."""

    max_bytes: int = DEFAULT_MAX_BYTES


def full_suffix(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if len(suffixes) == 2 and suffixes[1] == ".gz":
        return "".join(suffixes)
    return suffixes[-1] if suffixes else ""


def expand_paths(paths: Iterable[str]) -> Iterator[str | Skipped]:
    """Paths as given, globs expanded, directories walked for files of known formats."""
    for raw in paths:
        if raw == STDIN:
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and full_suffix(p) in KNOWN_SUFFIXES)
            if not found:
                yield Skipped(raw, "directory holds no readable files (.txt, .html, .jsonl, .warc, .rss)")
            yield from (str(p) for p in found)
        elif path.exists():
            yield raw
        elif glob.has_magic(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                yield Skipped(raw, "no file matches this pattern")
            for match in matches:
                yield from expand_paths([match])
        else:
            yield Skipped(raw, "no such file or directory")


def read_inputs(paths: Iterable[str], settings: ReadSettings = ReadSettings()) -> Iterator[Item]:
    for entry in expand_paths(paths):
        if isinstance(entry, Skipped):
            yield entry
        elif entry == STDIN:
            yield from read_bytes(sys.stdin.buffer.read(), "stdin", "", settings)
        else:
            yield from read_file(Path(entry), settings)


def read_file(path: Path, settings: ReadSettings = ReadSettings()) -> Iterator[Item]:
    source = str(path)
    suffix = full_suffix(path)
    try:
        size = path.stat().st_size
        if suffix in JSONL_SUFFIXES:
            with path.open("rb") as fh:
                yield from read_jsonl(fh, source, path.stem, settings)
            return
        if suffix in WARC_SUFFIXES:
            with path.open("rb") as fh:
                yield from read_warc(fh, source, settings)
            return
        if size > settings.max_bytes:
            yield Skipped(source, f"too large: {size} bytes (limit {settings.max_bytes}, see --max-bytes)")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Skipped(source, f"cannot read: {exc.strerror or exc}")
        return
    yield from read_bytes(data, source, path.stem, settings, suffix)


def sniff_format(data: bytes) -> str:
    head = data[:2048].lstrip().lower()
    if head.startswith(b"warc/"):
        return "warc"
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith((b"<rss", b"<feed")) or (head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head)):
        return "feed"
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head:
        return "html"
    return "text"


def format_of(suffix: str, data: bytes) -> str:
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in WARC_SUFFIXES:
        return "warc"
    if suffix in FEED_SUFFIXES:
        return "feed" if sniff_format(data) == "feed" else "html"
    return sniff_format(data)


def read_bytes(data: bytes, source: str, stem: str, settings: ReadSettings = ReadSettings(),
               suffix: str = "") -> Iterator[Item]:
    """Read one input whose bytes are in memory (a file or stdin)."""
    fmt = format_of(suffix, data)
    if fmt == "jsonl":
        yield from read_jsonl(io.BytesIO(data), source, stem or "stdin", settings)
        return
    if fmt == "warc":
        yield from read_warc(io.BytesIO(data), source, settings)
        return
    if len(data) > settings.max_bytes:
        yield Skipped(source, f"too large: {len(data)} bytes (limit {settings.max_bytes}, see --max-bytes)")
        return
    if not data.strip():
        yield Skipped(source, "empty input")
        return
    try:
        text, _encoding = decode_bytes(data)
        if fmt == "feed":
            yield from read_feed(text, source)
            return
        article = html_article(text, stem or "stdin", source) if fmt == "html" else text_article(text, stem or "stdin", source)
    except InputError as exc:
        yield Skipped(source, str(exc))
        return
    if article.date is None:
        article.date = date_in_name(stem)
    yield article


_NAME_DATE = re.compile(r"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)")


def date_in_name(stem: str) -> str | None:
    """A publication date written into a file name ("2024-03-12-gipfel.txt"), as archives do."""
    match = _NAME_DATE.search(stem)
    return match.group(1) if match else None


def text_article(text: str, article_id: str, source: str) -> Article:
    """Plain text; the first line is the title when a blank line follows it.

    The title stays in the text, because news gold (and readers) treat the headline as part
    of the article: its events and places are real.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n", 2)
    title = None
    if len(lines) >= 2 and lines[0].strip() and not lines[1].strip():
        title = lines[0].strip()
    return Article(id=article_id, text=text, title=title, source=source)


def html_article(html: str, article_id: str, source: str, url: str | None = None,
                 date: str | None = None) -> Article:
    import trafilatura  # slow to import; only HTML input needs it

    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura raises many types on broken markup
        raise InputError(f"malformed HTML ({type(exc).__name__})") from exc
    if doc is None or not (doc.text or "").strip():
        raise InputError("no article text found in HTML")
    return Article(id=article_id, text=doc.text, title=doc.title or None,
                   date=date or doc.date or None, url=url or doc.url or None, source=source)


def read_jsonl(fh: io.BufferedIOBase, source: str, stem: str, settings: ReadSettings) -> Iterator[Item]:
    """One article per line: ``id``, ``text`` and optional ``title``, ``date``, ``url``."""
    for number, line in enumerate(fh, 1):
        where = f"{source}:{number}"
        if not line.strip():
            continue
        if len(line) > settings.max_bytes:
            yield Skipped(where, f"too large: {len(line)} bytes (limit {settings.max_bytes}, see --max-bytes)")
            continue
        try:
            text, _ = decode_bytes(line)
            obj = json.loads(text)
        except (InputError, json.JSONDecodeError) as exc:
            yield Skipped(where, f"not a JSON object ({exc})")
            continue
        if not isinstance(obj, dict):
            yield Skipped(where, "not a JSON object")
            continue
        body = obj.get("text")
        if not isinstance(body, str) or not body.strip():
            yield Skipped(where, "no 'text' field with text in it")
            continue
        fields = {k: obj.get(k) for k in ("title", "date", "url")}
        if any(v is not None and not isinstance(v, str) for v in fields.values()):
            yield Skipped(where, "'title', 'date' and 'url' must be strings when given")
            continue
        article_id = obj.get("id")
        yield Article(id=str(article_id) if article_id is not None else f"{stem}:{number}",
                      text=body, source=where, **fields)


def read_warc(fh: io.BufferedIOBase, source: str, settings: ReadSettings) -> Iterator[Item]:
    """HTML responses of a WARC file, each extracted like an HTML page."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed
    from warcio.statusandheaders import StatusAndHeadersParserException

    found = 0
    try:
        for number, record in enumerate(ArchiveIterator(fh), 1):
            if record.rec_type != "response":
                continue
            content_type = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
            if "html" not in content_type.lower():
                continue
            found += 1
            url = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{source}:{url or number}"
            data = record.content_stream().read(settings.max_bytes + 1)
            if len(data) > settings.max_bytes:
                yield Skipped(where, f"too large (limit {settings.max_bytes} bytes, see --max-bytes)")
                continue
            warc_date = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
            try:
                text, _ = decode_bytes(data)
                yield html_article(text, stable_id(url or where), where, url=url, date=warc_date)
            except InputError as exc:
                yield Skipped(where, str(exc))
    except (ArchiveLoadFailed, StatusAndHeadersParserException, ValueError, EOFError, OSError) as exc:
        yield Skipped(source, f"malformed WARC ({type(exc).__name__}: {exc})")
        return
    if not found:
        yield Skipped(source, "WARC holds no HTML responses")


def read_feed(text: str, source: str) -> Iterator[Item]:
    """Entries of an RSS or Atom feed; entry HTML is reduced to its text."""
    import feedparser

    feed = feedparser.parse(text)
    if feed.bozo and not feed.entries:
        yield Skipped(source, f"malformed feed ({feed.bozo_exception})")
        return
    for number, entry in enumerate(feed.entries, 1):
        where = f"{source}:{number}"
        body = entry.get("content", [{}])[0].get("value") or entry.get("summary") or ""
        text = html_to_text(body)
        if not text.strip():
            yield Skipped(where, "feed entry without text")
            continue
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        date = datetime(*parsed[:6], tzinfo=UTC).date().isoformat() if parsed else None
        link = entry.get("link")
        yield Article(id=entry.get("id") or stable_id(link or where), text=text,
                      title=entry.get("title"), date=date, url=link, source=where)


def html_to_text(fragment: str) -> str:
    """Text of an HTML fragment, one paragraph per line."""
    if "<" not in fragment:
        return fragment
    import lxml.html

    try:
        root = lxml.html.fromstring(fragment)
    except Exception:  # lxml's parser errors have no common base worth naming
        return ""
    for br in root.iter("br", "p", "div", "li"):
        br.tail = "\n" + (br.tail or "")
    return "\n".join(line.strip() for line in root.text_content().splitlines() if line.strip())


def stable_id(key: str) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
