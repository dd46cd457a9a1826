"""Request bodies are read as a stream and capped: a larger body is refused with 413 before it is held.

The cap is checked on the ``Content-Length`` header when there is one, and
on the bytes actually received otherwise (chunked uploads), so at most
``max_bytes`` of a request are ever kept in memory. The answer uses the
API's error shape and states the limit. (Starlette's own body limit answers
a too-long ``Content-Length`` in plain text, hence this small middleware.)
"""

from __future__ import annotations

import json
from typing import Any

MAX_BODY_BYTES = 3_000_000  # a 2 MB scenario file and its JSON envelope


def too_large(max_bytes: int) -> bytes:
    return json.dumps(
        {
            "error": "RequestTooLarge",
            "detail": f"the request body is larger than the limit of {max_bytes:,} bytes; send a smaller "
            "file (scenarios up to 2 MB; articles up to the extraction budget, `accord serve --max-chars`)",
        }
    ).encode()


class BodyLimit:
    """ASGI middleware: stream the body, refuse it with 413 once it passes ``max_bytes``."""

    def __init__(self, app: Any, max_bytes: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_bytes:
            await self._refuse(send)
            return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            size += len(body)
            if size > self.max_bytes:
                await self._refuse(send)
                return
            chunks.append(body)
            more = message.get("more_body", False)
        replay = [{"type": "http.request", "body": b"".join(chunks), "more_body": False}]

        async def receive_again() -> dict[str, Any]:
            if replay:
                return replay.pop()
            return await receive()

        await self.app(scope, receive_again, send)

    async def _refuse(self, send: Any) -> None:
        body = too_large(self.max_bytes)
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})
