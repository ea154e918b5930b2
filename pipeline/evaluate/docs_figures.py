"""Regenerating the figures section of docs/evaluation.md.

Runs the whole pipeline on the project's annotated test split and on the shared development
corpus, scores both, scores the NegEx kit, and rewrites the text between the two markers below.
Only figures are written, never note text.
"""
from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

import pandas as pd

from ..errors import KoebnerError
from .context_kit import BASELINE, OURS, KitResult, evaluate_kit
from .metrics import fmt
from .report import EvaluationResult, split_patients
from .unannotated import UnannotatedSummary, summarize_run

START = "<!-- figures:start -->"
END = "<!-- figures:end -->"
REPO = Path(__file__).resolve().parents[2]


class FiguresUnavailable(KoebnerError, RuntimeError):
    """The figures cannot be regenerated (pipeline missing, corpus missing, markers missing)."""


def _run_pipeline():
    try:
        from pipeline.workflow import run_pipeline
    except ImportError as exc:
        raise FiguresUnavailable(
            f"the full pipeline (pipeline.workflow.run_pipeline, `koebner run`) is not available: {exc}"
        ) from exc
    return run_pipeline


def run_and_score(gold_dir: Path, split: str, work: Path) -> EvaluationResult:
    """`koebner run NOTES --out DIR --gold GOLD_DIR --gold-split SPLIT` on the split's notes."""
    run_pipeline = _run_pipeline()
    if not (gold_dir / "notes.csv").exists():
        raise FiguresUnavailable(f"{gold_dir}/notes.csv does not exist")
    work.mkdir(parents=True, exist_ok=True)
    notes = pd.read_csv(gold_dir / "notes.csv", dtype=str, keep_default_na=False)
    chosen = split_patients(gold_dir, split)
    if chosen is not None:
        # only the split's patients are run: the other split is neither needed nor scored
        notes = notes[notes["patient_id"].isin(chosen)]
    notes_path = work / "notes.csv"
    notes.to_csv(notes_path, index=False)
    demographics = gold_dir / "demographics.csv"
    try:
        result = run_pipeline(notes_path, work / "run",
                              demographics=demographics if demographics.exists() else None,
                              gold=gold_dir, gold_split=split, progress=False,
                              overwrite=True)  # the work folder is regenerated on every call
    except ImportError as exc:  # a stage of the pipeline is not written yet
        raise FiguresUnavailable(f"`koebner run` cannot run yet: {exc}") from exc
    if result.evaluation is None:
        raise FiguresUnavailable(f"the run of {gold_dir} returned no evaluation")
    return result.evaluation


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def evaluation_markdown(title: str, result: EvaluationResult) -> list[str]:
    """Markdown lines of one corpus's figures: patient, mention and relation tables for what was scored."""
    lines = [f"### {title}", ""]
    p = result.patients
    if p is not None:
        lines += [f"Patients: {p.gold_patients} in gold, {p.missing_patients} missing from the "
                  f"output, {p.both_koebner_yes} Koebner-yes in both.", "",
                  _row(["patient level", "TP", "FP", "FN", "P", "R", "F1"]),
                  "|---|---|---|---|---|---|---|"]
        for name, prf in (("calciphylaxis = yes", p.calciphylaxis_yes),
                          ("koebner = yes", p.koebner_yes)):
            lines.append(_row([name, str(prf.tp), str(prf.fp), str(prf.fn), fmt(prf.precision),
                               fmt(prf.recall), fmt(prf.f1)]))
        gold_share, predicted_share = p.koebner_proportion()
        lines += ["", f"Koebner among calciphylaxis patients (the case-series figure): gold "
                      f"{gold_share}, predicted {predicted_share}."]
        lines += ["", _row(["patient field", "correct / total", "accuracy"]), "|---|---|---|"]
        fields = [("calciphylaxis (3 classes)", p.calciphylaxis),
                  ("trauma_types (set, koebner-yes in both)", p.trauma_types),
                  ("sites: regions", p.sites_regions),
                  ("sites: region:laterality", p.sites_region_laterality),
                  ("interval_days (±7 days)", p.interval_days),
                  *p.risk_factors.items(), ("bmi (±0.5)", p.bmi)]
        for name, acc in fields:
            lines.append(_row([name, f"{acc.correct} / {acc.total}", fmt(acc.accuracy)]))
        lines.append("")
    m = result.mentions
    if m is not None:
        lines += [f"Mentions: {m.gold_notes} annotated notes.", "",
                  _row(["label", "gold", "predicted", "lenient P", "lenient R", "lenient F1",
                        "strict P", "strict R", "strict F1"]),
                  "|---|---|---|---|---|---|---|---|---|"]
        rows = [(label, m.lenient[label], m.strict[label]) for label in m.lenient]
        rows.append(("micro", m.lenient_micro, m.strict_micro))
        for label, le, st in rows:
            lines.append(_row([label, str(le.tp + le.fn), str(le.tp + le.fp), fmt(le.precision),
                               fmt(le.recall), fmt(le.f1), fmt(st.precision), fmt(st.recall),
                               fmt(st.f1)]))
        lines += ["", _row(["attribute (lenient-matched pairs)", "correct / total", "accuracy"]),
                  "|---|---|---|"]
        for name, acc in m.attributes.items():
            lines.append(_row([name, f"{acc.correct} / {acc.total}", fmt(acc.accuracy)]))
        lines.append("")
    r = result.relations
    if r is not None:
        lines += [_row(["relation", "TP", "FP", "FN", "P", "R", "F1"]), "|---|---|---|---|---|---|---|"]
        for name, prf in [*r.by_type.items(), ("micro", r.micro)]:
            lines.append(_row([name, str(prf.tp), str(prf.fp), str(prf.fn), fmt(prf.precision),
                               fmt(prf.recall), fmt(prf.f1)]))
        lines.append("")
    for line in result.not_scored:
        lines.append(f"Not scored: {line}.")
    return lines + [""]


