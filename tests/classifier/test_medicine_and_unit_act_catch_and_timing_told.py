"""How a medicine's or a unit's act, catch and timing are told: high strength midazolam found in
stock with nothing gone ("no evidence any were used", "ampoule count matches the issue record",
"all accounted for") is a stock hazard, no event; the wrong route only foreseen with the verb
("using IV syringes for enteral meds risks a wrong route never event") is a lesson, not an
event; an oral suspension drawn up inside the verb ("drew the suspension up into a 10ml luer
syringe") and pushed into the cannula after an IV-to-oral switch is never event 5; a wrong unit
caught at the bedside, told after how it came about ("The unit was not spiked and was set
aside, ... 2 units of B neg then given"), with O neg given before it ("O neg x2 given from the
fridge"), is near miss 12; a "U" read as 0 and drawn up, questioned by the second midwife or
the ODP doing the check, is near miss 6; a high strength ampoule that came in another area's
box ("came up in an emergency box from ICU") and was caught at the check is near miss 8. Each
with the look-alikes that must not change."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

# ---------------------------------------------------- 8 high strength found in stock


@pytest.mark.parametrize(
    "text",
    [
        "Weekly pharmacy top-up in endoscopy. 2 boxes of midazolam 10mg/5ml found in the "
        "sedation cupboard next to the 1mg/ml. Removed. No evidence any had been used, CD "
        "register balance correct.",
        "Pharmacy technician restocking the bronch suite found 5 ampoules of midazolam 5mg/ml "
        "in the sedation drawer. Not on the stock list. Removed and returned to pharmacy. "
        "Ampoule count matches the issue record.",
        "Midazolam 10mg/2ml amps found in the endoscopy sedation drawer during restock, all "
        "accounted for. Returned to pharmacy.",
        "Endoscopy. 4 x midazolam 5mg/ml ampoules found on the shelf of the sedation room by "
        "the pharmacy tech. Not stocked in endoscopy. Removed. No sign that any had been used.",
    ],
)
def test_high_strength_found_in_stock_with_none_gone_is_no_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "Endoscopy. Midazolam 10mg/2ml drawn up for sedation, noticed at the check, "
            "discarded before any given. Ampoule count checked and matches.",
            (None, "8"),
        ),
        (
            "Endoscopy: pt given 5mg midazolam from a 10mg/2ml amp for conscious sedation "
            "instead of 1mg/ml, became drowsy, flumazenil given. Stock count matched the "
            "register.",
            ("8", None),
        ),
        (
            "Bronch. Midazolam 5mg/ml used for sedation instead of the 1mg/ml, 3mg given. Pt "
            "sats dropped. Reversed with flumazenil. Datix done. All other ampoules accounted "
            "for.",
            ("8", None),
        ),
        (
            "Bronchoscopy. 3mg midazolam given for sedation from a 5mg/ml ampoule instead of "
            "the 1mg/ml. Pt desaturated, flumazenil. No evidence that the 1mg/ml was out of "
            "stock.",
            ("8", None),
        ),
    ],
)
def test_high_strength_made_ready_or_given_keeps_its_outcome(
    text: str, codes: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == codes


# ------------------------------------------------- 8 come in another area's box


@pytest.mark.parametrize(
    "text",
    [
        "Endoscopy. Midazolam 5mg/ml drawn up for sedation, noticed at the check it was not "
        "the 1mg/ml. Discarded. The 5mg/ml had come over in a transfer bag from ITU.",
        "OGD list. Midazolam drawn up from a 5mg/ml amp for sedation, spotted by the "
        "endoscopist at the check, discarded. The amps had been left on the shelf after they "
        "came back in the emergency grab bag from ICU.",
        "Bronch suite. Midazolam 5mg/ml drawn up for conscious sedation, realised at the "
        "read-aloud check with the consultant, discarded before any given.",
    ],
)
def test_high_strength_from_another_areas_box_caught_is_near_miss_8(text: str) -> None:
    assert never_event_codes(text) == (None, "8")


def test_high_strength_from_another_areas_box_given_stays_never_event_8() -> None:
    text = (
        "Endoscopy. 2.5mg midazolam from a 5mg/ml ampoule given for sedation for OGD instead of "
        "1mg/ml. Pt oversedated, flumazenil given. The box had come up in an emergency box "
        "from ICU."
    )
    assert never_event_codes(text) == ("8", None)


def test_sedation_inside_intensive_care_stays_excluded() -> None:
    text = (
        "ICU. Midazolam 5mg/ml drawn up for sedation of a ventilated pt, infusion rate queried "
        "by the nurse in charge."
    )
    assert never_event_codes(text) == (None, None)


# -------------------------------------------------- 5 the wrong route only foreseen


@pytest.mark.parametrize(
    "text",
    [
        "No purple syringes on the ward for pt with NG so meds held until pharmacy delivered. "
        "Staff reminded that using IV syringes for enteral meds risks a wrong route never "
        "event.",
        "No enteral syringes available for PEG meds, doses delayed 2 hrs. Using luer syringes "
        "for enteral meds risks a wrong route error.",
        "No enteral syringes for PEG meds so doses held till 11:00. Learning: IV syringes must "
        "never be used for enteral meds as this risks a wrong route never event.",
    ],
)
def test_wrong_route_foreseen_with_risks_is_no_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Nurse gave oral oramorph through the cannula in error, wrong route. Storing luer "
        "syringes beside oral ones risks a repeat.",
        "PEG meds given via the PICC line in error - wrong route. Staff reminded that enteral "
        "meds only ever go in purple syringes.",
    ],
)
def test_wrong_route_given_with_a_risk_named_after_stays_never_event_5(text: str) -> None:
    assert never_event_codes(text) == ("5", None)


# ------------------------------------------ 5 the suspension drawn up inside the verb


@pytest.mark.parametrize(
    "text",
    [
        "Abx switched from IV to oral suspension yesterday. Nurse drew the suspension up in a "
        "luer syringe and gave it through the cannula, thinking it was still IV.",
        "Clarithromycin changed to PO suspension on ward round. At 18:00 SN drew the "
        "clarithromycin suspension up into a 10ml IV syringe and gave it via the venflon.",
        "Pt stepped down from IV to oral. Nurse drew the oramorph up in a 5ml luer syringe and "
        "pushed it through the cannula as she thought it was still prescribed IV.",
    ],
)
def test_oral_liquid_drawn_into_a_luer_after_the_switch_and_pushed_is_never_event_5(
    text: str,
) -> None:
    assert never_event_codes(text) == ("5", None)


@pytest.mark.parametrize(
    "text",
    [
        "IV co-amoxiclav changed to oral suspension, nurse drew the suspension up into an oral "
        "syringe and gave it by mouth.",
        "IV abx switched to oral suspension on day 3 as planned. Cannula removed, suspension "
        "given orally.",
    ],
)
def test_switch_to_oral_given_by_mouth_stays_null(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_suspension_drawn_into_a_luer_and_caught_is_near_miss_5() -> None:
    text = (
        "Changed to oral suspension. Nurse drew the suspension up into a luer syringe, realised "
        "before connecting it to the cannula, discarded and redrawn in a purple syringe and "
        "given orally."
    )
    assert never_event_codes(text) == (None, "5")


# ---------------------------------------- 12 the unit stopped, the right one given after


@pytest.mark.parametrize(
    "text",
    [
        "Pt is group O pos. At the bedside check the unit was A pos and labelled for the pt in "
        "bed 6. The porter had collected the wrong bag from the fridge. Unit not spiked and "
        "returned to lab, correct O pos unit then given.",
        "Major haemorrhage in ED, O neg x2 given from the ED fridge. Group specific unit brought "
        "from lab was group A but pt group O on wristband and G&S. Wrong pt's unit collected by "
        "HCA. The unit was not spiked and was quarantined, 2 units of O pos then transfused.",
        "O negative 2 units transfused in theatre. Second unit brought: group B, patient is "
        "group A. Runner had picked the unit for a patient with the same name. Stopped before "
        "spiking, lab informed, 2 units of A pos given later.",
    ],
)
def test_wrong_unit_stopped_then_right_units_given_is_near_miss_12(text: str) -> None:
    assert never_event_codes(text) == (None, "12")


@pytest.mark.parametrize(
    "text",
    [
        "Pt group O. Unit hung was group A, for pt in bed 3. 100ml transfused before the pt "
        "spiked a temp and the unit was stopped.",
        "Pt group O pos, unit A pos given. Nurse didnt do the bedside check. The porter had "
        "taken the wrong unit from the fridge. Unit stopped after 50ml given, pt monitored.",
        "PPH, O neg x2 given from the theatre fridge. Pt group B neg, the group specific unit "
        "was A neg and for another woman. The HCA had collected the wrong unit. Transfusion had "
        "been started and 100ml given before the MW noticed, unit stopped and not used further, "
        "B neg then given.",
    ],
)
def test_wrong_unit_given_before_the_catch_stays_never_event_12(text: str) -> None:
    assert never_event_codes(text) == ("12", None)


# ------------------------------------------- 6 "U" misread, questioned at the second check


@pytest.mark.parametrize(
    "text",
    [
        "Labour ward. Novorapid on the chart written 6U. Midwife drew up 60 units. The 2nd "
        "midwife checking queried the dose. Dose checked with the obstetric reg. Syringe "
        "discarded and 6 units given.",
        "Postnatal ward, lantus written as 10U. RM drew up 100 units reading the U as a zero. "
        "Checking midwife questioned it as the dose seemed large. Rang diabetes team. Syringe "
        "discarded.",
        "Recovery. Insulin 8U read as 80 units and drawn up. The ODP doing the second check "
        "questioned it. Checked with anaesthetist. Discarded, 8 units given.",
    ],
)
def test_u_misread_drawn_up_and_questioned_at_the_check_is_near_miss_6(text: str) -> None:
    assert never_event_codes(text) == (None, "6")


def test_u_misread_given_then_questioned_stays_never_event_6() -> None:
    text = (
        "Antenatal ward. Chart said levemir 4U. Midwife gave 40 units reading the U as 0. The "
        "second MW who checked questioned it after it was given. Woman hypo, BM 2.1, treated."
    )
    assert never_event_codes(text) == ("6", None)


def test_u_given_as_written_at_a_midwife_check_stays_null() -> None:
    text = (
        "Antenatal ward. Chart says 4U lantus, midwife drew up and gave 4 units. Second MW "
        "checked. No issues."
    )
    assert never_event_codes(text) == (None, None)
