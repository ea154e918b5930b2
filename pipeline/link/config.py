"""Linker settings: configs/linker.json (shipped as pipeline.configs), overridable by a path."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, get_args

from ..resources import ConfigError, config_source
from ..rules.loader import read
from ..rules.schema_settings import OverlapPolicy, ScoreSettings

CONFIG_NAME = "linker.json"


class LinkerConfigError(ConfigError):
    """The linker settings file is missing a key or holds a value of the wrong kind."""


@dataclass(frozen=True)
class StatusConfig:
    """How much a mention counts for calciphylaxis status, by section and cue."""

    section_weights: dict[str, float]
    default_section_weight: float
    differential_cues: re.Pattern
    differential_weight: float
    min_negation_weight_to_override: float
    proof_cues: re.Pattern

    def section_weight(self, section: str | None) -> float:
        """The weight of a mention in ``section`` (no section counts as ``other``)."""
        return self.section_weights.get(section or "other", self.default_section_weight)


@dataclass(frozen=True)
class EtiologyConfig:
    """Words that give a lesion another cause than calciphylaxis."""

    modifiers: re.Pattern  # must cover the lesion's words
    causes: re.Pattern  # must begin right after the lesion
    generic_lesion: re.Pattern  # the whole lesion text is a generic word ("lesion", "growth") ...
    tumours: re.Pattern  # ... in a note that names a skin tumour ("dysplastic nevus")
    pigment: re.Pattern | None = None  # must cover the lesion's words: pigment, no lesion
    # after the lesion in its sentence: "it is not calciphylaxis" (another cause, said plainly)
    not_calciphylaxis: re.Pattern | None = None
    # the start of a sentence that speaks of the lesions of the sentence before ("This is ...")
    refers_back: re.Pattern | None = None
    # right after the lesion: it is a look-alike or mimic ("the other wounds are look-alikes")
    look_alikes: re.Pattern | None = None
    # a sentence that points at two things ("Both look like ...", "Neither is ..."): it may speak
    # of the lesions of the two sentences before it, each sentence with its own
    refers_back_both: re.Pattern | None = None
    # the whole lesion text names an injury's own blister ("two intact blisters"): in a sentence
    # that tells of a burn or scald, the blister is that burn's, not a lesion of the episode
    injury_blisters: re.Pattern | None = None
    # the words of a burn injury (not of a heat exposure, whose blister may be the first lesion)
    burn_injuries: re.Pattern | None = None
    # the start of a bulleted or numbered item: under a heading line that says "not
    # calciphylaxis", each item is another cause's ("Other findings, not calciphylaxis:\n- ...")
    list_items: re.Pattern | None = None
    # the words of a rub that names the blister right after it ("friction blisters", "chafing
    # blisters"): the rub's own injury, as a burn's blister is the burn's
    rub_injuries: re.Pattern | None = None
    # in the attributing words: a benign change of the injection skin (lipohypertrophy), no
    # wound of its own, so the other lesions at its site are not its wound
    keeps_site: re.Pattern | None = None


@dataclass(frozen=True)
class ExposureConfig:
    """Which traumas are ongoing exposures, which single events, and the cues that tell."""

    ongoing_trauma_types: frozenset[str]  # chronic by nature (pressure)
    single_event_types: frozenset[str]  # never ongoing (procedures, accidents)
    chronic_agents: frozenset[str]  # injected agents used for years (insulin)
    repeated_trauma_types: frozenset[str]  # types whose start dates a later, undated mention
    ongoing_cues: re.Pattern
    new_start_cues: re.Pattern
    long_standing_cues: re.Pattern
    cue_window_chars: int
    grace_days: int
    limb_regions: dict[str, str]  # a limb named in a pressure trauma -> its region
    limb_sides: dict[str, str]
    limb_window_chars: int
    therapy_words: dict[str, re.Pattern]  # agent -> the words naming its therapy ("lantus")
    therapy_start_cues: re.Pattern  # "since", "started" between those words and a date
    therapy_max_gap_chars: int
    # a sentence opening on the first dose ("First dose was 4/14"): the start of the therapy
    # named in the sentence before it
    therapy_first_dose: re.Pattern | None = None
    # a pressure trauma naming a thing worn on a body part ("boots") -> that part's region
    worn_on: tuple[tuple[re.Pattern, str], ...] = ()


@dataclass(frozen=True)
class CareConfig:
    """Care of a lesion (dressings, debridement) that is not a trauma before it."""

    kinds: re.Pattern
    applied_to: re.Pattern
    treated_with: re.Pattern
    acted_on: re.Pattern
    # the words around a biopsy that make it the one proving the diagnosis ("biopsy-proven")
    proves_before: re.Pattern | None
    proves_after: re.Pattern | None
    proves_finding: re.Pattern | None = None  # after the biopsy in its sentence: it found the disease
    # right after a trauma in its sentence: it began with the lesion's care ("ice ... since the biopsy")
    since_care: re.Pattern | None = None
    # "did a punch bx last Thursday" in the note that first tells of an undated lesion: its biopsy
    recent_days: int = 0


@dataclass(frozen=True)
class NarrativeConfig:
    """Sentence patterns that tell the order of a trauma and a lesion."""

    trauma_then_lesion: re.Pattern
    lesion_after_trauma: re.Pattern
    lesion_at_product: re.Pattern
    trauma_after_lesion: re.Pattern
    sequel_openers: re.Pattern
    max_sentences_apart: int
    procedure_products: tuple[tuple[re.Pattern, re.Pattern], ...]
    lesion_already_there_before: re.Pattern | None = None  # ends right before the lesion
    lesion_already_there_after: re.Pattern | None = None  # starts right after it
    # opens a sentence that places the lesions of the sentences before it at its trauma
    points_back: re.Pattern | None = None
    # opens a sentence with the tie of a lesion left unsaid, ending right before the trauma
    # ("Location: right thigh, arising at his ..."): places the lesions of the sentences before it
    tie_opens_sentence: re.Pattern | None = None
    # ends right before lesion_at_product's words: a measured distance from the product
    product_measured_away: re.Pattern | None = None


@dataclass(frozen=True)
class OrderConfig:
    """Windows and tie policies for the order of a trauma and a lesion onset."""

    max_days_single: int | None
    max_days_ongoing: int | None
    same_day_is_before: bool
    overlap_policy: str  # unknown | before
    overlap_policy_trauma_more_precise: str  # the same, when the trauma's date is the finer one


@dataclass(frozen=True)
class LinkerConfig:
    """Every linker setting, compiled (regexes, frozensets); built by :func:`load_config`."""

    status: StatusConfig
    copy_min_tokens: int
    copy_min_jaccard: float
    lesion_labels: tuple[str, ...]
    max_onset_lead_days: int | None
    inherit_site_within_note: bool
    onset_from_unplaced_lesions: bool
    other_etiology: EtiologyConfig
    time_anchor_words: re.Pattern
    procedure_note_types: re.Pattern  # note types that document a procedure done that day
    procedure_not_today: re.Pattern  # words placing a procedure sentence of such a note elsewhere in time
    injection_given_now: re.Pattern | None  # an injection's sentence saying it was given then, in any note
    # note types of an acute visit (ED, urgent care, EMS), and words of such a note telling that
    # what brought the patient in happened that day ("arrived 02:40", "an hour ago"): an undated
    # injury or burn the note reports happened on its date; None when the rules file has neither
    acute_visit_types: re.Pattern | None
    acute_cues: re.Pattern | None
    onset_cues: re.Pattern  # opens a sentence that only dates a start ("First noticed 10 days ago.")
    onset_max_chars: int
    onset_time_right_after: re.Pattern | None
    # opens a sentence telling how the dated trouble before it began ("Started as a dusky patch")
    onset_began_as: re.Pattern | None
    # the words before a time that no relation took, ending in a symptom and its place ("seen for
    # aching of the left groin skin from 3/3"): the time of that trouble
    onset_symptom_before: re.Pattern | None
    # right before the one unrelated time of a sentence with no lesion: "onset 14 March"
    onset_word_before: re.Pattern | None
    # a change of the skin at a place, told with its time and no lesion word ("the area became
    # purple"); None when the rules file has no change_statements
    change_predicates: re.Pattern | None
    change_negations: re.Pattern | None
    # words right before a procedure that make it the time frame of another trauma in its
    # sentence ("burn on the thigh during surgery"); None when the rules file has none
    time_frame_before: re.Pattern | None
    admission_date: re.Pattern  # the admission date a note states ("Admission date: 10/30/2019"), group "date"
    on_admission: re.Pattern  # a trauma's sentence saying it began on admission
    past_sections: frozenset[str]
    past_cues: re.Pattern
    past_modifiers: re.Pattern
    healed_after: re.Pattern
    mark_words: re.Pattern
    mark_caused_by: re.Pattern
    calciphylaxis_words: re.Pattern
    # a trauma named by the bare word only ("trauma", "minor injury"), whose type is a default:
    # None when the rules file has none
    generic_trauma: re.Pattern | None
    exposure: ExposureConfig
    care: CareConfig
    narrative: NarrativeConfig
    order: OrderConfig
    explicit_ties: tuple[re.Pattern, ...]
    # the fewest of the patient's lesion mentions that must place a lesion at a site for a
    # trauma there to link to it by site alone (no words tying the two)
    min_lesion_mentions: int
    tie_max_gap_chars: int
    tie_denials: re.Pattern
    scores: dict[str, float]
    # a tie phrase's end whose object comes after it ("just below"); None: no such ends
    tie_open_ends: re.Pattern | None = None
    source: str = CONFIG_NAME


def _alternation(words: list[str]) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)


def _regex(value: str | list[str]) -> re.Pattern:
    if isinstance(value, list):
        value = "|".join(f"(?:{v})" for v in value)
    return re.compile(value, re.IGNORECASE)


def _etiology(data: dict[str, Any]) -> EtiologyConfig:
    tumour_notes = data["tumour_notes"]
    return EtiologyConfig(_regex(data["modifiers"]), _regex(data["causes"]),
                          _whole(tumour_notes["generic_lesion"]), _regex(tumour_notes["tumours"]),
                          _regex(data["pigment"]) if data.get("pigment") else None,
                          _regex(data["not_calciphylaxis"]) if data.get("not_calciphylaxis") else None,
                          _regex(data["refers_back"]) if data.get("refers_back") else None,
                          _regex(data["look_alikes"]) if data.get("look_alikes") else None,
                          _regex(data["refers_back_both"]) if data.get("refers_back_both") else None,
                          _whole(data["injury_blisters"]) if data.get("injury_blisters") else None,
                          _regex(data["burn_injuries"]) if data.get("burn_injuries") else None,
                          _regex(data["list_items"]) if data.get("list_items") else None,
                          _regex(data["rub_injuries"]) if data.get("rub_injuries") else None,
                          _regex(data["keeps_site"]) if data.get("keeps_site") else None)


def _whole(value) -> re.Pattern:
    """A pattern that must match the whole of a mention's text."""
    return re.compile(rf"(?:{_regex(value).pattern})\Z", re.IGNORECASE)


