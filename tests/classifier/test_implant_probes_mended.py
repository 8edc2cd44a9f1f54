"""Implant readings mended for review R21's strict xfails (probes 47, 48, 52, 53), each read in
general, by engine.implant_specs, engine.implant_steps and engine.implant_sides:

- an implant's value told before a finding and a placement word ("synthetic mesh only
  identified as the one used", "cemented stem later found to have been implanted") is the value
  put in, set against the plan's (never event 2); "only" before a finding is "not until", no
  instruction of the plan;
- a step told "as planned" ("lightweight mesh implanted as planned") is the planned implant's
  reach, and an implant opened in error then told "not used" is caught (near miss 2);
- the lens put in told as "the planned 22.0D for the LEFT eye" in an operation on the right
  eye (told "RE", "Right phaco", "listed for R cataract") is a lens meant for another eye
  (never event 2), not the planned one;
- the implant put in told as the planned one by one value ("IOL implanted was the planned
  +20D") while another specification is told planned and placed apart (toric planned,
  monofocal inserted) is no planned implant (never event 2).

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


@pytest.mark.parametrize(
    "text",
    [
        # review R21 probe 52
        (
            "Cataract surgery RE. Lens implanted was the planned 22.0D for the LEFT eye; the "
            "right eye biometry required 19.5D. Pt has large refractive surprise."
        ),
        (
            "Right phaco. The IOL inserted was the planned 21.0D for the left eye; right eye "
            "needed 23.5D."
        ),
        (
            "Pt listed for R cataract. Lens used was the one planned for her left eye, "
            "biometry for the right eye was +19.0D."
        ),
        (
            "Cataract surgery LE. IOL implanted was the planned +24.0D for the RIGHT eye; left "
            "eye biometry was +21.5D. Refractive surprise."
        ),
        (
            "RE phaco today. The lens implanted was the calculated 20.5D for the left eye. "
            "Refractive surprise at day 1."
        ),
    ],
)
def test_planned_lens_of_the_other_eye_put_in_is_a_wrong_implant(text: str) -> None:
    assert never_event_codes(text) == NEVER_EVENT_2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cataract surgery RE. Lens implanted was the planned 22.0D for the RIGHT eye. "
            "Uneventful.",
            NOTHING,
        ),
        (
            (
                "Cataract surgery LE. Lens implanted was the planned 22.0D for the LEFT eye; the "
                "right eye is to be done next month."
            ),
            NOTHING,
        ),
        # review R21 probe 54
        (
            (
                "Lens used was the planned +21.5D as per biometry. Post op refraction as "
                "expected, no issues."
            ),
            NOTHING,
        ),
        # a split "re" is no eye
        (
            (
                "Re-operated RE for lens exchange: the lens implanted was the planned 22.0D for "
                "the right eye."
            ),
            NOTHING,
        ),
        # the other eye's lens opened and caught
        (
            (
                "RE cataract. Lens for the LEFT eye opened in error, noticed at the implant "
                "check before insertion; correct RE lens opened."
            ),
            NEAR_MISS_2,
        ),
    ],
)
def test_planned_lens_of_the_operated_eye_and_a_caught_one_keep_their_reading(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # review R21 probe 53
        (
            "IOL implanted was the planned +20D but a toric lens had been planned and a "
            "standard monofocal lens was inserted in error."
        ),
        (
            "IOL inserted was the intended 22.0D, however a multifocal lens had been planned and "
            "a monofocal lens was implanted."
        ),
        (
            "Lens implanted was the planned +19.5D but toric was planned and a non-toric "
            "monofocal was inserted."
        ),
        (
            "Breast implant used was the planned 350cc, but an anatomical implant was planned "
            "and a round implant was inserted."
        ),
        (
            "Lens implanted was the planned 21.0D; however the plan was for a toric IOL and a "
            "monofocal IOL was put in."
        ),
    ],
)
def test_implant_planned_in_one_value_and_wrong_in_another_is_a_wrong_implant(text: str) -> None:
    assert never_event_codes(text) == NEVER_EVENT_2


@pytest.mark.parametrize(
    "text",
    [
        "IOL implanted was the planned +20D toric lens as per biometry. No issues.",
        # dev-90085's reading: the biometry itself mismeasured
        (
            "IOL implanted was the planned +21.0D per biometry printout. Refractive surprise of "
            "-3.0D; the biometry was found to have been mismeasured."
        ),
        "The lens implanted was the one planned. Toric lens planned and toric lens inserted.",
    ],
)
def test_implant_planned_in_all_it_names_stays_the_planned_one(text: str) -> None:
    assert never_event_codes(text) == NOTHING
