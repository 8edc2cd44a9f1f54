"""Review R21's strict xfails of the bed-rail and blood-group readings, mended.

- The head of the bed named ("head-end rail", "at the head of the bed") is no patient's head in
  the rail gap: a limb caught between the rails there is a limb-only entrapment (probe 16).
- The donor's group of the patient's own stem cell graft is no organ given across groups (an
  ABO-mismatched graft is given by protocol): it judges the red cells given after it (probe 60).
- A transplant's groups told tersely as a pair ("recipient A donor O") are groups (probe 61).
- An organ told transplanted in error is unintended, whatever treatment (plasma exchange)
  follows (probe 78).
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NEVER_EVENT_11 = ("11", None)
NEVER_EVENT_12 = ("12", None)
NEAR_MISS_12 = (None, "12")
NOTHING = (None, None)


@pytest.mark.parametrize(
    "text",
    [
        # review R21 probe 16
        (
            "Pt's arm found trapped between the head-end rail and the side rail, bruising to "
            "forearm, no other injury."
        ),
        "Arm caught in the gap between the split rails at the head of the bed, skin tear.",
        ("Resident's hand stuck between the bed rail bars near the head of the bed, small graze."),
        (
            "Right arm wedged between the head end rail and the lower side rail, skin tear to "
            "the arm."
        ),
        (
            "Found with his left leg trapped between the head section rail and split side rail, "
            "leg bruised."
        ),
    ],
)
def test_limb_caught_at_the_head_of_the_bed_is_no_neck_entrapment(text: str) -> None:
    assert never_event_codes(text) == NOTHING


@pytest.mark.parametrize(
    "text",
    [
        "Pt's neck found trapped between the head-end rail and the side rail, purple in face.",
        (
            "Pt's head and neck wedged between the head end rail and split side rail, dusky, "
            "freed by staff."
        ),
        (
            "Pt found with her head trapped between the head-end rail and the side rail, freed "
            "by staff, red marks to neck."
        ),
        (
            "Patient had slipped down, head wedged in gap between rail and mattress at head of "
            "bed, unable to free himself."
        ),
        "Pt's head between the head end rail and side rail, stuck, HCA freed him.",
    ],
)
def test_head_or_neck_caught_at_the_head_of_the_bed_stays_never_event_11(text: str) -> None:
    assert never_event_codes(text) == NEVER_EVENT_11


@pytest.mark.parametrize(
    "text",
    [
        # review R21 probe 60
        (
            "Post BMT pt, recipient group O, donor group A. Group O red cells were correctly "
            "issued; group A platelets given. No reaction."
        ),
        (
            "Allogeneic SCT recipient (pt group O, donor group A): group A platelets given today "
            "per transplant protocol, no reaction."
        ),
        (
            "Bone marrow transplant last year, donor blood group B, patient group O. Given group "
            "B platelets and group O red cells. Uneventful."
        ),
        (
            "Pt is post HSCT; recipient group A, donor group AB. Group AB plasma transfused, no "
            "issues."
        ),
        (
            "Stem cell transplant pt: donor group A, recipient group O. Audit of component "
            "selection, all units correct."
        ),
    ],
)
def test_stem_cell_graft_donor_group_is_no_organ_given_across_groups(text: str) -> None:
    assert never_event_codes(text) == NOTHING


@pytest.mark.parametrize(
    "text",
    [
        # dev-16038
        (
            "Post allogeneic SCT pt - recipient group A, donor group O. Transfusion requirements "
            "on LIMS said group O red cells only but flag missing. Issued and transfused group A "
            "red cells. Pt developed haemolysis."
        ),
        (
            "Post BMT pt, recipient group O, donor group A. Group A red cells were transfused in "
            "error, pt developed haemolysis."
        ),
        (
            "Post BMT pt group A, donor group A. Group O platelets not high titre negative were "
            "given, rigors."
        ),
        # another patient's graft (dev-72090's situation, infused)
        (
            "Stem cell bag for room 2 taken into room 4 on the BMT unit. Room 4 pt group O; bag "
            "for room 2 was from a group A donor, not red cell depleted. Bag infused before the "
            "error was noticed."
        ),
        (
            "Room 4 pt on the BMT unit is group O; the stem cells infused were room 2's, whose "
            "donor was group A. 50ml infused before noticed."
        ),
        # a solid organ's donor group
        (
            "ABO-incompatible kidney (donor B, recipient O) anastomosed and reperfused before the "
            "mismatch was realised by the coordinator."
        ),
    ],
)
def test_incompatible_units_and_organs_beside_a_graft_stay_never_event_12(text: str) -> None:
    assert never_event_codes(text) == NEVER_EVENT_12


@pytest.mark.parametrize(
    "text",
    [
        # review R21 probe 61
        (
            "Post allo SCT, recipient A donor O; group A red cells issued by lab in error, caught "
            "at bedside check before spiking, swapped for group O."
        ),
        (
            "Pt 6 months post allogeneic stem cell transplant (recipient group A, donor group O). "
            "Lab issued group A red cells; bedside check noticed the special requirement for "
            "group O red cells, not spiked, unit returned."
        ),
        (
            "Post HSCT, donor O recipient A. Group A red cells brought to the ward in error, "
            "checking nurses noticed before the transfusion started; swapped for group O."
        ),
        (
            "BMT pt recipient B donor O: group B red cells collected from the fridge, stopped at "
            "the bedside check before connection and swapped for a group O unit."
        ),
    ],
)
def test_red_cells_of_the_recipient_not_the_graft_caught_at_the_bedside_are_near_miss_12(
    text: str,
) -> None:
    assert never_event_codes(text) == NEAR_MISS_12


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Post allo SCT, recipient A donor O; group A red cells issued by lab in error and "
                "transfused, pt developed haemolysis."
            ),
            NEVER_EVENT_12,
        ),
        (
            (
                "Post allo SCT, recipient A donor O; group O red cells issued as per protocol and "
                "transfused. No issues."
            ),
            NOTHING,
        ),
        ("Post allo SCT, recipient A donor O; group A platelets given. No reaction.", NOTHING),
        ("Post allo SCT, recipient A donor A; group A red cells given, no issues.", NOTHING),
    ],
)
def test_terse_recipient_and_donor_groups_judge_what_was_given(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # review R21 probe 78
        (
            "Group A kidney transplanted into a group O recipient in error, picked up post op "
            "when lab rang. Plasma exchange started."
        ),
        (
            "Deceased donor kidney (group B) was transplanted into our group O patient by mistake "
            "- ABO check missed. Plasma exchange and IVIG commenced post op."
        ),
        (
            "Liver from a group A donor mistakenly transplanted into a group O recipient; "
            "antibody removal started after the error was found."
        ),
        (
            "Group AB kidney inadvertently implanted in a group A recipient; identified day 1, "
            "plasmapheresis started."
        ),
    ],
)
def test_organ_transplanted_in_error_then_treated_is_never_event_12(text: str) -> None:
    assert never_event_codes(text) == NEVER_EVENT_12


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Planned ABOi living donor renal transplant (donor A, recipient O), plasma "
                "exchange pre-op per protocol; transplant done uneventfully."
            ),
            NOTHING,
        ),
        (
            (
                "ABOi kidney transplant (group A kidney, group O recipient) done as planned with "
                "plasma exchange; tacrolimus dose given in error on day 2."
            ),
            NOTHING,
        ),
        (
            (
                "Donor kidney group B brought to theatre for a group O recipient; checking by "
                "coordinator picked up mismatch and procedure stopped before knife to skin. No "
                "transplant took place."
            ),
            NEAR_MISS_12,
        ),
        ("Wrong unit given in error; unit group O, pt group A, compatible. No reaction.", NOTHING),
        # an organ transplanted in error into the wrong recipient, ABO compatible
        (
            (
                "Group O kidney transplanted into a group A recipient in error (was allocated to "
                "another pt), ABO compatible, no harm."
            ),
            NOTHING,
        ),
        (
            (
                "Liver transplanted in error into the wrong recipient, donor group O, recipient "
                "group B, compatible. Duty of candour."
            ),
            NOTHING,
        ),
    ],
)
def test_planned_aboi_transplants_and_compatible_units_keep_their_reading(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
