"""Review r38: probes of today's theme readings (t4, t5, t6) just outside each change.

Each narrative is told in another reporter's words next to one of the readings merged today:
an operation told as gone well (t4), call bells not working and CPAP given to break a
laryngospasm (t4), equipment nobody looked at, an event found by someone outside the team,
an infection queried on admission, a staffing escalation to the site team and a move to ICU
told by its ventilation (t6), a fall told as one that could happen and an anticoagulant named
as the reason for an action (t5). Each must keep the theme the labelling guide gives it.
Compared with 27a0fe7c (main before the three merges): one regression (strict xfail below).
"""

import pytest

from classifier.engine import classify_text


def _themes(text: str) -> set[str]:
    return {getattr(t["id"], "value", t["id"]) for t in classify_text(text).model_dump()["themes"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Procedure went fine but it was performed on the wrong patient - two patients "
                "named Smith on the list, wristband not checked."
            ),
            {"treatment_procedure"},
        ),
        (
            (
                "Op uneventful, however the start was delayed 4 hours as theatre list overran; "
                "patient fasted from midnight."
            ),
            {"treatment_procedure"},
        ),
        (
            (
                "Surgery went well but the swab count was incorrect at closure and a swab was "
                "later found on x-ray retained in the abdomen."
            ),
            {"treatment_procedure"},
        ),
        (
            (
                "Procedure went fine. Post op pt returned to theatre at 22:00 with a bleed from "
                "the wound site, 2 units transfused."
            ),
            {"treatment_procedure"},
        ),
        (
            (
                "The operation was uneventful but the wrong knee was marked and the incision was "
                "started on the left instead of the right."
            ),
            {"treatment_procedure"},
        ),
        (
            (
                "Surgery uneventful; however the pt had been consented for a left inguinal hernia"
                " repair and the right side was operated on."
            ),
            {"treatment_procedure"},
        ),
    ],
)
def test_an_operation_told_as_gone_well_keeps_treatment_procedure_when_it_was_wrong_or_delayed(
    text: str, expected: set[str]
) -> None:
    """t4: 'went fine' / 'uneventful' with a wrong patient, a delay, a retained swab, a return to
    theatre, a wrong side.
    """
    assert expected <= _themes(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Call bell in side room 4 not working and the volumetric pump alarm failed to "
                "sound when the line occluded; pt's IV antibiotics not given for 3 hours."
            ),
            {"medical_device"},
        ),
        (
            (
                "Buzzers in bay 2 broken. Also the syringe driver was found faulty, stopped "
                "running overnight, pt in pain."
            ),
            {"medical_device"},
        ),
        (
            (
                "Nurse call system down on ward. Cardiac monitor also not working so pt's "
                "arrhythmia not detected until the next obs round."
            ),
            {"medical_device"},
        ),
        (
            (
                "Call bells not working on the ward for 2 days, reported to estates. Patient fell"
                " trying to get to the toilet unaided."
            ),
            {"falls", "staffing_infrastructure_estates"},
        ),
        (
            (
                "Pt could fall - bed alarm not working and the sensor mat was faulty. Pt found on"
                " floor at 02:00."
            ),
            {"falls", "medical_device"},
        ),
    ],
)
def test_a_broken_call_bell_beside_a_failed_device_keeps_medical_device(
    text: str, expected: set[str]
) -> None:
    """t4: call bells / buzzers / nurse call down told beside a pump, driver or monitor that failed;
    the call bell's fall keeps falls and estates.
    """
    assert expected <= _themes(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Laryngospasm on extubation, sats dropped to 60%. CPAP attempted but the "
                "anaesthetic machine's APL valve was faulty and no seal could be made, had to "
                "re-intubate."
            ),
            {"medical_device"},
        ),
        (
            (
                "Laryngospasm in recovery. CPAP circuit found to be disconnected/leaking so "
                "unable to give CPAP, propofol given, sats 55% before it resolved."
            ),
            {"medical_device"},
        ),
        (
            (
                "Child had laryngospasm after removal of LMA, CPAP given and resolved. The "
                "suction unit on the anaesthetic machine was not working when needed."
            ),
            {"medical_device"},
        ),
    ],
)
def test_cpap_in_laryngospasm_keeps_medical_device_when_the_kit_failed(
    text: str, expected: set[str]
) -> None:
    """t4: the CPAP rescue of a laryngospasm with a faulty valve, a leaking circuit or a dead
    suction unit.
    """
    assert expected <= _themes(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Nobody looked at the oxygen cylinder before the transfer, it ran out in the lift"
                " and pt desaturated to 78%."
            ),
            {"medical_device"},
        ),
        (
            (
                "No one checked the battery on the defib before use and it failed to charge at "
                "the arrest."
            ),
            {"medical_device"},
        ),
    ],
)
def test_equipment_nobody_checked_that_then_failed_keeps_medical_device(
    text: str, expected: set[str]
) -> None:
    """t6: a cylinder or defib nobody checked that ran out or failed."""
    assert expected <= _themes(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Fracture missed in ED on x-ray. Found by GP 5 days later when pt still unable to"
                " weight bear."
            ),
            {"assessment_diagnosis"},
        ),
        (
            (
                "Grade 3 pressure ulcer to sacrum found by the district nurse on first visit "
                "after discharge; not documented on the discharge letter."
            ),
            {"pressure_ulcer"},
        ),
        (
            (
                "Discovered by daughter that mum had not been given her Parkinson's medication "
                "for 2 days while on ward."
            ),
            {"medication"},
        ),
        (
            (
                "Picked up by GP that the CT report showing a lung mass had not been acted on by "
                "the hospital team - delayed diagnosis of cancer by 3 months."
            ),
            {"assessment_diagnosis"},
        ),
        (
            (
                "Spotted by the carer that the patient had a hot swollen leg; hospital had not "
                "examined the leg before discharge, DVT diagnosed late."
            ),
            {"assessment_diagnosis"},
        ),
        (
            (
                "Found by the family on the floor of the side room, pt unable to get up, had been"
                " left without a call bell."
            ),
            {"falls"},
        ),
    ],
)
def test_an_event_found_by_someone_outside_the_team_keeps_its_own_themes(
    text: str, expected: set[str]
) -> None:
    """t6: a missed fracture or cancer found by the GP, an ulcer by the DN, omitted doses by a
    daughter, a fall by the family.
    """
    assert expected <= _themes(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Admitted ?UTI. Antibiotics prescribed but not given for 14 hours; became septic "
                "with lactate 5."
            ),
            {"infection"},
        ),
        (
            (
                "Admitted query pneumonia. Later developed C diff on the ward, not isolated for 2"
                " days."
            ),
            {"infection"},
        ),
        (
            (
                "Admitted with possible cellulitis, sepsis screen not done despite NEWS 7, delay "
                "in IV antibiotics."
            ),
            {"infection"},
        ),
        (
            (
                "Pt admitted query UTI. MRSA positive swab result not acted on and pt not moved "
                "to side room, two other bay patients became MRSA positive."
            ),
            {"infection"},
        ),
    ],
)
def test_an_infection_queried_on_admission_keeps_infection_when_then_mismanaged_or_acquired(
    text: str, expected: set[str]
) -> None:
    """t6: 'admitted ?UTI' then antibiotics delayed, C diff acquired, sepsis screen missed, MRSA not
    isolated.
    """
    assert expected <= _themes(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Escalated to site manager re 2 RNs for 28 pts. Meanwhile pt in bed 6 NEWS 8 not "
                "escalated to doctor for 3 hours, found unresponsive."
            ),
            {"monitoring_deterioration", "staffing_infrastructure_estates"},
        ),
        (
            (
                "Outreach unable to help as short staffed. Pt deteriorating, sats 82% and resp "
                "rate 32, not reviewed for 2 hours."
            ),
            {"monitoring_deterioration"},
        ),
    ],
)
def test_a_staffing_escalation_beside_a_patient_deteriorating_unseen_keeps_monitoring_deterioration(
    text: str, expected: set[str]
) -> None:
    """t6: escalated to the site manager / outreach unable to help while a patient's NEWS went
    unescalated.
    """
    assert expected <= _themes(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Waited 9 hours in ED for an ICU bed, no beds available; eventually transferred "
                "to ICU and ventilated."
            ),
            {"access_transfer_discharge"},
        ),
        (
            (
                "Transfer to ICU delayed due to no critical care beds, pt taken to ICU and "
                "intubated after arrest in ED."
            ),
            {"access_transfer_discharge"},
        ),
        (
            (
                "Deteriorating pt transferred to ICU and ventilated after a 6 hour delay in "
                "ambulance transfer from the community hospital."
            ),
            {"access_transfer_discharge"},
        ),
    ],
)
def test_a_move_to_icu_told_by_the_ventilation_keeps_access_when_it_was_delayed(
    text: str, expected: set[str]
) -> None:
    """t6: a wait for an ICU bed, a delayed transfer, then 'transferred to ICU and ventilated'."""
    assert expected <= _themes(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Staff were worried she could fall as she is unsteady; later found on the floor "
                "beside the bed with a head injury."
            ),
            {"falls"},
        ),
        (
            (
                "Bed rails left down, pt might fall. At 03:00 pt fell out of bed and sustained a "
                "hip fracture."
            ),
            {"falls"},
        ),
        (
            (
                "HCA said patient could fall so should be on 1:1, but no staff; patient slipped "
                "in the bathroom at 14:00."
            ),
            {"falls"},
        ),
    ],
)
def test_a_patient_who_could_fall_and_then_fell_keeps_falls(text: str, expected: set[str]) -> None:
    """t5: 'could fall' / 'might fall' then 'found on the floor', 'fell out of bed', 'slipped'."""
    assert expected <= _themes(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "On apixaban so CT head requested after the fall, but the 2nd dose of apixaban "
                "was given twice in error - double dose."
            ),
            {"medication"},
        ),
        (
            (
                "Pt on warfarin therefore INR checked, INR 9 - warfarin had been given at the "
                "wrong dose, 10mg instead of 1mg."
            ),
            {"medication"},
        ),
        (
            (
                "Taking rivaroxaban so bleeding risk high; rivaroxaban was omitted for 3 days in "
                "error and pt developed PE."
            ),
            {"medication"},
        ),
        (
            (
                "On enoxaparin so procedure delayed; enoxaparin was not held as planned and given"
                " the night before despite the plan."
            ),
            {"medication"},
        ),
    ],
)
def test_an_anticoagulant_named_as_a_reason_keeps_medication_when_it_was_given_wrongly(
    text: str, expected: set[str]
) -> None:
    """t5: 'on apixaban so CT head' then a double dose, warfarin 10mg for 1mg, rivaroxaban omitted,
    enoxaparin not held.
    """
    assert expected <= _themes(text)


