"""The tables and views of the notes database: column lists, from which the DDL is made.

Every row is keyed by ``note_sha256`` (``Source.sha256``: the note's text, so a re-run of the
same text under another path is the same note) and carries the note's ``symbol``.
"""

from __future__ import annotations

Columns = tuple[tuple[str, str], ...]

_KEY: Columns = (("note_sha256", "VARCHAR"), ("symbol", "VARCHAR"))

TABLES: dict[str, Columns] = {
    "notes": (
        *_KEY,
        ("identifier", "VARCHAR"),
        ("source_path", "VARCHAR"),
        ("date", "DATE"),
        ("year", "INTEGER"),
        ("body", "VARCHAR"),
        ("meeting_number", "INTEGER"),
        ("venue", "VARCHAR"),
        ("meeting_start", "DATE"),
        ("meeting_end", "DATE"),
        ("title", "VARCHAR"),
        ("document_type", "VARCHAR"),
        ("language", "VARCHAR"),
        ("sections", "INTEGER"),
        ("paragraphs", "INTEGER"),
        ("entities", "INTEGER"),
        ("facts", "INTEGER"),
        ("schema_version", "VARCHAR"),
    ),
    "sections": (
        *_KEY,
        ("number", "VARCHAR"),
        ("ordinal", "INTEGER"),
        ("title", "VARCHAR"),
        ("start", "INTEGER"),
        ("end", "INTEGER"),
    ),
    "paragraphs": (
        *_KEY,
        ("number", "INTEGER"),
        ("section", "VARCHAR"),
        ("subheading", "VARCHAR"),
        ("subject_countries", "VARCHAR[]"),
        ("start", "INTEGER"),
        ("end", "INTEGER"),
        ("page", "INTEGER"),
        ("text", "VARCHAR"),
    ),
    "entities": (
        *_KEY,
        ("id", "VARCHAR"),
        ("label", "VARCHAR"),
        ("text", "VARCHAR"),
        ("start", "INTEGER"),
        ("end", "INTEGER"),
        ("paragraph", "INTEGER"),
        ("section", "VARCHAR"),
        ("iso3", "VARCHAR"),
        ("name", "VARCHAR"),
        ("country", "VARCHAR"),
        ("start_date", "DATE"),
        ("end_date", "DATE"),
        ("precision", "VARCHAR"),
        ("value", "DOUBLE"),
        ("value_max", "DOUBLE"),
        ("previous_value", "DOUBLE"),
        ("unit", "VARCHAR"),
        ("item", "VARCHAR"),
        ("qualifier", "VARCHAR"),
        ("acronym", "VARCHAR"),
        ("kind", "VARCHAR"),
        ("entity_id", "VARCHAR"),
    ),
    "facts": (
        *_KEY,
        ("id", "VARCHAR"),
        ("paragraph", "INTEGER"),
        ("section", "VARCHAR"),
        ("activity", "VARCHAR"),
        ("activity_text", "VARCHAR"),
        ("quantity", "VARCHAR"),
        ("value", "DOUBLE"),
        ("previous_value", "DOUBLE"),
        ("unit", "VARCHAR"),
        ("item", "VARCHAR"),
        ("agency", "VARCHAR"),
        ("agency_name", "VARCHAR"),
        ("agency_acronym", "VARCHAR"),
        ("iso3", "VARCHAR[]"),
        ("country_source", "VARCHAR"),
        ("programme", "VARCHAR"),
        ("programme_name", "VARCHAR"),
        ("date", "VARCHAR"),
        ("start_date", "DATE"),
        ("end_date", "DATE"),
        ("year", "INTEGER"),
        ("date_source", "VARCHAR"),
        ("sentence_start", "INTEGER"),
        ("sentence_end", "INTEGER"),
    ),
    # what was loaded from which file: the incremental re-run compares against it
    "loaded": (
        ("identifier", "VARCHAR"),
        ("file_sha256", "VARCHAR"),
        ("size", "BIGINT"),
        ("mtime_ns", "BIGINT"),
        ("note_sha256", "VARCHAR"),
    ),
}

DATA_TABLES = ("notes", "sections", "paragraphs", "entities", "facts")

VIEWS: dict[str, str] = {
    # one row per (country, year, activity) of UNODC-led or any-actor facts
    "facts_by_country": """
        SELECT country AS iso3, year, activity, count(*) AS facts,
               count(DISTINCT note_sha256) AS notes, sum(value) AS total
        FROM (SELECT *, unnest(iso3) AS country FROM facts)
        GROUP BY ALL""",
    "assistance_by_country_year": """
        SELECT country AS iso3, year, count(*) AS facts, count(DISTINCT note_sha256) AS notes,
               string_agg(DISTINCT activity, ', ' ORDER BY activity) AS activities
        FROM (SELECT *, unnest(iso3) AS country FROM facts)
        WHERE activity IN ('assist', 'train', 'provide', 'hold')
          AND (agency_acronym = 'UNODC' OR agency_name ILIKE '%UNODC%'
               OR agency_name ILIKE '%Office on Drugs and Crime%')
        GROUP BY ALL""",
    "seizures_by_country_year": """
        SELECT country AS iso3, year, unit, count(*) AS facts, sum(value) AS total
        FROM (SELECT *, unnest(iso3) AS country FROM facts)
        WHERE activity = 'seize'
        GROUP BY ALL""",
    "trained_by_country_year": """
        SELECT country AS iso3, year, count(*) AS facts, sum(value) AS people
        FROM (SELECT *, unnest(iso3) AS country FROM facts)
        WHERE activity = 'train' AND unit = 'count'
        GROUP BY ALL""",
}


def create_statements() -> list[str]:
    """CREATE TABLE (if missing) and CREATE OR REPLACE VIEW statements, in order."""
    statements = [
        f"CREATE TABLE IF NOT EXISTS {name} ("
        + ", ".join(f'"{column}" {kind}' for column, kind in columns)
        + ")"
        for name, columns in TABLES.items()
    ]
    statements += [f"CREATE OR REPLACE VIEW {name} AS {sql}" for name, sql in VIEWS.items()]
    return statements
