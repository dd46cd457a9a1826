"""Read an XML file safely and remember the line of every element.

GENIUS files are plain data. The reader refuses document type declarations
and entities (no entity expansion, no external resources: the attacks
``defusedxml`` guards against) and records each element's line so errors can
say ``file:line``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn
from xml.parsers import expat

from accord.errors import InteropError

MAX_BYTES = 64 * 1024 * 1024


class _Refused(Exception):
    pass


@dataclass
class XmlDoc:
    """A parsed file: its root element and where each element starts."""

    path: Path
    root: ET.Element
    text: str
    _lines: dict[int, int] = field(default_factory=dict, repr=False)

    @property
    def name(self) -> str:
        return self.path.name

    def where(self, el: ET.Element | None = None) -> str:
        """``file:line`` of ``el`` (just the file name without an element)."""
        if el is None:
            return str(self.path)
        return f"{self.path}:{self._lines.get(id(el), '?')}"

    def error(self, el: ET.Element | None, message: str) -> InteropError:
        tag = ""
        if el is not None:
            label = el.get("name") or el.get("value") or el.get("index")
            tag = f" <{el.tag}{f' {label!r}' if label else ''}>"
        return InteropError(f"{self.where(el)}:{tag} {message}")


def read_xml(path: str | Path) -> XmlDoc:
    """Parse ``path``; raise :class:`InteropError` naming the file and line on any problem."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InteropError(f"{path}: no such file") from None
    except OSError as exc:
        raise InteropError(f"{path}: cannot read ({exc.strerror})") from None
    if len(data) > MAX_BYTES:
        raise InteropError(f"{path}: {len(data)} bytes is too large for a GENIUS file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InteropError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    return parse_xml(text, path)


def parse_xml(text: str, path: str | Path = "<string>") -> XmlDoc:
    path = Path(path)
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    stack: list[ET.Element] = []
    roots: list[ET.Element] = []
    lines: dict[int, int] = {}

    def start(tag: str, attrs: dict[str, str]) -> None:
        el = ET.Element(tag, attrs)
        if stack:
            stack[-1].append(el)
        else:
            roots.append(el)
        stack.append(el)
        lines[id(el)] = parser.CurrentLineNumber

    def end(tag: str) -> None:
        stack.pop()

    def refuse(*_args: object) -> NoReturn:
        raise _Refused(parser.CurrentLineNumber)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    try:
        parser.Parse(text, True)
    except _Refused as exc:
        raise InteropError(
            f"{path}:{exc.args[0]}: document type declarations and entities are not "
            "allowed in GENIUS files (refused for safety)"
        ) from None
    except expat.ExpatError as exc:
        raise InteropError(
            f"{path}:{exc.lineno}:{exc.offset + 1}: malformed XML: {expat.ErrorString(exc.code)}"
        ) from None
    if not roots:
        raise InteropError(f"{path}: empty XML document")
    return XmlDoc(path=path, root=roots[0], text=text, _lines=lines)
