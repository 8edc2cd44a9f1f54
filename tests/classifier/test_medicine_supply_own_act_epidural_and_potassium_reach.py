"""Medicine readings of batch 107 (helper M3): a high strength midazolam supply found wrong at
receipt, before it was put away, is a stock finding with no patient (the guide's risk only:
null); an IV medicine whose line went onto the epidural is the other direction, outside never
event 5 (null); a patient injecting tablets into their own cannula is their own act, not a wrong
route given by staff (null); and a raised potassium told after the strong potassium taken as a
flush is its reach (never event 4), not a catch before it. The close contrasts keep their old
reading: the supply let through and given, the epidural medicine run IV, the oral medicine a
nurse pushed into a line, the potassium stopped before it went in."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NOTHING = (None, None)


@pytest.mark.parametrize(
    "text",
    [
        # dev-179600
        "Endoscopy stock. CD order for midazolam 5mg/5ml came up from pharmacy as 10mg/2ml (10 "
        "ampoules). Endoscopy tech noticed at receipt before putting away, quarantined and "
        "returned. Not issued to any room.",
        "Bronchoscopy unit. Pharmacy supplied midazolam 10mg/2ml instead of the 5mg/5ml we "
        "ordered. Spotted on receipt by the nurse in charge and sent back, never put in the "
        "sedation cupboard.",
        "Endoscopy: midazolam order arrived as 5mg/ml ampoules rather than 1mg/ml. Identified on "
        "delivery by the HCA, quarantined in the CD cupboard pending return to pharmacy, not "
        "issued to the rooms.",
        "Endoscopy unit - midazolam 10mg/2ml x10 received from pharmacy in place of 5mg/5ml. "
        "Picked up at receipt, rejected before being put away.",
        # a strict xfail of the R20 review (p36), read since this reading
        "High strength midazolam found at goods-in in a delivery to the endoscopy unit, "
        "returned to pharmacy.",
    ],
)
def test_midazolam_supply_found_wrong_at_receipt_is_no_event(text: str) -> None:
    assert never_event_codes(text) == NOTHING


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Endoscopy. Midazolam delivery of 10mg/2ml was not spotted on receipt and was put in "
            "the 1mg/ml slot. Nurse drew up 2ml for colonoscopy sedation thinking 2mg, given = "
            "10mg. Pt apnoeic, flumazenil given.",
            ("8", None),
        ),
        (
            "Community dental service sedation clinic. New supplier this month - the midazolam "
            "sent was 5mg/ml not 1mg/ml and this was not noticed on delivery. Dentist titrated "
            "'mls' as usual for an anxious adult pt having extractions. Pt oversedated, SpO2 "
            "88%, responded to flumazenil and oxygen.",
            ("8", None),
        ),
        (
            "Bronchoscopy suite: midazolam 10mg/2ml had come in the delivery and nobody noticed "
            "at receipt. Nurse drew up 2ml for conscious sedation, consultant checked the ampoule "
            "before giving and stopped. Not given.",
            (None, "8"),
        ),
        (
            "Endoscopy unit. A delivery of midazolam 10mg/2ml ampoules was put into the box "
            "labelled 1mg/ml in the sedation cupboard. Nurse drew up 2.5mg (intended 2.5ml) for "
            "a colonoscopy patient. Endoscopist checked the ampoule before it was given and saw "
            "10mg/2ml. Syringe discarded, 1mg/ml used.",
            (None, "8"),
        ),
    ],
)
def test_midazolam_supply_let_through_and_drawn_up_keeps_its_reading(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # dev-179669
        "Post op surgical HDU. Gentamicin 360mg IV infusion line went onto the epidural filter "
        "rather than the cannula, approx 10ml ran in before the nurse noticed. Anaesthetist "
        "informed, epidural removed, neuro obs 4 hrly for 24 hrs normal. Datix completed as "
        "never event.",
        "HDU: the IV co-amoxiclav giving set went to the epidural filter instead of the "
        "peripheral cannula. Stopped after 5 minutes, anaesthetist informed, neuro obs normal.",
        "Post-op. IV antibiotic line had gone onto the epidural port rather than the venflon, "
        "noticed at the next check. Epidural removed, neuro obs.",
        "Surgical ward. IV paracetamol 1g infusion went into the epidural catheter instead of "
        "the cannula, about 20ml infused before noticed. Epidural removed, anaesthetist aware.",
    ],
)
def test_iv_medicine_line_gone_onto_the_epidural_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == NOTHING


@pytest.mark.parametrize(
    "text",
    [
        "Post op ward. The epidural bupivacaine infusion line went onto the IV cannula instead "
        "of the epidural catheter, 10ml ran in before the nurse noticed. Pt hypotensive, "
        "anaesthetist informed.",
        "Labour ward. Epidural bag of levobupivacaine and fentanyl was connected to the IV "
        "cannula in error and ran for 30 minutes. Pt became drowsy and hypotensive.",
    ],
)
def test_epidural_medicine_gone_into_the_vein_stays_never_event_5(text: str) -> None:
    assert never_event_codes(text) == ("5", None)


@pytest.mark.parametrize(
    "text",
    [
        # dev-179674
        "Pt on medical ward (known IVDU, admitted with cellulitis) found in the toilet at 23:00 "
        "injecting crushed tablets dissolved in water into his own cannula, tablets believed to "
        "be from a visitor. Drowsy RR 8, naloxone 400mcg IM, recovered. Cannula removed, "
        "security and safeguarding informed, visiting restricted.",
        "Patient with a PICC for IV antibiotics was found injecting dissolved tablets into her "
        "line in the bathroom. Line removed, safeguarding referral made.",
        "HCA found the patient pushing crushed oramorph tablets mixed with water down his "
        "cannula. Cannula removed, doctor informed, drug team referral.",
        "Known IVDU pt admitted with endocarditis had been using his own PICC to inject crushed "
        "tablets brought in by friends. PICC removed, security informed.",
    ],
)
def test_patient_injecting_tablets_into_own_line_is_no_wrong_route(text: str) -> None:
    assert never_event_codes(text) == NOTHING


@pytest.mark.parametrize(
    "text",
    [
        "Nurse drew up oramorph 5mg in a luer syringe and injected it into the patient's "
        "cannula in error. Pt drowsy, naloxone given.",
        "Staff nurse crushed the tablets, dissolved them in water and injected them into his "
        "cannula in error instead of giving them orally. Pt unharmed, doctor informed.",
        "Nurse was seen by the patient injecting oramorph liquid into his cannula. Pt became "
        "drowsy, naloxone given.",
    ],
)
def test_oral_medicine_staff_pushed_into_a_line_stays_never_event_5(text: str) -> None:
    assert never_event_codes(text) == ("5", None)


@pytest.mark.parametrize(
    "text",
    [
        "Second nurse queried the flush. Empty ampoule in the sharps bin was KCl 15%, not "
        "saline. Pt's K+ 6.9.",
        "Pharmacist queried why the flush ampoule in the bin said KCl 15%, not saline. Pt's "
        "potassium then rose to 6.8 on the VBG.",
        "Staff nurse queried the saline flush she had given. The empty ampoule on the tray was "
        "potassium chloride 15%. Repeat bloods K+ 7.2, treated for hyperkalaemia.",
        "HCA asked about the flush used on the cannula. The ampoule in the sharps bin turned "
        "out to be KCl 15% not sodium chloride. Pt became hyperkalaemic, ECG changes, calcium "
        "gluconate given.",
    ],
)
def test_raised_potassium_after_the_flush_is_its_reach(text: str) -> None:
    assert never_event_codes(text) == ("4", None)


@pytest.mark.parametrize(
    "text",
    [
        "Second nurse queried the flush before it was given. The ampoule was KCl 15%, not "
        "saline. Not given, discarded.",
        "Pt with K+ 6.9 on the renal ward. Nurse selected KCl 15% instead of sodium chloride "
        "flush, second nurse queried it before it was drawn up and it was discarded.",
        "KCl 15% ampoule picked instead of the saline flush. Second nurse queried the flush, "
        "not given. Pt's K+ 6.9 on the morning bloods (known CKD).",
        "Nurse picked up KCl 15% instead of the saline flush, second nurse stopped her before "
        "it was drawn up. Pt's K+ 4.1.",
    ],
)
def test_potassium_caught_before_it_went_in_stays_near_miss_4(text: str) -> None:
    assert never_event_codes(text) == (None, "4")
