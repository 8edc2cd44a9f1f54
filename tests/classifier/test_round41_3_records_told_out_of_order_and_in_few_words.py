"""Round 41 (helper 3), never events 3, 10, 13, 14 and 15 read in records and in few words.

- A ward's bed or bed space is where something was found, not a surgical bed or a body space
  an item was left in ("found the specs tubing on the air outlet, in that bed space").
- The report's own heading ("Reported as misplaced NG tube") is the category it was filed
  under: it names no gastric tube beside a nasojejunal one.
- Skin told as checked and well in a word or two ("skin ok", "feet fine") after a body part
  met hot washing water is a near miss, unless a burn is told.
- A person found on the ground below the window, told with no article ("found on grass below
  window"), landed there: an inspection after it is no hazard-only finding.
- A feed chart's entries ("feeds EBM 4ml at 10:00, 13:00") are feeds down the tube.
- A use told after the finding but dated by a clock time before it ("CXR 14:06: NGT in the R
  main bronchus ... started the feed at 10:52") reached the patient; a use timed later, or on
  another day, is not read so.
- Equipment hanging on the wall ("the suction bottle hanging from it") is no hanging.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, theme_ids

# ------------------------------------------------------------- beds and bed spaces


@pytest.mark.parametrize(
    "text",
    [
        "HCA found an empty KCl ampoule lying in the bed space after the drug round, no pt "
        "given any, pharmacy told",
        "night RN found the nasal specs tubing on the floor of the bed space, pt on 2L via "
        "the O2 outlet, sats 95%",
        "found pt sitting in bed at 06:00 with the cannula tubing disconnected, blood on sheets",
    ],
)
def test_a_ward_bed_or_bed_space_is_no_place_an_item_was_left_in(text: str) -> None:
    assert never_event_codes(text)[0] != "3"


@pytest.mark.parametrize(
    "text",
    [
        "re-look laparoscopy day 3, a small gauze swab found lying in the tumour bed, removed",
        "CT 2 weeks post op: swab found lying in the R subphrenic space, back to theatre",
        "readmitted with a discharging sinus, explored, raytec found deep in the wound bed",
    ],
)
def test_an_item_found_in_a_surgical_bed_or_body_space_is_retained(text: str) -> None:
    assert never_event_codes(text) == ("3", None)


def test_specs_found_on_the_air_outlet_in_a_bed_space_are_air_for_oxygen() -> None:
    text = (
        "pt on O2 2L via nasal specs as prescribed. sats 85% at 03:00, found the specs "
        "tubing on the AIR outlet (the O2 outlet in that bed space had the suction on it). "
        "moved over, sats 95%"
    )
    assert never_event_codes(text) == ("15", None)


# ------------------------------------------------------------- the report's own heading


@pytest.mark.parametrize(
    "text",
    [
        "nasojejunal tube found coiled back in the stomach on AXR while the feed was "
        "running. Datixed as misplaced NG tube",
        "NJ placed at endoscopy, AXR next day tip back in the stomach, feed had run "
        "overnight. reported as misplaced NGT",
    ],
)
def test_a_heading_naming_an_ng_tube_leaves_an_nj_tube_excluded(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_a_heading_does_not_hide_a_real_misplaced_ng_tube() -> None:
    text = (
        "NJ feeding tube and NG drainage tube both in. CXR: NG tube in the L bronchus, 200ml "
        "flush given via the NG. reported as misplaced NG tube"
    )
    assert never_event_codes(text) == ("13", None)


# ------------------------------------------------------------- hot water, skin well


@pytest.mark.parametrize(
    "text",
    [
        "pt lowered into bath in the hoist, foot touched the water, far too hot, lifted "
        "out, skin ok",
        "shower - pt's feet under the water which was scalding, moved out straight away, feet fine",
    ],
)
def test_hot_washing_water_met_with_skin_well_is_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "14")


@pytest.mark.parametrize(
    "text",
    [
        "lowered into bath, water too hot, skin ok at first but blisters to both feet by "
        "evening, burns team",
        "bath water too hot, pt lowered in, red and blistered skin to buttocks, pt ok otherwise",
    ],
)
def test_a_burn_told_beside_skin_ok_is_a_scald(text: str) -> None:
    assert never_event_codes(text) == ("14", None)


# ------------------------------------------------------------- landed below the window


@pytest.mark.parametrize(
    "text",
    [
        "security log: pt found on grass below window, ward on 2nd floor. estates "
        "inspection after: restrictor screw had been removed, opened by hand",
        "found lying on concrete below bedroom window 2nd floor, restrictor cable snapped, "
        "# pelvis",
    ],
)
def test_a_person_found_below_the_window_told_tersely_fell(text: str) -> None:
    assert never_event_codes(text) == ("10", None)


@pytest.mark.parametrize(
    "text",
    [
        "estates walk round: window restrictor bay 4 broken, no patients involved, fixed",
        "pt found on grass outside the main entrance after absconding via the door, window "
        "restrictors all checked and intact",
    ],
)
def test_no_window_fall_without_a_person_landing_below_it(text: str) -> None:
    assert never_event_codes(text) == (None, None)


# ------------------------------------------------------------- feeds on the chart, clock times


def test_a_feed_charts_entries_are_feeds_down_the_tube() -> None:
    text = (
        "NNU. OGT placed, feeds EBM 5ml at 09:00, 12:00. 12:30 desats. XR: OGT in the "
        "trachea. removed"
    )
    assert never_event_codes(text) == ("13", None)


def test_a_single_planned_feed_time_is_not_a_feed_given() -> None:
    text = (
        "NNU. OGT placed, plan feeds EBM 5ml at 09:00 once XR checked. XR: OGT tip in R main "
        "bronchus, feeds held, tube re-passed"
    )
    assert never_event_codes(text) == (None, "13")


def test_a_use_told_later_but_timed_before_the_finding_reached_the_patient() -> None:
    text = (
        "CXR 14:06: NGT in the R main bronchus, phoned to the ward. Pump log attached. "
        "Escalated to the matron. Copied to the nutrition team. Reporter: nobody checked "
        "the film, day staff started the feed at 10:52"
    )
    assert never_event_codes(text) == ("13", None)


@pytest.mark.parametrize(
    "text",
    [
        "CXR 09:15: NGT tip in R lower lobe bronchus, nothing given. Tube removed. Tube "
        "re-passed. pH 4. Next day feed started at 08:00",
        "CXR 14:06: NGT in the R main bronchus. Feed held. Tube pulled. New tube placed, "
        "xray ok. Dietitian reviewed. Feed started 16:00",
    ],
)
def test_a_use_timed_after_the_finding_or_on_another_day_is_not_read_as_reached(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, "13")


# ------------------------------------------------------------- hanging equipment


def test_a_bottle_hanging_from_the_outlet_is_no_hanging() -> None:
    text = (
        "pt on O2 2L NC. sats 86%, found the cannula tubing on the air flowmeter, the O2 "
        "one had the suction bottle hanging from it. moved over, sats 95%"
    )
    assert "self_harm" not in theme_ids(text)
