"""Authoring aid: fill in ``start``/``end`` of every ``{doc: D, quote: "Q"}`` in a scenario YAML.

Usage: python scripts/fill_spans.py SCENARIO.yaml CORPUS_DIR

Rewrites flow mappings written as ``{doc: NAME, quote: "..."}`` (one line) to
``{doc: NAME, start: S, end: E, quote: "..."}`` using the first occurrence of the
quote in the document; fails loudly when a quote is not found. Spans already
filled are left alone (and are checked by ``accord validate`` and the tests).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

PATTERN = re.compile(r'\{doc: ([^,}]+), quote: "((?:[^"\\]|\\.)*)"\}')


def main(path: str, corpus: str) -> int:
    text = Path(path).read_text(encoding="utf-8")
    missing: list[str] = []

    def fill(m: re.Match[str]) -> str:
        doc, raw = m.group(1).strip(), m.group(2)
        quote = raw.replace('\\"', '"')
        body = (Path(corpus) / doc).read_text(encoding="utf-8")
        at = body.find(quote)
        if at < 0:
            missing.append(f"{doc}: {quote!r}")
            return m.group(0)
        return f'{{doc: {doc}, start: {at}, end: {at + len(quote)}, quote: "{raw}"}}'

    out = PATTERN.sub(fill, text)
    if missing:
        print("quotes not found:\n  " + "\n  ".join(missing), file=sys.stderr)
        return 1
    Path(path).write_text(out, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
