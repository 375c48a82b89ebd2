"""Acronym definitions: the rules that join a long name and its short form.

* "Long Form (ACR)": the name right before the parenthesis takes the acronym and its span
  grows to the closing parenthesis ("Federal Commission ... (COFEPRIS)"); when the acronym's
  letters spell only a name nested at the end of a longer one, the nested name is defined
  ("Implementation Agency ... of the Caribbean Community (CARICOM)") (:mod:`.define`);
* "Short (Long Form)": capitals that spell the long form's initials ("LE TrainNet (Law
  Enforcement Training Network)") (:mod:`.reverse`);
* Schwartz–Hearst long forms when no pattern name spells the acronym: the letters are the
  evidence, no head noun needed ("National Agency for Food and Drug Administration and Control
  (NAFDAC)") (:mod:`.spelled`), also sentence-case ones led by a head noun ("Office central de
  ... (OCRTIS)") (:mod:`.headfirst`);
* long forms without a head noun, recognised by a programme word beside them ("the
  interregional programme Strengthening ... (CRIMJUST)", "Security Cooperation in Panama
  (SECOPA) project") (:mod:`.headless`).
"""

from __future__ import annotations

from .define import trailing_word
from .finder import DefinitionRules

__all__ = ["DefinitionRules", "trailing_word"]
