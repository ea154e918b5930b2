"""Agreement between reviewers: Cohen's kappa per field, for every pair of reviewers, over the
items both reviewed (patients for calciphylaxis and koebner; candidate-link groups for links)."""
from __future__ import annotations

import itertools
import warnings
from dataclasses import asdict, dataclass

from sklearn.metrics import cohen_kappa_score

from .store import FIELD_VALUES, LINK_VALUES

FIELDS = ("calciphylaxis", "koebner", "links")


@dataclass(frozen=True, slots=True)
class Agreement:
    """Agreement of two reviewers on one field: items both reviewed, how many agreed, Cohen's kappa.

    ``kappa`` is None when undefined: fewer than 2 items, or one value only.
    """
    field: str
    reviewer_a: str
    reviewer_b: str
    n: int  # items both reviewed
    agreed: int
    kappa: float | None  # None: fewer than 2 items, or one class only (kappa undefined)

    def to_dict(self) -> dict:
        """The agreement as a JSON-ready dict (as written to agreement.json)."""
        return asdict(self)


def agreement(reviews: dict[str, dict[str, dict[str, tuple[str, str]]]]) -> list[Agreement]:
    """``reviews``: patient_id -> field -> reviewer -> (value, comment), as ReviewStore.reviews()."""
    pairs: dict[tuple[str, str, str], list[tuple[str, str]]] = {}
    for fields in reviews.values():
        for field, by in fields.items():
            group = "links" if field.startswith("link:") else field
            for a, b in itertools.combinations(sorted(by), 2):
                pairs.setdefault((group, a, b), []).append((by[a][0], by[b][0]))
    out = []
    for (group, a, b), values in sorted(pairs.items()):
        labels = list(LINK_VALUES if group == "links" else FIELD_VALUES[group])
        first, second = [v[0] for v in values], [v[1] for v in values]
        agreed = sum(x == y for x, y in values)
        kappa = None
        if len(values) >= 2 and len(set(first) | set(second)) > 1:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                value = float(cohen_kappa_score(first, second, labels=labels))
            kappa = None if value != value else round(value, 4)  # NaN: undefined
        out.append(Agreement(group, a, b, len(values), agreed, kappa))
    return out
