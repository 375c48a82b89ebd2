"""spaCy is imported for the pipeline without its command-line package (start-up cost)."""

from __future__ import annotations

import subprocess
import sys


def _printed(code: str) -> str:
    """What ``code`` prints when run in a fresh interpreter (nothing imported yet)."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_spacy_is_imported_without_its_command_line_package() -> None:
    code = (
        "import sys; from honlac_extract.spacy_import import import_spacy; import_spacy(); "
        "print('spacy' in sys.modules, sorted(m for m in sys.modules if m.startswith('spacy.cli')))"
    )
    assert _printed(code) == "True []"


def test_the_pipeline_loads_and_spacy_cli_still_imports_after_it() -> None:
    code = (
        "from honlac_extract.spacy_import import import_spacy; import_spacy(); "
        "from honlac_extract import extract; import spacy; "
        "note = extract('1. UNODC met officials of Bolivia.'); "
        "import sys, spacy.cli; "
        "print(len(note.entities) > 0, sys.modules['spacy.cli.info'].info.__module__, "
        "'spacy_version' in spacy.info(silent=True))"
    )
    assert _printed(code) == "True spacy.cli.info True"


def test_nothing_is_done_when_spacy_is_imported_already() -> None:
    code = (
        "import sys, spacy; from honlac_extract.spacy_import import import_spacy; "
        "import_spacy(); print(type(sys.modules['spacy.cli.info']).__name__, "
        "spacy.info.__module__)"
    )
    assert _printed(code) == "module spacy.cli.info"


def test_a_library_caller_without_warm_up_does_not_load_spacy_cli() -> None:
    code = (
        "import sys; from honlac_extract.api import extract; "
        "note = extract('1. UNODC met officials of Bolivia.'); "
        "print(len(note.entities) > 0, sorted(m for m in sys.modules if m.startswith('spacy.cli')))"
    )
    assert _printed(code) == "True []"
