"""Tokenise a text with spaCy's tokenizer in time linear in its length.

spaCy's tokenizer strips prefixes and suffixes from a run without white space one character at
a time and searches the whole remaining run for a suffix each time: a run of n punctuation
marks ("((((...", "2.2.2.2...") costs O(n^2) (20,000 "(" took 37 s). No word of a real note
is that long, so a run longer than ``LONGEST_RUN`` characters is tokenised in pieces of
``PIECE`` characters (a split point between two tokens at every piece boundary) and the tokens
joined into one Doc whose text is exactly the input: offsets are unchanged. Texts without such
a run (every real note) are tokenised as before, in one call.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc

LONGEST_RUN = 64  # characters without white space tokenised in one call
PIECE = 32  # length of the pieces a longer run is cut into

_LONG_RUN = re.compile(rf"\S{{{LONGEST_RUN + 1},}}")


def _pieces(text: str) -> Iterator[str]:
    """``text`` cut before and after every long run and inside it every ``PIECE`` characters."""
    position = 0
    for run in _LONG_RUN.finditer(text):
        if run.start() > position:
            yield text[position : run.start()]
        for start in range(run.start(), run.end(), PIECE):
            yield text[start : min(start + PIECE, run.end())]
        position = run.end()
    if position < len(text):
        yield text[position:]


def make_doc(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)``, in linear time whatever the runs of ``text`` (see module doc)."""
    if _LONG_RUN.search(text) is None:
        return nlp.make_doc(text)
    words: list[str] = []
    spaces: list[bool] = []
    for piece in _pieces(text):
        for token in nlp.tokenizer(piece):
            words.append(token.text)
            spaces.append(bool(token.whitespace_))
    return Doc(nlp.vocab, words=words, spaces=spaces)
