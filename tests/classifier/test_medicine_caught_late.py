"""A wrong medicine told with the words of the act and caught late: the syringe drawn up and
handed to the doctor ("given to the anaesthetist", "passed to the cardiologist"), joined to the
cannula, then read back and taken off with nothing pushed ("no midazolam had been given yet",
"did not push any"). Handing a syringe to a colleague is no giving to the patient: the error
was made and stopped before it reached the patient, a near miss. A syringe handed over and
then given by the doctor, or a giving told done before the catch, reached: the never event."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CAUGHT_KCL = [
    "ODP drew up what she thought was saline flush from a KCl 15% amp and gave the syringe to "
    "the anaesthetist. He read the ampoule in the tray before using it. Discarded, not given.",
    "strong potassium chloride amp drawn up as a flush and handed to the doctor at the bedside,"
    " she checked the amp and stopped. nothing given to pt.",
    "I drew up 10ml from a potassium chloride 15% ampoule thinking it was water for "
    "injection and passed it to the reg, he noticed the label before he gave anything. "
    "syringe binned",
    "KCl concentrate drawn up for flush, attached to cannula, then nurse saw the empty amp. "
    "did not push any, syringe removed. pt fine.",
    "nurse connected a 10ml syringe of strong KCl (mistaken for NaCl flush) to the venflon, "
    "2nd nurse shouted stop, she didnt push it. taken off",
    "Flush for the anaesthetist made up from a KCL 15% amp (stored with the NaCl). Syringe "
    "gave to Dr at induction, he looked at the amp, not injected. New flush drawn up.",
    "pt in bed 6: the IV KCl concentrate was drawn up in place of water for the abx and put on "
    "the IV line, checker saw the amp - nothing had gone in yet. line taken down",
]

CAUGHT_MIDAZOLAM = [
    "Endoscopy. Midazolam 10mg in 2ml drawn up for conscious sedation and given to the "
    "endoscopist. Checked against the box by the nurse before any was given. Discarded.",
    "bronchoscopy under conscious sedation: midazolam 5mg/ml amp drawn up, no midazolam had "
    "been given yet when the nurse spotted the strength. redrawn from 1mg/ml.",
    "Conscious sedation for ERCP - high strength midazolam (5mg/ml) syringe passed to the "
    "consultant. Pt not sedated yet when the error was seen; syringe discarded.",
    "midaz 10mg/2ml drawn up and handed to the cardiologist for TOE sedation, connected to "
    "the cannula, the nurse read the amp back before he pushed. syringe taken off, not given",
    "Pt on the list for colonoscopy with conscious sedation. 10mg/2ml midazolam had been drawn"
    " up. None of it had been given yet - noticed on the double check. destroyed.",
    "TOE list, conscious sedation. Midazolam drawn up from the 5mg/ml amp and handed to Dr "
    "Patel, attached to the cannula; no midazolam had been given yet when the nurse "
    "queried the strength. taken off and discarded.",
    "cystoscopy, sedation nurse handed the high strength midazolam 10mg/2ml syringe to the "
    "urologist. before he gave any the ODP read the amp. binned.",
]

CAUGHT_ROUTE = [
    "Oramorph drawn up into a luer syringe and given to the nurse in charge to give IV. She "
    "queried it and it was discarded. not given.",
    "oral paracetamol suspension drawn up in a IV syringe and handed to the FY1 to give into "
    "the cannula, FY1 noticed it was the oral suspension and stopped. nothing given",
]

REACHED = [
    "ODP drew up a flush from a KCl 15% amp in error and gave the syringe to the anaesthetist, "
    "who gave 5ml into the cannula before the ampoule was seen. HR dropped, atropine given.",
    "strong potassium chloride amp drawn up as a flush and handed to the doctor, she flushed "
    "the cannula with it. noticed afterwards when the amp was found. ECG monitoring.",
    "Midazolam 10mg/2ml drawn up and handed to the endoscopist, who gave 5mg for conscious "
    "sedation. The strength was noticed after the procedure. Pt drowsy, flumazenil given.",
    "KCl 15% given as a flush through the venflon. noticed when the amp was found in the "
    "sharps bin. pt complained of arm pain.",
    "Conscious sedation for bronchoscopy: 5mg/ml midazolam drawn up and 3mg given before the "
    "nurse spotted the strength. pt sats dropped, recovered.",
    "oral morphine solution given to the nurse to give, she pushed it into the cannula before "
    "anyone noticed it was oral. obs stable.",
    "KCl 15% drawn up as the diluent for ceftriaxone and handed to the FY1, who gave it IV. "
    "found when the ampoule was checked at the end of the round. pt on monitor.",
    "high strength midazolam 10mg/2ml passed to the dentist for conscious sedation, 4mg given."
    " the nurse spotted the strength at the end. pt sleepy, recovered.",
]

NOTHING = [
    "Potassium chloride 15% ampoules found in the flush drawer at the stock check. Removed and "
    "returned to pharmacy.",
    "saline flush handed to the anaesthetist and given, then queried whether it had been KCl; "
    "empty amp in the bin was sodium chloride 0.9%. pt fine. reporting storage concern.",
    "Midazolam 1mg/ml drawn up and handed to the endoscopist for conscious sedation; 2mg "
    "given. Checked afterwards, correct strength. Reporting delay in the list.",
    "Midazolam 5mg/ml used for sedation in ICU for a ventilated patient, as per protocol.",
    "Midazolam 1mg/ml drawn up and given to the endoscopist, nurse queried the strength, "
    "checked the amp: correct 1mg/ml. 2mg given for sedation. no error.",
    "Insulin drawn up in a 1ml syringe as no insulin syringes; dose checked by 2 nurses and "
    "given correctly. Reporting the lack of insulin syringes.",
]


@pytest.mark.parametrize("text", CAUGHT_KCL)
def test_potassium_handed_over_or_joined_and_caught_is_near_miss_4(text: str) -> None:
    assert never_event_codes(text) == (None, "4")


@pytest.mark.parametrize("text", CAUGHT_MIDAZOLAM)
def test_midazolam_handed_over_and_caught_is_near_miss_8(text: str) -> None:
    assert never_event_codes(text) == (None, "8")


@pytest.mark.parametrize("text", CAUGHT_ROUTE)
def test_oral_liquid_handed_over_and_caught_is_near_miss_5(text: str) -> None:
    assert never_event_codes(text) == (None, "5")


@pytest.mark.parametrize("text", REACHED)
def test_given_by_the_colleague_it_was_handed_to_reached(text: str) -> None:
    code = "5" if "oral" in text else "8" if "idazolam" in text else "4"
    assert never_event_codes(text) == (code, None)


@pytest.mark.parametrize("text", NOTHING)
def test_look_alikes_with_no_error_stay_none(text: str) -> None:
    assert never_event_codes(text) == (None, None)
