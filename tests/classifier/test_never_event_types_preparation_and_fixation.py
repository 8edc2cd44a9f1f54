"""Round 25 (second pass): an implant's type told far from its plan, a transfusion still being
made ready, and a cerclage wire.

- An implant's type (cemented / uncemented, toric / monofocal, biological / synthetic mesh) is
  stated by a long report once in the plan and once in the timeline, several sentences apart:
  the two values still disagree. Sizes and powers (which every trial and component has) still
  pair only in the same or the next sentence. "During surgery a monofocal lens was inserted"
  names when, not the plan ("opened during an uncemented THR" still does).
- "Started preparing the giving set" is a transfusion being made ready, not one that started:
  an incompatible unit stopped at the bedside check after it is a near miss.
- A cerclage wire or cable is put round a bone on purpose: "a crack was seen and a cerclage
  wire applied" is no retained wire.

Both suppressing readings are paired with narratives where their words appear in an innocent
role and the never event still reached the patient.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, rule_never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        # fixation planned at the top, the other fixation opened in the timeline
        "Trauma list. Consent form and trauma meeting plan: cemented hemiarthroplasty for a "
        "frail 91 year old. Theatre was short of a scrub nurse after lunch. A bank nurse "
        "covered the case. She opened an uncemented stem when asked for the stem. It was "
        "impacted without cement. Found on the post op film review.",
        # optic type planned at clinic, another inserted on the day
        "Right cataract, high astigmatism. At clinic the consultant recommended a toric IOL "
        "and the biometry records the toric power. The list was busy and ran late. The lens "
        "trolley had been restocked by a new HCA. During surgery a monofocal lens was inserted "
        "from the open shelf. Refraction at 4 weeks shows residual cylinder.",
        # mesh material planned at the brief, the other opened later in the report
        "Incisional hernia repair in a contaminated field. The plan agreed at the team brief "
        "was a biological mesh. The case started at 14:00. Bleeding from an epigastric vessel "
        "was controlled. The runner brought and opened a synthetic mesh, which was sutured "
        "in. Wound infection at 3 weeks.",
    ],
)
def test_implant_type_planned_and_placed_sentences_apart_is_a_wrong_implant(text: str) -> None:
    assert never_event_codes(text)[0] == "2"


@pytest.mark.parametrize(
    "text",
    [
        # the type chosen on purpose in theatre, with the reason
        "Consent form: cemented hemiarthroplasty. Intra-op the bone quality was good. The "
        "consultant decided to use an uncemented stem instead and documented the reason in "
        "the op note. Patient informed post op.",
        # the same type planned and placed, far apart
        "Plan at clinic: toric IOL for the left eye. The list ran late. The scrub nurse "
        "checked the box. A toric lens was inserted and aligned to the marked axis. VA 6/6.",
    ],
)
def test_implant_type_look_alikes_are_no_wrong_implant(text: str) -> None:
    assert rule_never_event_codes(text) == (None, None)


def test_sizes_far_apart_still_do_not_pair() -> None:
    text = (
        "Right THR. Templating on the plan: size 5 stem. The case was delayed by a theatre "
        "move. Anaesthetic uneventful. Trial reduction stable with the trial components. A "
        "size 3 cup was opened and impacted. Post op x-ray satisfactory."
    )
    assert rule_never_event_codes(text) == (None, None)


def test_implant_type_far_from_the_plan_caught_before_use_is_a_near_miss() -> None:
    text = (
        "Consent and plan: cemented hemiarthroplasty. The list started late. The scrub nurse "
        "opened an uncemented stem. The surgeon noticed before it was impacted and a cemented "
        "stem was opened instead."
    )
    assert never_event_codes(text) == (None, "2")


@pytest.mark.parametrize(
    "text",
    [
        # the nurse started preparing, the substantive nurse stopped it at the bedside check
        "Night shift. Agency HCA collected a unit from the fridge for the wrong bed. The RN "
        "took the unit to bed 4 and started preparing the giving set. At the bedside check "
        "the label did not match the wristband. The unit was group B RhD pos; our patient is "
        "group O RhD pos. Unit returned to the lab, not spiked.",
        "Unit of red cells brought to side room 2, nurse began priming the line. Second "
        "checker read the compatibility label: unit group A, patient group O. Stopped before "
        "spiking, returned to the fridge.",
    ],
)
def test_incompatible_unit_stopped_while_being_made_ready_is_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "12")


@pytest.mark.parametrize(
    "text",
    [
        # "started preparing" told, then the unit went in anyway
        "Nurse took the unit to bed 7 and started preparing the giving set. The bedside check "
        "was not done. 150 ml transfused before the patient complained of loin pain. The unit "
        "was group A RhD pos; the patient is group O RhD pos.",
        # the checks started, then the unit was connected and ran
        "HCA brought the wrong patient's unit. The RN started the checks but was called away, "
        "then connected the unit and it ran for 40 minutes. Unit group B, patient group A. "
        "Patient developed rigors and dark urine.",
        # preparing told after the unit had gone in, for the next unit
        "Group AB red cells were transfused to Mr K, who is group O, over 2 hours. Nurse then "
        "started preparing the second unit when the lab phoned about the mismatch.",
    ],
)
def test_transfusion_started_after_the_preparation_stays_a_never_event(text: str) -> None:
    assert never_event_codes(text)[0] == "12"


def test_cerclage_wire_applied_is_no_retained_object() -> None:
    text = (
        "Hemiarthroplasty for NOF. A small calcar crack was seen and a cerclage wire applied. "
        "Stem stable. Post op x-ray satisfactory, mobilising with physio."
    )
    assert never_event_codes(text)[0] != "3"


@pytest.mark.parametrize(
    "text",
    [
        # a guidewire left in beside a cerclage wire
        "Revision THR with cerclage wires. Post op x-ray showed a guidewire left in the femoral "
        "canal, not on the count. Returned to theatre for removal.",
        # a swab left in after a fixation with cerclage cables
        "ORIF periprosthetic fracture with cerclage cables. Swab count not done at closure. CT "
        "at 2 weeks showed a swab in the thigh, removed in theatre.",
        # a broken drill bit retained, the wire only background
        "Patella fracture, tension band and cerclage wire. The tip of the drill bit broke off "
        "and was left in the bone, not recorded, seen on the x-ray at clinic.",
    ],
)
def test_item_retained_beside_a_cerclage_wire_stays_a_never_event(text: str) -> None:
    assert never_event_codes(text)[0] == "3"
