"""Round 24 (fourth pass): a wrong implant opened, handed or loaded but noticed before it was
implanted is near miss 2 (a lens or a side-specific component opened for the wrong eye or side
is an implant's error, not a wrong-site one). Values told of one item share its plan or
placement word ("asked for a 3.5x24 drug-eluting stent"); an item fetched or brought is placed;
an endovascular repair is an implant. A nerve block named in the words read as an implant's side
("insert the needle for a femoral block on the left") is no implant. The cues that can turn a
never event off are shown in innocent roles with the never event still found."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, rule_never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        # the item's side against the operated side, in one clause
        "ODP opened a tibial tray (RIGHT, size 4) for a LEFT knee replacement. Spotted at the "
        "implant check before cementing. Not implanted, left tray opened.",
        # the box opened for the other eye
        "Phaco list: the lens box opened was for the LEFT eye while the RIGHT eye was on the "
        "table. Scrub nurse noticed against the biometry before it was loaded. Not used.",
        # a side-sided item opened, caught before it was fixed
        "Ankle fracture fixation on the R. A left sided plate was opened onto the back table; "
        "the registrar noticed the packaging before it was applied. Right plate opened.",
        # values of one item share the plan word; the other opened
        "Consultant asked for a 4.0x18 drug-eluting stent. A 4.0x18 bare metal stent was "
        "opened. Noticed at the barcode check before it was deployed. Not used.",
        # a fetched item of another size than the trial
        "Hemiarthroplasty: trial head 45mm. HCA fetched a 43mm head and it was opened. "
        "Spotted at the implant check before it was impacted. 45mm head used.",
        # an endovascular repair
        "TEVAR: 28mm graft opened, plan 32mm. Identified at the checklist before insertion. "
        "Not used.",
    ],
)
def test_wrong_implant_opened_and_caught_is_near_miss_2(text: str) -> None:
    assert never_event_codes(text) == (None, "2")


@pytest.mark.parametrize(
    "text",
    [
        # the side-opened cue in an innocent role: the wrong plate went in
        "Distal radius ORIF on the LEFT. A right sided plate was opened and fixed to the "
        "left radius with 6 screws. Found on the post-op x-ray review.",
        "Left TKR. Right sided components were opened and cemented in. Noticed by the rep "
        "after closure when completing the implant record.",
        "Cataract surgery R eye. Lens box opened for the left eye and that lens was "
        "implanted in the right eye. Found at the post-op check of the records.",
        # a nerve block named elsewhere does not turn the wrong implant off
        "Right TKR under a right adductor canal block. Next sentence of the op: a left "
        "tibial insert was implanted in the right knee. Found at the post-op x-ray.",
        "Right hip replacement. Left sided cup implanted in the right hip. Anaesthetist had "
        "done a fascia iliaca block in the anaesthetic room. Found on review.",
        "Femoral nerve block given for pain. Later, at surgery, a left femoral component "
        "was implanted in the right knee. Identified the next day.",
        # the block named beside the operation, in the same sentence as the operated side
        "L TKR under spinal and adductor canal block. A RIGHT femoral component was "
        "implanted in the left knee.",
    ],
)
def test_wrong_implant_that_went_in_stays_a_never_event(text: str) -> None:
    assert never_event_codes(text)[0] == "2"


@pytest.mark.parametrize(
    "text",
    [
        # a needle for a block is no implant
        "Stop before you block: R hip fracture. Anaesthetist was about to insert the needle "
        "for a fascia iliaca block on the LEFT side. ODP stopped it. No needle inserted.",
        # the plan and the item agree
        "Consultant asked for a 3.0x12 drug-eluting stent and a 3.0x12 drug-eluting stent "
        "was opened and deployed. Uneventful.",
    ],
)
def test_look_alikes_are_no_wrong_implant(text: str) -> None:
    assert "2" not in rule_never_event_codes(text)


def test_the_learned_model_does_not_read_sizes_that_agree_as_a_wrong_implant() -> None:
    # the learned model reads the sizes and "deployed" as a wrong implant; no error is told,
    # so its finding does not stand (round 66: a learned never event 2 needs an error told)
    text = (
        "Consultant asked for a 3.0x12 drug-eluting stent and a 3.0x12 drug-eluting stent "
        "was opened and deployed. Uneventful."
    )
    assert never_event_codes(text)[0] != "2"


@pytest.mark.parametrize(
    "text",
    [
        # an implant opened for a side in an innocent role: the wrong site was operated on
        "Consented and marked for LEFT knee arthroscopy. Surgeon made the portals in the "
        "RIGHT knee. Right sided shaver box was opened for the right knee by the scrub team. "
        "Noticed when the image was on screen.",
        "Left TKR listed and consented. Right knee was prepped and the incision made on the "
        "right knee. The left sided components were opened at the start. Noticed by the "
        "registrar 10 min in.",
        "Carpal tunnel release listed for the RIGHT hand. Left sided splint box was opened for "
        "the left hand by mistake and the surgeon incised the LEFT wrist. Found at sign out.",
    ],
)
def test_wrong_site_with_an_implant_opened_for_a_side_stays_never_event_1(text: str) -> None:
    assert never_event_codes(text)[0] == "1"


def test_lens_opened_for_one_eye_and_incision_on_the_other_stays_a_never_event() -> None:
    text = (
        "Cataract list: lens box opened for the right eye as planned. Surgeon then made the "
        "incision on the LEFT eye in error; the right eye was the one listed. Realised when "
        "the scrub nurse read the biometry."
    )
    assert never_event_codes(text)[0] is not None


@pytest.mark.parametrize(
    "text",
    [
        # the plan word far from the value, in the value's own long clause
        "Mitral valve replacement. Agreed with the patient and documented at MDT and in clinic "
        "for a bioprosthetic valve. A 27mm mechanical valve was implanted. Found when warfarin "
        "was started on the ward.",
        # values of one item share the plan word; the other went in
        "Consultant asked for a 3.0x15 drug-eluting stent. A 3.0x15 bare metal stent was "
        "deployed in the LAD. Found on the procedure log afterwards.",
    ],
)
def test_plan_and_placed_values_told_apart_are_never_event_2(text: str) -> None:
    assert never_event_codes(text)[0] == "2"


@pytest.mark.parametrize(
    "text",
    [
        # the plan and the placed item agree, told far apart in a long clause
        "Consented and documented at MDT and in clinic for a bioprosthetic valve. A 23mm "
        "bioprosthetic valve was implanted uneventfully.",
        # a fetched item of the planned size
        "Hemiarthroplasty: trial head 45mm. HCA fetched a 45mm head and it was opened and "
        "impacted. Uneventful.",
    ],
)
def test_plan_and_placed_values_that_agree_are_no_never_event(text: str) -> None:
    assert rule_never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "A size 4 femoral component was implanted instead of the planned size 6. The first "
        "component was not inserted as it was dropped.",
        "Cataract surgery: the correct lens was not inserted: the lens for the other eye went "
        "into her right eye.",
    ],
)
def test_intended_implant_told_as_not_put_in_is_never_event_2(text: str) -> None:
    assert never_event_codes(text) == ("2", None)


@pytest.mark.parametrize(
    "text",
    [
        "Wrong size cup opened. Scrub nurse spotted it against the template; the cup was not "
        "implanted and the correct size was opened.",
        "The planned 22.5D lens was not inserted because the nurse noticed the box said 25.5D "
        "before loading; correct lens fetched.",
    ],
)
def test_wrong_implant_told_as_not_put_in_stays_near_miss_2(text: str) -> None:
    assert never_event_codes(text) == (None, "2")
