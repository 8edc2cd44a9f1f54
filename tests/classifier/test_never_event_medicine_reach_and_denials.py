"""Round 30, never events 4, 5, 6 and 12: the framework's insulin error causes named to deny
them ("No prescribing, abbreviation or device error") are no cause; a pen taken out of the
fridge is no insulin drawn from a pen; "the staff nurse read the dose as 40" is one nurse's
misreading, not the staff reading it as intended; a cap taken off a line while a medicine is
made ready is no dose reached; a patient "not yet on HD" is the stage of care, not a catch; a
donor's recorded group put right by "the true group" in the next sentence, found only on
post-transplant testing, is an unintended ABO-incompatible transplant."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # look-alike: a deliberate overdose, the framework's causes denied
        (
            "Pt with T1DM self-administering her own pens told the night nurse she had "
            "injected all of her NovoRapid because she wanted to die. CBG 2.0, IV glucose. No "
            "prescribing, abbreviation or device error - this was a deliberate overdose.",
            (None, None),
        ),
        # true events: the denial's words in an innocent role, the cause told elsewhere
        (
            "Chart said Lantus 10U. The nurse read it as 100 units and gave 100 units of "
            "Lantus; CBG 1.8 at 03:00. There was no device error, the abbreviation U was the "
            "cause.",
            ("6", None),
        ),
        (
            "No prescribing error: the chart said Novorapid 4U. The nurse read the U as a 0 "
            "and gave 40 units of Novorapid; hypo 1.9 at 03:00, treated.",
            ("6", None),
        ),
        (
            "Insulin Actrapid 6U on the paper chart was read as 60 units and 60 units were "
            "given. No device problem was found with the syringe. BM 2.0, glucagon given.",
            ("6", None),
        ),
    ],
)
def test_insulin_causes_denied(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # look-alike: a pen taken from the fridge, the wrong insulin type given
        (
            "RN took the pt's Humalog Mix25 pen from the fridge (his wife had brought in his "
            "old pens) and gave 8 units instead of his Humalog. Wrong insulin type, CBG 3.5, "
            "treated.",
            (None, None),
        ),
        # true events: insulin drawn out of the pen
        (
            "Night nurse drew up 30 units from the patient's own Lantus pen with an insulin "
            "syringe and gave it. CBG 2.2 at 04:00.",
            ("6", None),
        ),
        (
            "HCA took 20 units out of her Humulin I pen using a 1 ml syringe and it was given "
            "IV by mistake; hypo 1.7.",
            ("6", None),
        ),
    ],
)
def test_pen_taken_from_fridge(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chart said 'Lantus 6U nocte'. The staff nurse read the dose as 60 and dialled 60 "
            "units on the pen. At the bedside the patient said she only has 6 units. Dose not "
            "given, chart rewritten.",
            (None, "6"),
        ),
    ],
)
def test_one_staff_nurse_misreading(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # caught: the cap taken off, nothing given
        (
            "Nurse drew up Oramorph 5 ml into a luer syringe and had taken the cap off the "
            "cannula bung when the NIC asked what it was. Stopped, not connected, nothing given.",
            (None, "5"),
        ),
        # reached: the cap taken off, then the dose given, with a catch of something else
        (
            "Staff nurse had taken the cap off the PICC bung and pushed 10 ml of oral "
            "lactulose through the PICC IV. A second syringe was stopped before "
            "administration. Pt had abdominal pain.",
            ("5", None),
        ),
        (
            "Nurse had taken the bung off the cannula and gave Oramorph 10 mg IV instead of "
            "orally. The error was noticed before the next dose was given.",
            ("5", None),
        ),
        (
            "The HCA had taken the cap off the syringe of oral paracetamol suspension and the "
            "nurse injected it into the PICC line. Wrong route, noticed before the flush was "
            "given.",
            ("5", None),
        ),
    ],
)
def test_cap_taken_off(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Renal ward (CKD5, not yet on HD). IV cefuroxime was reconstituted with 10 ml of "
            "strong potassium chloride she thought was water for injection and given as a "
            "bolus. K+ 7.1, calcium gluconate given.",
            ("4", None),
        ),
    ],
)
def test_not_yet_on_dialysis(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Deceased donor liver transplant. Donor group was recorded as O on the offer "
            "form; the true group was B. Recipient is group A. Found on post-transplant "
            "testing, plasma exchange started.",
            ("12", None),
        ),
        # look-alike: the true group the same as recorded, and compatible
        (
            "Deceased donor kidney transplant. Donor group was recorded as O on the offer "
            "form; the true group was O. Recipient is group A. Graft working well.",
            (None, None),
        ),
    ],
)
def test_donor_true_group(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
