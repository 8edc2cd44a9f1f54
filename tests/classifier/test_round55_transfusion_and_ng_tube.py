"""Round 55, helper 2: never events 12 and 13 told in ways the rules did not read.

- A feed pump that ran "X ml in over an hour instead of Y ml/hr" compares two rates: the
  "instead of" is no wrong route (never event 5). A feed put into a vein still is one.
- "Before aspirating I flushed water down it": the gerund clause closes at its subject
  pronoun, so the flush into a tube later found in the airway was told as done (never event
  13). A film taken before anything went down the tube is still a near miss.
- Another patient's unit told by a dialysis station ("unit was for the pt on station 9"), or
  named for one person and picked up for another ("unit for Mr A ... picked up for Mr B"),
  stopped at the bedside: a near miss 12. The right patient's unit is none.
- A delayed haemolytic transfusion reaction (an alloantibody, days later) is not ABO: no
  never event 12. An acute haemolytic reaction after a group A unit in a group O patient is.
- The recipient's group named bare after "incompatible with" ("a B unit is incompatible with
  O"), the unit not spiked: a near miss 12. A label that agrees with the records is none.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

FEED_RATE_INSTEAD_OF_RATE = [
    "enteral feed pump free flowed after the giving set was loaded wrongly into the cassette, "
    "about 700ml of feed went in over 1hr via the NG tube instead of 60ml/hr. pt vomited. NG "
    "position was checked with pH 3 before the feed was started and is in the stomach on x-ray.",
]

FEED_INTO_A_VEIN = [
    "night staff connected the enteral feed giving set to the pt's PICC line instead of the "
    "NG tube, about 40ml of feed went in before it was noticed.",
]

FLUSHED_BEFORE_ASPIRATING = [
    "NG tube passed on the ward. before aspirating I flushed 20mls of water down it to clear "
    "it. pt coughing. x-ray later showed the tube in the left main bronchus, removed.",
    "new nasogastric tube, before checking pH we flushed 10ml water through it as taught. "
    "chest x-ray then showed the NG tube in the right bronchus.",
]

FILM_BEFORE_ANY_USE = [
    "NG tube passed on the ward. before aspirating, a chest x-ray was taken which showed the "
    "tube in the left main bronchus. removed, nothing was put down it.",
]

OTHER_PATIENTS_UNIT_STOPPED = [
    "haemodialysis: unit of red cells brought to give on the return line. on checking the tag "
    "against the wristband the hospital number was different - unit was for the pt on station "
    "4, group AB neg, our pt B neg. not connected, sent back to the lab.",
    "bag for Mrs Khan (bed 5, group B neg) picked up for Mrs Kahn (bed 12, group O neg) - "
    "spotted at the bedside check, not spiked. lab told.",
]

RIGHT_PATIENTS_UNIT = [
    "haemodialysis: unit of red cells brought to our pt on station 4, group A pos, our pt "
    "A pos. bedside check done, connected, no problems.",
    "bag for Mrs Khan (bed 5, group B neg) picked up from the fridge and taken to her bed. "
    "checked and spiked, went in without problem.",
]

DELAYED_HAEMOLYTIC_REACTION = [
    "readmitted 10 days after 3 units for a GI bleed with Hb lower than before the "
    "transfusion - delayed haemolytic transfusion reaction. known anti-Fya from another "
    "hospital but nobody had asked about an antibody card.",
]

ACUTE_HAEMOLYTIC_REACTION = [
    "group A unit hung on the bed 6 pt who is group O pos by mistake, 50ml in then fever and "
    "back pain, acute haemolytic transfusion reaction. stopped.",
]

INCOMPATIBLE_WITH_BARE_GROUP = [
    "bedside check: the label on the bag says the pt is B pos, lab report and past results "
    "say O pos. same name and NHS number so a labelling error in the lab. bag not spiked, lab "
    "rang. that unit is incompatible with O. right unit sent up.",
]

LABEL_AGREES = [
    "bedside check: the label on the bag says the pt is O neg, lab report and past results "
    "say O neg. all checks fine, transfused without problem.",
]


@pytest.mark.parametrize("text", FEED_RATE_INSTEAD_OF_RATE)
def test_rate_instead_of_rate_is_no_wrong_route(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", FEED_INTO_A_VEIN)
def test_feed_into_a_vein_is_still_wrong_route(text: str) -> None:
    assert never_event_codes(text)[0] == "5"


@pytest.mark.parametrize("text", FLUSHED_BEFORE_ASPIRATING)
def test_flush_before_aspirating_is_use(text: str) -> None:
    assert never_event_codes(text) == ("13", None)


@pytest.mark.parametrize("text", FILM_BEFORE_ANY_USE)
def test_film_before_any_use_is_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "13")


@pytest.mark.parametrize("text", OTHER_PATIENTS_UNIT_STOPPED)
def test_other_patients_unit_stopped_is_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "12")


@pytest.mark.parametrize("text", RIGHT_PATIENTS_UNIT)
def test_right_patients_unit_is_nothing(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", DELAYED_HAEMOLYTIC_REACTION)
def test_delayed_haemolytic_reaction_is_not_abo(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", ACUTE_HAEMOLYTIC_REACTION)
def test_acute_haemolytic_reaction_after_wrong_group_is_abo(text: str) -> None:
    assert never_event_codes(text)[0] == "12"


@pytest.mark.parametrize("text", INCOMPATIBLE_WITH_BARE_GROUP)
def test_incompatible_with_bare_group_stopped_is_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "12")


@pytest.mark.parametrize("text", LABEL_AGREES)
def test_label_agreeing_with_records_is_nothing(text: str) -> None:
    assert never_event_codes(text) == (None, None)
