"""Round 42 (helper 3), never events 5 to 15: errors caught before they reached the patient told
by what stopped them (a syringe thrown away before administration, nothing connected to the
needle, the patient still on the cylinder, a redness gone in minutes, the next dose about to be
taken, a supervisor who looked before going to the bedside), another patient's incompatible unit
told through its label or a subject left out, and a misplaced tube queried and settled by a
review told after the story. Each with the look-alike in which the error did reach the
patient, or never happened."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

# --------------------------------------------------------- 12 the unit's label, the elided subject


@pytest.mark.parametrize(
    "text",
    [
        "Bedside check: the unit tag said Mrs J Okoro, group A RhD neg. Our pt is Mrs J Okafor, "
        "group O pos. Unit not spiked and sent back to the lab.",
        "At the bedside check the bag label had Mr P Hale DOB 02/02/1961 group AB pos, pt is "
        "Mr P Hall group B pos, not spiked, returned to lab.",
        "Two RNs checked the wristband, names did not match, unit was for the man in bed 3 and "
        "was B pos, our pt is A pos. Unit not spiked, returned to the fridge.",
    ],
)
def test_another_patients_incompatible_unit_caught_at_the_bedside_is_near_miss_12(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, "12")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The unit label had Mr T Reed group A pos. Pt is Mr T Reed group A pos. Transfused "
            "without problem, obs stable.",
            (None, None),
        ),
        (
            "unit was for the lady in bed 9 and was O neg, our pt is A pos. transfused in full, "
            "pt well. Incident about ID check.",
            (None, None),
        ),
        (
            "unit was for the lady in bed 9 and was B pos, our pt is O neg. 100ml transfused "
            "before the HCA noticed the name. Rigors, back pain, dark urine.",
            ("12", None),
        ),
    ],
)
def test_unit_groups_read_through_label_or_elided_subject_judged_as_given(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


# ------------------------------------------------------ 5, 6, 7 medicines stopped before the dose


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Insulin 6 units drawn into a 1ml syringe by agency nurse as no insulin syringes on "
            "the ward. Checker said it was the wrong syringe. Another nurse came over. Syringe "
            "discarded before administration, insulin syringe found on ward 3.",
            (None, "6"),
        ),
        (
            "Student nurse drew up 10 units of Novorapid into a 2ml syringe. Practice supervisor "
            "checked it before taking it to the patient and stopped it. Re-drawn with an insulin "
            "syringe.",
            (None, "6"),
        ),
        (
            "Vincristine syringe brought to theatre with the intrathecal drugs for the LP. "
            "Spotted on the tray by the anaesthetist. Registrar informed. Nothing connected to "
            "the spinal needle, syringe sent back.",
            (None, "5"),
        ),
        (
            "RA pt on methotrexate 15mg weekly, discharge letter said daily. Community pharmacist "
            "rang her: she had taken her usual Friday dose and was about to take another on "
            "Saturday morning. Told not to, GP letter corrected.",
            (None, "7"),
        ),
    ],
)
def test_medicine_stopped_before_the_wrong_dose_is_a_near_miss(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Staff nurse drew up 10 units insulin in a 2ml syringe before going to the pt, "
            "given, BM 1.9 an hour later, glucagon given.",
            ("6", None),
        ),
        (
            "Vincristine given intrathecally by the registrar at 14:10. Pt developed leg "
            "weakness the next day. Syringe later discarded before anyone noticed, found in "
            "sharps bin.",
            ("5", None),
        ),
        (
            "RA pt took methotrexate 10mg every day for 6 days after the TTO said daily, was "
            "about to take another when her daughter noticed. Admitted with mucositis and "
            "neutropenia.",
            ("7", None),
        ),
    ],
)
def test_medicine_that_reached_the_patient_stays_a_never_event(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


# ------------------------------------------------------- 15 still on the cylinder, device not on


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pt back from CT on the transfer cylinder. HCA connected the nasal specs tubing to "
            "the air flowmeter at the bedspace. Pt still on the portable cylinder when the staff "
            "nurse saw the air label and moved the tubing to the O2 outlet.",
            (None, "15"),
        ),
        (
            "Physio set up a venturi for the pt on 28% O2, plugged into the air flowmeter. Staff "
            "nurse noticed it before the mask went on the patient, moved to oxygen.",
            (None, "15"),
        ),
        (
            "Porter plugged the venturi into the air flowmeter on arrival on the ward, sats "
            "dropped to 85% within 10 mins and pt became drowsy, found on air.",
            ("15", None),
        ),
    ],
)
def test_air_connection_found_before_the_patient_was_on_it(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


# ---------------------------------------------------------------- 14 a redness gone in minutes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Resident in the bath hoist being lowered, toes touched the water and she shouted it "
            "was hot, lifted out, bath thermometer 47C. Some pinkness to toes which faded within "
            "5 minutes. TMV reported.",
            (None, "14"),
        ),
        (
            "pt hoisted into the bath, water 55C on checking after she cried out, red blistered "
            "skin both legs, burns unit referral.",
            ("14", None),
        ),
    ],
)
def test_hot_bath_water_leaving_only_a_passing_redness(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


# ---------------------------------------------------- 13 a queried tube settled by the review


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Reported as a possible misplaced NG. Nurse concerned the tube was in the lung when "
            "pt coughed after the flush. CXR reviewed by radiologist: tip well below the "
            "diaphragm. Tube was not misplaced. Checking process not followed.",
            (None, None),
        ),
        (
            "Relative believes the NG tube had been in the lung. Reviewed: no evidence of "
            "misplacement, pH 4 documented before every feed and CXR showed tip in stomach.",
            (None, None),
        ),
        (
            "Feed given via NG for 4 hrs, pt desaturated. CXR: tube in R lower lobe bronchus. "
            "Family complaint later that the tube was in her lung. Tube removed, HDU.",
            ("13", None),
        ),
        (
            "NG placed, aspirate pH 4, feed started. 2 days later tube found in the R main "
            "bronchus on CT, 1.2L feed given. Staff believed the tube was in the stomach. No "
            "evidence of misplacement on the first check.",
            ("13", None),
        ),
    ],
)
def test_tube_queried_as_misplaced_and_settled_by_review(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
