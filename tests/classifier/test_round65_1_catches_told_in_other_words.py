"""Round 65, helper 1: near misses told in words the prevention reading did not know, and a
never event read as one.

- "Had not used a <kind of pen> before" is a lack of experience, not a product held back: the
  insulin drawn out of the pen cartridge and given stays never event 6.
- "So no feed went into the vein" tells nothing went in after a feed set joined to a line: near
  miss 5, not a feed that ran.
- What the pre-procedure or safety check "found" is a catch: a vinca syringe found in the LP
  tray at that check and taken away is near miss 5.
- A reach cue straight after "no" ("No lidocaine given to the L hand") is denied: a wrong side
  marked and caught at time out stays near miss 1.
- A wrong methotrexate frequency "spotted by the community pharmacist" is caught by the
  pharmacist (near miss 7), unless doses were taken before.
- A catch told only after the dose was given ("... given IM. Identified by the pharmacist at the
  review") does not make a learned never event a near miss.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    # unfamiliar with the pen: the overdose reached the patient
    (
        "community nurse had not used a KwikPen before and drew 20 units out of the pen "
        "cartridge with an insulin syringe. pt found drowsy at lunchtime, BM 1.6, paramedics "
        "gave glucagon and took him to ED.",
        ("6", None),
    ),
    # look-alike: the syringe dose not used, caught at the check
    (
        "insulin drawn out of the Humalog pen cartridge with a 1ml syringe by the agency nurse. "
        "checker noticed before it was given, syringe not used and discarded, dose given from "
        "the pen.",
        (None, "6"),
    ),
    # no feed went into the vein
    (
        "at the 0700 round the HCA found the PEG feed line (Jevity) had been connected to the "
        "pts midline instead of the PEG. roller clamp still shut, so no feed went into the "
        "vein. disconnected and midline flushed.",
        (None, "5"),
    ),
    # look-alike: the feed ran into the vein
    (
        "at the 0700 round the HCA found the PEG feed line (Jevity) attached to the pts midline "
        "instead of the PEG. pump running at 60ml/hr and approx 200ml of feed went into the "
        "vein. pt tachycardic, medical team called.",
        ("5", None),
    ),
    # what the safety check found
    (
        "paeds oncology LP list. vinblastine syringe for IV use was brought into the procedure "
        "room with the intrathecal cytarabine. At the pre-procedure check the anaesthetist "
        "found the vinblastine syringe on the trolley next to the IT syringe. pharmacy collected "
        "it later. the LP went ahead with the cytarabine alone.",
        (None, "5"),
    ),
    # look-alike: the vinca went in intrathecally
    (
        "paeds oncology LP list. vinblastine syringe for IV use was given intrathecally instead "
        "of the cytarabine. the error was found afterwards when the empty IT syringe was still "
        "on the trolley. pt transferred to PICU.",
        ("5", None),
    ),
    # "No lidocaine given to the L": a denied reach
    (
        "minor ops list. pt booked for excision of a cyst on the R index finger. HCA marked and "
        "cleaned the L index finger from the booking sheet. at the time out before the ring "
        "block the pt said it was his right hand. L cleaned off, R marked and procedure done. "
        "No lidocaine given to the L hand.",
        (None, "1"),
    ),
    # look-alike: the local anaesthetic went into the wrong finger
    (
        "minor ops list. pt booked for excision of a cyst on the R index finger. HCA marked and "
        "cleaned the L index finger. lidocaine given to the L index finger by the GP and ring "
        "block done. pt then said it was the right hand. procedure abandoned on the L, R done.",
        ("1", None),
    ),
    # spotted by the pharmacist
    (
        "TTO for pt with psoriasis listed methotrexate 15mg every day instead of weekly. "
        "Spotted by the community pharmacist on the discharge check, pt had only had the weekly "
        "dose.",
        (None, "7"),
    ),
    # look-alike: a catch told after the dose was given does not undo it (learned reading)
    (
        "EPU. Ectopic pregnancy managed medically with IM methotrexate 50 mg/m2. Prescribed as "
        "100 mg/m2 (wrong protocol used) and 170 mg given IM. Identified by the pharmacist at "
        "the day 4 review. Patient informed, folinic acid rescue given.",
        ("7", None),
    ),
    # look-alike: doses taken before the pharmacist spotted it
    (
        "TTO for pt with psoriasis listed methotrexate 15mg every day instead of weekly. pt had "
        "taken 4 doses before it was spotted by the community pharmacist. admitted with "
        "mucositis.",
        ("7", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_catches_told_in_other_words(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
