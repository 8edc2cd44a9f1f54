"""Round 66, helper 1: near misses told in words the prevention reading did not know.

- A patient "never had the air on" tells the air connection caught before use: near miss 15.
- A vinca syringe taken away, then "nothing given", told sentences after the finding, is a catch:
  near miss 5; "nothing given to reverse it" after the dose is no catch.
- The wrong side's mark taken off ("R arrow removed, L marked") tells a marking put right before
  any procedure: near miss 1.
- "No dose from the new MAR had been given" denies the dose from the wrongly transcribed chart:
  near miss 6 (the "had been given" is inside the denial).
- The patient who "stopped the nurse who came" with the syringe drawn from his pen: near miss 6.
- A strong potassium ampoule "not added to the vial" was never given: near miss 4.
- A methotrexate dose given "on the correct day" of the weekly regimen is no extra dose: the
  daily prescription changed before the next dose is near miss 7.
- A wrong implant "not impacted", the right one opened: near miss 2.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    # the patient never had the air on
    (
        "bay 4 new pt for O2 at 2L. student connected the tubing to the air outlet instead of "
        "oxygen. the patient never had the air on as the RN checked the outlet and moved it to "
        "oxygen straight away.",
        (None, "15"),
    ),
    # look-alike: on air for hours
    (
        "resp ward, pt needing O2 for sats 88%. HCA connected the nasal specs tubing to the "
        "medical air flowmeter by mistake. staff nurse found the pt on air 2 hrs later, sats "
        "84%, moved to the O2 flowmeter.",
        ("15", None),
    ),
    # the vinca taken back, nothing given, told sentences later
    (
        "oncology day unit: pt due IV vinblastine and IT cytarabine. both syringes went to the "
        "procedure room in one bag from pharmacy. the vinblastine was in a standard syringe. "
        "checklist done. consultant read the vinblastine label at the final check. taken back "
        "to pharmacy, nothing given.",
        (None, "5"),
    ),
    # look-alike: given intrathecally, nothing given to reverse it
    (
        "oncology day unit: pt due IV vinblastine and IT cytarabine. both syringes went to the "
        "procedure room in one bag from pharmacy. vinblastine given intrathecally by the "
        "registrar. nothing given to reverse it. pt to PICU.",
        ("5", None),
    ),
    # the wrong side's arrow removed
    (
        "pt for L carpal tunnel release. FY1 had drawn the arrow on the R wrist from the theatre "
        "list. pt queried it on the ward and the mark was checked against the consent. R arrow "
        "removed, L marked. surgery on the L.",
        (None, "1"),
    ),
    # look-alike: the wrong wrist incised
    (
        "pt for L carpal tunnel release. FY1 had drawn the arrow on the R wrist from the theatre "
        "list. surgeon incised the R wrist. wrong site found at closure, skin mark removed "
        "afterwards.",
        ("1", None),
    ),
    # no dose from the new MAR had been given
    (
        "care home: the ward TTO said 'Lantus 10u' and our carer copied it onto the MAR as 100 "
        "units. senior carer queried it on the morning round and rang pharmacy who confirmed 10 "
        "units. no dose from the new MAR had been given.",
        (None, "6"),
    ),
    # look-alike: the misread dose given
    (
        "care home: the ward TTO said 'Lantus 10u' and our carer copied it onto the MAR as 100 "
        "units. the 100 units had been given at 0800 from the new MAR. pt hypo 2.1 at lunch.",
        ("6", None),
    ),
    # the patient stopped the nurse who came with the syringe
    (
        "resident (insulin dependent for years) stopped the bank nurse who came to him with a "
        "1ml syringe she had drawn up from his Humalog pen because the pen needles had run out. "
        "he used his own kit.",
        (None, "6"),
    ),
    # look-alike: injected, the "stopped" is later and about something else
    (
        "bank nurse came to the resident with a 1ml syringe she had drawn up from his Humalog "
        "pen because the pen needles had run out and injected him. he stopped the nurse who came "
        "back at 1300 for his BM. hypo 2.4.",
        ("6", None),
    ),
    # the strong potassium not added to the vial
    (
        "neonatal unit: drawing up diluent for the amoxicillin vial I took a potassium chloride "
        "15% ampoule from the drawer thinking it was sodium chloride 0.9%. KCl not added to the "
        "vial.",
        (None, "4"),
    ),
    # look-alike: added and given
    (
        "neonatal unit: drawing up diluent for the amoxicillin vial I took a potassium chloride "
        "15% ampoule thinking it was sodium chloride 0.9%. KCl added to the vial and given IV. "
        "baby bradycardic, crash call.",
        ("4", None),
    ),
    # the dose given on the correct day of the weekly regimen
    (
        "RA clinic pt admitted over the weekend. takes methotrexate 15mg every Friday. admitting "
        "FY1 prescribed methotrexate 15mg once daily. friday dose was given on the ward (the "
        "correct day for her). pharmacist amended to weekly on saturday morning before any "
        "further dose.",
        (None, "7"),
    ),
    # look-alike: daily doses given
    (
        "RA clinic pt admitted over the weekend. takes methotrexate 15mg every Friday. admitting "
        "FY1 prescribed methotrexate 15mg once daily. the dose was given friday, saturday and "
        "sunday before the pharmacist amended to weekly on monday.",
        ("7", None),
    ),
    # the wrong head not impacted
    (
        "primary hip: 28mm femoral head opened onto the trolley but the cup liner used is 32mm. "
        "scrub nurse checked the box against the liner before the trial. 28mm head not "
        "impacted, 32mm head opened.",
        (None, "2"),
    ),
    # look-alike: the wrong head impacted
    (
        "primary hip: 28mm femoral head opened onto the trolley but the cup liner used is 32mm. "
        "head impacted and hip reduced. mismatch found on the implant record after closure, "
        "returned to theatre for revision.",
        ("2", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_catches_told_later_or_in_plain_words(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
