"""Round 30, medicine never events (4-8): a medicine never event told as another trust's or the
national picture denies the error's words in its own sentence only; a daily methotrexate
caught with the only dose told "given correctly" or "no extra dose given" is a near miss, while
a dose given before those words still reaches; "one daily" is a daily methotrexate; a
high strength ampoule taken from the RSI drug bag was brought from an appropriate area."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # look-alikes: another organisation's never event, national data
        (
            "Medicines safety group paper. Following a never event at a neighbouring trust in "
            "which insulin was drawn up from a pen with a syringe, posters were put up on all "
            "wards. Audit of syringe stock attached, no patient involved.",
            (None, None),
        ),
        (
            "Quarterly medicines report. The national never events data include oral liquids "
            "given intravenously at several trusts. Locally we had 40 omitted doses and 12 "
            "prescribing errors, none serious.",
            (None, None),
        ),
        # true events: the elsewhere words in an innocent role, the event in its own sentence
        (
            "After a never event at another trust last year we stock insulin syringes. On "
            "ward 4 tonight the HCA drew up 20 units of Novorapid from the patient's pen with a "
            "1 ml syringe and it was given. CBG 2.0 at 23:00, IV glucose given.",
            ("6", None),
        ),
        (
            "This is our second never event at this hospital this year. Methotrexate 10 mg "
            "was prescribed daily instead of weekly and given for 4 days; admitted with "
            "pancytopenia.",
            ("7", None),
        ),
        (
            "Never events at other trusts were discussed at the team brief. Later that shift "
            "methotrexate 15 mg was charted daily instead of weekly and given on Mon, Tue and "
            "Wed; the pt developed mouth ulcers.",
            ("7", None),
        ),
    ],
)
def test_medicine_never_event_elsewhere(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # caught: the only dose told was the right one, or no extra dose was given
        (
            "Pharmacist screening: methotrexate 15 mg for RA prescribed on EPMA as once daily. "
            "The weekly dose due Tuesday had been given correctly on Tuesday. Picked up that "
            "afternoon and changed to weekly before any further dose.",
            (None, "7"),
        ),
        (
            "Community pharmacist rang the practice: the repeat for methotrexate 2.5mg tabs "
            "for a pt with psoriasis had come through as 'one daily'. Not dispensed, GP "
            "corrected it to weekly.",
            (None, "7"),
        ),
        # reached: doses given before the words, or a usual dose taken too often
        (
            "MTX 10mg charted daily instead of weekly and given on Mon, Tue and Wed. Picked up "
            "by the pharmacist on Thursday, no extra doses given after that.",
            ("7", None),
        ),
        (
            "Methotrexate 7.5 mg was dispensed in every slot of the dosette. Pt took it daily "
            "for 5 days and was admitted with neutropenia. No additional tablets taken since "
            "the pack was removed.",
            ("7", None),
        ),
        (
            "Pt had taken his usual weekly methotrexate dose daily for 6 days after the new "
            "dosette. Picked up by the DN, pack removed.",
            ("7", None),
        ),
        # reached: "given correctly" said of the first dose or of the timing, doses given after
        (
            "MTX 10 mg charted daily. The Monday dose had been given correctly but it was then "
            "given again on Tue and Wed. The pharmacist stopped it on Thursday before the next "
            "dose.",
            ("7", None),
        ),
        (
            "Methotrexate 15 mg prescribed OD in error. Doses had been given appropriately "
            "timed at 08:00 on 3 consecutive days; picked up by the pharmacist on day 4 before "
            "the next dose.",
            ("7", None),
        ),
        (
            "Pt had taken it correctly weekly for years, but the new dosette had methotrexate "
            "in every morning slot and he took it daily for 5 days. The DN noticed before the "
            "6th dose.",
            ("7", None),
        ),
        # look-alike: folic acid one daily beside a weekly methotrexate
        (
            "Clinic letter: methotrexate 15 mg weekly on Fridays, folic acid 5 mg one daily "
            "except Fridays. Bloods normal.",
            (None, None),
        ),
    ],
)
def test_methotrexate_caught_with_the_right_dose(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ED: procedural sedation for a hip reduction. The sedation box was empty so the "
            "registrar took midazolam 10 mg/2 ml from the RSI drug bag, thinking it was 1 mg/ml, "
            "and gave 4 ml. Pt apnoeic, flumazenil given.",
            ("8", None),
        ),
        # look-alike: the RSI bag used for an intubation, no conscious sedation
        (
            "ED resus: pt intubated for a GCS of 6. Midazolam 10 mg/2 ml from the RSI drug bag "
            "given for induction of anaesthesia, as per the RSI checklist.",
            (None, None),
        ),
    ],
)
def test_midazolam_from_the_rsi_drug_bag(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # look-alike: the methotrexate said to have been dosed right, the failure elsewhere
        (
            "Ectopic pregnancy: IM methotrexate 50 mg/m2 was correctly calculated and given in "
            "the EPU. The day 4 hCG was missed as no appointment was booked. She presented on "
            "day 10 with a rupture.",
            (None, None),
        ),
        # true events: the words said of another dose, the overdose told beside them
        (
            "The first methotrexate dose was correctly prescribed and given on Monday. It was "
            "then charted daily and given on Tue, Wed and Thu; admitted with mucositis.",
            ("7", None),
        ),
        (
            "Methotrexate 15 mg weekly was correctly prescribed and given in clinic on Friday. "
            "At home the pt misread the label and took it every day for a week; admitted with "
            "mouth ulcers.",
            ("7", None),
        ),
        (
            "MTX for psoriasis was correctly prescribed and checked by two nurses, but 25 mg "
            "was given instead of 2.5 mg, a tenfold overdose; admitted with neutropenia.",
            ("7", None),
        ),
        (
            "Not a methotrexate dosing error at the GP: the pharmacy filled the dosette with "
            "MTX 10 mg in every morning slot and the pt took it daily for 6 days. Admitted "
            "with pancytopenia.",
            ("7", None),
        ),
        (
            "Methotrexate itself was weekly on the chart. The ward gave it on Monday and again "
            "on Tuesday after a transcribing error, 2 doses in 2 days; bloods showed "
            "neutropenia.",
            ("7", None),
        ),
    ],
)
def test_methotrexate_said_dosed_right(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
