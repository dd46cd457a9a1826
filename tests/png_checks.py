"""What a PNG file written by ``--plot`` must be: a real, non-blank image of the expected size.

Read with the standard library only (the ``plot`` extra brings no image library):
the signature, the IHDR chunk's size, and the decompressed pixel rows, whose
variety tells a drawn chart from a blank or single-colour canvas.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from the IHDR chunk (the first after the signature)."""
    assert data[:8] == SIGNATURE, "not a PNG file"
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR" and length == 13
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def pixel_bytes(data: bytes) -> bytes:
    """The decompressed image data (filtered rows) of every IDAT chunk."""
    pos, chunks = 8, []
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        if kind == b"IDAT":
            chunks.append(data[pos + 8 : pos + 8 + length])
        pos += 12 + length
        if kind == b"IEND":
            break
    return zlib.decompress(b"".join(chunks))


def assert_chart_png(path: Path, size: tuple[int, int] | None = None, min_bytes: int = 20_000):
    """``path`` is a PNG of ``size`` pixels (when given) with a drawn chart on it, not a blank canvas."""
    data = Path(path).read_bytes()
    width, height = png_size(data)
    if size is not None:
        assert (width, height) == size
    assert width >= 400 and height >= 300, (width, height)
    assert len(data) >= min_bytes, f"{len(data)} bytes: too small for a chart"
    pixels = pixel_bytes(data)
    # a blank or one-colour canvas has a handful of byte values; text and lines bring hundreds
    assert len(set(pixels)) >= 64, f"only {len(set(pixels))} distinct byte values: a blank image?"
    return width, height
