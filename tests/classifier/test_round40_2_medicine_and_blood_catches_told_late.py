"""Round 40 (helper 2), never events 4, 5, 6, 7, 8 and 12: catches told late or tersely, and
background states that are no catch.

Caught: the wrong amount itself told as never given after the right dose is named ("The dose was
6 units. 60 was not given", 6); "had taken no extra dose" told verb first (7); a unit that
"belonged to another" patient, or was "labelled for a pt on another ward", stopped at the bedside
(12), the groups summed up at the end of a short report (12); a porter "given the slip" for the
wrong bed and nurses who "started check" (neither is the unit going in, 12); insulin drawn up
from a pen cartridge as the act goes on (6); a checker who "refused to proceed" (5).
Reached: a "not yet" that tells the state of a system or of the patient's feeding tube ("EPMA does
not yet cover insulin", "NG not yet placed") holds nothing back (6, 5); strong potassium "given as
a flush" (4); a refusal told after the dose went in, or the patient's own, is no catch (5).
Look-alikes: a dose of the right amount not given (omitted), a unit group compatible, a fridge
audit with no patient, a pen audit with no patient.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CAUGHT = [
    # the wrong amount told as never given, after the right dose is named
    (
        "Chart said 6U, I drew up 60 units of Novorapid. The pt queried it at the bedside. "
        "Correct dose was 6 units. 60 was not given.",
        "6",
    ),
    (
        "Insulin 10IU written, nurse read it as 101 units and drew up in an insulin syringe. "
        "Second nurse challenged it. The 101 were never given.",
        "6",
    ),
    # no extra dose, told verb first
    (
        "Methotrexate 15mg daily was printed on the GP script instead of weekly. The community "
        "pharmacist phoned us and we cancelled it. The patient has taken no extra doses.",
        "7",
    ),
    # another patient's unit, told with a finite verb or by another ward
    (
        "Unit of red cells at the bedside belonged to another patient in bay 2 who is group B, "
        "our pt is group O. 2 nurse check found it, not spiked.",
        "12",
    ),
    # (group O platelets for a group A patient: the guide's platelet rule makes them
    # incompatible; group A platelets for a group O patient would be compatible, null)
    (
        "Platelets belonged to a different patient (group O) - our pt group A - stopped at "
        "bedside check.",
        "12",
    ),
    (
        "Blood collected from fridge. At bedside check the nurse found it was labelled for a "
        "patient on another ward. Not spiked. Would have been A into O.",
        "12",
    ),
    # the groups summed up at the end of a short report
    (
        "Day unit. 1 unit red cells for pt with anaemia. At the bedside check the label did not "
        "match the unit - it was for another pt on the unit. Not spiked, returned to the lab. "
        "Group check showed it would have been ABO incompatible.",
        "12",
    ),
    # a slip given to the porter and a check started are not the unit going in
    (
        "Porter was given the wrong collection slip, brought unit for bed 9 (group A) to bed 19 "
        "(pt group O). Bedside check found mismatch, not spiked.",
        "12",
    ),
    (
        "HCA given slip for wrong patient, A pos unit collected for our O pos patient, 2 nurses "
        "started check at bedside and found wrong name, returned to lab.",
        "12",
    ),
    # insulin drawn up from a pen cartridge as the act goes on
    (
        "Nurse took the cartridge out of the Humalog pen and was drawing up with a syringe when "
        "the sister stopped her. Not given.",
        "6",
    ),
    # a checker refusing to go on
    (
        "Vincristine syringe sent to theatre with the IT methotrexate, anaesthetist refused to "
        "proceed until it was removed. Not given.",
        "5",
    ),
]

REACHED = [
    # a "not yet" of a system or of a feeding tube holds nothing back
    (
        "Ward EPMA does not yet cover insulin so the chart was handwritten 10U, nurse read 100 "
        "and gave 100 units. BM 1.5, glucagon given.",
        "6",
    ),
    (
        "Pt NBM, NG not yet placed. Oral phenytoin suspension drawn up and given via the PICC. "
        "Realised 10 min later.",
        "5",
    ),
    # strong potassium given as a flush, told passive
    (
        "Student picked a potassium chloride amp instead of sodium chloride for the flush and "
        "it was given as a flush. Pt pain in arm, K 6.1.",
        "4",
    ),
    # a refusal after the dose, or the patient's own, is no catch
    (
        "Vincristine given intrathecally in error, the reg then refused to proceed with the "
        "list. Pt to ITU.",
        "5",
    ),
    (
        "Porter given slip for bed 14 by mistake. Unit was group A, pt group O. Unit given over "
        "1 hr before noticed. Reaction.",
        "12",
    ),
    (
        "Chart said 6U, nurse drew up 60 units of Novorapid and gave it. BM 1.9 an hour later. "
        "Glucose given. The next dose of 6 was not given.",
        "6",
    ),
]

NEITHER = [
    # an omitted dose of the right amount, and learning from elsewhere
    "Insulin dose omitted at lunch, 8 was not given as pt NBM.",
    "Pt on weekly methotrexate missed a dose as 2 was not given on the ward. No harm.",
    # a unit of another patient that was group compatible
    "Unit belonged to another patient and was group compatible (O neg to A pos); given, no "
    "harm. Datix.",
    # stock findings with no patient
    "Audit: 3 units in the fridge were labelled for a patient on another ward, no patient "
    "involved, removed.",
    "Audit found pen cartridges on ward 3 with syringe puncture marks, no patient identified, "
    "pen needles restocked.",
]


@pytest.mark.parametrize(("text", "code"), CAUGHT)
def test_caught_told_late_or_tersely_is_a_near_miss(text: str, code: str) -> None:
    assert never_event_codes(text) == (None, code)


@pytest.mark.parametrize(("text", "code"), REACHED)
def test_background_state_or_late_refusal_is_no_catch(text: str, code: str) -> None:
    assert never_event_codes(text) == (code, None)


@pytest.mark.parametrize("text", NEITHER)
def test_omissions_compatible_units_and_audits_are_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)
