"""Case-series figures as PNG files.

Figures are built as ``matplotlib.figure.Figure`` objects, never through pyplot: no global
backend state, no display, and saving to PNG uses the Agg renderer.

Every figure is always written, so the set of files in ``stats/`` does not depend on the data;
a figure with nothing to show says so in large type instead of being silently absent.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import matplotlib.dates as mdates
from matplotlib.figure import Figure

from .case_series import CaseSeriesStats, PatientTimeline

TRAUMA_COLOUR = "#d95f02"
LESION_COLOUR = "#7570b3"
KOEBNER_COLOUR = "#1b9e77"
TIMELINES_PER_PAGE = 12
GROUP_TITLES = {
    "head_neck": "Head and neck", "trunk": "Trunk", "upper_extremity": "Upper extremity",
    "lower_extremity": "Lower extremity", "other": "Other",
}


@dataclass(frozen=True, slots=True)
class FigureFile:
    """One figure written: its name, file name, and whether it has data (else ``note`` says why not)."""
    name: str
    file: str
    has_data: bool
    note: str = ""


def _figure(nrows: int = 1, ncols: int = 1, **kwargs):
    figsize = kwargs.pop("figsize", (6, 3))
    fig = Figure(figsize=figsize)
    return fig, fig.subplots(nrows, ncols, **kwargs)


def _no_data(path: Path, title: str, message: str) -> None:
    fig, ax = _figure(figsize=(6, 3))
    ax.set_axis_off()
    ax.set_title(title)
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=14, wrap=True,
            transform=ax.transAxes)
    fig.savefig(path, dpi=120, bbox_inches="tight")


def trauma_types_figure(stats: CaseSeriesStats, path: Path) -> FigureFile:
    """Bar chart of Koebner patients per trauma type, saved at ``path`` (a placeholder when none)."""
    title = "Trauma type at the Koebner site"
    if not stats.trauma_types:
        _no_data(path, title, "No Koebner patients with a trauma type: nothing to plot")
        return FigureFile("trauma_types", path.name, False, "no Koebner patient has a trauma type")
    names = [c.category for c in stats.trauma_types]
    counts = [c.share.count for c in stats.trauma_types]
    fig, ax = _figure(figsize=(6, 0.5 * len(names) + 1.5))
    ax.barh(names[::-1], counts[::-1], color=TRAUMA_COLOUR)
    for y, c in enumerate(stats.trauma_types[::-1]):
        ax.text(c.share.count, y, f" {c.share.count} ({100 * (c.share.proportion or 0):.0f}%)",
                va="center")
    ax.set_xlabel(f"Koebner patients (of {stats.koebner.count}; a patient may have several types)")
    ax.set_xlim(0, max(counts) * 1.35)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_title(title)
    fig.savefig(path, dpi=120, bbox_inches="tight")
    return FigureFile("trauma_types", path.name, True)


def sites_figure(stats: CaseSeriesStats, path: Path) -> FigureFile:
    """Bar chart per region, head to foot: patients with a lesion, a trauma and a Koebner match there.

    Saved at ``path``; a placeholder image when there are no sites.
    """
    title = "Lesion and trauma sites, head to foot"
    rows = stats.region_counts
    if not rows:
        _no_data(path, title, "No sites found for calciphylaxis patients: nothing to plot")
        return FigureFile("sites", path.name, False, "no lesion, trauma or matched site")
    fig, ax = _figure(figsize=(7, 0.45 * len(rows) + 1.8))
    height = 0.27
    ys = list(range(len(rows)))[::-1]  # first region (head) on top
    series = (
        ("lesion_patients", "Lesion at site", LESION_COLOUR, -height),
        ("trauma_patients", "Trauma at site", TRAUMA_COLOUR, 0.0),
        ("koebner_patients", "Koebner match (patient-level)", KOEBNER_COLOUR, height),
    )
    for attribute, label, colour, offset in series:
        ax.barh([y - offset for y in ys], [getattr(r, attribute) for r in rows], height=height,
                color=colour, label=label)
    ax.set_yticks(ys, [r.region.replace("_", " ") for r in rows])
    # Separate and name the region groups so the order (head to foot) reads at a glance.
    previous = None
    for y, row in zip(ys, rows):
        if row.group != previous:
            if previous is not None:
                ax.axhline(y + 0.5, color="grey", linewidth=0.8, linestyle="--")
            ax.text(1.01, y, GROUP_TITLES.get(row.group, row.group), transform=ax.get_yaxis_transform(),
                    va="center", fontsize=9, style="italic", color="dimgrey")
            previous = row.group
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel("Calciphylaxis patients")
    ax.set_title(title)
    ax.legend(loc="lower right", fontsize=8)
    fig.savefig(path, dpi=120, bbox_inches="tight")
    return FigureFile("sites", path.name, True)


def interval_figure(stats: CaseSeriesStats, path: Path) -> FigureFile:
    """Histogram of interval_days (trauma to lesion onset) over Koebner patients, saved at ``path``.

    A placeholder image when no interval is known.
    """
    values = stats.interval_values
    title = "Days from trauma to lesion onset (Koebner patients)"
    if not values:
        _no_data(path, title, "No trauma-to-lesion interval known: nothing to plot")
        return FigureFile("interval", path.name, False, "no Koebner patient has interval_days")
    fig, ax = _figure(figsize=(6, 3.2))
    bins = min(20, max(5, len(values)))
    ax.hist(values, bins=bins, color=KOEBNER_COLOUR, alpha=0.6, edgecolor="white")
    ax.plot(values, [0] * len(values), "|", color="black", markersize=18, label="one patient")
    if stats.interval.median is not None:
        ax.axvline(stats.interval.median, color="black", linestyle="--",
                   label=f"median {stats.interval.median:.1f}")
    ax.set_xlabel("interval_days")
    ax.set_ylabel("patients")
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.legend(fontsize=8)
    ax.set_title(title)
    fig.savefig(path, dpi=120, bbox_inches="tight")
    return FigureFile("interval", path.name, True)


def _draw_timeline(ax, timeline: PatientTimeline) -> None:
    dated = {e.event_id: e for e in timeline.events if e.when is not None}
    lanes = {"trauma": 1.0, "lesion": 0.0}
    for trauma_id, lesion_id in timeline.linked_pairs:
        if trauma_id in dated and lesion_id in dated:
            a, b = dated[trauma_id], dated[lesion_id]
            ax.plot([a.when.day, b.when.day], [lanes["trauma"], lanes["lesion"]], color="grey",
                    linewidth=1.2, zorder=1)
    for event in dated.values():
        colour = TRAUMA_COLOUR if event.kind == "trauma" else LESION_COLOUR
        marker = "^" if event.kind == "trauma" else "o"
        # Hollow marker: the date is known only to the month or year.
        face = colour if event.when.exact else "white"
        ax.scatter([event.when.day], [lanes[event.kind]], marker=marker, s=60, zorder=2,
                   facecolors=face, edgecolors=colour)
    undated = len(timeline.events) - len(dated)
    ax.set_yticks([0, 1], ["lesion", "trauma"])
    ax.set_ylim(-0.6, 1.6)
    label = timeline.patient_id + (f"  ({undated} undated event(s) not shown)" if undated else "")
    ax.set_title(label, fontsize=9, loc="left")
    if not dated:
        ax.text(0.5, 0.5, "no dated events", ha="center", va="center", transform=ax.transAxes)
        ax.set_xticks([])
        return
    days = [e.when.day for e in dated.values()]
    pad = max(timedelta(days=7), (max(days) - min(days)) * 0.08)
    ax.set_xlim(min(days) - pad, max(days) + pad)
    locator = mdates.AutoDateLocator(maxticks=6)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


def timeline_figures(stats: CaseSeriesStats, out_dir: Path) -> list[FigureFile]:
    """Timeline pages of the Koebner patients (12 per image) in ``out_dir``; one placeholder when none."""
    if not stats.timelines:
        path = out_dir / "koebner_timelines_1.png"
        _no_data(path, "Trauma and lesion timelines", "No Koebner patients: no timelines")
        return [FigureFile("timelines", path.name, False, "no Koebner patients")]
    files = []
    pages = [stats.timelines[i:i + TIMELINES_PER_PAGE]
             for i in range(0, len(stats.timelines), TIMELINES_PER_PAGE)]
    for number, page in enumerate(pages, start=1):
        fig, axes = _figure(len(page), 1, figsize=(7, 1.35 * len(page) + 0.9), squeeze=False)
        for ax, timeline in zip(axes[:, 0], page):
            _draw_timeline(ax, timeline)
        fig.suptitle("Trauma (triangle) and lesion onset (circle); grey line = linked pair; "
                     "hollow = month/year only", fontsize=9)
        fig.tight_layout()
        path = out_dir / f"koebner_timelines_{number}.png"
        fig.savefig(path, dpi=110)
        files.append(FigureFile("timelines", path.name, True))
    return files
