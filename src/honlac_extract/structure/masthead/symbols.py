"""Document symbols of any UN series, joint symbols and the reissue marker.

A symbol printed in the masthead is the document's; a symbol printed alone on a line again
and again (the running header of every page after the first) is evidence of it too, used
when the masthead's is unreadable.
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


def _plausible(symbol: str) -> bool:
    return "/" in symbol and any(c.isdigit() for c in symbol)


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
        symbols.append(match.group())
        position = match.end()
        stars = rules.reissue.match(text, position)
        if stars:
            reissue = reissue or stars.group()
            position = stars.end()
        dash = rules.joint_dash.match(text, position)
        if dash and rules.symbol.match(text, dash.end()):
            position = dash.end()
    rest.append(text[position:])
    return Found(symbols, reissue, " ".join("".join(rest).split()))


def running_symbol(text: str, rules: MastheadRules) -> str | None:
    """The symbol most often printed alone on a line, twice at least (first seen wins a tie)."""
    counts: Counter[str] = Counter(
        m.group("symbol") for m in rules.symbol_line.finditer(text) if _plausible(m.group("symbol"))
    )
    if not counts:
        return None
    best = max(counts.values())
    if best < 2:
        return None
    return next(symbol for symbol, count in counts.items() if count == best)
