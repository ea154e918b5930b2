"""Why the pipeline found what it found: ``koebner explain``.

:func:`explain_text` gives every mention with the rule that produced it, each assertion flag with
the ConText trigger and rule (or section rule) that set it, and each relation with its source
(rule or model) and the model's score; :func:`why_not` the nearest target rules for a phrase
that was not found and why none matched; :func:`explain_in_run` the same for a note or patient
of a run folder, with the patient's candidate links and their decision fields.
"""
from .records import (
                      FlagSource,
                      LinkRow,
                      MentionExplanation,
                      NearRule,
                      RelationExplanation,
                      RunExplanation,
                      TextExplanation,
                      WhyNot,
)
from .run import ExplainError, explain_in_run, rules_changed
from .text import explain_text
from .why_not import PhraseNotFound, why_not

__all__ = ["FlagSource", "LinkRow", "MentionExplanation", "NearRule", "RelationExplanation",
           "RunExplanation", "TextExplanation", "WhyNot", "ExplainError", "explain_in_run",
           "rules_changed", "explain_text", "PhraseNotFound", "why_not"]
