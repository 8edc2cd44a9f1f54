"""M14: misreadings helpers found while probing batch 101's errors (mostly missed never events).

- A misplaced gastric tube told used for a dose ("Tube used for one dose of omeprazole before
  the film was reviewed", "had been used once", "one dose went down the tube"): something went
  down it before the misplacement was found, never event 13; a tube told not used for the dose,
  or about to be, stays near miss 13.
- A check named bare ("at sign in", "during sign in") and then told to have caught nothing
  ("nobody noticed", "no one picked up", "was not questioned"), in its sentence or the next one's
  opening words, or a check cue whose own catch word is denied inside it ("sign in nobody
  noticed"): no catch, so the wrong side done is never event 1. A catch told at sign in is still
  near miss 1.
- A consent told renewed but denied ("No new consent was taken for the R", "not re-consented"):
  no change of side was made the plan, so the old side injected by mistake after the patient
  changed her mind is never event 1; a consent truly taken anew for the side chosen stays null.
- A paper's side error corrected by the booking team the day before the operation, the act done
  on the side the other records hold, stays null, however the correction is told (a bare
  "Corrected by the booking team", "the list was amended ... as it said left", "list corrected
  ... - it said L hip instead of R"). Caught at the day-of checks it stays near miss 1; the act
  on the paper's side told in error on the day is never event 1.
- An oral liquid drawn up, in whatever syringe, for a subcutaneous butterfly or line and stopped
  before it was given: near miss 5; told given into it ("given into it"): never event 5; an
  injection drawn up for the butterfly, or the oral dose given orally, stays null.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

TUBE_USED_FOR_A_DOSE = [
    "NG tube placed on ward. CXR taken to confirm position. Tube used for one dose of "
    "omeprazole before the film was reviewed. Film showed NGT in left lung, tube removed.",
    "NG tube in right lung on CXR. tube had already been used for a dose of omeprazole prior "
    "to the film being looked at",
    "NGT passed at 06:00, xray requested. Tube was used for the 08:00 lansoprazole before the "
    "xray was reviewed. xray shows NGT in the right bronchus. removed.",
    "NG inserted. CXR done. one dose of omeprazole went down the tube before anyone looked at "
    "the xray. Xray showed the tip in the left main bronchus.",
    "Tube had been used once (omeprazole 20mg) before film was reviewed - tip in right lower "
    "lobe. NGT removed.",
    "pt's NGT was used for her morning dose of levetiracetam before the x-ray was reviewed. On "
    "review the x-ray showed the NGT in the trachea",
    "The NGT had been used for one dose of PPI prior to the CXR being reviewed. CXR: tube tip "
    "in the right main bronchus.",
    "NG tube was utilised for one dose of lansoprazole before the position was confirmed on "
    "x-ray. X-ray reviewed: NG in R bronchus.",
]


@pytest.mark.parametrize("text", TUBE_USED_FOR_A_DOSE)
def test_a_misplaced_tube_told_used_for_a_dose_before_the_film_is_a_never_event(
    text: str,
) -> None:
    assert never_event_codes(text) == ("13", None)


TUBE_NOT_USED = [
    "NG tube placed, CXR showed tube in right lung. Tube not used, removed and re-sited.",
    "NGT in R lung on CXR. omeprazole due but withheld until position confirmed. Tube removed.",
    "NG tube placed. was about to be used for a dose of omeprazole but the CXR was reviewed "
    "first and showed the tube in the left lung. removed",
    "NGT not used for the omeprazole, CXR reviewed first: tip in right bronchus, removed",
    "NG tube placed. CXR shows tube in the R main bronchus. Tube not used for the omeprazole, "
    "removed.",
]


@pytest.mark.parametrize("text", TUBE_NOT_USED)
def test_a_tube_told_never_used_after_the_xray_is_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "13")


SIGN_IN_CAUGHT_NOTHING = [
    "Pt listed for L knee arthroscopy. At sign in the consent and list were checked but nobody "
    "noticed the R knee had been marked. R knee arthroscopy done.",
    "Left inguinal hernia repair planned. At sign in nobody noticed the mark was on the right "
    "side. Right side done.",
    "list said L eye cataract. at sign in everyone agreed the site. no one noticed the R eye had "
    "been marked. R eye op done",
    "At the sign in checks nobody noticed the discrepancy between the consent (left) and the "
    "list (right). Right knee replaced. consent was correct left.",
    "Pt listed for R hip injection. During sign in nobody picked up that the L hip had been "
    "marked. L hip injected.",
    "At sign-in, nobody questioned that the consent said left when the list said right. Right "
    "inguinal hernia repaired. Pt should have had the left done.",
    "Pt listed for L ureteroscopy. At sign-in the side was not questioned. R ureteroscopy done. "
    "found when writing op note.",
]


@pytest.mark.parametrize("text", SIGN_IN_CAUGHT_NOTHING)
def test_a_sign_in_that_noticed_nothing_before_the_wrong_side_is_a_never_event(
    text: str,
) -> None:
    assert never_event_codes(text) == ("1", None)


SIGN_IN_CAUGHT_IT = [
    "Pt listed for L knee arthroscopy. At sign in it was noticed the R knee had been marked. "
    "Remarked, L knee done.",
    "At sign in nobody noticed the wrong side on the list, but at time out the surgeon spotted "
    "the consent said left. Right side not started. Left side operated on.",
    "At sign in the ODP noticed the R knee had been marked but the list said L. Surgeon "
    "re-marked, L knee done.",
    "Pt listed for L knee. R marked. Picked up at sign in. L knee done.",
    "At sign in the anaesthetist noticed the consent was for the R side but the list said L. "
    "Clarified with surgeon before starting.",
]


@pytest.mark.parametrize("text", SIGN_IN_CAUGHT_IT)
def test_a_wrong_side_caught_at_sign_in_or_time_out_stays_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


CHANGE_OF_MIND_NOT_CONSENTED = [
    "Pt changed her mind and wanted R knee injected. L knee injected by mistake. No new "
    "consent was taken for the R.",
    "Pt changed her mind and wanted R knee injected, marked R. L knee injected by mistake. No "
    "new consent was taken for the R.",
    "Pt had consented for R shoulder injection. In clinic she changed her mind and wanted the "
    "left doing. No new consent was signed. The R shoulder was injected by mistake.",
    "Pt changed her mind and wanted L knee; no fresh consent obtained. R injected by mistake.",
]


@pytest.mark.parametrize("text", CHANGE_OF_MIND_NOT_CONSENTED)
def test_the_old_side_injected_after_a_change_of_mind_with_no_new_consent_is_a_never_event(
    text: str,
) -> None:
    assert never_event_codes(text) == ("1", None)


CHANGE_OF_MIND_CONSENTED = [
    "Consented for L knee injection. On the day pt changed her mind and wanted R knee done "
    "instead. Re-consented for R. R knee injected.",
    "Pt had consented for R shoulder injection. In clinic she changed her mind and wanted the "
    "left doing. New consent was signed for L. L shoulder injected.",
    "pt changed her mind and wanted R. consent updated with pt. R injected as she wished.",
]


@pytest.mark.parametrize("text", CHANGE_OF_MIND_CONSENTED)
def test_the_side_chosen_and_consented_anew_on_the_day_stays_no_wrong_site(text: str) -> None:
    assert never_event_codes(text) == (None, None)


PAPER_PUT_RIGHT_AHEAD = [
    "Theatre list had pt down for R knee arthroscopy, consent and clinic letter say L. "
    "Corrected by the booking team the day before the operation. L knee done, no harm.",
    "list corrected by booking team the day before the op - it said L hip instead of R. R hip "
    "replacement done.",
    "The list was amended by the booking team the evening before the operation as it said left "
    "knee; consent right. right knee done.",
    "Consent R, theatre list L. booking team spotted this the day before surgery and amended "
    "the list. R knee arthroscopy done.",
    "Pre-op assessment nurse spotted that the theatre list said R instead of L the day before "
    "surgery. booking team amended the list. Operation done on L.",
]


@pytest.mark.parametrize("text", PAPER_PUT_RIGHT_AHEAD)
def test_a_list_corrected_by_the_booking_team_the_day_before_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)


PAPER_CAUGHT_ON_THE_DAY = [
    "Theatre list had pt down for R knee arthroscopy, consent says L. Picked up at sign in, list "
    "corrected. L knee done.",
    "list said L hip instead of R. noticed at the team brief on the morning of surgery and "
    "corrected. R hip done.",
    "Consent R, theatre list L. noticed at the team brief on the day of surgery and the list "
    "amended. R knee arthroscopy done.",
]


@pytest.mark.parametrize("text", PAPER_CAUGHT_ON_THE_DAY)
def test_a_list_error_caught_at_the_day_of_checks_stays_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


def test_the_papers_side_operated_on_in_error_after_a_correction_ahead_is_a_never_event() -> None:
    text = (
        "List said L instead of R, corrected by the booking team the day before the op. On the "
        "day the L knee was operated on in error."
    )
    assert never_event_codes(text) == ("1", None)


ORAL_LIQUID_FOR_THE_BUTTERFLY_STOPPED = [
    "Oramorph 5mg drawn up in an oral syringe for the sub cut butterfly. Second nurse stopped it "
    "before it was given. Oramorph is oral only.",
    "Nurse drew up oral morphine solution in a purple oral syringe to give via the s/c "
    "butterfly. Checker stopped her before it was given.",
    "Levomepromazine oral solution drawn up for the subcut line, noticed by colleague before "
    "administration, not given.",
    "Student drew up lactulose in an oral syringe intending to give it through the subcutaneous "
    "butterfly. Mentor stopped it, not given.",
    "Oral midazolam liquid drawn up in an enteral syringe for the sc butterfly - stopped by 2nd "
    "checker before it was given",
    "Oramorph drawn up in oral syringe for the sub cut butterfly. realised before giving, "
    "discarded",
]


@pytest.mark.parametrize("text", ORAL_LIQUID_FOR_THE_BUTTERFLY_STOPPED)
def test_an_oral_liquid_drawn_up_for_the_butterfly_and_stopped_is_a_near_miss(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, "5")


ORAL_LIQUID_INTO_THE_BUTTERFLY = [
    "Oramorph drawn up in an oral syringe for the sub cut butterfly and given into it. Pt "
    "monitored, no harm.",
    "Oramorph 2.5mg drawn up for the sc butterfly and pushed through it before anyone noticed. "
    "Dr informed.",
    "Nurse gave oral morphine solution through the s/c butterfly by mistake. Dr informed, pt "
    "monitored.",
    "Oramorph 5mg given via the sub cut butterfly. noticed afterwards by the nurse in charge.",
]


@pytest.mark.parametrize("text", ORAL_LIQUID_INTO_THE_BUTTERFLY)
def test_an_oral_liquid_given_into_the_butterfly_is_a_never_event(text: str) -> None:
    assert never_event_codes(text) == ("5", None)


NO_WRONG_ROUTE = [
    "Oramorph 5mg drawn up in an oral syringe and given orally as prescribed. Sub cut butterfly "
    "in situ for PRN morphine.",
    "Morphine 2.5mg drawn up for the sub cut butterfly and given as prescribed.",
    "lactulose drawn up in purple syringe for the PEG, given via PEG. butterfly in situ",
    # another ward's event told at a teaching session: not this report's
    "Teaching session on the ward about the never event on another ward in March when oramorph "
    "was drawn up for a pt's sub cut butterfly and given into it. enteral syringes now kept in "
    "every treatment room.",
]


@pytest.mark.parametrize("text", NO_WRONG_ROUTE)
def test_an_injection_for_the_butterfly_or_an_oral_dose_given_orally_is_neither(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, None)
