"""A medicine error caught, told with the day's plan first and the catch some lines on: the vinca
alkaloid handed over at the intrathecal check and stopped before it was connected is near miss 5
however far the plan of both drugs ("due IT methotrexate and IV vincristine") comes before it;
the overdose drawn up and seen by the mentor "checking the syringe before going to the bedside",
who stopped it, is near miss 6. A vinca told as gone in, or an overdose given, stays a never
event."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

VINCA_CAUGHT = [
    "Paeds haem day case. Pt due IT methotrexate in the procedure room and IV vinblastine later. "
    "Both syringes came up in one box from pharmacy. At the IT checklist the syringe passed to "
    "the consultant to attach to the spinal needle was the vinblastine. The nurse reading back "
    "the label stopped it before it was connected. LP not started.",
]

INSULIN_CAUGHT = [
    "SN drew up 40 units of Humalog, chart said '4U'. Mentor checking it before going to the "
    "patient noticed the amount and stopped it. 4 units given.",
    "Novorapid drawn up in a 1ml luer syringe as no insulin syringes. 2nd nurse checking the "
    "dose before taking it to the bedside spotted the syringe and discarded it.",
]

REACHED = [
    "Pt due IT methotrexate and IV vincristine. Vincristine given intrathecally in the LP room, "
    "noticed afterwards by the pharmacist.",
    "Lantus 10U read as 100 units and drawn up. The nurse was checking the obs before going to "
    "the bay, 100 units given, BM 2.1 at 22:00.",
]


@pytest.mark.parametrize("text", VINCA_CAUGHT)
def test_vinca_stopped_at_the_intrathecal_check_is_near_miss_5(text: str) -> None:
    assert never_event_codes(text) == (None, "5")


@pytest.mark.parametrize("text", INSULIN_CAUGHT)
def test_insulin_seen_at_the_check_before_the_bedside_is_near_miss_6(text: str) -> None:
    assert never_event_codes(text) == (None, "6")


@pytest.mark.parametrize("text", REACHED)
def test_medicine_that_went_in_stays_a_never_event(text: str) -> None:
    assert never_event_codes(text)[0] is not None
