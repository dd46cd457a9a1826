"""Following the news: pages and feeds served on loopback, each item stored once."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from accord.services.feeds import feed_links, ingest_urls, is_feed
from accord.store.documents import DocumentStore

ARTICLE = """<html><head><title>{title}</title><meta property="og:site_name" content="Test Daily">
<meta name="date" content="{date}"></head><body><article><h1>{title}</h1>
<p>{body} The delegations are expected to meet again later this week, officials said, and the
mediators will present their answer to both sides once the talks resume.</p>
<p>Another paragraph follows so that the page reads as an article with a body of its own.</p>
</article></body></html>"""

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test feed</title><link>{base}/</link>
<item><title>One</title><link>{base}/one.html</link></item>
<item><title>Two</title><link>{base}/two.html</link></item>
<item><title>Gone</title><link>{base}/gone.html</link></item>
</channel></rss>"""


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def site(tmp_path: Path) -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(tmp_path))
    )
    base = f"http://127.0.0.1:{server.server_address[1]}"
    (tmp_path / "feed.xml").write_text(FEED.format(base=base))
    (tmp_path / "broken.xml").write_text('<?xml version="1.0"?><rss><channel><item><title>x')
    (tmp_path / "one.html").write_text(
        ARTICLE.format(
            title="Talks resume",
            date="2024-05-06",
            body="Negotiators met on Monday to discuss a pause.",
        )
    )
    (tmp_path / "two.html").write_text(
        ARTICLE.format(
            title="A new proposal",
            date="2024-05-07",
            body="Mediators tabled a new text on Tuesday.",
        )
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base
    finally:
        server.shutdown()
        server.server_close()


def test_a_feed_twice_stores_each_item_once(site: str, tmp_path: Path) -> None:
    with DocumentStore(tmp_path / "store.duckdb") as store:
        first = ingest_urls([f"{site}/feed.xml"], store, allow_private=True)
        assert first.feeds == [f"{site}/feed.xml"]
        assert sorted(first.added) == [f"{site}/one.html", f"{site}/two.html"]
        assert [u for u, _ in first.failed] == [f"{site}/gone.html"]
        second = ingest_urls([f"{site}/feed.xml", f"{site}/one.html"], store, allow_private=True)
        assert second.added == [] and sorted(set(second.known)) == sorted(first.added)
        docs = {d.name: d for d in store.documents()}
        assert len(docs) == 2
        one = docs[f"{site}/one.html"]
        assert one.title == "Talks resume" and one.outlet == "Test Daily"
        assert one.published == "2024-05-06" and "Negotiators met" in one.text


def test_bad_feeds_and_dead_links_are_reported_and_skipped(site: str, tmp_path: Path) -> None:
    with DocumentStore(tmp_path / "store.duckdb") as store:
        report = ingest_urls(
            [f"{site}/broken.xml", f"{site}/nothing-here", f"{site}/two.html"],
            store,
            allow_private=True,
        )
        reasons = dict(report.failed)
        assert "malformed or empty" in reasons[f"{site}/broken.xml"]
        assert "could not be fetched" in reasons[f"{site}/nothing-here"]
        assert report.added == [f"{site}/two.html"]


def test_non_public_addresses_are_refused_by_default(site: str, tmp_path: Path) -> None:
    with DocumentStore(tmp_path / "store.duckdb") as store:
        report = ingest_urls([f"{site}/one.html"], store)
        assert report.added == []
        assert "non-public address" in report.failed[0][1]


def test_feed_links_are_absolute_items_only() -> None:
    feed = FEED.format(base="https://news.example")
    assert is_feed(feed) and not is_feed("<html><body>page</body></html>")
    assert sorted(feed_links("https://news.example/feed.xml", feed)) == [
        "https://news.example/gone.html",
        "https://news.example/one.html",
        "https://news.example/two.html",
    ]


def test_ingest_command_takes_feeds_and_remembers_them(
    site: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    from typer.testing import CliRunner

    from accord.cli import app

    monkeypatch.setenv("ACCORD_HOME", str(tmp_path / "home"))
    runner = CliRunner()
    args = ["ingest", f"{site}/feed.xml", "--allow-private", "--no-extract", "--format", "json"]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    assert len(json.loads(first.stdout)["web"]["added"]) == 2
    again = runner.invoke(app, args)
    assert again.exit_code == 0, again.output
    assert json.loads(again.stdout)["web"]["added"] == []
    monkeypatch.setenv("ACCORD_HOME", str(tmp_path / "fresh"))  # a store that has seen nothing
    refused = runner.invoke(app, ["ingest", f"{site}/one.html", "--no-extract"])
    assert refused.exit_code == 3 and "non-public address" in refused.output
