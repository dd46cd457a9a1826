"""The FastAPI workbench."""