def kit_markdown(result: KitResult) -> list[str]:
    """Markdown lines of the NegEx test-kit table (P/R/F1 per system and measure), and systems not run."""
    lines = ["### NegEx test kit, development half", "",
             f"{result.scored} of {result.rows} rows scored ({len(result.skipped)} skipped: the "
             "condition is not in its sentence).", "",
             _row(["system", "measure", "TP", "FP", "FN", "P", "R", "F1"]),
             "|---|---|---|---|---|---|---|---|"]
    for name, system in result.systems.items():
        for measure, prf in system.measures.items():
            lines.append(_row([name, measure, str(prf.tp), str(prf.fp), str(prf.fn),
                               fmt(prf.precision), fmt(prf.recall), fmt(prf.f1)]))
    for name, why in result.unavailable.items():
        lines.append(f"\n{name} not run: {why}")
    return lines + [""]


def run_unannotated(notes: Path, work: Path) -> UnannotatedSummary:
    """`koebner run NOTES --out DIR` on a corpus without gold, summarized."""
    run_pipeline = _run_pipeline()
    if not notes.exists():
        raise FiguresUnavailable(f"{notes} does not exist")
    run_pipeline(notes, work / "run", progress=False, overwrite=True)
    return summarize_run(work / "run")


def unannotated_markdown(title: str, summary: UnannotatedSummary) -> list[str]:
    """Markdown lines summarizing a run on notes without gold: patient calls and mentions per label."""
    lines = [f"### {title}", "",
             f"{summary.notes} notes of {summary.patients} patients, none with calciphylaxis: "
             f"every mention that reaches the linker is a candidate false positive. Patients called "
             f"calciphylaxis = yes: {summary.calciphylaxis_yes}; Koebner = yes: {summary.koebner_yes}.",
             "", _row(["label", "predicted", "affirmed (not negated, uncertain, hypothetical, family)"]),
             "|---|---|---|"]
    for count in summary.labels:
        lines.append(_row([count.label, str(count.all), str(count.affirmed)]))
    return lines + [""]


