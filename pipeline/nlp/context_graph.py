"""medspaCy's ConText graph (scopes, pruning, edges) on plain records, one sentence at a time.

medspaCy's ``ConTextModifier`` reads its rule's direction, category and types through properties
at every comparison, and ``ConTextGraph`` pairs every modifier with every target through them;
on notes dense with targets that was half the assertion component's time. :func:`sentence_edges`
does the same steps on :class:`Trigger` records made from the same ``ConTextRule`` objects, with
the same tests in the same order (medspaCy's ``tuple_overlaps`` is one-sided, and kept so), and
gives the same edges in the same order. ``koebner_context`` uses medspaCy's own objects when it
keeps them (``store_modifiers``); tests/unit/test_context_graph.py holds the two paths equal.

Not supported: a rule with an ``on_modifies`` callback (a ConTextRule JSON file cannot give one);
:func:`supports` tells, and the component then keeps medspaCy's graph.
"""
from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter

from medspacy.context import ConTextRule

UNMODIFYING = ("TERMINATE", "PSEUDO")


def supports(rules: Sequence[ConTextRule]) -> bool:
    """Whether :func:`sentence_edges` gives medspaCy's results for these rules."""
    return all(rule.on_modifies is None for rule in rules)


class RuleFacts:
    """What the graph reads of a ConTextRule, read once per rule (the rules do not change after
    the component is built)."""

    __slots__ = ("rule", "direction", "category", "upper_category", "terminated_by",
                 "allowed_types", "excluded_types", "max_targets", "extends_forward",
                 "extends_backward", "terminates", "modifies_nothing", "spans_targets", "closes",
                 "passes", "forward_only", "limitable", "allows_any")

    def __init__(self, rule: ConTextRule, spans_targets: bool = False, closes: str | None = None,
                 passes: frozenset[str] = frozenset(), forward_only: bool = False):
        self.rule = rule
        self.direction = rule.direction
        self.category = rule.category
        self.upper_category = rule.category.upper()
        self.terminated_by = rule.terminated_by
        self.allowed_types = rule.allowed_types
        self.excluded_types = rule.excluded_types
        self.max_targets = rule.max_targets
        lowered = rule.direction.lower()
        self.extends_forward = lowered in ("forward", "bidirectional")
        self.extends_backward = lowered in ("backward", "bidirectional")
        self.terminates = rule.direction.upper() == "TERMINATE"
        self.modifies_nothing = rule.direction in UNMODIFYING
        self.spans_targets = spans_targets
        self.closes = closes
        self.passes = passes  # literals of terminator rules its scope reads through
        # an ender that ends only the scopes reaching forward across it, not the scope of a
        # trigger after it reading back ("no vasculitis - calciphylaxis" / "Calciphylaxis - ruled out")
        self.forward_only = forward_only
        # whether another trigger can ever limit its scope: _limit_scope moves only the forward
        # or backward edge of a trigger that is not a terminator (a pseudo-trigger has neither)
        self.limitable = (self.extends_forward or self.extends_backward) and not self.terminates
        # no allowed or excluded types: allows() is true of every label (most rules)
        self.allows_any = self.allowed_types is None and self.excluded_types is None

    def allows(self, label: str) -> bool:
        """medspaCy's ``ConTextModifier.allows`` of an upper-case target label."""
        if self.allowed_types is not None:
            return label in self.allowed_types
        if self.excluded_types is not None:
            return label not in self.excluded_types
        return True


class Trigger:
    """A match of a rule at tokens ``start:end`` with its scope: medspaCy's ConTextModifier."""

    __slots__ = ("facts", "start", "end", "scope_start", "scope_end", "opener", "list_goes_on",
                 "aside", "plain")

    def __init__(self, facts: RuleFacts, start: int, end: int, scope_start: int, scope_end: int):
        self.facts = facts
        self.start, self.end = start, end
        self.scope_start, self.scope_end = scope_start, scope_end
        self.opener: int | None = None  # token of the bracket a closing bracket closes
        self.list_goes_on = False  # a closing bracket followed by "or" / "nor": the list continues
        self.aside: tuple[int, int] | None = None  # the brackets of the innermost aside holding it
        # neither a closing bracket nor inside an aside: it may limit any other trigger's scope
        self.plain = not facts.closes

    def set_brackets(self, opener: int | None = None, aside: tuple[int, int] | None = None) -> None:
        """Place the trigger among the sentence's brackets: the opening bracket a closing bracket
        closes, or the aside (opening and closing bracket) the trigger stands in."""
        self.opener = opener
        self.aside = aside
        self.plain = opener is None and aside is None and not self.facts.closes


