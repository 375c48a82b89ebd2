"""Time of the organisations component (AGENCY + PROGRAMME) per note, and an A/B check.

Usage: .venv/bin/python benchmarks/organisations_speed.py [--rounds 9] [--base DIR]

The paragraph Docs are taken as they reach the programme component in a real ``extract`` of
each input (the seed, the Spanish dev note, 0.25 MB of numbered lines, 0.25 MB of punctuation
runs), then ``OrganisationFinder.find`` is timed over them, CPU ms per note (best round).

``--base DIR`` names a copy of an older ``entities/organisations`` directory (say
``git archive <rev> src/honlac_extract/entities/organisations | tar -x -C /tmp/base``): it is
loaded beside the working one in this process, both finders run alternately on the same Docs
(the ratio is what a shared machine can measure), and their results must be identical.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from honlac_extract import extract
from honlac_extract.api import _pipeline
from honlac_extract.entities.organisations import component
from honlac_extract.entities.organisations.finder import OrganisationFinder

ROOT = Path(__file__).resolve().parents[1]
Finder = Callable[[Doc], Any]


def inputs() -> dict[str, str]:
    size = 250_000
    rng = random.Random(5)
    return {
        "seed": (ROOT / "fixtures/notes/honlac-27-note.txt").read_text(encoding="utf-8"),
        "es dev": (ROOT / "fixtures/lang-dev/notes/es-honlac-full.txt").read_text(encoding="utf-8"),
        "fr dev": (ROOT / "fixtures/lang-dev/notes/fr-honlaf-full.txt").read_text(encoding="utf-8"),
        "numbered lines": "".join(
            f"{i}. UNODC trained {i} officials.\n" for i in range(1, size // 30)
        ),
        "punctuation runs": "1. Text " + "".join(rng.choice("().-*[]/,;:'\"") for _ in range(size)),
    }


def captured_docs(text: str) -> list[Doc]:
    """The paragraph Docs of ``text`` as the programme component receives them."""
    docs: list[Doc] = []
    original = component.ProgrammeComponent.__call__

    def spy(self: component.ProgrammeComponent, doc: Doc) -> Doc:
        docs.append(doc)
        return original(self, doc)

    component.ProgrammeComponent.__call__ = spy  # type: ignore[method-assign]
    try:
        extract(text)
    finally:
        component.ProgrammeComponent.__call__ = original  # type: ignore[method-assign]
    return docs


def load_base(folder: Path) -> type[OrganisationFinder]:
    """The ``OrganisationFinder`` of an older copy of the package directory ``folder``."""
    name = "honlac_extract.entities._organisations_base"
    spec = importlib.util.spec_from_file_location(
        name, folder / "__init__.py", submodule_search_locations=[str(folder)]
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    finder_module = importlib.import_module(f"{name}.finder")
    base: type[OrganisationFinder] = finder_module.OrganisationFinder
    return base


def plain(results: Any) -> list[tuple[int, int, str, str]]:
    return [(s.start, s.end, label, repr(sorted(f.items()))) for s, label, f in results]


def cpu_ms(find: Finder, docs: list[Doc]) -> float:
    """CPU ms of ``find`` over ``docs``, the collector paused as in ``extract``."""
    gc.disable()
    began = time.process_time()
    for doc in docs:
        find(doc)
    taken = time.process_time() - began
    gc.enable()
    return taken * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--base", type=Path, default=None)
    parser.add_argument("--only", default="")
    args = parser.parse_args()
    texts = {k: v for k, v in inputs().items() if args.only in k}
    for name, text in texts.items():
        docs = captured_docs(text)
        nlp = _pipeline(None, docs[0].lang_)
        finders: dict[str, Finder] = {"new": OrganisationFinder(nlp).find}
        if args.base is not None:
            finders["base"] = load_base(args.base)(nlp).find
            same = all(plain(finders["new"](d)) == plain(finders["base"](d)) for d in docs)
            print(f"{name}: results identical to base: {same}")
        best = {key: float("inf") for key in finders}
        for _ in range(args.rounds):
            for key, find in finders.items():
                best[key] = min(best[key], cpu_ms(find, docs))
        line = ", ".join(f"{key} {ms:.2f} ms" for key, ms in best.items())
        ratio = f" (new/base {best['new'] / best['base']:.3f})" if "base" in best else ""
        print(f"{name:<18} {len(docs):>5} Docs  {line}{ratio}")


if __name__ == "__main__":
    main()
