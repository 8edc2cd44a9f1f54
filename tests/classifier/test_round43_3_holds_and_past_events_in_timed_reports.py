"""Never events 3, 13 and 15 read at the boundary told step by step, and in reports of
several problems: a flush syringe on the tube when the film came back and the nurse "stopped,
nothing given", a feed whose pump record shows 0 ml infused, and air tubing set up and moved
before the prongs went on a patient who "never had the air" are near misses; a never event of
another week, named as such or placed at another site, is not this report's event. The same
errors that did go in, or a never event of this week told beside the old one, stay never
events."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the one about to use the tube stops herself, and nothing goes in
        (
            "NGT re-passed 18:10, no aspirate, CXR requested. The flush syringe was on the tube "
            "when the reg rang at 19:00 to say the tip was in the L main bronchus - she stopped, "
            "nothing given, tube taken out.",
            "13",
        ),
        (
            "Fine bore tube placed 09:30. Nurse had the water syringe attached to the NG port as "
            "radiology phoned with tip over the R lower zone bronchus, I stopped, nothing was "
            "given.",
            "13",
        ),
        # the pump's own record tells nothing ran
        (
            "NGT passed 15:00, pH 6.5, xray requested. 16:20 feed hung and the line joined to "
            "the NG tube, pump programmed but waiting on the film. 17:40 CXR: tube in the R "
            "bronchus. Line off, pump volume infused 0, tube out.",
            "13",
        ),
        # air set up and moved before the prongs went on the patient
        (
            "Bay 2, pt on 3L O2 via nasal prongs. HCA changing the tubing plugged it into the "
            "air flowmeter instead of oxygen, then spotted the label as she was about to put "
            "the prongs on the pt and moved it to the O2 outlet. Pt never had the air.",
            "15",
        ),
    ],
)
def test_use_stopped_before_anything_went_in_is_a_near_miss(text: str, code: str) -> None:
    assert never_event_codes(text) == (None, code)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "NGT placed, pH 7, CXR requested. Feed connected and started 14:00 at 40ml/hr. "
            "CXR 16:00 tip in R main bronchus, feed stopped, pump history 120ml infused.",
            "13",
        ),
        (
            "NGT placed, no aspirate. Nurse flushed 20ml water at 10:00 then CXR showed the "
            "tube in the L bronchus. She stopped, nothing given after that.",
            "13",
        ),
        (
            "Pt on 2L O2 via nasal prongs. HCA moved the prongs tubing to the air flowmeter by "
            "mistake, pt on it for 40 mins, sats dropped to 85%.",
            "15",
        ),
        (
            "New nasal prongs for pt on 2L oxygen connected to the air flowmeter in error, she "
            "put the prongs on the pt and 10 mins later sats 86%, switched to O2.",
            "15",
        ),
    ],
)
def test_use_that_went_in_stays_a_never_event(text: str, code: str) -> None:
    assert never_event_codes(text) == (code, None)


@pytest.mark.parametrize(
    "text",
    [
        "Ward governance note: the retained swab never event declared in theatres last week is "
        "with the SI panel. This week: bed 3 new grade 2 heel ulcer, bed 9 missed 22:00 obs.",
        "Morning huddle: talked through the wrong side block at the other site last month. "
        "Stickers now on every US machine. Nothing happened on today's lists, for learning.",
        "Our wrong site never event last year led to the new LocSSIPs. Today's list ran with "
        "no issues.",
        "Shared the wrong level spinal surgery at another hospital last month at the brief as "
        "learning; both lists today went ahead as planned.",
        "Handover: the wrong side nerve block never event from the previous week has been "
        "reported to the commissioners. Bay 2 quiet overnight.",
    ],
)
def test_never_event_of_another_week_is_not_this_report(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Handover: the retained guidewire never event from last week (bed 4) has been "
            "reported. Tonight bed 7's CVC inserted 22:00, CXR shows the guidewire still in the "
            "line down into the IVC.",
            "3",
        ),
        (
            "Team brief: we discussed the wrong level spinal surgery from last month. Today pt "
            "for L4/5 decompression, incision made at L3/4 - wrong level operated, found on the "
            "check film after the discectomy.",
            "1",
        ),
        (
            "Pt back with pain, CT shows a retained swab from the hernia repair last week. "
            "Never event declared.",
            "3",
        ),
        (
            "We reviewed the wrong side nerve block done on this pt last week with the family, "
            "duty of candour letter sent.",
            "1",
        ),
    ],
)
def test_this_reports_never_event_beside_an_old_one_stays(text: str, code: str) -> None:
    assert never_event_codes(text) == (code, None)
