"""The ``koebner_timex`` spaCy component: TIMEX spans with their values on a doc."""
# no "from __future__ import annotations": spaCy resolves the factory signature at run time

from datetime import date
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..batching import BatchedPipe
from ..doc_memo import doc_text
from ..extensions import SPAN_GROUP, doc_value, register_extensions, set_span_values
from ..mention_table import add_mentions
from ..serialization import RuleDataComponent, hashed
from .find import find_timexes
from .rules import compile_rules, read_rules

LABEL = "TIMEX"


def _as_date(value: Any, note_id: Any) -> date | None:
    """The note date as a calendar day: a datetime or pandas Timestamp by its day, an ISO string
    parsed; anything else is an error naming the note."""
    if value is None or isinstance(value, date) and not hasattr(value, "hour"):
        return value
    if hasattr(value, "date") and callable(value.date):
        return value.date()
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise ValueError(f"note {note_id}: note_date {value!r} is not a date")


class TimexComponent(BatchedPipe, RuleDataComponent):
    """Adds TIMEX spans with ``span._.koebner_timex_value``, resolved against
    ``doc._.koebner_note_date`` (expressions that need it are left out when it is unset).

    ``rules`` is a timex.json path (None: the file in use). Saved with the pipeline.
    """

    compiled = ("rules",)

    def __init__(self, nlp: Language, name: str, rules: str | None = None):
        register_extensions()
        self.name = name
        self.rules_path = rules
        self._defer(nlp)

    def _read(self) -> tuple[dict, dict[str, str]]:
        from ...resources import config_source

        data = read_rules(self.rules_path)
        return data, hashed([config_source("timex.json", self.rules_path)])

    def _build(self, data: dict) -> None:
        self.rules = compile_rules(data, self.rules_path or "timex.json")

    def __call__(self, doc: Doc) -> Doc:
        """Add TIMEX mentions to the doc's koebner span group; returns the doc."""
        note_date = _as_date(doc_value(doc, "koebner_note_date"),
                             doc_value(doc, "koebner_note_id"))
        spans: list[Span] = []
        seen: set[tuple[int, int]] = set()
        for found in find_timexes(doc_text(doc), note_date, self.rules):
            span = doc.char_span(found.start, found.end, label=LABEL, alignment_mode="expand")
            if span is None or (span.start, span.end) in seen:
                continue
            seen.add((span.start, span.end))
            set_span_values(doc, span, koebner_timex_value=found.value,
                            koebner_rule=f"timex:{found.rule}")
            spans.append(span)
        if spans or SPAN_GROUP not in doc.spans:
            add_mentions(doc, spans)
        return doc


@Language.factory("koebner_timex", default_config={"rules": None},
                  assigns=["doc.spans", "span._.koebner_timex_value", "span._.koebner_rule"])
def make_timex(nlp: Language, name: str, rules: str | None) -> TimexComponent:
    """The ``koebner_timex`` factory: a :class:`TimexComponent` reading ``rules``."""
    return TimexComponent(nlp, name, rules)
