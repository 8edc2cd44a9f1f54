"""Review r31: probes just outside x5's changed readings (merged on main as 4293227d), read
against the labelling guide.

- Code 14 (`water_reach`): the person read past a redacted name and a bracketed aside, water
  "had not gone on his skin", and the nurse a scald was told to (`_care_beside`). Probes: water
  that DID reach the skin told after "had not gone on his legs", a patient already sitting in
  the bath, the checks before anyone got in, a nurse who ran the bath and was told of it.
- Code 2 (`wrong_item_reached`, `intentional_implant_change`, `sides_put_in_as_planned`): a
  component of the wrong side beside others "as planned", an implant put in "per the revised
  plan", each side's volume on its side. Two regressions found and mended: a revised plan told
  after a wrong lens went in ("a new lens was implanted per the updated plan at a second
  procedure") and an "updated plan" written for a different patient are no change chosen
  before the implanting (`wrong_item_reached.plan_change_not_chosen`).
- Code 12 (`blood_groups.stopped_before_a_step`, `blood_component_transplant`): platelets
  stopped after spiking or after 10 ml ran, group A/B platelets for a group O patient, a kidney
  transplanted ABO-incompatible by error or on purpose, a transplant in the history.
- Code 9 (`rail_failed`): a rail that failed its load test with a patient vs at an audit with
  nobody involved, or a rail that collapsed as designed.

Strict xfails are readings both main and the base (73e22938) get wrong (not x5's regressions).
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

WARD = {"service_type": "4", "specialty": "68", "location_type": "10"}
MENTAL_HEALTH_WARD = {"service_type": "4", "location_type": "10"}
GP_PRACTICE = {"service_type": "7", "location_type": "2"}
ACUTE_WARD = {"service_type": "1", "location_type": "1"}
NO_FIELDS: dict[str, str] = {}

#: Reasons of the strict xfails: readings both main and the base (73e22938) get wrong.
NURSE_WHO_RAN_IT_AND_WAS_TOLD = (
    "main and base both wrong: a nurse who ran the shower on a community visit and was then "
    "told it was too hot is read as no provider's washing"
)
PLATELETS_RUN_THEN_STOPPED = (
    "main and base both wrong: untested O platelets that ran for 5 minutes (about 15 ml), "
    "'stopped before the rest of the unit went in', read no reach"
)
TRANSPLANT_OF_THE_PAST = (
    "main and base both wrong: a kidney transplant of the past told without 'history of' "
    "('Pt with a kidney transplant in 2015') excludes the wrong-size stent graft"
)

WATER_PROBES = [
    pytest.param(
        WARD,
        "Helping Mr [NAME] (bay 3) into the shower. The water had not gone on his legs "
        "but it sprayed onto his back and scalded him, redness and two blisters. TMV "
        "failed, 57C.",
        ("14", None),
        id="w01",
    ),
    pytest.param(
        WARD,
        "Assisting Mr T (older adults ward) into the bath; it had not gone on his skin "
        "for long but he has a 4cm blister on his right calf. Bath 52C, TMV faulty.",
        ("14", None),
        id="w02",
    ),
    pytest.param(
        WARD,
        "Helping Mr J (bay 6) into the bath, he was already sitting in the water when "
        "he shouted it was too hot. Got him out, reddened skin to buttocks and both "
        "thighs. Water 51C.",
        ("14", None),
        id="w03",
    ),
    pytest.param(
        WARD,
        "Mrs P (side room 1) was sat in the bath when the HCA topped it up from the hot "
        "tap; she said it was burning, redness and blistering to her left thigh.",
        ("14", None),
        id="w04",
    ),
    pytest.param(
        WARD,
        "Helping Mrs K (bay 1) into the shower, one foot in the tray, I put my hand in "
        "the flow and it was scalding. Pulled her back, it had not gone on her skin. "
        "TMV failed 56C.",
        (None, "14"),
        id="w05",
    ),
    pytest.param(
        WARD,
        "Helping the gentleman (Mr [NAME], bed 9) into the bath, his foot was just "
        "going in when I felt the water was far too hot. Lifted him back out, the water "
        "had not gone on his skin. 54C on thermometer.",
        (None, "14"),
        id="w06",
    ),
    pytest.param(
        WARD,
        "Helping Mr J (who had refused earlier) to the bathroom. Before he got in I "
        "checked the bath with the thermometer: 55C. He had not gone in. Estates "
        "informed, TMV replaced.",
        (None, None),
        id="w07",
    ),
    pytest.param(
        WARD,
        "Checked the shower before Mr [NAME] (bay 2) got in; it was 58C on the "
        "thermometer, the water had not gone on his skin as he was still in his room. "
        "Estates called.",
        (None, None),
        id="w08",
    ),
    pytest.param(
        GP_PRACTICE,
        "Pt told the practice nurse she scalded her foot in the bath at home when her "
        "carer ran it too hot. Dressing applied, safeguarding referral to the care "
        "agency.",
        ("14", None),
        id="w10",
    ),
    pytest.param(
        GP_PRACTICE,
        "District nurse ran pt's bath at home during the visit and pt told the nurse it "
        "was too hot after she got in; scald to both feet.",
        ("14", None),
        id="w11",
    ),
    pytest.param(
        GP_PRACTICE,
        "Reported to the district nurse who had run her bath that the water scalded her "
        "left foot; blistering noted, the DN had not checked the temperature.",
        ("14", None),
        id="w12",
    ),
    pytest.param(
        GP_PRACTICE,
        "Pt lives alone, no care package. Told the DN at her leg ulcer visit that she "
        "burnt her foot in the shower at home last week, she had run it herself. Advice "
        "given.",
        (None, None),
        id="w13",
    ),
    pytest.param(
        ACUTE_WARD,
        "On admission pt informed the ward nurse that he scalded his legs in his own "
        "bath at home before admission, ran it himself, lives alone. Burns team "
        "referral.",
        (None, None),
        id="w14",
    ),
    pytest.param(
        ACUTE_WARD,
        "Pt mentioned to the staff nurse that the bath the HCA ran for her on the ward "
        "this morning was too hot; she has redness and a blister to her right foot.",
        ("14", None),
        id="w15",
    ),
    pytest.param(
        GP_PRACTICE,
        "Told the nurse who had run her shower that it was too hot; she has red skin to "
        "both shoulders. Community nursing visit, TMV not fitted at the property.",
        ("14", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason=NURSE_WHO_RAN_IT_AND_WAS_TOLD,
        ),
        id="w16",
    ),
    pytest.param(
        GP_PRACTICE,
        "Reported to the DN who had run her bath that the water scalded her left foot "
        "when she stepped in; 2cm blister, DN had not checked the temperature.",
        ("14", None),
        id="w17",
    ),
]


IMPLANT_PROBES = [
    pytest.param(
        NO_FIELDS,
        "Right TKR. The left femoral component was used in the right knee. All other "
        "components were inserted as planned. Noticed on checking stickers after "
        "closure.",
        ("2", None),
        id="i01",
    ),
    pytest.param(
        NO_FIELDS,
        "Right knee replacement: a left tibial tray was implanted into the right knee; "
        "the femoral component and poly insert were placed as planned.",
        ("2", None),
        id="i02",
    ),
    pytest.param(
        NO_FIELDS,
        "Left THR: a right-sided acetabular liner was inserted into the left hip; the "
        "stem and head were as planned. Found at the implant record check.",
        ("2", None),
        id="i03",
    ),
    pytest.param(
        NO_FIELDS,
        "Left TKR. The left femoral component was cemented in the left knee and the "
        "tibial tray was inserted as planned. No issues.",
        (None, None),
        id="i04",
    ),
    pytest.param(
        NO_FIELDS,
        "Right TKR: the scrub nurse opened a left femoral component, noticed before it "
        "was implanted; the correct right component was opened and implanted as "
        "planned.",
        (None, "2"),
        id="i05",
    ),
    pytest.param(
        NO_FIELDS,
        "A 21.0D lens was implanted instead of the planned 23.0D. Found at the post-op "
        "review; the lens exchange was then done and the 23.0D lens inserted as per the "
        "revised plan.",
        ("2", None),
        id="i06",
    ),
    pytest.param(
        # x5's regression, mended: a revised plan told after a wrong lens went in is the plan
        # to put it right, not a change chosen before
        NO_FIELDS,
        "Wrong IOL: a 19.5D lens was implanted, the biometry plan said 21.5D. Error "
        "noted next day; a new lens was implanted per the updated plan at a second "
        "procedure.",
        ("2", None),
        id="i07",
    ),
    pytest.param(
        # x5's regression, mended: an implant put in following an 'updated plan' written for
        # a different patient is no change chosen
        NO_FIELDS,
        "The 22.0D lens was implanted following the updated plan, but the updated plan "
        "had been written for a different patient with the same surname; the planned "
        "lens for this pt was 24.5D.",
        ("2", None),
        id="i08",
    ),
    pytest.param(
        NO_FIELDS,
        "After repeat biometry the consultant changed the lens to 22.5D and documented "
        "the reason; the 22.5D IOL was inserted as per the amended plan.",
        (None, None),
        id="i09",
    ),
    pytest.param(
        NO_FIELDS,
        "Surgeon decided intra-op to use a 56mm cup due to bone stock and documented "
        "the rationale; the 56mm cup was implanted according to the revised plan.",
        (None, None),
        id="i10",
    ),
    pytest.param(
        NO_FIELDS,
        "Planned R 400cc and L 425cc. The 400cc was inserted in the left breast and the "
        "425cc in the right.",
        ("2", None),
        id="i11",
    ),
    pytest.param(
        NO_FIELDS,
        "Plan: R 350cc, L 375cc. 375cc went into the right breast and 350cc into the "
        "left. Noticed at the post-op check of the implant record.",
        ("2", None),
        id="i12",
    ),
    pytest.param(
        NO_FIELDS,
        "Planned R 400cc, L 425cc. The 400cc went into the right breast; the left "
        "received a 450cc, which was not the planned volume.",
        ("2", None),
        id="i14",
    ),
    pytest.param(
        NO_FIELDS,
        "Right TKR: a left femoral component was opened and noticed before it was "
        "cemented; the right femoral component was then cemented as planned with the "
        "tibial tray.",
        (None, "2"),
        id="i15",
    ),
]


PLATELET_PROBES = [
    pytest.param(
        NO_FIELDS,
        "Group O platelets not tested for high titre were spiked and connected to the "
        "group A patient; transfusion stopped after 10 ml ran when the error was "
        "noticed.",
        ("12", None),
        id="p01",
    ),
    pytest.param(
        NO_FIELDS,
        "Group O platelets, not HT negative, for a group B pt: spiked and started, "
        "stopped after about 10ml when the second checker queried the group.",
        ("12", None),
        id="p02",
    ),
    pytest.param(
        NO_FIELDS,
        "Untested group O platelets were connected to the group AB patient and ran for "
        "5 minutes; the transfusion was stopped before the rest of the unit went in, "
        "approx 15ml given.",
        ("12", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason=PLATELETS_RUN_THEN_STOPPED,
        ),
        id="p03",
    ),
    pytest.param(
        NO_FIELDS,
        "Group O platelets not high titre tested brought to the bedside for the group A "
        "patient; the bedside check caught it and the unit was stopped before it was "
        "spiked.",
        (None, "12"),
        id="p04",
    ),
    pytest.param(
        NO_FIELDS,
        "Group A platelets were brought for a group O patient; the nurse stopped them "
        "before spiking and rang the lab, who confirmed they were suitable.",
        (None, None),
        id="p05",
    ),
    pytest.param(
        NO_FIELDS,
        "Group O platelets not HT tested were stopped before spiking for the group O "
        "patient as the wristband was missing.",
        (None, None),
        id="p07",
    ),
    pytest.param(
        NO_FIELDS,
        "Group A red cells for a group O patient were stopped before spiking at the "
        "bedside check; the unit was for the pt in bed 4.",
        (None, "12"),
        id="p08",
    ),
    pytest.param(
        NO_FIELDS,
        "Kidney from a group B donor transplanted into a group A recipient in error; "
        "the ABO incompatibility was not identified before the transplant.",
        ("12", None),
        id="p09",
    ),
    pytest.param(
        NO_FIELDS,
        "Planned ABO incompatible living donor kidney transplant; desensitisation with "
        "plasma exchange and rituximab as per protocol, titres acceptable pre-op. "
        "Uneventful.",
        (None, None),
        id="p10",
    ),
    pytest.param(
        NO_FIELDS,
        "Pt with a previous liver transplant was given group A red cells; pt is group "
        "O. Transfused 50 ml before the error was found.",
        ("12", None),
        id="p11",
    ),
    pytest.param(
        NO_FIELDS,
        "Pt with a kidney transplant in 2015. A 10mm stent graft was deployed in the "
        "iliac instead of the planned 8mm; wrong box opened.",
        ("2", None),
        marks=pytest.mark.xfail(
            strict=True,
            reason=TRANSPLANT_OF_THE_PAST,
        ),
        id="p12",
    ),
    pytest.param(
        NO_FIELDS,
        "Group O platelets, not high titre tested, given to a group B pt. Transfusion "
        "stopped before completion, approx half the unit transfused.",
        ("12", None),
        id="p13",
    ),
    pytest.param(
        NO_FIELDS,
        "Group O platelets not HT tested were given to the group A pt; the error was "
        "only caught before starting the second unit. First unit fully transfused.",
        ("12", None),
        id="p14",
    ),
]


RAIL_PROBES = [
    pytest.param(
        MENTAL_HEALTH_WARD,
        "Quarterly ligature audit: the shower rail in room 7 failed its load test and "
        "did not release under 40kg. No patient involved, room closed, estates "
        "replacing it.",
        (None, None),
        id="r01",
    ),
    pytest.param(
        MENTAL_HEALTH_WARD,
        "Pt tied a ligature to the curtain rail and put weight on it; the rail "
        "collapsed as designed. The rail had failed its load test at the previous audit "
        "but had since been replaced.",
        (None, None),
        id="r02",
    ),
    pytest.param(
        MENTAL_HEALTH_WARD,
        "The curtain track in bedroom 3 failed the weight test at audit last week. "
        "Today a pt tied a sheet to it and was putting it round her neck; staff "
        "intervened before any weight was put on.",
        (None, "9"),
        id="r03",
    ),
    pytest.param(
        MENTAL_HEALTH_WARD,
        "Pt found hanging from the ensuite shower rail, which had failed its release "
        "test at the last audit and was awaiting replacement. Cut down, CPR, "
        "transferred to ED.",
        ("9", None),
        id="r04",
    ),
    pytest.param(
        MENTAL_HEALTH_WARD,
        "Estates check: the en-suite curtain track failed its load test during the "
        "quarterly audit. Nobody was using the room; rail replaced same day.",
        (None, None),
        id="r05",
    ),
    pytest.param(
        ACUTE_WARD,
        "Acute medical ward: pt found with a ligature tied to the curtain rail, the "
        "rail did not collapse; it later failed its load test on estates inspection. Pt "
        "unharmed.",
        (None, None),
        id="r06",
    ),
    pytest.param(
        MENTAL_HEALTH_WARD,
        "Pt with dementia grabbed the curtain rail as she fell; the rail came down. "
        "Estates: the rail had failed its load test at the last audit.",
        (None, None),
        id="r08",
    ),
]


@pytest.mark.parametrize(("fields", "text", "expected"), WATER_PROBES)
def test_washing_water_reaching_or_caught_keeps_the_guides_reading(
    fields: dict[str, str], text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text, **fields) == expected


@pytest.mark.parametrize(("fields", "text", "expected"), IMPLANT_PROBES)
def test_implant_side_plan_and_volume_probes_keep_the_guides_reading(
    fields: dict[str, str], text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text, **fields) == expected


@pytest.mark.parametrize(("fields", "text", "expected"), PLATELET_PROBES)
def test_platelets_stopped_or_run_and_transplants_keep_the_guides_reading(
    fields: dict[str, str], text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text, **fields) == expected


@pytest.mark.parametrize(("fields", "text", "expected"), RAIL_PROBES)
def test_a_rail_that_failed_its_test_is_read_by_the_patient_event(
    fields: dict[str, str], text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text, **fields) == expected
