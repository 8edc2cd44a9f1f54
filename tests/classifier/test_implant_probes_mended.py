"""Implant readings mended for review R21's strict xfails (probes 47, 48, 52, 53), each read in
general, by engine.implant_specs, engine.implant_steps and engine.implant_sides:

- an implant's value told before a finding and a placement word ("synthetic mesh only
  identified as the one used", "cemented stem later found to have been implanted") is the value
  put in, set against the plan's (never event 2); "only" before a finding is "not until", no
  instruction of the plan;
- a step told "as planned" ("lightweight mesh implanted as planned") is the planned implant's
  reach, and an implant opened in error then told "not used" is caught (near miss 2);

What stays: the plan's "biological mesh only" instruction, a wrong implant opened in error and
put in (never event 2), the planned implant confirmed as the one used (null), and a wrong one
opened and noticed before implantation (near miss 2).
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NEVER_EVENT_2 = ("2", None)
NEAR_MISS_2 = (None, "2")
NOTHING = (None, None)


@pytest.mark.parametrize(
    "text",
    [
        # review R21 probe 47
        (
            "Biological mesh was specified due to contaminated field. Synthetic mesh only "
            "identified as the one used when checking the implant log next day."
        ),
        (
            "Biological mesh was the plan due to infection. Synthetic mesh only later "
            "identified as the one that had been used, from the stickers."
        ),
        (
            "Porcine mesh was specified for the contaminated field. Synthetic mesh only "
            "recognised as the one implanted at the next-day implant check."
        ),
        (
            "Biological mesh required as the wound was dirty. Polypropylene mesh only "
            "confirmed as the mesh that had been inserted when the op note was audited."
        ),
        (
            "Cemented stem was requested given osteoporotic bone. The uncemented stem was "
            "only identified as the one implanted on the post op x-ray review."
        ),
    ],
)
def test_value_found_afterwards_as_the_one_put_in_is_a_wrong_implant(text: str) -> None:
    assert never_event_codes(text) == NEVER_EVENT_2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the plan's instruction, the wrong mesh caught before it went in (review R21 probe 76)
        (
            (
                "Plan: biological mesh only due to contamination. Synthetic mesh opened by scrub "
                "nurse, noticed before implantation and swapped for biological."
            ),
            NEAR_MISS_2,
        ),
        # the planned mesh found to be the one used
        (
            (
                "Biological mesh was specified due to contaminated field. Biological mesh "
                "confirmed as the one used on checking the implant log."
            ),
            NOTHING,
        ),
        # the plan's instruction kept, the planned mesh put in
        (
            "Biological mesh only as per plan given contamination; biological mesh implanted.",
            NOTHING,
        ),
        ("Synthetic mesh only to be used as field clean; synthetic mesh used.", NOTHING),
        # the instruction and a wrong stem put in (review R21 probe 77)
        (
            (
                "Cemented stem only as per the plan given poor bone. Uncemented stem implanted "
                "in error, identified on post op x-ray."
            ),
            NEVER_EVENT_2,
        ),
        # opened in error, noticed before it was used
        (
            (
                "Biological mesh only was specified. Synthetic mesh opened in error, identified "
                "before it was used, and returned."
            ),
            NEAR_MISS_2,
        ),
    ],
)
def test_mesh_instruction_and_planned_value_found_keep_their_reading(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # review R21 probe 48
        (
            "Lightweight mesh implanted as planned. A heavyweight mesh was also opened in error "
            "but noticed and not used, discarded."
        ),
        (
            "Size 54 cup implanted as per plan. A size 56 cup had also been opened by mistake; "
            "spotted by the scrub nurse and not used, returned for credit."
        ),
        (
            "Monofocal IOL inserted as planned. A toric lens was opened in error as well, but it "
            "was not used and was discarded."
        ),
        (
            "Lightweight mesh was fitted as intended. Heavyweight mesh also opened wrongly, "
            "noticed by scrub, not used and put in the waste."
        ),
    ],
)
def test_wrong_implant_opened_in_error_and_not_used_beside_the_planned_one_is_a_near_miss(
    text: str,
) -> None:
    assert never_event_codes(text) == NEAR_MISS_2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the wrong mesh opened in error and put in
        (
            (
                "Lightweight mesh planned. Heavyweight mesh opened in error and implanted, "
                "noticed at the implant check after closure."
            ),
            NEVER_EVENT_2,
        ),
        (
            (
                "Lightweight mesh planned but a heavyweight mesh was opened in error and "
                "implanted; it was not noticed until the implant log was checked."
            ),
            NEVER_EVENT_2,
        ),
        # the wrong one put in, the planned one opened and not used
        (
            (
                "Heavyweight mesh implanted in error instead of the planned lightweight mesh. "
                "The lightweight mesh that had been opened was not used."
            ),
            NEVER_EVENT_2,
        ),
        ("Lightweight mesh implanted as planned. No issues.", NOTHING),
        # review R21 probe 49: a documented choice
        (
            (
                "Lightweight mesh planned but heavyweight mesh the only one in stock; consultant "
                "chose heavyweight and documented the reason in op note."
            ),
            NOTHING,
        ),
    ],
)
def test_wrong_mesh_put_in_and_planned_mesh_put_in_keep_their_reading(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
