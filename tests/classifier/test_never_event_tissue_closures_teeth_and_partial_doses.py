"""Readings mended from the lead's probes. Pregnancy tissue named with the words of a
retained item ("retained products", "RPOC", "retained placenta") rules out a retained item only
when it is the finding's own evidence, not when a swab or tampon is told as left in beside it;
and "should have been" names a planned side only next to the side ("should have been the
left"), not when a side word comes later in another sense ("should have been removed before
she left theatre"). A "not" in the clause before a closing word does not deny it ("x-ray not
done, closed"): the item found on CT after it was left in. A dental implant put in at
another tooth than the plan's is wrong site surgery (teeth compared like fingers, in Palmer
notation); only a tooth taken out is the excluded wrong tooth extraction, wherever the report
tells it, and a dental word alone no longer rules a wrong site out."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # --- tissue beside an item: the item is still retained
        (
            "Pt with a history of retained products had a swab left in the vagina after perineal "
            "repair, found at the 6 week check.",
            ("3", None),
        ),
        (
            "Lady readmitted with offensive PV loss; history of retained products after her last "
            "pregnancy. Swab found in vagina at EUA, left at perineal repair on delivery suite.",
            ("3", None),
        ),
        (
            "Retained placental tissue found at EUA, removed; a tampon was also left in the vagina "
            "from the repair.",
            ("3", None),
        ),
        # --- the tissue itself, or a planned pack, is no retained item
        (
            "Retained products of conception seen on USS 2 wks post delivery, ERPC done, swab and "
            "instrument counts correct.",
            (None, None),
        ),
        (
            "Admitted with retained placenta, manual removal in theatre, vaginal pack inserted and "
            "removed at 24 h as per plan.",
            (None, None),
        ),
        (
            "Urinary retention post op, catheter left in overnight and removed on the ward next "
            "morning.",
            (None, None),
        ),
        (
            "PPH secondary to retained placenta. MROP in theatre. Counts correct at end.",
            (None, None),
        ),
        # --- "should have been" with the side next to it, or a side word in another sense
        (
            "Vaginal pack that should have been removed before she left theatre was found by the "
            "community midwife on day 3. Pt readmitted.",
            ("3", None),
        ),
        (
            "Carpal tunnel release started on the right wrist; it should have been the left, as "
            "on the consent form and the list.",
            ("1", None),
        ),
        (
            "Knee arthroscopy performed on the R knee. Op should have been done on the left knee "
            "per consent.",
            ("1", None),
        ),
    ],
)
def test_tissue_beside_an_item_and_sides_after_should(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "As the surgeon was about to close the count was one swab short. Search of the field "
            "and bins negative, xray not done, closed. Swab found on CT day 5.",
            ("3", None),
        ),
        (
            "Count was one needle short at closure, xray not done, closed. Needle seen on the "
            "post op film the following morning, returned to theatre for removal.",
            ("3", None),
        ),
        (
            "Swab count incorrect before closure; wound not yet closed, swab found under the "
            "liver and removed.",
            (None, "3"),
        ),
        (
            "Count discrepancy at end of case, the wound was not closed, x-ray taken, swab seen "
            "in abdomen and removed before closure.",
            (None, "3"),
        ),
    ],
)
def test_a_not_in_the_clause_before_does_not_deny_the_closure(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dental implant placed in the UL4 site instead of the planned UL5 site, pt informed.",
            ("1", None),
        ),
        (
            "Implant placed at LL6 site; treatment plan and CBCT were for LR6. Wrong side of the "
            "mandible.",
            ("1", None),
        ),
        (
            "Dental implant clinic: fixture placed in the UR4 position but the plan was UR5. "
            "Noticed on the post-op radiograph.",
            ("1", None),
        ),
        # the right site, the wrong fixture: a wrong implant
        (
            "Dental implant: 4.1 x 10mm planned at UL6, 4.8 x 10mm fixture placed at UL6. Wrong "
            "box opened.",
            ("2", None),
        ),
        # a tooth taken out: excluded since April 2021
        (
            "UR5 extracted instead of UR4 which was the tooth on the referral. Pt informed, duty "
            "of candour.",
            (None, None),
        ),
        (
            "Orthodontic extractions: plan was UR4 and UL4, dentist extracted UR5 in error.",
            (None, None),
        ),
        (
            "Implant placed at UL6 as planned. Post op OPG satisfactory. Pt had pain and swelling "
            "day 3, antibiotics given.",
            (None, None),
        ),
    ],
)
def test_a_dental_implant_at_another_tooth_is_wrong_site_surgery(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # part of the dose ran in before the catch: reached
        (
            "Nurse connected a syringe of strong KCl to the cannula instead of the saline flush "
            "and noticed the label before the plunger was fully pushed, but about 4ml had "
            "already gone in.",
            ("4", None),
        ),
        # nothing ran in
        (
            "Strong KCl drawn up instead of the flush, connected to the cannula; nurse noticed "
            "the label and stopped before anything had gone in.",
            (None, "4"),
        ),
    ],
)
def test_part_of_a_dose_already_gone_in_reached_the_patient(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
