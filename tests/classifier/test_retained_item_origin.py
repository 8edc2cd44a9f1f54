"""What a retained item is and where it came from (`engine.retained_items`, never event 3): an
item of the procedure left inside the patient. An object the patient put in, swallowed or cut
with (however it is named when found: "a biro ... xray confirmed fragment"), an item found in a
container ("found the swab stuck inside the bag", a tray opened "and found to have an
instrument inside") or a needle of a sharps injury is none; the needle, drain or wire of a
wrong-site act is the wrong site's (never event or near miss 1, by the same reach). Items told
left in after a procedure, counts short and retrievals before the end, a tampon put in by the
midwife, and an item told not in the tray, stay as they were.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    (
        "1",
        None,
        "Pt listed for R carpal tunnel release. LA needle inserted into the L wrist by "
        "the SHO before the nurse noticed the consent said right. Needle withdrawn, R "
        "side then done.",
    ),
    (
        "1",
        None,
        "Chest drain inserted on the R by the FY2, the effusion was on the L on the "
        "CXR. Drain removed, L drain put in by the resp reg.",
    ),
    (
        "1",
        None,
        "Pleural aspiration needle inserted on the left side, pt's effusion was on the "
        "right. Picked up when nothing aspirated. Consultant informed, duty of candour "
        "done.",
    ),
    (
        "1",
        None,
        "Steroid injection needle into the R shoulder, pt was consented and marked for "
        "the L shoulder. Noticed by the HCA after the injection.",
    ),
    (
        "1",
        None,
        "Wire localisation of the breast lesion: radiologist placed the wire in the R "
        "breast, request and MDT said L. Found on the mammogram after placement.",
    ),
    (
        None,
        None,
        "Pt detained under s3, found on 1:1 obs to have pushed a pen lid into a wound "
        "on her arm. Xray showed the fragment, removed in ED under LA.",
    ),
    (
        None,
        None,
        "Prisoner brought into ED after swallowing a razor blade, xray shows the blade "
        "in the stomach. Gastro review, scope arranged.",
    ),
    (
        None,
        None,
        "Young person on the adolescent unit inserted a paperclip into her forearm "
        "wound while staff were at handover. Xray confirms a metal fragment in the soft"
        " tissue.",
    ),
    (
        None,
        None,
        "Theatre cleaner found a raytec swab in the clinical waste bag when the count "
        "was one short. Count then correct, pt fine.",
    ),
    (
        None,
        None,
        "Scrub nurse opened the laparoscopy tray and found a used needle holder inside "
        "with blood on it. Tray sent back to HSDU, new set opened.",
    ),
    (
        None,
        None,
        "HCA sustained a needlestick injury from a used needle left on the procedure "
        "trolley after the cannulation. OH contacted.",
    ),
    (
        None,
        None,
        "Wound swab sent from the ward with the wrong pt label, lab rejected it and a "
        "repeat swab was taken.",
    ),
    (
        "3",
        None,
        "Post op AXR on day 2 showed a swab in the pelvis after the laparotomy. Pt "
        "taken back to theatre and the swab removed.",
    ),
    (
        "3",
        None,
        "Woman seen by community midwife on day 5 after the perineal repair, vaginal "
        "swab found high in the vagina. Removed, woman unwell with offensive discharge.",
    ),
    (
        "3",
        None,
        "CXR after the R IJ line shows the guidewire in the SVC alongside the catheter."
        " Wire removed by IR next day.",
    ),
    (
        None,
        "3",
        "At the end of the laparoscopic chole the needle count was one short. Searched,"
        " xray in theatre showed the needle in the RUQ, retrieved before closing. Count"
        " correct.",
    ),
    (
        "3",
        None,
        "Throat pack still in the oropharynx on arrival in recovery after the "
        "tonsillectomy, removed by the recovery nurse.",
    ),
    (
        "3",
        None,
        "Pt represented 3 weeks after the hernia repair with a discharging sinus, wound"
        " explored under LA and a piece of gauze found and removed.",
    ),
    (
        "3",
        None,
        "Drill bit snapped during the ORIF of the ankle, nobody noticed, tip of the "
        "drill found in the fibula on the 2 week check xray.",
    ),
    (
        None,
        "3",
        "Femoral line inserted in ED, at the end the doctor realised the guidewire was "
        "not on the trolley, it was still in the line and was pulled out before the "
        "dressing went on.",
    ),
    (
        "3",
        None,
        "Pt had a tear stitched after delivery and the midwife put a tampon in for the "
        "bleeding, nobody took it out. Came out at home 4 days later, pt unwell.",
    ),
    (
        "3",
        None,
        "Pt says after her hysterectomy she could feel something, CT shows a retained "
        "surgical swab in the pelvis.",
    ),
    (
        None,
        "3",
        "Scrub nurse count at closure of the caesarean 1 large swab missing, surgeon "
        "found it in the uterine cavity and removed it before closing the uterus.",
    ),
    (
        "3",
        None,
        "Radiologist reports a linear metallic density in the L paracolic gutter "
        "consistent with a retained needle following the laparotomy.",
    ),
    (
        "3",
        None,
        "L knee TKR, tourniquet left on the thigh on return to the ward, noticed by the"
        " ward nurse 2 hours later.",
    ),
]


@pytest.mark.parametrize(("never_event", "near_miss", "text"), CASES)
def test_what_the_item_is_and_where_it_came_from(
    never_event: str | None, near_miss: str | None, text: str
) -> None:
    assert never_event_codes(text) == (never_event, near_miss)
