"""The contract every registered document reader passes (docs/extending.md, "Document readers")."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from accord.errors import EvidenceError
from accord.evidence.ingest import scan
from accord.evidence.readers import READERS, Reader, read_file, reader_for, register, suffixes
from accord.model.extraction import Document
from accord.services.ingest import ingest
from accord.store.documents import DocumentStore

MODULES = {"evidence": "trafilatura"}  # the package each extra brings that a reader needs


def _needs(reader: Reader) -> None:
    if reader.extra and importlib.util.find_spec(MODULES[reader.extra]) is None:
        pytest.skip(f"the {reader.extra} extra is not installed")


@pytest.fixture(params=sorted(READERS), ids=sorted(READERS))
def reader(request) -> Reader:
    return READERS[request.param]


def test_the_example_reads_into_documents_with_the_words(reader: Reader, tmp_path: Path) -> None:
    _needs(reader)
    for suffix in reader.suffixes:
        path = tmp_path / f"example{suffix}"
        path.write_text(reader.example, encoding="utf-8")
        assert reader_for(path, reader.example) is reader
        items = list(read_file(path))
        assert items and all(isinstance(d, Document) for d in items), items
        for doc in items:
            assert doc.name and doc.source and doc.text.strip()
            assert reader.words in doc.text
            assert doc.published is None or len(doc.published) == 10  # ISO date, checked


def test_a_folder_walk_takes_the_format(reader: Reader, tmp_path: Path) -> None:
    tmp_path.mkdir(exist_ok=True)
    (tmp_path / f"a{reader.suffixes[0]}").write_text(reader.example, encoding="utf-8")
    files, skipped = scan([tmp_path])
    assert [f.name for f in files] == [f"a{reader.suffixes[0]}"] and not skipped


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"\x00\x01binary", "binary"),
        (b"caf\xe9 talks", "UTF-8"),
    ],
)
def test_bad_bytes_are_one_error_never_an_exception(
    reader: Reader, tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / f"bad{reader.suffixes[0]}"
    path.write_bytes(content)
    items = list(read_file(path))
    assert len(items) == 1 and isinstance(items[0], EvidenceError) and reason in str(items[0])


def test_broken_content_is_reported_not_raised(reader: Reader, tmp_path: Path) -> None:
    """Half a file (cut mid-way) gives documents or errors naming the file, never a traceback."""
    _needs(reader)
    path = tmp_path / f"cut{reader.suffixes[0]}"
    path.write_text(reader.example[: len(reader.example) // 2] + "\n{", encoding="utf-8")
    for item in read_file(path):
        if isinstance(item, EvidenceError):
            assert str(path) in str(item)
        else:
            assert isinstance(item, Document) and item.text.strip()


def test_the_example_is_stored_once(reader: Reader, tmp_path: Path) -> None:
    """Through the services layer into the store, and not again on a re-run."""
    _needs(reader)
    path = tmp_path / f"example{reader.suffixes[0]}"
    path.write_text(reader.example, encoding="utf-8")
    with DocumentStore(tmp_path / "store.duckdb") as store:
        first = ingest(store, [path])
        again = ingest(store, [path])
    assert first.added and not first.failed
    assert again.duplicates == first.added and not again.added


def test_names_and_suffixes_are_unique() -> None:
    taken = [s for r in READERS.values() for s in r.suffixes]
    assert len(taken) == len(set(taken)) == len(suffixes())
    with pytest.raises(ValueError, match="registered"):
        register(READERS["text"])


def test_the_guide_s_example_reader_passes_the_contract(tmp_path: Path, monkeypatch) -> None:
    """docs/extending.md's Markdown reader, added to a copy of the registry, works as written."""
    from collections.abc import Iterator

    from accord.evidence import readers

    guide = (Path(__file__).parents[2] / "docs/extending.md").read_text(encoding="utf-8")
    section = guide.split("## Document readers", 1)[1]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    monkeypatch.setattr(readers, "READERS", dict(READERS))
    namespace = {
        "Path": Path,
        "Iterator": Iterator,
        "Document": Document,
        "EvidenceError": EvidenceError,
        "Reader": Reader,
        "register": readers.register,
    }
    exec(compile(code, "docs/extending.md", "exec"), namespace)
    new = readers.READERS["markdown"]
    test_the_example_reads_into_documents_with_the_words(new, tmp_path)
    test_a_folder_walk_takes_the_format(new, tmp_path / "walk")
    assert "markdown" not in READERS  # the real registry is untouched
