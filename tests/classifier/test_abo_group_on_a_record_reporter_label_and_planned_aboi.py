"""Three ways a report of ABO groups is told that the readings must follow (never event 12).

The patient's group told by what a record of theirs says ("pt's wristband and the compat label
say O neg", "her notes state group A"): an incompatible unit stopped before spiking is near
miss 12, one that went in never event 12. A reaction the report puts down to a non-ABO red cell
antibody, the ABO groups told matched, that the ward filed or called an "incompatible blood
never event": the category's words, not an ABO incompatibility (null). A planned ABOi
transplant told by the abbreviation ("ABOi kidney tx (planned ...)", "managed as per ABOi
protocol"): the framework's exclusion (null). Look-alikes stay as they are: compatible pairs,
errors of another kind, an ABO-incompatible unit or organ given in error whatever the
reporter's words or the protocol started after it.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

WORDINGS = [
    # the patient's group told by a record that says it
    (
        "Bedside check: unit labelled B pos, pt's wristband says A pos. Stopped before spiking, "
        "returned to blood bank.",
        (None, "12"),
    ),
    (
        "2nd checker noticed the patient's wristband and compat label both show O pos but the "
        "bag is group A. Not hung. Lab informed.",
        (None, "12"),
    ),
    (
        "pt's notes say group O neg, unit in hand was AB pos. Not started - caught at the "
        "bedside check by 2 RNs.",
        (None, "12"),
    ),
    (
        "Staff nurse about to spike unit - unit B neg, pts wristband reads O pos. Stopped. Unit "
        "was for bed 12.",
        (None, "12"),
    ),
    (
        "Unit was group B. patient's wristband and transfusion record state group O. Realised "
        "after 50ml had gone in, stopped, pt had rigors.",
        ("12", None),
    ),
    (
        "pt's notes state group A pos, the bag of red cells hung was group B pos; 30 mls in "
        "when noticed by the HCA.",
        ("12", None),
    ),
    (
        "Checked at bedside - bag is B neg, her wristband and the compat label say A pos. Not "
        "spiked, sent back to the lab.",
        (None, "12"),
    ),
    # ... look-alikes: a compatible pair, an error of another kind
    (
        "Unit O neg, his wristband and the compatibility label say AB pos. Wrong expiry time "
        "on the unit, not spiked.",
        (None, None),
    ),
    (
        "Bedside check: unit is O neg, pt's wristband says A pos. Unit given as per protocol, "
        "O neg is compatible.",
        (None, None),
    ),
    (
        "pt's wristband says O pos and the unit is O pos, but it was labelled for another pt. "
        "Stopped at bedside check, returned.",
        (None, None),
    ),
    (
        "pt's wristband missing at the bedside check, unit group A. Transfusion delayed until "
        "band replaced. Pt is group A.",
        (None, None),
    ),
    (
        "Unit B pos, pt's wristband says B pos, compatibility label had the wrong NHS number. "
        "Not spiked, returned to lab.",
        (None, None),
    ),
    # a non-ABO antibody reaction the ward filed or called an incompatible blood never event
    (
        "Delayed haemolytic reaction 10 days post transfusion, anti-Jka found, not detected on "
        "previous screen. Logged by the ward as 'ABO incompatible transfusion never event'. "
        "ABO groups compatible.",
        (None, None),
    ),
    (
        "Reaction after 2nd unit: anti-E identified by the lab, DHTR. Ward datixed this as an "
        "incompatible blood never event. ABO groups of unit and pt matched.",
        (None, None),
    ),
    (
        "Pt had a delayed haemolytic transfusion reaction on day 9. anti-Fya from a previous "
        "pregnancy, not known to us. Reported by the ward as 'incompatible blood NE'. ABO "
        "groups all matched.",
        (None, None),
    ),
    (
        "delayed haemolytic transfusion reaction day 5 - anti-c missed as old results on "
        "another system. submitted as incompatible transfusion never event by the ward. ABO "
        "and RhD groups matched.",
        (None, None),
    ),
    (
        "Transfusion reaction: anti-K found on the screen 2 weeks later. ABO groups all "
        "matched. Reported by ward as 'incompatible blood never event'.",
        (None, None),
    ),
    # ... look-alikes: a true ABO-incompatible unit, whatever the reporter's words
    (
        "Datixed as incompatible blood never event: group A red cells given to a group O pt in "
        "error, 150ml in, haemoglobinuria.",
        ("12", None),
    ),
    (
        "Reported as ABO incompatible transfusion. Pt O pos received A pos unit meant for bed 6, "
        "whole unit transfused.",
        ("12", None),
    ),
    (
        "Reported by ward as incompatible blood never event. Group B unit spiked and running "
        "for a group A pt, 100ml in before noticed.",
        ("12", None),
    ),
    # a planned ABOi transplant told by the abbreviation
    (
        "ABOi kidney transplant (planned, living donor, recipient B, donor A). Tacrolimus level "
        "not taken on day 2, done day 3.",
        (None, None),
    ),
    (
        "Living donor renal tx, planned ABOi (pt O, donor B). Rituximab given a day late due to "
        "pharmacy delay. Otherwise managed as per ABOi protocol.",
        (None, None),
    ),
    (
        "ABO-i renal transplant (elective LD, pt B, donor A): theatre start delayed 3h as titre "
        "result not back. Managed as per the ABOi pathway.",
        (None, None),
    ),
    (
        "aboi LD kidney tx, pt group O donor group A, as per the ABOi programme. Post op wound "
        "infection day 5 treated with abx.",
        (None, None),
    ),
    (
        "Pt O, donor A: planned ABOi living donor kidney transplant. Sample for titres "
        "mislabelled by ward, repeated, surgery moved back a day.",
        (None, None),
    ),
    (
        "Planned ABO incompatible living donor kidney transplant; anti-A titre sample "
        "mislabelled so repeated, transplant delayed 24h.",
        (None, None),
    ),
    # ... look-alikes: an incompatible organ given in error stays a never event
    (
        "Deceased donor kidney from a group A donor transplanted into a group O recipient. Not a "
        "planned ABOi transplant - donor group transcribed wrong. Now managed per ABOi protocol.",
        ("12", None),
    ),
    (
        "Heart transplant: donor group B, recipient group A, mismatch not noticed until post "
        "op; hyperacute rejection.",
        ("12", None),
    ),
    (
        "Kidney from group B donor transplanted into group O recipient in error. Unplanned "
        "ABOi, treated afterwards as per the ABOi protocol with plasma exchange.",
        ("12", None),
    ),
    # other look-alikes: neither
    (
        "ABO compatible living donor kidney transplant, donor and recipient both group A. "
        "Catheter removed a day early.",
        (None, None),
    ),
    (
        "Wrong blood in tube: sample labelled with another pt's details, group O vs pt's "
        "historic A. Caught in the lab, no unit issued.",
        (None, None),
    ),
    (
        "Group O neg emergency red cells given to an A pos pt in the ED as per MHP. Appropriate.",
        (None, None),
    ),
    (
        "FNHTR during 2nd unit, temp 38.4, DAT neg. ABO groups matched. Unit stopped, pt "
        "recovered.",
        (None, None),
    ),
    (
        "Bedside check found the unit expired yesterday. Pt's wristband says A pos, unit A pos. "
        "Not spiked, new unit issued.",
        (None, None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), WORDINGS)
def test_abo_groups_told_on_records_labels_and_planned_aboi(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
