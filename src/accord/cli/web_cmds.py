"""Commands of this group register on accord.cli.app.app."""

from accord.cli.app import app  # noqa: F401
