"""A thing that hit a person by accident is no violence: a car, a van or an ambulance that hit
or struck someone, a door, a hoist bar or a trolley that swung, rolled or slammed into them,
someone "hit by a reversing van" (theme_thing_hit_someone). Neither the learned model (which,
retrained with batches 78 to 81, read "car", "door" and "hit" as an assault) nor the rules' cue
of a blow at a porter or a paramedic take them for behaviour_abuse_safeguarding. A person who
hit someone still counts: a thing thrown at them, and a person told as in or on the thing just
before the blow ("the man on the trolley hit the paramedic", theme_person_in_a_thing)."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

BEHAVIOUR = "behaviour_abuse_safeguarding"


@pytest.mark.parametrize(
    "text",
    [
        "A car hit the man in the car park, ED informed.",
        "The door swung shut and hit the man as he went out of the clinic, bruise to his arm.",
        "Visitor was hit by a reversing van in the hospital car park and taken to ED with a leg "
        "injury.",
        "The fire door slammed shut in the wind and struck the porter on the shoulder, first aid "
        "given.",
        "The ambulance reversed into the bay and struck a paramedic standing behind it, minor "
        "injury.",
        "While the bed was being moved into the bay it hit the patient's foot, small skin tear "
        "dressed.",
        "The hoist bar swung round and hit Mrs Jones on the forehead during the transfer, small "
        "bruise.",
        "Pt was struck by the closing lift doors on her arm, no injury, estates informed.",
        "A mobility scooter hit an elderly visitor in the main corridor, bruised shin, first aid "
        "given.",
        "The drugs trolley hit the man's knee as the nurse turned it round in the bay, bruising "
        "noted.",
    ],
)
def test_a_thing_that_hit_someone_by_accident_is_no_behaviour(text: str) -> None:
    assert BEHAVIOUR not in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Patient on the trolley hit the paramedic in the face during the handover in ED.",
        "Pt in wheelchair hit out at staff and struck the physio on the arm.",
        "The man in the next bed hit my mum across the face with his stick.",
        "The lady in the bed opposite hit the nurse when she tried to give her tablets.",
        "A patient threw a ball which hit the nurse in the face, security called.",
        "Service user threw a chair at the support worker, it hit her leg and she needed first "
        "aid.",
        "A visitor hit the security guard in the car park after being asked to leave.",
        "Patient on a trolley in ED punched the nurse in the face and was restrained by security.",
        "Resident rammed her wheelchair into another resident and hit her legs repeatedly.",
    ],
)
def test_a_person_who_hit_someone_still_counts(text: str) -> None:
    assert BEHAVIOUR in theme_ids(text)
