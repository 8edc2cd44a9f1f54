"""Reviewer leftovers: the error that reached the patient after a step told as "before", a
later act after a query answered as right, and an audit finding with no patient.

- An oxygen device joined to the air flowmeter "before" it was put on the patient, then told
  put on or used on the patient: the air reached the patient (never event 15). The same air
  seen before the device went on, and moved to the oxygen before it did: near miss 15.
- Oxygen "not yet weaned off" is the oxygen still needed, not a catch: a device found on the
  air on that patient is never event 15.
- A wound closed "before" the count was finished, the swab then seen on an x-ray: left in a
  closed wound, never event 3. A find on the x-ray before the closure: near miss 3.
- Strong potassium queried and confirmed as the right strength, then given undiluted instead
  of a flush: never event 4. The query answered as right does not undo the later giving.
- A bed rail audit with no patient involved, its gaps told as what they could trap: both null.
  A patient's neck held by the rail: never event 11.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NULL = (None, None)

CASES = [
    # 15: the device put on the patient after it was joined to the air
    (
        "Simple face mask connected to the air flowmeter before the mask was put on the pt, "
        "then used on the pt overnight; the air was only noticed later by the day staff.",
        ("15", None),
    ),
    (
        "Venturi attached to medical air flowmeter prior to being placed on patient. Mask then "
        "applied to patient who requires 28% O2. Noticed on drug round it was on air.",
        ("15", None),
    ),
    (
        "pt needs 35% venturi. SN set the venturi up on the air flowmeter before the mask went "
        "on, then put it on the pt. Only picked up at handover that it was on air.",
        ("15", None),
    ),
    (
        "Venturi connected to the air flowmeter before it was put on the patient; mask on pt "
        "for 2 hrs before the air was noticed.",
        ("15", None),
    ),
    # 15: the oxygen not yet weaned off is the need
    (
        "Pt on 2L O2, O2 not yet weaned off. At 14:00 nasal specs found connected to the air "
        "outlet on the patient, changed to O2.",
        ("15", None),
    ),
    (
        "O2 not yet weaned off as still requiring 2l. Nasal specs found connected to the air "
        "outlet on the patient by the night staff.",
        ("15", None),
    ),
    (
        "Patient still needs oxygen (not yet weaned off). Nasal cannula found attached to the "
        "medical air outlet while on the patient.",
        ("15", None),
    ),
    (
        "O2 not yet weaned off. nasal specs found connected to the air outlet on the patient",
        ("15", None),
    ),
    # 15 look-alikes: seen before the device went on
    (
        "Venturi mask connected to the air flowmeter, noticed before the mask went on the "
        "patient, reconnected to oxygen.",
        (None, "15"),
    ),
    (
        "Pt needs 4L O2. Nasal specs plugged into the air flowmeter, spotted by RN before the "
        "specs went on the pt, moved to O2 and then put on the patient.",
        (None, "15"),
    ),
    (
        "Pt requiring oxygen, mask connected to air outlet, noticed before it was put on him, "
        "swapped to oxygen.",
        (None, "15"),
    ),
    (
        "Pt on 28% O2 via venturi. Student connected the new venturi to the air flowmeter; I saw "
        "it before it was put on the pt, changed it to the O2 flowmeter and then applied the "
        "mask.",
        (None, "15"),
    ),
    # 3: closed before the count was finished, the swab on the x-ray
    (
        "The wound was closed before the count was completed and a swab was seen on the post-op "
        "x-ray.",
        ("3", None),
    ),
    (
        "Skin closed before final count finished; xray in recovery showed a retained swab, "
        "returned to theatre.",
        ("3", None),
    ),
    (
        "Closure started and finished before the swab count was reconciled. 1 swab missing, "
        "found on x-ray in the abdomen, reopened.",
        ("3", None),
    ),
    (
        "wound closed b4 count complete - swab found on xray same day, pt back to theatre for "
        "removal",
        ("3", None),
    ),
    # 3 look-alikes: found before the closure
    (
        "Count discrepancy before closure, x-ray on table showed swab in abdomen, removed before "
        "closing.",
        (None, "3"),
    ),
    (
        "Swab missing at count, wound not closed, x-ray showed swab in the pelvis, retrieved "
        "before closure.",
        (None, "3"),
    ),
    (
        "Count incomplete before closure of the peritoneum, surgeon stopped, swab found in the "
        "wound and removed, count then correct, closed.",
        (None, "3"),
    ),
    (
        "Swab count wrong at closing, missing swab found in the bin, count correct, wound closed.",
        NULL,
    ),
    # 4: the query answered as right, the later giving
    (
        "KCl queried. Pharmacist confirmed right strength. Later given undiluted instead of flush.",
        ("4", None),
    ),
    (
        "KCl queried with pharmacy, pharmacist confirmed the right strength; later given "
        "undiluted as a flush instead of sodium chloride.",
        ("4", None),
    ),
    (
        "Potassium chloride 15% queried, pharmacist confirmed it was the correct strength. Later "
        "the nurse gave it undiluted IV as a flush by mistake instead of 0.9% saline.",
        ("4", None),
    ),
    (
        "Nurse queried the strength of the potassium amps on the CD check, pharmacy said they "
        "were the right ones. Later the same night one was drawn up and pushed as a bolus "
        "instead of the water for injection.",
        ("4", None),
    ),
    # 4 look-alikes
    (
        "Strong KCl ampoule queried by nurse, pharmacist confirmed correct strength to add to "
        "the bag, and it was added to the bag as prescribed.",
        NULL,
    ),
    (
        "KCl ampoule picked up instead of a saline flush, queried by 2nd nurse before giving, "
        "not given.",
        (None, "4"),
    ),
    (
        "Pharmacist queried the KCl prescription, confirmed the strength was right, infusion "
        "given as prescribed at the correct rate.",
        NULL,
    ),
    # 11: an audit with no patient
    (
        "Audit of bed rail bar gaps on Ward 3 (no patient involved). 3 beds found with gaps over "
        "the limit where a patient's head or neck could be trapped between the bars. Rails "
        "replaced.",
        NULL,
    ),
    (
        "Bed rail entrapment audit: gaps between the rail bars exceeded the limit on 3 beds, "
        "chest/neck entrapment risk. No patient involved. Rails replaced.",
        NULL,
    ),
    (
        "Audit of bed-rail bar gaps: 3 beds found with gaps over the limit, rails replaced. No "
        "patient was in the beds.",
        NULL,
    ),
    (
        "Bed rail walk-round found gap between rail and headboard large enough for neck "
        "entrapment on 2 empty beds, rails removed.",
        NULL,
    ),
    (
        "Annual bed rail check: rail bars on beds 3, 6 and 9 over the gap limit (risk of "
        "head/neck entrapment). Beds were unoccupied, rails swapped.",
        NULL,
    ),
    # 11 look-alikes: a patient held
    (
        "Pt found with his neck trapped between the bed rail and the mattress, released by staff.",
        ("11", None),
    ),
    (
        "During the bed rail audit the team found a patient in bed 4 with his head and neck "
        "caught between the bars of the rail, released at once.",
        ("11", None),
    ),
    ("Pt found with her arm trapped in the bed rails, no injury.", NULL),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_reviewer_leftovers(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
