"""Schemas of the settings files: ``timex.json``, ``risk_factors.json``, ``screening.json``,
``linker.json`` and ``omop_note_nlp.json``.

Like :mod:`pipeline.rules.schema`: unknown keys are errors, values are not coerced, vocabularies
come from :mod:`pipeline.records`, and every regular expression is compiled. Keys starting with
``_`` (``"_about"``) are comments, written as text.
"""
from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import ConfigDict, Field, field_validator, model_validator

from ..records import Agent, EventLabel, Laterality, Region, RiskFact, TraumaType
from .schema import Comment, Regex, Regexes, Strict, Word

__all__ = ["LinkerFile", "OmopFile", "OverlapPolicy", "RiskFactorsFile", "ScreeningFile", "TimexFile",
           "TimexKind"]


# ------------------------------------------------------------------------------- timex.json

TimexKind = Literal["date", "month", "year", "offset", "relative_day", "relative_unit", "weekday",
                    "season", "holiday", "day_of_month"]
_PLACEHOLDER = re.compile(r"\{[A-Z_]+\}")   # {MONTH}, {NUM}...: filled in when compiled


class TimexPattern(Strict):
    """One time-expression pattern: a regex with a named group ``t`` and its guards."""

    name: str = Field(min_length=1)
    kind: TimexKind
    regex: str
    direction: Literal["past", "future"] = "past"
    requires_cue: str | None = None
    veto_words_before: str | None = None
    requires_clause_cue: str | None = None
    veto_clause_cue: str | None = None
    veto_past_tense: bool = False
    fraction_guard: bool = False
    veto_quantity_after: bool = False
    veto_anchored_after: bool = False
    veto_plan: bool = False
    order: Literal["month_first", "day_first"] | None = None

    @field_validator("regex")
    @classmethod
    def _span_group(cls, value: str) -> str:
        try:
            compiled = re.compile(_PLACEHOLDER.sub("(?:x)", value))
        except re.error as exc:
            raise ValueError(f"not a valid regular expression ({exc})") from None
        if "t" not in compiled.groupindex:
            raise ValueError("needs a named group 't' for the span, (?P<t>...)")
        return value


class Holiday(Strict):
    """A fixed day (``month``, ``day``), the ``nth`` ``weekday`` (0 = Monday) of a month, or a
    day counted from Easter Sunday (``easter_offset``: Good Friday is -2)."""

    month: int | None = Field(default=None, ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)
    nth: int | None = Field(default=None, ge=-1, le=5)
    weekday: int | None = Field(default=None, ge=0, le=6)
    easter_offset: int | None = Field(default=None, ge=-63, le=63)

    @model_validator(mode="after")
    def _fixed_or_nth(self):
        if self.easter_offset is not None:
            if any(v is not None for v in (self.month, self.day, self.nth, self.weekday)):
                raise ValueError("a holiday set by Easter has only an 'easter_offset'")
            return self
        if self.month is None:
            raise ValueError("a holiday has a 'month' (or an 'easter_offset')")
        if (self.day is None) == (self.nth is None or self.weekday is None):
            raise ValueError("a holiday has a 'day', or an 'nth' and a 'weekday'")
        return self


class Holidays(Strict):
    """Holiday name -> its date rule."""

    model_config = ConfigDict(extra="allow", strict=True)
    __pydantic_extra__: dict[str, Holiday]
    about: Comment | None = Field(default=None, alias="_about")


class Season(Strict):
    """A season's months and the month its date resolves to."""

    middle: int = Field(ge=1, le=12)
    months: list[int] = Field(min_length=1)


class Seasons(Strict):
    """Season name -> its months; ``precision`` says whether a season resolves to a year or month."""

    model_config = ConfigDict(extra="allow", strict=True)
    __pydantic_extra__: dict[str, Season]
    about: Comment | None = Field(default=None, alias="_about")
    precision: Literal["year", "month"] = "month"


class ClauseCues(Strict):
    """Cue lists looked for in a timex's clause; patterns name them in ``*_clause_cue``."""

    model_config = ConfigDict(extra="allow", strict=True)
    __pydantic_extra__: dict[str, Comment]
    past_tense_exceptions: list[str]

    @model_validator(mode="after")
    def _lists(self):
        for key, value in (self.__pydantic_extra__ or {}).items():
            if not key.startswith("_") and not isinstance(value, list):
                raise ValueError(f"{key}: a list of cue words (only keys starting with '_' are "
                                 f"comments)")
        return self


