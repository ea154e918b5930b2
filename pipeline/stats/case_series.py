"""The case-series numbers: how many calciphylaxis patients show a Koebner pattern, with what
trauma, where, after how long, and how they differ from the others (Table 1)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..records import REGION_GROUP, REGIONS, TRAUMA_TYPES
from .dates import PartialDate, parse_partial_date
from .inputs import RunTables, read_run, read_site_mentions
from .proportions import Distribution, Proportion, describe, wilson_proportion
from .table_one import RISK_FACTORS, TableOne, build_table_one, demographic_variables

LATERALITY_ORDER = ("left", "right", "bilateral", "unspecified")


@dataclass(frozen=True, slots=True)
class CategoryCount:
    """Koebner patients with one category (trauma type, region, ...) out of all Koebner patients."""
    category: str
    share: Proportion  # count of Koebner patients with the category / all Koebner patients

    def as_json(self) -> dict:
        """The category with its count, proportion and Wilson interval, for summary.json."""
        return {"category": self.category, **self.share.as_json()}


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """A trauma or lesion event of a Koebner patient for the timeline figure; ``when`` None if undated."""
    event_id: str
    kind: str  # trauma | lesion
    when: PartialDate | None
    detail: str  # trauma type or region, never note text


@dataclass
class PatientTimeline:
    """A Koebner patient's trauma and lesion events, and the (trauma_id, lesion_id) pairs linked."""
    patient_id: str
    events: list[TimelineEvent] = field(default_factory=list)
    linked_pairs: list[tuple[str, str]] = field(default_factory=list)  # (trauma_id, lesion_id)


@dataclass(frozen=True, slots=True)
class RegionCount:
    """Per body region: calciphylaxis patients with a lesion there, with a trauma there, and Koebner matches."""
    region: str
    group: str
    lesion_patients: int  # calciphylaxis patients with an affirmed lesion at the region
    trauma_patients: int  # ... with an affirmed trauma at the region
    koebner_patients: int  # Koebner patients whose matched site is the region


@dataclass
class CaseSeriesStats:
    """Every number of the case series, as written to stats/ (Table 1, summary.json and figures).

    ``notes`` holds the remarks a reader must see (excluded patients, empty groups, missing files).
    """
    run_dir: str
    n_patients: int
    calciphylaxis_counts: dict[str, int]
    koebner: Proportion
    trauma_types: list[CategoryCount]
    regions: list[CategoryCount]
    region_lateralities: list[CategoryCount]
    interval: Distribution
    interval_values: list[float]  # one per Koebner patient with a known interval
    table1: TableOne
    region_counts: list[RegionCount]
    timelines: list[PatientTimeline]
    has_demographics: bool
    notes: list[str] = field(default_factory=list)


def _split_values(text: str) -> list[str]:
    """The non-empty items of a ``;``-separated field, stripped."""
    return [part.strip() for part in str(text).split(";") if part.strip()]


def _region_sort_key(region: str) -> tuple[int, str]:
    """Sort key that orders regions head to foot as the guidelines list them; unknown ones last."""
    # Head to foot, as the guidelines list the regions; anything unknown goes last.
    return (REGIONS.index(region), "") if region in REGIONS else (len(REGIONS), region)


def _site_key(site: str) -> tuple[int, str, int]:
    region, _, side = site.partition(":")
    side_rank = LATERALITY_ORDER.index(side) if side in LATERALITY_ORDER else len(LATERALITY_ORDER)
    return (*_region_sort_key(region), side_rank)


def _per_patient_counts(values: pd.Series, denominator: int, order) -> list[CategoryCount]:
    # A patient counts once per category, however many matched traumas of that kind they have.
    counter: Counter[str] = Counter()
    for text in values:
        counter.update(set(_split_values(text)))
    categories = sorted(counter, key=order)
    return [CategoryCount(c, wilson_proportion(counter[c], denominator)) for c in categories]