# the schema's values (load_config validates the file before building the config)
_OVERLAP_POLICIES = get_args(OverlapPolicy)
_SCORE_KEYS = tuple(ScoreSettings.model_fields)


def _from_dict(data: dict[str, Any], source: str) -> LinkerConfig:
    key = "(top level)"
    try:
        key = "status"
        status = data["status"]
        status_config = StatusConfig(
            section_weights={k: float(v) for k, v in status["section_weights"].items()},
            default_section_weight=float(status["default_section_weight"]),
            differential_cues=_alternation(status["differential_cues"]),
            differential_weight=float(status["differential_weight"]),
            min_negation_weight_to_override=float(status["min_negation_weight_to_override"]),
            proof_cues=_regex(status["proof_cues"]),
        )
        key = "exposure"
        exposure = data["exposure"]
        exposure_config = ExposureConfig(
            ongoing_trauma_types=frozenset(exposure["ongoing_trauma_types"]),
            single_event_types=frozenset(exposure["single_event_types"]),
            chronic_agents=frozenset(exposure["chronic_agents"]),
            repeated_trauma_types=frozenset(exposure["repeated_trauma_types"]),
            ongoing_cues=_alternation(exposure["ongoing_cues"]),
            new_start_cues=_alternation(exposure["new_start_cues"]),
            long_standing_cues=_alternation(exposure["long_standing_cues"]),
            cue_window_chars=int(exposure["cue_window_chars"]),
            limb_regions={k: str(v) for k, v in exposure["limb_on_object"]["limbs"].items()},
            limb_sides={k: str(v) for k, v in exposure["limb_on_object"]["sides"].items()},
            limb_window_chars=int(exposure["limb_on_object"]["window_chars"]),
            grace_days=int(exposure["ongoing_grace_days"]),
            therapy_words={agent: _regex(words) for agent, words in exposure["therapy_start"]["agents"].items()},
            therapy_start_cues=_regex(exposure["therapy_start"]["start_cues"]),
            therapy_max_gap_chars=int(exposure["therapy_start"]["max_gap_chars"]),
            therapy_first_dose=(_regex(exposure["therapy_start"]["first_dose"])
                                if exposure["therapy_start"].get("first_dose") else None),
            worn_on=tuple((_regex(words), str(region)) for region, words
                          in ((exposure.get("worn_on") or {}).get("items") or {}).items()),
        )
        key = "care"
        care = data["care"]
        proves = care.get("proves_diagnosis") or {}
        care_config = CareConfig(_regex(care["care_kinds"]), _regex(care["applied_to"]),
                                 _regex(care["treated_with"]), _regex(care["acted_on"]),
                                 _regex(proves["before"]) if proves.get("before") else None,
                                 _regex(proves["after"]) if proves.get("after") else None,
                                 _regex(proves["finding"]) if proves.get("finding") else None,
                                 _regex(care["since_care"]) if care.get("since_care") else None,
                                 int(care.get("recent_days", 0)))
        key = "narrative"
        story = data["narrative"]
        products = tuple((_regex(k), _regex(v)) for k, v in data["procedure_products"].items()
                         if k != "description")
        narrative_config = NarrativeConfig(
            trauma_then_lesion=_regex(story["trauma_then_lesion"]),
            lesion_after_trauma=_regex(story["lesion_after_trauma"]),
            lesion_at_product=_regex(story["lesion_at_product"]),
            trauma_after_lesion=_regex(story["trauma_after_lesion"]),
            sequel_openers=_regex(story["sequel_openers"]),
            max_sentences_apart=int(story["max_sentences_apart"]),
            procedure_products=products,
            lesion_already_there_before=_regex(story["lesion_already_there_before"])
            if story.get("lesion_already_there_before") else None,
            lesion_already_there_after=_regex(story["lesion_already_there_after"])
            if story.get("lesion_already_there_after") else None,
            points_back=_regex(story["points_back"]) if story.get("points_back") else None,
            tie_opens_sentence=_regex(story["tie_opens_sentence"]) if story.get("tie_opens_sentence") else None,
            product_measured_away=_regex(story["product_measured_away"])
            if story.get("product_measured_away") else None,
        )
        key = "order"
        order = data["order"]
        policies = {k: str(order[k]) for k in ("overlap_policy", "overlap_policy_trauma_more_precise")}
        for name, policy in policies.items():
            if policy not in _OVERLAP_POLICIES:
                raise ValueError(f"{name} must be one of {', '.join(_OVERLAP_POLICIES)}, not {policy!r}")
        order_config = OrderConfig(order["max_days_before_onset_single"],
                                   order["max_days_before_onset_ongoing"],
                                   bool(order["same_day_is_before"]), policies["overlap_policy"],
                                   policies["overlap_policy_trauma_more_precise"])
        key = "events"
        events, copy = data["events"], data["copy_forward"]
        change = events.get("change_statements")  # optional: older rule folders lack it
        key = "site_evidence"
        min_lesion_mentions = int(data["site_evidence"]["min_lesion_mentions"])
        key = "scores"
        scores = {k: float(v) for k, v in data["scores"].items()}
        missing = [k for k in _SCORE_KEYS if k not in scores]
        if missing:
            raise KeyError(missing[0])
        key = "(top level)"
        return LinkerConfig(
            status=status_config,
            copy_min_tokens=int(copy["min_tokens"]),
            copy_min_jaccard=float(copy["min_jaccard"]),
            lesion_labels=tuple(events["lesion_labels"]),
            max_onset_lead_days=events["max_onset_before_documentation_days"],
            inherit_site_within_note=bool(events["inherit_site_within_note"]),
            onset_from_unplaced_lesions=bool(events["onset_from_unplaced_lesions"]),
            other_etiology=_etiology(events["other_etiology"]),
            calciphylaxis_words=_regex(events["calciphylaxis_words"]),
            generic_trauma=_regex(events["generic_trauma"]) if events.get("generic_trauma") else None,
            time_anchor_words=_regex(events["time_anchor_words"]),
            procedure_note_types=_regex(events["procedure_notes"]["note_types"]),
            procedure_not_today=_regex(events["procedure_notes"]["not_today"]),
            injection_given_now=_regex(events["procedure_notes"]["given_now"])
            if events["procedure_notes"].get("given_now") else None,
            acute_visit_types=_regex(events["procedure_notes"]["acute_visit_types"])
            if events["procedure_notes"].get("acute_visit_types") else None,
            acute_cues=_regex(events["procedure_notes"]["acute_cues"])
            if events["procedure_notes"].get("acute_cues") else None,
            onset_cues=_regex(events["onset_sentences"]["cues"]),
            onset_max_chars=int(events["onset_sentences"]["max_chars"]),
            onset_time_right_after=_regex(events["onset_sentences"]["time_right_after"])
            if events["onset_sentences"].get("time_right_after") else None,
            onset_began_as=_regex(events["onset_sentences"]["began_as"])
            if events["onset_sentences"].get("began_as") else None,
            onset_symptom_before=_regex(events["onset_sentences"]["symptom_before"])
            if events["onset_sentences"].get("symptom_before") else None,
            onset_word_before=_regex(events["onset_sentences"]["onset_word_before"])
            if events["onset_sentences"].get("onset_word_before") else None,
            change_predicates=_regex(change["predicates"]) if change else None,
            change_negations=_regex(change["negations"]) if change else None,
            time_frame_before=_regex(events["time_frames"]["before"]) if events.get("time_frames") else None,
            admission_date=_regex(events["admission_starts"]["admission_date"]),
            on_admission=_regex(events["admission_starts"]["on_admission"]),
            past_sections=frozenset(events["past_episode"]["sections"]),
            past_cues=_regex(events["past_episode"]["ended_cues"]),
            past_modifiers=_regex(events["past_episode"]["past_modifiers"]),
            healed_after=_regex(events["past_episode"]["healed_after"]),
            mark_words=_regex(data["marks"]["mark_words"]),
            mark_caused_by=_regex(data["marks"]["caused_by"]),
            exposure=exposure_config, care=care_config, narrative=narrative_config,
            order=order_config,
            explicit_ties=tuple(re.compile(p, re.IGNORECASE) for p in data["explicit_ties"]),
            min_lesion_mentions=min_lesion_mentions,
            tie_max_gap_chars=int(data["tie_max_gap_chars"]),
            tie_open_ends=_regex(data["tie_open_ends"]) if data.get("tie_open_ends") else None,
            tie_denials=re.compile("|".join(data["tie_denials"]), re.IGNORECASE),
            scores=scores,
            source=source,
        )
    except KeyError as exc:
        where = "" if key == "(top level)" else f" in {key!r}"
        raise LinkerConfigError(f"{source}: missing setting {exc.args[0]!r}{where}") from exc
    except (TypeError, ValueError, re.error) as exc:
        raise LinkerConfigError(f"{source}: bad value in {key!r} ({exc})") from exc


def load_config(path: str | Path | None = None) -> LinkerConfig:
    """The settings of ``path`` (a full linker.json), else of the linker.json in use (the active
    rules folder's, else the shipped one).

    The file is checked against :class:`pipeline.rules.schema_settings.LinkerFile` first: a
    problem raises LinkerConfigError naming the file and the key path.
    """
    data = read(CONFIG_NAME, path, LinkerConfigError)
    return _from_dict(data, config_source(CONFIG_NAME, path))