def figures_markdown(workdir: Path, repo: Path = REPO) -> str:
    """The whole figures section, from pipeline runs in ``workdir`` on every corpus found (slow).

    Corpora are looked up under ``repo`` and its sibling ``shared/``. Raises FiguresUnavailable when
    the NegEx test kit is missing.
    """
    shared = repo.parent / "shared"
    corpora = [("Project annotations, test split", repo / "annotations", "test"),
               ("Shared development corpus (../shared/eval/dev)", shared / "eval" / "dev", "all"),
               ("Held-out patients, patient level (annotations/heldout; read for error kinds "
                "after its first measurement)", repo / "annotations" / "heldout", "all"),
               ("Second held-out set, patient level (annotations/unseen; read for error kinds "
                "after its first measurement)", repo / "annotations" / "unseen", "all")]
    fresh = repo / "annotations" / "fresh"
    if (fresh / "gold.csv").exists():
        corpora.append(("Fresh patients, patient level (annotations/fresh; measured once on the "
                        "near-final code of issue 17, then two misses read)", fresh, "all"))
    final = repo / "annotations" / "final"
    if (final / "gold.csv").exists():
        corpora.append(("Final patients, patient level (annotations/final; written after the rules "
                        "of issue 17 were frozen, measured unread for many sessions, read for error "
                        "kinds on 2026-12-02)", final, "all"))
    for name, title in (
            ("probe", "Probe patients, patient level (annotations/probe; written apart from the "
                      "code after issue 17, measured once, then read for error kinds)"),
            ("sealed", "Sealed patients, patient level (annotations/sealed; written with the probe, "
                       "never read to change a rule)"),
            ("probe2", "Second probe, patient level (annotations/probe2; written apart from the code, "
                       "measured once, then read for error kinds)"),
            ("probe3", "Third probe, patient level (annotations/probe3; written apart from the code, "
                       "measured once after the probe2 fixes, then read for error kinds)"),
            ("probe4", "Fourth probe, patient level (annotations/probe4; written apart from the code, "
                       "measured once, then read for error kinds)"),
            ("probe5", "Fifth probe: long dictated reports, mostly patients without calciphylaxis "
                       "(annotations/probe5; written apart from the code, measured once, then read "
                       "for error kinds)"),
            ("probe6", "Sixth probe, patient level (annotations/probe6; written apart from the code, "
                       "measured once after the probe4/probe5 fixes, then read for error kinds)"),
            ("probe7", "Seventh probe: an ordinary health-system chart (annotations/probe7; written "
                       "apart from the code, measured once, then read for error kinds)"),
            ("probe8", "Eighth probe: long multi-problem inpatient notes (annotations/probe8; written "
                       "apart from the code, measured once, then read for error kinds)"),
            ("probe9", "Ninth probe: a mixed inpatient and outpatient system (annotations/probe9; "
                       "written apart from the code, held out: measured, never read)"),
            ("probe10", "Tenth probe: terse EHR exports (annotations/probe10; written apart from the "
                        "code, held out: measured, never read)"),
            ("probe11", "Eleventh probe: outpatient care over months, letters and phone triage "
                        "(annotations/probe11; written apart from the code, measured once, then read "
                        "for error kinds)"),
            ("probe12", "Twelfth probe: inpatient consults with hedged, shifting diagnoses "
                        "(annotations/probe12; written apart from the code, held out: measured, "
                        "never read)"),
            ("probe13", "Thirteenth probe: dictated surgical and urological reports "
                        "(annotations/probe13; written apart from the code, measured once, then read "
                        "for error kinds)"),
            ("probe14", "Fourteenth probe: community care in lay words (annotations/probe14; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe15", "Fifteenth probe: the surgical and procedural record (annotations/probe15; "
                        "written apart from the code, held out: measured, never read)"),
            ("probe16", "Sixteenth probe: dialysis-unit records (annotations/probe16; written apart "
                        "from the code, held out: measured, never read)"),
            ("probe17", "Seventeenth probe: wound-care templates (annotations/probe17; written apart "
                        "from the code, measured once, then read for error kinds)"),
            ("probe18", "Eighteenth probe: hedged hospital medicine (annotations/probe18; written "
                        "apart from the code, measured once, then read for error kinds)"),
            ("probe19", "Nineteenth probe: international English letters and ward notes "
                        "(annotations/probe19; written apart from the code, held out: measured, "
                        "never read)"),
            ("probe20", "Twentieth probe: international English, a second writer (annotations/probe20; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe21", "Twenty-first probe: emergency and urgent-care notes (annotations/probe21; "
                        "written apart from the code, held out: measured, never read)"),
            ("probe22", "Twenty-second probe: nephrology letters, SBAR handoffs, telephone "
                        "encounters and portal messages (annotations/probe22; written apart from "
                        "the code, measured once, then read for error kinds)"),
            ("probe23", "Twenty-third probe: skilled-nursing records (annotations/probe23; written "
                        "apart from the code, held out: measured, never read)"),
            ("probe24", "Twenty-fourth probe: dictated dermatology with speech-recognition errors "
                        "(annotations/probe24; written apart from the code, measured once, then "
                        "read for error kinds)"),
            ("probe25", "Twenty-fifth probe: nursing-home records, a second writer "
                        "(annotations/probe25; written apart from the code, measured once, then "
                        "read for error kinds)"),
            ("probe26", "Twenty-sixth probe: international English, a third writer "
                        "(annotations/probe26; written apart from the code, measured once, then read for error kinds)"),
            ("probe27", "Twenty-seventh probe: long copied-forward hospital-medicine notes "
                        "(annotations/probe27; written apart from the code, measured once, then read for error kinds)"),
            ("probe28", "Twenty-eighth probe: palliative-care and hospice records "
                        "(annotations/probe28; written apart from the code, held out: measured, never read)"),
            ("probe29", "Twenty-ninth probe: speech recognition without punctuation, interpreters "
                        "(annotations/probe29; written apart from the code, measured once, then read for error kinds)"),
            ("probe30", "Thirtieth probe: endocrinology clinics and home-health visits "
                        "(annotations/probe30; written apart from the code, measured once, then read for error kinds)"),
            ("probe31", "Thirty-first probe: rheumatology, hematology and vascular consults with broad "
                        "differentials (annotations/probe31; written apart from the code, measured "
                        "once, then read for error kinds)"),
            ("probe32", "Thirty-second probe: primary care and geriatrics, told in pieces "
                        "(annotations/probe32; written apart from the code, held out: measured, never read)"),
            ("probe33", "Thirty-third probe: telehealth visits, telephone triage and patient-portal "
                        "messages (annotations/probe33; written apart from the code, measured once, "
                        "then read for error kinds)"),
            ("probe34", "Thirty-fourth probe: intensive-care and step-down records (annotations/probe34; "
                        "written apart from the code, held out: measured, never read)"),
            ("probe35", "Thirty-fifth probe: medication administration records, injection-site logs "
                        "and pharmacy notes (annotations/probe35; written apart from the code, measured "
                        "once, then read for error kinds)"),
            ("probe36", "Thirty-sixth probe: plastic surgery, burns and surgical wound clinic "
                        "(annotations/probe36; written apart from the code, held out: measured, never read)"),
            ("probe37", "Thirty-seventh probe: a decision challenge of 30 short patients, each turning "
                        "on one guideline decision (annotations/probe37; written apart from the code, "
                        "measured once, then read for error kinds)"),
            ("probe38", "Thirty-eighth probe: oncology and hematology, with non-uremic calciphylaxis "
                        "(annotations/probe38; written apart from the code, measured once, then read "
                        "for error kinds)"),
            ("probe39", "Thirty-ninth probe: orthopaedics, rehabilitation and emergency records "
                        "(annotations/probe39; written apart from the code, held out: measured, never read)"),
            ("probe40", "Fortieth probe: terse dermatology SOAP notes (annotations/probe40; written apart "
                        "from the code, measured once, then read for error kinds)"),
            ("probe41", "Forty-first probe: vascular surgery and limb salvage (annotations/probe41; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe42", "Forty-second probe: kidney transplant and anticoagulation clinics (annotations/probe42; "
                        "written apart from the code, held out: measured, never read)"),
            ("probe43", "Forty-third probe: physiotherapy, occupational therapy and podiatry (annotations/probe43; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe44", "Forty-fourth probe: discharge summaries and transfer letters (annotations/probe44; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe45", "Forty-fifth probe: scanned and faxed outside records (annotations/probe45; "
                        "written apart from the code, held out: measured, never read)"),
            ("probe46", "Forty-sixth probe: look-alike wounds in a general hospital (annotations/probe46; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe47", "Forty-seventh probe: home dialysis and community care (annotations/probe47; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe48", "Forty-eighth probe: wound flowsheet exports (annotations/probe48; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe49", "Forty-ninth probe: general surgery and urology (annotations/probe49; "
                        "written apart from the code, held out: measured, never read)"),
            ("probe50", "Fiftieth probe: interpreter- and family-mediated visits (annotations/probe50; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe51", "Fifty-first probe: endocrinology, insulin pumps and CGM (annotations/probe51; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe52", "Fifty-second probe: nursing home and geriatric care (annotations/probe52; "
                        "written apart from the code, held out: measured, never read)"),
            ("probe53", "Fifty-third probe: dermatology and dermatopathology (annotations/probe53; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe54", "Fifty-fourth probe: nephrology rounding and consults (annotations/probe54; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe55", "Fifty-fifth probe: primary care (annotations/probe55; "
                        "written apart from the code, held out: measured, never read)"),
            ("probe56", "Fifty-sixth probe: palliative care and hospice (annotations/probe56; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe57", "Fifty-seventh probe: vascular access and interventional radiology (annotations/probe57; "
                        "written apart from the code, held out: measured, never read)"),
            ("probe58", "Fifty-eighth probe: infectious disease and wound microbiology (annotations/probe58; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe59", "Fifty-ninth probe: rheumatology and vasculitis (annotations/probe59; "
                        "written apart from the code, held out: measured, never read)"),
            ("probe60", "Sixtieth probe: nursing shift documentation (annotations/probe60; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe61", "Sixty-first probe: emergency department and urgent care (annotations/probe61; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe62", "Sixty-second probe: wound-care clinic (annotations/probe62; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe63", "Sixty-third probe: telehealth, phone triage and portal messages (annotations/probe63; "
                        "written apart from the code, held out: measured, never read)"),
            ("probe64", "Sixty-fourth probe: hospitalist admissions and discharge summaries (annotations/probe64; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe65", "Sixty-fifth probe: home health and therapy visits (annotations/probe65; "
                        "written apart from the code, held out: measured, never read)"),
            ("probe66", "Sixty-sixth probe: outpatient dialysis unit (annotations/probe66; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe67", "Sixty-seventh probe: pharmacy and anticoagulation clinics (annotations/probe67; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe68", "Sixty-eighth probe: surgical and burn consults (annotations/probe68; "
                        "written apart from the code, held out: measured, never read)"),
            ("probe69", "Sixty-ninth probe: oncology and infusion centre (annotations/probe69; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe70", "Seventieth probe: transplant nephrology (annotations/probe70; "
                        "written apart from the code, held out: measured, never read)"),
            ("probe71", "Seventy-first probe: cardiology and heart failure (annotations/probe71; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe72", "Seventy-second probe: intensive care (annotations/probe72; "
                        "written apart from the code, held out: measured, never read)"),
            ("probe73", "Seventy-third probe: podiatry and diabetic foot (annotations/probe73; "
                        "written apart from the code, held out: measured, never read)"),
            ("probe74", "Seventy-fourth probe: orthopaedics and falls clinic (annotations/probe74; "
                        "written apart from the code, held out: measured, never read)"),
            ("probe75", "Seventy-fifth probe: bariatric and weight management (annotations/probe75; "
                        "written apart from the code, held out: measured, never read)"),
            ("probe76", "Seventy-sixth probe: teledermatology e-consults (annotations/probe76; "
                        "written apart from the code, held out: measured, never read)"),
            ("probe77", "Seventy-seventh probe: community paramedicine (annotations/probe77; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe78", "Seventy-eighth probe: consultation-liaison psychiatry (annotations/probe78; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe79", "Seventy-ninth probe: long-term acute care (annotations/probe79; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe80", "Eightieth probe: metabolic bone and parathyroid clinic (annotations/probe80; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe81", "Eighty-first probe: skilled nursing and nursing home (annotations/probe81; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe82", "Eighty-second probe: infectious disease and OPAT (annotations/probe82; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe83", "Eighty-third probe: rheumatology and vasculitis (annotations/probe83; "
                        "written apart from the code, held out: measured, never read)"),
            ("probe84", "Eighty-fourth probe: endocrinology and diabetes (annotations/probe84; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe85", "Eighty-fifth probe: vascular surgery and limb salvage (annotations/probe85; "
                        "written apart from the code, held out: measured, never read)"),
            ("probe86", "Eighty-sixth probe: primary care, portal and triage (annotations/probe86; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe87", "Eighty-seventh probe: palliative care and hospice (annotations/probe87; "
                        "written apart from the code, held out: measured, never read)"),
            ("probe88", "Eighty-eighth probe: interventional radiology and dialysis access (annotations/probe88; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe89", "Eighty-ninth probe: acute care surgery and trauma (annotations/probe89; "
                        "written apart from the code, held out: measured, never read)"),
            ("probe90", "Ninetieth probe: geriatric medicine and memory clinic (annotations/probe90; "
                        "written apart from the code, held out: measured, never read)"),
            ("probe91", "Ninety-first probe: plastic surgery and breast clinic (annotations/probe91; "
                        "written apart from the code, held out: measured, never read)"),
            ("probe92", "Ninety-second probe: pulmonary and sleep medicine (annotations/probe92; "
                        "written apart from the code, held out: measured, never read)"),
            ("probe93", "Ninety-third probe: neurology and stroke rehabilitation (annotations/probe93; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe94", "Ninety-fourth probe: rural nurse-practitioner shorthand (annotations/probe94; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe95", "Ninety-fifth probe: haematology and anticoagulation (annotations/probe95; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe96", "Ninety-sixth probe: addiction medicine and harm reduction (annotations/probe96; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe97", "Ninety-seventh probe: home health, visiting nurses and telephone triage (annotations/probe97; "
                        "written apart from the code, held out: measured, never read)"),
            ("probe98", "Ninety-eighth probe: transplant nephrology (annotations/probe98; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe99", "Ninety-ninth probe: emergency department and urgent care (annotations/probe99; "
                        "written apart from the code, held out: measured, never read)"),
            ("probe100", "Hundredth probe: cardiology and cardiac surgery (annotations/probe100; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe101", "Hundred-and-first probe: orthopaedics, podiatry and physiotherapy (annotations/probe101; "
                        "written apart from the code, held out: measured, never read)"),
            ("probe102", "Hundred-and-second probe: consultation-liaison psychiatry and inpatient wards "
                         "(annotations/probe102; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe103", "Hundred-and-third probe: oncology and radiation oncology (annotations/probe103; "
                        "written apart from the code, held out: measured, never read)"),
            ("probe104", "Hundred-and-fourth probe: dictated and voice-recognition notes (annotations/probe104; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe105", "Hundred-and-fifth probe: wound care and hyperbaric oxygen medicine (annotations/probe105; "
                        "written apart from the code, held out: measured, never read)"),
            ("probe106", "Hundred-and-sixth probe: outpatient haemodialysis unit (annotations/probe106; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe107", "Hundred-and-seventh probe: dermatology and dermatopathology (annotations/probe107; "
                        "written apart from the code, held out: measured, never read)"),
            ("probe108", "Hundred-and-eighth probe: hospital medicine (annotations/probe108; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe109", "Hundred-and-ninth probe: palliative care and hospice (annotations/probe109; "
                        "written apart from the code, held out: measured, never read)"),
            ("probe110", "Hundred-and-tenth probe: endocrinology and diabetes education (annotations/probe110; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe111", "Hundred-and-eleventh probe: vascular surgery and interventional radiology "
                         "(annotations/probe111; "
                        "written apart from the code, held out: measured, never read)"),
            ("probe112", "Hundred-and-twelfth probe: family medicine and primary care (annotations/probe112; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe113", "Hundred-and-thirteenth probe: intensive care and critical care (annotations/probe113; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe114", "Hundred-and-fourteenth probe: outpatient infusion centre and OPAT (annotations/probe114; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe115", "Hundred-and-fifteenth probe: long-term care wound rounds (annotations/probe115; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe116", "Hundred-and-sixteenth probe: patient and caregiver written messages (annotations/probe116; "
                        "written apart from the code, measured once, then read for error kinds)"),
            ("probe117", "Hundred-and-seventeenth probe: home dialysis unit (peritoneal and home haemodialysis) "
                        "(annotations/probe117; written apart from the code, held out: measured, never read)"),
            ("probe118", "Hundred-and-eighteenth probe: inpatient nephrology consults "
                        "(annotations/probe118; written apart from the code, measured once, "
                        "then read for error kinds)"),
            ("probe119", "Hundred-and-nineteenth probe: inpatient dermatology consults "
                        "(annotations/probe119; written apart from the code, held out: measured, never read)"),
            ("probe120", "Hundred-and-twentieth probe: wound, ostomy and continence nursing "
                        "(annotations/probe120; written apart from the code, measured once, "
                        "then read for error kinds)"),
            ("probe121", "Hundred-and-twenty-first probe: internal medicine residency clinic "
                        "(annotations/probe121; written apart from the code, held out: measured, never read)"),
            ("probe122", "Hundred-and-twenty-second probe: admission histories by students and interns "
                        "(annotations/probe122; written apart from the code, measured once, "
                        "then read for error kinds)"),
            ("probe123", "Hundred-and-twenty-third probe: obesity medicine and rehabilitation "
                        "(annotations/probe123; written apart from the code, held out: measured, never read)"),
            ("probe124", "Hundred-and-twenty-fourth probe: case management, utilization review and letters "
                        "(annotations/probe124; written apart from the code, measured once, "
                        "then read for error kinds)"),
            ("probe125", "Hundred-and-twenty-fifth probe: NP-led advanced CKD and dialysis-transition clinic "
                        "(annotations/probe125; written apart from the code, held out: measured, never read)"),
            ("probe126", "Hundred-and-twenty-sixth probe: hospital at home and remote monitoring "
                        "(annotations/probe126; written apart from the code, held out: measured, never read)"),
            ("probe127", "Hundred-and-twenty-seventh probe: interdisciplinary wound conference minutes "
                        "(annotations/probe127; written apart from the code, held out: measured, never read)"),
            ("probe128", "Hundred-and-twenty-eighth probe: community clinic with interpreter-mediated visits "
                        "(annotations/probe128; written apart from the code, held out: measured, never read)"),
            ("probe129", "Hundred-and-twenty-ninth probe: pharmacist-run anticoagulation clinic and hematology "
                        "(annotations/probe129; written apart from the code, held out: measured, never read)"),
            ("probe130", "Hundred-and-thirtieth probe: endocrinology and diabetes technology (pumps, CGM) "
                        "(annotations/probe130; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe131", "Hundred-and-thirty-first probe: skilled nursing facility for residents on dialysis "
                        "(annotations/probe131; written apart from the code, held out: measured, never read)"),
            ("probe132", "Hundred-and-thirty-second probe: physical and occupational therapy and physiatry "
                        "(annotations/probe132; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe133", "Hundred-and-thirty-third probe: medical and surgical intensive care "
                        "(annotations/probe133; written apart from the code, held out: measured, never read)"),
            ("probe134", "Hundred-and-thirty-fourth probe: kidney transplant centre "
                        "(annotations/probe134; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe135", "Hundred-and-thirty-fifth probe: outpatient haemodialysis unit and vascular access "
                        "(annotations/probe135; written apart from the code, held out: measured, never read)"),
            ("probe136", "Hundred-and-thirty-sixth probe: general and bariatric surgery and cardiology "
                        "(annotations/probe136; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe137", "Hundred-and-thirty-seventh probe: psychiatry and addiction medicine "
                        "(annotations/probe137; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe138", "Hundred-and-thirty-eighth probe: rheumatology and musculoskeletal medicine "
                        "(annotations/probe138; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe139", "Hundred-and-thirty-ninth probe: burn unit and plastic surgery "
                        "(annotations/probe139; written apart from the code, held out: measured, never read)"),
            ("probe140", "Hundred-and-fortieth probe: clinical pharmacy "
                        "(annotations/probe140; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe141", "Hundred-and-forty-first probe: pain medicine and anaesthesia "
                        "(annotations/probe141; written apart from the code, held out: measured, never read)"),
            ("probe142", "Hundred-and-forty-second probe: urgent care and emergency medical services "
                        "(annotations/probe142; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe143", "Hundred-and-forty-third probe: gynaecology and women's health "
                        "(annotations/probe143; written apart from the code, held out: measured, never read)"),
            ("probe144", "Hundred-and-forty-fourth probe: clinical nutrition and dietetics "
                        "(annotations/probe144; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe145", "Hundred-and-forty-fifth probe: correctional health services "
                        "(annotations/probe145; written apart from the code, held out: measured, never read)"),
            ("probe146", "Hundred-and-forty-sixth probe: hepatology and gastroenterology "
                        "(annotations/probe146; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe147", "Hundred-and-forty-seventh probe: telehealth and patient-portal messages "
                        "(annotations/probe147; written apart from the code, held out: measured, never read)"),
            ("probe148", "Hundred-and-forty-eighth probe: vascular surgery and limb salvage "
                        "(annotations/probe148; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe149", "Hundred-and-forty-ninth probe: occupational health "
                        "(annotations/probe149; written apart from the code, held out: measured, never read)"),
            ("probe150", "Hundred-and-fiftieth probe: radiology reports and referring notes "
                        "(annotations/probe150; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe151", "Hundred-and-fifty-first probe: VA medical centre and CBOC clinics "
                        "(annotations/probe151; written apart from the code, held out: measured, never read)"),
            ("probe152", "Hundred-and-fifty-second probe: rheumatology and autoimmune clinic "
                        "(annotations/probe152; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe153", "Hundred-and-fifty-third probe: rural critical-access hospital "
                        "(annotations/probe153; written apart from the code, held out: measured, never read)"),
            ("probe154", "Hundred-and-fifty-fourth probe: templated EHR and scribe notes "
                        "(annotations/probe154; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe155", "Hundred-and-fifty-fifth probe: dental and oral surgery "
                        "(annotations/probe155; written apart from the code, held out: measured, never read)"),
            ("probe156", "Hundred-and-fifty-sixth probe: cross-cover and sign-out notes "
                        "(annotations/probe156; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe157", "Hundred-and-fifty-seventh probe: patient-safety event reports "
                        "(annotations/probe157; written apart from the code, held out: measured, never read)"),
            ("probe158", "Hundred-and-fifty-eighth probe: teaching-hospital resident notes "
                        "(annotations/probe158; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe159", "Hundred-and-fifty-ninth probe: prior-authorization and appeal letters "
                        "(annotations/probe159; written apart from the code, held out: measured, never read)"),
            ("probe160", "Hundred-and-sixtieth probe: integrative medicine and acupuncture "
                        "(annotations/probe160; written apart from the code, held out: measured, never read)"),
            ("probe161", "Hundred-and-sixty-first probe: allergy and immunology "
                        "(annotations/probe161; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe162", "Hundred-and-sixty-second probe: medicolegal and IME reports "
                        "(annotations/probe162; written apart from the code, held out: measured, never read)"),
            ("probe163", "Hundred-and-sixty-third probe: clinical-trial research notes "
                        "(annotations/probe163; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe164", "Hundred-and-sixty-fourth probe: adolescent and young-adult nephrology "
                        "(annotations/probe164; written apart from the code, held out: measured, never read)"),
            ("probe165", "Hundred-and-sixty-fifth probe: cosmetic and aesthetic dermatology "
                        "(annotations/probe165; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe166", "Hundred-and-sixty-sixth probe: sports medicine and athletic training "
                        "(annotations/probe166; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe167", "Hundred-and-sixty-seventh probe: spinal cord injury and seating "
                        "(annotations/probe167; written apart from the code, held out: measured, never read)"),
            ("probe168", "Hundred-and-sixty-eighth probe: prosthetics and amputee clinic "
                        "(annotations/probe168; written apart from the code, held out: measured, never read)"),
            ("probe169", "Hundred-and-sixty-ninth probe: gender-affirming care and hormone therapy "
                        "(annotations/probe169; written apart from the code, held out: measured, never read)"),
            ("probe170", "Hundred-and-seventieth probe: otolaryngology and respiratory therapy "
                        "(annotations/probe170; written apart from the code, held out: measured, never read)"),
            ("probe171", "Hundred-and-seventy-first probe: social work and care coordination "
                        "(annotations/probe171; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe172", "Hundred-and-seventy-second probe: grand rounds and case presentations "
                        "(annotations/probe172; written apart from the code, held out: measured, never read)"),
            ("probe173", "Hundred-and-seventy-third probe: perioperative and operating-room records "
                        "(annotations/probe173; written apart from the code, held out: measured, never read)"),
            ("probe174", "Hundred-and-seventy-fourth probe: street medicine and shelter clinics "
                        "(annotations/probe174; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe175", "Hundred-and-seventy-fifth probe: lymphedema and compression therapy "
                        "(annotations/probe175; written apart from the code, held out: measured, never read)"),
            ("probe176", "Hundred-and-seventy-sixth probe: travel medicine and immunization clinics "
                        "(annotations/probe176; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe177", "Hundred-and-seventy-seventh probe: urology and men's health "
                        "(annotations/probe177; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe178", "Hundred-and-seventy-eighth probe: group homes and disability services "
                        "(annotations/probe178; written apart from the code, held out: measured, never read)"),
            ("probe179", "Hundred-and-seventy-ninth probe: chiropractic and physical modalities "
                        "(annotations/probe179; written apart from the code, held out: measured, never read)"),
            ("probe180", "Hundred-and-eightieth probe: apheresis and transfusion medicine "
                        "(annotations/probe180; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe181", "Hundred-and-eighty-first probe: HIV and sexual health clinics "
                        "(annotations/probe181; written apart from the code, held out: measured, never read)"),
            ("probe182", "Hundred-and-eighty-second probe: fertility and reproductive endocrinology "
                        "(annotations/probe182; written apart from the code, held out: measured, never read)"),
            ("probe183", "Hundred-and-eighty-third probe: neuroimmunology and multiple sclerosis "
                        "(annotations/probe183; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe184", "Hundred-and-eighty-fourth probe: Mohs and dermatologic surgery "
                        "(annotations/probe184; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe185", "Hundred-and-eighty-fifth probe: British NHS clinic letters "
                        "(annotations/probe185; written apart from the code, held out: measured, never read)"),
            ("probe186", "Hundred-and-eighty-sixth probe: community mental health and depot clinics "
                        "(annotations/probe186; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe187", "Hundred-and-eighty-seventh probe: anaemia and parenteral iron clinic "
                        "(annotations/probe187; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe188", "Hundred-and-eighty-eighth probe: Australian and New Zealand renal units "
                        "(annotations/probe188; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe189", "Hundred-and-eighty-ninth probe: discharge and transfer summaries "
                        "(annotations/probe189; written apart from the code, held out: measured, never read)"),
            ("probe190", "Hundred-and-ninetieth probe: hand surgery, casting and splinting "
                        "(annotations/probe190; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe191", "Hundred-and-ninety-first probe: nursing handovers and flowsheet comments "
                        "(annotations/probe191; written apart from the code, held out: measured, never read)"),
            ("probe192", "Hundred-and-ninety-second probe: South Asian teaching-hospital nephrology "
                        "(annotations/probe192; written apart from the code, held out: measured, never read)"),
            ("probe193", "Hundred-and-ninety-third probe: sickle cell and haemoglobinopathy day unit "
                        "(annotations/probe193; written apart from the code, held out: measured, never read)"),
            ("probe194", "Hundred-and-ninety-fourth probe: Caribbean and West African hospital notes "
                        "(annotations/probe194; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe195", "Hundred-and-ninety-fifth probe: peritoneal dialysis training unit "
                        "(annotations/probe195; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe196", "Hundred-and-ninety-sixth probe: ambulatory surgery and pre-anaesthesia clinic "
                        "(annotations/probe196; written apart from the code, held out: measured, never read)"),
            ("probe197", "Hundred-and-ninety-seventh probe: US border community clinic, bilingual notes "
                        "(annotations/probe197; written apart from the code, held out: measured, never read)"),
            ("probe198", "Hundred-and-ninety-eighth probe: Canadian community hospitals and home care "
                        "(annotations/probe198; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe199", "Hundred-and-ninety-ninth probe: hyperbaric oxygen and advanced wound centre "
                        "(annotations/probe199; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe200", "Two-hundredth probe: vascular surgery and limb salvage "
                        "(annotations/probe200; written apart from the code, held out: measured, never read)"),
            ("probe201", "Two-hundred-and-first probe: medical student and intern write-ups "
                        "(annotations/probe201; written apart from the code, held out: measured, never read)"),
            ("probe202", "Two-hundred-and-second probe: Indian Health Service and tribal clinics "
                        "(annotations/probe202; written apart from the code, held out: measured, never read)"),
            ("probe203", "Two-hundred-and-third probe: pharmacovigilance and adverse-event reports "
                        "(annotations/probe203; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe204", "Two-hundred-and-fourth probe: phototherapy and dermatology day-treatment "
                        "(annotations/probe204; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe205", "Two-hundred-and-fifth probe: coroner, autopsy and mortality-and-morbidity review "
                        "(annotations/probe205; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe206", "Two-hundred-and-sixth probe: registry case report forms and chart abstraction "
                        "(annotations/probe206; written apart from the code, held out: measured, never read)"),
            ("probe207", "Two-hundred-and-seventh probe: PICC, IV team and vascular-access nursing "
                        "(annotations/probe207; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe208", "Two-hundred-and-eighth probe: military treatment facility and deployed medicine "
                        "(annotations/probe208; written apart from the code, held out: measured, never read)"),
            ("probe209", "Two-hundred-and-ninth probe: patient and caregiver diaries with clinician replies "
                        "(annotations/probe209; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe210", "Two-hundred-and-tenth probe: holiday and transient dialysis "
                        "(annotations/probe210; written apart from the code, held out: measured, never read)"),
            ("probe211", "Two-hundred-and-eleventh probe: pain medicine and interventional pain clinic "
                        "(annotations/probe211; written apart from the code, held out: measured, never read)"),
            ("probe212", "Two-hundred-and-twelfth probe: obstetric medicine and postpartum care "
                        "(annotations/probe212; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe213", "Two-hundred-and-thirteenth probe: occupational health and workers' compensation "
                        "(annotations/probe213; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe214", "Two-hundred-and-fourteenth probe: correctional and jail health services "
                        "(annotations/probe214; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe215", "Two-hundred-and-fifteenth probe: OCR'd faxed outside records "
                        "(annotations/probe215; written apart from the code, held out: measured, never read)"),
            ("probe216", "Two-hundred-and-sixteenth probe: renal dietitian and nutrition notes "
                        "(annotations/probe216; written apart from the code, held out: measured, never read)"),
            ("probe217", "Two-hundred-and-seventeenth probe: cardiac cath lab and electrophysiology "
                        "(annotations/probe217; written apart from the code, held out: measured, never read)"),
            ("probe218", "Two-hundred-and-eighteenth probe: rapid response and code-team notes "
                        "(annotations/probe218; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe219", "Two-hundred-and-nineteenth probe: CDI queries and coding summaries "
                        "(annotations/probe219; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe220", "Two-hundred-and-twentieth probe: machine-translated records from abroad "
                        "(annotations/probe220; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe221", "Two-hundred-and-twenty-first probe: injectable weight-loss and GLP-1 clinic "
                        "(annotations/probe221; written apart from the code, held out: measured, never read)"),
            ("probe222", "Two-hundred-and-twenty-second probe: home infusion pharmacy "
                        "(annotations/probe222; written apart from the code, held out: measured, never read)"),
            ("probe223", "Two-hundred-and-twenty-third probe: haemophilia and bleeding-disorders centre "
                        "(annotations/probe223; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe224", "Two-hundred-and-twenty-fourth probe: nursing care plans "
                        "(annotations/probe224; written apart from the code, held out: measured, never read)"),
            ("probe225", "Two-hundred-and-twenty-fifth probe: infection prevention and line surveillance "
                        "(annotations/probe225; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe226", "Two-hundred-and-twenty-sixth probe: adult day health centre "
                        "(annotations/probe226; written apart from the code, held out: measured, never read)"),
            ("probe227", "Two-hundred-and-twenty-seventh probe: laser and minor procedures clinic "
                        "(annotations/probe227; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe228", "Two-hundred-and-twenty-eighth probe: faith-community nursing "
                        "(annotations/probe228; written apart from the code, held out: measured, never read)"),
            ("probe229", "Two-hundred-and-twenty-ninth probe: emergency medical services and patient transport "
                        "(annotations/probe229; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe230", "Two-hundred-and-thirtieth probe: endocrine and parathyroid surgery "
                        "(annotations/probe230; written apart from the code, held out: measured, never read)"),
            ("probe231", "Two-hundred-and-thirty-first probe: geriatric medicine, falls and memory clinic "
                        "(annotations/probe231; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe232", "Two-hundred-and-thirty-second probe: telephonic and insurer case management "
                        "(annotations/probe232; written apart from the code, held out: measured, never read)"),
            ("probe233", "Two-hundred-and-thirty-third probe: teledermatology e-consults "
                        "(annotations/probe233; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe234", "Two-hundred-and-thirty-fourth probe: long-term acute care hospital "
                        "(annotations/probe234; written apart from the code, held out: measured, never read)"),
            ("probe235", "Two-hundred-and-thirty-fifth probe: infectious diseases consults and OPAT "
                        "(annotations/probe235; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe236", "Two-hundred-and-thirty-sixth probe: speech-recognition dictated notes "
                        "(annotations/probe236; written apart from the code, held out: measured, never read)"),
            ("probe237", "Two-hundred-and-thirty-seventh probe: Singapore, Hong Kong and Malaysian hospital notes "
                        "(annotations/probe237; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe238", "Two-hundred-and-thirty-eighth probe: multidisciplinary calciphylaxis clinic "
                        "(annotations/probe238; written apart from the code, held out: measured, never read)"),
            ("probe239", "Two-hundred-and-thirty-ninth probe: hospitalist SOAP and copy-forward notes "
                        "(annotations/probe239; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe240", "Two-hundred-and-fortieth probe: heart failure clinic and cardiac rehabilitation "
                        "(annotations/probe240; written apart from the code, held out: measured, never read)"),
            ("probe241", "Two-hundred-and-forty-first probe: radiation oncology "
                        "(annotations/probe241; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe242", "Two-hundred-and-forty-second probe: diabetes educator and insulin-start visits "
                        "(annotations/probe242; written apart from the code, held out: measured, never read)"),
            ("probe243", "Two-hundred-and-forty-third probe: Gulf-region hospital notes "
                        "(annotations/probe243; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe244", "Two-hundred-and-forty-fourth probe: nephrology e-consults "
                        "(annotations/probe244; written apart from the code, held out: measured, never read)"),
            ("probe245", "Two-hundred-and-forty-fifth probe: assisted living and memory care "
                        "(annotations/probe245; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe246", "Two-hundred-and-forty-sixth probe: inpatient rehabilitation facility "
                        "(annotations/probe246; written apart from the code, held out: measured, never read)"),
            ("probe247", "Two-hundred-and-forty-seventh probe: neurosurgery and spine clinic "
                        "(annotations/probe247; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe248", "Two-hundred-and-forty-eighth probe: kidney supportive care "
                        "(annotations/probe248; written apart from the code, held out: measured, never read)"),
            ("probe249", "Two-hundred-and-forty-ninth probe: legacy all-caps hospital records "
                        "(annotations/probe249; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe250", "Two-hundred-and-fiftieth probe: adult protective services and forensic nursing "
                        "(annotations/probe250; written apart from the code, held out: measured, never read)"),
            ("probe251", "Two-hundred-and-fifty-first probe: disaster and evacuation dialysis "
                        "(annotations/probe251; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe252", "Two-hundred-and-fifty-second probe: clinical ethics and goals-of-care meetings "
                        "(annotations/probe252; written apart from the code, held out: measured, never read)"),
            ("probe253", "Two-hundred-and-fifty-third probe: ophthalmology and retina clinic "
                        "(annotations/probe253; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe254", "Two-hundred-and-fifty-fourth probe: verbatim patient interview transcripts "
                        "(annotations/probe254; written apart from the code, held out: measured, never read)"),
            ("probe255", "Two-hundred-and-fifty-fifth probe: cardiac device clinic "
                        "(annotations/probe255; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe256", "Two-hundred-and-fifty-sixth probe: community pharmacy injection services "
                        "(annotations/probe256; written apart from the code, held out: measured, never read)"),
            ("probe257", "Two-hundred-and-fifty-seventh probe: remote-area Australian clinics "
                        "(annotations/probe257; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe258", "Two-hundred-and-fifty-eighth probe: inpatient psychiatry "
                        "(annotations/probe258; written apart from the code, held out: measured, never read)"),
            ("probe259", "Two-hundred-and-fifty-ninth probe: patient-safety incident reports and "
                        "pressure-injury reviews "
                        "(annotations/probe259; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe260", "Two-hundred-and-sixtieth probe: perioperative nursing, operating-room and "
                        "PACU records "
                        "(annotations/probe260; written apart from the code, held out: measured, never read)"),
            ("probe261", "Two-hundred-and-sixty-first probe: ambient AI-scribe drafts "
                        "(annotations/probe261; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe262", "Two-hundred-and-sixty-second probe: patient and caregiver diaries "
                        "(annotations/probe262; written apart from the code, held out: measured, never read)"),
            ("probe263", "Two-hundred-and-sixty-third probe: outpatient physiotherapy and hydrotherapy "
                        "(annotations/probe263; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe264", "Two-hundred-and-sixty-fourth probe: insurance prior-authorization and "
                        "appeal letters "
                        "(annotations/probe264; written apart from the code, held out: measured, never read)"),
            ("probe265", "Two-hundred-and-sixty-fifth probe: South and East African hospital notes "
                        "(annotations/probe265; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe266", "Two-hundred-and-sixty-sixth probe: transfer-centre logs and receiving notes "
                        "(annotations/probe266; written apart from the code, held out: measured, never read)"),
            ("probe267", "Two-hundred-and-sixty-seventh probe: endoscopy and sedation unit records "
                        "(annotations/probe267; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe268", "Two-hundred-and-sixty-eighth probe: phototherapy and laser unit "
                        "(annotations/probe268; written apart from the code, held out: measured, never read)"),
            ("probe269", "Two-hundred-and-sixty-ninth probe: vascular laboratory reports "
                        "(annotations/probe269; written apart from the code, measured once, then read for "
                        "error kinds)"),
            ("probe270", "Two-hundred-and-seventieth probe: transitional-care calls after discharge "
                        "(annotations/probe270; written apart from the code, held out: measured, never read)")):
        if (repo / "annotations" / name / "gold.csv").exists():
            corpora.append((title, repo / "annotations" / name, "all"))
    lines = [f"Regenerated on {date.today().isoformat()} with `koebner evaluate-docs`.", ""]
    for i, (title, gold_dir, split) in enumerate(corpora):
        result = run_and_score(gold_dir, split, workdir / f"corpus{i}")
        lines += evaluation_markdown(title, result)
    real = shared / "eval" / "real" / "notes.csv"
    lines += unannotated_markdown("Real transcriptions (../shared/eval/real), no gold",
                                  run_unannotated(real, workdir / "real"))
    kit = shared / "negex" / "negex_dev.tsv"
    if not kit.exists():
        raise FiguresUnavailable(f"{kit} does not exist")
    lines += kit_markdown(evaluate_kit(kit, (OURS, BASELINE)))
    return "\n".join(lines)