def compute_stats(run_dir: Path | str, demographics: Path | str | None = None) -> CaseSeriesStats:
    """The case-series statistics of a run folder, over its calciphylaxis = yes patients.

    ``demographics`` is an optional CSV of age, sex and other columns per patient_id for Table 1.
    Raises RunInputError when a run-folder file is missing or breaks the contract.
    """
    run_dir = Path(run_dir)
    tables = read_run(run_dir, Path(demographics) if demographics else None)
    patients = tables.patients
    notes = list(tables.notes)
    # issue 15 (kept apart): patients none of whose notes could be read are no evidence either way
    if "processed" in patients.columns:
        not_assessed = int((patients["processed"] == "none").sum())
        if not_assessed:
            notes.append(f"{not_assessed} of {len(patients)} patient(s) could not be assessed: every "
                         "note quarantined (processed = none in patients.csv)")

    calci = patients[patients["calciphylaxis"] == "yes"].copy()
    inconsistent = int(((patients["koebner"] == "yes") & (patients["calciphylaxis"] != "yes")).sum())
    if inconsistent:
        notes.append(
            f"{inconsistent} patient(s) have koebner=yes without calciphylaxis=yes; they are "
            "outside the case series and not counted"
        )
    koebner_rows = calci[calci["koebner"] == "yes"]
    n_koebner = len(koebner_rows)
    if len(calci) == 0:
        notes.append("no patient has calciphylaxis=yes: the case series is empty")
    elif n_koebner == 0:
        notes.append("no calciphylaxis patient has koebner=yes: no Koebner group")

    type_order = lambda t: (TRAUMA_TYPES.index(t) if t in TRAUMA_TYPES else len(TRAUMA_TYPES), t)  # noqa: E731
    trauma_types = _per_patient_counts(koebner_rows["trauma_types"], n_koebner, type_order)
    site_lists = koebner_rows["sites"].map(_split_values)
    regions = _per_patient_counts(
        site_lists.map(lambda sites: ";".join(s.partition(":")[0] for s in sites)),
        n_koebner, _region_sort_key,
    )
    region_lateralities = _per_patient_counts(koebner_rows["sites"], n_koebner, _site_key)
    interval = describe(koebner_rows["interval_days"], unit="days")

    table1 = _table_one(calci, tables)
    region_counts = _region_counts(run_dir, calci, site_lists)
    timelines = _timelines(koebner_rows, tables.links)
    return CaseSeriesStats(
        run_dir=str(run_dir),
        n_patients=len(patients),
        calciphylaxis_counts={v: int((patients["calciphylaxis"] == v).sum())
                              for v in ("yes", "possible", "no")},
        koebner=wilson_proportion(n_koebner, len(calci)),
        trauma_types=trauma_types,
        regions=regions,
        region_lateralities=region_lateralities,
        interval=interval,
        interval_values=[float(v) for v in koebner_rows["interval_days"].dropna()],
        table1=table1,
        region_counts=region_counts,
        timelines=timelines,
        has_demographics=tables.demographics is not None,
        notes=notes,
    )


def _table_one(calci: pd.DataFrame, tables: RunTables) -> TableOne:
    frame = calci.reset_index(drop=True)
    variables = []
    if tables.demographics is not None:
        demo = tables.demographics.set_index("patient_id").loc[frame["patient_id"]].reset_index()
        extra = [c for c in demo.columns if c != "patient_id"]
        clash = [c for c in extra if c in frame.columns]
        demo = demo.rename(columns={c: f"{c} (demographics)" for c in clash})
        frame = pd.concat([frame, demo.drop(columns="patient_id")], axis=1)
        variables += demographic_variables(list(demo.columns), demo)
    variables += list(RISK_FACTORS)
    group = frame["koebner"].map(lambda v: "koebner" if v == "yes" else "non_koebner")
    return build_table_one(frame, group, variables)


def _region_counts(run_dir: Path, calci: pd.DataFrame, koebner_sites: pd.Series) -> list[RegionCount]:
    located = read_site_mentions(run_dir)
    lesion: dict[str, set[str]] = {}
    trauma: dict[str, set[str]] = {}
    if located is not None:
        located = located[located["patient_id"].isin(set(calci["patient_id"]))]
        for row in located.itertuples(index=False):
            target = lesion if row.kind == "lesion" else trauma
            target.setdefault(str(row.region), set()).add(row.patient_id)
    matched: Counter[str] = Counter()
    for sites in koebner_sites:
        matched.update({s.partition(":")[0] for s in sites})
    regions = sorted(set(lesion) | set(trauma) | set(matched), key=_region_sort_key)
    return [
        RegionCount(r, REGION_GROUP.get(r, "other"), len(lesion.get(r, ())),
                    len(trauma.get(r, ())), matched.get(r, 0))
        for r in regions
    ]


def _timelines(koebner_rows: pd.DataFrame, links: pd.DataFrame | None) -> list[PatientTimeline]:
    timelines = []
    for row in koebner_rows.itertuples(index=False):
        timeline = PatientTimeline(row.patient_id)
        mine = links[links["patient_id"] == row.patient_id] if links is not None else None
        if mine is not None and len(mine):
            seen: set[str] = set()
            for link in mine.itertuples(index=False):
                trauma_id, lesion_id = str(link.trauma_id), str(link.lesion_id)
                if trauma_id not in seen:
                    seen.add(trauma_id)
                    timeline.events.append(TimelineEvent(
                        trauma_id, "trauma", parse_partial_date(link.trauma_date),
                        str(link.trauma_type or "trauma")))
                if lesion_id not in seen:
                    seen.add(lesion_id)
                    timeline.events.append(TimelineEvent(
                        lesion_id, "lesion", parse_partial_date(link.lesion_onset),
                        str(link.region or "lesion")))
                if link.linked is True or (link.linked is not None and link.linked is not pd.NA
                                           and bool(link.linked)):
                    timeline.linked_pairs.append((trauma_id, lesion_id))
        else:
            # No candidate links: the patient-level dates are still one trauma -> lesion pair.
            timeline.events = [
                TimelineEvent("trauma", "trauma", parse_partial_date(row.trauma_date),
                              row.trauma_types or "trauma"),
                TimelineEvent("lesion", "lesion", parse_partial_date(row.lesion_onset),
                              row.sites or "lesion"),
            ]
            timeline.linked_pairs = [("trauma", "lesion")]
        timelines.append(timeline)
    return timelines
