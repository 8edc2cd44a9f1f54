"""How far an ABO-incompatible unit or organ got before its catch (never event 12, near miss 12).

A unit's giving set run through to prime it, the unit run through a warmer "to prime it", the
patient's cannula flushed with saline ready: steps before the unit is connected, which a catch
told after them ("not yet attached", "never connected", "stopped before the line was
connected") still stops: near miss 12. An organ prepared on the back table (bench preparation)
with the recipient anaesthetised is not yet transplanted: near miss 12 when the implantation is
abandoned. Look-alikes: a primed unit then connected and run, a unit run through the infuser
into the patient, an organ implanted after its bench preparation, a transfusion started and
stopped after some minutes (hedged or not) stay never event 12; a compatible unit, or groups
never stated, stay null."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

STOPPED_BEFORE_IT_REACHED = [
    "Unit grp A pos taken to bed 6, pt is grp O pos. Giving set run through to prime it and "
    "hung on the stand. At the bedside check the 2nd nurse saw the mismatch, line never "
    "connected to pt. Unit returned to lab.",
    "pt O neg. unit B pos was brought up, HCA ran the set through to prime it. RN read the tag "
    "before connecting it to the cannula - wrong pt. not connected, unit back to the lab",
    "Theatre: the blood was run thru the warmer set to prime it. Unit grp A, pt is grp O. "
    "Noticed at the check, the set was not yet attached to the pts cannula. nothing went in.",
    "The giving set was run through with the group B unit on the pump; pt is group O. Checker "
    "stopped it before the line was connected to him. Nothing infused.",
    "Pts cannula flushed with saline ready and the set run through. The unit was group A Rh "
    "pos, pt group O Rh pos. Set was never connected, unit returned.",
    "group AB unit for pt in bay 2, our pt is group O. nurse ran the giving set through and "
    "hung it. second checker asked the pt's DOB - did not match. line was never connected.",
    "Liver transplant. Donor group B, recipient group O. Recipient anaesthetised and the graft "
    "prepared on the back table. At the pre-implant ABO check the mismatch was found, "
    "implantation abandoned before any anastomosis.",
    "Kidney for Mrs X, who is group A. Donor kidney group B. Bench preparation completed on "
    "the back table when the coordinator read out the groups; not transplanted, pt woken.",
    "A neg unit brought for a pt who is O neg. The line was run through to prime it at the "
    "bedside, but the 2nd nurse checked the wristband before it was connected: wrong patient. "
    "Not given.",
    "Unit (group B RhD pos) hung and the giving set run through, patient group O RhD pos. "
    "Bedside check stopped it before the set was attached. no blood given",
    "ED, pt group O pos. Unit group A pos run through the giving set to prime it on the "
    "Level 1 stand, read against the ID band before it was connected. Returned to lab.",
    "Pt is O, unit is A. prime done, set run through, cannula flushed w saline. Nurse in "
    "charge saw the name on the tag did not match, set never attached.",
    "red cells group A for a group O pt, set run through to prime and then the check found "
    "it. Not connected. Datix done.",
    "renal tx: donor grp A, recipient grp O. kidney unpacked, bench prep of the vessels done "
    "on back table. verification read the groups, procedure abandoned before implantation.",
    "Group A RBC taken to chair 3 (pt group O). set primed, ran it through, on the pump. "
    "Second checker stopped it before connection. Nothing entered pt.",
    "Unit grp B pos for a grp O pos pt. giving set was run through and the unit was ready on "
    "the drip stand but not attached when the error was seen.",
    "The blood was run through the warmer to prime it; the bag was group A and the pt group "
    "O. The anaesthetist saw the label before it was connected to the cannula. Discarded.",
]

REACHED_KEPT = [
    "Set primed with the group A unit, connected to the pt (group O) and run for 10 mins "
    "before the second nurse noticed. Stopped.",
    "Unit run through the rapid infuser into the pt, group A into a group O pt. noticed "
    "after about 200ml.",
    "Cannula flushed with saline, then the group B unit connected and started. pt group O. "
    "Noticed 20 mins later, transfusion stopped.",
    "Kidney from a group A donor transplanted into a group O recipient, found on the post op "
    "check.",
    "After bench preparation on the back table the kidney was implanted. Kidney group B, "
    "recipient group O. Mismatch found next day.",
    "I start the blood for bed 3. after maybe 10 min I see it is for bed 13. unit A pos, pt "
    "O pos. I stop it.",
    "Group A unit started for group O pt, after approx 5 mins noticed and stopped.",
    "unit grp A spiked and connected to pt (grp O), ran for a few minutes before the mismatch "
    "was seen at the 15 min obs.",
    "The giving set was primed and the group B unit transfused to a group O pt; found on "
    "reconciling the tags.",
]

NEAR_MISS_KEPT = [
    "Unit group A at the bedside, pt group O. Not spiked, returned to the lab.",
    "group B unit brought for group O pt, stopped at the bedside check before spiking.",
]

NULL_KEPT = [
    "Unit group O pos run through to prime it for a group A pos pt - meant for another pt. "
    "Stopped before it was connected.",
    "Giving set primed with another pt's unit, stopped before connection. Different groups.",
    "Giving set run through with saline to prime it for the transfusion. Delay of 2 hours "
    "waiting for the porter.",
    "Kidney transplant postponed, donor organ declined at the offer stage, no ABO issue.",
    "cannula flushed with saline before the unit, transfusion went ahead uneventfully, correct "
    "pt and unit.",
]


@pytest.mark.parametrize("text", STOPPED_BEFORE_IT_REACHED)
def test_stopped_before_it_reached_is_near_miss_12(text: str) -> None:
    assert never_event_codes(text) == (None, "12")


@pytest.mark.parametrize("text", REACHED_KEPT)
def test_reached_stays_never_event_12(text: str) -> None:
    assert never_event_codes(text) == ("12", None)


@pytest.mark.parametrize("text", NEAR_MISS_KEPT)
def test_caught_at_the_bedside_stays_near_miss_12(text: str) -> None:
    assert never_event_codes(text) == (None, "12")


@pytest.mark.parametrize("text", NULL_KEPT)
def test_compatible_or_ungrouped_stays_null(text: str) -> None:
    assert never_event_codes(text) == (None, None)
