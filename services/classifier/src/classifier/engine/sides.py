"""The two sides of the body as the engine reads them: the words naming each side and the names
of the concepts of a side planned, acted on or set up, each pair in (left, right) order. One
home for them, importing nothing, so the readers of sides (never_events, document_source,
paperwork_catch, set_up_caught) share them without an import cycle."""

from __future__ import annotations

#: The words of each side (left, right).
SIDE_WORDS = (frozenset({"left", "l", "lt", "lhs"}), frozenset({"right", "r", "rt", "rhs"}))
#: The words of either side.
ANY_SIDE_WORDS = SIDE_WORDS[0] | SIDE_WORDS[1]
#: The concepts of the side meant (planned or found) of each side.
PLANNED_SIDES = ("planned_left", "planned_right")
#: The concepts of an act on each side.
ACTED_SIDES = ("acted_left", "acted_right")
#: The concepts of each side set up (prepped, draped, marked) before an act.
SET_UP_SIDES = ("set_up_left", "set_up_right")
#: The concepts of each side marked before an act.
MARKED_SIDES = ("marked_left", "marked_right")
#: The concept of an act whose side is the other of a side planned (reasoning only:
#: never_events.yaml), added by wrong_site_done and side_proceeded, which lets the wrong site
#: stand beside a look-alike of imaging or drops named in the same report ("scanned the wrong
#: side with US first ... Second nephrostomy placed L").
SIDED_ACT_AGAINST_PLAN = "sided_act_against_plan"
#: The concept of a site error told as what happened ("operated on in error", "done on the wrong
#: side by mistake"), read by site_act and wrong_site_done.
ERROR_TOLD_AS_FACT_CONCEPT = "site_error_told_as_fact"
#: The "re" of a word split by a hyphen ("re-prepped", "re-consented"), which the side phrases
#: read as a side (the right eye's "RE").
REDO_PREFIX = "re"


def side_of(token: str) -> int | None:
    """The side (0 left, 1 right) `token` names, or None when it names no side."""
    for side, words in enumerate(SIDE_WORDS):
        if token in words:
            return side
    return None
