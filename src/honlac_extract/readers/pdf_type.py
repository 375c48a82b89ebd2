"""A PDF line's type size, weight and baseline, read from as few characters as can tell them.

A line's values are the median size, the majority weight and the median baseline over sampled
characters: its first SAMPLES visible characters (no-break spaces and a line-end hyphen are
not sampled) and every SAMPLE_EVERY-th character of the line after them. pdfium gives every
character its text object's font and size, so a sample's values are its object's (read once
per object, :meth:`TextLayer.type_of`), and the medians need only how many samples each
object holds. Those are found by halving the samples: a stretch whose first and last samples
lie in one text object and which pdfium gives one rectangle (one stretch of one object) is
counted whole. Most lines are one text object and cost three calls. A line over a few
stretches of one object each (a paragraph number or a footnote mark in an object of its own)
is read stretch by stretch (:func:`_by_stretches`, about ten calls, its samples counted only
when the stretches' types differ); halving is left for lines of more stretches and lines
with a glyph pdfium's rectangles may leave out.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left

from .pdfium_text import TextLayer

SAMPLES, SAMPLE_EVERY = 24, 6
"""Type size, weight and baseline are read for a line's first SAMPLES visible characters and
every SAMPLE_EVERY-th character after: a line's type is uniform enough."""
MAX_STRETCHES = 4
"""Lines over which pdfium gives more stretches of one text object are counted by halving
their samples (:func:`_spans`), not stretch by stretch."""

_BLANK = r"[^\S\r\n\u00a0\u2007\u202f]"
_PIECES = re.compile(rf"([^\s\ufffe]+)|([\u00a0\u2007\u202f])|({_BLANK}+)")
"""A line's visible characters (sampled), a kept no-break space, spaces (one at most)."""

_VISIBLE = re.compile(r"[^\s\ufffe]")
_SQUEEZED = re.compile(rf"\r|{_BLANK}{{2}}")
_LEADING = re.compile(_BLANK)
"""What the line's text squeezes: with none, a character's place in the line is its offset."""

Span = tuple[int, int, int]
"""Samples ``[first, stop)`` (indices into the sample list) shown by one text object."""


def line_type(
    layer: TextLayer, text: str, where: tuple[int, int, int, int], odd: bool = False
) -> tuple[float, bool, float]:
    """Size, boldness and baseline of the line ``text[begin:stop]`` whose first and last
    sampled characters are at ``first`` and ``last`` (``last`` -1: none is), ``where`` being
    ``(begin, stop, first, last)``; ``odd`` when the line shows a glyph of (nearly) no area,
    which pdfium's stretches leave out (its object would not be seen): its samples are then
    counted by halving (:func:`_spans`), as any line of more stretches."""
    begin, stop, first, last = where
    handle = layer.text_object(first)
    if handle and last >= first:
        count = layer.rects(first, last + 1 - first)
        if count == 1 and layer.text_object(last) == handle:
            size, bold, baseline = layer.type_of(first, handle)
            if baseline is not None:
                return size, bold, baseline
        elif 1 < count <= MAX_STRETCHES and not odd:
            found = _by_stretches(layer, text, where, handle, count)
            if found is not None:
                return found
    samples = _samples(text, begin, stop) or [first]
    sizes: list[tuple[float, int]] = []
    baselines: list[tuple[float, int]] = []
    bolds = 0
    for start, end, owner in _spans(layer, samples):
        size, bold, baseline = layer.type_of(samples[start], owner)
        sizes.append((size, end - start))
        bolds += (end - start) * bold
        if baseline is None:  # skewed or rotated: a baseline per character
            baselines += [(layer.baseline(index), 1) for index in samples[start:end]]
        else:
            baselines.append((baseline, end - start))
    return median_of_counts(sizes), bolds * 2 > len(samples), median_of_counts(baselines)


