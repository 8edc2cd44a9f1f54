"""An event that reached the patient is told by what reached them, whatever else the report
says of checks or counts: a unit labelled or cross-matched for another patient told as going in,
followed by an acute haemolytic reaction (fever and rigors with dark urine, haemoglobinuria or a
positive DAT), is never event 12 even with no groups named (the haemolysis is the ABO
incompatibility showing itself); an item of the operation (a swab, an instrument, an umbilical
tape, a vessel loop or sling, a bulldog, a drill bit or guidewire fragment, a trocar cap) found
in the patient after the procedure ended, at follow-up or on later imaging, is never event 3
even when the count had been correct. Look-alikes stay as they are: a wrong unit told ABO
compatible, a febrile non-haemolytic or a delayed alloantibody reaction to the patient's own
unit, another patient's unit stopped at the bedside (near miss 12 only with incompatible groups
told), an item found before closure (near miss 3) or outside the patient, and items meant to
stay (clips, mesh, sternal wires, a drain or pack with a plan)."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

REACHED = [
    (
        "Unit of RBC labelled for another patient in bay 3 was transfused to pt in bay 4. Pt "
        "developed fever, rigors and dark urine 20 min in. DAT positive, acute haemolytic "
        "transfusion reaction.",
        ("12", None),
    ),
    (
        "Wrong unit given - bag belonged to another patient. Pt had rigors, temp 39, dark "
        "urine. Haemolytic reaction confirmed, DAT pos.",
        ("12", None),
    ),
    (
        "pt recieved blood X-matched for the pt in the next bed. 30 mins in spiked temp, "
        "rigors, back pain, passing dark urine. DAT +ve, haemolysis screen positive, transfer "
        "to ITU.",
        ("12", None),
    ),
    (
        "The red cells hung were for a different patient (wrong compatibility label). Within 15"
        " min the patient became febrile with loin pain and haemoglobinuria; haemolytic "
        "transfusion reaction diagnosed.",
        ("12", None),
    ),
    (
        "Acute haemolytic transfusion reaction: pt developed rigors, hypotension and red urine "
        "after a unit issued for another patient was given in error. DAT positive.",
        ("12", None),
    ),
    (
        "2 units collected from fridge, 1 was for another pt on the ward. Given without bedside"
        " check. Pt spiked 39.5, rigors, urine dark brown. DAT pos. Haemolytic reaction.",
        ("12", None),
    ),
    (
        "Transfused with another patient's unit of blood. Patient group O, unit group A. Rigors"
        " and dark urine.",
        ("12", None),
    ),
    (
        "Swab found in abdomen on CT at follow-up clinic 6 weeks after laparotomy. Swab count "
        "had been recorded as correct.",
        ("3", None),
    ),
    (
        "At 2 week follow up a retained swab was found in the wound; count had been correct at "
        "the end of the operation.",
        ("3", None),
    ),
    (
        "Later imaging showed a retained instrument in the pelvis after hysterectomy, count "
        "correct at closure.",
        ("3", None),
    ),
    (
        "Seen in OPD 3/12 post TAH with offensive discharge. Swab removed from vaginal vault. "
        "Counts documented as correct in theatre.",
        ("3", None),
    ),
    (
        "Umbilical tape left in patient after cardiac surgery, found on re-exploration.",
        ("3", None),
    ),
    (
        "Pt returned with wound infection 3 weeks after femoral bypass; a length of umbilical "
        "tape was found in the groin wound and removed.",
        ("3", None),
    ),
    (
        "A vessel loop was retained in the wound after carotid endarterectomy, found at wound "
        "exploration 2 weeks later.",
        ("3", None),
    ),
    (
        "Post-op CT after bowel resection: a sloop left in the abdomen. Return to theatre to "
        "remove.",
        ("3", None),
    ),
    (
        "Broken drill bit fragment left in femur after ORIF, seen on post-op x-ray, not planned.",
        ("3", None),
    ),
    (
        "Bulldog left in the chest after CABG, seen on post op CXR next day, back to theatre.",
        ("3", None),
    ),
    (
        "Trocar cap found in abdomen on CT scan 4 days after laparoscopic cholecystectomy, "
        "removed laparoscopically.",
        ("3", None),
    ),
    (
        "Tip of ligaclip applicator broke off and was found inside the patient on x-ray after "
        "lap chole; count had been correct.",
        ("3", None),
    ),
    (
        "Guidewire fragment retained after central line insertion seen on chest x-ray the "
        "following day.",
        ("3", None),
    ),
    (
        "Pt in bay B received a unit labelled for the pt in bay A. Fever, rigors, "
        "haemoglobinuria, DAT positive.",
        ("12", None),
    ),
    (
        "Unit crossmatched for another patient was transfused on ward 4A. Pt developed rigors "
        "and dark urine, DAT +ve.",
        ("12", None),
    ),
    (
        "Patient transfused with a unit labelled for a different patient. Both had been "
        "crossmatched. Within 20 min fever, rigors and dark urine. DAT positive.",
        ("12", None),
    ),
    (
        "Umbilical tapes x2 used to snare the cava. Count correct. CT 3 months later showed an "
        "umbilical tape in the chest, removed at re-sternotomy.",
        ("3", None),
    ),
    (
        "A bulldog clamp was left on the IMA pedicle after CABG; seen on the post op CXR, pt "
        "returned to theatre for removal.",
        ("3", None),
    ),
]

LOOK_ALIKES = [
    (
        "Another patient's blood was transfused. No reaction. Both patients group A pos so "
        "compatible.",
        (None, None),
    ),
    (
        "Unit labelled for another patient transfused; the unit was O neg and the recipient A "
        "pos, ABO compatible. Pt well, no reaction.",
        (None, None),
    ),
    (
        "Pt developed fever and rigors during transfusion of their own correctly labelled unit."
        " Febrile non-haemolytic reaction, DAT negative. Transfusion stopped.",
        (None, None),
    ),
    (
        "Unit cross-matched for another patient taken to the bedside; pt group O, unit group B."
        " Bedside check stopped it before it was spiked.",
        (None, "12"),
    ),
    (
        "Unit for another patient brought to the bedside, stopped at the check before spiking. "
        "Groups not stated.",
        (None, None),
    ),
    (
        "Delayed haemolytic transfusion reaction 7 days after transfusion due to anti-Jka; "
        "correct patient, correct units, antibody not detected at crossmatch.",
        (None, None),
    ),
    (
        "Umbilical tape missing at the closing count, found in the chest cavity before closure "
        "and removed.",
        (None, "3"),
    ),
    (
        "Vessel loop missing at count, found on the floor under the table. Count reconciled.",
        (None, None),
    ),
    (
        "Surgical clips seen on post op CT as expected after cholecystectomy.",
        (None, None),
    ),
    (
        "Mesh in place on CT post hernia repair, no complications.",
        (None, None),
    ),
    (
        "Drain left in situ with plan for removal on day 2.",
        (None, None),
    ),
    (
        "Umbilical cord clamped and cut, cord tape applied, baby well.",
        (None, None),
    ),
    (
        "Nasal pack left in place intentionally as per op note, to be removed on the ward "
        "tomorrow; removed as planned.",
        (None, None),
    ),
    (
        "Ligaclips applied to cystic duct and artery; post-op x-ray shows the clips in the "
        "expected position.",
        (None, None),
    ),
    (
        "Sternal wires seen on CXR after CABG as expected, no concerns.",
        (None, None),
    ),
    (
        "TVT sling inserted 2015; pt now has vaginal erosion of the tape, referred to urogynae "
        "for partial excision.",
        (None, None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), REACHED)
def test_what_reached_the_patient_is_the_never_event(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), LOOK_ALIKES)
def test_look_alikes_stay_as_they_are(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
