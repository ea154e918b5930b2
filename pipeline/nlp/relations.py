"""LOCATION and TIME relations between mentions of the same sentence.

Sites joined by "and", commas or slashes form one group, so "ulcers on the abdomen and right
thigh" gives two LOCATION relations. Each event takes the nearest site group, preferring one that
follows it ("ulcer on the L thigh") over one before it ("L thigh ulcer"). A TIMEX dates the nearest
event, preferring one before it ("bruise x 2 wks", "insulin since 2008"). Future times get no
relation. SITE mentions in a sentence with no event are dropped: the guidelines mark a site only
where a lesion or trauma is.
"""

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span

from .extensions import SPAN_GROUP, mentions, register_extensions

EVENTS = {"LESION", "CALCIPHYLAXIS", "TRAUMA"}
CONNECTORS = {"and", "or", ",", "/", "&", "(", ")", "+", "-", "the", "both", "her", "his", "of",
              "to", "into", "on", "in", "at", "over", "also", "as", "well", "&amp;", "including"}


@Language.factory(
    "koebner_relations",
    default_config={"prefer_following_site": 1.5, "prefer_preceding_event": 1.5},
)
class KoebnerRelations:
    def __init__(self, nlp: Language, name: str, prefer_following_site: float,
                 prefer_preceding_event: float):
        register_extensions()
        self.name = name
        self.site_weight = prefer_following_site
        self.event_weight = prefer_preceding_event

    def __call__(self, doc: Doc) -> Doc:
        relations: list[tuple[str, Span, Span]] = []
        kept: list[Span] = []
        for sentence_mentions in self._by_sentence(doc):
            events = [m for m in sentence_mentions if m.label_ in EVENTS]
            sites = [m for m in sentence_mentions if m.label_ == "SITE"]
            timexes = [m for m in sentence_mentions if m.label_ == "TIMEX"]
            kept += [m for m in sentence_mentions if m.label_ != "SITE" or events]
            if not events:
                continue
            groups = self._site_groups(doc, sites)
            for event in events:
                group = self._nearest(event, groups, self.site_weight)
                relations += [("LOCATION", event, site) for site in group or []]
            for timex in timexes:
                if self._is_future(doc, timex):
                    continue
                event = self._nearest_event(timex, events)
                if event is not None:
                    relations.append(("TIME", event, timex))
        doc.spans[SPAN_GROUP] = kept
        doc._.koebner_relations = relations
        return doc

    @staticmethod
    def _by_sentence(doc: Doc):
        current: list[Span] = []
        current_sent = None
        for mention in mentions(doc):
            sent_start = doc[mention.start].sent.start
            if current and sent_start != current_sent:
                yield current
                current = []
            current_sent = sent_start
            current.append(mention)
        if current:
            yield current

    @staticmethod
    def _site_groups(doc: Doc, sites: list[Span]) -> list[list[Span]]:
        groups: list[list[Span]] = []
        for site in sites:
            if groups:
                gap = doc[groups[-1][-1].end: site.start]
                if all(t.lower_ in CONNECTORS or t.is_space for t in gap) and len(gap) <= 4:
                    groups[-1].append(site)
                    continue
            groups.append([site])
        return groups

    @staticmethod
    def _nearest(event: Span, groups: list[list[Span]], following_weight: float):
        best, best_cost = None, float("inf")
        for group in groups:
            if group[0].start >= event.end:
                cost = group[0].start - event.end
            elif group[-1].end <= event.start:
                cost = (event.start - group[-1].end) * following_weight
            else:  # the site sits inside the event phrase
                cost = 0
            if cost < best_cost:
                best, best_cost = group, cost
        return best

    def _nearest_event(self, timex: Span, events: list[Span]) -> Span | None:
        best, best_cost = None, float("inf")
        for event in events:
            if event.end <= timex.start:
                cost = timex.start - event.end
            else:
                cost = max(event.start - timex.end, 0) * self.event_weight
            if cost < best_cost:
                best, best_cost = event, cost
        return best

    @staticmethod
    def _is_future(doc: Doc, timex: Span) -> bool:
        value, anchor = timex._.timex_value, doc._.note_date
        if not value or not isinstance(anchor, date):
            return False
        return value > anchor.isoformat()[: len(value)]
