"""Round 25: how a catch before the patient is told, and two framework exclusions read closer.

- A count timed at the closing itself ("count at closure of the sheath", "at the end-of-repair
  count") is part of the procedure like one "before closure"; an item found and the count told
  made good right after it ("removed, recount correct") came out before the end; a closure told
  once the item was back ("count correct, skin closed") is no sign of an item left in.
- Air for oxygen caught while the patient was still on the source the wrong connection was to
  replace ("remained on the anaesthetic circuit until then"), while the mask was on its way to
  the face, (not a bare "before it was applied", which may name another device).
- High-strength midazolam stock kept in the sedation area for another use ("kept there for
  status epilepticus") names where it was meant for, not where it was used; "bag-mask
  ventilated" is the rescue, not a ventilated patient; "until sats stable on air" is the
  oxygen's weaning target, not air intended.

Each suppressing cue is paired with narratives where its words appear in an innocent role and
the never event still reached the patient.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # count short at the closing, found in the patient and removed, recount correct
        (
            "Open hernia repair. Count at closure of the external oblique: 1 small swab "
            "missing. Surgeon explored the canal, swab found under the cord, removed. "
            "Recount correct.",
            (None, "3"),
        ),
        (
            "Perineal repair on delivery suite. At the end-of-procedure count one raytec "
            "missing. Doctor re-examined - swab high in the vagina. Removed, count correct, "
            "woman told.",
            (None, "3"),
        ),
        (
            "Carpal tunnel release. Count before skin closure one needle short. Searched the "
            "drapes then the wound, needle found in the wound and retrieved. Count correct, "
            "skin closed.",
            (None, "3"),
        ),
    ],
)
def test_item_found_at_the_closing_count_is_a_near_miss(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the count at closure was short, the wound closed anyway, found later
        "Laparotomy. Count at closure of the sheath: 1 swab missing, not found on search, pt "
        "closed. Swab seen on CT 5 days later and removed at relaparotomy.",
        # the count "found ... missing" is the count's finding, not the item found
        "At the end of the procedure the count found one swab missing. Search negative, "
        "wound closed. Xray on the ward next day showed a swab in the pelvis.",
        # count correct then closed, item found after the patient left theatre
        "Knee arthroscopy. Count correct, skin closed. Post op xray in recovery showed a "
        "broken shaver tip in the joint, returned to theatre for removal.",
        # the recount was correct but the item had been left in: found at a later visit
        "Recount correct at the end of the op. Pt discharged home. At the GP practice the "
        "nurse found a swab in the wound and removed it.",
    ],
)
def test_item_left_in_past_the_closing_stays_a_never_event(text: str) -> None:
    assert never_event_codes(text)[0] == "3"


@pytest.mark.parametrize(
    "text",
    [
        "Recovery bay 2. Pt post lap chole needed O2 4L via Hudson mask. HCA attached the mask "
        "to the flowmeter on the right of the pendant, which is air. Spotted by the anaesthetist "
        "as the mask was being brought to his face, moved to O2.",
        "Pt transferred from ED on 2L O2 via nasal specs. On the ward the specs were plugged "
        "into the air outlet; the nurse noticed while he was still on the portable cylinder. "
        "Moved to the oxygen outlet.",
        "COPD pt for venturi 28% O2. Venturi tubing attached to medical air on the wall. Pt "
        "remained on the transfer cylinder until the correct flowmeter was connected; error "
        "seen by the physio.",
        "Child with bronchiolitis, O2 via nasal cannula. Nurse connected the cannula to the "
        "wall outlet marked AIR and noticed the label as she turned to put the nasal cannula on "
        "the baby. Changed to oxygen.",
    ],
)
def test_air_for_oxygen_caught_before_the_patient_is_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "15")


@pytest.mark.parametrize(
    "text",
    [
        # the mask on its way back to the face after a break: she had been on air all night
        "Pt had been on the air outlet via her O2 mask all night, sats 85%. Day RN noticed at "
        "08:00 as the mask was being put back on her face after breakfast.",
        # the mask being brought to the face again after a wash: she had been on air
        "Pt on 40% O2 via venturi. Mask put on the medical air outlet by mistake after "
        "transfer and she was on air for 2 hrs, sats 84%. Noticed by RN as the mask was "
        "being lifted back after her wash.",
        # still on the cylinder named before, the wall air connection came later and ran
        "Pt stayed on the portable cylinder until the porter left, then the HCA plugged his "
        "specs into the air outlet and he was on air for 3 hours with sats 85%.",
        # the device went on and ran, then a turn to fetch a neb
        "Nasal specs on the pt connected to the air flowmeter for 40 mins, sats dropped to "
        "87%. Noticed when the RN turned to put the neb on the drip stand.",
    ],
)
def test_air_for_oxygen_that_reached_the_patient_stays_a_never_event(text: str) -> None:
    assert never_event_codes(text)[0] == "15"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # high-strength stock kept in the area for another use: still a mis-selection
        (
            "Endoscopy, OGD under conscious sedation. Midazolam 10mg/2ml ampoule taken from the "
            "emergency trolley (kept there for seizures) and 2ml given thinking it was 2mg. Pt "
            "oversedated, flumazenil given.",
            ("8", None),
        ),
        (
            "Cardioversion under conscious sedation in the day unit. RN drew up midazolam "
            "5mg/ml (stocked on the unit for ICU transfers) and 1ml given as 1mg. Sats 82%.",
            ("8", None),
        ),
        # bag-mask ventilation is the rescue, not an intensive care patient
        (
            "Bronchoscopy, conscious sedation. Midazolam 5mg/ml given instead of 1mg/ml, 2ml "
            "given. Pt apnoeic, bag-mask ventilated, flumazenil with response.",
            ("8", None),
        ),
    ],
)
def test_high_strength_midazolam_kept_for_another_use(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the sedation itself in intensive care: excluded
        "ICU bed 4, ventilated pt. Midazolam 5mg/ml used for the sedation infusion made up as "
        "per unit protocol, conscious sedation hold for wake test.",
        "Status epilepticus in ED resus: midazolam 10mg/2ml given IV for seizures, "
        "procedural sedation team not involved.",
    ],
)
def test_high_strength_midazolam_where_it_belongs_stays_excluded(text: str) -> None:
    assert never_event_codes(text)[0] != "8"


def test_weaning_target_on_air_is_not_air_intended() -> None:
    text = (
        "Day unit. Pt prescribed O2 2L via nasal cannula until sats stable on air. Only the "
        "medical air flowmeter was free so the cannula was plugged into it. Found 30 mins "
        "later by the NIC."
    )
    assert never_event_codes(text) == ("15", None)


def test_air_prescribed_for_the_nebuliser_stays_excluded() -> None:
    text = (
        "Pt with type 2 respiratory failure, sats stable on air. Salbutamol neb prescribed "
        "air-driven, connected to the medical air flowmeter as intended."
    )
    assert never_event_codes(text)[0] is None


def test_a_short_length_of_wire_shown_is_no_count_finding() -> None:
    text = (
        "IR suite. Check screening before the drapes came down showed a short length of "
        "guidewire left in the femoral vein. Snared and removed through the sheath, pt still on "
        "the table."
    )
    assert never_event_codes(text) == (None, "3")


@pytest.mark.parametrize(
    "text",
    [
        # the mask on its way to the face again, hours after the air connection
        "Pt on 4L via face mask connected to the air flowmeter for approx 3 hours, sats 86%. "
        "Found by the outreach nurse when the mask was being placed onto her face again after "
        "mouth care. Moved to O2, sats improved.",
        # "remained on" the air itself until it was put right
        "Specs connected to the air outlet at 10:00 on the ward. Pt remained on air instead of "
        "oxygen until the correct flowmeter was fitted at 13:30, sats 84%.",
        # the circuit was the air supply: "remained on the circuit until then" is no catch
        "Pt was on the circuit with the air flowmeter at 10L for 40 minutes in recovery, sats "
        "88%, remained on the circuit until then when the ODP noticed.",
    ],
)
def test_air_for_oxygen_that_lasted_a_while_stays_a_never_event(text: str) -> None:
    assert never_event_codes(text) == ("15", None)


def test_high_strength_midazolam_stocked_for_the_unit_itself_stays_excluded() -> None:
    """Stock "for ICU sedation" names the area where it belongs, not another use."""
    text = (
        "Critical care: midazolam 5mg/ml used for sedation of a ventilated patient (stocked on "
        "the unit for ICU sedation); the infusion ran at double the rate for 2 hours."
    )
    assert never_event_codes(text) == (None, None)
