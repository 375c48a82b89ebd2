"""Names the head-noun grammar cannot see, found beside lower-case cue words.

* "the offices of the Attorney General in Panama" (a lower-case Office), one body per country
  when the offices are several ("in Panama and the Dominican Republic") (:mod:`.offices`);
* "the PREDEM project", "the INTERPOL I-24/7 communication system", "the project Support to
  Drug Courts in Kenya, funded by ...": a lower-case programme word beside a name
  (:mod:`.programme_words`, :mod:`.titled`, :mod:`.clauses`);
* a quoted capitalised name near a programme word ('the programme "Strong Families"'), a title
  announced by "entitled", "called", "known as" after a programme noun (:mod:`.titles`);
* bare acronyms ("FELCN"), provisional until note-level linking resolves or drops them;
* a system's lower-camel name ("goAML", "eTrace", "iARMS", "nCEN"): a programme (a platform or
  database) wherever it stands, no cue needed (:mod:`.systems`).
"""

from __future__ import annotations

from ..found import Found
from ..view import WordView
from .offices import lowercase_heads
from .programme_words import programme_words
from .systems import system_names
from .titles import quoted, titles

__all__ = [
    "bare_acronyms",
    "lowercase_heads",
    "programme_words",
    "quoted",
    "system_names",
    "titles",
]


def bare_acronyms(view: WordView) -> list[Found]:
    """Bare acronyms: provisional, resolved or dropped by note-level linking."""
    made = []
    for index, word in enumerate(view.words):
        if word.acronym and word.text not in view.p.not_acronyms:
            item = Found(index, index + 1, "AGENCY", "acronym:bare", acronym=word.text)
            item.bare = True
            made.append(item)
    return made
