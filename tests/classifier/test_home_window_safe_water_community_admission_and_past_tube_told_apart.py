"""Device and environment events told apart by where, whether and when they happened.

- A fall from a window of the person's own home (flat, house) is not from a healthcare
  premises' window: null, whatever restrictor the home lacked; a ward window's fall stays
  never event 10.
- A complaint of washing water "too hot" answered by a thermometer reading at a safe
  temperature, with no burn, is a query answered as right: null; a hot reading and a burn is
  never event 14.
- "Admitted following an overdose in the community" tells where the inpatient came from, not
  where the rail was: a mental health inpatient hanging from a rail that held stays never
  event 9; a hanging at home is not.
- A person found dead or hurt on the patio or lawn under an upper-floor window whose
  restrictor was unhooked has fallen from it: never event 10; someone on the patio who went
  out of the door is not.
- A misplaced NG tube told as the patient's past at another hospital is history: null; a
  misplaced tube used here is never event 13.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    # -- a window at home: null
    (
        "CMHT visit. pt jumped from the window of his own house (1st floor) on sunday, # ankle, "
        "admitted to ortho. no restrictor on the window at home.",
        (None, None),
    ),
    (
        "crisis team informed that client fell from the lounge window of her own flat on the "
        "3rd floor overnight, now in ICU. flat windows have no restrictors fitted.",
        (None, None),
    ),
    (
        "Home treatment team: pt climbed out the kitchen window of their own bungalow loft "
        "conversion and fell approx 3m, bruising only. window at home has no restrictor.",
        (None, None),
    ),
    (
        "sister rang: pt fell from the bedroom window of her own home last nite (2nd flr) - "
        "windows at home not restricted. pt in A&E with # pelvis",
        (None, None),
    ),
    # -- a ward window: never event 10
    (
        "pt on 2nd floor ward jumped from the bedroom window at 03:00, # femur. restrictor "
        "found broken on inspection.",
        ("10", None),
    ),
    (
        "ward 7 (3rd floor): pt fell from the side room window; the window restrictor had been "
        "removed during repairs and not refitted. # pelvis",
        ("10", None),
    ),
    # -- water checked safe after a complaint: null
    (
        "resident said her shower was too hot. HCA checked with thermometer - 39C. no redness "
        "or marks on skin, reassured.",
        (None, None),
    ),
    (
        "Pt complaind bath water too hot, nurse tested it at 41 degrees, skin intact, no injury. "
        "offered to add cold which pt accepted",
        (None, None),
    ),
    (
        "during bed bath pt said water felt too hot, bowl temp taken 38 C, no marks, water "
        "changed as per pt preference.",
        (None, None),
    ),
    (
        "relative reported the strip wash water was too hot for her mum. checked: water "
        "temperature 40c, skin checked no redness. explained to family.",
        (None, None),
    ),
    # -- a hot reading and a burn: never event 14
    (
        "pt scalded in the shower, water measured 58C afterwards, blistering to both feet. "
        "TMV found faulty.",
        ("14", None),
    ),
    (
        "resident hoisted into the bath, water too hot, scald to her legs and buttocks with "
        "blisters. thermometer reading 52 degrees after.",
        ("14", None),
    ),
    # -- a scalding figure first, the safe one a recheck after the fix: the catch stands
    (
        "pt put one foot in the shower tray and said far too hot, thermometer showed 50C. "
        "pulled foot straight back, no redness. TMV adjusted, rechecked at 40C.",
        (None, "14"),
    ),
    # -- admitted after an act in the community; the rail held on the ward: never event 9
    (
        "PICU. pt admitted last week following an overdose in the community. found at 03:10 "
        "with a belt tied to the curtain rail and hanging, cut down. the rail did not "
        "collapse - breakaway fixings had been painted over.",
        ("9", None),
    ),
    (
        "informal pt on acute mental health ward, admitted after a ligature attempt in the "
        "community. found hanging from the shower rail in en-suite, rail held her weight. "
        "staff cut her down, transferred to ED.",
        ("9", None),
    ),
    (
        "mh inpatient unit. admission 3 days ago following self harm in the community. at "
        "22:40 found suspended from the curtain track by a cord, track did not release. "
        "resus commenced, pt survived.",
        ("9", None),
    ),
    # -- a hanging at home: null
    (
        "CMHT: client found hanging from the curtain rail in her bedroom at home by her "
        "partner, rail held. ambulance called.",
        (None, None),
    ),
    (
        "home treatment team informed pt tied a belt to the shower rail at his flat and hung; "
        "the rail did not collapse. now in ICU.",
        (None, None),
    ),
    # -- found on the patio or lawn below an unrestricted window: never event 10
    (
        "resident (room 14, first floor) found on the patio at 07:20 with head injury, GCS 8. "
        "her window restrictor had been unhooked for cleaning and not re-engaged.",
        ("10", None),
    ),
    (
        "care home, 2nd floor. Mr [NAME] was found on the lawn at 05:40 and pronounced dead by "
        "paramedics. the restrictor on his window had been released with the key and was "
        "never put back on.",
        ("10", None),
    ),
    pytest.param(
        "pt in room 3 (first floor) found on the paving at 14:00, # wrist and hip. on checking "
        "the room the window restrictor had been disengaged by staff airing the room.",
        ("10", None),
        # the tokenizer drops "#": a fracture told only by its symbol tells no injury
        marks=pytest.mark.xfail(strict=True, reason="'# wrist' is no word of an injury"),
    ),
    # -- on the patio by the door, restrictors fine: null
    (
        "resident found on the patio at 15:00 having walked out through the lounge door, no "
        "injury. window restrictors checked, all intact.",
        (None, None),
    ),
    (
        "pt found sitting on the lawn outside the ward at 02:00 smoking, had left via the fire "
        "exit. returned to ward, no injuries.",
        (None, None),
    ),
    # -- a misplaced tube of the past at another hospital: null
    (
        "pump occlusion alarm ignored overnight, feed not given for 6 hrs. pt had a feed given "
        "down a misplaced NGT at another hospital in 2019 so is anxious about tubes.",
        (None, None),
    ),
    (
        "NG feed rate set wrong on new pump (90 instead of 50ml/hr). of note pt had flush "
        "given via a misplaced NG tube at another trust in 2022.",
        (None, None),
    ),
    (
        "PEG site red and leaking, TVN referral made. hx: misplaced NG with feed at a "
        "previous hospital in 2020.",
        (None, None),
    ),
    # -- a misplaced tube used here: never event 13
    (
        "NG inserted on the ward, feed started at 50ml/hr. pt coughing, CXR showed the tube "
        "misplaced in the R main bronchus. feed stopped.",
        ("13", None),
    ),
    (
        "NGT misplaced into the lung, 20ml water flush given before the xray was reviewed. "
        "pt desaturated.",
        ("13", None),
    ),
    # -- more look-alikes that stay as they are
    (
        "estates walk round: 2nd floor window restrictor found unhooked in empty side room. "
        "re-engaged, no patient involved.",
        (None, None),
    ),
    (
        "hot water from the tap in the sluice measured 39C, within range. no patient involved.",
        (None, None),
    ),
    (
        "NG tube placed, pH 7 so CXR requested: tube in R lower lobe bronchus. removed before "
        "any feed or flush was given.",
        (None, "13"),
    ),
    (
        "pt told staff that at home she often stands on the window sill of her flat. no fall. "
        "window restrictors on ward checked and intact.",
        (None, None),
    ),
    (
        "bath temp checked before use: 48C, TMV reported to estates, pt not in the bath.",
        (None, None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_told_apart(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