def replace_figures(page: str, figures: str) -> str:
    """``page`` with the text between the figures markers replaced by ``figures``.

    Raises FiguresUnavailable when the markers are missing or out of order.
    """
    if START not in page or END not in page or page.index(START) > page.index(END):
        raise FiguresUnavailable(f"the page needs the markers {START} and {END}, in that order")
    head, rest = page.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{figures.rstrip()}\n{END}{tail}"


def update_figures(doc: str | Path, workdir: str | Path | None = None, repo: Path = REPO) -> None:
    """Regenerate the figures section of the markdown file ``doc`` in place.

    The markers are checked before the long runs; ``workdir`` keeps the run folders (a temporary
    folder when None). Raises FiguresUnavailable when ``doc`` or its markers are missing.
    """
    doc = Path(doc)
    if not doc.exists():
        raise FiguresUnavailable(f"{doc} does not exist")
    page = doc.read_text(encoding="utf-8")
    replace_figures(page, "")  # check the markers before the long runs
    if workdir is None:
        with tempfile.TemporaryDirectory(prefix="koebner-eval-") as tmp:
            figures = figures_markdown(Path(tmp), repo)
    else:
        figures = figures_markdown(Path(workdir), repo)
    doc.write_text(replace_figures(page, figures), encoding="utf-8")