class EventSeasons(Strict):
    """Season words that also name an event ("last fall"), and when they do."""

    about: Comment | None = Field(default=None, alias="_about")
    seasons: list[Word]
    words_before: list[Word]
    must_end_with: Regex
    stay_about: Comment | None = Field(default=None, alias="_stay_words")
    # a stay or start right before the season ("ICU stay last fall"): the season, however it ends
    stay_words: list[Word] = []


class FractionGuard(Strict):
    """Words that make "3/4" a fraction or a score rather than a date."""

    about: Comment | None = Field(default=None, alias="_about")
    score_about: Comment | None = Field(default=None, alias="_score")
    words_before: list[str]
    words_after: list[str]
    words_before_window: int = Field(ge=0)
    score_words: list[str]
    score_window: int = Field(ge=0)
    score_override_cues: list[str]
    secondary_to: list[str]


class YearRange(Strict):
    """Years a bare number may be: from ``earliest`` to the note's year + ``latest_after_note``."""

    earliest: int
    latest_after_note: int = Field(ge=0)


_WORD_CUE_LISTS = ("date_cues_before", "year_veto_before", "month_alone_cues_before")


class TimexAnaphora(Strict):
    """A start told by pointing back ("since then"): ``pattern`` finds it; it takes the value of
    the last time expression ending within ``max_chars_back`` characters before it."""

    about: Comment | None = Field(default=None, alias="_about")
    pattern: Regex
    max_chars_back: int = Field(ge=0)


class TimexFile(Strict):
    """``timex.json``: time-expression patterns and the vocabularies they are filled with."""

    model_config = ConfigDict(extra="forbid", strict=True, populate_by_name=True)
    about: Comment | None = Field(default=None, alias="_about")
    year_veto_about: Comment | None = Field(default=None, alias="_year_veto_before")
    version: int | None = None
    months: dict[str, int]
    month_abbreviations: dict[str, int]
    lowercase_is_not_a_month: list[str]
    units: dict[Literal["day", "week", "fortnight", "month", "year"], list[Word]]
    subday_units: dict[Literal["hour", "minute"], list[Word]]
    # the denominator of a duration written as a fraction ("x 2/52": two weeks, "3/12": three
    # months, "5/7": five days); only the patterns that ask for one read it
    fraction_units: dict[str, Literal["day", "week", "month"]] = {}
    holidays: Holidays
    seasons: Seasons
    number_words: dict[str, int]
    weekdays: dict[str, int]
    event_words_after_season: EventSeasons
    future_cues: list[Word]
    presenting_cues: list[Word]
    clause_cues: ClauseCues
    anchored_after: list[Word]
    since_prefix: list[Word]
    anaphora: TimexAnaphora | None = None
    date_cues_before: list[str]
    year_veto_before: list[str]
    month_alone_cues_before: list[str]
    fraction_guard: FractionGuard
    quantity_units: list[Word]
    year_range: YearRange
    relative_days: dict[str, int]
    relative_modifiers: dict[str, int]
    patterns: list[TimexPattern]

    @field_validator("months", "month_abbreviations")
    @classmethod
    def _month_numbers(cls, value: dict[str, int]) -> dict[str, int]:
        for word, month in value.items():
            if not 1 <= month <= 12:
                raise ValueError(f"{word!r}: month {month} is not 1-12")
        return value

    @model_validator(mode="after")
    def _cue_lists_exist(self):
        known = set(_WORD_CUE_LISTS) | {k for k in (self.clause_cues.__pydantic_extra__ or {})
                                        if not k.startswith("_")}
        for index, pattern in enumerate(self.patterns):
            for key in ("requires_cue", "veto_words_before", "requires_clause_cue",
                        "veto_clause_cue"):
                name = getattr(pattern, key)
                if name is not None and name not in known:
                    raise ValueError(f"patterns[{index}] ({pattern.name!r}).{key}: no cue list "
                                     f"{name!r} (lists: {', '.join(sorted(known))})")
        return self


# ------------------------------------------------------------------------ risk_factors.json

class FactValue(Strict):
    """A patient-level fact a pattern states; ``$1`` takes the value from the pattern's group."""

    fact: RiskFact
    value: str = Field(min_length=1)


