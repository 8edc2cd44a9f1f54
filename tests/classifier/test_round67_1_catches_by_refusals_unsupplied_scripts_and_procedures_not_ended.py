"""Round 67, helper 1: near misses told in words the prevention reading did not know.

- "Dose 1 given" numbers the first dose of a wrong daily methotrexate frequency: the right first
  dose, so the frequency changed before the next is near miss 7 (a "dose 2 given" first is the
  overdose).
- The patient refusing the dose brought ("refused to have it", "declined the injection") holds the
  misread insulin back: near miss 6; a route refused ("refused to have it orally") and the dose
  then given another way holds nothing back.
- A wrong methotrexate script "Not dispensed", told alone lines after it, or the patient who "has
  had nothing from this script": near miss 7.
- "Gave nothing via the tube" denies the use of a misplaced NG tube: near miss 13.
- An item found while the patient "hadn't got off the couch", or "before removing the speculum":
  the procedure had not ended, near miss 3.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    # dose 1 of a wrong daily frequency is the right first dose; changed before the next
    (
        "rheumatology day unit: pt with RA started on methotrexate 10mg, the eprescribing "
        "template put it in as daily instead of weekly. dose 1 given on Monday. pharmacist "
        "reviewing the chart on Tuesday morning changed it to weekly before any further dose "
        "was given.",
        (None, "7"),
    ),
    # look-alike: dose 2 given before the change is the overdose
    (
        "rheumatology day unit: pt with RA started on methotrexate 10mg, the eprescribing "
        "template put it in as daily instead of weekly. dose 2 given on Tuesday. pharmacist "
        "reviewing the chart on Wednesday changed it to weekly and held it.",
        ("7", None),
    ),
    # the client refused to have the misread dose drawn up
    (
        "hostel nurse visit: the Humalog 8u on the care plan was read as 80 and 80 units were"
        " drawn up in an insulin syringe. the client said it looked far too much and refused "
        "to have it. care plan rewritten with units in full.",
        (None, "6"),
    ),
    # look-alike: the misread dose given; a later refusal is of supper
    (
        "nursing home evening round: resident's Levemir 14u on the handwritten chart was read"
        " as 140 units and the nurse gave 140 units. resident refused to have her supper "
        "later. BM 1.9 at 22:00, 999 called.",
        ("6", None),
    ),
    # the client declined the injection drawn up from the misread 'U'
    (
        "hostel nurse visit: the Humalog 8u on the care plan was read as 80 and 80 units were"
        " drawn up in an insulin syringe. the client declined the injection as it looked far "
        "more than usual. care plan rewritten with units in full.",
        (None, "6"),
    ),
    # look-alike: the oral route refused, the liquid then pushed into the cannula
    (
        "pt with learning disability refused to have it orally so the agency nurse drew up "
        "the liquid paracetamol into a luer lock syringe and gave it via the IV cannula.",
        ("5", None),
    ),
    # 'Not dispensed' opening its sentence, lines after the wrong script
    (
        "new methotrexate 2.5mg script from the surgery read 'take 4 tablets daily', she "
        "takes 10mg weekly on a Friday for her psoriatic arthritis. queried with the "
        "prescriber by phone. the wrong directions came from the old template. Not dispensed,"
        " new script for weekly sent over.",
        (None, "7"),
    ),
    # the patient has had nothing from the wrong script
    (
        "new methotrexate 2.5mg script from the surgery read 'take 4 tablets daily', she "
        "takes 10mg weekly on a Friday for her psoriatic arthritis. queried with the "
        "prescriber by phone. she confirmed she has had nothing from this script and still "
        "has her own weekly supply. new script for weekly sent over.",
        (None, "7"),
    ),
    # look-alike: dispensed and taken daily
    (
        "new methotrexate 2.5mg script from the surgery read 'take 4 tablets daily', she "
        "takes 10mg weekly on a Friday for her psoriatic arthritis. dispensed and she took it"
        " daily for 5 days. GP recalled her after the pharmacy audit.",
        ("7", None),
    ),
    # the tube held: 'gave nothing via the tube'
    (
        "district nurse re-passed the NG for pt after stroke. no aspirate on 3 tries and pt "
        "spluttering. withheld the morning meds and gave nothing via the tube, sent to the "
        "local hospital for xray. tip seen in the L main bronchus, tube removed.",
        (None, "13"),
    ),
    # look-alike: meds given via the tube before the film
    (
        "district nurse re-passed the NG for pt after stroke. no aspirate on 3 tries. gave "
        "the morning meds via the tube with a flush. xray later that day showed the tip in "
        "the L main bronchus, tube removed.",
        ("13", None),
    ),
    # the patient had not got off the couch when the swab was found
    (
        "smear clinic: 2 swabs used to wipe the cervix. the practice nurse counted 1 in the "
        "tray and found the other high in the vagina, removed it. pt hadn't got off the "
        "couch.",
        (None, "3"),
    ),
    # look-alike: found days after she went home
    (
        "smear clinic: 2 swabs used to wipe the cervix. count not done. pt got off the couch "
        "and went home. she came back 4 days later with discharge, the second swab found in "
        "the vagina and removed.",
        ("3", None),
    ),
    # found before removing the speculum
    (
        "colposcopy: gauze used to dry the cervix after the biopsy. before removing the "
        "speculum the HCA counted one short, it was found at the top of the vagina and taken "
        "out.",
        (None, "3"),
    ),
    # look-alike: found after the patient had left
    (
        "colposcopy: gauze used to dry the cervix after the biopsy. one short in the count "
        "noticed by the HCA after the pt left. pt rang back 2 days later, gauze found in the "
        "vagina at her GP.",
        ("3", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_catches_told_by_first_doses_refusals_scripts_and_procedures_not_ended(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
