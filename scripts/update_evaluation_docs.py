"""Regenerate the figures section of docs/evaluation.md (same as `koebner evaluate-docs`)."""
from __future__ import annotations

import sys

from pipeline.evaluate.docs_figures import REPO, FiguresUnavailable, update_figures


def main() -> int:
    try:
        update_figures(REPO / "docs" / "evaluation.md")
    except FiguresUnavailable as exc:
        print(f"cannot regenerate figures: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
