"""Retained items (never event 3) and the words that look like them: an anatomical sheath, a
side named before a hip fracture's fixation, an image's level marker, a pack left in as planned
or a tampon the patient put in herself, or a line seen on the round of line checks are no item
left behind; a layer closed before the next
one is still to be closed is no end of the operation; a guidewire seen in the central veins on
a later film and an instrument's tip broken off in use are items left in. Every cue that can
rule a retained item out or make it a near miss has look-alikes where the item stayed in."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        # a nasal pack left in with its plan, its late removal the incident
        "Septal surgery on Friday. Both nasal packs were left in as planned, op note says out on "
        "Saturday morning. Not on the handover and still in on Sunday, removed by the SHO.",
        # a vaginal pack put in with its plan written down, missed at handover
        "Vault repair. Vaginal pack inserted after the repair with instructions documented on "
        "the whiteboard and in the notes, IDC too. The night team missed it and it came out 30 "
        "hours late. Pack count 1 in, 1 out.",
        # a tampon the patient put in herself and forgot
        "Woman, 24, to ED with a fever and offensive discharge. A retained tampon, inserted by "
        "the woman 5 days before and forgotten, was removed on speculum examination.",
        # the rectus sheath named beside a block: a layer of the body, no item
        "Rectus sheath catheters sited at the end of the laparotomy for analgesia, as planned. "
        "Count correct.",
        # a wrong-route infusion seen on the round of line checks: no item left in
        "ICU. IV paracetamol connected to the epidural catheter filter instead of the CVC. "
        "Noticed on her hourly line check after about 10 ml. Epidural removed, neuro obs.",
        # the level checked on an image with a marker: the operation's own localisation
        "Lumbar discectomy. A confirmatory lateral image with a marker in the disc space showed "
        "the instrument at the planned level and the discectomy went ahead.",
    ],
)
def test_item_left_on_purpose_or_not_an_item_is_no_retained_object(text: str) -> None:
    assert never_event_codes(text)[0] != "3"
    assert never_event_codes(text)[1] != "3"


@pytest.mark.parametrize(
    "text",
    [
        # a pack left in as planned, then another item found weeks later, sentences away
        "Septoplasty. Nasal packs left in as planned and taken out the next morning on the ward. "
        "Discharged home the same day. At review in clinic 2 weeks later a retained piece of "
        "gauze was found in the left nasal cavity and removed.",
        # the woman's own tampon named, then a swab left at the repair
        "Tampon inserted by the woman before admission was removed by the midwife at booking. "
        "Labour progressed normally. SVD with a second degree tear. After the perineal repair a "
        "swab was left in the vagina and found by the GP 5 days later.",
        # a tampon put in by the midwife, not the woman
        "Perineal repair. A tampon was inserted by the midwife to stem the bleeding and not "
        "removed; the woman found it at home 6 days later.",
        # a pack with its plan, and a swab left that was never on the count
        "Vaginal pack inserted at the end of the procedure with plan documented for removal at "
        "06:00 and it was removed then. A swab was found in the vagina by the GP a week later; "
        "it was not on the count.",
        # a side named with the hip fracture, and the wire left in
        "DHS for left NOF fracture. Guidewire fragment left in the femoral head, seen on the "
        "post-op x-ray.",
        # a level marker image named, then a swab left in the wound
        "Lateral image with a marker confirmed the L4/5 level. Post-op x-ray the next day "
        "showed a retained swab in the wound.",
        # "about to be closed" with the count then wrongly signed correct: retained
        "Laparotomy. Skin about to be closed when the count showed a swab missing; x-ray taken "
        "and no swab seen, count signed as correct and closed. CT on day 3 showed the swab in "
        "the pelvis, removed at relaparotomy.",
        "LSCS. Uterus closed, rectus sheath about to be closed when the count was declared "
        "correct. Closure completed. Two days later a swab was found on CT in the pelvis and "
        "removed at relaparotomy.",
        # items found at a check, with a line check named beside them
        "CVC removed on the ward. The guidewire tip was found at the line check the next day "
        "still in the neck on the x-ray.",
        "Day 2 after laparotomy. Swab found at the wound check, protruding from the wound, "
        "removed by the ward nurse.",
        "Post-op ICU. Throat pack found still in the pharynx on her hourly line check by the "
        "ICU nurse, removed.",
        # a guidewire on the ward film, days after the line
        "Ward CXR: a guidewire can be seen running down into the IVC from the femoral line "
        "placed 3 days ago. Removed by IR.",
        # a grasper's jaw broken off in the joint, found on the film afterwards
        "Knee arthroscopy: the jaw of the grasper snapped off in the joint and was not noticed; "
        "the post-op x-ray showed the metal fragment in the knee, removed at a second "
        "arthroscopy.",
    ],
)
def test_item_left_behind_stays_never_event_3(text: str) -> None:
    assert never_event_codes(text) == ("3", None)


@pytest.mark.parametrize(
    "text",
    [
        # a layer closed, the next still to close when the count was short
        "LSCS. Uterus closed, sheath about to be closed when the count showed one swab missing. "
        "It was found in the paracolic gutter and removed, count correct, closure completed.",
        # an instrument's tip broken off in use and retrieved before the portals were closed
        "The tip of the forceps broke off during use at the end of the case; the scrub nurse "
        "noticed it before the portals were closed and it was retrieved from the joint.",
    ],
)
def test_item_found_before_the_operation_ended_is_near_miss_3(text: str) -> None:
    assert never_event_codes(text) == (None, "3")
