"""Score the extractor on the invented evaluation sets kept in ``benchmarks/evidence_sets``.

    python3 benchmarks/score_sets.py                  # every read set, then the blind sets pooled
    python3 benchmarks/score_sets.py --without-published  # and the dates read from the text

Read sets (``evidence_sets/read/<name>``) are scored one by one and pooled; the blind sets
(``evidence_sets/blind-*.tar.gz``) are unpacked into a temporary folder and scored pooled and
by set, **figures only**: nothing of their text or gold is printed, so they stay unread (see
``evidence_sets/README.md``). The figures are those of ``accord eval extraction`` (matched,
gold and extracted items per kind; speaker accuracy over matched claims).
"""

from __future__ import annotations

import argparse
import shutil
import tarfile
import tempfile
from pathlib import Path

from accord.evidence.scoring import evaluate

SETS = Path(__file__).resolve().parent / "evidence_sets"
KINDS = ("claims", "counts", "events")


def _pooled(folders: list[Path], into: Path) -> tuple[Path, Path]:
    """One JSON Lines file and one gold folder holding every set of ``folders``."""
    gold = into / "gold"
    gold.mkdir(parents=True)
    docs = into / "articles.jsonl"
    with docs.open("w", encoding="utf-8") as out:
        for folder in folders:
            out.write((folder / "articles.jsonl").read_text(encoding="utf-8"))
            for g in sorted((folder / "gold").glob("*.json")):
                shutil.copy(g, gold / g.name)
    return docs, gold


def _line(name: str, result: dict, dates: bool = False) -> str:
    support = result["support"]
    cells = [
        f"{kind} {result[kind]['f1']:.3f} ({support[kind]['matched']}/{support[kind]['gold']}; "
        f"{support[kind]['extracted']})"
        for kind in KINDS
    ]
    speaker = result["attributes"].get("claims.speaker", 0.0)
    line = f"{name:34} " + "  ".join(cells) + f"  speaker {speaker:.3f}"
    if dates:
        d = support["dates"]
        line += f"  dates {d['matched']}/{d['gold']} right ({d['extracted']} given a day)"
    return line


def score(folders: list[Path], without_published: bool) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        docs, gold = _pooled(folders, Path(tmp))
        return evaluate(gold, docs, without_published=without_published)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--without-published", action="store_true", help="infer dates from text")
    args = parser.parse_args()
    dated = args.without_published
    print("F1 (matched/gold; extracted) per kind, speaker accuracy over matched claims")
    if dated:
        print("dates: publication dates read from the text alone, right of those the gold dates")
    read = sorted(p for p in (SETS / "read").iterdir() if p.is_dir())
    for folder in read:
        print(_line(f"read {folder.name}", score([folder], dated), dated))
    if read:
        print(_line("read, pooled", score(read, dated), dated))
    for archive in sorted(SETS.glob("blind-*.tar.gz")):
        with tempfile.TemporaryDirectory() as tmp:
            with tarfile.open(archive) as tar:
                tar.extractall(tmp, filter="data")
            sets = sorted(p for p in Path(tmp).iterdir() if p.is_dir())
            for folder in sets:
                print(_line(f"blind {folder.name}", score([folder], dated), dated))
            print(_line(f"{archive.name}, pooled", score(sets, dated), dated))


if __name__ == "__main__":
    main()
