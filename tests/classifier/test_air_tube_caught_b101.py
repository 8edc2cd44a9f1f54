"""Helper H52: an oxygen device on the air caught before it went on, and a misplaced tube told
never used (batch 101).

- An oxygen device joined to the air and told not yet on the patient in words with no verb of
  putting on ("Mask wasn't on the pt yet", "the specs were not yet on her") or in the passive
  ("The mask had not been applied"), on a fitting told with its label after it ("the white AIR
  flowmeter", "the flowmeter marked air"): near miss 15, which the reach model may not turn
  round. A mask told fitted badly ("had not been fitted properly") was on the patient.
- A T-piece is an oxygen device; set up on the air and caught "before pt was connected", with
  the catch told before it, it is near miss 15. The patient word of "the T-piece for the
  incoming pt and it was attached to the air" does not put the patient on the air; a "before
  she was connected" that only dates an earlier obs, and a time told on the air ("3 hrs on the
  air flowmeter"), leave the never event.
- A misplaced gastric tube told never used ("Tube not used", "NGT has not been used", "did not
  use the tube"): near miss 13, which the reach model may not turn round; a use denied only from
  then on ("not used again", "not used since", "did not use the tube after that") tells one
  before, and the never event stays.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

DEVICE_NOT_YET_ON = [
    "Venturi 35% set up for bed 4 by HCA, tubing is on the flowmeter marked AIR. Mask wasn't on "
    "the pt yet, RN swapped it to O2.",
    "Resus bay: nasal specs tubing was on the wall flowmeter AIR not the oxygen one. The specs "
    "had not been put on yet, moved across to O2 then applied.",
    "A non-rebreathe mask for the incoming trauma pt had been connected to the medical air "
    "outlet. The mask had not yet been applied when the nurse in charge noticed.",
    "Student set up hudson mask 4L for pt in side room 2, the tubing was on the flowmeter "
    "labelled air. The hudson was not on the patient at that point. Changed to O2.",
    "Pt in ED needing O2. HCA put the venturi tubing on the white AIR flowmeter. Venturi mask "
    "wasn't on the pt yet; RN spotted it and moved to O2.",
    "Day unit. Pt prescribed O2 post sedation. HCA had put the specs tubing on the medical air "
    "outlet, the specs were not yet on her. RN noticed and moved it to the oxygen.",
    "Cath lab: pt needing O2 post procedure. The simple face mask in recovery was attached to "
    "the medical air terminal. The mask had not been applied at the time, pt stayed on the "
    "transfer cylinder.",
]


@pytest.mark.parametrize("text", DEVICE_NOT_YET_ON)
def test_an_oxygen_device_on_the_air_told_not_yet_on_the_patient_is_a_near_miss(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, "15")


T_PIECE_CAUGHT = [
    "Recovery bay 2: the T-piece for the pt coming out of theatre was plugged into the air "
    "outlet. Anaesthetist noticed before the pt was connected. Changed over.",
    "PACU: Ayre's T-piece set up attached to the air by the ODP. Recovery nurse spotted it at "
    "handover, before pt was connected, swapped across.",
    "ODP set up the T-piece for the next pt, it was attached to the air. Spotted at handover "
    "before pt was connected, swapped to O2.",
    "ITU: trachy T-piece set up on the air flowmeter for bed 7. Staff nurse spotted it before "
    "he was attached, changed to the oxygen flowmeter.",
]


@pytest.mark.parametrize("text", T_PIECE_CAUGHT)
def test_a_t_piece_on_the_air_caught_before_the_patient_was_connected_is_a_near_miss(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, "15")


TUBE_NEVER_USED = [
    "NGT inserted on ward 9 at 14:00. CXR: tip in the right lower lobe bronchus. The NGT was not "
    "used, removed and repassed by the nutrition nurse.",
    "OGT passed in NICU, xray showed it in the left main bronchus. Tube hasn't been used. "
    "Re-sited.",
    "NG placed in ventilated pt, CXR: tube in R main bronchus, sats dropped to 88% during "
    "insertion. NG never used, withdrawn and re-sited with x-ray confirmation.",
    "NICU: OGT passed, baby desaturated to 80s, xray showed tube in R main bronchus. OGT never "
    "used, removed and repassed under supervision.",
    "HDU. Fine bore NGT passed in intubated pt, check film shows it through the left bronchus "
    "into the pleura, new L pneumothorax, sats 90%. Tube was not used. Drain inserted, NGT out.",
    "NGT passed by F1 at 02:00, post insertion xray shows the tip in the right pleural space "
    "with small pneumothorax. NGT has not been used. Removed, resp reg informed.",
    "ICU. Pt ventilated, NG sited blind, CXR: tube coiled in the right main bronchus, sats 88%. "
    "We did not use the NG, it was removed and re-sited by the consultant.",
]


@pytest.mark.parametrize("text", TUBE_NEVER_USED)
def test_a_tube_told_never_used_after_the_xray_is_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "13")


AIR_REACHED = [
    "Venturi set up on the flowmeter marked AIR and put on the pt. 2 hrs later sats 84%, found "
    "on air. Changed to O2.",
    "Pt on 2L via nasal specs, found at 06:00 with sats 85%, tubing on the air flowmeter. "
    "Switched to O2.",
    "T-piece was attached to the air in recovery; pt had been on it for 20 minutes, sats 88%, "
    "anaesthetist changed it to O2.",
    "Recovery: the incoming post-op pt was attached to the air via the T-piece, found 10 mins "
    "later with sats 86%.",
    "Recovery: T-piece was attached to the air, pt had been on it 15 mins, sats fell to 84%, "
    "changed to O2.",
    "ODP set up the T-piece for the post-op pt and it was attached to the air. Pt was connected "
    "and found 20 mins later sats 85%.",
    "Pt on 2L nasal specs. The obs at 17:00 were 91%, which was before she was connected to the "
    "air flowmeter after the move; found at 21:00 sats 82% with specs on the air.",
    "Pt on venturi mask found sats 83%, the mask had not been fitted properly and the tubing was "
    "on the air flowmeter.",
    "Pt on 28% venturi, mask tube on the flowmeter labelled AIR, sats 86% at 4am obs, switched "
    "to O2.",
    "Pt was connected to the air flowmeter via her nasal specs and stayed on it for 3 hours, "
    "sats fell to 85%.",
    "A pt that was on 2L O2 was found connected to the air flowmeter, sats 84%.",
]


@pytest.mark.parametrize("text", AIR_REACHED)
def test_an_oxygen_device_on_the_air_that_reached_the_patient_stays_a_never_event(
    text: str,
) -> None:
    assert never_event_codes(text) == ("15", None)


TUBE_USED_BEFORE = [
    "NGT passed, 100ml water flush given, then CXR showed it in the R bronchus. Tube not used "
    "again, removed.",
    "NG placed, feed started at 30ml/hr overnight. Am xray: tip in L lung. Tube not used since, "
    "removed.",
    "NG tube passed and 50ml water flush given; xray then showed tip in the right bronchus. Tube "
    "was not used for feed.",
    "NGT placed, feed run at 40ml/hr for 2 hrs, then pt coughing, CXR tip in R lung. Did not use "
    "the tube after that.",
    "NG placed, xray showed it in the left bronchus but the nurse did not look at the report and "
    "gave 10ml water. Tube removed.",
    "NG placed, CXR tip in R lung, 10ml water flush had already gone down before the film was "
    "looked at. Tube not used after that.",
]


@pytest.mark.parametrize("text", TUBE_USED_BEFORE)
def test_a_tube_used_before_its_denial_from_then_on_stays_a_never_event(text: str) -> None:
    assert never_event_codes(text) == ("13", None)


def test_a_tube_found_in_the_lung_and_removed_before_use_stays_a_near_miss() -> None:
    text = "NG placed, x-ray shows tip in the right main bronchus, removed before use."
    assert never_event_codes(text) == (None, "13")


LOOK_ALIKES = [
    "Pt's salbutamol nebs prescribed to be air driven; neb mask on the air flowmeter as charted.",
    "Walk round: venturi tubing on the flowmeter marked AIR at an empty bedspace, no pt in the "
    "bed.",
    "NGT placed, CXR confirmed tip below the diaphragm in the stomach, tube not used until "
    "dietitian review.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_air_prescribed_an_empty_bedspace_and_a_tube_in_the_stomach_stay_neither(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, None)
