"""Round 67, helper 2: wrong-route, methotrexate and wrong-patient errors told in words the
rules did not read.

- An oral liquid "drew it up in a luer syringe" (the dose between verb and particle) is made
  ready in a syringe for the vein; joined to the cannula and stopped, it is near miss 5.
- "No oral syringes so I drew 2.5ml into a luer syringe" makes the oral liquid ready for a line:
  the dose given orally after the catch is the corrected one, not a planned switch; and
  "before anything was pushed" is a catch: near miss 5.
- An epidural bag's line "at the IV cannula ready to connect" is the epidural medicine on its
  way into the vein: near miss 5 when nothing infused.
- Methotrexate written or transcribed "onto the chart as od" is a daily prescription; the dose
  "queried ... and held" is a catch: near miss 7.
- A procedure done on a baby when "the request was for the baby of another mother" is a
  procedure on the wrong patient: never event 1.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    # an oral liquid drawn up with the dose between verb and particle, then put on the cannula
    (
        "childrens ward bay 3: 6yo prescribed ibuprofen oral suspension 150mg. bank nurse drew it "
        "up in a 10 ml luer syringe and left it on the locker next to the IV flush. the RN then "
        "attached it to the cannula before the nurse in charge spotted the colour. nothing pushed, "
        "removed, child ok.",
        (None, "5"),
    ),
    # look-alike: drawn up in an oral syringe and given by mouth
    (
        "childrens ward bay 3: 6yo prescribed ibuprofen oral suspension 150mg. bank nurse drew it "
        "up in a purple oral syringe and gave it by mouth. child settled, pain score 2.",
        (None, None),
    ),
    # an oral morphine dose drawn into a luer syringe, put on the subcut butterfly, caught; the
    # dose then given orally is the corrected one
    (
        "hospice at home visit. pt has oramorph 10mg/5ml in the house. no purple syringes in the "
        "kit so the nurse drew 5ml into a 10ml luer syringe to give by mouth. the HCA thought it "
        "was for the driver and attached it to the sc butterfly - nurse saw before anything was "
        "pushed and took it off. dose given orally.",
        (None, "5"),
    ),
    # look-alike: drawn into an oral syringe and given orally
    (
        "hospice at home visit. pt has oramorph 10mg/5ml in the house. the nurse drew 5ml into a "
        "purple oral syringe and the dose was given orally. pt comfortable.",
        (None, None),
    ),
    # the epidural bag's line held at the IV cannula, ready to connect, nothing infused
    (
        "obstetric recovery: new epidural bag (bupivacaine/fentanyl) put up on a standard clear "
        "giving set. the RN had the end of the line at the pt's IV cannula ready to connect when "
        "the ODP checked the label. nothing infused.",
        (None, "5"),
    ),
    # look-alike: an IV fluid's line at the cannula is its own route
    (
        "obstetric recovery: new bag of Hartmann's put up on a standard clear giving set. the RN "
        "had the end of the line at the pt's IV cannula ready to connect when the ODP checked the "
        "label. infusion started.",
        (None, None),
    ),
    # methotrexate transcribed onto the chart as daily, queried and held
    (
        "community hospital admission. pt with psoriasis on methotrexate 10mg weekly (Mondays). the"
        " FY1 transcribed it onto the drug chart as od. night staff nurse queried it as "
        "methotrexate is usually weekly and held it. dr rang the GP and the chart was rewritten.",
        (None, "7"),
    ),
    # look-alike: the daily dose given on three mornings
    (
        "community hospital admission. pt with psoriasis on methotrexate 10mg weekly (Mondays). the"
        " FY1 transcribed it onto the drug chart as od. it was given on 3 mornings in a row before "
        "pharmacy spotted it, bloods sent.",
        ("7", None),
    ),
    # a procedure on one baby, the request for another mother's baby
    (
        "NNU: lumbar puncture done on baby of Jones in cot 6 at 14:00. the request was for the baby"
        " of another mum in cot 2 with the same surname. baby stable, parents told, datix done.",
        ("1", None),
    ),
    # look-alike: no invasive procedure, only a visit to the wrong baby
    (
        "NNU: feeding support visit done for baby of Jones in cot 6. the request was for the baby "
        "of another mum in cot 2 with the same surname. visit repeated in cot 2.",
        (None, None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_wrong_route_methotrexate_and_wrong_baby(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