def innermost_aside(asides: dict[int, int], start: int, end: int) -> tuple[int, int] | None:
    """The brackets of the innermost bracketed aside (``asides``: each bracket's token -> its
    partner's) that holds tokens ``start:end``, None when no aside does."""
    holding = [(o, c) for o, c in asides.items() if o < start and end <= c]
    return max(holding) if holding else None


def aside_limits(aside: tuple[int, int] | None, start: int, end: int) -> bool:
    """Whether a trigger standing in the bracketed ``aside`` may limit the scope of a trigger at
    ``start:end``: only one in the same aside. The aside's own words answer the aside, and the
    sentence around it goes on past the bracket: in "denies frostbite (no cold packs either),
    heating pads or shots" the inner "no" ends no part of the outer denial."""
    return aside is None or (aside[0] < start and end <= aside[1])


# OVERLAP: medspaCy's one-sided ``tuple_overlaps((a_start, a_end), (b_start, b_end))`` is true
# when b starts or ends inside a (so false when b holds a with a token to spare on each side):
# ``a_start <= b_start < a_end or a_start < b_end <= a_end``. It is written out where it is
# tested (every trigger against every target and every other trigger): a call cost more than
# the test.


def _limit_scope(self: Trigger, other: Trigger) -> None:
    """``self.limit_scope(other)`` of medspaCy's ConTextModifier."""
    start, end = self.scope_start, self.scope_end
    if not (start <= other.scope_start < end or start < other.scope_end <= end):
        return  # the scopes do not overlap (OVERLAP: the test most calls end at)
    facts, theirs = self.facts, other.facts
    if theirs.forward_only and other.start < self.start:
        return
    if facts.terminates or theirs.rule.literal in facts.passes:
        return
    if (not theirs.terminates and theirs.upper_category not in facts.terminated_by
            and theirs.upper_category != facts.upper_category):
        return
    if facts.category == theirs.category and (
            facts.allowed_types != theirs.allowed_types
            or facts.excluded_types != theirs.excluded_types):
        return
    if facts.extends_forward and other.start > self.start:
        self.scope_end = min(self.scope_end, other.start)
    if facts.extends_backward and other.end < self.end:
        self.scope_start = max(self.scope_start, other.end)


def bracket_limits(opener: int | None, close: int, direction: str, start: int, end: int,
                   category: str = "", list_goes_on: bool = False) -> bool:
    """Whether a closing bracket at token ``close`` (its opening bracket at ``opener``, None when
    unmatched) may end the scope of a trigger at ``start:end`` going ``direction``. A bracket
    the trigger stands outside of is part of what it modifies: "the culture (sent 5/2) was
    negative" (BACKWARD), "favor early (pre-ulcerative) calciphylaxis" (FORWARD). A trigger
    inside the bracket stops at it, and an unmatched bracket ("2)") ends any scope. A forward
    negation still stops at a bracket: "not on dialysis (CKD 3b), and uses enoxaparin", unless
    the denied list goes on after it ("denies falls, urut (traditional massage) or tight
    clothing": ``list_goes_on``, the bracket followed by "or" / "nor")."""
    if opener is None:
        return True
    if direction == "BACKWARD":
        return opener < start < close
    if direction == "FORWARD":
        if category.upper() == "NEGATED_EXISTENCE":
            return not (list_goes_on and end <= opener)
        return not end <= opener
    return True


def _limits(other: Trigger, trigger: Trigger) -> bool:
    """Whether ``other`` may limit ``trigger``'s scope (see :func:`aside_limits` and
    :func:`bracket_limits`)."""
    if not aside_limits(other.aside, trigger.start, trigger.end):
        return False
    if other.opener is None and not other.facts.closes:
        return True
    return bracket_limits(other.opener, other.start, trigger.facts.direction, trigger.start,
                          trigger.end, trigger.facts.upper_category, other.list_goes_on)


