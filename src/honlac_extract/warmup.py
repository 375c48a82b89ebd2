"""spaCy and the pipeline loaded once per process, with Python's cyclic collector paused.

Importing spaCy and building the pipeline creates hundreds of thousands of objects that live as
long as the process. The cyclic garbage collector, started by allocation counts, walks them
again and again while they are being created (two full collections in one start-up) and finds
nothing to free: pausing it cuts the start-up by about a tenth (0.1 s), which every command and
every batch run pays once.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache


@contextmanager
def paused_gc() -> Iterator[None]:
    """The cyclic collector off for the block, and on again after it if it was on before.

    The switch is global to the interpreter: other threads' garbage waits for the block too,
    which for a start-up of about a second is harmless.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@cache
def warm() -> None:
    """Import spaCy and load the default pipeline in this process, once; a process forked from
    a warm one is warm already."""
    with paused_gc():
        from .spacy_import import import_spacy

        import_spacy()  # without spacy.cli, before the pipeline modules import spaCy
        from .api import extract  # here, not at the top: importing this module stays light

        extract("")
