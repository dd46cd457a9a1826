"""Read an XML file safely and remember the line of every element.

GENIUS files are plain data. The reader refuses document type declarations
and entities (no entity expansion, no external resources: the attacks
``defusedxml`` guards against) and records each element's line so errors can
say ``file:line``.

GENIUS reads its files with its own lenient parser (``SimpleDOMParser``), and
real ANAC files rely on that. :func:`read_xml` accepts what it accepts, and
says so in :attr:`XmlDoc.notes`:

* bytes that are not UTF-8: decoded with the encoding the XML declaration
  names, else as Windows-1252 / Latin-1 (every byte is a character there);
* a bare ``&`` (``AT & T``) or an ``&name;`` that is not one of XML's five
  predefined entities: read as the literal text;
* attributes with no space between them (``type="discrete"vtype=...``);
* an XML declaration that does not open the file (ANAC 2014 profiles start
  with a comment): dropped.

None of these expands an entity or fetches anything.
"""

from __future__ import annotations

import codecs
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn
from xml.parsers import expat

from accord.errors import InteropError

MAX_BYTES = 64 * 1024 * 1024
_PREDEFINED = r"(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);"
_BARE_AMP = re.compile(r"&(?!" + _PREDEFINED + ")")
_GLUED_ATTRIBUTE = re.compile(r'(=\s*"[^"<>]*")(?=[A-Za-z_])')
_DECLARATION = re.compile(r"<\?xml\b[^>]*\?>")
_ENCODING = re.compile(rb"""<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")


class _Refused(Exception):
    pass


@dataclass
class XmlDoc:
    """A parsed file: its root element and where each element starts."""

    path: Path
    root: ET.Element
    text: str
    _lines: dict[int, int] = field(default_factory=dict, repr=False)
    notes: list[str] = field(default_factory=list)

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
    text, notes = decode(data, path)
    doc = parse_xml(text, path)
    doc.notes[:0] = notes
    return doc


def decode(data: bytes, path: str | Path = "<bytes>") -> tuple[str, list[str]]:
    """The text of ``data`` and a note if it was not UTF-8.

    >>> decode("Caf\u00e9".encode("latin-1"))
    ('Café', ['<bytes>: not UTF-8 (byte 3); decoded as cp1252'])
    """
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    candidates = []
    m = _ENCODING.search(data[:200])
    if m:
        try:
            candidates.append(codecs.lookup(m.group(1).decode("ascii")).name)
        except LookupError:
            pass
    candidates += ["cp1252", "latin-1"]
    for enc in candidates:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        return text, [f"{Path(path).name}: not UTF-8 (byte {first_bad}); decoded as {enc}"]
    raise AssertionError("latin-1 decodes every byte")  # pragma: no cover


def _lenient(text: str, name: str) -> tuple[str, list[str]]:
    """GENIUS's parser's leniency, as text edits that keep every line where it was."""
    notes = []
    decl = _DECLARATION.search(text)
    if decl and text[: decl.start()].strip():
        text = text[: decl.start()] + " " * (decl.end() - decl.start()) + text[decl.end() :]
        notes.append(f"{name}: XML declaration not at the start of the file; ignored")
    glued = _GLUED_ATTRIBUTE.findall(text)
    if glued:
        text = _GLUED_ATTRIBUTE.sub(r"\1 ", text)
        notes.append(
            f"{name}: {len(glued)} attribute(s) not separated by a space; read as GENIUS does"
        )
    bare = _BARE_AMP.findall(text)
    if bare:
        text = _BARE_AMP.sub("&amp;", text)
        notes.append(f"{name}: {len(bare)} bare '&' read as text, as GENIUS's parser does")
    return text, notes


def parse_xml(text: str, path: str | Path = "<string>") -> XmlDoc:
    path = Path(path)
    if "<!DOCTYPE" in text or "<!ENTITY" in text:
        line = text.count("\n", 0, max(text.find("<!DOCTYPE"), text.find("<!ENTITY"))) + 1
        raise InteropError(
            f"{path}:{line}: document type declarations and entities are not "
            "allowed in GENIUS files (refused for safety)"
        )
    text, notes = _lenient(text, path.name)
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
    return XmlDoc(path=path, root=roots[0], text=text, _lines=lines, notes=notes)
