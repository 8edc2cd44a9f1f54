"""Medicine and ABO never events told in dictated words, found by a stock audit, caught at the
pharmacy, or set beside a hospital "unit": an insulin dose and a sugar dictated in words ("got
sixty units ... sugar was one point nine"); two weekdays joined as two methotrexate doses, not a
weekly dose moved to another day and back; a prescription stopped before it was dispensed; an
audit's stock of high strength midazolam with no patient's dose; a surgical item's reach (an
ampoule "still in the tray", stock "removed") that is no medicine's reach; a sample from the
"renal day unit" whose group is no pack of blood's group. Narratives written for these tests."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dictated: the dose and the sugar in words, a non-insulin syringe
        (
            "dictated by the night sister the patient on ward nine had novorapid four units "
            "prescribed the agency nurse used a two mil luer syringe drawn to the point four mark "
            "so the patient got forty units subcut at twenty two hundred blood sugar at "
            "midnight was two point one treated with glucose",
            ("6", None),
        ),
        # ... the dose in words with no hypo: still the device error and the overdose
        (
            "voice note from the district nurse the carer drew up lantus with a one ml syringe "
            "instead of an insulin syringe and gave fifty units instead of five the gp was "
            "informed",
            ("6", None),
        ),
        # look-alike: the right device and a sugar told in words, no error
        (
            "dictated the patient had her usual twenty units of lantus with her own pen at "
            "twenty one hundred blood sugar in the morning was seven point two no concerns",
            (None, None),
        ),
    ],
)
def test_insulin_dose_and_sugar_in_words(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two doses on two days running: an overdose
        (
            "RA pt on methotrexate 15mg weekly (Mondays). Dose given on Monday and again on "
            "Tuesday as the chart had no weekly marking. LFTs deranged on Thursday.",
            ("7", None),
        ),
        (
            "Methotrexate 20mg weekly for psoriasis given on Wednesday and Thursday by the "
            "ward; 2nd dose should not have been given. Bloods sent.",
            ("7", None),
        ),
        # ... and a catch told after the second dose does not undo it
        (
            "Methotrexate given Monday and again on Tuesday in error by the ward (weekly "
            "dose), pharmacist spotted it on Wednesday.",
            ("7", None),
        ),
        # look-alike: the next weekly day named as when it was due, caught before a dose
        (
            "Weekly methotrexate due Monday and again on Monday next week; pharmacist spotted "
            "the chart said daily before the Tuesday dose, not given.",
            (None, "7"),
        ),
        # look-alike: one weekly dose moved to another day, and back the next week
        (
            "Psoriasis pt's weekly methotrexate (Monday) given on the Tuesday this week as "
            "she was in theatre on Monday. Dermatology happy: keep to Tuesday this week and "
            "go back to Monday next week. One dose only.",
            (None, None),
        ),
    ],
)
def test_weekdays_joined_as_two_doses_or_a_day_moved(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the prescription stopped at the pharmacy, before any supply
        (
            "Repeat for methotrexate 2.5mg tablets issued as 'take 4 daily' instead of weekly "
            "after a medication review (RA). Community pharmacist queried it, not dispensed, "
            "script cancelled and reissued as weekly.",
            (None, "7"),
        ),
        (
            "GP repeat for methotrexate 10mg tabs printed with 'one daily' for a pt with "
            "psoriasis. The prescription was not dispensed: the pharmacist rang the surgery.",
            (None, "7"),
        ),
        # true positives: the catch words said of another item, the daily doses taken
        (
            "Methotrexate 10mg set up on the repeat template as daily (RA). Pt took it daily for "
            "6 days and was admitted with mouth ulcers and neutropenia. A later script was not "
            "dispensed.",
            ("7", None),
        ),
        (
            "Methotrexate 7.5mg labelled 'take three daily' by the community pharmacy; pt with "
            "psoriasis took it every day for a week and developed mucositis. Folic acid was "
            "not dispensed, prescription amended.",
            ("7", None),
        ),
        (
            "Pt with Crohn's given methotrexate 25mg s/c daily for 3 days on the ward (chart "
            "said OD). Pancytopenia on day 4. Discharge prescription was not supplied.",
            ("7", None),
        ),
        # the daily doses taken for a time reach the patient, whatever a later script shows
        (
            "Methotrexate 10mg labelled daily by the pharmacy for RA. Pt took it every day for "
            "5 days. The next prescription was not dispensed.",
            ("7", None),
        ),
        (
            "Methotrexate 2.5mg x4 labelled OD for psoriasis. She took them daily for a week. "
            "Not dispensed again; GP informed.",
            ("7", None),
        ),
    ],
)
def test_prescription_caught_before_it_was_dispensed(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an audit's stock with no patient
        (
            "Pharmacy audit of the bronchoscopy suite 03/11: 4 ampoules of midazolam 5mg/ml "
            "found in the sedation cupboard (should hold 1mg/ml only). Removed, CD register "
            "checked.",
            (None, None),
        ),
        # true positives: the audit words beside a dose given in conscious sedation
        (
            "Endoscopy: pt given midazolam 10mg/2ml instead of 2mg/2ml for sedation for an OGD, "
            "oversedated, flumazenil given. Pharmacy audit of the unit then found 5 ampoules of "
            "the 10mg/2ml in the cupboard.",
            ("8", None),
        ),
        (
            "Audit of sedation cases found boxes of midazolam 5mg/ml in the cardiac cath lab; "
            "one pt had been given 5mg/ml midazolam for conscious sedation during an angiogram "
            "and needed flumazenil.",
            ("8", None),
        ),
        (
            "Colonoscopy list: nurse drew up midazolam 10mg/2ml for conscious sedation and "
            "gave 5mg. Pt became unresponsive. Stock check later: 3 ampoules of 10mg/2ml on the "
            "shelf.",
            ("8", None),
        ),
    ],
)
def test_stock_audit_is_no_dose_unless_one_was_given(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ampoule "still in the tray" and stock "removed": no reach of the flush
        (
            "Caught at the bedside check before administration: the saline flush syringe had "
            "been drawn up from an ampoule of potassium chloride 15% (empty ampoule still in the "
            "tray). Syringe discarded, nothing given. Pharmacy removed the stock from the ward.",
            (None, "4"),
        ),
        # true positives: the flush made from potassium went in
        (
            "The saline flush had been drawn up from an ampoule of potassium chloride 15% "
            "(empty ampoule still in the tray) and was given IV. Pt arrested, CPR. Pharmacy "
            "removed the stock from the ward.",
            ("4", None),
        ),
        (
            "Flush drawn up from a strong potassium chloride ampoule, ampoule still in the "
            "tray, and pushed through the cannula. Pt complained of burning, K+ 6.9. Stock "
            "removed by pharmacy.",
            ("4", None),
        ),
    ],
)
def test_a_retained_item_reach_is_no_medicine_reach(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sample from the day unit: a wrong blood in tube, nothing transfused
        (
            "Sample from the haematology day unit grouped B pos, historic group A pos. Lab "
            "rejected it and the repeat was A pos. Labelled away from the pt. Not transfused.",
            (None, None),
        ),
        # true positives: a pack's group against the patient's, given
        (
            "Renal day unit: group A pos unit transfused to a group O pos pt. Rigors and "
            "haemoglobinuria after 40 ml.",
            ("12", None),
        ),
        (
            "Transfusion on the dialysis unit: two units of group B red cells given to a group "
            "A pt on the wrong patient's prescription. Haemolysis confirmed.",
            ("12", None),
        ),
    ],
)
def test_a_hospital_unit_is_no_blood_unit(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the donor's group recorded wrongly, the source showing the true one: incompatible
        (
            "Liver transplant into a group A recipient. The donor blood group was keyed in "
            "from the donor paperwork as A when the original record showed B. Graft failed "
            "with antibody-mediated rejection; re-listed.",
            ("12", None),
        ),
        # look-alike: the source said the same group as recorded, compatible
        (
            "Kidney transplant into a group O recipient. Donor group was transcribed from the "
            "referral as O and the source record said O as well. Graft working on day 5.",
            (None, None),
        ),
    ],
)
def test_the_source_of_a_donor_group_tells_the_true_group(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
