"""Errors the library raises for input it cannot read as a note."""

from __future__ import annotations


class InputError(ValueError):
    """A file that cannot be read as a note; the message names the file and the problem."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
