"""Coverage-guided fuzzing of `extract` with atheris (not part of CI).

Any exception out of `extract`, or an entity whose offsets do not ground in ``note.text``, is a
crash. Run for ten minutes with the fixture notes as the seed corpus::

    .venv/bin/pip install atheris
    mkdir -p /tmp/fuzz-corpus && cp fixtures/notes/*.txt /tmp/fuzz-corpus/
    .venv/bin/python fuzz/fuzz_extract.py /tmp/fuzz-corpus -max_total_time=600 -max_len=8192
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from honlac_extract import extract


def test_one_input(data: bytes) -> None:
    """Decode the bytes leniently (as a user's text would arrive) and check the invariants."""
    text = data.decode("utf-8", errors="replace")
    note = extract(text)
    for entity in note.entities:
        if note.text[entity.start : entity.end] != entity.text:
            raise AssertionError(f"entity {entity.id} not grounded")
    for paragraph in note.paragraphs:
        if joined(note.text, paragraph.spans) != paragraph.text:
            raise AssertionError(f"paragraph {paragraph.number} text is not its spans")


def joined(text: str, spans: list[tuple[int, int]]) -> str:
    """The pieces joined as the Paragraph contract says (written out here, not imported, so the
    check does not test the code with itself): one space, or nothing where the gap is only
    asterisks not between two word characters (markdown emphasis dropped)."""
    parts: list[str] = []
    for index, (start, end) in enumerate(spans):
        if index:
            before = spans[index - 1][1]
            gap = text[before:start]
            glued = _word(text[before - 1]) and _word(text[start])
            parts.append("" if gap and not gap.strip("*") and not glued else " ")
        parts.append(text[start:end])
    return "".join(parts)


def _word(char: str) -> bool:
    return char.isalnum() or char == "_"


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
