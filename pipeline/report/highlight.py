"""Note text as HTML with its mentions highlighted, every character escaped.

Mentions may nest or cross (a SITE inside a TRAUMA phrase). The text is cut at every mention
boundary; each piece is wrapped in one ``<mark>`` per mention covering it, outermost first, so
the markup is always well nested whatever the spans are.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

from .run_data import MentionView

KNOWN_LABELS = ("CALCIPHYLAXIS", "LESION", "SITE", "TRAUMA", "TIMEX", "RISK")


def label_class(label: str) -> str:
    """The CSS class of a label's colour, ``m-OTHER`` for a label the page does not know."""
    return f"m-{label}" if label in KNOWN_LABELS else "m-OTHER"


def dom_id(mention_id: str) -> str:
    """An HTML id for a mention, safe whatever characters its mention_id holds."""
    # mention ids come from the data: keep only characters that are safe in an id attribute
    return "mention-" + re.sub(r"[^A-Za-z0-9_-]", "_", mention_id)


def mention_title(mention: MentionView) -> str:
    """A mention's hover text: label, flags (or "affirmed"), attributes, id and offsets."""
    parts = [mention.label, "affirmed" if not mention.flags else ", ".join(mention.flags)]
    parts += [f"{k}={v}" for k, v in mention.attributes]
    parts.append(f"id {mention.mention_id} [{mention.start}:{mention.end}]")
    return " | ".join(parts)


def mention_classes(mention: MentionView) -> str:
    """The CSS classes of a mention's mark: ``m``, its label's class, and ``is-<flag>`` per flag."""
    return " ".join(["m", label_class(mention.label), *(f"is-{f}" for f in mention.flags)])


@dataclass(frozen=True, slots=True)
class Highlighted:
    """A note as HTML, with the mentions drawn in it and those left out because their offsets are wrong."""
    html: str
    placed: tuple[str, ...]  # mention ids drawn in the text
    misplaced: tuple[str, ...]  # ids whose offsets fall outside the text or do not match it


def _check_offsets(text: str, mention: MentionView) -> bool:
    """True when the mention's offsets lie in ``text`` and cover its text (any text if it has none)."""
    if not 0 <= mention.start < mention.end <= len(text):
        return False
    # An empty mention text (e.g. a redacted mentions file) cannot be compared: trust offsets.
    return not mention.text or text[mention.start:mention.end] == mention.text


def highlight(text: str, mentions: tuple[MentionView, ...] | list[MentionView]) -> Highlighted:
    """``text`` as escaped HTML with a ``<mark>`` per mention; overlapping mentions nest.

    Mentions whose offsets fall outside the text or do not match it are left out and listed in
    ``misplaced``. The first mark of each mention carries its dom_id.
    """
    good = [m for m in mentions if _check_offsets(text, m)]
    bad = tuple(m.mention_id for m in mentions if not _check_offsets(text, m))
    cuts = sorted({0, len(text), *(m.start for m in good), *(m.end for m in good)})
    first_piece: set[str] = set()
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        covering = sorted((m for m in good if m.start <= a and m.end >= b),
                          key=lambda m: (m.start, -m.end, m.mention_id))
        piece = html.escape(text[a:b], quote=False)
        for m in reversed(covering):
            # The element that starts a mention carries its id, so a link can jump to it.
            anchor = ""
            if m.start == a and m.mention_id not in first_piece:
                first_piece.add(m.mention_id)
                anchor = f' id="{dom_id(m.mention_id)}"'
            piece = (f'<mark{anchor} class="{mention_classes(m)}" '
                     f'data-label="{html.escape(m.label)}" '
                     f'data-mention="{html.escape(m.mention_id)}" '
                     f'title="{html.escape(mention_title(m))}">{piece}</mark>')
        out.append(piece)
    return Highlighted("".join(out), tuple(m.mention_id for m in good), bad)
