"""Helper H17: a misplaced gastric tube or an oxygen device on the air, told with the words of
the act (running, hung, drawn up, connected, turned on) and caught before it reached the
patient, the catch often told late.

- A feed run through the giving set to prime it, or water drawn up and attached to the port,
  went into the set or the syringe, not down the tube: found in the airway before the pump
  was started or the plunger pushed, near miss 13. A feed hung, primed and then run down the
  tube before the film was read stays never event 13.
- An oxygen device put on the air flowmeter and turned on, seen before it went on the patient
  ("before I put it on", "before attaching it to the trache", "before transferring him
  over", "before the swap") or with the patient told staying on the supply he came on
  ("stayed on his cylinder"): near miss 15, though the mask was left lying on his pillow (his,
  not a spare set-up nobody used). The patient told breathing from it (a sats reading, time
  on it) before the catch stays never event 15.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NEAR_MISS_13 = [
    "Feed line being primed on the pump, running into a gallipot, when the SpR phoned: NG on "
    "the film is in the left main bronchus. Line never connected, nothing given.",
    "NGT passed 10:15. Jevity hung and run through the set to prime it while waiting on the "
    "xray. Xray reported tip in R lower lobe bronchus. Giving set never joined to the tube. "
    "NGT removed.",
    "pump primed with the feed at the bedside, set not connected to the pt yet. reg rang - "
    "ng in trachea on cxr. feed binned, tube pulled",
    "20ml water drawn up in a purple enteral syringe and put on the end of the NG, I was about "
    "to flush when the FY2 came to say the tube was in the right lung on xray. Syringe taken "
    "off, nothing flushed, tube out.",
    "Meds drawn up for the newly passed NG tube and the syringe attached to the port. Before "
    "pushing it the nurse rechecked the CXR report: NG in the bronchus. Not given.",
    "Overnight feed hung on the stand and primed through the giving set into the sink at "
    "01:00. Set then attached to the NGT with the pump on hold pending the film. At 01:40 the "
    "film showed the tip in the right bronchus; pump never started.",
]

NEVER_EVENT_13 = [
    "Feed hung and primed, connected to the NG and run at 60ml/hr from 14:00. The 16:00 "
    "xray was reported at 18:00: tube in the right main bronchus. Feed stopped.",
    "NG tube placed, no aspirate. Water flush drawn up and pushed through the tube before the "
    "CXR had been looked at. CXR then showed the tip in the left lung. Pt coughing.",
    "Giving set primed, then the feed was started via the NGT at 22:00. Next morning the "
    "radiologist reported the NG tip in the right lower lobe bronchus.",
    "Nurse drew up 10ml sterile water, flushed the new NG and started the feed. Two hours "
    "later the film was reviewed: the tube was in the trachea.",
    "Bolus of 50 mL water pushed down the fine-bore NG to check it was patent, then the xray "
    "came back with the tip in the R bronchus. Pt desaturated.",
    "feed set primed + connected + pump started 0300. at 0700 reg saw cxr: ngt in left lung. "
    "approx 200ml feed given. pt to ICU",
]

NEAR_MISS_15 = [
    "Nasal cannula tubing pushed onto the flowmeter and turned up to 3 L. Before I put it on "
    "the gentleman my colleague pointed out it was the air flowmeter. Changed to the oxygen "
    "one.",
    "Resus bay: NRB mask plugged into air outlet and running ready for the pt from the "
    "ambulance. Pt stayed on the crew's cylinder while the nurse moved the mask to the O2.",
    "trache mask circuit set up by agency nurse on medical air instead of O2, flowing. staff "
    "nurse checked it before attaching it to the trache, swapped to o2. pt remained on his "
    "current oxygen circuit",
    "Theatre recovery - venturi mask tubing put onto the AIR flowmeter ready for pt coming "
    "out. Recovery RN spotted it before transferring her over from the anaesthetic cylinder. "
    "Moved to O2.",
    "Specs connected to the air flowmeter and turned on at 4L. HCA noticed before the swap "
    "from the portable oxygen. Pt stayed on the portable O2 until it was sorted.",
    "mask put on air flowmetre by mistake, 5L, nurse saw the colour before she put it on the "
    "patients face. changed to oxygen, pt fine on her nasal specs meantime.",
    "Pt requiring O2 2L via nasal specs. New specs set up on the air outlet on the wall and "
    "switched on. Noticed before putting them on her. Moved to oxygen.",
    "Venturi set up for Mr B and plugged into the air flowmeter at 4L, mask left lying on his "
    "pillow while I got the obs machine. Nurse in charge saw it; swapped to O2 before it went "
    "on him.",
]

NEVER_EVENT_15 = [
    "Nasal specs connected to the air flowmeter at 2L and put on the patient. Sats dropped to "
    "86% over 30 mins before the HCA noticed and moved the tubing to O2.",
    "Pt on 4L O2 via mask. After the transfer the mask tubing was put on the air flowmeter. "
    "Found 45 minutes later with sats 84%. Switched to oxygen.",
    "Pt's mask tubing was connected to the air flowmeter and he stayed on it for 2 hours "
    "before the nurse noticed, sats 88% on 3L.",
    "Pt's specs had been on the medical air flowmeter since the swap from the cylinder, sats "
    "89%, picked up by outreach an hour later.",
    "Trache pt on humidified circuit running from the air flowmeter instead of oxygen, sats "
    "85% at 4 hr obs. Moved to O2 before I left.",
    "Mask connected to air rather than oxygen after the nebuliser. Pt on it for 40 mins, sats "
    "fell to 87%, then the student noticed before the handover.",
    "Before transfer to the ward the pt was put on nasal specs on the air flowmeter in ED; "
    "sats 85% on arrival. Moved to oxygen.",
]

BOTH_NULL = [
    "Spare specs found on the air flowmeter at an empty bedspace during the bay check. No "
    "patient in the bed. Removed.",
    "Feed pump primed with water to check it worked before it went back to the equipment "
    "library. No patient involved.",
    "Pt on room air, sats 98%, O2 stopped yesterday. Specs put back on for comfort on the air "
    "flowmeter by the HCA. Removed; pt does not need oxygen.",
    "Fine bore NG passed, feed hung ready and primed, pump not started. CXR reviewed: tip "
    "below the diaphragm in the stomach. Feed started as planned.",
    "Air-driven nebuliser set up on the medical air flowmeter as prescribed for the COPD pt, "
    "O2 via specs continued alongside. No issue.",
]

CASES = (
    [(text, (None, "13")) for text in NEAR_MISS_13]
    + [(text, ("13", None)) for text in NEVER_EVENT_13]
    + [(text, (None, "15")) for text in NEAR_MISS_15]
    + [(text, ("15", None)) for text in NEVER_EVENT_15]
    + [(text, (None, None)) for text in BOTH_NULL]
)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_tube_and_air_caught_late(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
