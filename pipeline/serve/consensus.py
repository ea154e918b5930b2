"""What the reviews of a patient add up to: its review status and each field's settled value.

A field is settled by an adjudication when there is one; otherwise by the reviewers when all who
reviewed it agree (one reviewer alone counts). Reviewers who disagree leave the field in
disagreement until an adjudicator settles it.
"""
from __future__ import annotations

from dataclasses import dataclass

NOT_REVIEWED, REVIEWED, DISAGREEMENT = "not reviewed", "reviewed", "disagreement"
STATUSES = (NOT_REVIEWED, REVIEWED, DISAGREEMENT)


@dataclass(frozen=True, slots=True)
class Settled:
    """The settled value of one field and who settled it; ``value`` is None when nobody did.

    ``decided_by`` reads e.g. "adjudicator:carol", "reviewers:alice,bob", "disagreement" or "" (not
    reviewed).
    """
    value: str | None  # None: not reviewed, or reviewers disagree and nobody adjudicated
    decided_by: str  # "adjudicator:carol", "reviewers:alice,bob", "reviewer:alice", "" or "disagreement"
    comment: str


def settle(field_reviews: dict[str, tuple[str, str]],
           adjudication: tuple[str, str, str] | None) -> Settled:
    """The value of one field: an adjudication wins; else the reviewers' value if they all agree.

    ``field_reviews`` maps reviewer -> (value, comment); ``adjudication`` is (value, adjudicator,
    comment) or None. Reviewers' comments are joined into the result's comment.
    """
    if adjudication is not None:
        value, who, comment = adjudication
        return Settled(value, f"adjudicator:{who}", comment)
    if not field_reviews:
        return Settled(None, "", "")
    values = {value for value, _ in field_reviews.values()}
    names = sorted(field_reviews)
    comments = "; ".join(f"{n}: {field_reviews[n][1]}" for n in names if field_reviews[n][1])
    if len(values) > 1:
        return Settled(None, "disagreement", comments)
    kind = "reviewer" if len(names) == 1 else "reviewers"
    return Settled(values.pop(), f"{kind}:{','.join(names)}", comments)


def disagreements(reviews: dict[str, dict[str, tuple[str, str]]],
                  adjudications: dict[str, tuple[str, str, str]]) -> list[str]:
    """Fields of one patient where reviewers differ and no adjudicator has settled."""
    return sorted(field for field, by in reviews.items()
                  if len({v for v, _ in by.values()}) > 1 and field not in adjudications)


def status(reviews: dict[str, dict[str, tuple[str, str]]],
           adjudications: dict[str, tuple[str, str, str]]) -> str:
    """A patient's review status: "disagreement" when a field is open, else "reviewed" or "not reviewed"."""
    if disagreements(reviews, adjudications):
        return DISAGREEMENT
    if reviews or adjudications:
        return REVIEWED
    return NOT_REVIEWED
