"""Round 70, helper 3: words of a theme told of something else.

- A fear told with who it would happen to and its modal ("she was frightened she would fall if
  she got up", "scared he might fall") is a fear of what had not happened: no fall. A patient
  who was frightened and fell, or feared a fall and then fell, still fell.
- "than it should" names a medicine only of a rate ("the infusion ran faster than it
  should"); an amount of anything ("the window opens much more than it should", "bled more
  than it should") is no medication.
- A test named after "without a" is a test not done only straight after it ("without a repeat
  troponin", "without any CT head"), not clauses on ("cant take him off the ward without a band
  its the policy, CT wont scan him").
- A wristband not looked at or checked is the patient's identity left unchecked, not a patient
  or a result nobody assessed; a report or an ECG not looked at still is.
- A scratch told on the writer's own body or a colleague's, or after a punch told in the
  present ("punch me ... and scratched my arm"), is an assault on staff, not self-harm; a
  patient who scratched her own arms still self-harmed.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

FALL_CASES = [
    (
        "Call bell in side room 2 broken overnight, pt said she was frightened she would fall "
        "if she got up alone so she stayed in a wet bed.",
        False,
    ),
    (
        "Pt told me he was scared he might fall walking to the toilet, nobody answered the "
        "buzzer for 30 min.",
        False,
    ),
    (
        "Mrs T worried she will fall now her frame has gone to be repaired, another frame "
        "brought from the store.",
        False,
    ),
    (
        "Pt was frightened and fell when she tried to get up alone, found on the floor by the "
        "bed at 03:00.",
        True,
    ),
    (
        "Pt scared she would fall so tried to get up quickly and fell onto the floor by the "
        "bed, hoisted back.",
        True,
    ),
]

MEDICATION_CASES = [
    (
        "Cleaning room 4 I saw the window opens much more than it should, restrictor bracket "
        "loose, room locked.",
        False,
    ),
    ("The wound bled more than it should after the dressing change, dr informed.", False),
    ("The heparin infusion ran much faster than it should, pump set at 50 instead of 5.", True),
    ("The drip went in quicker than it should have, 1L over 1 hour instead of 8.", True),
]

ASSESSMENT_CASES = [
    (
        "Porter sent for pt to go to CT. No wristband on. Told the nurse I cant take a pt "
        "without a band its the policy, CT wont scan him anyway. 20 min delay.",
        False,
    ),
    (
        "Radiographer asked the pts name and he agreed, wristband not looked at, x-ray done on "
        "the wrong man.",
        False,
    ),
    (
        "Bloods taken from the wrong pt in bay 2, name band was not checked by the phlebotomist.",
        False,
    ),
    (
        "Discharged from ED with chest pain without a repeat troponin, readmitted next day "
        "with NSTEMI.",
        True,
    ),
    ("CT report not looked at by the team for 3 days, it showed a PE.", True),
    ("Chest pain in ED, ECG not looked at by a doctor for 2 hours, showed STEMI.", True),
]

SELF_HARM_CASES = [
    (
        "Giving personal care pt became agitated and punch me on my face and scratched my "
        "arm, no treatment needed.",
        False,
    ),
    (
        "Resident with dementia scratched the carer's hand while being hoisted, skin broken.",
        False,
    ),
    (
        "Pt found in the bathroom had scratched her arms with a broken plastic knife, superficial.",
        True,
    ),
    ("Pt found cutting her wrist in the toilet with a razor blade, 1:1 started.", True),
]


@pytest.mark.parametrize(("text", "expected"), FALL_CASES)
def test_a_feared_fall_is_no_fall(text: str, expected: bool) -> None:
    assert ("falls" in theme_ids(text)) is expected


@pytest.mark.parametrize(("text", "expected"), MEDICATION_CASES)
def test_than_it_should_is_a_medicine_of_a_rate(text: str, expected: bool) -> None:
    assert ("medication" in theme_ids(text)) is expected


@pytest.mark.parametrize(("text", "expected"), ASSESSMENT_CASES)
def test_a_wristband_unchecked_is_no_test_undone(text: str, expected: bool) -> None:
    assert ("assessment_diagnosis" in theme_ids(text)) is expected


@pytest.mark.parametrize(("text", "expected"), SELF_HARM_CASES)
def test_a_scratch_on_staff_is_no_self_harm(text: str, expected: bool) -> None:
    assert ("self_harm" in theme_ids(text)) is expected