class FactPatternRule(Strict):
    """One risk-factor pattern: the facts it states, and states when negated."""

    name: str = Field(min_length=1)
    regex: Regex
    facts: list[FactValue] = Field(min_length=1)
    negated: list[FactValue] = []
    exclude: list[Regex] = []
    context: list[Regex] = []  # one must be found in the match's sentence for it to count
    value_group: int | None = Field(default=None, ge=1)

    @model_validator(mode="after")
    def _group_exists(self):
        if self.value_group is not None and self.value_group > re.compile(self.regex).groups:
            raise ValueError(f"value_group {self.value_group}: the regex has only "
                             f"{re.compile(self.regex).groups} group(s)")
        return self


class RiskFactorsFile(Strict):
    """``risk_factors.json``: clause cues and fact patterns (ESRD, dialysis, diabetes, BMI...)."""

    description: str | None = None
    clause_boundary: Regex
    negation_cues: Regex
    hypothetical_cues: Regex
    family_cues: Regex
    family_heading: Regex | None = None
    negation_after: Regex | None = None
    relative_clause: Regex | None = None
    generic_group: Regex | None = None
    vocabularies: dict[str, str] = {}
    patterns: list[FactPatternRule]

    @model_validator(mode="after")
    def _vocabularies_expand(self):
        from ..nlp.joint_regex import expand_vocabularies

        for name in self.vocabularies:
            if not re.fullmatch(r"[A-Z][A-Z0-9_]*", name):
                raise ValueError(f"vocabularies.{name}: a name is upper-case letters, digits and _")
        for index, pattern in enumerate(self.patterns):
            for key, sources in (("regex", [pattern.regex]), ("exclude", pattern.exclude),
                                 ("context", pattern.context)):
                for source in sources:
                    try:
                        expanded = expand_vocabularies(source, self.vocabularies)
                    except ValueError as exc:
                        raise ValueError(f"patterns[{index}] ({pattern.name!r}).{key}: {exc}") from None
                    try:
                        re.compile(expanded)
                    except re.error as exc:
                        raise ValueError(f"patterns[{index}] ({pattern.name!r}).{key}: bad regular "
                                         f"expression once its vocabularies are filled in ({exc})") from None
        return self


# --------------------------------------------------------------------------- screening.json

class ScreeningFile(Strict):
    """``screening.json``: the words whose presence keeps a patient in the lexical screen."""

    description: str | None = None
    version: int | None = None
    terms: list[str] = []
    whole_word_terms: list[str] = []


# ------------------------------------------------------------------------------ linker.json

class StatusSettings(Strict):
    """How strongly each section's mention counts for a patient's calciphylaxis status."""

    description: str | None = None
    section_weights: dict[str, float]
    default_section_weight: float
    differential_cues: list[Regex]
    differential_weight: float
    min_negation_weight_to_override: float
    proof_cues: Regexes


class CopyForward(Strict):
    """When a note's sentence is a copy of an earlier note's (not new evidence)."""

    min_tokens: int = Field(ge=1)
    min_jaccard: float = Field(ge=0, le=1)


class TumourNotes(Strict):
    """A generic lesion word in a note about a skin tumour, which names no calciphylaxis."""

    description: str | None = None
    generic_lesion: Regexes
    tumours: Regexes


class OtherEtiology(Strict):
    """Words that give a lesion another cause than calciphylaxis."""

    description: str | None = None
    modifiers: Regexes
    causes: Regexes
    pigment: Regexes = ""
    not_calciphylaxis: Regexes = ""
    refers_back: Regexes = ""
    refers_back_both: Regexes = ""
    list_items: Regexes = ""
    look_alikes: Regexes = ""
    injury_blisters: Regexes = ""
    burn_injuries: Regexes = ""
    rub_injuries: Regexes = ""
    # in the words that attribute a lesion: a benign change of the injection skin itself
    # (lipohypertrophy), which is no wound of its own; other lesions at its site stay the episode's
    keeps_site: Regexes = ""
    tumour_notes: TumourNotes


class PastEpisode(Strict):
    """What marks a lesion as a healed, earlier episode."""

    description: str | None = None
    sections: list[str]
    ended_cues: Regexes
    past_modifiers: Regexes
    healed_after: Regexes


class ProcedureNotes(Strict):
    """Which notes document a procedure done on their own date, and which sentences in them do not."""

    description: str | None = None
    note_types: Regexes
    not_today: Regexes
    # in any note: words saying an injection was given then and there ("given at 10:40",
    # "administered today", "given by this RN")
    given_now: Regexes = ""
    # note types of an acute visit (ED, urgent care, EMS) and the words of such a note telling
    # that what brought the patient in happened that day ("arrived 02:40", "an hour ago")
    acute_visit_types: Regexes = ""
    acute_cues: Regexes = ""


