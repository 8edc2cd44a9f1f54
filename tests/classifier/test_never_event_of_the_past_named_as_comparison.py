"""A never event of the ward's or the trust's past named as the comparison a review drew or as
the reason for today's practice ("compared it with last year's methotrexate never event", "staff
nervous about rails since the neck entrapment never event on this ward in 2022", "the same root
cause as our methotrexate never event last year") is background: its drug and its body part are
not this report's event, so a discharge letter with the wrong dose of another drug or a fall
over bed rails is neither never event 7 nor 11. A report telling its own methotrexate overdose
or its own neck trapped in the rails stays a never event, whatever past one it likens it to."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

PAST_NEVER_EVENT_NAMED = [
    "TTO listed bisoprolol 5mg od instead of 2.5mg. GP continued it, pt bradycardic. Discussed "
    "at huddle: same root cause as the methotrexate never event last year.",
    "Discharge summary gave ramipril 10mg od but the dose had been halved on the ward. "
    "Readmitted with AKI. We compared it with last year's methotrexate never event.",
    "pt slid down the bed and his arm got stuck under the rail, bruising to forearm. staff "
    "anxious about rails since the neck entrapment never event on this ward in 2021.",
    "Pt fell climbing over the bed rails at night, skin tear to shin. Ward manager reminded "
    "staff of the head entrapment never event on this unit in 2019.",
    "Pt found on the floor by the bed, rails down as per assessment. Rails rarely used here "
    "since last year's bed rail entrapment never event.",
    "Warfarin dose doubled on the TTO, INR 7.2. Same failings as our methotrexate never event "
    "last year (TTO written before the ward round).",
]

OWN_EVENT_KEPT = [
    "Methotrexate 10mg prescribed daily instead of weekly for RA, 3 doses given. Declared a "
    "never event, similar to last year's methotrexate never event.",
    "methotrexate 2.5mg taken daily instead of weekly for psoriasis for 6 days, admitted with "
    "pancytopenia. Same root cause as the methotrexate never event on this ward in 2022.",
    "Pt found with head and neck trapped between the bed rail and the mattress, trust bed. "
    "Declared a never event, like the entrapment never event on this ward in 2021.",
    "Pt's neck found trapped between the bed rail and mattress at 03:00, rails issued by the "
    "trust. Our second entrapment never event since last year's.",
]


@pytest.mark.parametrize("text", PAST_NEVER_EVENT_NAMED)
def test_past_never_event_named_is_not_this_reports(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", OWN_EVENT_KEPT)
def test_own_never_event_likened_to_a_past_one_stays(text: str) -> None:
    assert never_event_codes(text)[0] in {"7", "11"}
