"""Never events 13 and 15 turn on whether anything reached the patient before the catch.

A misplaced gastric tube is never event 13 once a feed, flush or medicine went down it before
the finding, however the report orders its telling ("unfortunately not before the 5ml flush had
gone in", "Before this about 60 ml of Osmolite had run"); a syringe put on the tube whose
plunger was never pressed put nothing in (near miss 13). A patient needing oxygen is never
event 15 once she breathed from the air flowmeter for a while (a saturation or a NEWS2 told on
it, "SpO2 88%"); a mask set up for a patient still on another supply (the anaesthetic circuit,
a cylinder) and moved before it went on is a near miss. Half of the wordings are look-alikes
that must keep their reading."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NONE = (None, None)
NE13 = ("13", None)
NM13 = (None, "13")
NE15 = ("15", None)
NM15 = (None, "15")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 13: something went down the tube before the finding, told after it
        (
            "The misplacement was picked up by the FY2 - sadly not before the 50ml water flush "
            "had gone in. CXR showed the NG tube in the left main bronchus. Tube removed.",
            NE13,
        ),
        (
            "Feed stopped at 09:40 when the x-ray was finally reviewed and the NG tip was seen "
            "in the right lower lobe. Before this about 60 ml of Osmolite had run through the "
            "pump, started at 08:15 on the night nurse's word.",
            NE13,
        ),
        (
            "NG tube removed - CXR showed it in the L bronchus. prior to this the 8am meds had "
            "been given down it by the day staff.",
            NE13,
        ),
        (
            "Nasogastric tube tip in the trachea on the film. Sadly not before a 5 ml sterile "
            "water flush went in. Pt coughing, tube removed.",
            NE13,
        ),
        (
            "Nurse documented NGT 'in stomach' but the tube was in the R intermediate bronchus; "
            "unfortunately not before 20 ml of water had been flushed.",
            NE13,
        ),
        (
            "Morning meds had gone down the NG before the reg reviewed the film showing the "
            "tube in the right bronchus.",
            NE13,
        ),
        # 13: nothing went down it (a syringe on the tube, its plunger not pressed)
        (
            "Staff nurse had the syringe of water attached to the NG to flush it when the physio "
            "said the patient sounded wet. The plunger was not pushed. Later that afternoon the "
            "team discussed it. CXR: NG in the right main bronchus. Tube removed.",
            NM13,
        ),
        (
            "Syringe with 10 ml water connected to the nasogastric tube ready for the flush but "
            "the plunger was never pressed as the pH was 7. X-ray showed the tube in the left "
            "lung. Removed and resited.",
            NM13,
        ),
        # look-alikes of 13 that keep their reading
        (
            "NG tube found in the R bronchus on CXR. Before this, nothing had been given down it "
            "- feed was on hold awaiting the film.",
            NM13,
        ),
        ("NGT in stomach on CXR, pH 4. Feed started 10:00. No issues.", NONE),
        (
            "NG tube tip in the left main bronchus on x-ray. No feed, flush or meds had been "
            "given. Removed and repassed.",
            NM13,
        ),
        (
            "Tube in the right bronchus on CXR before any feed was started; NG removed by the FY1.",
            NM13,
        ),
        ("NGT coiled in the mouth, noticed before the flush was given. Resited.", NONE),
        (
            "Flush syringe attached to the NGT, but before the water went in the nurse checked "
            "the x-ray and saw the tip in the bronchus. Nothing given.",
            NM13,
        ),
        (
            "Staff nurse about to give the morning meds via NG when the CXR came back: tip in R "
            "main bronchus. Meds not given.",
            NM13,
        ),
        ("CXR: NG in left bronchus. Feed not started, nothing went down it.", NM13),
        # 15: the patient breathed from the air flowmeter for a while
        (
            "Pt needing 2L O2 via nasal specs was moved to a side room at 14:00 and the HCA "
            "connected the specs to the air flowmeter. At 15:00 SpO2 88%, RR 26. Nurse noticed "
            "the air flowmeter and moved the tubing to oxygen.",
            NE15,
        ),
        (
            "Pt on 4L oxygen via Hudson mask, tubing put on the medical air flowmeter in error "
            "after the transfer. NEWS2 went from 3 to 6 with SpO2 89%. Outreach found it on air "
            "and changed to O2.",
            NE15,
        ),
        # 15: set up for a patient still on another supply, moved before it went on
        (
            "Hudson mask for the pt coming out of theatre was attached to the air flowmeter in "
            "error by the ODP, the pt still on the anaesthetic circuit. Anaesthetist saw it "
            "before transferring him to the mask and it was moved to oxygen. Pt never on air.",
            NM15,
        ),
        (
            "Venturi mask for pt being handed over from the crew had been put on the air "
            "flowmeter by mistake, pt was still on the ambulance cylinder. I noticed before "
            "swapping her over and changed it to O2.",
            NM15,
        ),
        (
            "Venturi for pt arriving from theatre was attached to the air flowmeter in error by "
            "me, the pt was still on the recovery circuit. Anaesthetist looked at the wall "
            "before moving her to the venturi and told me. Changed to O2.",
            NM15,
        ),
        (
            "Pt on 2L O2 via nasal cannula. After the bed move at 18:00 the HCA connected the "
            "tubing to the nearest flowmeter which was air. At 19:00 obs SpO2 91%, not "
            "escalated. At 20:30 the nurse in charge identified the air flowmeter and moved the "
            "tubing to oxygen.",
            NE15,
        ),
        # look-alikes of 15 that keep their reading
        (
            "Pt on 3L oxygen via nasal cannula, tubing attached to the air flowmeter in error at "
            "10:00. Found at 12:30 by the nurse in charge; SpO2 had dropped to 86%. Changed to "
            "oxygen.",
            NE15,
        ),
        ("Air driven nebuliser given as prescribed, then the mask was moved back to oxygen.", NONE),
        ("Pt on room air sats 96%, no oxygen needed, obs stable.", NONE),
        (
            "Oxygen cylinder found empty on transfer to x-ray, pt desaturated to 85%, cylinder "
            "changed.",
            NONE,
        ),
        (
            "Pt requiring 2L O2 found by her daughter connected to the air outlet, grey and "
            "breathless, sats 84%. Changed to oxygen.",
            NE15,
        ),
        (
            "COPD pt prescribed 28% venturi, venturi found attached to the medical air flowmeter "
            "at the 2am obs, SpO2 82%.",
            NE15,
        ),
        (
            "Nasal cannula for pt on the trolley had been put on the air outlet in error; pt was "
            "still on the portable cylinder. Noticed before swapping her over, changed to O2.",
            NM15,
        ),
        # 13: an airway finding shown on review to be another patient's film
        (
            "CXR reported the NG tube in the right lower lobe so the tube was pulled and "
            "resited. Radiologist later confirmed the original tube was in the stomach - the "
            "report was of another patient's film.",
            NONE,
        ),
        (
            "Radiology report said the NG tip was in the L bronchus; on review by the consultant "
            "the original tube was in the stomach, the report had described the wrong "
            "patient's image. Tube had already been replaced.",
            NONE,
        ),
        # look-alikes: the reassuring report was the other patient's film, the tube in the airway
        (
            "NG passed overnight. The report saying tip in the stomach was for another "
            "patient's film. Feed given at 06:00. Correct film shows the NG in the right "
            "bronchus.",
            NE13,
        ),
        # look-alikes: a real misplacement with a tube in the stomach told of the redo
        (
            "NG tip in the right main bronchus on the film, no feed given. Tube removed, new "
            "tube passed and the x-ray shows the tube in the stomach.",
            NM13,
        ),
        (
            "Feed ran 2 hrs via NGT before the CXR was seen: tip in the R bronchus. New tube "
            "passed, tip in the stomach on repeat film.",
            NE13,
        ),
        (
            "NG in the left lung on CXR, feed had been running since 06:00. Resited, now in the "
            "stomach.",
            NE13,
        ),
    ],
)
def test_what_reached_the_patient_before_the_catch(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