def _by_stretches(
    layer: TextLayer, text: str, where: tuple[int, int, int, int], handle: int, count: int
) -> tuple[float, bool, float] | None:
    """The line's type from pdfium's ``count`` stretches of one text object each over its
    sampled range, None when a stretch's object is generated or skewed. Where each stretch
    starts is found by halving the range (the number of rectangles of a range's first ``n``
    characters only grows with ``n``), its object read there; samples need counting only when
    the objects' types differ (most lines: a paragraph number or a footnote mark in an object
    of its own, in the same type)."""
    begin, stop, first, last = where
    if layer.rects(first, 1) != 1:  # the first character is not where the first stretch starts
        return None
    starts, owners = [first], [handle]
    low = first
    for seen in range(1, count):  # rects(first, low + 1 - first) <= seen < rects(.., high ..)
        high = last
        while high - low > 1:
            middle = (low + high) // 2
            if layer.rects(first, middle + 1 - first) > seen:
                high = middle
            else:
                low = middle
        owner = layer.text_object(high)
        if not owner:
            return None
        starts.append(high)
        owners.append(owner)
        low = high
    read = [layer.type_of(start, owner) for start, owner in zip(starts, owners, strict=True)]
    types = [(size, bold, baseline) for size, bold, baseline in read if baseline is not None]
    if len(types) < len(read):  # skewed: a baseline per character
        return None
    if all(found == types[0] for found in types):
        return types[0]
    samples = _samples(text, begin, stop) or [first]
    cuts = [bisect_left(samples, start) for start in starts[1:]]
    held = [end - start for start, end in zip([0, *cuts], [*cuts, len(samples)], strict=True)]
    sizes = [(size, n) for (size, _, _), n in zip(types, held, strict=True)]
    bolds = sum(n for (_, bold, _), n in zip(types, held, strict=True) if bold)
    baselines = [(baseline, n) for (_, _, baseline), n in zip(types, held, strict=True)]
    return median_of_counts(sizes), bolds * 2 > len(samples), median_of_counts(baselines)


def _samples(text: str, begin: int, stop: int) -> list[int]:
    """Page indices of the line's sampled characters."""
    end = stop - 1 if text[stop - 1 : stop] == "\r" else stop  # pdfium's line end is "\r\n"
    squeezed = _SQUEEZED.search(text, begin, end) or _LEADING.match(text, begin, end)
    if squeezed is None:  # places are offsets: no walk needed
        found = [m.start() for m in itertools.islice(_VISIBLE.finditer(text, begin, stop), SAMPLES)]
        if len(found) < SAMPLES:
            return found
        after = found[-1] + 1
        every = range(after + (-(after - begin + 1)) % SAMPLE_EVERY, stop, SAMPLE_EVERY)
        return found + [i for i in every if not text[i].isspace() and text[i] != "\ufffe"]
    samples: list[int] = []
    position = 0  # characters of the line before the piece
    spaced = True  # the line so far is empty or ends with a space
    for piece in _PIECES.finditer(text, begin, stop):
        start, end = piece.span()
        if piece.lastindex == 1:
            take = max(0, min(end - start, SAMPLES - len(samples)))
            samples += range(start, start + take)
            samples += range(start + take + (-(position + 1 + take)) % SAMPLE_EVERY, end, 6)
            position, spaced = position + end - start, False
        elif piece.lastindex == 2:
            position, spaced = position + 1, False
        elif not spaced:
            position, spaced = position + 1, True
    return samples


def _spans(layer: TextLayer, samples: list[int]) -> list[Span]:
    """The samples cut into stretches of one text object (0: a generated character)."""
    handles: dict[int, int] = {}
    spans: list[Span] = []

    def owner(index: int) -> int:
        found = handles.get(index)
        if found is None:
            found = handles[index] = layer.text_object(samples[index])
        return found

    def cut(low: int, high: int) -> None:
        one = owner(low)
        if low == high:
            spans.append((low, low + 1, one))
            return
        begin, end = samples[low], samples[high]
        if one and owner(high) == one and layer.rects(begin, end + 1 - begin) == 1:
            spans.append((low, high + 1, one))
            return
        middle = (low + high) // 2
        cut(low, middle)
        cut(middle + 1, high)

    cut(0, len(samples) - 1)
    return spans


def median_of_counts(values: list[tuple[float, int]]) -> float:
    """The median of the values each repeated ``count`` times, as ``statistics.median`` of
    that list gives it, without building the list."""
    ordered = sorted(values)
    total = sum(count for _, count in ordered)
    wanted = [(total - 1) // 2, total // 2]
    found: list[float] = []
    seen = 0
    for value, count in ordered:
        seen += count
        while wanted and wanted[0] < seen:
            found.append(value)
            wanted.pop(0)
    return found[0] if total % 2 else (found[0] + found[1]) / 2
