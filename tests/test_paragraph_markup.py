"""Paragraph text without the markup a PDF-to-text conversion adds (issue 6).

Paired markdown emphasis markers are not paragraph text (the published note sets italics,
which a PDF or Word file carries without asterisks), and a no-break space reads as a space;
``note.text`` is never edited, so every offset still indexes it.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from grounding_support import joined_by_rule, within_spans
from honlac_extract import Note, extract
from honlac_extract.conditioning import joined
from honlac_extract.readers.pdf import read_pdf
from honlac_extract.structure import parse_structure
from test_properties import PROPERTY_SETTINGS, check_grounded

HEAD = "I. Introduction\n\n"


def _paragraph(body: str) -> str:
    """The text of paragraph 1 of a two-paragraph note whose first paragraph is ``body``."""
    structure = parse_structure(f"{HEAD}1. {body}\n\n2. The second paragraph ends here.\n")
    assert [p.number for p in structure.paragraphs] == [1, 2]
    return structure.paragraphs[0].text


def test_paired_emphasis_markers_are_dropped_from_paragraph_text() -> None:
    assert _paragraph("A level of *delta*-9-tetrahydrocannabinol was found.") == (
        "A level of delta-9-tetrahydrocannabinol was found."
    )
    assert _paragraph("Based on the publication *Manual for the\nTraining of Officers*.") == (
        "Based on the publication Manual for the Training of Officers."
    )
    assert _paragraph("The **Global SMART** report (*see annex*) was issued.") == (
        "The Global SMART report (see annex) was issued."
    )


def test_asterisks_that_are_not_paired_emphasis_stay() -> None:
    """A footnote reference, a closer before an opener, an unmatched marker, markers inside
    a word, digits only (a barcode shape)."""
    for body in (
        "Available in English* and in Spanish.",
        "Under item 3 of the agenda* the *meeting agreed.",
        "An *unclosed marker stays as it is.",
        "The code a*b*c stays, and so does *12345* here.",
    ):
        assert _paragraph(body) == body
    assert _paragraph("A marker after a word *is not* the same as one* before a space.") == (
        "A marker after a word is not the same as one* before a space."
    )


def test_glue_between_two_words_keeps_a_space() -> None:
    """Glue stars (masked by conditioning) between two words are not emphasis: one space."""
    assert joined("trafficking**Peru", [(0, 11), (13, 17)]) == "trafficking Peru"
    assert joined("Disorders*.", [(0, 9), (10, 11)]) == "Disorders."
    assert joined("of *delta*-9", [(0, 2), (4, 9), (10, 12)]) == "of delta-9"
    assert joined("a\n\nb", [(0, 1), (3, 4)]) == "a b"


def test_no_break_spaces_read_as_spaces_and_entities_stay_grounded() -> None:
    text = (
        f"{HEAD}1. Seizures rose from 3.1\u00a0tons in 2015, reported by the UNODC\u00a0"
        "Laboratory and *Colombia*.\n\n2. The second paragraph ends here.\n"
    )
    note = extract(text)
    first = note.paragraphs[0]
    assert first.text == (
        "Seizures rose from 3.1 tons in 2015, reported by the UNODC Laboratory and Colombia."
    )
    assert joined_by_rule(note.text, first.spans) == first.text
    found = {(e.label, e.text) for e in note.entities if e.paragraph == 1}
    assert ("QUANTITY", "3.1\u00a0tons") in found
    assert ("COUNTRY", "Colombia") in found
    for entity in note.entities:
        assert note.text[entity.start : entity.end] == entity.text
        assert "*" not in entity.text


def test_an_entity_never_straddles_a_dropped_marker() -> None:
    """In "*Colombian* National Police" the paragraph text has no marker, but no slice of
    the note equals the name, so it is not grounded across the marker (as across furniture)."""
    note = extract(
        f"{HEAD}1. The *Colombian* National Police and the *Policía Nacional* of Peru met."
        "\n\n2. The second paragraph ends here.\n"
    )
    assert "The Colombian National Police" in note.paragraphs[0].text
    agencies = [e.text for e in note.entities if e.label == "AGENCY"]
    assert agencies == ["Policía Nacional"]  # inside its markers: kept, exact
    for entity in note.entities:
        assert note.text[entity.start : entity.end] == entity.text
        assert "*" not in entity.text
        assert within_spans(note.text, entity.start, entity.end, note.paragraphs[0].spans)


_BODY = st.lists(
    st.sampled_from(["word", "Peru", "9", "*", "**", "****", " ", "\n", ".", "-", "\u00a0", "("]),
    max_size=40,
).map("".join)


@PROPERTY_SETTINGS
@given(_BODY, _BODY)
def test_paragraph_text_is_its_spans_joined_by_the_rule(first: str, second: str) -> None:
    note: Note = extract(f"{HEAD}1. The {first} end.\n\n2. A {second} end.\n")
    check_grounded(note)  # joined_by_rule == text, every offset grounded
    for paragraph in note.paragraphs:
        assert "\u00a0" not in paragraph.text


def _pdf_with_no_break_spaces() -> bytes:
    """A one-line PDF whose Helvetica encoding names code 0xA0 ``nbspace`` (as a PDF that
    keeps its no-break spaces does); reportlab writes them as plain spaces."""
    content = b"BT /F1 12 Tf 72 700 Td (Seizures of 3.1\xa0tons by UNODC\xa0Laboratory.) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
        b" /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding"
        b" /BaseEncoding /WinAnsiEncoding /Differences [160 /nbspace] >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return out


def test_pdf_reader_keeps_no_break_spaces_the_file_encodes() -> None:
    text, _ = read_pdf(_pdf_with_no_break_spaces(), "nbsp.pdf")
    assert "Seizures of 3.1\u00a0tons by UNODC\u00a0Laboratory." in text
