"""CALCIPHYLAXIS, LESION and TRAUMA mentions from medspaCy-style TargetRule JSON."""


from spacy.language import Language
from spacy.tokens import Doc, Span

from ..resources import read_config
from .extensions import add_mentions, register_extensions
from .matching import compile_matcher, longest_matches

IGNORE = "IGNORE"
QUOTES = {'"', "“", "”", "'"}


class TargetRules:
    def __init__(self, data: dict):
        self.rules = data["target_rules"]
        self.agent_of = {w: agent for agent, words in data.get("agents", {}).items() for w in words}
        self.procedure_region = {w: r for w, r in data.get("procedure_regions", {}).items()
                                 if w != "description"}

    def keyed_patterns(self):
        for index, rule in enumerate(self.rules):
            yield f"{rule['category']}|{index}", rule["pattern"]


@Language.factory("koebner_targets", default_config={"rules": None})
class KoebnerTargets:
    """Adds CALCIPHYLAXIS, LESION and TRAUMA spans; TRAUMA carries trauma_type and agent."""

    def __init__(self, nlp: Language, name: str, rules: str | None = None):
        register_extensions()
        self.name = name
        data = read_config("targets.json", rules)
        self.rules = TargetRules(data)
        self.matcher = compile_matcher(nlp.vocab, self.rules.keyed_patterns())

    def __call__(self, doc: Doc) -> Doc:
        found = []
        for span in longest_matches(doc, self.matcher):
            category, index = span.label_.split("|")
            if category == IGNORE:
                continue
            rule = self.rules.rules[int(index)]
            meta = rule.get("metadata", {})
            if category == "TRAUMA" and self._names_the_lesion(doc, span):
                category, meta = "LESION", {}
            mention = Span(doc, span.start, span.end, label=category)
            mention._.koebner_rule = rule["literal"]
            if category == "TRAUMA":
                mention._.trauma_type = meta.get("trauma_type")
                if mention._.trauma_type == "injection":
                    mention._.agent = self._agent(mention)
                # a procedure named for a body part ("TKA", "mastectomy") carries that region
                mention._.region = next((self.rules.procedure_region[t.lower_] for t in mention
                                         if t.lower_ in self.rules.procedure_region), None)
            found.append(mention)
        add_mentions(doc, found)
        return doc

    def _agent(self, span: Span) -> str | None:
        for token in span:
            agent = self.rules.agent_of.get(token.lower_)
            if agent:
                return agent
        return None

    @staticmethod
    def _names_the_lesion(doc: Doc, span: Span) -> bool:
        # a patient calling the plaque "a bruise": the quoted word names the lesion itself
        before = doc[span.start - 1].text if span.start > 0 else ""
        after = doc[span.end].text if span.end < len(doc) else ""
        return before in QUOTES and after in QUOTES
