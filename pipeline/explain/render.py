"""Explanations as text for the terminal."""
from __future__ import annotations

from ..records import ASSERTION_FLAGS
from .records import RunExplanation, TextExplanation, WhyNot

ATTRIBUTES = ("region", "laterality", "trauma_type", "agent", "timex_value", "event_date")
LINK_FIELDS = ("trauma_type", "region", "trauma_laterality", "lesion_laterality", "site_match",
               "trauma_date", "lesion_onset", "order", "order_basis", "interval_days", "window",
               "dates_overlap", "care", "score", "linked")


def render_text(explanation: TextExplanation) -> list[str]:
    """Lines describing each mention (rule, attributes, what set each flag) and each relation of a text."""
    lines = [f"note date {explanation.note_date}; {len(explanation.mentions)} mention(s)"]
    for item in explanation.mentions:
        m = item.mention
        attributes = ", ".join(f"{a}={getattr(m, a)}" for a in ATTRIBUTES if getattr(m, a))
        flags = [f for f in ASSERTION_FLAGS if getattr(m, f)]
        lines.append(f"{m.mention_id} {m.label} {m.text!r} [{m.start}:{m.end}]"
                     + (f" section={m.section}" if m.section else ""))
        lines.append(f"    rule: {m.rule}" + (f"; {attributes}" if attributes else ""))
        if m.label in ("CALCIPHYLAXIS", "LESION", "TRAUMA"):
            lines.append(f"    flags: {', '.join(flags) if flags else 'none (affirmed)'}")
        for source in item.flags:
            verb = "sets" if source.set_to else "clears"
            if source.source == "section":
                lines.append(f"      {verb} {source.flag}: section {source.trigger!r} "
                             f"({source.rule})")
            else:
                lines.append(f"      {verb} {source.flag}: trigger {source.trigger!r}, "
                             f"{source.category} rule {source.rule!r}")
    if explanation.relations:
        lines.append("relations:")
    for r in explanation.relations:
        score = f", model score {r.score:.3f}" if r.score is not None else ""
        what = {"rule": "by rule", "model": "added by the model",
                "vetoed": "found by rule, vetoed by the model",
                "superseded": ("found by rule, dropped: the event keeps another time (the one stated as "
                               "its start, or its own when that start is told of another thing)")}[r.source]
        lines.append(f"  {r.type} {r.event} -> {r.argument} ({what}{score})")
    return lines


def render_why_not(result: WhyNot) -> list[str]:
    """Lines saying why a phrase is no mention: what covers it, blocked matches, nearest rules."""
    lines = [f"why not {result.phrase!r}:"]
    lines += [f"  found: {f}" for f in result.found] or ["  no CALCIPHYLAXIS, LESION or TRAUMA "
                                                          "mention covers it"]
    lines += [f"  {b}" for b in result.blocked]
    if result.nearest:
        lines.append("  nearest rules:")
    for r in result.nearest:
        lines.append(f"    {r.category} {r.literal!r} ({r.file}): {r.matched} of {r.length} "
                     f"required tokens; {r.reason}")
    if not result.nearest and not result.blocked:
        lines.append("  no rule accepts any word of it, nor lists a word spelled alike")
    return lines


def render_run(explanation: RunExplanation, rules_changed: bool) -> list[str]:
    """Lines explaining a patient in a run: each note's mentions, the decision and every candidate link.

    ``rules_changed`` adds a warning that mentions were re-extracted with rules other than the
    run's.
    """
    lines = [f"{explanation.run_dir}: patient {explanation.patient_id}, "
             f"note(s) {', '.join(explanation.note_ids)}"]
    if rules_changed:
        lines.append("note: the rules in use differ from the run's (run.json); mentions are "
                     "re-extracted with the rules in use, links are the run's")
    for note_id, note in zip(explanation.note_ids, explanation.notes):
        lines.append(f"== note {note_id}")
        lines += render_text(note)
    if explanation.patient:
        p = explanation.patient
        lines.append(f"== patient {explanation.patient_id}: calciphylaxis {p.get('calciphylaxis')}, "
                     f"koebner {p.get('koebner')}")
    lines.append(f"== {len(explanation.links)} candidate link(s)")
    for link in explanation.links:
        f = link.fields
        lines.append(f"{f['trauma_id']} -> {f['lesion_id']}: "
                     + ", ".join(f"{k}={f.get(k)}" for k in LINK_FIELDS if k in f))
        lines.append(f"    reason: {f.get('reason')}")
    return lines
