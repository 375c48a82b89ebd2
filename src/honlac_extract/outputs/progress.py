"""Telling the user how a batch goes: a bar on a terminal, plain lines in logs, or nothing.

The bar is tqdm's: spaCy already depends on it (so it costs no extra install), it has no
dependencies of its own, draws on any stream and leaves room for log lines (``tqdm.write``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, TextIO

from tqdm import tqdm

Status = Literal["converted", "skipped", "failed"]
Mode = Literal["bar", "log", "quiet"]


def choose_mode(stream: TextIO, quiet: bool) -> Mode:
    """A bar only when a person watches a terminal; plain lines when stderr goes to a file."""
    if quiet:
        return "quiet"
    isatty = getattr(stream, "isatty", None)
    return "bar" if isatty is not None and isatty() else "log"


@dataclass
class Progress:
    """Counts outcomes and reports each one the way ``mode`` asks.

    Failures are printed in every mode (also ``quiet``): they are what the user must act on.
    """

    total: int
    stream: TextIO
    mode: Mode
    converted: int = 0
    skipped: int = 0
    failed: int = 0
    with_warnings: int = 0
    _bar: Any = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.mode == "bar":
            self._bar = tqdm(total=self.total, file=self.stream, unit="note", dynamic_ncols=True)

    def _line(self, text: str) -> None:
        if self._bar is not None:
            self._bar.write(text, file=self.stream)
        else:
            print(text, file=self.stream, flush=True)

    def report(self, status: Status, name: str, detail: str, warnings: tuple[str, ...]) -> None:
        """Count one note; ``detail`` is the output written, or the error of a failure."""
        if status == "converted":
            self.converted += 1
            self.with_warnings += bool(warnings)
        elif status == "skipped":
            self.skipped += 1
        else:
            self.failed += 1
        done = self.converted + self.skipped + self.failed
        if status == "failed":
            self._line(f"[{done}/{self.total}] failed {name}: {detail}")
        elif self.mode != "quiet":
            if self.mode == "log":
                suffix = " (up to date)" if status == "skipped" else ""
                self._line(f"[{done}/{self.total}] {status} {name} -> {detail}{suffix}")
            for warning in warnings:
                self._line(f"warning: {name}: {warning}")
        if self._bar is not None:
            self._bar.update(1)

    def close(self) -> None:
        """Remove the bar (the summary follows as plain text)."""
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def summary(self) -> str:
        """One line: what was converted, skipped and failed."""
        warned = f" ({self.with_warnings} with warnings)" if self.with_warnings else ""
        return (
            f"{self.total} notes: {self.converted} converted{warned}, "
            f"{self.skipped} skipped (up to date), {self.failed} failed"
        )
