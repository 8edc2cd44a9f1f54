"""Review R17 of the medicine (codes 4-8) and device and environment (codes 9-15) readings
added from batch 99, probed with look-alike wordings.

Misread before this review, mended by each reading's own condition:
- a dose "said" correct beside an insulin overdose told ("nurse said the dose was correct but
  ... given 80 units instead of 8") is no dose read as intended: never event 6;
- a home window's missing restrictor told alone ("window at home has no restrictor") names no
  window the fall was from: beside a ward window's fall it stays never event 10;
- folic acid given again beside weekly methotrexate is no methotrexate overdose, however the
  learned model reads it: null;
- methotrexate had, then "received it again" the next day, is the dose given twice: never
  event 7.

Read right already, kept so: the look-alikes the brief names (a second nurse's strong KCl after
one refused, a vinca removed only after it was given, a scald checked safe afterwards, a patient
found on the patio after walking out, a past misplaced tube beside today's).
"""

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    # -- the unreal past is no repeat ("would have given it again"): near miss 7
    (
        "Mrs K on weekly MTX 15mg Thursdays for RA. Admitting doctor wrote methotrexate 15mg OD. "
        "Today was her usual day so the dose given was correct, but the chart would have given "
        "it again tomorrow. Changed to weekly.",
        (None, "7"),
    ),
    # -- mended in this review
    (
        "Insulin withdrawn from Humalog pen with a syringe. Nurse said the dose was correct but "
        "BM dropped to 1.8 and she had been given 80 units instead of 8.",
        ("6", None),
    ),
    (
        "Pt fell from first floor window on the ward, restrictor missing. Pt's window at home "
        "has no restrictor either, family told.",
        ("10", None),
    ),
    (
        "Resident at the care home fell from the window of her own room on the first floor; "
        "window at home has no restrictor. Care home manager informed.",
        ("10", None),
    ),
    (
        "Methotrexate 10mg weekly. Pt had folic acid 5mg on Tuesday and again on Wednesday.",
        (None, None),
    ),
    (
        "pt on weekly methotrexate for RA. folic acid given mon and again tues by mistake.",
        (None, None),
    ),
    (
        "Pt had the correct dose of Maxtrex on Monday and received it again on Tuesday.",
        ("7", None),
    ),
    (
        "received methotrexate 20mg injection on monday, received it again on thursday by "
        "district nurse",
        ("7", None),
    ),
    # -- read right already: the look-alikes kept
    (
        "Pt had her methotrexate dose on Monday and received it again the following Monday as "
        "prescribed.",
        (None, None),
    ),
    (
        "Methotrexate 15mg weekly for psoriasis. Folic acid 5mg given on Thursday and again on "
        "Friday. Methotrexate given on Monday and again on Tuesday as chart said daily.",
        ("7", None),
    ),
    (
        "Insulin withdrawn from Humalog pen with syringe as pen needle missing. The dose was "
        "correct (10 units).",
        (None, None),
    ),
    (
        "Insulin drawn from pen with syringe, the dose was correct. Separately, 10U written on "
        "the chart was read as 100 and 100 units were given.",
        ("6", None),
    ),
    (
        "Nurse refused to add strong KCl per policy, but a second nurse selected KCl 15% ampoule "
        "instead of water for injection to reconstitute the antibiotic, which was then given IV.",
        ("4", None),
    ),
    (
        "Vincristine syringe was given intrathecally and was removed from the room afterwards.",
        ("5", None),
    ),
    (
        "Vincristine delivered with the intrathecal methotrexate. The nurse took only the "
        "methotrexate and vincristine to the procedure room, where vincristine was given "
        "intrathecally.",
        ("5", None),
    ),
    (
        "Oramorph 5mg pushed IV via cannula in error, 5mg IV given, prescribed 5mg PO.",
        ("5", None),
    ),
    (
        "Paracetamol suspension 500mg IV via cannula in error, prescribed 500mg PO",
        ("5", None),
    ),
    (
        "Patient scalded in the bath, red blistered skin on both legs. Water later checked at "
        "41C after the TMV was fixed.",
        ("14", None),
    ),
    (
        "Patient found on the patio unresponsive at 03:00, had walked out through the garden "
        "door. Windows checked, all restrictors intact.",
        (None, None),
    ),
    (
        "NG misplaced into the lung at another hospital in 2021. Today new NG placed, pH not "
        "checked, 200ml feed given, then x-ray showed tube in right bronchus.",
        ("13", None),
    ),
    (
        "Resident fell from her first floor bedroom window at the care home; the window at the "
        "home had no restrictor fitted.",
        ("10", None),
    ),
    (
        "Patient fell from the window of her own flat after discharge. Ward informed by police.",
        (None, None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_r17_reading(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
