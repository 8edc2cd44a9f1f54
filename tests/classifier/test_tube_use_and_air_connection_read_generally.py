"""Whether a misplaced gastric tube was used and whether the patient was on the air (never
events 13 and 15, `engine.tube_and_air_use`). A giving down a tube whose place was not known (no
aspirate) that the airway answered (coughing, desaturating, going dusky) is never event 13 with
or without a film; a conjunction opens the giving's own predicate ("got no aspirate and gave 30
ml of water through it"); "put the feed up" is a giving. A never event told as another trust's
or the nation's denies the tube and air words of its sentence; a belief about what had happened
("thought the pt had been connected to medical air") is a claim the report can answer, as is a
complaint "not upheld"; a query mark right after the finding raises it as a query; the reader's
second word ("actually oesophageal overlying - tube in stomach confirmed") disproves it; "the
pt's face mask" on the air is the device, not the patient; "about to put it on" is the device
not yet on; "the same flowmeter" after an air-driven nebuliser is the air one. Tubes used
before or after the finding, tubes caught before use, air set-ups caught and intended air stay
as they were.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    (
        "13",
        None,
        "NGT passed by HCA on nights, no aspirate obtained so she flushed 20ml water down it "
        "to check, pt coughing. CXR later - tip in R bronchus.",
    ),
    (
        "13",
        None,
        "F2 reviewed the CXR and documented NG ok to use, 100ml Ensure Plus given via NG. "
        "Consultant reviewed film next morning: NG in left lower lobe.",
    ),
    (
        "13",
        None,
        "NICU: 2ml EBM given via OGT then baby desaturated; xray showed OGT tip in the right "
        "main bronchus",
    ),
    (
        "13",
        None,
        "Staff nurse administered the morning meds (levetiracetam liquid, lansoprazole) via "
        "the NG at 08:00. CXR at 10:00 showed the NG tube in the left lung.",
    ),
    (
        "13",
        None,
        "pt's NG re-inserted by agency RN who then put 50mls water through it 'to check it "
        "flushes' before aspirating. Pt desaturated. Xray: tube in trachea.",
    ),
    (
        "13",
        None,
        "feed ran for 3hrs at 60ml/hr through the nasogastric tube before it was noticed on "
        "the xray that the tube was sitting in the right main bronchus",
    ),
    (
        "13",
        None,
        "Pt fed via NG overnight; am CXR showed NG tip in the pleural space.",
    ),
    (
        "13",
        None,
        "no aspirate so the nurse pushed 10 mls of water down the NGT to clear it, pt "
        "coughing++ and dusky. xray showed the NGT curled in the R lung",
    ),
    (
        None,
        "13",
        "NG inserted, no aspirate, CXR requested: tube in R main bronchus. Removed, nothing "
        "had been given.",
    ),
    (
        None,
        "13",
        "Feed was hung and primed but not attached - radiologist phoned to say the NGT was in"
        " the left lung. Tube removed, feed discarded.",
    ),
    (
        None,
        "13",
        "OG tube placed on NNU. Before the first feed, xray showed the tip in the trachea. "
        "Re-sited, no feeds given through the first tube.",
    ),
    (
        None,
        "13",
        "Jnr dr about to sign off the NG as safe to use when the reg looked at the film: tip "
        "in the R lower lobe bronchus. Pulled before any use.",
    ),
    (
        None,
        "13",
        "pH 6 on aspirate so x-ray done: fine bore NG in the L lung. Removed and re-passed, "
        "pH 4, feed started.",
    ),
    (
        None,
        "13",
        "Meds held as NG position not confirmed; CXR reported NG tube in the right bronchus. "
        "Removed.",
    ),
    (
        None,
        None,
        "NG tube pulled out by pt overnight, re-passed by day team, pH 4, feed restarted.",
    ),
    (
        None,
        None,
        "NJ tube placed at endoscopy, AXR showed tip in jejunum, feed started.",
    ),
    (
        None,
        None,
        "No pH strips on the ward again, CXR needed for every NG check so feeds delayed by hours.",
    ),
    (
        None,
        None,
        "NG tube found coiled in the mouth before the feed, removed and re-passed, pH 3.",
    ),
    (
        "15",
        None,
        "pt with COPD on 2L nasal specs, back from x-ray and the HCA plugged the tubing into "
        "the air flowmeter. 1hr later sats 84%, found on air.",
    ),
    (
        "15",
        None,
        "Child on PAU with face mask O2 prescribed; mask connected to the medical air by "
        "mistake, picked up 30 mins later when sats fell to 88%.",
    ),
    (
        "15",
        None,
        "Recovery: O2 mask tubing was on the air outlet for the whole of her stay in "
        "recovery, noticed by the ward nurse on collection.",
    ),
    (
        "15",
        None,
        "Pt on 35% venturi was found attached to the medical air instead of oxygen on the "
        "night round.",
    ),
    (
        "15",
        None,
        "After the air driven neb finished the nasal cannula was plugged into the same air "
        "flowmeter instead of the O2. sats 86% at next obs.",
    ),
    (
        None,
        "15",
        "Student nurse set up the O2 mask on the air flowmeter for the incoming pt; mentor "
        "spotted the AIR label before the pt came onto the ward. moved to O2.",
    ),
    (
        None,
        "15",
        "HCA went to put the nasal cannula on the pt and noticed the tubing was plugged into "
        "the air flowmeter; swapped to O2 before it went on.",
    ),
    (
        None,
        "15",
        "O2 tubing connected to the air flowmeter was noticed by the RN before the pt was "
        "transferred onto the bed. Pt never on air.",
    ),
    (
        None,
        None,
        "pt on room air, sats 95%, O2 weaned off.",
    ),
    (
        None,
        None,
        "Air flowmeters found in 4 bays on the audit with no pts using them; removed.",
    ),
    (
        None,
        None,
        "Sats dropped, checked the wall: O2 flowmeter correctly connected, tubing had come "
        "apart at the mask. Reconnected, sats 94%.",
    ),
    (
        None,
        None,
        "Salbutamol neb given via air as prescribed for CO2 retainer, O2 specs continued "
        "throughout.",
    ),
    (
        None,
        None,
        "Daughter said mum had been put on air instead of oxygen; on investigation the "
        "flowmeter used was oxygen throughout, complaint not upheld.",
    ),
    (
        None,
        None,
        "O2 cylinder ran empty during transfer, sats 85%, new cylinder obtained.",
    ),
    (
        "13",
        None,
        "HCA re-passed the NG after pt pulled it out, couldnt get any aspirate so gave 10ml "
        "of sterile water 'to see if it was patent'. Pt started coughing and went grey, sats "
        "82%. NG removed.",
    ),
    (
        "13",
        None,
        "Night RN: no aspirate from the NGT, flushed it with 20mls water to try and get some "
        "back, pt became very SOB and coughing, NG pulled out, CXR showed fluid R lower zone.",
    ),
    (
        "13",
        None,
        "Fine bore NG passed at 16:00, xray requested as no aspirate. At 17:30 the bank nurse"
        " put the feed up at 40ml/hr as she assumed the film had been checked. Radiology "
        "report timed 16:45: tube in L main bronchus.",
    ),
    (
        None,
        "13",
        "pH 5 so staff nurse about to start the feed, but looked at the xray report first: NG"
        " in the trachea. Feed not started, tube out.",
    ),
    (
        None,
        "13",
        "NGT position xray: tube seen in R lung before use. removed and re-sited.",
    ),
    (
        None,
        "13",
        "NG misplaced on CXR, identified before any feed or meds were given.",
    ),
    (
        None,
        "13",
        "Could not get aspirate x3 so film taken: NG tip in the L lung. Pulled out, new tube,"
        " 2nd film ok, feed delayed 5 hrs.",
    ),
    (
        None,
        "13",
        "Feed set connected to the pump and primed but never attached to the NGT - xray then "
        "showed the NGT in the R main bronchus. Tube out.",
    ),
    (
        None,
        None,
        "NG xray initially reported as in L bronchus, then the radiologist said it was "
        "actually overlying the oesophagus and the tip was in the stomach. feed had already "
        "started. no harm.",
    ),
    (
        None,
        None,
        "Nutrition group: learning from a never event elsewhere where a pt was fed via an NG "
        "in the lung. Our audit found no misplaced tubes and no local incidents of feeding "
        "through a misplaced tube.",
    ),
    (
        None,
        None,
        "Pt pulled out his NGT at 0200, no one trained on nights to re-pass it so meds "
        "missed. Discussed blind re-passing without xray - refused as this is how misplaced "
        "tube never events happen.",
    ),
    (
        None,
        None,
        "Risk: no pH strips on the unit, worried a misplaced NG will be missed and fed.",
    ),
    (
        None,
        None,
        "NJ tube placed at the bedside, feed started, CXR later showed the NJ in the L lower "
        "lobe bronchus. Feed stopped.",
    ),
    (
        "15",
        None,
        "Air-driven neb given for salbutamol as prescribed; afterwards the HCA put his nasal "
        "specs onto the same flowmeter rather than the O2 one. Sats 88% at next obs an hour "
        "later.",
    ),
    (
        "15",
        None,
        "Trach pt on humidified O2: after suction the circuit was put back onto the medical "
        "air outlet instead of the oxygen, sats dropped to 85% over 15 mins.",
    ),
    (
        None,
        "15",
        "Mask found on the air flowmeter at 6L as the HCA was about to put it on the pt. "
        "Moved to O2.",
    ),
    (
        None,
        "15",
        "Nasal specs tubing was set up on the AIR flowmeter ready for the pt coming back from"
        " CT; colleague noticed before he arrived and moved it to the oxygen. He was never "
        "connected to air.",
    ),
    (
        None,
        None,
        "Handover said 'on air' meaning room air; day nurse thought he had been connected to "
        "medical air and escalated. On checking nothing was connected, pt on room air with "
        "sats 97%.",
    ),
    (
        None,
        None,
        "Trust circulated the national alert on air flowmeters: nationally patients have been"
        " connected to medical air instead of oxygen, one died. No incidents here. Remove air"
        " flowmeters when not in use.",
    ),
    (
        None,
        None,
        "Son complained his father was put on air by mistake. The drug chart prescribes his "
        "nebs driven by air as he is a CO2 retainer; the nurse connected the neb to air "
        "correctly. Complaint not upheld.",
    ),
    (
        "13",
        None,
        "Bank HCA couldnt get any aspirate from the NG so she put 20mls of water down it to "
        "loosen it, pt choking and sats 84%. Tube removed.",
    ),
    (
        None,
        None,
        "no aspirate obtained on the new NGT, 10ml water flush given, no cough or "
        "desaturation, xray later: tip below the diaphragm in the stomach.",
    ),
    (
        None,
        None,
        "Learning bulletin: a pt at another trust was connected to medical air instead of "
        "oxygen - a never event at another trust. Check your flowmeters.",
    ),
    (
        "15",
        None,
        "After the air driven neb the HCA put the venturi back onto the same outlet and not "
        "the O2; sats 85% 30 mins later, found by the staff nurse.",
    ),
    (
        None,
        None,
        "Pt on air-driven nebs as prescribed, O2 via nasal specs on the oxygen flowmeter "
        "throughout, sats 93%.",
    ),
    (
        None,
        "15",
        "Night RN noticed pt's nasal specs tubing plugged into the air flowmeter as she was "
        "about to put them on him after his wash. Moved to O2 first.",
    ),
]


@pytest.mark.parametrize(("never_event", "near_miss", "text"), CASES)
def test_tube_used_and_air_reached(
    never_event: str | None, near_miss: str | None, text: str
) -> None:
    assert never_event_codes(text) == (never_event, near_miss)
