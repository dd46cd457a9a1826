"""The FastAPI workbench (the ``web`` extra: pip install "accord[web]")."""

from accord._optional import require

require("fastapi", extra="web")
