"""A wrong side marked and caught before the act is a set-up caught (near miss 1), whether the
plan is told as the side listed, or only as "for <side> <procedure>" (the guide: "wrong side
marked/prepped" is an error made and caught). The plan may also be told by the patient's wish
before the act ("pt wanted the left done but the R was injected") or by a record told after the
act ("R eye injected, the list said L"): an act on the other side is never event 1. Look-alikes
stay as they are: a mark on the planned side, a wish or a record naming the side acted on, a
patient choosing the other side on the day, and a wrong mark not caught before the act."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

#: Errors of other readings, not of the wrong mark caught nor of the plan told after the act.
XFAIL_ROOM_CATCH = "context: 'noticed in anaesthetic room' is read as no catch"
XFAIL_SYMPTOM_SIDE = "phrases: the other side's pain is read as the side planned against the list"
XFAIL_ACROSS_CLAUSES = "phrases: 'list said ... asked about the Lt eye' is read as the list's side"

CHANGED = [
    (
        "L side marked in error for a R carpal tunnel release; picked up at the WHO time out, "
        "mark wiped off and R side done.",
        (None, "1"),
    ),
    ("wrong leg marked for R TKR, noticed at sign in, re-marked and R knee operated", (None, "1")),
    pytest.param(
        "Marking on the wrong side (R) for L hip replacement. Noticed in anaesthetic room. "
        "Corrected.",
        (None, "1"),
        marks=pytest.mark.xfail(strict=True, reason=XFAIL_ROOM_CATCH),
    ),
    (
        "Site marked on left for right inguinal hernia repair, noticed by scrub nurse before "
        "knife to skin.",
        (None, "1"),
    ),
    (
        "Wrong side marked for R shoulder arthroscopy, spotted at team brief, mark removed.",
        (None, "1"),
    ),
    ("Pt wanted the R knee done, but L knee injected in error.", ("1", None)),
    (
        "patient had asked for her left shoulder to be injected but the right was injected",
        ("1", None),
    ),
    ("Lt knee aspirated, the consent form said Rt knee. Pt informed, DATIX.", ("1", None)),
    ("R eye injected. The clinic list said L eye.", ("1", None)),
    ("L hand block given; theatre list said R", ("1", None)),
    ("Wrong site marked - R instead of L for TKR. Caught at time out.", (None, "1")),
    (
        "wrong knee marked (R) for L knee arthroscopy, picked up at sign in, mark removed and L "
        "knee scoped as planned.",
        (None, "1"),
    ),
    (
        "Site marking on incorrect side for R CTR. Noticed by ODP at time out. Re-marked, R hand "
        "operated as per consent.",
        (None, "1"),
    ),
    ("pt asked for the R shoulder but the L was injected in error", ("1", None)),
    ("Patient wanted her right knee aspirated; left knee aspirated by mistake", ("1", None)),
    ("Lt knee inj given, consent form said Rt knee", ("1", None)),
    ("R eye anti-VEGF inj given, clinic list said L eye. Datix done.", ("1", None)),
]

KEPT = [
    ("L knee marked for L TKR, checked at sign in, L knee operated as planned.", (None, None)),
    ("Pt wanted the left done and the L was injected.", (None, None)),
    ("R eye intravitreal inj given, the list said R eye.", (None, None)),
    (
        "Pt changed her mind and wanted the R done instead of the L; R knee injected, consent "
        "updated.",
        (None, None),
    ),
    (
        "Mark was on the wrong side (L) for R hernia; not noticed, incision made on L side.",
        ("1", None),
    ),
    (
        "Wrong side marked for R TKR, not noticed until after skin incision on the L knee.",
        ("1", None),
    ),
    ("R knee injected. Tolerated well, list said R.", (None, None)),
    ("Skin marking faded for L TKR, re-marked at sign in. L knee operated.", (None, None)),
    (
        "Pt wanted to have both knees done today but only the R knee was injected as consented.",
        (None, None),
    ),
    pytest.param(
        "Rt hip inj done, list said Rt hip, pt c/o Lt hip pain too.",
        (None, None),
        marks=pytest.mark.xfail(strict=True, reason=XFAIL_SYMPTOM_SIDE),
    ),
    ("L knee marked, checked at time out, L knee scoped as planned.", (None, None)),
    (
        "Pt wanted the L done but after discussion agreed to the R as listed; R injected.",
        (None, None),
    ),
    ("L knee inj given, consent form said L knee", (None, None)),
    pytest.param(
        "Rt eye inj given, the list said Rt eye, the pt asked about the Lt eye.",
        (None, None),
        marks=pytest.mark.xfail(strict=True, reason=XFAIL_ACROSS_CLAUSES),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CHANGED)
def test_wrong_mark_caught_and_plans_told_after_the_act(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_look_alikes_stay_as_they_are(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
