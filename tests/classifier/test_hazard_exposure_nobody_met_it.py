"""Whether anyone met the hazard (engine.hazard_exposure): never events 9, 10, 11, 14, 15.

A rail, window, bed-rail gap, hot water or air flowmeter found at a check is a hazard, not a
never event, when the report tells nobody met it, in any wording: a subject naming nobody with
a verb of meeting it ("nobody got in", "no pt had used the shower", "No residents were bathed
in it", "nobody was in the bed"), a patient whose verb of meeting it is negated ("pt had not
been connected to medical air", "the resident wasn't in the bathroom"), the place told empty
("bedroom was unoccupied"), or no incident told as having happened. The air named only to be
denied ("Not air", "oxygen not air") names no air supply for the learned never event 15.

What stays: a patient who met the hazard (scalded, on the air, trapped, fell, hanging) is the
never event whatever "no other patients affected" or "nobody else" the report adds; a device
put on the air or a patient on the way into the water and caught is the near miss.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

#: Nobody met the hazard: both null.
NOBODY_MET_IT = [
    "Weekly legionella temp check of the assisted bath on Ward 7: hot tap ran at 58C. "
    "No patient was using the bathroom. TMV replaced by estates.",
    "During the monthly water temperature audit the shower in the en-suite of room 3 "
    "reached 55 degrees. Room unoccupied, nobody had showered. Shower isolated.",
    "Estates flushing check found the basin hot water at 62C in bay 4 toilet; no pt "
    "exposed, outlet taken out of use",
    "HCA ran the bath for Mrs K, tested it - 50C, far too hot. Mrs K was still in her "
    "bedroom. Bath drained, estates called.",
    "O2 flowmeter check on the night round: air flowmeters found fitted in 3 empty "
    "bed spaces. No patients connected. Removed.",
    "pt desaturated to 85%, oxygen tubing had come off the O2 flowmeter, reconnected, "
    "sats 95%. The air flowmeter was not in use and the pt was never on air.",
    "Medical gases audit: 12 air flowmeters left in wall outlets across the medical "
    "wards, none in use. No incidents reported.",
    "Environmental ligature audit on Rowan ward found the shower curtain rail in "
    "bedroom 6 did not collapse at the test load. Room empty at the time; no patient "
    "had used it. Rail replaced.",
    "Window check by estates: restrictor on the 3rd floor day room window was "
    "missing, window opened fully. No patients had been near it, no fall. Window "
    "locked shut.",
    "Bed rail audit on ward 9: 4 beds had rails with gaps wide enough to trap a neck. "
    "No patient affected, beds withdrawn.",
    "pt on 2L O2 via NC, sats dropping to 84%. found the tubing had disconnected from "
    "the oxygen flowmeter. Reconnected, sats up to 94. No air involved.",
    "Shower temperature tested by the RMN before the young person went in: 56C. She "
    "had not gone in, shower isolated and estates informed.",
    "hot water temp at the sink in the sluice measured at 65C by estates on the "
    "routine check, nobody was scalded, TMV fitted.",
    "spot check of oxygen points on AMU: the air flowmeter in bay 2 bed 4 had a "
    "Venturi mask hanging off it, bed empty, no pt had been in the bed since the "
    "morning.",
    "Subject: hot water Bathroom 3. HCA ran the bath and did the thermometer check, "
    "read 54 degrees. Nobody got into it, bath drained and estates called.",
    "scalding hot water from the shower in the ensuite of rm 12 reported by the "
    "cleaner. no pt had used the shower that day. Shower isolated pending TMV repair.",
    "Hot water temperature at the assisted bath was 60C on the legionella check by "
    "estates. No residents were bathed in it; bathroom locked.",
    "Bath thermometer showed 51 oC when SN ran the bath for bed 6. pt was not in the "
    "bathroom yet. bath emptied + refilled at 38.",
    "Night staff noted that the air flowmeter was plugged into the wall at bed 9 next "
    "to the O2. no pt connected to it, removed and put in the store room.",
    "Medical air flowmeter found on the outlet in side room 2 during the matron walk "
    "round - the O2 mask was hanging on it, but the room was empty since discharge "
    "this morning.",
    "Ward 12 risk assessment: air and oxygen outlets identical and air flowmeters "
    "left in. No incidents have been reported but staff concerned.",
    "Pt sats 88% on 2l, nasal specs tubing found disconnected at the humidifier. pt "
    "had not been connected to medical air, O2 flowmeter correct. Reconnected, sats "
    "95%.",
    "Hot tap in the bathroom on Oak ward delivering scalding water (measured 63C) - "
    "reported by RMN. nobody hurt, no patients had bathed, TMV replaced.",
    "Scald risk: bath hot water at 58C at the pre-use check, the resident hadn't gone "
    "in, nobody scalded. Maintenance informed.",
    "Pt became hypoxic on the ward, sats 82%. O2 cylinder on the bed had run empty "
    "during the transfer from x-ray; not an air issue. New cylinder, sats 96%.",
    "sats dropped 86% - the nasal cannula had come out of her nose while asleep, "
    "flowmeter on oxygen not air at 2L. Replaced, sats 95.",
    "Night HCA thought pt in bed 7 was on the wrong flowmeter but checked with the "
    "nurse: green O2 flowmeter, no medical air connected. Pt sats 94% on 2L.",
    "Venturi tubing kinked under the mattress, pt SpO2 85% on 28%. Not air - checked "
    "at the wall, oxygen flowing. Tubing freed, sats up.",
    "Assisted bath temp 55C when tested by HCA at 7am, the resident wasn't in the "
    "bathroom, bath drained & estates called",
    "Estates on the weekly flush found the shower in room 8 running at 59 degrees. "
    "bedroom was empty (pt on leave). Shower isolated.",
    "Bed rail gap check by the moving and handling lead on Ward 6: the new bumpers "
    "left a 15cm gap at the head end where a neck could be trapped. Nobody was in the "
    "bed at the time, bed withdrawn.",
    "Window on the 2nd floor day room found opening fully, restrictor cable snapped. "
    "No patient was near the window; room locked and estates called.",
    "MH ward: curtain rail in the seclusion room en-suite found not to collapse on "
    "the annual test. No patient has been in the room since it was refurbished.",
]

#: The error made and caught before the patient met it: the near miss.
CAUGHT = [
    (
        "15",
        "bed space prepped for admission from ED; nurse put the nasal specs tubing onto "
        "the air flowmeter by mistake, noticed by the nurse in charge before the pt "
        "arrived. pt never on air.",
    ),
    (
        "15",
        "Staff nurse set up the venturi mask on the AIR outlet for the post-op pt but "
        "spotted the label before putting the mask on his face. Moved to O2. Pt not "
        "connected to air at any point.",
    ),
    (
        "14",
        "HCA about to lower Mr D into the bath with the hoist when the thermometer read "
        "52C - hoist stopped, he did not touch the water.",
    ),
    (
        "13",
        "NGT passed, aspirate pH 7, CXR showed tube in the R main bronchus. Tube removed "
        "before any feed or meds were given.",
    ),
    (
        "15",
        "Student nurse set up O2 for the bed expected from theatre but put the tubing on "
        "the AIR flowmeter. Spotted by RN before pt arrived, pt was never connected to "
        "air. Changed to O2.",
    ),
]

#: The patient met the hazard: the never event, whatever else the report tells.
MET_IT = [
    (
        "14",
        "Mrs T was hoisted into the bath, water too hot, she shouted and was lifted out. "
        "Red blistered skin on both calves, burns team reviewed. Nobody had checked the "
        "temp.",
    ),
    (
        "15",
        "Pt found connected to the air flowmeter instead of O2 after transfer from ED, "
        "sats 82%. Moved to oxygen, sats recovered.",
    ),
    (
        "15",
        "Pt on 4L O2 via face mask, at 0300 found the mask tubing on the medical air "
        "flowmeter, had been on air for approx 2 hrs, sats 86%.",
    ),
    (
        "9",
        "YP found hanging from the curtain rail in her bedroom on the adolescent unit, "
        "the rail did not collapse. Cut down by staff, taken to ED.",
    ),
    (
        "10",
        "Pt fell from the 2nd floor window of the ward, restrictor had been removed. "
        "Fractured pelvis.",
    ),
    (
        "11",
        "pt found with his neck trapped between the bed rail and the mattress, cyanosed, "
        "freed by staff.",
    ),
    (
        "13",
        "NG tube inserted, no aspirate so 10ml water flush given, pt coughing, CXR showed "
        "the tube in the right lung.",
    ),
    (
        "14",
        "Resident showered by carer, water came out scalding when the hot tap surged, "
        "scalded her back. The weekly water check had been done the day before and was "
        "normal.",
    ),
    (
        "14",
        "Audit after the incident: Mr P scalded in the bath on 3/4 (superficial burns to "
        "feet). All TMVs on the unit checked; 2 others faulty, no other patients "
        "affected.",
    ),
    (
        "15",
        "Agency nurse attached the nasal cannula to the air flowmeter for a pt needing "
        "O2, found 40 min later by the NIC, sats 88%. No other patients affected.",
    ),
    (
        "9",
        "Pt on acute MH ward tied a belt to the shower rail and hung from it, rail failed "
        "to collapse. Found by staff on obs, no lasting injury. Ligature audit had passed "
        "the rail last month.",
    ),
    (
        "13",
        "Feed started via NGT after pH 5; 2 hrs later pt SOB, CXR: NGT in the left lower "
        "lobe bronchus. Feed stopped.",
    ),
    (
        "14",
        "HCA ran the bath, checked the temp as 38, then put the pt in, but the hot tap "
        "was left dripping; after 10 mins pt complained, red skin to both feet - scald.",
    ),
    (
        "11",
        "Pt's neck trapped in the gap between rail and headboard, red mark on neck. No "
        "other beds affected on the audit that followed.",
    ),
    (
        "14",
        "Resident bathed by agency carer, water too hot, scald to both feet with "
        "blistering. No other residents had used that bathroom.",
    ),
    (
        "14",
        "pt in the shower on ward 5 when the water went scalding, she screamed, red burns "
        "to her back. nobody else was in the shower room.",
    ),
    (
        "15",
        "Pt on 3L O2 via NC transferred to bay 4, specs plugged into the air flowmeter by "
        "the porter, sats dropped to 84% over 1 hr. No other patients on the bay "
        "affected.",
    ),
    (
        "15",
        "found mrs K on the air flowmeter instead of O2 (needs 2L for sats 92-96), she "
        "was drowsy and sats 81%. nobody else connected to air on the ward when checked.",
    ),
    (
        "11",
        "Pt's head and neck trapped between bed rail and mattress, red marks across "
        "throat, freed by HCA. None of the other beds on the bay had gaps.",
    ),
    (
        "10",
        "pt jumped from the 1st floor bedroom window, restrictor found to have been "
        "broken off, fractured ankle. All other windows checked, no other patients "
        "exposed.",
    ),
    (
        "9",
        "MH inpatient found hanging from the shower rail in her en-suite, rail had not "
        "collapsed, cut down by staff, CPR. Estates audit of all rails followed; no other "
        "patients had been in that room.",
    ),
    (
        "14",
        "HCA put Mr P in the bath without checking the temp - he shouted it was too hot "
        "and had red scalded skin on both legs. Nobody had checked the TMV since June.",
    ),
    (
        "15",
        "Mr R needs O2 for his COPD (target 88-92) - after the transfer his venturi was "
        "found on the air flowmeter, sats 79%. Nobody noticed for 2 hrs.",
    ),
    (
        "13",
        "NGT placed, feed started at 14:00 without xray. pt desaturated, CXR: tube in R "
        "bronchus. Nobody had checked the aspirate.",
    ),
    (
        "14",
        "Pt was showered by the HCA; water came out very hot and scalded her shoulder "
        "(blistered). Nobody in the bathroom had noticed the temperature display.",
    ),
    (
        "15",
        "Pt needing 4L O2 was put on the air flowmeter after a ward move, sats 85% for 40 "
        "mins. No incident form had been done by the day staff.",
    ),
    (
        "15",
        "Pt on 2L O2 found with the nasal specs on the medical air flowmeter not the "
        "oxygen one, sats 84%. Moved to O2.",
    ),
    (
        "15",
        "post op pt needing O2 - mask was running off air not oxygen for about an hour, "
        "sats 88%, noticed by the night nurse.",
    ),
    (
        "14",
        "Pt was not in the bath long, maybe 2 mins, but the water was scalding and she "
        "has blisters on both feet.",
    ),
    (
        "15",
        "Pt had not been on oxygen for long when the HCA moved the tubing to the air "
        "flowmeter by mistake; sats fell to 82% over 30 mins.",
    ),
    (
        "10",
        "Patient on 3rd floor ward fell from the window after the restrictor was removed "
        "by contractors. No patient had been told the window was unsafe.",
    ),
    (
        "9",
        "On PICU pt hung from the curtain rail in her room; the rail failed to collapse. "
        "Nobody was on the corridor at the time. CPR by staff.",
    ),
]


@pytest.mark.parametrize("text", NOBODY_MET_IT)
def test_nobody_met_the_hazard(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(("code", "text"), CAUGHT)
def test_caught_before_the_patient_met_it(code: str, text: str) -> None:
    assert never_event_codes(text) == (None, code)


@pytest.mark.parametrize(("code", "text"), MET_IT)
def test_the_patient_met_the_hazard(code: str, text: str) -> None:
    assert never_event_codes(text) == (code, None)