def update_scopes(triggers: list[Trigger]) -> None:
    """Each pair limits the other's scope, in medspaCy's order (``ConTextGraph.update_scopes``
    with the closing-bracket exception). A trigger whose scope nothing can limit (terminators
    and pseudo-triggers, most triggers of a sentence: ``RuleFacts.limitable``) is not tried:
    its ``_limit_scope`` would change nothing, and the tests before it change nothing either."""
    for i in range(len(triggers) - 1):
        first = triggers[i]
        first_limitable = first.facts.limitable
        for second in triggers[i + 1:]:
            # most triggers are plain (no bracket of their own, in no aside) and may always limit
            if first_limitable and (second.plain or _limits(second, first)):
                _limit_scope(first, second)
            if second.facts.limitable and (first.plain or _limits(first, second)):
                _limit_scope(second, first)


def _placed_among(triggers: list[Trigger], targets: Sequence[tuple[int, int, str]]
                  ) -> tuple[list[Trigger], set[int]]:
    """The triggers no target holds, and terminators and pseudo-triggers (they keep their place),
    in match order; and the ids of the kept triggers that may modify a target but overlap one
    (OVERLAP), found in the same pass over the targets."""
    kept: list[Trigger] = []
    overlapping: set[int] = set()
    for m in triggers:
        if m.facts.modifies_nothing:
            kept.append(m)  # never dropped, and modifies nothing: its overlaps do not matter
            continue
        m_start, m_end = m.start, m.end
        for start, end, _ in targets:
            if start <= m_start and m_end <= end:
                break  # inside a target: dropped
            if start <= m_start < end or start < m_end <= end:  # OVERLAP
                overlapping.add(id(m))
        else:
            kept.append(m)
    return kept, overlapping


_position = attrgetter("start", "end")  # a trigger's sort key: (start, end)


def sentence_edges(triggers: list[Trigger],
                   targets: Sequence[tuple[int, int, str]]) -> list[tuple[int, Trigger]]:
    """The ``(target index, trigger)`` edges of one sentence, in the order medspaCy's graph lists
    them (by trigger, then target), as ``KoebnerContext`` builds its sentence graph: triggers inside
    a target are dropped (terminators kept), the rest sorted and their scopes limited, then the
    triggers that overlap a target are dropped (except ``spans_targets`` ones) and each target is
    tested against each trigger. ``targets`` are ``(start, end, upper-case label)``; ``triggers``
    in match order."""
    kept, overlapping = _placed_among(triggers, targets)
    if len(kept) > 1:
        kept.sort(key=_position)
        update_scopes(kept)
    edges = []
    for m in kept:
        facts = m.facts
        if facts.modifies_nothing or (id(m) in overlapping and not facts.spans_targets):
            # terminators and pseudo-triggers modify nothing; a trigger overlapping a target
            # modifies none (medspaCy prunes it after the scopes are set)
            continue
        # ConTextModifier.modifies of each target in turn (no on_modifies callback: see
        # supports), its tests put cheapest-first (none has a side effect): the target is in the
        # trigger's scope, apart from the trigger, and of a type the rule allows. The two overlap
        # tests are OVERLAP, written out. medspaCy pairs targets (outer) with triggers (inner);
        # each trigger's targets come in target order either way
        scope_start, scope_end, m_start, m_end = m.scope_start, m.scope_end, m.start, m.end
        allows = None if facts.allows_any else facts.allows
        chosen = [index for index, (start, end, label) in enumerate(targets)
                  if (scope_start <= start < scope_end or scope_start < end <= scope_end)
                  and not (m_start <= start < m_end or m_start < end <= m_end)
                  and (allows is None or allows(label))]
        if not chosen:
            continue
        limit = facts.max_targets
        if limit is not None and len(chosen) > limit:
            # ConTextModifier.reduce_targets: the nearest, a stable sort by distance
            chosen = sorted(chosen, key=lambda i: min(abs(m.start - targets[i][1]),
                                                      abs(targets[i][0] - m.end)))[:limit]
        edges += [(index, m) for index in chosen]
    return edges
