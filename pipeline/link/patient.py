"""One patient: calciphylaxis status, candidate trauma -> lesion pairs, and the patient row."""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

import pandas as pd

from ..records import REGION_GROUP, Link, PatientResult
from .config import LinkerConfig
from .dates import days_between, earliest
from .decision import PairDecision, decide
from .lesions import current_lesions, lesion_onset
from .narrative import mark_care, product_tie
from .risk import patient_risk_factors
from .sites import Site, combined_side, sides_compatible
from .status import calciphylaxis_status
from .timeline import build_timeline
from .traumas import affirmed_traumas, date_traumas

_MATCH_RANK = {"explicit": 3, "exact": 2, "partial": 1, "none": 0}


def _candidate(trauma_site: Site | None, lesion_site: Site | None) -> bool:
    """Pairs worth a row in links.parquet: the same body area (a reviewer wants to see the
    near misses too); pairs the note's words join (a tie, an order, care) are added whatever
    their sites."""
    if trauma_site is None or lesion_site is None:
        return False
    group = REGION_GROUP.get(trauma_site.region)
    return group is not None and group == REGION_GROUP.get(lesion_site.region)


def _lesion_mentions_at(site: Site, lesions) -> int:
    """How many of the patient's lesion mentions place a lesion at ``site`` (its region, a
    compatible side); a sentence copied forward into a later note counts once."""
    return len({e.copied_from or e.mention_id for e in lesions
                if any(s.region == site.region and sides_compatible(s.laterality, site.laterality)
                       for s in e.sites)})


def _told_together(trauma, lesion, config: LinkerConfig) -> bool:
    """The two are close enough in one note for its words to join them."""
    return (trauma.note_id == lesion.note_id
            and abs(trauma.sentence - lesion.sentence) <= config.narrative.max_sentences_apart)


def _rank(d: PairDecision) -> tuple:
    return (d.linked, d.score, _MATCH_RANK[d.site_match])


def _trauma_types(linked: list, config: LinkerConfig) -> set[str]:
    """The kinds of the linked traumas; a trauma named by the bare word ("a classic trauma-site
    presentation") tells none of its own, so its default kind counts only when no trauma of a
    named kind is linked."""
    generic = config.generic_trauma
    named = {d.trauma.trauma_type for d in linked if d.trauma.trauma_type
             and not (generic is not None and generic.fullmatch(d.trauma.text.strip()))}
    return named or {d.trauma.trauma_type for d in linked if d.trauma.trauma_type}


def _best_pairs(decisions: list[PairDecision]) -> list[PairDecision]:
    best: dict[tuple[str, str], PairDecision] = {}
    for d in decisions:
        key = (d.trauma.mention_id, d.lesion.mention_id)
        current = best.get(key)
        if current is None or _rank(d) > _rank(current):
            best[key] = d
    return list(best.values())


def _as_link(patient_id: str, d: PairDecision) -> Link:
    return Link(
        patient_id=patient_id, trauma_id=d.trauma.mention_id, lesion_id=d.lesion.mention_id,
        trauma_type=d.trauma.trauma_type, region=d.region,
        trauma_laterality=d.trauma_site.laterality if d.trauma_site else None,
        lesion_laterality=d.lesion_site.laterality if d.lesion_site else None,
        site_match=d.site_match, trauma_date=str(d.trauma.date) if d.trauma.date else None,
        lesion_onset=str(d.onset.date) if d.onset.date else None,
        order=d.contract_order, interval_days=d.interval_days, score=d.score, linked=d.linked,
        reason=d.reason, order_basis=d.order_basis, dates_overlap=d.order == "overlap",
        window=d.window, care=d.care is not None,
    )


def _one_region(sites: set[Site]) -> Site | None:
    """The region all ``sites`` share, with their sides combined; None unless there is exactly one."""
    regions = {s.region for s in sites}
    if len(regions) != 1:
        return None
    return Site(regions.pop(), combined_side([s.laterality for s in sites]))


def _placed_elsewhere(trauma, traumas) -> Site | None:
    """The one site the same exposure (the same words) is given in the patient's other mentions
    of it: where a trauma its sentence leaves unplaced is, when a tie linked it ("the lesion is
    the spot where the ice pack sat", after "ice pack on that shoulder" in an earlier note)."""
    return _one_region({s for t in traumas if t is not trauma and t.key == trauma.key for s in t.sites})


def _lesions_placed_once(lesions) -> Site | None:
    """The one region (with its sides) the patient's placed lesions share: where a lesion its
    sentence leaves unplaced is, when a tie linked it to an unplaced trauma ("the nodule is the
    area he uses for his Lovenox", after "nodule on the left upper thigh" in an earlier note)."""
    return _one_region({s for e in lesions for s in e.sites})


