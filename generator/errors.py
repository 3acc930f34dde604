"""Errors a user can act on: one sentence naming the file and, where known, the line."""
from __future__ import annotations


class InputError(Exception):
    """Bad input (a report, a code list, a corrections file): exit code 1, no traceback."""

    def __init__(self, path: object, message: str, line: int | None = None) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")

    def __reduce__(self):  # pickled from a worker process to the parent with its fields
        return (type(self), (self.path, self.message, self.line))
