"""Compatible units told as a possible ABO-incompatible transfusion (helper H50, batch 101).

Platelets are judged by the plasma they carry: group A, B or AB platelets for a group O patient
are compatible, however the platelets were made ("apheresis", "pooled", "irradiated", "HLA
matched", "CMV neg" between the group and its noun). Group O red cells carry no A or B antigen
and are compatible with every group: emergency O neg given before the patient was grouped
("Later grouped A pos", "Group came back as B pos") or with no recipient's group told at all is
no ABO-incompatible transfusion, whatever the reporter called it. The same words with a unit
that is incompatible (group O platelets not high-titre negative for a non-O patient, non-O red
cells for a group O patient, group O plasma for a group A patient) stay never event 12, or
near miss 12 when stopped before it was spiked.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NOTHING = (None, None)
NEVER_EVENT_12 = ("12", None)
NEAR_MISS_12 = (None, "12")


@pytest.mark.parametrize(
    "text",
    [
        "Patient is group O pos. Given one adult dose of group A apheresis platelets because "
        "there were no O platelets in stock. Nurse asked if this was ABO incompatible - "
        "haematologist said this is acceptable.",
        "Group O neg child received group B pos pooled platelets (no O available). Ward queried "
        "ABO incompatibility; transfusion lab confirmed this is within policy.",
        "Pt grp O. Received grp AB irradiated platelets as only group available. Raised as ?ABO "
        "incompatible. Haem cons happy.",
        "Mr X is group O RhD positive. He was transfused group A HLA matched platelets. Datix: "
        "possible ABO mismatch. Lab advised acceptable.",
        "O pos lady got A pos CMV neg platelets overnight, FY2 thought this was an incompatible "
        "transfusion. Discussed with haematology SpR, this is fine.",
        "Patient O neg. One pool of group A platelets given on the ward. Reported as ABO "
        "incompatible but haematology confirmed acceptable.",
        "Pt is O pos; given 1 unit of group A leucodepleted apheresis platelets overnight (no O "
        "in stock). Queried as ABO incompatible by the night FY1; haem reg confirmed acceptable.",
    ],
)
def test_non_o_platelets_of_any_make_for_a_group_o_patient_are_compatible(text: str) -> None:
    assert never_event_codes(text) == NOTHING


@pytest.mark.parametrize(
    "text",
    [
        "Major haemorrhage activated in ED. 3 units of O negative emergency red cells given "
        "before a sample was taken. Patient later grouped as B positive. Reported as a possible "
        "ABO incompatible transfusion.",
        "PPH on labour ward, flying squad O neg x2 transfused. Subsequently grouped AB pos. "
        "Midwife raised incident as ABO incompatible.",
        "Emergency O neg red cells x4 given in resus for a stab wound. Group came back as A pos. "
        "F2 reported as ABO mismatch.",
        "Emergency O pos blood given x2 to a male trauma patient, later grouped A neg. Reported "
        "as ABO incompatible.",
        "Two units O neg from the ED fridge put up for a GI bleed, then grouped as B pos once "
        "the sample was processed. Queried as an incompatible transfusion.",
        "Blood group result came back B pos after 2 units of emergency O neg had gone in. "
        "Reported as a possible ABO mismatch.",
    ],
)
def test_emergency_o_red_cells_before_the_patient_was_grouped_are_compatible(text: str) -> None:
    assert never_event_codes(text) == NOTHING


@pytest.mark.parametrize(
    "text",
    [
        "2 units of uncrossmatched O RhD negative blood given from the theatre fridge, group not "
        "yet known. Datix raised as a possible ABO incompatible transfusion.",
        "Unit of O neg blood hung on the wrong patient in bay 2. Reported as ABO incompatible "
        "transfusion.",
        "Emergency O neg given during the arrest before any grouping was done, reporter ticked "
        "ABO incompatible blood.",
    ],
)
def test_group_o_red_cells_with_no_recipient_group_told_are_compatible(text: str) -> None:
    assert never_event_codes(text) == NOTHING


@pytest.mark.parametrize(
    "text",
    [
        "Patient group A pos received group O pos apheresis platelets labelled high titre "
        "positive. ABO incompatible transfusion.",
        "Pt grp B given grp O pooled platelets that were not high titre negative tested. "
        "Reported as ABO incompatible.",
        "Pt group A. Given group O HLA matched platelets not high titre tested, haematology said "
        "this should not have happened. ABO incompatible.",
        "Pt O pos received group A pos apheresis platelets then group A red cells in error. ABO "
        "incompatible transfusion",
    ],
)
def test_incompatible_platelets_or_red_cells_given_stay_never_event_12(text: str) -> None:
    assert never_event_codes(text) == NEVER_EVENT_12


@pytest.mark.parametrize(
    "text",
    [
        "Patient is group O pos. Given group A pos irradiated red cells intended for another "
        "patient. ABO incompatible transfusion.",
        "Pt O neg. Group A pos CMV neg red cells transfused, 100ml in before reaction. ABO "
        "incompatible.",
        "Group O patient received group A irradiated red cells. Haemolytic reaction.",
        "the 2nd unit, grouped A pos, was hung on a group O pt. ABO incompatible.",
        "Group O patient. Unit of group B irradiated CMV neg red cells spiked and connected, 20ml "
        "in before the mistake was noticed.",
    ],
)
def test_non_o_red_cells_of_any_make_for_a_group_o_patient_stay_never_event_12(
    text: str,
) -> None:
    assert never_event_codes(text) == NEVER_EVENT_12


@pytest.mark.parametrize(
    "text",
    [
        "O neg emergency blood x2 given in resus before group known. Later grouped A pos. The "
        "third unit hung was group B pos red cells meant for another patient. ABO incompatible "
        "transfusion.",
        "Emergency O neg given. Subsequently grouped as A. Then a unit of group B red cells was "
        "transfused in error. ABO incompatible.",
        "Group O neg emergency blood given to pt who was group A, then FFP group O given. ABO "
        "incompatible.",
        "Group A patient received group O FFP in error.",
    ],
)
def test_an_incompatible_unit_after_emergency_o_red_cells_stays_never_event_12(
    text: str,
) -> None:
    assert never_event_codes(text) == NEVER_EVENT_12


@pytest.mark.parametrize(
    "text",
    [
        "Patient group A pos. Group O apheresis platelets labelled high titre positive brought "
        "to the bedside, error spotted at the bedside check before spiking.",
        "Pt grouped O pos. Unit of group A pos irradiated red cells collected for him, caught at "
        "bedside check before it was spiked, returned to lab.",
    ],
)
def test_an_incompatible_unit_of_any_make_stopped_before_spiking_stays_near_miss_12(
    text: str,
) -> None:
    assert never_event_codes(text) == NEAR_MISS_12
