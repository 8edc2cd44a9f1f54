"""How far a hot-water or bed-rail hazard got (engine.contact_caught, never events 11 and 14):
the shower turned off, the legs lifted back, the patient hoisted up "before it touched her",
"before touching the water", "before any of it reached his skin", or the chest and neck told
as not having reached the rail gap, is the hazard stopped short of the body: near miss 14 or
11. Look-alikes stay as they are: water that touched the skin before it was turned off (a scald
or, unhurt, a near miss by contact), a bath checked before anyone got in (null), a neck
trapped before staff arrived (never event 11), and a hot drink that scalded before anyone
reached her (excluded)."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    # --- the catch told before the water met the body: near miss 14
    (
        "Pt on the shower chair, HCA ran the shower onto the floor first, it was scalding on "
        "her glove, switched off before it touched the pt. TMV reported to estates.",
        (None, "14"),
    ),
    (
        "resident in the hoist being lowered into bath, carer saw steam, bath 49 degC, raised "
        "her back up before her feet touched the water",
        (None, "14"),
    ),
    (
        "Mrs K sitting in the shower cubicle, I put the shower on and it came out scalding "
        "hot, turned it off straight away before any of it reached her skin.",
        (None, "14"),
    ),
    (
        "pt being helped over the side of the bath, leg lifted, water v hot (thermometer 52C) "
        "- swung back out before touching the water. no contact.",
        (None, "14"),
    ),
    (
        "Strip wash at the sink: the basin was filled and was scalding when my hand went in, "
        "pt was sat at the sink ready, bowl emptied before it reached him.",
        (None, "14"),
    ),
    (
        "Service user seated on shower stool, staff turned the shower on and the water was "
        "far too hot - scalding - moved the head away before the water hit her. Estates "
        "contacted re mixer valve",
        (None, "14"),
    ),
    (
        "the HCA had mr d half way into the bath on the bath lift when the student felt "
        "the water was scalding; lift raised again before reaching the water, no injury",
        (None, "14"),
    ),
    (
        "Patient sitting in the wet room. Shower turned on at the wall end to warm, "
        "scalding hot with steam, switched off before it touched the patient.",
        (None, "14"),
    ),
    # --- the catch told before the neck or chest reached the rail gap: near miss 11
    (
        "Air mattress failed overnight, pt found with hips slipped into the gap between the "
        "mattress and the bed rail. Her chest and neck had not reached the gap; staff lifted "
        "her up the bed. No injury.",
        (None, "11"),
    ),
    (
        "Mr P slid down between the side rail and the deflated mattress, his legs and hips "
        "in the gap, his neck and chest had not got to it when two HCAs repositioned him.",
        (None, "11"),
    ),
    # --- look-alikes: reached the body
    (
        "Pt in the shower, water came out scalding, it touched her back before I could turn "
        "it off, red area to back, cool water applied, burn reviewed by doctor.",
        ("14", None),
    ),
    (
        "resident lowered into bath by hoist, bath water too hot, she was scalded on both "
        "legs before staff lifted her out. Blistering, burns clinic.",
        ("14", None),
    ),
    (
        "Patient scalded in the shower when the TMV failed, redness and blisters to the "
        "shoulders, shower switched off before staff reached her.",
        ("14", None),
    ),
    (
        "Mr F was found with his neck trapped between the bed rail and the mattress before "
        "staff reached him, marks to neck, rails removed.",
        ("11", None),
    ),
    (
        "Pt's chest trapped between the rail and mattress when found, freed by staff before "
        "the doctor reached the bay. Bruising to chest.",
        ("11", None),
    ),
    (
        "shower too hot, pt was pulled out from under it but not before it touched his back, "
        "skin red and sore, burns nurse asked to review",
        ("14", None),
    ),
    # --- look-alikes: nobody on the way in, or another hazard
    (
        "Bath run for the resident, checked with the thermometer at 50 degC before she got "
        "in, resident still in her room, bath emptied and refilled. Estates informed.",
        (None, None),
    ),
    # (another mechanism, left: a check with nobody there read as a scald by "scalding")
    pytest.param(
        "Shower found scalding on the morning check before any patients used it, taken out "
        "of use until estates fixed the TMV.",
        (None, None),
        marks=pytest.mark.xfail(reason="a check with nobody at the water", strict=True),
    ),
    (
        "pt spilt her hot tea on her lap, scalded thighs, before staff reached her she had "
        "stood up. Burn dressing applied.",
        (None, None),
    ),
    (
        "Bed rail gap found too wide at the equipment audit, could trap a neck, no patient in "
        "the bed, replaced before it was used.",
        (None, None),
    ),
    (
        "pt's arm caught between the bed rail and mattress, freed before it reached the "
        "shoulder, neck and chest not involved. skin tear to forearm.",
        (None, None),
    ),
    (
        "The hot water bottle burst in bed and scalded her foot before the nurse reached her.",
        (None, None),
    ),
    (
        "Water temp at the bath 47C checked by the HCA before hoisting. Pt not yet in the "
        "hoist. Cold added and rechecked 38C.",
        (None, None),
    ),
    (
        "Kettle water used to top up a washing bowl? No - bowl filled from the tap, water "
        "warm, checked before it touched the pt, no issue found, wash done.",
        (None, None),
    ),
    (
        "Resident with dementia, heat pack from the microwave scalded her abdomen before "
        "anyone reached her room.",
        (None, None),
    ),
    (
        "Audit of the bathrooms: 3 showers ran above 46C at the outlet, none touched a "
        "patient, all reported to estates.",
        (None, None),
    ),
    (
        "Pt in bed with rails up, the gap was seen by the nurse and padded bumpers fitted "
        "before the patient moved, no part of him went into it.",
        (None, None),
    ),
    (
        "Patient lowered into the bath, water felt fine to the carer, after 5 min she said "
        "it was hot and was got out, her legs were red and blistered: scald.",
        ("14", None),
    ),
    (
        "pt's head and neck wedged between the bed rail and mattress, face dusky, released "
        "by the HCA before the nurse reached him. Datix, rails changed.",
        ("11", None),
    ),
    (
        "shower water very hot (55C) poured onto the patients feet before the shower was "
        "turned off - red skin on both feet, burns dressing.",
        ("14", None),
    ),
    (
        "HCA tested the shower water on her own hand before pt came into the bathroom - far "
        "too hot; pt still in bed. Shower locked off.",
        (None, None),
    ),
    (
        "pt sat in bath, water ok at start, hot tap then ran on by accident and scalded his "
        "legs before staff turned it off, red and painful, seen by burns.",
        ("14", None),
    ),
    (
        "Pt placed on the shower chair in the shower, carer held the head over the drain, "
        "the carer felt the water scalding, turned the head away before it reached the pt.",
        (None, "14"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_hazard_read_by_how_far_it_got(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
