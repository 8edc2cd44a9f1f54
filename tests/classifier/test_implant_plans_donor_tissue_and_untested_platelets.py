"""Implant plans read by what was put in, donor tissue, and untested group O platelets (x4).

Batch 107's dev-179325 (eye-bank tissue labelled for another patient, caught at the paperwork
check: donor tissue is no implant, null) and review R23's six strict xfails: a value set against
the plan told after it ("a monofocal lens rather than the planned toric") is the one put in; each
side's planned implant put on its side is as planned; an old implant removed is neither the plan
nor the one put in; a check before the implanting step that did not notice the error is no
catch; group O platelets not tested for high titre given to a non-O patient are never event 12.
Each reading sits beside its contrasts: the real wrong implant, the real catch.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NEAR_MISS_12 = (None, "12")
NEAR_MISS_2 = (None, "2")
NEVER_EVENT_12 = ("12", None)
NEVER_EVENT_2 = ("2", None)
NOTHING = (None, None)


@pytest.mark.parametrize(
    "text",
    [
        # batch 107 dev-179325
        (
            "Eye bank tissue delivered for a DMEK list was labelled for another pt at a different "
            "trust (courier mixed up 2 boxes). Noticed by the scrub nurse when checking the "
            "tissue paperwork against the pt before the graft was prepared. Correct tissue "
            "couriered, list delayed 3 hrs."
        ),
        (
            "Donor cornea for DSAEK arrived from the eye bank labelled with another patient's "
            "details. Picked up by the theatre nurse at the tissue check before the graft was "
            "opened. Correct tissue sent, surgery delayed."
        ),
        (
            "Corneal graft tissue for Mr X's keratoplasty had the wrong recipient name on the eye "
            "bank paperwork; noticed at sign in before the graft was prepared, replacement tissue "
            "obtained from the eye bank."
        ),
        (
            "DMEK list: the tissue box from the eye bank was for a pt at another hospital. Scrub "
            "nurse compared the label with the wristband before the graft was loaded and stopped. "
            "Right graft couriered later."
        ),
    ],
)
def test_donor_tissue_caught_at_its_check_is_no_implant(text: str) -> None:
    """A graft of donor tissue (eye bank, donor cornea, keratoplasty) is no implant or
    prosthesis: the wrong box caught at its check is no near miss 2."""
    assert never_event_codes(text) == NOTHING


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Aortic aneurysm repair: 24mm Dacron graft planned but a 20mm Dacron graft was "
                "opened and sewn in, found on reviewing the implant record."
            ),
            NEVER_EVENT_2,
        ),
        (
            (
                "EVAR: the wrong size stent graft limb was opened, noticed by the scrub nurse "
                "before it was loaded onto the delivery system, correct limb opened."
            ),
            NEAR_MISS_2,
        ),
        (
            (
                "DMEK triple procedure: biometry planned +21.0D IOL, a +12.0D lens was implanted "
                "in error. Eye bank tissue correct."
            ),
            NEVER_EVENT_2,
        ),
    ],
)
def test_device_grafts_and_lenses_beside_donor_tissue_stay_implants(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    """A synthetic or stent graft is a device, and a lens put in beside donor tissue an
    implant: their wrong ones keep their readings."""
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # review R23 probe
        (
            "IOL implanted was the planned power of +20.5D but a monofocal lens rather than the "
            "planned toric lens. Noticed at the post-op review when astigmatism unchanged."
        ),
        (
            "Standard monofocal IOL implanted rather than the planned toric lens; power was "
            "correct at +21.5D as per biometry. Pt has residual astigmatism at 2 week review."
        ),
        (
            "Lens implanted was the planned power (+19.0D) but a monofocal instead of the "
            "intended toric model. Found at post op check."
        ),
        (
            "The IOL was the planned +22.0D but a multifocal rather than the planned monofocal "
            "was inserted, pt complaining of haloes at 1 wk."
        ),
    ],
)
def test_implant_set_against_the_plan_after_it_is_the_one_put_in(text: str) -> None:
    """ "A monofocal lens rather than the planned toric": the value before the swap is the lens
    put in, the planned one in part only (its power), a wrong implant."""
    assert never_event_codes(text) == NEVER_EVENT_2


@pytest.mark.parametrize(
    "text",
    [
        (
            "IOL implanted was the planned toric lens of +20.5D. Post-op astigmatism unchanged, "
            "toric axis rotated, repositioned."
        ),
        (
            "Lens implanted was the planned +20.5D toric lens. Noticed at review that pt still "
            "has glare; no error found."
        ),
    ],
)
def test_lens_told_the_planned_one_in_every_value_stays_as_planned(text: str) -> None:
    """The lens told the planned one by its power and its type is no wrong implant."""
    assert never_event_codes(text) == NOTHING


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review R23 probe
        (
            (
                "Bilateral breast augmentation, plan R 300cc, L 325cc. The 300cc implant was "
                "placed on the right and the 325cc on the left as planned. Stickers checked "
                "against plan."
            ),
            NOTHING,
        ),
        (
            (
                "Bilateral breast reconstruction with expanders: planned R 400cc, L 450cc. 400cc "
                "placed on the right, 450cc on the left. All checked against the plan."
            ),
            NOTHING,
        ),
        # contrasts: a side's value put on the other side, a value no plan gave
        (
            (
                "Bilateral breast augmentation, plan R 300cc, L 325cc. The 325cc implant was "
                "placed on the right and the 300cc on the left. Found when stickers checked "
                "against plan after the op."
            ),
            NEVER_EVENT_2,
        ),
        (
            (
                "Bilateral breast augmentation, plan R 300cc, L 325cc. The 300cc implant was "
                "placed on the right and a 350cc on the left."
            ),
            NEVER_EVENT_2,
        ),
    ],
)
def test_each_sides_planned_implant_put_on_its_side_is_as_planned(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    """A per-side plan followed side by side is no mismatch between the sides' values; a side
    given the other's value, or one no plan gave, is a wrong implant."""
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review R23 probes
        (
            (
                "Bilateral implant exchange. Old implants R 300cc and L 325cc removed; new R "
                "350cc and L 375cc inserted as planned."
            ),
            NOTHING,
        ),
        (
            (
                "Biological mesh planned. Synthetic mesh identified as the one used at the "
                "previous operation was removed; biological mesh implanted as planned."
            ),
            NOTHING,
        ),
        (
            (
                "Implant exchange: old 350cc implants removed; new 400cc implants inserted as "
                "planned."
            ),
            NOTHING,
        ),
        (
            (
                "Revision hernia repair. Old synthetic mesh from the previous operation removed; "
                "biological mesh implanted as planned."
            ),
            NOTHING,
        ),
        # contrasts: the new implants swapped, the wrong mesh put in after the old one came out
        (
            (
                "Bilateral implant exchange: plan new R 350cc and L 375cc. Old implants removed; "
                "new R 375cc and L 350cc inserted, swapped sides found on sticker check "
                "afterwards."
            ),
            NEVER_EVENT_2,
        ),
        (
            (
                "Revision hernia repair: biological mesh planned. Previous synthetic mesh "
                "removed; a synthetic mesh was then implanted in error instead of the biological "
                "one."
            ),
            NEVER_EVENT_2,
        ),
    ],
)
def test_old_implants_removed_are_neither_plan_nor_placed(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    """An implant from an earlier operation taken out at an exchange or a revision is neither
    the plan nor the one put in; the new one put in wrong still is a wrong implant."""
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review R23 probe
        (
            (
                "Physiologist scanned the generator before the leads were connected but did not "
                "notice it was the non-MRI conditional model; it was implanted and found at "
                "follow up."
            ),
            NEVER_EVENT_2,
        ),
        (
            (
                "The physiologist checked the box before the device was connected to the leads "
                "but did not spot it was a single chamber PPM instead of the planned dual "
                "chamber; it was implanted and found at the pacing check."
            ),
            NEVER_EVENT_2,
        ),
        (
            (
                "Scrub nurse read the lens box before it was loaded but didn't notice it was for "
                "the other eye; the lens was implanted and the error found at the first post op "
                "visit."
            ),
            NEVER_EVENT_2,
        ),
        # contrasts: the check that noticed it
        (
            (
                "Physiologist scanned the generator before the leads were connected and noticed "
                "it was the non-MRI conditional model; swapped before it was implanted."
            ),
            NEAR_MISS_2,
        ),
        (
            (
                "Scrub nurse checked the lens box before it was loaded and noticed it was +12.0D "
                "not the planned +22.0D, correct lens opened."
            ),
            NEAR_MISS_2,
        ),
    ],
)
def test_a_check_that_missed_the_wrong_implant_is_no_catch(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    """A check made before the implanting step that did not notice the error let the wrong
    implant pass (never event 2); one that noticed it is the catch (near miss 2)."""
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review R23 probe
        (
            (
                "SOP requires high titre negative units for non-O pts. Group O platelets not "
                "tested for high titre given to group AB pt."
            ),
            NEVER_EVENT_12,
        ),
        (
            (
                "Group O platelets not tested for high titre given to a group A patient on the "
                "haem ward."
            ),
            NEVER_EVENT_12,
        ),
        (
            (
                "Grp O plts, not HT tested, transfused to pt who is group B. Lab policy says HT "
                "neg only for non-O recipients."
            ),
            NEVER_EVENT_12,
        ),
        (
            (
                "Platelets group O which had not been screened for high titre antibodies were "
                "given to a group AB patient."
            ),
            NEVER_EVENT_12,
        ),
        # contrasts: stopped at the bedside, tested high-titre negative
        (
            (
                "Group O platelets not tested for high titre were issued for a group AB pt; "
                "noticed at the bedside check before spiking and returned to the lab."
            ),
            NEAR_MISS_12,
        ),
        (
            ("Group O platelets tested high titre negative given to a group AB pt as per policy."),
            NOTHING,
        ),
    ],
)
def test_untested_group_o_platelets_given_to_a_non_o_patient(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    """The "not" of a unit's titre test denies the test, not the giving: group O platelets not
    tested for high titre given to a non-O patient are never event 12 (the guide's platelets
    convention); stopped before spiking, near miss 12; tested negative, null."""
    assert never_event_codes(text) == expected
