"""Document symbols of any UN series, joint symbols and the reissue marker.

A symbol printed in the masthead is the document's; a symbol printed alone on a line again
and again (the running header of every page after the first) is evidence of it too, used
when the masthead's is unreadable, and the running header settles an OCR'd digit of the
masthead's ("A/45/109" printed, "A/45/189" on every later page). OCR also lowers a series
letter ("s/21225"): a one-letter series is read in either case and printed in capitals.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .rules import MastheadRules


@dataclass(frozen=True)
class Found:
    """Symbols of one line (in order), any reissue marker, and what the line has left."""

    symbols: list[str]
    reissue: str | None
    rest: str
    joint_open: bool = False
    """The last symbol is followed by a joint dash alone ("A/45/260 -", OCR'd "/"): the
    joint symbol's second half is printed on the next line."""


def _plausible(symbol: str) -> bool:
    return "/" in symbol and any(c.isdigit() for c in symbol)


def _capital(symbol: str) -> str:
    return symbol[:1].upper() + symbol[1:]


def line_symbols(text: str, rules: MastheadRules) -> Found:
    """The symbols a line prints, joint ones ("A/45/155-S/21174") split, stars apart."""
    symbols: list[str] = []
    reissue = None
    rest: list[str] = []
    position = 0
    for match in rules.symbol.finditer(text):
        if not _plausible(match.group()):
            continue
        rest.append(text[position : match.start()])
        symbols.append(_capital(match.group()))
        position = match.end()
        stars = rules.reissue.match(text, position)
        if stars:
            reissue = reissue or stars.group()
            position = stars.end()
        dash = rules.joint_dash.match(text, position)
        if dash and rules.symbol.match(text, dash.end()):
            position = dash.end()
    open_ = bool(symbols) and rules.joint_open.match(text, position) is not None
    rest.append("" if open_ else text[position:])
    return Found(symbols, reissue, " ".join("".join(rest).split()), open_)


def running_symbol(text: str, rules: MastheadRules) -> str | None:
    """The symbol most often printed alone on a line, twice at least (first seen wins a tie)."""
    counts: Counter[str] = Counter(
        _capital(m.group("symbol"))
        for m in rules.symbol_line.finditer(text)
        if _plausible(m.group("symbol"))
    )
    if not counts:
        return None
    best = max(counts.values())
    if best < 2:
        return None
    return next(symbol for symbol, count in counts.items() if count == best)


def lone_symbol(lines: list[str], rules: MastheadRules) -> str | None:
    """The first symbol printed alone on a line (a verbatim record's symbol box at the foot
    of page 1, an old record's symbol above its heading)."""
    for line in lines:
        match = rules.symbol_line.fullmatch(line)
        if match and _plausible(match.group("symbol")):
            return _capital(match.group("symbol"))
    return None


SWAPS_MAX = 2
"""Digits OCR may have misread in one symbol: more differences make it another symbol."""


def _misread(printed: str, running: str) -> bool:
    """Whether ``running`` is ``printed`` with some of its digits read right (same length,
    same letters and marks, at most :data:`SWAPS_MAX` digits apart)."""
    if len(printed) != len(running) or printed == running:
        return False
    apart = [(a, b) for a, b in zip(printed, running, strict=True) if a != b]
    return len(apart) <= SWAPS_MAX and all(a.isdigit() and b.isdigit() for a, b in apart)


def _series(symbol: str) -> str:
    return symbol.split("/", 1)[0]


def _leads(symbol: str, counts: Counter[str]) -> bool:
    """Whether the running headers print ``symbol`` as often as any other of its series (a
    symbol cited alone on a line once is not the running header)."""
    return counts[symbol] == max(n for s, n in counts.items() if _series(s) == _series(symbol))


def checked_symbols(symbols: list[str], furniture: str, rules: MastheadRules) -> list[str]:
    """The masthead's symbols checked against the running headers (``furniture``: the lines
    printed at the top of later pages): a symbol the running headers print, digit for digit
    but for an OCR'd digit or two, is taken in their form; a joint symbol whose second half
    the masthead lost gets it from the running header that prints the first half above it."""
    printed = [
        _capital(m.group("symbol"))
        for m in rules.symbol_line.finditer(furniture)
        if _plausible(m.group("symbol"))
    ]
    counts = Counter(printed)
    checked = []
    for symbol in symbols:  # the form printed most often wins; the masthead's wins a tie
        forms = [s for s in counts if _misread(symbol, s) and _leads(s, counts)]
        best = max(forms, key=lambda s: counts[s], default=symbol)
        checked.append(best if counts[best] > counts[symbol] else symbol)
    if len(checked) == 1:
        pairs = zip(printed, printed[1:], strict=False)
        after = [b for a, b in pairs if a == checked[0] and b != a]
        partner = Counter(after).most_common(1)
        if partner and _series(partner[0][0]) != _series(checked[0]):
            checked.append(partner[0][0])
    return checked
