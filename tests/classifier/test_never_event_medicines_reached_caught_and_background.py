"""Round 33, never events 4 to 8 and 12: medicine and blood errors told outside the acute ward.

Reached: daily methotrexate doses told as "every morning for 9 days" or "daily Mon-Fri" after a
catch by the pharmacist (7); a new doer or a further dose after a negation ("did not say weekly
and carers gave it ...", "charted as not given and a second dose was given", 7); a flush of
strong potassium picked up "before IV abx - she took a 10ml ampoule" (4, the nurse taking the
product is no patient taking a dose); a potassium level told as a number of 6 or more lifts a
stock-check exclusion (4); a "pre-transfusion sample" is no catch before the transfusion (12).
Caught: an empty ampoule read by the checker as potassium two sentences after the diluent was
drawn up (4); an enteral syringe about to be joined to a UVC (5); an e-prescribing order that
defaulted to daily, queried before the next dose (7); insulin drawn up in an IV syringe and the
correct dose then given with a pen (6); a dose "held to clarify" (6). Look-alikes: stock and spot
checks finding high-strength midazolam with no patient (8), a line of a feed plan read wrongly (no
vascular line, 5), a haemolytic reaction in the patient's childhood (12).
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    # --- 7: daily doses told by the mornings and the run of days, caught after they went in
    (
        "Care home. Resident back from hospital on methotrexate 7.5mg once weekly for RA. The MAR "
        "was written with a daily grid. Carers gave 7.5mg every morning for 5 days until the "
        "community pharmacist noticed at the monthly check. GP informed, bloods sent.",
        ("7", None),
    ),
    (
        "Hospice. Pt on methotrexate 15mg weekly for psoriasis. Transcribed on admission as "
        "methotrexate 15mg once daily. Given daily Tue-Sat. Ward pharmacist picked it up on the "
        "Sunday; folinic acid started.",
        ("7", None),
    ),
    # a new doer after a negation, and a further dose after "not given"
    (
        "GP practice: patient on methotrexate 10mg weekly. The blister pack label did not say "
        "'weekly' and her husband gave it every morning for a week. Admitted with mouth ulcers.",
        ("7", None),
    ),
    (
        "Rheumatology day unit: methotrexate 25mg SC given at 10:00 and not signed for. The late "
        "shift read the chart as not given and a second dose was given at 16:00. Bloods arranged.",
        ("7", None),
    ),
    # the daily order queried before any extra dose went in: a near miss
    (
        "Ward 5. Pt on weekly methotrexate 15mg for RA. The EPMA order defaulted to daily on "
        "admission. The nurse saw it due again the next morning, queried it with the pharmacist "
        "before giving and it was changed to weekly. No extra dose given.",
        (None, "7"),
    ),
    # --- 4: the nurse "took" the ampoule: no patient took anything, the flush went in
    (
        "District nursing, pt's home. Midline needed flushing before IV antibiotics - she took a "
        "10ml ampoule from the bag labelled sodium chloride 0.9%; it was potassium chloride 15%. "
        "Pt became clammy and bradycardic, 999 called, K+ 7.1 in ED.",
        ("4", None),
    ),
    # ... but a catch told as before the patient took the dose still holds
    (
        "Care home. Methotrexate 10mg dispensed daily in the dosette instead of weekly. Senior "
        "carer noticed and removed the tablets before the resident took them. Nothing taken.",
        (None, "7"),
    ),
    # --- 4: the potassium level told as a number lifts the stock-check reading
    (
        "Children's ward. Saline flush drawn up from a 10ml ampoule taken from the IV trolley and "
        "given into the PICC. Child became bradycardic within a minute. The empty ampoule was "
        "potassium chloride 15%, put in the wrong drawer at the stock check. K+ 8.2 on gas.",
        ("4", None),
    ),
    (
        "Stock check on the rehab ward: 3 ampoules of potassium chloride 15% found in the IV "
        "fluids drawer. None used. K+ of the pts on the ward all normal (3.9 to 4.6). Removed.",
        (None, None),
    ),
    # --- 4: the empty ampoule read as potassium by the checker, the diluent drawn up before it
    (
        "Drawing up 10ml of water for injection to reconstitute IV co-amoxiclav. Took an ampoule "
        "from the top drawer and drew it up. The checking nurse read the empty ampoule: potassium "
        "chloride 15%. Syringe discarded, nothing given.",
        (None, "4"),
    ),
    # --- 12: "pre-transfusion sample" names the sample, not a catch
    (
        "Investigation: the pre-transfusion sample for Mr K (group O) was taken from the pt in the "
        "next bed (group A). The lab issued group A red cells. One unit transfused. Pt developed "
        "fever and dark urine, ITU.",
        ("12", None),
    ),
    # ... while a catch at the pre-transfusion check is still one
    (
        "Group A red cell unit brought for Mrs J, who is group O. Stopped at the pre-transfusion "
        "check at the bedside, not spiked, returned to the lab.",
        (None, "12"),
    ),
    # --- 5: an enteral syringe about to be joined to the umbilical line
    (
        "NICU. Nurse went to connect the EBM syringe to the UVC hub for the 3-hourly feed; it did "
        "not fit (ENFit) and she realised. Nothing given.",
        (None, "5"),
    ),
    # --- 6: insulin in an IV syringe, the correct dose then given with a pen
    (
        "HCA drew up Humalog 6 units in a 1ml IV syringe as there were no insulin syringes. The RN "
        "saw the syringe before it was given and discarded it. Correct dose given with a pen.",
        (None, "6"),
    ),
    # --- look-alikes: stock and spot checks finding high-strength midazolam, no patient
    (
        "Stock check in the community dental sedation cupboard: 3 boxes midazolam 10mg/2ml found "
        "next to the 1mg/ml. None had been used. Returned to pharmacy.",
        (None, None),
    ),
    (
        "Sedation safety spot check, bronchoscopy: 2 ampoules of 5mg/ml midazolam found in the "
        "procedure room cupboard. No use on the log. Removed.",
        (None, None),
    ),
    # a line of the feed plan read wrongly: a feed rate error, no vascular line
    (
        "PEG feed plan: Jevity 1.0 at 60 ml/hr. Pump set at 100 ml/hr by the carer, who read the "
        "wrong line on the plan. Pt vomited, feed stopped.",
        (None, None),
    ),
    # a haemolytic reaction in the patient's childhood: background to today's crossmatch
    (
        "Pt had a haemolytic transfusion reaction as a child at another hospital. Today the "
        "crossmatch took 24 hours due to antibodies and her op was postponed.",
        (None, None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_medicine_and_blood_errors_reached_caught_or_background(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


# A dose "held to clarify" is a catch ...
HELD = [
    (
        "GP out-of-hours: 'Insulin Lantus 10U' on the handwritten chart. The district nurse drew "
        "up 100 units reading it as '100'. She held the dose to clarify with the GP, who confirmed "
        "10 units. Nothing given.",
        (None, "6"),
    ),
]

# ... but the same words beside an overdose that went in do not undo it: another dose held, an
# overdose given before the query, or given anyway after it
REACHED_DESPITE_HELD = [
    (
        "Care home: 'Novorapid 6U' read as 60 units by the night nurse, who gave 60 units at "
        "22:00. The next morning the day nurse held the dose to check the BM. Resident found with "
        "BM 1.8, 999 called.",
        ("6", None),
    ),
    (
        "Ward 7: insulin drawn up in a 1ml IV syringe as 'Actrapid 8U' was read as 80 units; the "
        "agency nurse gave 80 units. Later the RN held the insulin dose until the doctor could "
        "confirm. BM 2.1, glucose 20% given.",
        ("6", None),
    ),
    (
        "'Insulin 4U' read as 40 units. The nurse held the dose to clarify with the doctor, who "
        "was busy, then gave 40 units. BM 1.9 an hour later, treated with glucogel.",
        ("6", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), HELD + REACHED_DESPITE_HELD)
def test_dose_held_to_clarify(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected


# A stock or spot check that finds the product is a risk ... but the check's words told around a
# dose that went in (found after the event, or before it) do not undo the event
REACHED_DESPITE_STOCK_CHECK = [
    (
        "Endoscopy: pt given midazolam 5mg from a 10mg/2ml ampoule for conscious sedation for "
        "colonoscopy instead of the 1mg/ml; became apnoeic, flumazenil given. At the spot check "
        "afterwards 2 ampoules of 10mg/2ml were found in the sedation cupboard.",
        ("8", None),
    ),
    (
        "Dental sedation clinic: stock check found 2 boxes of midazolam 10mg/2ml on the shelf "
        "that morning. One ampoule was later drawn up and 7mg given to a pt for conscious "
        "sedation; pt oversedated, needed flumazenil.",
        ("8", None),
    ),
    (
        "Stock check: 3 ampoules of potassium chloride 15% found in the flush drawer. Earlier a "
        "flush had been drawn up from one and given to bed 4; pt went into VF, K+ 7.4.",
        ("4", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), REACHED_DESPITE_STOCK_CHECK)
def test_stock_check_beside_a_dose_given(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


# A line of a plan read wrongly is no vascular line ... but a real line told beside it still is
REACHED_DESPITE_LINE_OF_A_PLAN = [
    (
        "Nurse read the wrong line on the drug chart and gave the oral morphine solution into "
        "the IV line. Pt drowsy, naloxone given.",
        ("5", None),
    ),
    (
        "Read the line on the feed plan, then connected the NG feed syringe to the PICC line by "
        "mistake and 20ml of feed went in. Pt spiked a temp, PICC removed.",
        ("5", None),
    ),
    (
        "Oral paracetamol suspension given IV via the cannula in error (the nurse read the next "
        "line on the MAR). Pt reviewed, obs stable.",
        ("5", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), REACHED_DESPITE_LINE_OF_A_PLAN)
def test_line_of_a_plan_beside_a_wrong_route(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


# A haemolytic reaction in the history is background ... but one told in this transfusion, with
# the past named after it or the word "previous" elsewhere, is the event
REACHED_DESPITE_HISTORY_WORDS = [
    (
        "Pt developed an acute haemolytic transfusion reaction during the unit; she had not had "
        "one previously. Transfusion stopped, ITU review.",
        ("12", None),
    ),
    (
        "No prior history of reactions. An acute haemolytic transfusion reaction occurred 10 "
        "minutes into the unit, which was found to be for another patient.",
        ("12", None),
    ),
    (
        "ABO incompatible transfusion on the ward: haemolytic transfusion reaction 20 mins in. "
        "Her previous transfusions years ago at another hospital had been uneventful.",
        ("12", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), REACHED_DESPITE_HISTORY_WORDS)
def test_haemolytic_reaction_told_now(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected


# Doses told as the instruction ("to be given 10mg every morning for 5 days") have not gone in:
# the catch before the first dose stands ...
PLANNED_DOSES_CAUGHT = [
    (
        "Discharge letter said methotrexate to be given 10mg every morning for 5 days instead of "
        "weekly. Community pharmacist queried it before the first dose. Nothing given.",
        (None, "7"),
    ),
    (
        "Care home MAR: methotrexate 7.5mg weekly transcribed as daily, to be given daily Mon-Fri. "
        "Pharmacist spotted it before the first dose; nothing given.",
        (None, "7"),
    ),
]

# ... but "to be" told of the right regimen, or of what the product was found to be, does not
# undo doses that went in
REACHED_DESPITE_TO_BE = [
    (
        "The MAR said methotrexate 10mg to be given weekly, but carers gave it every morning for 6 "
        "days until the pharmacist noticed.",
        ("7", None),
    ),
    (
        "Methotrexate 10mg was to be given weekly. Carers gave 10mg every morning for 5 days "
        "before the pharmacist noticed it.",
        ("7", None),
    ),
    (
        "Methotrexate 7.5mg weekly, meant to be given on Fridays, was given daily Mon-Fri by the "
        "agency carers. GP pharmacist noticed on Saturday.",
        ("7", None),
    ),
    (
        "Methotrexate tablets, found to be 10mg not 2.5mg, were given every morning for 4 days "
        "until the GP noticed.",
        ("7", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLANNED_DOSES_CAUGHT + REACHED_DESPITE_TO_BE)
def test_doses_told_as_the_instruction(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected


# Methotrexate left off (an omission) is no overdose, whatever the learned model reads ...
OMITTED = [
    (
        "Pt on methotrexate 15mg weekly for psoriatic arthritis, in for 2 weeks with cellulitis. "
        "MTX not prescribed on admission (left off the drug history). Flare of arthritis on day "
        "12, rheumatology review.",
        (None, None),
    ),
]

# ... but the omission told beside an overdose that followed it does not undo the overdose
REACHED_DESPITE_OMISSION = [
    (
        "MTX not prescribed on admission. On discharge the TTO said methotrexate 10mg daily and "
        "she took 10mg every day for 8 days. Admitted neutropenic.",
        ("7", None),
    ),
    (
        "Methotrexate not restarted after discharge for 2 weeks, then restarted by the GP as 15mg "
        "daily; pt took it daily for 6 days, mouth ulcers, admitted.",
        ("7", None),
    ),
    (
        "Methotrexate omitted from the admission med rec. Restarted on day 4 as 10mg od by the "
        "FY1; given daily for 5 days, WCC 1.8.",
        ("7", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), OMITTED + REACHED_DESPITE_OMISSION)
def test_methotrexate_omitted(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
