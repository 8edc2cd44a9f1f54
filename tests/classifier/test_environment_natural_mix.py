"""A natural mix of bed rail, scald and tube reports (batch 97): who the hot water met (a
member of staff scalding their own hand is no scald of a patient), how far the bath chair got
(raised before the legs went in: a near miss), a head or neck told between the bars of a rail
with a word between the article and the bars (an entrapment), a tube seen entering the airway
on the tracker as it was being passed and withdrawn at once (the placement check working), and
a never event of a previous admission told as the family's history (not this tube's). Each
with look-alikes that must stay as they are."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NEITHER = (None, None)
SCALD = ("14", None)
NEAR_SCALD = (None, "14")
ENTRAPMENT = ("11", None)
TUBE = ("13", None)
NEAR_TUBE = (None, "13")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a member of staff scalded, no patient
        (
            "Nurse scalded her hand on the hot tap in the dirty utility, water very hot, TMV "
            "missing. No patient involved. Occ health informed.",
            NEITHER,
        ),
        (
            "HCA burnt fingers on the basin tap in the staff toilet - approx 65 degC, no TMV "
            "fitted. no pts affected, estates called",
            NEITHER,
        ),
        (
            "carer scalded own wrist whilst running the bath for a resident, water 60C from "
            "the tap. Bath not used, resident was still in her room. Staff first aid given.",
            NEITHER,
        ),
        # ... look-alikes: the patient scalded, whoever ran the water
        (
            "HCA ran the shower for pt, did not check the temp. Pt scalded on his back, "
            "blisters, burns dressing applied.",
            SCALD,
        ),
        (
            "Nurse washing pt at the basin, water too hot - pt's hand scalded and red. "
            "Thermometer 58C after.",
            SCALD,
        ),
        (
            "Resident scalded feet in the bath, bath water 55 degrees, redness and blisters on "
            "both feet. Carer had not checked it.",
            SCALD,
        ),
        # the bath chair raised before the body went in
        (
            "Pt being lowered into the bath on the bath seat when the HCA saw steam. Seat raised "
            "straight away before her feet went into the water. Water 54C on thermometer. No "
            "harm.",
            NEAR_SCALD,
        ),
        (
            "carer lowering resident into the bath using the bath chair, other carer saw the "
            "water steaming. chair stopped and raised before his legs went into the water. temp "
            "50C. Resident fine.",
            NEAR_SCALD,
        ),
        # ... look-alikes: water checked before anyone got in, or the legs in and scalded
        (
            "Bath water checked with thermometer before the resident was hoisted in: 52C. Bath "
            "emptied and refilled, 38C. Nobody got in while it was hot.",
            NEITHER,
        ),
        (
            "Resident lowered into the bath on the bath chair, legs went into the water which "
            "was 56C. Chair raised but both legs red and blistered. Burns clinic.",
            SCALD,
        ),
        (
            "TMV found faulty at the monthly check, bath water 49C at the tap. No patient "
            "bathed. Bath taken out of use.",
            NEITHER,
        ),
        # the head or neck between the bars of the rail, a word before the bars
        (
            "Pt found at night with his neck between the vertical bars of the bed rail, head "
            "out of the bed. Freed by staff, red mark to neck. Bumpers had not been fitted.",
            ENTRAPMENT,
        ),
        (
            "pt w dementia, rails up, found with head between the metal bars of the side rail, "
            "neck pressed against a bar. released, bruising to neck",
            ENTRAPMENT,
        ),
        (
            "Lady found slumped with her chest between the two rails of the bed, face down, "
            "sats 88%. Repositioned. Bed rail assessment reviewed.",
            ENTRAPMENT,
        ),
        # ... look-alikes: a limb between the bars, or no rail event
        (
            "Pt's arm found between the vertical bars of the bed rail, skin tear to forearm. "
            "Head and chest clear. Padded bumpers fitted.",
            NEITHER,
        ),
        (
            "Leg caught between the metal bars of the bed rail on turning, bruised shin. Rail "
            "covers applied.",
            NEITHER,
        ),
        (
            "Bed rail audit: gap between the vertical bars on 3 older beds wide enough for a "
            "head. No patients involved, beds withdrawn.",
            NEITHER,
        ),
        # the tube seen entering the airway on the tracker while being passed, withdrawn at once
        (
            "Cortrak NG insertion by dietitian: as the tube was being passed the trace showed it "
            "heading into the right bronchus, so it was pulled back at once and re-passed into "
            "the stomach, confirmed on trace and CXR. Nothing given. Pt coughed.",
            NEITHER,
        ),
        (
            "Electromagnetically guided NGT placement - during insertion the screen showed the "
            "tip going into the trachea, withdrawn immediately and re-sited, gastric on trace "
            "and pH 4. Nose bleed after.",
            NEITHER,
        ),
        # ... look-alikes: the tube left in and found on the film, used or not
        (
            "NGT passed, coughed during insertion. CXR: tip in the R main bronchus. Removed, "
            "nothing given through it.",
            NEAR_TUBE,
        ),
        (
            "NG inserted on the ward, pH 5 documented, feed started. Pt coughing. CXR later "
            "that night: NGT in the left lung. Feed stopped.",
            TUBE,
        ),
        (
            "Fine bore NG passed, no aspirate. X-ray showed tube in the trachea. Tube removed "
            "before any feed or flush. Re-passed and confirmed in stomach.",
            NEAR_TUBE,
        ),
        (
            "NGT placed during insertion pt coughing, no aspirate so CXR, radiology report: tube "
            "in the L bronchus. 20ml water flush had already been given by the night nurse.",
            TUBE,
        ),
        # a never event of a previous admission told as history
        (
            "Family complaint: on a previous admission in 2019 mum had a never event (feed "
            "given down an NG tube in the lung). This admission NGT placed, confirmed gastric "
            "on xray and used fine. Family want to know the checks done.",
            NEITHER,
        ),
        (
            "Pt anxious about NG - her last admission in 2022 involved a never event, NG tube "
            "in lung and feed given. Today NGT passed, pH 4, feed started. Reassured.",
            NEITHER,
        ),
        (
            "Concerns raised by son: his father's previous stay included a never event "
            "(misplaced NG used for feed). This time tube confirmed in stomach on xray before "
            "use.",
            NEITHER,
        ),
        # ... look-alikes: this admission's tube in the lung, used
        (
            "Pt had NG on a previous admission without problems. This admission NGT inserted, "
            "feed started, CXR next morning showed tube in the R lung.",
            TUBE,
        ),
        (
            "Never event: NG feed given via tube in the lung this admission. Of note pt's "
            "previous admission in 2020 was uneventful.",
            TUBE,
        ),
        # unchanged look-alikes of scalds with staff named
        (
            "HCA felt water scalding on her hand while running the shower, moved the shower head "
            "away before it hit the pt. Pt unhurt.",
            NEAR_SCALD,
        ),
        (
            "Staff nurse scalded pt's foot in the bath - did not check temp, 2cm blister.",
            SCALD,
        ),
        (
            "Staff member scalded by kettle in the staff room, hand under cold water. No patient "
            "involved.",
            NEITHER,
        ),
        (
            "Pt scalded leg with hot tea on the ward, HCA helped her, cooled. not washing water.",
            NEITHER,
        ),
        (
            "pt head trapped between bed rail and mattress, neck compressed, cyanosed. Rails "
            "removed.",
            ENTRAPMENT,
        ),
        (
            "Pt found with his hand between the bars of the cot side, fingers swollen. Rail "
            "padded.",
            NEITHER,
        ),
        (
            "HCA scalded her own hand checking the bath water, then pt lowered in the chair - "
            "his feet scalded and blistered too.",
            SCALD,
        ),
    ],
)
def test_environment_natural_mix(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
