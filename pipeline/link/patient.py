"""One patient: calciphylaxis status, candidate trauma -> lesion pairs, and the patient row."""
from __future__ import annotations

import pandas as pd

from ..records import Link, PatientResult
from .config import LinkerConfig
from .dates import days_between, earliest
from .decision import PairDecision, decide
from .events import affirmed_traumas, current_lesions, date_traumas, lesion_onset
from .risk import patient_risk_factors
from .sites import GROUP_OF, Site, combined_side, sides_compatible
from .status import calciphylaxis_status
from .timeline import build_timeline

_MATCH_RANK = {"explicit": 3, "exact": 2, "partial": 1, "none": 0}


def _candidate(trauma_site: Site | None, lesion_site: Site | None) -> bool:
    """Pairs worth a row in links.parquet: the same body area (a reviewer wants to see the
    near misses too); explicit ties are added whatever their sites."""
    if trauma_site is None or lesion_site is None:
        return False
    group = GROUP_OF.get(trauma_site.region)
    return group is not None and group == GROUP_OF.get(lesion_site.region)


def _best_pairs(decisions: list[PairDecision]) -> list[PairDecision]:
    best: dict[tuple[str, str], PairDecision] = {}
    for d in decisions:
        key = (d.trauma.mention_id, d.lesion.mention_id)
        rank = (d.linked, d.score, _MATCH_RANK[d.site_match])
        current = best.get(key)
        if current is None or rank > (current.linked, current.score, _MATCH_RANK[current.site_match]):
            best[key] = d
    return list(best.values())


def _as_link(patient_id: str, d: PairDecision) -> Link:
    return Link(
        patient_id=patient_id, trauma_id=d.trauma.mention_id, lesion_id=d.lesion.mention_id,
        trauma_type=d.trauma.trauma_type, region=d.region,
        trauma_laterality=d.trauma_site.laterality if d.trauma_site else None,
        lesion_laterality=d.lesion_site.laterality if d.lesion_site else None,
        site_match=d.site_match, trauma_date=str(d.trauma.date) if d.trauma.date else None,
        lesion_onset=str(d.onset.date) if d.onset and d.onset.date else None,
        order=d.order, interval_days=d.interval_days, score=d.score, linked=d.linked,
        reason=d.reason,
    )


def _sites_field(linked: list[PairDecision], lesions) -> str:
    out = []
    for region in sorted({d.region for d in linked if d.region}):
        here = [d for d in linked if d.region == region]
        side = combined_side([d.lesion_site.laterality for d in here if d.lesion_site])
        if side is None:
            # the matched lesion was written without a side: take the side stated for that
            # region's lesions elsewhere, if it fits the trauma
            trauma_sides = [d.trauma_site.laterality for d in here if d.trauma_site]
            side = combined_side([
                s.laterality for e in lesions for s in e.sites
                if s.region == region and all(sides_compatible(s.laterality, t) for t in trauma_sides)
            ])
        out.append(f"{region}:{side or 'unspecified'}")
    return ";".join(out)


def link_patient(patient_id: str, notes: pd.DataFrame, mentions: pd.DataFrame,
                 relations: pd.DataFrame, facts: pd.DataFrame,
                 config: LinkerConfig) -> tuple[list[Link], PatientResult]:
    timeline = build_timeline(patient_id, notes, mentions, relations, config)
    status = calciphylaxis_status(timeline, config)
    lesions = current_lesions(timeline, config)
    traumas = affirmed_traumas(timeline)
    date_traumas(traumas, timeline, config)

    onsets = {}
    decisions: list[PairDecision] = []
    for trauma in traumas:
        for lesion in lesions:
            for lesion_site in lesion.sites or [None]:
                onset = None
                if lesion_site is not None:
                    key = (lesion_site.region, lesion_site.laterality)
                    if key not in onsets:
                        onsets[key] = lesion_onset(lesion_site, lesions, config)
                    onset = onsets[key]
                for trauma_site in trauma.sites or [None]:
                    same_sentence = trauma.note_id == lesion.note_id and trauma.sentence == lesion.sentence
                    if not (same_sentence or _candidate(trauma_site, lesion_site)):
                        continue
                    d = decide(trauma, trauma_site, lesion, lesion_site, onset, timeline, config,
                               status.value)
                    if d.site_match == "none" and not _candidate(trauma_site, lesion_site):
                        continue  # same sentence, different body area, no tie: not a candidate
                    decisions.append(d)
    pairs = sorted(_best_pairs(decisions), key=lambda d: (-d.linked, -d.score, d.trauma.mention_id, d.lesion.mention_id))
    links = [_as_link(patient_id, d) for d in pairs]

    linked = [d for d in pairs if d.linked]
    risk = patient_risk_factors(facts)
    evidence = list(status.evidence)
    fields: dict = {}
    if status.value == "yes" and linked:
        onset = earliest([d.onset.date for d in linked if d.onset and d.onset.date])
        trauma_date = earliest([d.trauma.date for d in linked if d.trauma.date])
        fields = dict(
            koebner="yes",
            trauma_types=";".join(sorted({d.trauma.trauma_type for d in linked if d.trauma.trauma_type})),
            sites=_sites_field(linked, lesions),
            lesion_onset=str(onset) if onset else "",
            trauma_date=str(trauma_date) if trauma_date else "",
            interval_days=days_between(trauma_date, onset),
        )
        for d in linked:
            evidence += [d.trauma.note_id, d.lesion.note_id]
    result = PatientResult(
        patient_id=patient_id, calciphylaxis=status.value, **fields,
        esrd=risk.esrd, dialysis=risk.dialysis, diabetes=risk.diabetes, insulin=risk.insulin,
        warfarin=risk.warfarin, obesity=risk.obesity, bmi=risk.bmi, n_notes=len(timeline.notes),
        evidence=";".join(sorted(set(evidence))),
    )
    return links, result
