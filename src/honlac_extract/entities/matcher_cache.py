"""Phrase-matcher patterns tokenised once per machine, kept in a user cache directory.

Building the country matcher tokenised every one of its ~2,700 written forms with spaCy at
every start-up. The words each form tokenises into depend only on the form, spaCy's version
and the tokenizer's rules, so they are stored in a JSON file under ``$XDG_CACHE_HOME/
honlac-extract`` (``~/.cache/honlac-extract``; ``HONLAC_CACHE_DIR`` overrides it), named by a
digest of the package and spaCy versions, the tokenizer's rules and the package's data files.
A form missing from the file (the gazetteer changed) is tokenised, and the file written again.
Writing is atomic (a temporary file renamed over the old one); an unreadable, corrupt or
unwritable cache falls back to tokenising, which gives the same patterns.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.about import __version__ as spacy_version
from spacy.language import Language

from .. import __version__

FORMAT = 1
"""Bumped when the file's layout changes."""


def cache_dir() -> Path:
    """Where the cache files live (the directory may not exist yet)."""
    explicit = os.environ.get("HONLAC_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "honlac-extract"


def data_digest() -> str:
    """SHA-256 over the names and bytes of the package's data files."""
    digest = hashlib.sha256()
    folder = resources.files("honlac_extract").joinpath("data")
    for item in sorted(folder.iterdir(), key=lambda entry: entry.name):
        if item.is_file():
            digest.update(item.name.encode() + b"\0" + item.read_bytes() + b"\0")
    return digest.hexdigest()


def tokenizer_digest(nlp: Language) -> str:
    """SHA-256 of what decides how ``nlp`` tokenises: language, spaCy version, special cases
    and affix patterns."""
    tokenizer: Any = nlp.tokenizer
    rules = getattr(tokenizer, "rules", None) or {}
    parts = [nlp.lang, spacy_version, json.dumps(sorted(rules))]
    for attribute in ("prefix_search", "suffix_search", "infix_finditer", "token_match"):
        search = getattr(tokenizer, attribute, None)
        parts.append(getattr(getattr(search, "__self__", None), "pattern", repr(search)))
    return hashlib.sha256("\0".join(map(str, parts)).encode()).hexdigest()


def cache_path(name: str, nlp: Language) -> Path:
    """The cache file of the patterns called ``name`` for ``nlp``'s tokenizer."""
    key = "\0".join((str(FORMAT), __version__, tokenizer_digest(nlp), data_digest()))
    return cache_dir() / f"{name}-{hashlib.sha256(key.encode()).hexdigest()[:24]}.json"


def _load(path: Path) -> dict[str, list[str]]:
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(loaded, dict):
        return {}
    return {
        form: words
        for form, words in loaded.items()
        if isinstance(words, list) and all(isinstance(word, str) for word in words)
    }


def _store(path: Path, table: dict[str, list[str]]) -> None:
    """Write ``table`` atomically; a cache that cannot be written is simply not kept."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(table, out, ensure_ascii=False, sort_keys=True)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError:
        pass


def tokenised(name: str, nlp: Language, forms: Iterable[str]) -> dict[str, list[str]]:
    """The words ``nlp.make_doc`` gives for each of ``forms``, from the cache when it has them."""
    path = cache_path(name, nlp)
    table = _load(path)
    missing = [form for form in forms if form not in table]
    if missing:
        for form in missing:
            table[form] = [token.text for token in nlp.make_doc(form)]
        _store(path, table)
    return table