class OnsetSentences(Strict):
    """A short sentence that only says when something began ("First noticed 10 days ago.")."""

    description: str | None = None
    cues: Regexes
    max_chars: int = Field(ge=1)
    # what may stand between the cue and the time of a longer sentence ("Began roughly 2 wks ago,
    # red and warm at first, now darker"): the cue and its time open it, the rest describes
    time_right_after: Regexes = ""
    # opens a sentence that tells how the dated trouble of the sentence before began ("Started as
    # a dusky patch"): that time dates its lesions
    began_as: Regexes = ""
    # the words before the one unrelated time of a busier sentence, ending in a symptom and its
    # place ("seen for aching of the left groin skin from 3/3"): that time is the trouble's
    symptom_before: Regexes = ""
    # the words right before the one unrelated time of a sentence that names no lesion, calling
    # it an onset ("Site: left lower abdomen, arising at her insulin sites, onset 14 March"):
    # that time dates the undated lesions of the sentence before
    onset_word_before: Regexes = ""


class ChangeStatements(Strict):
    """A sentence telling when the skin at a place changed ("~1 wk ago the spot turned purple")."""

    description: str | None = None
    predicates: Regexes
    negations: Regexes


class TimeFrames(Strict):
    """'A burn on the thigh during surgery': the surgery frames the time of another trauma."""

    description: str | None = None
    before: Regexes


class AdmissionStarts(Strict):
    """An exposure begun 'on admission' dates from the admission date its note states."""

    description: str | None = None
    admission_date: Regexes
    on_admission: Regexes


class EventSettings(Strict):
    """Which mentions are lesions, and what makes one a past or another disease's lesion."""

    description: str | None = None
    lesion_labels: list[EventLabel]
    max_onset_before_documentation_days: int | None = Field(ge=0)
    inherit_site_within_note: bool
    onset_from_unplaced_lesions: bool
    other_etiology: OtherEtiology
    calciphylaxis_words: Regexes
    time_anchor_words: Regexes
    past_episode: PastEpisode
    procedure_notes: ProcedureNotes
    onset_sentences: OnsetSentences
    change_statements: ChangeStatements | None = None
    time_frames: TimeFrames | None = None
    admission_starts: AdmissionStarts
    # a trauma named by the bare word only ("trauma", "minor injury"): it tells no kind of its own
    generic_trauma: Regexes = ""


class LimbOnObject(Strict):
    """"Rests her elbows on her thighs": the limb words and sides of a pressure trauma."""

    description: str | None = None
    window_chars: int = Field(ge=0)
    limbs: dict[str, Region]
    sides: dict[str, Laterality]


class WornOn(Strict):
    """"tight new work boots": footwear and other worn things press the body part they are worn on."""

    description: str | None = None
    items: dict[Region, Regexes]


class TherapyStart(Strict):
    """Where a note states when a self-injected therapy began ("on insulin since 2011")."""

    description: str | None = None
    agents: dict[Agent, Regexes]
    start_cues: Regexes
    max_gap_chars: int = Field(ge=0)
    first_dose: Regexes | None = None


class ExposureSettings(Strict):
    """Which traumas are ongoing exposures and which single events."""

    description: str | None = None
    ongoing_trauma_types: list[TraumaType]
    single_event_types: list[TraumaType]
    chronic_agents: list[Agent]
    repeated_trauma_types: list[TraumaType]
    ongoing_cues: list[Regex]
    new_start_cues: list[Regex]
    long_standing_cues: list[Regex]
    cue_window_chars: int = Field(ge=0)
    ongoing_grace_days: int = Field(ge=0)
    limb_on_object: LimbOnObject
    worn_on: WornOn | None = None
    therapy_start: TherapyStart


class ProvingWords(Strict):
    """The words right before or after a biopsy that make it the biopsy proving the diagnosis."""

    description: str | None = None
    before: Regexes
    after: Regexes
    finding: Regexes = ""


class CareSettings(Strict):
    """Care of a lesion (dressings, debridement) that is no trauma before it."""

    description: str | None = None
    care_kinds: Regexes
    applied_to: Regexes
    treated_with: Regexes
    acted_on: Regexes
    proves_diagnosis: ProvingWords | None = None
    since_care: Regexes = ""  # right after a trauma: it began with the lesion's care ("since the biopsy")
    # a care kind dated at most this many days before the note that first tells of an undated
    # lesion, told in that note, is care of it (0: off)
    recent_days: int = 0


