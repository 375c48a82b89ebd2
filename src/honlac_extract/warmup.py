"""spaCy and the pipeline loaded once per process, with Python's cyclic collector paused.

Importing spaCy and building the pipeline creates hundreds of thousands of objects that live as
long as the process. The cyclic garbage collector, started by allocation counts, walks them
again and again while they are being created (two full collections in one start-up) and finds
nothing to free: pausing it cuts the start-up by about a tenth (0.1 s), which every command and
every batch run pays once.

In the command line's own process (:func:`start_command`) the collector is off from the start,
and what the start-up built is frozen (``gc.freeze``) before it is switched on: the first
collection after a pause otherwise walks every object made during it (about 0.04 s after
loading the pipeline), and later ones walk them again, for objects that live until the end.
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


_COMMAND = {"on": False}
"""Whether this process is the command line's (:func:`start_command` was called)."""


def start_command() -> None:
    """The process is the command line's: the collector is off until :func:`started`.

    Only the console script calls this: a frozen object is never examined again, so cyclic
    garbage that exists when :func:`started` or :func:`warm` freeze is kept for good (in a
    start-up, a few thousand objects of module imports), which a library caller's process,
    with garbage of its own, should not get.
    """
    _COMMAND["on"] = True
    gc.disable()


def started() -> None:
    """In the command line's process: freeze what the start-up made, then collect again."""
    if _COMMAND["on"]:
        gc.freeze()
        gc.enable()


@cache
def warm() -> None:
    """Import spaCy and load the default pipeline in this process, once; a process forked from
    a warm one is warm already. In the command line's process the pipeline is frozen."""
    with paused_gc():
        from .spacy_import import import_spacy

        import_spacy()  # without spacy.cli, before the pipeline modules import spaCy
        from .api import extract  # here, not at the top: importing this module stays light

        extract("")
        if _COMMAND["on"]:
            gc.freeze()  # before the collector is back: its first walk would visit all of it
