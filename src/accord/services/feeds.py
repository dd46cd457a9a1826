"""Follow the news: ingest web pages and RSS/Atom feeds, each item once.

``accord ingest URL ...`` fetches each URL with trafilatura. A feed (RSS,
Atom or JSON Feed) is read with trafilatura's feed reader and every item it
links to is fetched in turn; a page is extracted (text, title, date, site
name) and stored as a document. The store remembers every URL stored (or
found to duplicate a stored text), so a re-run fetches only new items. A dead
link or a malformed feed is reported and skipped; the rest goes on.

trafilatura refuses non-public addresses by default (protection against
server-side request forgery); ``allow_private=True`` lifts that, for feeds
served on a local network or loopback.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from accord.errors import InputError
from accord.model.extraction import Document
from accord.validators import MAX_CHARS, DocumentTooLong, check_length

FEED_MARKERS = ("<rss", "<feed", "<rdf:rdf")


@dataclass
class FetchReport:
    """What a fetch did: documents stored, items already known, failures with reasons."""

    added: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    known: list[str] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "duplicates": self.duplicates,
            "known": self.known,
            "feeds": self.feeds,
            "failed": [{"url": u, "reason": r} for u, r in self.failed],
        }


def is_url(text: str) -> bool:
    """An http(s) address (anything else is a path).

    >>> is_url("https://example.org/feed.xml"), is_url("news/feed.xml")
    (True, False)
    """
    return urlsplit(str(text)).scheme in ("http", "https")


def _private(url: str) -> bool:
    """Is the URL's host a loopback, private or link-local address (or localhost)?"""
    import ipaddress

    host = urlsplit(url).hostname or ""
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return False
    return ip.is_private or ip.is_loopback or ip.is_link_local


def _config(allow_private: bool) -> Any:
    from trafilatura.settings import use_config

    config = use_config()
    config["DEFAULT"]["SSRF_PROTECTION"] = "false" if allow_private else "true"
    return config


def _fetch(url: str, config: Any) -> str | None:
    import trafilatura

    return trafilatura.fetch_url(url, config=config)


def is_feed(text: str) -> bool:
    head = text.lstrip()[:2000].lower()
    return any(m in head for m in FEED_MARKERS) or (head.startswith("{") and '"items"' in head)


def feed_links(url: str, text: str) -> list[str]:
    """The item links of an RSS/Atom/JSON feed, absolute, http(s) only, in feed order."""
    from trafilatura.feeds import FeedParameters, find_links

    parts = urlsplit(url)
    params = FeedParameters(
        f"{parts.scheme}://{parts.netloc}", parts.hostname or "", url, True, None
    )
    links = []
    for link in find_links(text.strip(), params):
        absolute = urljoin(url, link)
        # the channel's own link (the site's home page) is not an item
        if (
            is_url(absolute)
            and absolute != url
            and urlsplit(absolute).path not in ("", "/")
            and absolute not in links
        ):
            links.append(absolute)
    return links


def page_document(url: str, markup: str) -> Document | None:
    """A fetched page as a document (None when no article text can be extracted)."""
    import trafilatura

    result = trafilatura.bare_extraction(
        markup, url=url, with_metadata=True, include_comments=False
    )
    text = getattr(result, "text", None) if result is not None else None
    if not text or not text.strip():
        return None
    return Document(
        name=url,
        text=text,
        source=url,
        url=url,
        title=getattr(result, "title", None),
        outlet=getattr(result, "sitename", None) or urlsplit(url).hostname,
        published=getattr(result, "date", None),
    )


def _raise(chars: int) -> str:
    return f"raise it with --max-chars {chars}, or split the text"


def ingest_urls(
    urls: list[str],
    store: Any,
    allow_private: bool = False,
    max_items: int = 200,
    max_chars: int = MAX_CHARS,
) -> FetchReport:
    """Fetch pages and feeds into ``store`` (a :class:`~accord.store.documents.DocumentStore`).

    A page over the extraction budget (``max_chars`` characters of text, or 20 times that
    of markup) is reported as failed with the limit and not remembered, so a re-run with a
    higher ``--max-chars`` fetches it again; a long text is stored as sections.
    """
    from accord.evidence.ingest import sections
    from accord.store.fetched import FetchMemory

    memory = FetchMemory(store.con)
    config = _config(allow_private)
    report = FetchReport()
    queue = list(urls)
    while queue:
        url = queue.pop(0)
        if memory.seen(url):
            report.known.append(url)
            continue
        text = _fetch(url, config)
        if text is None:
            why = (
                "refused: a non-public address (allow it with --allow-private)"
                if not allow_private and _private(url)
                else "could not be fetched (dead link, refused, or not text)"
            )
            report.failed.append((url, why))
            continue
        if is_feed(text):
            links = feed_links(url, text)
            if not links:
                report.failed.append((url, "a feed with no readable items (malformed or empty)"))
                memory.remember(url, "feed", "empty")
                continue
            report.feeds.append(url)
            memory.remember(url, "feed", "read")
            queue.extend(links[:max_items])
            continue
        try:
            if len(text) > 20 * max_chars:  # markup is parsed before its text is known
                check_length(url, len(text), 20 * max_chars, _raise(len(text) // 20), " of HTML")
            doc = page_document(url, text)
            if doc is not None:
                check_length(url, len(doc.text), max_chars, _raise(len(doc.text)))
        except DocumentTooLong as exc:
            report.failed.append((url, str(exc)))
            continue
        if doc is None:
            report.failed.append((url, "no article text found in the page"))
            continue
        try:
            added = any(store.add_many(sections(doc)))
        except InputError as exc:  # e.g. a page dated outside 1900..next year: skip it, go on
            report.failed.append((url, str(exc)))
            continue
        (report.added if added else report.duplicates).append(url)
        memory.remember(url, "page", "stored" if added else "duplicate")
    return report
