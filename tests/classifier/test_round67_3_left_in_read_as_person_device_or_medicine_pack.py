"""Round 67, helper 3: "left in", "found at the check" and "pack" read as no retained object.

- A person found at a welfare, roll or cell check ("found at the 02:00 welfare check"): the
  patient found on a round of the unit, not an item found at a later review; no never event 3.
- A person left waiting ("left in bed for 3 hours", "left in pain"): the patient kept waiting,
  not an item left in; no never event 3.
- A line, drain or catheter kept in place for its use ("wound catheter left in place for
  infusion"): a device in use, not an item left behind; no never event 3.
- A pack of medicines ("dosette packs", "blister packs"): a pharmacy pack, not a theatre pack;
  and a medicine "still in the pack" is in its packaging, not left in a patient; no never
  event 3.
Each has a look-alike in which an item of the procedure is left in the patient: never event 3.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    # a patient found at the welfare check
    (
        "Patient found at the 02:00 welfare check with a towel tied round her neck as a "
        "ligature; staff removed it, no injury, 1:1 obs started.",
        (None, None),
    ),
    # ... or at the cell check
    (
        "Young man found on the cell check at 06:30 with a towel knotted round his neck, "
        "officer cut it free, alert and talking.",
        (None, None),
    ),
    # look-alike: a swab found at the postnatal check
    (
        "At the 6 week postnatal check the GP found a gauze swab high in the vagina and "
        "removed it.",
        ("3", None),
    ),
    # a woman left in bed waiting
    (
        "Lady left in bed for 3 hours after her perineal tear was sutured as the ward was two "
        "midwives short; swab and needle count correct.",
        (None, None),
    ),
    # look-alike: a swab left in the vagina
    (
        "Swab left in the vagina after the perineal repair, found by the community midwife "
        "on day 4.",
        ("3", None),
    ),
    # a catheter kept in place for its use
    (
        "Wound catheter left in place for infusion of local anaesthetic after the hip "
        "replacement; ward nurse hung the IV antibiotics onto it by mistake, stopped after 5 ml.",
        (None, None),
    ),
    # look-alike: the catheter's tip sheared off and left in
    (
        "Epidural catheter kept in situ for top-ups after the section; its tip sheared off on "
        "removal and was left in the back.",
        ("3", None),
    ),
    # dosette packs made up with a stopped medicine
    (
        "Community pharmacy: next week's dosette packs were made up with the amlodipine still "
        "in after the GP stopped it; our record still showed it as current.",
        (None, None),
    ),
    # a stopped medicine still in the pack
    (
        "Carer saw that the stopped digoxin was still in the pack when giving the morning "
        "meds; the pharmacy had not updated the tray.",
        (None, None),
    ),
    # look-alike: a vaginal pack left in
    (
        "Vaginal pack left in after the repair, found by the community midwife on day 3.",
        ("3", None),
    ),
    # look-alike: a throat pack still in the mouth
    (
        "Nurse noticed the throat pack was still in the mouth on arrival in recovery.",
        ("3", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_left_in_read_as_person_device_or_medicine_pack(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
