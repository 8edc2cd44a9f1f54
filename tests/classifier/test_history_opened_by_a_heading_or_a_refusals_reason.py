"""A past told by a history heading ("Background includes", "PMH:", "Hx") or as the reason for a
refusal or a fear ("refused an NG tube because ...", "scared of bed rails since ...") is the
patient's past when a time long gone or another place is told in it ("in 2019", "at her
previous unit", "years ago"): its never-event words are no event of this report. Today's event
told after it, or a past with no time gone nor other place, stays. Rails a family bought but
the provider's own healthcare assistants or carers fitted are the provider's rails (never event
11); rails the family fitted themselves are not."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    # the past, told under a heading or as a refusal's reason: neither
    (
        "Background includes a ligature attempt from the curtain rail at her last ward in 2020. "
        "Today superficial scratches to wrist with a plastic knife, cleaned, obs stable.",
        {"service_type": "4", "location_type": "10"},
        (None, None),
    ),
    (
        "PMH: tried to hang himself from a shower rail at another hospital years ago. this "
        "evening found banging head on door, PRN given, 1:1 started.",
        {"service_type": "4"},
        (None, None),
    ),
    (
        "hx - hanging attempt from shower rail on a previous unit in 2018. Tonight swallowed "
        "a battery, sent to ED for xray.",
        {"service_type": "4", "location_type": "10"},
        (None, None),
    ),
    (
        "Pt declined nasogastric tube since at a different hospital in 2020 a tube went into "
        "her lung and was fed through. SALT review delayed 3 days, pt weak.",
        {},
        (None, None),
    ),
    (
        "pt refusing NGT because a tube was put into his lung and feed given at another trust "
        "in 2017. Dietitian not informed for 48h, weight loss.",
        {},
        (None, None),
    ),
    (
        "Refused bed rails as her neck got trapped between the rail and mattress at another "
        "home in 2021. Rails removed, low bed, falls sensor ordered but not delivered for 5 days.",
        {},
        (None, None),
    ),
    (
        "Background: scalded in the bath at her previous care home in 2019. Today the hoist "
        "battery was flat so no bath given, strip wash instead.",
        {},
        (None, None),
    ),
    (
        "History of being put on air instead of oxygen at another hospital in 2016. Admitted "
        "with CAP, O2 via nasal specs, sats 95%, bed not available for 6 hrs.",
        {},
        (None, None),
    ),
    (
        "Pt anxious about NG feeding because at another hospital in 2015 an NG tube was placed "
        "in her lung and water flushed through it. Reassured; NG placed today, pH 4.5, feed "
        "started. Pump alarming all night, replaced.",
        {},
        (None, None),
    ),
    (
        "Relevant background includes hanging from the curtain rail while at her former "
        "placement in 2019. Tonight verbally abusive to staff, PRN given.",
        {"service_type": "4"},
        (None, None),
    ),
    (
        "He won't have cot sides, scared since his chest was trapped in the rails at a "
        "different hospital years ago. Found on the floor at 03:00, no injury.",
        {},
        (None, None),
    ),
    (
        "bkground: pt fell from a window at another unit in 2022 (restrictor missing). Now "
        "on ground floor, medication given 2 hrs late due to staffing.",
        {},
        (None, None),
    ),
    (
        "Rails bought by the family online and fitted to her bed by her son at home. Found "
        "with neck trapped between rail and mattress, released, red mark to neck.",
        {},
        (None, None),
    ),
    (
        "family purchased bed rails from a shop and put them on themselves. DN visit found "
        "pt's chest wedged between rail and mattress, freed, bruising.",
        {},
        (None, None),
    ),
    (
        "Pt refused meds as she says the pharmacy gave her someone else's tablets once. "
        "Today missed 2 doses of apixaban.",
        {},
        (None, None),
    ),
    # today's event, told after a heading or a refusal, or rails the provider fitted: stays
    (
        "Background: depression. Tonight tried to hang herself from the shower rail in her "
        "en-suite, rail did not collapse, found by HCA, cut down, ambulance called.",
        {"service_type": "4", "location_type": "10"},
        ("9", None),
    ),
    (
        "PMH COPD. NG tube placed today, no xray, feed started at 14:00; pt coughing, CXR at 18:00"
        " showed tube in R bronchus.",
        {},
        ("13", None),
    ),
    (
        "Pt refused the x-ray so NG position checked by pH only; feed given overnight, later CXR"
        " showed the tube in the L lung.",
        {},
        ("13", None),
    ),
    (
        "Rails bought by the family were fitted to the bed on admission by our HCAs as the "
        "family asked. Found at 05:00 with her neck trapped between the rail and headboard.",
        {},
        ("11", None),
    ),
    (
        "bed rails purchased by the son, put on the care home bed by the home's care "
        "assistants. pt found with chest trapped between rail and mattress, cyanosed, freed.",
        {},
        ("11", None),
    ),
    (
        "Family had bought bedrails online; fitted by our healthcare assistant on the day of "
        "admission. Resident's neck found wedged between the rail and the mattress, freed.",
        {},
        ("11", None),
    ),
    (
        "Daughter purchased rails, fitted to the hospice bed by the nursing assistants. pt's "
        "head and neck trapped between the bars, released by staff, marks to neck.",
        {},
        ("11", None),
    ),
    (
        "Hx of falls. Pt found with head and neck trapped between bed rail and mattress at "
        "02:00, trust issued bed, released, neck abrasion.",
        {},
        ("11", None),
    ),
    (
        "Background: previous self-harm. Found in the bath, water 55C from the hot tap, TMV "
        "faulty, scalds to both legs.",
        {},
        ("14", None),
    ),
    (
        "pt scared of NG tubes since another hospital. NGT inserted here today, flushed with "
        "water before xray, xray then showed tube in R main bronchus.",
        {},
        ("13", None),
    ),
    (
        "Background includes COPD. On the ward tonight pt needing 2L O2 was connected to the "
        "air flowmeter, sats dropped to 82%.",
        {},
        ("15", None),
    ),
    (
        "PMH: retained swab at another hospital 2016 - today pt on 2L O2 found on the air "
        "flowmeter, sats 84%.",
        {},
        ("15", None),
    ),
    (
        "Pt refused the first xray so no feed was started; CXR done later showed the NGT in "
        "the R bronchus, tube removed before any feed or flush.",
        {},
        (None, "13"),
    ),
    (
        "bed rails bought by family, fitted by our HCA team. pt found with head moving towards "
        "the gap between rail and mattress, repositioned before any entrapment.",
        {},
        (None, "11"),
    ),
    (
        "Background: schizophrenia. Tonight attempted to hang from the curtain rail in her "
        "room on the acute ward, rail collapsed as designed, no injury.",
        {"service_type": "4", "location_type": "10"},
        (None, None),
    ),
]


@pytest.mark.parametrize(("text", "fields", "expected"), CASES)
def test_history_heading_or_refusal_reason_read_as_the_past(
    text: str, fields: dict[str, str], expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text, **fields) == expected
