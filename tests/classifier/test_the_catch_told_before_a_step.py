"""The catch read from how it is told, not from listed wordings: someone taking in the error
(noticed, spotted, read, queried, picked up, checking, compared...) told in the same clause
before a step of its own ("reading the box at the implant check before the stem went in said
wrong size", "found on the bay check before the pt arrived", "picked this up on the final
check before the bag left pharmacy") is a near miss whatever the step is called; and the
patient told as never having received it ("the pt hadnt come back yet", "pt never took any",
"the pt had not received any feed") is one too. What stays: a "before" clause that is the
catch itself ("on the air for 3 hours before the HCA noticed"), a catch denied ("nobody said a
word before he left"), an adverb of time ("the day before"), a bare gerund ("before listing"),
the intended patient not receiving the unit in a wrong-patient transfusion, and an act told as
given before a catch stay never events. Own wordings, none taken from a batch."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CAUGHT_BEFORE_IT_REACHED = [
    (
        (None, "4"),
        "Drawing up abx in the treatment room, SN picked up a KCl 15% amp instead of the sodium "
        "chloride 0.9% flush. The HCA checking w her read the amp label back before anything went "
        "into the syringe. Amp put back in the CD cupboard.",
    ),
    (
        (None, "2"),
        "Theatre 3, R hip hemiarthroplasty. Circulating nurse opened a size 50 femoral head onto "
        "the trolley when a 46 was asked for; the scrub nurse compared it with the trial head at "
        "the implant verification step and it didnt match. Correct head opened, the 50 was wasted.",
    ),
    (
        (None, "12"),
        "Blood for bed 12 brought to the ward by the porter. During the 2 nurse check at the "
        "bedside RN2 read the unit group as AB pos while the pt is O neg on the wristband and G&S."
        " Never connected to the pt. Unit back to lab.",
    ),
    (
        (None, "7"),
        "FY1 wrote up methotrexate 10mg OD for a RA pt on the TTO. Pharmacist screening the TTO "
        "before it was dispensed queried the frequency and the FY1 amended it to once weekly "
        "(fridays). pt went home with the correct script.",
    ),
    (
        (None, "13"),
        "NG tube inserted by SN on ward 5 for NBM pt, aspirate pH 7 so xray requested. ST1 "
        "reviewing the film saw the tube tip in the L lower lobe bronchus before anyone had used "
        "it. Tube out, re-passed, confirmed in stomach.",
    ),
    (
        (None, "8"),
        "Sedation for OGD. Endoscopy nurse had drawn up midazolam from a 10mg/2ml amp (5mg/ml) and"
        " the checking nurse spotted the strength on the amp before the endoscopist started to "
        "give it. Syringe discarded, 1mg/ml used.",
    ),
    (
        (None, "15"),
        "Pt on ward 9 needing O2 at 2L. Student nurse plugged the nasal cannula tubing into the "
        "medical air outlet; her mentor saw it on the safety check before the cannula was placed "
        "in the pts nose. Moved to O2.",
    ),
    (
        (None, "5"),
        "Intrathecal chemo session on day unit. Registrar was handed a vincristine syringe along "
        "with the IT methotrexate; reading the labels with the nurse before the needle went in she"
        " refused it. Vincristine returned to pharmacy, IT MTX given.",
    ),
    (
        (None, "6"),
        "Novorapid 6 units due. Staff nurse drew it up in a 1ml tuberculin syringe as no insulin "
        "syringes on the ward. Her colleague on the check queried the syringe prior to injection "
        "and the dose was redrawn with an insulin syringe from the next ward.",
    ),
    (
        (None, "6"),
        "Community. DN drew up the pts 30 units of lantus from the pen cartridge with a 1ml "
        "syringe because the pen had jammed. Before injecting she rang her supervisor who said "
        "dont. Not given, new pen obtained.",
    ),
    (
        (None, "5"),
        "Student drew up oramorph in a luer IV syringe and was about to connect it to the pts "
        "cannula when the RN supervising took it off her. Nothing injected, given orally with an "
        "oral syringe.",
    ),
    (
        (None, "15"),
        "Recovery bay 2 set up for next pt, the oxygen mask tubing was pushed onto the air "
        "flowmeter. Found by the recovery nurse during the bay check before the pt arrived in the "
        "bay, moved onto O2.",
    ),
    (
        (None, "3"),
        "Laparotomy. Swab count short by one at closure. Found in the pelvis before the fascia was"
        " closed, removed, recount correct.",
    ),
    (
        (None, "1"),
        "R knee arthroscopy listed but the L knee was prepped and draped by the scrub team. ODP "
        "queried the side at time out, consent says R. Stopped, drapes down, R knee prepped and op"
        " done on the R.",
    ),
    (
        (None, "12"),
        "ED resus, 2nd unit brought from the lab for trauma pt. Reading the tag against the "
        "wristband at the bedside the two nurses found it was another pts unit, group B pos, our "
        "pt A neg. Set aside unspiked and returned to the lab.",
    ),
    (
        (None, "4"),
        "Anaesthetic room. ODP handed me a 10ml syringe she had filled from what she thought was "
        "saline, I looked at the amp in the sharps tray and it was potassium chloride 15%. binned "
        "before use, nothing to the pt.",
    ),
    (
        (None, "2"),
        "Wrong size acetabular cup opened onto the trolley, spotted by the surgeon before "
        "insertion, correct cup opened.",
    ),
    (
        (None, "1"),
        "Anaesthetist about to insert block needle on the R, ODP pointed out the L was marked at "
        "stop before you block. No needle inserted.",
    ),
    (
        (None, "12"),
        "Ward 22 nights. 2nd unit for bed 3 collected by bank HCA. Me and the other RN doing the "
        "ID check at the bedside clocked the unit was for a different pt and group A pos - our pt "
        "is O pos. It never went up. Sent back to blood bank w the HCA, correct unit hung 0315.",
    ),
    (
        (None, "12"),
        "unit of red cells group B neg arrived for Mr Osei (group O neg). luckily the 2nd checker "
        "read it before the giving set went in. bag returned, lab informed",
    ),
    (
        (None, "4"),
        "Paeds HDU. Nurse filled a 10ml syringe from an ampoule she thought was 0.9% saline to "
        "flush the line, it was strong KCl that should not have been in the tray. She realised as "
        "she was reading the empty amp before connecting to the line. Syringe binned.",
    ),
    (
        (None, "4"),
        "potassium chloride concentrate ampoule picked out of the diluent box by the FY2 to make "
        'up the amoxicillin. Pharmacy tech standing next to him said "thats KCl" before it was '
        "drawn up. Amp quarantined.",
    ),
    (
        (None, "2"),
        "THR theatre 1. Cemented stem size 12 handed to the surgeon instead of the planned size "
        "10. Registrar reading the box at the implant check before the stem went in said its the "
        "wrong size. Swapped for the 10.",
    ),
    (
        (None, "2"),
        "Cataract list. Nurse opened a +22.0D IOL, the plan was +20.5D for this pt. Picked up at "
        "the lens check before the lens was loaded into the injector. Correct lens got, no delay.",
    ),
    (
        (None, "1"),
        "Carpal tunnel release list. Pt draped and L wrist prepped, consent and marking were R. "
        "The surgeon saw the arrow under the drape on the other arm before knife to skin. "
        "Redraped, R done.",
    ),
    (
        (None, "1"),
        "Lumbar puncture list. Pt brought to the procedure room was another pt with the same "
        "surname. Nurse asked DOB as the dr was putting on gloves - did not match. Nothing done, "
        "pt returned to ward.",
    ),
    (
        (None, "5"),
        "Pt NBM with PEG and central line. HCA had connected the feed giving set to the PICC but "
        "not switched the pump on when RN came in. Pump not started, nothing went in. Line flushed"
        " and feed connected to the PEG.",
    ),
    (
        (None, "5"),
        "Nurse drew up lactulose in a 10ml IV syringe and had the cap off the cannula about to "
        'push it when the pt asked "is that my laxative?". RN stopped, oral syringe used, given '
        "orally.",
    ),
    (
        (None, "6"),
        "Pt on 8 units humalog. nurse drew up 80 units reading the U as a 0 on the kardex. The pt "
        "said thats far too much, I only have 8. Not given, 8 units given, kardex rewritten.",
    ),
    (
        (None, "6"),
        "Community DN visit. Pt's novopen broken. HCA drew the dose out of the cartridge with an "
        "insulin syringe, but before giving it phoned the office to ask - told NOT to inject. "
        "Syringe binned, GP OOH contacted.",
    ),
    (
        (None, "7"),
        "Methotrexate 2.5mg 4 tabs daily printed on the discharge label by the dispensary. "
        "Checking pharmacist picked this up on the final check before the bag left pharmacy; "
        "relabelled once weekly. Pt never took any.",
    ),
    (
        (None, "7"),
        "GP trainee issued methotrexate 10mg daily for psoriasis pt on EMIS. Community pharmacist "
        "rang the surgery before handing it out - amended to weekly. No doses taken.",
    ),
    (
        (None, "13"),
        "NGT passed on stroke unit. Radiographer phoned 14:20 - tip is in the L main bronchus. No "
        "feed, water or meds had gone down. Tube pulled and re-passed, in stomach on repeat film.",
    ),
    (
        (None, "15"),
        "HCA connected the venturi mask to the air flowmeter in side room 3 while setting up for "
        "the pt coming from ED. I noticed the white flowmeter just as the pt was being wheeled in,"
        " before the mask was put on her. Moved to O2.",
    ),
    (
        (None, "15"),
        "student nurse put the nasal specs tubing on the medical air at bed 6 - the pt hadnt "
        "arrived from theatre yet. found on the bed space check. swapped to O2.",
    ),
    (
        (None, "3"),
        "Needle count wrong at end of hysterectomy, one needle missing. Found on xray in the "
        "pelvis prior to closure and removed, count correct.",
    ),
    (
        (None, "12"),
        "Unit collected for wrong pt (group A pos, our lady is O pos). Noticed by the midwife "
        "reading the tag at the bedside before it was put up. Returned.",
    ),
    (
        (None, "4"),
        "Nurse drew up 10ml KCl 15% thinking it was sodium chloride flush. Student asked what it "
        "was before she went to flush the cannula. discarded, nothing to the pt.",
    ),
    (
        (None, "2"),
        "Hip revision. Wrong offset liner opened. Surgeon checking the label against the template "
        "before the liner was impacted noticed the mismatch. New liner opened.",
    ),
    (
        (None, "13"),
        "NG placed on ward 4. CXR reviewed by the FY1 - tube in R lower lobe bronchus. The pt had "
        "not received any feed or meds. NG removed and replaced.",
    ),
    (
        (None, "6"),
        "Humulin I 14 units drawn up in a 2ml syringe as no insulin syringes. Nurse in charge "
        "challenged it before she went into the bay, insulin syringe obtained from ITU.",
    ),
    (
        (None, "7"),
        "Methotrexate prescribed 7.5mg daily for RA by the registrar on the EPMA. The ward "
        "pharmacist amended to weekly before the first dose was due. Pt didnt get any extra doses.",
    ),
    (
        (None, "15"),
        "Porter and HCA set up the O2 for the pt coming from CT, nasal cannula plugged into the "
        "air outlet. The pt hadnt come back yet when the staff nurse spotted it. Moved to O2.",
    ),
    (
        (None, "5"),
        "Feed was connected to the pts IV cannula by the agency nurse - the HCA spotted it before "
        "the pump was started. Disconnected, nothing infused, line flushed.",
    ),
    (
        (None, "8"),
        "Conscious sedation for TOE. Midazolam 10mg/2ml drawn up; the cardiology nurse compared "
        "the amp with the sedation chart before it was handed to the dr and it was the wrong "
        "strength. binned.",
    ),
]

REACHED_BEFORE_THE_CATCH = [
    (
        ("1", None),
        "Eye clinic. Pt prepped and the L eye injected with ranibizumab, booking was for the R. "
        "HCA said stop as the needle was coming out. R eye done later the same day. Consultant "
        "informed, DoC.",
    ),
    (
        ("1", None),
        "Femoral nerve block given on the L side for a R TKR; the anaesthetic nurse queried the "
        "side once the 20ml had gone in. R knee done under spinal, L leg block monitored.",
    ),
    (
        ("2", None),
        "Tibial tray size 3 cemented into place. At sign out the scrub nurse reading the implant "
        "sticker noticed that a size 4 had been requested.",
    ),
    (
        ("4", None),
        "KCl 15% 10ml mistaken for WFI, added to ceftriaxone and given IV. The checking nurse "
        "noticed the empty amp afterwards. Pt on ECG monitoring, K 5.2.",
    ),
    (
        ("15", None),
        "Pt on 2L O2 for COPD found at 0300 with sats 84%, nasal specs connected to the air "
        "flowmeter. Moved to O2, sats up.",
    ),
    (
        ("12", None),
        "Group A red cells given to O pos pt on ward 4, 50ml in when pt had rigors and the nurse "
        "stopped the transfusion and checked the tag - another pts unit.",
    ),
    (
        ("6", None),
        "Insulin written as 10U read as 100 units and given, pt hypo 1.8 later, glucagon given.",
    ),
    (("3", None), "Swab left in abdomen after laparotomy, found on CT 2 weeks later."),
    (
        ("8", None),
        "Midazolam 5mg/ml given for colonoscopy sedation, pt apnoeic, flumazenil needed.",
    ),
    (
        ("5", None),
        "Vincristine given intrathecally on the haem day unit instead of IV, pt transferred to "
        "neuro ICU.",
    ),
    (
        ("13", None),
        "NGT placed, no xray done, feed started; pt coughing, CXR showed tube in the R bronchus.",
    ),
    (
        ("12", None),
        "Unit of group A blood put up for O neg pt on ward 2 at 1400. At 1430 the HCA taking obs "
        "asked why the name on the bag was different. Transfusion stopped, approx 150ml had gone "
        "in. Pt rigors, haem reg attended.",
    ),
    (
        ("4", None),
        "ICU. Staff nurse reconstituted pip-taz with what she thought was WFI and gave it IV; the "
        "empty amp was later found to be KCl 15%. Pt had VT, treated. Noticed by the nurse in "
        "charge when tidying the tray.",
    ),
    (
        ("1", None),
        "Spinal given then the pt was turned - surgeon saw the mark was on the other hip. The pt "
        "had received a R sided block for a L hip, R leg dense. op done on L under GA.",
    ),
    (
        ("1", None),
        "Biopsy taken from the R breast lesion, request was for the L. Radiologist realised once "
        "the sample was in the pot on reading the request again. L side biopsied after, DoC.",
    ),
    (
        ("2", None),
        "Size 14 IOL implanted instead of the planned 22. Found at the post op check when the "
        "surgeon reviewed the sticker. Lens exchanged next week.",
    ),
    (
        ("15", None),
        "Stopped the air flowmeter at 0500 when I saw the pt on bed 8 had been on it since "
        "transfer at 2300 - she needed 28% O2. sats 82%, moved to O2, reviewed by dr.",
    ),
    (
        ("13", None),
        "NG tube placed, water flush given, then the xray report came back - tube in R lung. Feed "
        "not started, tube out. pt coughing, CXR follow up.",
    ),
    (
        ("6", None),
        "40 units given instead of 4 as the U was read as 0. Second nurse only noticed when "
        "signing the chart afterwards. pt BM 2.1 at 1600, hypo treated.",
    ),
    (
        ("5", None),
        "oral morphine solution drawn up in a luer syringe and given via the cannula by agency "
        "nurse. Noticed by the nurse in charge afterwards. Pt monitored, no ill effect.",
    ),
    (
        ("8", None),
        "midazolam 10mg/2ml given for bronchoscopy sedation instead of the 1mg/ml. Pt desaturated,"
        " flumazenil given. Noticed by the nurse checking the ampoule after the procedure.",
    ),
    (
        ("15", None),
        "Pt had been on the air flowmeter for 3 hours before the HCA noticed, she needed 2L O2, "
        "sats 82%.",
    ),
    (
        ("4", None),
        "KCl 15% given as a flush by the agency nurse; the nurse realised it was KCl before the "
        "next dose was due. ECG changes, K 6.1.",
    ),
    (
        ("12", None),
        "Pt received 200ml of a group A unit (pt is O pos), noticed before the second unit was "
        "hung. Reaction, ITU.",
    ),
    (
        ("15", None),
        "the pt never received the oxygen she needed - the mask was on the air flowmeter for 2 "
        "hrs, sats 80% when found.",
    ),
    (
        ("13", None),
        "Feed started via NGT before any xray was checked, pt coughing, CXR tube in R bronchus.",
    ),
]

NO_ERROR_OR_NO_PATTERN = [
    ((None, None), "Pt with AF on warfarin fell in the bathroom, no head injury."),
    (
        (None, None),
        "Pharmacy audit found KCl 15% ampoules in the ward drug cupboard, no pt involved. Removed "
        "and returned.",
    ),
    ((None, None), "NGT inserted, xray confirmed in stomach, feed started."),
    (
        (None, None),
        "Pharmacist queried the methotrexate 15mg weekly dose; it was correct and no change made.",
    ),
    (
        (None, None),
        "Second nurse checked the blood unit at the bedside, all details matched the wristband, "
        "transfused without reaction.",
    ),
    (
        (None, None),
        "Premixed potassium chloride 40mmol bag run at 250ml/hr instead of 125ml/hr, noticed by "
        "night nurse, rate corrected.",
    ),
    (
        (None, None),
        "The second nurse questioned whether the KCl premixed bag rate was right; it was as "
        "prescribed, no change.",
    ),
    (
        (None, None),
        "Pharmacist stopped the methotrexate as the pt's LFTs were raised; weekly dose was "
        "prescribed correctly.",
    ),
    (
        (None, None),
        "Bedside check of the blood unit done by two nurses, all details correct, transfused "
        "without problem.",
    ),
    (
        (None, None),
        "Recovery bay check: oxygen flowmeters all checked, all connected to O2 correctly.",
    ),
    (
        (None, None),
        "Implant check done with scrub nurse at cementing, correct size and side confirmed.",
    ),
    ((None, None), "The pt didnt receive her insulin at tea time as the nurse forgot. BM 18."),
    (
        (None, None),
        "Anaesthetist checked the side with the pt before the block was done. Correct side. No "
        "issues.",
    ),
    (
        (None, None),
        "Blood unit checked by two RNs at the bedside before it was spiked, all details correct, "
        "transfused.",
    ),
]


@pytest.mark.parametrize(("codes", "text"), CAUGHT_BEFORE_IT_REACHED)
def test_a_catch_before_the_step_is_a_near_miss(codes: tuple[None, str], text: str) -> None:
    assert never_event_codes(text) == codes


@pytest.mark.parametrize(("codes", "text"), REACHED_BEFORE_THE_CATCH)
def test_an_act_that_reached_the_patient_stays_a_never_event(
    codes: tuple[str, None], text: str
) -> None:
    assert never_event_codes(text) == codes


@pytest.mark.parametrize(("codes", "text"), NO_ERROR_OR_NO_PATTERN)
def test_checks_that_found_nothing_wrong_are_neither(codes: tuple[None, None], text: str) -> None:
    assert never_event_codes(text) == codes


def test_a_catch_denied_before_the_step_is_no_catch() -> None:
    text = (
        "Lump to be taken off his left shoulder, the cut was on the right shoulder. Nobody said "
        "a word to us before he left."
    )
    assert never_event_codes(text)[1] is None


def test_the_intended_patient_not_receiving_the_unit_is_no_catch() -> None:
    text = (
        "Unit issued for pt on ward 3 (group A neg) was transfused overnight to the pt in bed 9 "
        "who is group O pos. Intended pt did not receive the unit."
    )
    assert never_event_codes(text)[1] is None
