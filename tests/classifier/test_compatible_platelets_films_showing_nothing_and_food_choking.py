"""Three ways a report tells that no never event 2/3/12 happened, and the cases that stay:

- platelets judged by the plasma they carry: group A, B or AB platelets for a group O patient
  (and AB platelets for anyone) are ABO compatible, however the reporter worded a worry
  ("wrong group"); group O platelets untested for high-titre to a non-O patient stay never
  event 12, and red cells of a foreign group stay incompatible;
- a count short answered by a film or search showing no item ("x-ray ... no needle seen"): the
  find word inside the film's denial is no find of the item;
- a query of a retained wire answered by a monitoring lead lying over the chest, and a patient
  choking on a piece of food: no item of a procedure at all.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    # --- look-alikes that must be (None, None) ---
    (
        "pt is grp O pos. Given group A platelets as no O in stock, nurse queried wrong group, "
        "haematologist happy",
        (None, None),
    ),
    (
        "Patient group O neg, 1 pool of AB platelets transfused overnight. Staff worried "
        "about wrong group, discussed with lab, acceptable.",
        (None, None),
    ),
    (
        "group O recipient received group B platelets; reporter thought this was the wrong group",
        (None, None),
    ),
    ("pt O+ . A+ plts given due to lab shortage, wrong group? lab say this is fine", (None, None)),
    ("AB platelets given to a group A pt, staff raised as wrong group, no reaction", (None, None)),
    (
        "swab count short by 1 at close. Xray in theatre - no swab seen. Theatre searched, not "
        "found. Escalated.",
        (None, None),
    ),
    (
        "Needle 3/0 unaccounted for at final count. Intra-op imaging showed no needle, search of "
        "bins and floor negative.",
        (None, None),
    ),
    (
        "count discrepancy: 1 raytec missing. AXR on table, no swab seen in the abdomen. "
        "Never found.",
        (None, None),
    ),
    (
        "instrument count incorrect one needle missing; CXR in recovery: no needle seen. "
        "DATIX done",
        (None, None),
    ),
    (
        "?retained wire on the CXR after PICC. Consultant reviewed: it is the ECG lead "
        "overlying the chest, PICC tip ok",
        (None, None),
    ),
    (
        "Query retained guidewire on post CVC film. On review it was the ECG lead lying over the "
        "chest wall, no wire.",
        (None, None),
    ),
    (
        "?guidewire on portable film post line - turned out to be an ECG lead overlying the chest.",
        (None, None),
    ),
    (
        "Resident choked on a piece of toast at breakfast, back blows given and cleared, on pureed "
        "diet not followed",
        (None, None),
    ),
    (
        "pt choked on a piece of meat at supper, HCA gave back blows, piece came out, obs stable.",
        (None, None),
    ),
    (
        "Service user choking on a piece of apple in the lounge, staff cleared it, GP informed.",
        (None, None),
    ),
    (
        "lady choked on a piece of chicken at lunch, dysphagia plan said soft diet. recovered",
        (None, None),
    ),
    # --- never events that must stay ---
    (
        "pt group A pos, given group O platelets not high titre negative, wrong group, pt "
        "haemolysed",
        ("12", None),
    ),
    (
        "Pt group O. Unit of group A red cells transfused in error, wrong group, pt became "
        "hypotensive.",
        ("12", None),
    ),
    (
        "group B patient transfused group A RBC - ABO incompatible, transfusion stopped after 50ml",
        ("12", None),
    ),
    ("pt group O, group AB FFP given, wrong group", (None, None)),
    pytest.param(
        "swab count short at the end, xray showed a swab in the abdomen, returned to theatre to "
        "remove",
        ("3", None),
        marks=pytest.mark.xfail(
            reason="closure order: a film after a count short 'at the end' read as a catch",
            strict=True,
        ),
    ),
    (
        "Needle missing at count, pt left theatre, AXR next day showed needle in the pelvis, "
        "removed at relook.",
        ("3", None),
    ),
    ("guidewire seen on CXR in the IVC after CVC insertion, removed by IR", ("3", None)),
    (
        "?retained guidewire on CXR - confirmed on CT, guidewire in the SVC, IR retrieval",
        ("3", None),
    ),
    (
        "swab found in the vagina by the community midwife 5 days after the perineal repair, count "
        "had been documented correct",
        ("3", None),
    ),
    (
        "pt returned with pain, CT showed a retained swab in the abdomen from the lap chole",
        ("3", None),
    ),
    (
        "choked on a piece of gauze pack left in the throat after the anaesthetic, removed in "
        "recovery",
        ("3", None),
    ),
    (
        "Count incorrect, needle missing, wound reopened and needle found in the wound "
        "before closure",
        (None, "3"),
    ),
    (
        "Pt group O pos received group A pos red cells meant for bed 4, ABO incompatible",
        ("12", None),
    ),
    (
        "A 5/0 needle missing at the count. x-ray showed no needle, later found stuck to the drape",
        (None, None),
    ),
    ("pt grp A. given O platelets, not HT neg tested, wrong group given", ("12", None)),
    (
        "lady choked on a piece of swab in theatre after the tonsillectomy, swab left in, "
        "retrieved in recovery",
        ("3", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_compatible_platelets_films_showing_nothing_and_food(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
