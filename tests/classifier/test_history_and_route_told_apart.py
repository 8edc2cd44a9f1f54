"""Words of another time, place, route or act, told apart from the act a report is about.

A strong potassium never event "at another trust", told as history or as why staff were alert,
is not this report's mis-selection (caught before giving: near miss 4); two correct units
"transfused yesterday" are not today's incompatible unit stopped before spiking (near miss 12);
medicines "given orally" while the misplaced NG tube stood unused are no use of the tube (near
miss 13); a planned, managed ABO-incompatible transplant is the framework's exclusion (null);
and a change of implant is intentional and documented only when the report says both: "not
documented", "no reason recorded", "nobody agreed it" say the opposite (never event 2). The
look-alikes keep their outcome: the same words told of this report's own act."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES: list = [
    # --- strong potassium caught today, a past never event elsewhere told beside it: NM4
    (
        "KCl 15% ampoule drawn up instead of 0.9% saline flush for IV line. Caught by checking "
        "nurse prior to administration. Especially concerning as a never event occurred at "
        "another trust where potassium chloride was given instead of saline and the pt died.",
        (None, "4"),
    ),
    (
        "Following a previous incident at another trust in which strong potassium was "
        "administered in error, staff were vigilant: today a potassium chloride concentrate "
        "ampoule was selected instead of sodium chloride flush but the error was noticed "
        "before it was given.",
        (None, "4"),
    ),
    (
        "Staff aware of a past never event at another hospital where KCl concentrate was "
        "given in place of water for injection. Today the same mis-selection happened on our "
        "ward - potassium chloride 15% selected instead of WFI - but was spotted at the second "
        "check, not given.",
        (None, "4"),
    ),
    (
        "kcl strong ampoule picked instead of nacl flush, caught b4 given. similar incident at "
        "other trust previously led to pt death when kcl given iv.",
        (None, "4"),
    ),
    (
        "Nurse selected a 10ml potassium chloride 15% ampoule instead of sodium chloride 0.9% "
        "flush; the checker noticed before it was given. A neighbouring trust had a patient die "
        "last year after strong potassium was administered in error.",
        (None, "4"),
    ),
    # ... look-alikes: the potassium given here stays never event 4
    (
        "Potassium chloride 15% ampoule given as a flush instead of sodium chloride 0.9%; pt "
        "developed arrhythmia. A similar never event happened at another trust last year.",
        ("4", None),
    ),
    (
        "Strong KCl drawn up in error instead of water for injection and given IV to "
        "reconstitute co-amoxiclav. Pt became bradycardic.",
        ("4", None),
    ),
    # --- a planned, managed ABO-incompatible transplant: the framework's exclusion
    (
        "Living donor ABO incompatible kidney transplant performed as planned following "
        "desensitisation with rituximab and plasma exchange. Consent obtained. Post op bleed "
        "requiring return to theatre.",
        (None, None),
    ),
    (
        "ABOi renal transplant (planned, living donor, antibody removal protocol followed, "
        "fully consented). Reporting because the immunoadsorption column was delivered late.",
        (None, None),
    ),
    (
        "ABO incompatible transplant done electively: antibody titres reduced by "
        "plasmapheresis before surgery, informed consent documented. Group A donor kidney, "
        "recipient group B.",
        (None, None),
    ),
    (
        "Kidney from group A living donor transplanted into group O recipient following "
        "antibody removal protocol. Pt consented to incompatible transplant. Incident: post op "
        "fall on ward.",
        (None, None),
    ),
    # ... look-alike: an organ transplanted across the groups by mistake
    (
        "Patient received a kidney from a group B donor although she is group O; the "
        "transplant was not planned as ABO incompatible and no desensitisation had been done.",
        ("12", None),
    ),
    # --- NG tube in the lung, medicines given by mouth, nothing down the tube: NM13
    (
        "NG tube inserted, xray showed tip in right lung. By then the morning medicines had "
        "been given orally and feed was held, nothing had gone down the tube. Tube removed and "
        "resited.",
        (None, "13"),
    ),
    (
        "NG tube passed on ward. X-ray reported tip in the right lower lobe bronchus. By then "
        "the patient's medications had been given orally, and the feed had been held pending "
        "xray. Nothing given via NGT. Tube removed.",
        (None, "13"),
    ),
    (
        "Fine bore NG tube placed, pH not obtained, xray showed tube in the lung. Meds had "
        "already been given by mouth as pt able to swallow; no feed or water via the tube. NGT "
        "removed.",
        (None, "13"),
    ),
    (
        "Fine bore NG tube placed, pH not obtained, xray showed tube in the lung. Meds had "
        "been given by mouth. NGT removed.",
        (None, "13"),
    ),
    # (the rules read this one near miss 13; the learned reach model, a second opinion, turns a
    # report this short into never event 13)
    pytest.param(
        "NGT in R lung on CXR. Morning meds given PO, feed held.",
        (None, "13"),
        marks=pytest.mark.xfail(
            reason="the reach model overrides the rules' near miss", strict=True
        ),
    ),
    # ... look-alikes: something went down the misplaced tube
    (
        "NG tube inserted, xray later showed tip in right lung. By then the morning medicines "
        "had been given via the NG tube. Tube removed.",
        ("13", None),
    ),
    (
        "NGT placed, no aspirate. 50ml water flush given down the tube before the xray, which "
        "showed it in the left bronchus. Oral meds given by mouth later.",
        ("13", None),
    ),
    # --- correct units yesterday, today's incompatible unit stopped before spiking: NM12
    (
        "Two correct units transfused yesterday. Today a unit of group B blood was brought for "
        "this group A patient; the bedside check picked it up before the bag was spiked.",
        (None, "12"),
    ),
    (
        "Pt received 2 units RBC yesterday, both correct. Today wrong unit (group AB) "
        "collected for this group O patient, identified at bedside check prior to spiking. Not "
        "transfused.",
        (None, "12"),
    ),
    (
        "Earlier units given correctly yesterday. This morning a group A unit was taken to the "
        "bedside of this group O patient; the two-person check found the mismatch and it was "
        "not spiked.",
        (None, "12"),
    ),
    # ... look-alikes: the incompatible unit went in
    (
        "Two units transfused yesterday without problem. Today a group A unit was transfused "
        "to this group O patient; she developed fever and dark urine.",
        ("12", None),
    ),
    ("2 units transfused. Unit is A pos, pt is O neg.", ("12", None)),
    # --- an implant changed from the plan, the change told not documented: NE2
    (
        "Mesh changed from the planned lightweight mesh to a heavyweight mesh during hernia "
        "repair; no reason recorded in the op note and the change was not discussed.",
        ("2", None),
    ),
    (
        "Intraoperative change of implant from the planned cemented cup to an uncemented cup. "
        "Not documented and no reason given.",
        ("2", None),
    ),
    (
        "The lens was changed from the planned toric IOL to a monofocal IOL. The change of "
        "implant was not documented and had not been agreed with the patient.",
        ("2", None),
    ),
    (
        "Planned 22.0D IOL; 24.5D inserted instead. Not documented why, no one agreed the change.",
        ("2", None),
    ),
    (
        "Pt listed for TKR with a size 5 cemented implant. A size 4 uncemented implant was "
        "used instead; the change was not documented and no reason was recorded in the notes.",
        ("2", None),
    ),
    # ... look-alikes: the change told intentional and documented
    (
        "Lens changed intraoperatively from planned monofocal to a different power; surgeon "
        "documented the change and the reason (posterior capsule rupture) in the op note.",
        (None, None),
    ),
    (
        "Implant changed from the plan due to bone quality; change documented in op note with "
        "clinical reasoning, discussed with patient after.",
        (None, None),
    ),
    (
        "Consultant changed from the planned cemented cup to a revision cup during the THR "
        "because of poor bone stock, documented in the op note and discussed with the pt.",
        (None, None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_event_told_apart_from_history_and_other_routes(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
