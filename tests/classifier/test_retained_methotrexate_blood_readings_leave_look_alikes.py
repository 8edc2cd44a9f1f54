"""Look-alikes of today's readings (reviewer R2), each written unlike the readings' own
development narratives, with the (never event, near miss) pair the guide gives.

- Item placed as treatment: a clip told left in where it was not meant to stay (a bulldog or
  vascular clip found on a later film, "left in") is a retained item, never event 3; only a
  retention told by a generic name ("something left in her") or of a device told meant to stay
  is the treatment device.
- Count answered by nothing found: a search told finding nothing ("search of theatre found
  nothing") is no find of the item; with a film showing none, both null.
- Methotrexate's overdose words are another drug's only when that drug is named in their own
  sentence: a drug listed in the sentence before ("also amlodipine 5mg. Given daily x3") does
  not take them.
- An implant placed at spinal levels is the planned operation when every vertebra it spans is
  a planned level's (screws at L4 and L5 for an L4/5 fusion, a plate at C5-C6 for C5/6), and
  an implant of the patient's past ("placed at T10 previously") is no act.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    # --- a clip told left in where it was not meant to stay: never event 3
    (
        "AAA repair. Bulldog clip placed on the iliac. At the 6 week CT a bulldog clip was seen "
        "still in the abdomen, it had been left in.",
        ("3", None),
    ),
    (
        "Fem-pop bypass, vascular clip applied to the graft during the anastomosis. Check xray "
        "next day showed the clip still in the thigh, left in by mistake, returned to theatre "
        "for removal.",
        ("3", None),
    ),
    # --- clips meant to stay, told so or told of generically: null
    (
        "Lap chole, 4 clips placed. 3 wks later pt told us she thinks something was left in "
        "her. CT showed only the clips.",
        (None, None),
    ),
    (
        "Lap chole in 2021, clips applied. CT for other reasons shows the clips left in the GB "
        "fossa, these are permanent and meant to stay.",
        (None, None),
    ),
    # --- a count short, a search finding nothing and a film showing none: null
    (
        "Count 1 swab short at the end of lap chole. Search of theatre found nothing. Xray of "
        "the abdomen showed no swab. Pt discharged.",
        (None, None),
    ),
    (
        "Needle count 1 short at closure. Search of the floor and bins found no needle. "
        "Intraop xray: no needle seen. Count policy followed.",
        (None, None),
    ),
    # --- ... but the item found after all stays the item's
    (
        "Count 1 swab short at the end of lap chole. Search of theatre found nothing. Xray "
        "showed no swab. Pt went home. Swab found in the abdomen on CT 3 weeks later, "
        "laparotomy.",
        ("3", None),
    ),
    (
        "Count 1 swab short at closure. Search found nothing, then the surgeon found the swab "
        "in the pelvis and removed it before closing.",
        (None, "3"),
    ),
    # --- methotrexate given daily, another drug listed in the sentence before: never event 7
    (
        "RA lady, methotrexate 20mg once weekly on admission, also amlodipine 5mg. Given daily "
        "x3 on ward 5 before pharmacy review, bloods ok.",
        ("7", None),
    ),
    # --- implants placed at the planned levels: null
    (
        "C5/6 ACDF listed. Plate and screws placed at C5-C6, the level was confirmed on II. "
        "Uneventful.",
        (None, None),
    ),
    ("C5/6 ACDF. Cage placed at C5/6. Post op dysphagia.", (None, None)),
    ("Posterior fusion L2-L4 planned. Screws placed at L2-L4. Uneventful.", (None, None)),
    # --- implants placed at another level: never event 1
    ("ACDF: cage placed at C4/5, the consent was for C5/6.", ("1", None)),
    (
        "L5/S1 fusion planned. Screws placed at L4 and L5, found on post op CT, wrong level.",
        ("1", None),
    ),
]

#: Wordings the engine still misreads: the rules now read the implants at the planned levels,
#: but the learned model's wrong site stands (it reads several levels named as a wrong one).
STILL_MISREAD = [
    (
        "L3-L5 fusion planned. Screws placed at L3, L4 and L5. Pt later had revision at L2/3 "
        "for adjacent segment disease.",
        (None, None),
    ),
    (
        "Planned L4/5 TLIF. Cage inserted at L4/5. Post op CT showed the screw placed at L5 had "
        "breached the pedicle, revised.",
        (None, None),
    ),
    (
        "Lumbar decompression L4/5 was listed and performed. Pt has a spinal cord stimulator "
        "implant placed at T10 previously.",
        (None, None),
    ),
    (
        "L4/5 fusion. Pedicle screws placed at L4 and L5 as planned. Post op xray satisfactory.",
        (None, None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_look_alikes_of_todays_readings(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.xfail(strict=True, reason="learned wrong site on several spinal levels named")
@pytest.mark.parametrize(("text", "expected"), STILL_MISREAD)
def test_levels_the_learned_model_still_misreads(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
