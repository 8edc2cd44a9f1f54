"""How a medicine never event's setting, history and indication are told: a pharmacy or
controlled-drug audit told as the report's heading, its area set straight after or before it
("CD audit - bronchoscopy suite", "Endoscopy unit CD audit 2/3"), is a stock finding, no
patient's dose, unless a dose is told made ready or used in place of the strength meant; insulin
drawn from a pen's cartridge told by its units straight into a syringe ("took the cartridge out
and drew 20 units into an insulin syringe") is the withdrawal from a pen; a never event named by
its kind and dated to a past year or time ("had the methotrexate daily never event here in
2019") is history, not this report's event; methotrexate for a trophoblastic disease ("under the
trophoblastic centre", "low-risk GTN") is a cancer treatment. Each with the look-alikes that must
not change."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

# ------------------------------------------------------------------ 8 audit told as a heading


@pytest.mark.parametrize(
    "text",
    [
        "CD audit - bronch suite. 3 x midazolam 5mg/ml amps found in the sedation drawer beside "
        "the 1mg/ml. Removed.",
        "Controlled drugs audit, endoscopy: a box of midazolam 10mg/2ml on the shelf with the "
        "5mg/5ml stock. Returned to pharmacy.",
        "Medicines management audit, cath lab 2: midazolam 5mg/ml box found in the conscious "
        "sedation trolley. Pharmacy informed.",
        "Endoscopy unit CD audit 7/9: midazolam 10mg/2ml x 4 in the cupboard used for "
        "sedation lists. Taken back to pharmacy.",
        "Pharmacy stock audit, day surgery unit 3/3: one unopened box of 10mg/2ml midazolam "
        "next to the 1mg/ml in the sedation cupboard. Removed.",
    ],
)
def test_high_strength_stock_under_an_audit_heading_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "CD audit, endoscopy unit: register shows midazolam 5mg/ml was used instead of 1mg/ml "
        "for a pt's OGD sedation on 2/5, pt drowsy in recovery.",
        "Stock audit endoscopy: pt had 4ml of midazolam 5mg/ml given for colonoscopy sedation, "
        "needed flumazenil.",
    ],
)
def test_a_dose_told_under_an_audit_heading_stays_never_event_8(text: str) -> None:
    assert never_event_codes(text) == ("8", None)


def test_a_dose_made_ready_under_an_audit_heading_stays_near_miss_8() -> None:
    text = (
        "Pharmacy audit, bronchoscopy suite - nurse had drawn up midazolam 10mg/2ml for the "
        "bronch sedation, second checker saw the amp before it was given."
    )
    assert never_event_codes(text) == (None, "8")


# ------------------------------------------------------------------ 6 cartridge into a syringe


@pytest.mark.parametrize(
    "text",
    [
        "Lantus SoloStar would not dial. Agency nurse popped the cartridge out and drew 20 units "
        "with an insulin syringe, the NIC saw it in the tray before she went in to the pt. "
        "Discarded, new pen from pharmacy.",
        "pts Novorapid pen jammed so the HCA took out the cartridge and drew the 6 units into a "
        "1ml syringe. I stopped her before it was given.",
    ],
)
def test_units_drawn_from_a_cartridge_into_a_syringe_and_stopped_is_near_miss_6(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, "6")


def test_units_drawn_from_a_cartridge_into_a_syringe_and_given_is_never_event_6() -> None:
    text = (
        "Humulin I pen faulty, carer removed the cartridge and drew 16 units into an insulin "
        "syringe and gave it. BM 1.8 at teatime, 999 called."
    )
    assert never_event_codes(text) == ("6", None)


@pytest.mark.parametrize(
    "text",
    [
        "Pen not working, dial stuck. Did not draw up from the cartridge, new pen supplied by "
        "the GP and the dose given 2 hrs late.",
        "No pen needles on the ward so nurse drew 10 units from a Novorapid vial into an "
        "insulin syringe and gave it. Pen needles ordered.",
    ],
)
def test_no_cartridge_drawn_from_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)


# ------------------------------------------------------------------ 7 a dated past never event


@pytest.mark.parametrize(
    "text",
    [
        "Known to the ward - had the methotrexate daily dosing never event with us in 2018. "
        "This time her weekly methotrexate was charted right but her folic acid was not "
        "transcribed and missed for a week.",
        "Background: this pt had a methotrexate given daily never event at this trust 4 years "
        "ago. Today her weekly MTX was given on the right day but 6 hours late.",
    ],
)
def test_methotrexate_never_event_dated_to_the_past_is_history(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Methotrexate 10mg given daily for 4 days instead of weekly for RA. Declared a never "
        "event, FBC ok.",
        "Methotrexate 7.5mg charted daily instead of weekly, given Mon, Tue and Wed. This is the "
        "second methotrexate never event on the ward since 2019.",
    ],
)
def test_this_reports_methotrexate_overdose_stays_never_event_7(text: str) -> None:
    assert never_event_codes(text) == ("7", None)


# ------------------------------------------------------------------ 7 trophoblastic disease


@pytest.mark.parametrize(
    "text",
    [
        "Pt with low risk GTN, methotrexate 50mg IM given on two days running instead of "
        "alternate days by the practice nurse. Trophoblastic centre informed, bloods ok.",
        "Sheffield Trophoblastic Centre pt - methotrexate dose given twice on day 5 in error at "
        "the local hospital. No harm.",
        "post-molar GTN on methotrexate 50mg alternate days, given daily for 3 days in error by "
        "the DN team. Bloods checked.",
    ],
)
def test_methotrexate_for_trophoblastic_disease_is_cancer_treatment(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Ectopic pregnancy treated with methotrexate 50mg/m2 IM; second dose given in error the "
        "next day (persistent trophoblast on hCG).",
        "Pt given methotrexate 10mg daily instead of weekly for RA for 4 days, GTN spray also "
        "missed.",
    ],
)
def test_methotrexate_for_a_non_cancer_indication_stays_never_event_7(text: str) -> None:
    assert never_event_codes(text) == ("7", None)