def _sites_field(linked: list[PairDecision], lesions, traumas) -> str:
    out = []
    placed = {id(d): d.trauma_site or _placed_elsewhere(d.trauma, traumas) or _lesions_placed_once(lesions)
              for d in linked if d.region is None}

    def region_of(d: PairDecision) -> str | None:
        if d.region is not None:
            return d.region
        site = placed[id(d)]
        return site.region if site else None

    for region in sorted({region_of(d) for d in linked if region_of(d)}):
        here = [d for d in linked if region_of(d) == region]
        side = combined_side([d.lesion_site.laterality for d in here if d.lesion_site])
        if side is None:
            # the matched lesion was written without a side: take the side stated for that
            # region's lesions elsewhere, if it fits the trauma
            trauma_sides = [d.trauma_site.laterality for d in here if d.trauma_site]
            trauma_sides += [placed[id(d)].laterality for d in here if placed.get(id(d))]
            side = combined_side([
                s.laterality for e in lesions for s in e.sites
                if s.region == region and all(sides_compatible(s.laterality, t) for t in trauma_sides)
            ])
        out.append(f"{region}:{side or 'unspecified'}")
    return ";".join(out)


def link_patient(patient_id: str, notes: pd.DataFrame, mentions: pd.DataFrame,
                 relations: pd.DataFrame, facts: pd.DataFrame,
                 config: LinkerConfig) -> tuple[list[Link], PatientResult]:
    """Decide one patient: calciphylaxis status, candidate links and the patients.csv row.

    The tables hold this patient's rows only. Links come best first (linked, then by score); the
    row's Koebner fields are filled only when the status is "yes" and at least one pair is linked.
    """
    timeline = build_timeline(patient_id, notes, mentions, relations, config)
    status = calciphylaxis_status(timeline, config.status)
    lesions = current_lesions(timeline, config)
    traumas = affirmed_traumas(timeline, config)
    date_traumas(traumas, timeline, config)
    mark_care(traumas, lesions, timeline, config)

    onsets, told_at = {}, {}
    decisions: list[PairDecision] = []
    for trauma in traumas:
        for lesion in lesions:
            anatomical_tie = product_tie(trauma, lesion, timeline, config)
            told = _told_together(trauma, lesion, config) or anatomical_tie is not None
            for lesion_site in lesion.sites or [None]:
                onset, site_mentions = None, 0
                if lesion_site is not None:
                    key = (lesion_site.region, lesion_site.laterality)
                    if key not in onsets:
                        onsets[key] = lesion_onset(lesion_site, lesions, config, traumas)
                        told_at[key] = _lesion_mentions_at(lesion_site, lesions)
                    onset, site_mentions = onsets[key], told_at[key]
                for trauma_site in trauma.sites or [None]:
                    near = _candidate(trauma_site, lesion_site)
                    if not (told or near):
                        continue
                    d = decide(trauma, trauma_site, lesion, lesion_site, onset, timeline, config,
                               status.value, anatomical_tie, site_mentions)
                    if d.site_match == "none" and not near and d.care is None:
                        continue  # told together, different body area, no tie, not care
                    decisions.append(d)
    pairs = sorted(_best_pairs(decisions),
                   key=lambda d: (-d.linked, -d.score, d.trauma.mention_id, d.lesion.mention_id))
    links = [_as_link(patient_id, d) for d in pairs]

    linked = [d for d in pairs if d.linked]
    risk = patient_risk_factors(facts)
    evidence = list(status.evidence)
    fields: dict = {}
    if status.value == "yes" and linked:
        onset = earliest([d.onset.date for d in linked if d.onset.date])
        # a long-standing exposure linked because its date overlaps the onset ("for years")
        # has no known start: that date is the lesion's period, not the trauma's
        trauma_date = earliest([d.trauma.date for d in linked
                                if d.trauma.date and not (d.order_basis == "ongoing" and d.order_cue)])
        fields = dict(
            koebner="yes",
            trauma_types=";".join(sorted(_trauma_types(linked, config))),
            sites=_sites_field(linked, lesions, traumas),
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


def quarantined_notes(run_dir: str | Path) -> Counter:
    """Notes per patient_id listed in the run folder's quarantine.csv (none when it has none);
    rows whose patient_id could not be trusted (left empty there) belong to no patient."""
    path = Path(run_dir) / "quarantine.csv"
    if not path.exists():
        return Counter()
    rows = pd.read_csv(path, dtype=str, keep_default_na=False, usecols=["patient_id"])
    return Counter(pid.strip() for pid in rows["patient_id"] if pid.strip())


def account_quarantined(patients: list[PatientResult], quarantined: Counter) -> list[PatientResult]:
    """Every patient with their ``processed`` field (all / some / none of their notes read) and
    count of quarantined notes; a patient with every note quarantined gets a row of their own,
    with nothing found (calciphylaxis ``no`` there means: no note could be read)."""
    out = []
    for patient in patients:
        lost = quarantined.get(patient.patient_id, 0)
        out.append(replace(patient, processed="some" if lost else "all", n_notes_quarantined=lost))
    known = {p.patient_id for p in patients}
    out += [PatientResult(patient_id=pid, processed="none", n_notes_quarantined=n)
            for pid, n in quarantined.items() if pid not in known]
    return sorted(out, key=lambda p: p.patient_id)
