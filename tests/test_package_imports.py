"""The package and the command line start without spaCy; public names load on first use.

Importing spaCy takes most of a second: ``import honlac_extract`` (for the models, say) and
commands that need no pipeline (``schema``, ``table``) should not pay it. Nor should
``convert`` pay for the evaluation harness (about 0.05 s), which only ``evaluate`` needs.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

import honlac_extract


def _printed(code: str) -> str:
    """What ``code`` prints when run in a fresh interpreter (nothing imported yet)."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_the_command_line_and_the_package_start_without_spacy() -> None:
    code = (
        "import sys, honlac_extract, honlac_extract.cli; "
        "print(sorted(m for m in ('spacy', 'thinc') if m in sys.modules))"
    )
    assert _printed(code) == "[]"


def test_the_command_line_starts_without_the_evaluation_harness() -> None:
    code = (
        "import sys, honlac_extract.cli; honlac_extract.cli.build_parser(); "
        "print(sorted(m for m in sys.modules if m.startswith('honlac_extract.evaluation.')))"
    )
    assert _printed(code) == "['honlac_extract.evaluation.command']"


def test_the_evaluation_package_loads_its_names_on_first_use() -> None:
    from honlac_extract import evaluation

    for name in evaluation.__all__:
        assert getattr(evaluation, name) is not None
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = evaluation.no_such_name  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", honlac_extract.__all__)
def test_every_public_name_is_loaded_on_first_use(name: str) -> None:
    value = getattr(honlac_extract, name)
    assert getattr(value, "__name__", name) == name
    assert name in dir(honlac_extract)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = honlac_extract.no_such_name  # type: ignore[attr-defined]
