"""Hand-made notes for the batch, table and review tests (independent of the extractors)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from honlac_extract.models import (
    Entity,
    Metadata,
    Note,
    Paragraph,
    Section,
    Source,
    Subsection,
)

ROOT = Path(__file__).resolve().parents[1]
NOTES = ROOT / "fixtures" / "notes"
SEED = NOTES / "honlac-27-note.txt"
SMALL = NOTES / "damage-page-break.txt"
"""A short note: copies of it keep batch tests fast."""

TEXT = (
    "II. Regional trends\n"
    "\n"
    "Guatemala\n"
    "\n"
    '3. The Policía Nacional Civil de Guatemala seized 1,500 kg of cocaine in March 2017, "a '
    'record"; see <script>document.title="pwned"</script> & <b>bold</b>.\n'
    "It continued in 2018.\n"
)


def _at(fragment: str, after: int = 0) -> tuple[int, int]:
    start = TEXT.index(fragment, after)
    return start, start + len(fragment)


def entity(label: str, fragment: str, after: int = 0, **fields: Any) -> Entity:
    """An entity on the first ``fragment`` of :data:`TEXT` at or after ``after``."""
    start, end = _at(fragment, after)
    return Entity(
        id=f"e{start}-{end}-{label}",
        label=label,  # type: ignore[arg-type]
        text=fragment,
        start=start,
        end=end,
        paragraph=3,
        section="II",
        source="test",
        **fields,
    )


def sample_note(symbol: str | None = None, path: str = "sample.txt") -> Note:
    """A note with nested (COUNTRY in AGENCY), crossing and identical entity spans."""
    body = TEXT.index("3. ")
    heading = _at("Guatemala")
    paragraph_text = TEXT[body + 3 :].rstrip("\n")
    entities = [
        entity("COUNTRY", "Guatemala", iso3="GTM", name="Guatemala"),
        entity("LOCATION", "Guatemala", iso3="GTM", country="GTM"),
        entity("AGENCY", "Policía Nacional Civil de Guatemala", body, country="GTM", kind="police"),
        entity("COUNTRY", "Guatemala", body, iso3="GTM", name="Guatemala"),
        entity("QUANTITY", "1,500 kg of cocaine", value=1500.0, unit="kg", item="cocaine"),
        entity("REGION", "cocaine in March", name="test crossing span"),
        entity("DATE", "March 2017", start_date="2017-03-01", end_date="2017-03-31"),
        entity("DATE", "2018", body, start_date="2018-01-01", end_date="2018-12-31"),
    ]
    return Note(
        source=Source(path=path, sha256="0" * 64),
        text=TEXT,
        metadata=Metadata(
            symbol=symbol,
            date="2017-07-06",
            meeting_number=27,
            body="HONLAC",
            agenda_items=["3", "4"],
            title="Regional trends, with a <tag> & a comma",
            working_languages=["English", "Spanish"],
        ),
        sections=[
            Section(
                number="II",
                ordinal=2,
                title="Regional trends",
                start=0,
                end=len(TEXT),
                subsections=[
                    Subsection(title="Guatemala", start=heading[0], end=heading[1], paragraphs=[3])
                ],
            )
        ],
        paragraphs=[
            Paragraph(
                number=3,
                text=paragraph_text,
                section="II",
                subsection="Guatemala",
                spans=[(body + 3, body + 3 + len(paragraph_text))],
                countries=["GTM"],
            )
        ],
        entities=entities,
        warnings=["a warning with <angle brackets> & an ampersand"],
    )


def copy_notes(folder: Path, copies: int, source: Path = SMALL) -> list[Path]:
    """``copies`` files with the content of ``source``, each slightly different (own sha256)."""
    folder.mkdir(parents=True, exist_ok=True)
    text = source.read_text(encoding="utf-8")
    paths = []
    for number in range(copies):
        path = folder / f"note-{number:04d}.txt"
        path.write_text(f"{text}\nCopy {number}.\n", encoding="utf-8")
        paths.append(path)
    return paths


def tree(folder: Path) -> dict[str, bytes]:
    """Every output file below ``folder`` (the lock file aside) by relative path."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != ".honlac-extract.lock"
    }


def session_processes(session: int) -> set[int]:
    """Every live process of the session ``session`` (a command, its workers, a preparing
    child), read from /proc (Linux)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[3]) == session and fields[0] != "Z":
                found.add(int(entry.name))
    return found