@pytest.mark.xfail(
    strict=True,
    reason=(
        "regression of t6 (base 27a0fe7c read it right): 'Nobody checked the equipment' is "
        "theme_equipment_not_looked_at, so the learned model's 'Nobody' is no evidence now; the "
        "rule's own 'MI missed' / 'nobody assessed' were already cancelled at base by the "
        "assessment_diagnosis counter-cues 8 and 14 (equipment not checked), which count "
        "anywhere in the narrative; the mend belongs to those counter-cues, outside t4/t5/t6"
    ),
)
def test_equipment_nobody_checked_beside_a_patient_nobody_assessed_keeps_assessment() -> None:
    """A patient nobody assessed and an MI missed, told beside equipment nobody checked."""
    text = (
        "Nobody checked the equipment and nobody assessed the patient on arrival - chest pain not"
        " triaged for 2 hours, MI missed."
    )
    assert "assessment_diagnosis" in _themes(text)


@pytest.mark.xfail(
    strict=True,
    reason=(
        "both versions wrong: 'Fracture missed in ED' is cancelled by the assessment_diagnosis "
        "counter-cues 8 and 14 on 'Nobody checked the kit' in another sentence"
    ),
)
def test_a_missed_fracture_beside_kit_nobody_checked_keeps_assessment() -> None:
    """A fracture missed in ED told beside kit nobody checked before x-ray."""
    text = "Fracture missed in ED. Nobody checked the kit before the patient went to x-ray."
    assert "assessment_diagnosis" in _themes(text)
