"""Review R8 of the medicine check that found the right product, dose or route (1.92).

Look-alikes the check_found_right exclusion misread, with the (never event, near miss) a
reviewer applying the labelling guide gives. A never event told with a query and "as
prescribed" somewhere stays a never event: the exclusion holds only for what a check found,

- "as prescribed" told as the check's finding: a check word before it in its sentence, no
  contrast in that sentence ("the dose was 10mg as prescribed but it went IV"), closing its
  clause ("feed as prescribed had been running through the PICC" tells what it did);
  a giving told "as prescribed" beside an unrelated query is no finding;
- the dose checked and given is not the right dose when an overdose or its treatment is told
  after it ("1ml given = 100 units ... IV glucose given");
- a route told untouched ("the epidural line was still unused") is no product left untouched.

True cases written otherwise than their tests stay as they are.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, rule_never_event_codes

CASES: list[tuple[str, tuple[str | None, str | None]]] = [
    # --- "as prescribed" of the wrong route's own dose, with a contrast
    (
        "Oramorph 10mg oral solution was drawn up in a luer syringe and pushed via the PICC. "
        "Student queried it afterwards; the dose was 10mg as prescribed but it went IV not PO. "
        "Pt drowsy, obs stable.",
        ("5", None),
    ),
    # --- a query of another medicine, and a giving told "as prescribed" beside it
    (
        "Pt on warfarin. Nurse queried whether the antibiotic was due. IV co-amox given as "
        "prescribed. Later that day pt's NG feed was connected to the PICC line by agency "
        "nurse, pt became unwell.",
        ("5", None),
    ),
    # --- the feared product itself told "as prescribed", in a sentence after the check
    (
        "Patient asked if the feed was going in the drip. Nurse checked: the enteral feed "
        "giving set was connected to the cannula. Feed as prescribed 50ml/hr had run for 30 "
        "mins IV. Pt sob.",
        ("5", None),
    ),
    # --- the dose checked and given, the overdose and its treatment told after it
    (
        "Insulin 10 units prescribed, drawn up in a 2ml syringe. Volume checked by both nurses "
        "then 1ml given = 100 units. Pt became unresponsive, IV glucose given.",
        ("6", None),
    ),
    # --- the route told unused, the epidural medicine having run into the vein
    (
        "Nurse queried if the epidural bupivacaine bag was connected to the IV. Checked: it was "
        "connected to the cannula and running for an hour. The epidural line was still unused.",
        ("5", None),
    ),
    # --- true cases written otherwise: the check found the right product or dose
    (
        "Nurse queried whether the flush was KCl. Checked the bin: water for injection. KCl "
        "amps all still sealed.",
        (None, None),
    ),
    (
        "Dr queried whether the bag running into the PICC was the NG feed. Confirmed with the "
        "pharmacist: TPN as prescribed.",
        (None, None),
    ),
    (
        "Insulin actrapid 8 units, dose checked and given with a normal 1 ml syringe (0.08ml) "
        "as insulin syringes out of stock. Sugars stable after.",
        (None, None),
    ),
    # --- the feared product told opened and given, another one sealed: the never event
    (
        "Nurse queried whether the flush was KCl. Checked: the KCl ampoule was opened and empty, "
        "the saline amps still sealed. Pt had been given KCl 15% as a flush, arrest call.",
        ("4", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_r8_medicine_devices(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_r8_medicine_devices_by_the_rules(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert rule_never_event_codes(text) == expected