class NarrativeSettings(Strict):
    """Sentence patterns that tell the order of a trauma and a lesion."""

    description: str | None = None
    trauma_then_lesion: Regexes
    lesion_after_trauma: Regexes
    lesion_at_product: Regexes
    trauma_after_lesion: Regexes
    sequel_openers: Regexes
    max_sentences_apart: int = Field(ge=0)
    # words beside a lesion that say it was there before ("the plaque that was already there",
    # "the pre-existing ulcer"): a trauma told before it in the sentence came later
    lesion_already_there_before: Regexes = ""
    lesion_already_there_after: Regexes = ""
    points_back: Regexes = ""
    # opens a sentence with a tie whose subject is left unsaid, ending right before the trauma
    # ("Location: right thigh, arising at his enoxaparin injection sites")
    tie_opens_sentence: Regexes = ""
    # ends right before the words placing a lesion at a product: a measured distance ("12 cm
    # below the groin incision") places it away from the product, not at it
    product_measured_away: Regexes = ""


OverlapPolicy = Literal["unknown", "before"]   # order of a trauma and a lesion whose dates overlap


class OrderSettings(Strict):
    """Windows and tie policies for the order of a trauma and a lesion onset."""

    description: str | None = None
    max_days_before_onset_single: int | None = Field(ge=0)
    max_days_before_onset_ongoing: int | None = Field(ge=0)
    same_day_is_before: bool
    overlap_policy: OverlapPolicy
    overlap_policy_trauma_more_precise: OverlapPolicy


class SiteEvidenceSettings(Strict):
    """How much the notes must say to place a lesion at a trauma's site when no words tie them."""

    description: str | None = None
    min_lesion_mentions: int = Field(ge=1)


class ScoreSettings(Strict):
    """Weights of a link's score (site match and order)."""

    explicit: float
    exact: float
    partial: float
    none: float
    order_before: float
    order_unknown: float
    order_after: float


class MarkSettings(Strict):
    """Marks (bruises, scars) that a trauma left, as opposed to lesions."""

    description: str | None = None
    mark_words: Regexes
    caused_by: Regexes


class LinkerFile(Strict):
    """``linker.json``: every setting of the per-patient trauma -> lesion linker."""

    description: str | None = None
    status: StatusSettings
    copy_forward: CopyForward
    events: EventSettings
    exposure: ExposureSettings
    care: CareSettings
    narrative: NarrativeSettings
    procedure_products: dict[str, str]
    order: OrderSettings
    explicit_ties: list[Regex]
    tie_max_gap_chars: int = Field(ge=0)
    # how a tie phrase ends when its object comes after it ("just below", "exactly where"): after
    # the trauma, with the lesion before both, such a phrase places the trauma, not the lesion
    tie_open_ends: Regex = ""
    tie_denials: list[Regex]
    site_evidence: SiteEvidenceSettings
    scores: ScoreSettings
    marks: MarkSettings

    @field_validator("procedure_products")
    @classmethod
    def _products(cls, value: dict[str, str]) -> dict[str, str]:
        for procedure, product in value.items():
            if procedure == "description":
                continue
            for regex in (procedure, product):
                try:
                    re.compile(regex)
                except re.error as exc:
                    raise ValueError(f"{regex!r}: not a valid regular expression ({exc})") \
                        from None
        return value


# ---------------------------------------------------------------------- omop_note_nlp.json

_CONCEPT_TABLES = ("concepts", "source_concepts", "sections")


class OmopFile(Strict):
    """``omop_note_nlp.json``: the OMOP concept ids written to NOTE_NLP (0 = no matching concept)."""

    about: Comment | None = Field(default=None, alias="_about")
    nlp_system: str = "koebner"
    snippet_chars: int = Field(default=60, ge=0)
    concepts: dict[str, int] = {}
    source_concepts: dict[str, int] = {}
    sections: dict[str, int] = {}

    @model_validator(mode="before")
    @classmethod
    def _integer_ids(cls, data: Any) -> Any:
        for key in _CONCEPT_TABLES:
            table = data.get(key) if isinstance(data, dict) else None
            if not isinstance(table, dict):
                continue
            bad = [k for k, v in table.items() if not isinstance(v, int) or isinstance(v, bool)]
            if bad:
                raise ValueError(f"{key}[{bad[0]!r}] must be an integer concept id "
                                 f"(got {table[bad[0]]!r})")
        return data
