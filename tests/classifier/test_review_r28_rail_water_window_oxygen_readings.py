"""Review r28: probes just outside d2's rail, water, window and oxygen readings (30d8ba27).

Each probe was read by main and by the base before d2 (5fee87ef). Regressions (main wrong,
base right) mended here:

- d2's scald outside a provider's care (NE14.ex.outside_providers_care) took a scald as at home
  when the report told the provider's staff or nursing team with the washing ("bath run by the
  care staff", "run by the visiting nursing team member", "while our staff were assisting") or
  the provider's estates anywhere ("TMV found faulty by estates"), and a patient admitted from
  home or living alone, scalded in the ward shower: staff and nursing now count beside the
  washing, estates anywhere.
- d2's "took ... air cylinder" read an air cylinder taken back to the store as the wrong
  connection: "took", "taken", "collected" and "got" dropped from the picking verbs.

Regressions not mended (strict xfails) and probes both main and base read wrong (mended by x5)
are at the end.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

SCALDS_IN_A_PROVIDERS_CARE_TOLD_BY_STAFF = [
    (
        # w01
        "Community nursing team visit: pt scalded both feet in her bath at home, the "
        "bath had been run by the visiting nursing team member and the water was not "
        "checked before she got in. Blisters, burns referral.",
        {"service_type": "7", "location_type": "2"},
        ("14", None),
    ),
    (
        # w02
        "Morning care call at pt's home: bath run for pt by the care staff was too "
        "hot, pt scalded both feet and lower legs, not checked with thermometer. "
        "Ambulance called.",
        {"service_type": "7", "location_type": "2"},
        ("14", None),
    ),
    (
        # w05
        "Pt, brought in by her daughter 2 days ago, was scalded in the shower this "
        "morning when the water suddenly ran hot; TMV found faulty by estates. Red "
        "blistered area to back, burns review.",
        {"service_type": "1"},
        ("14", None),
    ),
    (
        # w06
        "Pt admitted from home yesterday was scalded this morning in the shower when "
        "the water ran hot, staff had not checked it. Blisters to both thighs, "
        "plastics referral.",
        {"service_type": "1"},
        ("14", None),
    ),
    (
        # w09
        "Pt who lives alone at baseline was scalded in the shower during her "
        "admission, the thermostatic valve had failed and the water came out at 60C. "
        "Estates called, shower taken out of use.",
        {"service_type": "1"},
        ("14", None),
    ),
    (
        # w12
        "Hospital at home team: pt scalded her legs in the bath at home while our "
        "staff were assisting with personal care, water not tested. Datix completed.",
        {"service_type": "7", "location_type": "2"},
        ("14", None),
    ),
    (
        # w18
        "Pt admitted from home on Monday was scalded in the shower today while staff "
        "were helping her wash, water not checked, blistering to both legs.",
        {"service_type": "1"},
        ("14", None),
    ),
]


@pytest.mark.parametrize(("text", "fields", "expected"), SCALDS_IN_A_PROVIDERS_CARE_TOLD_BY_STAFF)
def test_a_scald_with_staff_a_nursing_team_or_estates_named_stays_never_event_14(
    text: str, fields: dict[str, str], expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text, **fields) == expected


SCALD_GUARDS = [
    (
        # w04
        "Home carer ran a bath for the client in her flat and did not check the "
        "temperature; client sustained scalds to both legs, taken to ED.",
        {"service_type": "7", "location_type": "2"},
        ("14", None),
    ),
    (
        # w07
        "Pt admitted from home with a chest infection. On the ward this morning pt was"
        " scalded in the shower when the water came out too hot, blisters to left leg."
        " TMV faulty.",
        {"service_type": "1"},
        ("14", None),
    ),
    (
        # w11
        "Supported accommodation: staff at the house ran a bath for the tenant and did"
        " not check the temp, tenant scalded both legs.",
        {"service_type": "4"},
        ("14", None),
    ),
    (
        # w13
        "Reablement visit: pt's husband told us the staff member had run her bath at "
        "home too hot yesterday and she scalded both feet; blisters seen, dressed.",
        {"service_type": "7", "location_type": "2"},
        ("14", None),
    ),
    (
        # w15
        "Pt attended ED with scalds to both legs after getting into a bath that was "
        "too hot at home. Lives with wife. Dressed, burns clinic f/u.",
        {"service_type": "1"},
        (None, None),
    ),
    (
        # w16
        "Pt with dementia, lives alone at home with carers QDS, scalded in her bath at"
        " home after the carer ran it too hot. Admitted for burns care.",
        {"service_type": "1"},
        ("14", None),
    ),
    (
        # w17
        "Pt attended ED with scalds to both feet after stepping into a bath she ran "
        "too hot at home, lives alone. ED staff dressed the burns, plastics clinic "
        "f/u.",
        {"service_type": "1"},
        (None, None),
    ),
]


@pytest.mark.parametrize(("text", "fields", "expected"), SCALD_GUARDS)
def test_scalds_at_home_and_in_care_keep_their_reading(
    text: str, fields: dict[str, str], expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text, **fields) == expected


WATER_TOLD_SAFE_GUARDS = [
    (
        # t01
        "Pt said the water was at a normal temperature but she got blisters on her "
        "feet; when the nurse checked the shower with a thermometer it read 60C. TMV "
        "faulty.",
        {"service_type": "1"},
        ("14", None),
    ),
    (
        # t02
        "Pt scalded in bath, HCA assumed the water was at the usual temperature and "
        "did not check it with a thermometer. Blisters to both legs.",
        {"service_type": "1"},
        ("14", None),
    ),
    (
        # t03
        "Water temp checked and normal at 0800; at 1000 the shower ran scalding hot "
        "while pt was in it and pt sustained burns to her back. TMV failed.",
        {"service_type": "1"},
        ("14", None),
    ),
    (
        # t04
        "Bath water should be at a safe temperature of no more than 43C; it was not "
        "checked and pt was lowered into it in the hoist and scalded her legs, "
        "blisters.",
        {"service_type": "1"},
        ("14", None),
    ),
    (
        # t05
        "Shower was set at the normal temperature but the TMV failed and the water "
        "came out at 58 degrees, pt scalded on chest and arms.",
        {"service_type": "1"},
        ("14", None),
    ),
    (
        # t06
        "HCA thought the bath water was at a comfortable temperature, pt cried out "
        "when lowered in, scald to buttocks and legs, water later measured at 52C.",
        {"service_type": "1"},
        ("14", None),
    ),
    (
        # t07
        "Pt c/o burning sensation in both feet after a shower, water temperature "
        "checked and normal, known peripheral neuropathy. No redness. GP review.",
        {"service_type": "1"},
        (None, None),
    ),
    (
        # t08
        "Pt complained of stinging skin after a bath at the usual temperature. Skin "
        "intact, no redness, likely dermatitis. Emollients.",
        {"service_type": "1"},
        (None, None),
    ),
]


@pytest.mark.parametrize(("text", "fields", "expected"), WATER_TOLD_SAFE_GUARDS)
def test_water_told_normal_or_usual_but_scalding_stays_never_event_14(
    text: str, fields: dict[str, str], expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text, **fields) == expected


WINDOW_GUARDS = [
    (
        # n01
        "Window restrictor on 2nd floor side room found broken at 1400, no one near "
        "the window at the time, reported to estates. At 1530 pt was found on the "
        "ground below having fallen from that window, # hip.",
        {"service_type": "1"},
        ("10", None),
    ),
    (
        # n03
        "Restrictor found disengaged after pt jumped from the 1st floor lounge window."
        " Staff say no patients were near the window when they last checked. Pt # "
        "ankle.",
        {"service_type": "4", "location_type": "10"},
        ("10", None),
    ),
    (
        # n04
        "Restrictor found unclipped on the 2nd floor by the domestic, no patients near"
        " the window, re-engaged and estates informed.",
        {"service_type": "1"},
        (None, None),
    ),
    (
        # n05
        "Parent noticed the window restrictor in the playroom was broken, the window "
        "opened fully. No children near the window at the time. Room closed, estates "
        "repaired.",
        {"service_type": "1", "specialty": "420"},
        (None, None),
    ),
    (
        # n06
        "Pt fell from her first floor bedroom window and was found in the garden "
        "below, # wrist. The restrictor had been broken for a week and reported; no "
        "one had been near the window during earlier checks.",
        {"service_type": "4", "location_type": "10"},
        ("10", None),
    ),
    (
        # n07
        "Restrictor found broken on the walk-round, nobody near the window at the "
        "time, estates informed. Separately pt in bed 3 fell in the bathroom, no "
        "injury.",
        {"service_type": "1"},
        (None, None),
    ),
    (
        # n08
        "Pt jumped from the 2nd floor lounge window, the restrictor had been unclipped"
        " by a contractor; no staff or patients were near the window at the time. Pt "
        "found on the grass below, # calcaneum.",
        {"service_type": "4", "location_type": "10"},
        ("10", None),
    ),
]


@pytest.mark.parametrize(("text", "fields", "expected"), WINDOW_GUARDS)
def test_window_faults_and_falls_keep_their_reading(
    text: str, fields: dict[str, str], expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text, **fields) == expected


LIGATURE_GUARDS = [
    (
        # l01
        "On obs pt was seen putting a ligature round her neck; by the time staff "
        "entered she was suspended from the curtain rail, which did not collapse. "
        "Ligature cut, pt conscious.",
        {"service_type": "4", "location_type": "10"},
        ("9", None),
    ),
    (
        # l02
        "Pt had tied a belt to the shower rail and was putting the other end round his"
        " neck when he stepped off the chair; the rail held his weight and did not "
        "collapse. Staff cut him down, obs stable.",
        {"service_type": "4", "location_type": "10"},
        ("9", None),
    ),
    (
        # l03
        "Ligature found already tied round pt's neck and attached to the curtain rail,"
        " pt partially suspended, rail did not give way. Cut down, medical review.",
        {"service_type": "4", "location_type": "10"},
        ("9", None),
    ),
    (
        # l04
        "Pt found hanging from the shower rail, still pulling the cord tight round her"
        " neck, rail did not collapse as it should. Ligature cut, 999 called.",
        {"service_type": "4", "location_type": "10"},
        ("9", None),
    ),
    (
        # l06
        "Pt tried to put the cord round his neck after tying it to the curtain rail, "
        "the rail collapsed as designed when he put his weight on it. No injury.",
        {"service_type": "4", "location_type": "10"},
        (None, None),
    ),
    (
        # l07
        "On the medical ward pt was putting a dressing gown cord round her neck, other"
        " end tied to the curtain rail; staff intervened. Psych liaison referral.",
        {"service_type": "1"},
        (None, None),
    ),
    (
        # l08
        "HCA on obs saw pt in the middle of tying the cord around her neck; pt then "
        "dropped her weight and was suspended from the shower rail, which did not "
        "release. Cut down, no LOC.",
        {"service_type": "4", "location_type": "10"},
        ("9", None),
    ),
]


@pytest.mark.parametrize(("text", "fields", "expected"), LIGATURE_GUARDS)
def test_ligatures_loaded_or_stopped_keep_their_reading(
    text: str, fields: dict[str, str], expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text, **fields) == expected


AIR_CYLINDER_TAKEN_BACK = [
    (
        # o04
        "Pt on 2L O2 transferred to CT with a full O2 cylinder, no issues. Porter "
        "later took the empty air cylinder back to the medical gases store.",
        {"service_type": "1"},
        (None, None),
    ),
    (
        # o08
        "Pt on 3L O2 via nasal cannula transferred to the ward with an O2 cylinder. "
        "Porter then took the air cylinder back to the medical gas store. No issues.",
        {"service_type": "1"},
        (None, None),
    ),
]


@pytest.mark.parametrize(("text", "fields", "expected"), AIR_CYLINDER_TAKEN_BACK)
def test_an_air_cylinder_taken_back_to_the_store_is_no_connection(
    text: str, fields: dict[str, str], expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text, **fields) == expected


AIR_CYLINDER_GUARDS = [
    (
        # o01
        "Porter picked up an air cylinder instead of O2 for the transfer, it was "
        "connected to the pt's mask and run at 4L for 20 min; sats dropped to 84% on "
        "arrival in CT.",
        {"service_type": "1"},
        ("15", None),
    ),
    (
        # o02
        "Nurse picked up a medical air cylinder by mistake for pt on 2L O2 transfer, "
        "checked the label before connecting and swapped it for oxygen. No harm.",
        {"service_type": "1"},
        (None, "15"),
    ),
    (
        # o03
        "Physio picked up an air cylinder to drive the pt's nebuliser as per COPD plan"
        " (air-driven nebs prescribed), pt on 1L O2 via nasal cannula between nebs. No"
        " issues.",
        {"service_type": "1"},
        (None, None),
    ),
    (
        # o05
        "Pt needing 15L O2 via NRB; on arrival in x-ray staff noticed the cylinder "
        "attached was medical air - porter had grabbed an air cylinder from the store."
        " Pt sats 82%, switched to O2.",
        {"service_type": "1"},
        ("15", None),
    ),
    (
        # o06
        "Pt on 4L O2 for transfer, the O2 cylinder ran empty en route, sats 85%, "
        "replaced with a full oxygen cylinder. No air involved.",
        {"service_type": "1"},
        (None, None),
    ),
    (
        # o07
        "Medical air cylinder handed to the paramedic for the salbutamol neb, "
        "air-driven as per pt's hypercapnic plan. Pt on 28% venturi O2 otherwise.",
        {"service_type": "1", "specialty": "192"},
        (None, None),
    ),
    (
        # o09
        "Porter fetched an air cylinder for transfer of pt on 4L O2; nurse noticed it "
        "was medical air before connecting, changed for oxygen.",
        {"service_type": "1"},
        (None, "15"),
    ),
]


@pytest.mark.parametrize(("text", "fields", "expected"), AIR_CYLINDER_GUARDS)
def test_air_cylinders_picked_connected_or_prescribed_keep_their_reading(
    text: str, fields: dict[str, str], expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text, **fields) == expected


# ------------------------------------------------------------- regressions left as strict xfails


def test_a_child_admitted_from_home_scalded_in_the_parents_bathroom_is_never_event_14() -> None:
    """Home told only as where the child came in from, the scald told 'tonight': on the ward
    (mended after review r28)."""
    text = (
        "3yo admitted from home yesterday with wheeze sustained a scald to both feet in the bath "
        "run by mum in the parents bathroom tonight, no thermometer available, hot tap only. "
        "Burns team review."
    )
    assert never_event_codes(text, service_type="1", specialty="420") == ("14", None)


def test_a_scald_from_water_the_community_nurse_ran_at_home_is_never_event_14() -> None:
    """The scald told as happening 'during our visit': the provider's care (mended after
    review r28)."""
    text = (
        "Pt was scalded in her shower at home during our visit. The community nurse had run the "
        "water for her but did not check it with a thermometer before pt stepped in, blisters "
        "to both feet."
    )
    assert never_event_codes(text, service_type="7", location_type="2") == ("14", None)


def test_a_climb_out_and_fall_told_with_nobody_near_the_window_is_never_event_10() -> None:
    """A bare "nobody near the window" is the staff not there to stop him, no patient away
    from the hazard: the fall told after it is never event 10 (mended after review r28)."""
    text = (
        "Pt climbed out of the 3rd floor bay window, restrictor had been removed by contractors "
        "and not refitted; nobody was near the window to stop him. Pt fell and sustained "
        "fractured pelvis."
    )
    assert never_event_codes(text, service_type="4", location_type="10") == ("10", None)


# ---------------------------------------------- read wrong by both main and base, mended by x5


def test_a_home_bath_scald_told_to_the_practice_nurse_is_null() -> None:
    text = (
        "Pt lives alone, no package of care. Told practice nurse she scalded her foot in her "
        "bath at home last week, ran it herself. Dressed, advised."
    )
    assert never_event_codes(text, service_type="7", location_type="2") == (None, None)


def test_a_sheet_being_looped_over_the_head_on_a_rail_that_failed_its_load_test_is_nm_9() -> None:
    text = (
        "Pt was in the process of looping a sheet over her head, the other end tied to the "
        "curtain rail which failed its load test; staff intervened before any weight was put "
        "on it."
    )
    assert never_event_codes(text, service_type="4", location_type="10") == (None, "9")


@pytest.mark.parametrize(
    "text",
    [
        "Restrictor on the bay window found unclipped after the blinds fitter left. No patients"
        " had been near that window. Re-engaged, estates informed.",
        "Dad told us the window in bay 2 opened fully. Restrictor had been unclipped by a "
        "contractor. No child near the window at the time. Re-engaged.",
    ],
)
def test_a_restrictor_fault_with_no_patient_near_the_window_stays_a_risk(text: str) -> None:
    """No patient told near the window when the fault was found: a risk, no never event 10."""
    assert never_event_codes(text, service_type="1", location_type="4") == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Admitted from home with scalds to both feet from a bath her husband ran this morning. "
        "Burns team review.",
        "Admitted from home this morning after a scald in the bath her husband ran for her. "
        "Burns team review.",
        "During our visit pt told us she had scalded her legs in the bath at home last week, "
        "she ran it herself, lives alone.",
        "Lives alone. Scalded her legs in the bath at home while her daughter was visiting.",
    ],
)
def test_a_scald_at_home_told_as_the_admission_s_reason_or_at_a_visit_stays_outside_care(
    text: str,
) -> None:
    """The scald as the reason for coming in from home, or only told of at a visit, or during
    family's visit: still at home, outside a provider's care (null)."""
    assert never_event_codes(text, service_type="7", location_type="2") == (None, None)


def test_a_scald_in_the_ward_shower_after_admission_from_home_is_never_event_14() -> None:
    """Admitted from home on one day, scalded in the ward shower 'today': never event 14."""
    text = (
        "Pt admitted from home on Monday. Scalded her foot in the ward shower today, water too hot."
    )
    assert never_event_codes(text, service_type="1", location_type="4") == ("14", None)
