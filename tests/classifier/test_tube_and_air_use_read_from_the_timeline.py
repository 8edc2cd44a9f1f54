"""What reached the patient, read from the timeline (engine.tube_and_air_use).

A misplaced gastric tube is never event 13 when something went down it before it was found in
the airway: a giving verb with a thing that can go down a tube as its object, a feed, flush,
water, milk, a medicine or a feed product named ("started Jevity", "gave the 06:00
co-careldopa dispersible", "used to administer omeprazole", "proceeded to give levetiracetam"),
told before the finding's first telling. Still to come ("ready to give", "did not give"), by
another route, or after the finding (the redo through a new tube) it is no use: near miss 13.

An oxygen device on the air outlet is never event 15 when the patient is told on it after the
connection: a saturation reading, a harm of the air or time told passing ("At 4hr obs sats
85%, picked up by outreach", "Sats stayed 92-93%, picked up by the cons on the ward round"),
whatever catch word follows. The patient told off it ("not connected to pt", "not on the pt"),
a reading after the device moved to the oxygen, or a delay of something else ("transfer 15
min late") keep the near miss or the null."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

TUBE_USED = [
    "NG tube passed by SN, no aspirate obtained, 20ml water flush given to clear it. Pt "
    "coughed and desatted, CXR: tip in the L main bronchus.",
    "Fine bore NGT re-sited overnight. RN started Jevity at 40ml/hr at 0300. Morning film"
    " reported the tube in the right lower lobe.",
    "pt had IV phenytoin switched to liquid so FY2 gave it down the NG straight after "
    "insertion; x-ray afterwards showed it in the trachea",
    "Night staff put meds down the ngt without checking placement, next day cxr tube in R"
    " bronchus, aspiration pneumonia",
    "ng tube inserted, pH 6, feed commenced anyway as pt hadnt eaten for 3 days. 2hrs "
    "later resp distress, CXR - tube in left lung.",
    "Ward 7. NGT pushed back in by HCA after it slipped, nurse gave the 10am meds through"
    " it. Later coughing, xray tube in airway.",
    "About 100ml of feed had gone in via the NG tube by the time the x-ray report came "
    "back showing it in the right main bronchus.",
    "new NGT passed by the night nurse, aspirate not obtained, she gave the 06:00 "
    "co-careldopa dispersible down it anyway. Post-take CXR: tip in R main bronchus.",
    "OGT sited on NNU, 3ml EBM given at 09:00 via the tube. The xray at 11:00 reported "
    "tip in right bronchus.",
    "agency RN commenced Osmolite via the NG at 22:00; at 06:00 pt SOB, CXR shows NG in L"
    " lower lobe bronchus.",
    "HCA told the pt was fine to have meds, nurse proceeded to give paracetamol "
    "suspension through the ngt, next morning film showed it in the trachea",
]

TUBE_CAUGHT = [
    "NG placed, no aspirate, x-ray requested - tube in R lung. Removed before anything was given.",
    "NGT passed, CXR checked by reg before use showed tip in the left bronchus. Tube "
    "withdrawn and re-passed, nothing given down it.",
    "nurse had the syringe of meds ready but the ph was 8 so she sent for cxr - tube in "
    "trachea. meds not given, re-sited.",
    "Feed bag hung and primed, then the xray report came through: NG in R main bronchus. "
    "Not connected. Tube out.",
    "OGT in SCBU, xray before first feed showed it in the airway. Re-passed. No milk given.",
    "Post-insertion CXR for NGT: tip in the right lower lobe. Removed immediately, no "
    "feed or meds had been put down it.",
    "FY1 about to sign off the NG for use when the radiologist rang to say it was in the "
    "lung. Nothing given, tube removed.",
    "NG passed, xray before use showed tube in L bronchus. Meds were ready to give but "
    "held. Removed.",
    "NGT in; no aspirate so I did not give the morning meds, cxr showed the tube in the R"
    " lung. Removed and repassed.",
]

TUBE_NULL = [
    "NG tube coiled in the mouth on inspection, removed and re-passed, no feed given.",
    "NJ tube tip in duodenum on AXR, feed started, no issues.",
    "Audit of NG placement: no misplaced tubes found this quarter, 2 x-rays not documented.",
    "NGT fell out, feed delayed 6 hours until re-passed and confirmed on xray in the stomach.",
]

AIR_REACHED = [
    # (a denial of the air told before a later connection: the time on it after that decides)
    "Moved the specs tubing to the oxygen outlet before putting the specs on at 10:00, pt "
    "never on air then. At 12:00 the HCA reconnected the nasal specs to the air flowmeter "
    "and the pt stayed on it for 2 hours, sats 85%.",
    "Pt on 4L O2 via nasal specs, after moving bays the HCA connected him to the air "
    "flowmeter. Sats dropped to 84% an hour later.",
    "COPD pt needing 24% venturi was found on medical air for approx 3 hours after "
    "transfer from ED.",
    "post op pt in recovery, mask on the air outlet instead of O2, sats 89% noticed by "
    "anaesthetist after 15 min",
    "child on PAU, face mask oxygen meant at 5L, tubing plugged into air - spo2 drifted "
    "to 88 over half an hour before a nurse noticed",
    "Nasal cannula attached to the AIR flowmeter by porter on return from x-ray, pt "
    "requires 2L O2. Found at next obs, sats 86%.",
    "Pt on 2L O2 via specs moved to side room, HCA attached tubing to the air flowmeter. "
    "At next obs sats 84%, nurse found it on air.",
    "COPD pt on 28% venturi. After the scan the porter connected her mask to the AIR "
    "outlet. Sats sitting 88% for an hour, noticed by the reg on the ward round.",
]

AIR_CAUGHT = [
    "Bed space set up for admission with the mask on the air flowmeter; spotted by the "
    "nurse in charge before the pt arrived.",
    "SN connected the O2 tubing to air, realised before putting the mask on the pt. Changed to O2.",
    "Student nurse went to plug the nasal specs into the air outlet, stopped by mentor "
    "before connecting to the pt.",
    "Pt due on 4L O2 via mask; mask tubing connected to air flowmeter, noticed before it "
    "went on the pt, not connected to pt. Changed to O2, sats 95%.",
]

AIR_NULL = [
    "O2 cylinder found empty on arrival to the ward, pt sats 88%, changed to wall oxygen.",
    "Air and O2 outlets are side by side in bay 3, risk raised, no pt affected.",
    "Salbutamol nebs prescribed to be driven by air for CO2 retainer, given on air as per chart.",
    "pt sats low, O2 tubing found disconnected from the flowmeter, reconnected, sats improved.",
    "Air cylinder brought for the transfer found at the pre-transfer check, pt not "
    "connected, transfer delayed 20 min late.",
]


@pytest.mark.parametrize("text", TUBE_USED)
def test_tube_used(text: str) -> None:
    assert never_event_codes(text) == ("13", None)


@pytest.mark.parametrize("text", TUBE_CAUGHT)
def test_tube_caught(text: str) -> None:
    assert never_event_codes(text) == (None, "13")


@pytest.mark.parametrize("text", TUBE_NULL)
def test_tube_null(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", AIR_REACHED)
def test_air_reached(text: str) -> None:
    assert never_event_codes(text) == ("15", None)


@pytest.mark.parametrize("text", AIR_CAUGHT)
def test_air_caught(text: str) -> None:
    assert never_event_codes(text) == (None, "15")


@pytest.mark.parametrize("text", AIR_NULL)
def test_air_null(text: str) -> None:
    assert never_event_codes(text) == (None, None)
