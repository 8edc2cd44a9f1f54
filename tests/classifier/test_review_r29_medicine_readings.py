"""Review r29 of m3's medicine readings (merged as 4739cd8a): probe narratives just outside
each new reading, in other reporters' words, with the (never event, near miss) the labelling
guide gives them, compared with the base before the readings (5fee87ef). Probes read right are
guards; probes both the base and main read wrong are strict xfails, each saying so.

Five regressions were found and mended:
- a supply told let through at receipt ("was not noticed on receipt", "nobody spotted on
  delivery"): "not noticed" is a pseudo-negation, so the receipt catch stayed affirmed and
  NE8.ex.risk_only ruled out the giving told two sentences on (r29a7: never event 8 read null;
  r29a14: near miss 8 read null). The supply's exclusion is now its own
  (NE8.ex.supply_caught_at_receipt), lifted by a dose made ready or given anywhere in the report
  or by the supply told missed at receipt (supply_missed_at_receipt);
- a patient gone to theatre for an epidural read as an IV line gone onto the epidural
  (r29b3: never event 5 read null): a "went to" / "gone onto" reaches the epidural only when it
  is named straight after (`medicine_reach._into_the_epidural`);
- the patient (or the patient's wife) as the one who found a nurse injecting an oral medicine
  into the line, read as the patient's own act (r29c1, r29c2: never event 5 read null): the
  patient must be the one found ("was found injecting", "pt found injecting").

Three strict xfails were later mended (helper M5): strong potassium found in a supply at
goods-in and quarantined (a11), and one stored with the flushes on a ward whose patients are
often hyperkalaemic (d1), are stock findings (NE4.ex.supply_caught_at_receipt; the ward's
hyperkalaemia denies a raised potassium); strong potassium added as prescribed (d6) refuses a
learned 4. b2 and b5 stay strict xfails.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

BOTH_WRONG = "both main and the base (5fee87ef) read this wrong: "
REASONS = {
    "b2": BOTH_WRONG + "lines swapped both ways: the epidural line onto the cannula is never "
    "event 5 whatever the IV line did; the IV product into the epidural excludes the finding",
    "b5": BOTH_WRONG + "an oral medicine (Oramorph) in a luer syringe gone into the epidural is "
    "an oral medicine by a parenteral route, never event 5; no oral-into-epidural reading",
}

SUPPLY_FOUND_AT_RECEIPT = [
    pytest.param(
        (
            "Endoscopy. Midazolam 10mg/2ml delivery noticed at receipt and quarantined. On "
            "checking the sedation cupboard an ampoule from the same delivery had already been "
            "drawn up and given for an OGD, pt given 5mg instead of 1mg, drowsy, flumazenil "
            "given."
        ),
        ("8", None),
        id="r29a1",
    ),
    pytest.param(
        (
            "Pharmacy order of midazolam arrived as 5mg/ml instead of 1mg/ml. Spotted on delivery"
            " by the endoscopy nurse, but 2ml had already been drawn up from one ampoule for a "
            "colonoscopy pt before it was noticed. Syringe discarded, not given."
        ),
        (None, "8"),
        id="r29a2",
    ),
    pytest.param(
        (
            "High strength midazolam 10mg/2ml found at goods-in in the endoscopy delivery and "
            "returned. Earlier that day a box from the same order had been put away and a pt "
            "having a bronchoscopy was given 2ml (10mg) for sedation. Pt apnoeic, flumazenil and "
            "bagged."
        ),
        ("8", None),
        id="r29a3",
    ),
    pytest.param(
        (
            "Endoscopy recovery. Noticed when receiving handover from the room nurse that "
            "midazolam 10mg/2ml had been used for the OGD sedation instead of 1mg/ml, 5mg given. "
            "Pt very drowsy, flumazenil given."
        ),
        ("8", None),
        id="r29a4",
    ),
    pytest.param(
        (
            "Midazolam 5mg/ml given in error for conscious sedation during a TOE in cardiology, "
            "pt received 7.5mg instead of 1.5mg, became apnoeic, flumazenil given. High strength "
            "stock was not released to the unit by pharmacy - it had been borrowed from ITU."
        ),
        ("8", None),
        id="r29a5",
    ),
    pytest.param(
        (
            "Endoscopy delivery checked when putting away: midazolam 1mg/ml as ordered, correct. "
            "Incident logged in error."
        ),
        (None, None),
        id="r29a6",
    ),
    pytest.param(
        # a regression of m3's reading (the base read it right), mended here
        (
            "Bronchoscopy unit: midazolam 10mg/2ml was in the pharmacy delivery and was not "
            "noticed on receipt. Put in the 1mg/ml slot. Nurse drew up 2ml for sedation and gave "
            "it, pt oversedated, flumazenil."
        ),
        ("8", None),
        id="r29a7",
    ),
    pytest.param(
        (
            "Midazolam 10mg/2ml ampoules found at receipt in the endoscopy top-up, quarantined "
            "and returned to pharmacy. Not issued to any room."
        ),
        (None, None),
        id="r29a8",
    ),
    pytest.param(
        (
            "Ward top-up of sodium chloride 0.9% 10ml flush ampoules was noticed on delivery to "
            "contain KCl 15% ampoules. One had already been used as a flush on the pt in bay 3 "
            "before it was noticed. K+ 6.5, cardiac monitoring, calcium gluconate."
        ),
        ("4", None),
        id="r29a9",
    ),
    pytest.param(
        (
            "Pharmacy top-up put KCl 15% ampoules in the sodium chloride flush box. Found by the "
            "ward pharmacist when checking in the delivery; the rest were not issued to any "
            "patient but one ampoule had already been used as a flush on bay 2 pt, K+ 6.8."
        ),
        ("4", None),
        id="r29a10",
    ),
    pytest.param(
        (
            "KCl 15% ampoules found at goods-in mixed with the sodium chloride flushes for the "
            "surgical ward. Quarantined before putting away, none issued to the ward."
        ),
        (None, None),
        id="r29a11",
    ),
    pytest.param(
        (
            "Endoscopy. Nurse picked up midazolam 10mg/2ml from the new delivery (not checked "
            "when received) instead of 1mg/ml and drew up 2ml for an OGD pt. Second nurse queried"
            " it at the bedside before giving, discarded."
        ),
        (None, "8"),
        id="r29a12",
    ),
    pytest.param(
        (
            "Bronchoscopy unit: midazolam 10mg/2ml came in the pharmacy delivery and was not "
            "noticed on receipt. It was put away with the normal stock. Nurse drew up 2ml for "
            "sedation and gave it, pt oversedated, flumazenil."
        ),
        ("8", None),
        id="r29a13",
    ),
    pytest.param(
        # a regression of m3's reading (the base read it right), mended here
        (
            "Endoscopy: nobody spotted on delivery that the midazolam was 5mg/ml. Stocked in the "
            "sedation cupboard. Nurse drew up 3ml for a colonoscopy thinking 3mg; endoscopist "
            "checked the ampoule before it was given and stopped it."
        ),
        (None, "8"),
        id="r29a14",
    ),
]

LINE_GONE_ONTO_THE_EPIDURAL = [
    pytest.param(
        (
            "Post op ward. Epidural levobupivacaine infusion line went onto the IV cannula "
            "instead of the epidural filter and ran for 2 hours. Pt hypotensive and drowsy, "
            "anaesthetist informed."
        ),
        ("5", None),
        id="r29b1",
    ),
    pytest.param(
        (
            "Lines swapped on the pump: the IV paracetamol line went onto the epidural filter and"
            " the epidural bupivacaine/fentanyl line went onto the cannula. Both ran 30 mins, pt "
            "hypotensive, drowsy."
        ),
        ("5", None),
        id="r29b2",
        marks=pytest.mark.xfail(strict=True, reason=REASONS["b2"]),
    ),
    pytest.param(
        # a regression of m3's reading (the base read it right), mended here
        (
            "Pt had IV antibiotics on the ward then went to theatre for epidural insertion. On "
            "return the epidural levobupivacaine infusion was connected to the peripheral cannula"
            " instead of the epidural catheter and ran for 1 hour, pt hypotensive."
        ),
        ("5", None),
        id="r29b3",
    ),
    pytest.param(
        (
            "Labour ward. IV syntocinon running. Anaesthetist went to site the epidural; the "
            "epidural bupivacaine/fentanyl infusion was then connected to the IV cannula in error"
            " and ran 40 min, pt hypotensive and drowsy."
        ),
        ("5", None),
        id="r29b4",
    ),
    pytest.param(
        (
            "Oramorph 10mg drawn up in a luer syringe went into the epidural filter instead of "
            "being given orally. Anaesthetist informed, epidural removed."
        ),
        ("5", None),
        id="r29b5",
        marks=pytest.mark.xfail(strict=True, reason=REASONS["b5"]),
    ),
    pytest.param(
        (
            "Epidural infusion (bupivacaine 0.1% + fentanyl) went to the cannula instead of the "
            "epidural filter, ran for 3 hours before noticed at obs. Pt drowsy RR 8, naloxone."
        ),
        ("5", None),
        id="r29b6",
    ),
    pytest.param(
        (
            "HDU: IV gentamicin line had gone onto the epidural filter instead of the venflon, "
            "ran 10 minutes before noticed. Stopped, epidural removed, neuro obs normal."
        ),
        (None, None),
        id="r29b7",
    ),
    pytest.param(
        (
            "IV fluids went onto the epidural port in error for 20 mins. Noticed at the hourly "
            "check. Anaesthetist informed, epidural resited."
        ),
        (None, None),
        id="r29b8",
    ),
    pytest.param(
        (
            "Epidural bag of chirocaine went up on the IV giving set and went into the cannula, "
            "about 30ml went in before the nurse noticed. Pt hypotensive, anaesthetist attended."
        ),
        ("5", None),
        id="r29b9",
    ),
    pytest.param(
        (
            "Nurse about to connect the epidural bupivacaine line to the IV cannula, noticed the "
            "yellow label and stopped before connecting. IV paracetamol went onto the cannula as "
            "planned."
        ),
        (None, "5"),
        id="r29b10",
    ),
    pytest.param(
        (
            "IV co-amoxiclav given via the cannula at 10:00. Anaesthetist went to check the "
            "epidural and found the epidural bupivacaine infusion running into the IV cannula, "
            "50ml in, pt hypotensive."
        ),
        ("5", None),
        id="r29b11",
    ),
]

PATIENT_INJECTING_OWN_LINE = [
    pytest.param(
        # a regression of m3's reading (the base read it right), mended here
        (
            "Patient's wife found the nurse injecting oral morphine solution into his cannula and"
            " challenged her. About 5ml given, pt drowsy, naloxone given."
        ),
        ("5", None),
        id="r29c1",
    ),
    pytest.param(
        # a regression of m3's reading (the base read it right), mended here
        (
            "Patient found the agency nurse pushing Oramorph down her PICC and asked what it was;"
            " nurse stopped, approx 2ml already given. Doctor informed, obs monitored."
        ),
        ("5", None),
        id="r29c2",
    ),
    pytest.param(
        (
            "Student nurse seen injecting the pt's oral oramorph into his PICC by her mentor, "
            "stopped after 2ml had gone in. Pt monitored, no harm."
        ),
        ("5", None),
        id="r29c3",
    ),
    pytest.param(
        (
            "Pt found drowsy on the ward round. The nurse had been injecting crushed oral tablets"
            " dissolved in water into his cannula as he could not swallow. Naloxone, datix."
        ),
        ("5", None),
        id="r29c4",
    ),
    pytest.param(
        (
            "HCA saw the staff nurse injecting the patient's liquid paracetamol (oral) into his "
            "cannula. 10ml given. Doctor informed, pt monitored."
        ),
        ("5", None),
        id="r29c5",
    ),
    pytest.param(
        (
            "Patient seen by HCA when the nurse was injecting oral oramorph into his cannula; "
            "nurse stopped, 3ml given. Pt monitored, naloxone not needed."
        ),
        ("5", None),
        id="r29c6",
    ),
    pytest.param(
        (
            "Mentor caught the student nurse about to inject oramorph liquid into the patient's "
            "cannula; syringe taken before any was given."
        ),
        (None, "5"),
        id="r29c7",
    ),
    pytest.param(
        (
            "Patient's son was found injecting crushed oxycodone tablets into his father's "
            "cannula during visiting. Pt drowsy, naloxone given, security and safeguarding "
            "informed."
        ),
        (None, None),
        # judgment: a relative's act, no route chosen by the provider's staff (base read 5)
        id="r29c8",
    ),
    pytest.param(
        (
            "Pt found injecting crushed tablets into his own cannula in the toilet; the tablets "
            "had been left on his locker by the nurse. Cannula removed, safeguarding."
        ),
        (None, None),
        id="r29c9",
    ),
    pytest.param(
        (
            "Staff nurse was found by the ward manager injecting the patient's Oramorph into her "
            "PICC line. 5ml given before stopped. Pt drowsy."
        ),
        ("5", None),
        id="r29c10",
    ),
    pytest.param(
        (
            "Patient was seen by her daughter when the nurse was pushing oral Oramorph down her "
            "PICC, daughter queried it, about 2ml given. Doctor informed."
        ),
        ("5", None),
        id="r29c11",
    ),
]

RAISED_POTASSIUM_AFTER_THE_STRONG_POTASSIUM = [
    pytest.param(
        (
            "KCl 15% ampoules found stored with the sodium chloride 0.9% flushes in the treatment"
            " room of the renal ward, where pts are often hyperkalaemic (K+ above 6). Removed by "
            "pharmacy, no pt involved."
        ),
        (None, None),
        id="r29d1",
    ),
    pytest.param(
        (
            "KCl 15% ampoule found in the sodium chloride flush box on the ward. Could have "
            "caused fatal hyperkalaemia if used as a flush. Removed, pharmacy informed."
        ),
        (None, None),
        id="r29d2",
    ),
    pytest.param(
        (
            "KCl flush caught: nurse about to flush the cannula with what she thought was saline,"
            " second nurse saw the ampoule was KCl 15% and stopped her. Pt's K+ 6.2 from the "
            "morning bloods (CKD)."
        ),
        (None, "4"),
        id="r29d3",
    ),
    pytest.param(
        (
            "Strong potassium chloride concentrate selected instead of water for injections to "
            "reconstitute the IV antibiotic; spotted by the second checker before it was drawn "
            "up. Pt K+ 6.0 on admission."
        ),
        (None, "4"),
        id="r29d4",
    ),
    pytest.param(
        (
            "KCl 40mmol in 100ml given over 1 hour instead of 4 hours as prescribed for K+ 2.9. "
            "Next day K+ 6.1, hyperkalaemic, doctor informed."
        ),
        (None, None),
        id="r29d5",
    ),
    pytest.param(
        (
            "Potassium chloride 15% ampoules were added to the 1L sodium chloride bag as "
            "prescribed for hypokalaemia. Next day K+ 5.9, hyperkalaemic, infusion stopped by the"
            " doctor."
        ),
        (None, None),
        id="r29d6",
    ),
    pytest.param(
        (
            "Pt on the renal unit admitted with hyperkalaemia K+ 6.8. KCl 15% ampoule picked up "
            "instead of the sodium chloride flush, noticed by the nurse on checking before "
            "drawing up."
        ),
        (None, "4"),
        id="r29d7",
    ),
    pytest.param(
        (
            "KCl 15% was prescribed for the pt's hypokalaemia (K+ 3.0) but the drug chart said "
            "'KCl 15% flush'. Pharmacist queried on ward round, clarified. Pt's K+ 6.4 later that"
            " week after too much oral Sando-K."
        ),
        (None, None),
        id="r29d8",
    ),
    pytest.param(
        (
            "Nurse gave KCl 15% 10ml as a flush instead of saline. K+ 6.4 on repeat, cardiac "
            "monitoring, calcium gluconate."
        ),
        ("4", None),
        id="r29d9",
    ),
    pytest.param(
        (
            "Audit of ward CD/high risk cupboards: KCl 15% ampoules found on 3 wards in the "
            "general stock. No patient harm identified; one pt on ward 4 hyperkalaemic (K+ 6.3) "
            "from AKI reviewed and unrelated."
        ),
        (None, None),
        id="r29d10",
    ),
    pytest.param(
        (
            "Potassium phosphate concentrate picked up instead of sodium chloride 0.9% to dilute "
            "the IV antibiotic. Pharmacist spotted at the bedside before the syringe was "
            "connected. Pt has known hyperkalaemia, K+ 5.8 today."
        ),
        (None, "4"),
        id="r29d11",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUPPLY_FOUND_AT_RECEIPT)
def test_supply_found_wrong_at_receipt_keeps_a_dose_told_made_or_given(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), LINE_GONE_ONTO_THE_EPIDURAL)
def test_only_an_iv_line_gone_onto_the_epidural_is_the_other_direction(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), PATIENT_INJECTING_OWN_LINE)
def test_only_the_patient_found_injecting_is_the_patients_own_act(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), RAISED_POTASSIUM_AFTER_THE_STRONG_POTASSIUM)
def test_raised_potassium_is_a_reach_only_of_a_strong_potassium_mis_selected(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
