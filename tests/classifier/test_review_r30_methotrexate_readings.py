"""Review R30: probes just outside today's methotrexate readings (m4, merged as 3ed5e703).

m4 read a volume in ml drawn up over the one told correct, a dose in mg told "weekly" as the
prescribed one, the figure after "instead of / rather than" as the one meant, "2mg/ml" and
"10 mg tablets" as strengths, a figure beside another drug's name as that drug's; excluded a
patient's own deliberate overdose (NE7.ex.patients_own_overdose); read the weekly dose told taken
at home then given again on the ward as never event 7 (given_after_the_home_dose); and read
"2 days late" as a delay. Each probe sits just outside one of these, in other reporters' words,
its expected reading taken from the labelling guide (never event 7: a methotrexate overdose for a
non-cancer indication; near miss 7: caught before any extra dose; a patient's deliberate overdose
is self-harm; methotrexate for cancer is excluded).

- GUARDS: main reads them right.
- MENDED: main (3ed5e703) read them wrong and the base (5fee87ef) right; mended here.
- (the regressions first left as strict xfails were mended after the review: now in MENDED)
- BOTH_WRONG_MENDED: base and main wrong alike, first strict xfails, mended by helper M5.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

GUARDS = [
    pytest.param(
        "Acute mental health ward. Pt admitted after an overdose last month. Methotrexate"
        " 10mg prescribed daily instead of weekly by the ward doctor and given on 3 "
        "consecutive days before pharmacy noticed.",
        ("7", None),
        id="so1",
    ),
    pytest.param(
        "Pt on MH ward, seen by liaison psychiatry on admission. Methotrexate 7.5mg "
        "weekly transcribed as daily on the drug chart, spotted by the pharmacist before "
        "any dose was given.",
        (None, "7"),
        id="so3",
    ),
    pytest.param(
        "RA pt admitted with pancytopenia and mouth ulcers. GP practice had issued "
        "methotrexate 2.5mg tablets labelled 'take 4 tablets daily'. Pt low in mood but "
        "not suicidal.",
        ("7", None),
        id="so4",
    ),
    pytest.param(
        "Pt took an overdose of methotrexate after an argument with her partner. Seen by "
        "crisis team. Separately, on the ward the next day she was given methotrexate "
        "10mg daily prescription in error and received 2 doses.",
        ("7", None),
        id="so6",
    ),
    pytest.param(
        "Pt with psoriasis received a double dose of methotrexate 20mg on the ward as it "
        "was given by the day nurse and again by the night nurse. Pt very anxious, "
        "referred to psych liaison for support.",
        ("7", None),
        id="so7",
    ),
    pytest.param(
        "Methotrexate overdose: 25mg given instead of the prescribed 2.5mg weekly for RA."
        " Pt distressed and said she wanted to die because of the side effects; reviewed "
        "by the crisis team.",
        ("7", None),
        id="so8",
    ),
    pytest.param(
        "Pt deliberately took 30 of her husband's methotrexate 2.5mg tablets after a row."
        " Seen in ED, referred to mental health liaison.",
        (None, None),
        id="so10",
    ),
    pytest.param(
        "Young man on the ward for psoriasis took an overdose of his own methotrexate "
        "tablets with suicidal intent. Crisis team assessment completed.",
        (None, None),
        id="so11",
    ),
    pytest.param(
        "Pt had taken her weekly methotrexate at home on Monday. On the ward folic acid "
        "was given again on Tuesday as usual.",
        (None, None),
        id="hd1",
    ),
    pytest.param(
        "Wife said weekly methotrexate 15mg had been taken at home on Monday morning. "
        "Ward dose withheld and documented. No extra dose given.",
        (None, None),
        id="hd2",
    ),
    pytest.param(
        "Pt said she had taken her methotrexate 20mg at home this morning. Despite this "
        "the ward nurse administered methotrexate 20mg again at 10:00 from the chart.",
        ("7", None),
        id="hd5",
    ),
    pytest.param(
        "Methotrexate 10mg weekly had been taken at home on Wednesday. The dose charted "
        "on the ward for Thursday was also given - a double dose that week.",
        ("7", None),
        id="hd6",
    ),
    pytest.param(
        "Pt had taken his weekly methotrexate at home. Nurse about to give it again on "
        "the ward but the pt said he had already had it; not given.",
        (None, "7"),
        id="hd7",
    ),
    pytest.param(
        "Pt had taken methotrexate at home yesterday. On the ward paracetamol 1g was "
        "given again at 14:00.",
        (None, None),
        id="hd9",
    ),
    pytest.param(
        "Weekly methotrexate 15mg was charted daily and given for 3 days on the ward; the"
        " error was picked up 3 days late by pharmacy.",
        ("7", None),
        id="dl1",
    ),
    pytest.param(
        "Methotrexate due Monday given on Saturday, 2 days early, then given again on "
        "Monday as charted.",
        ("7", None),
        id="dl2",
    ),
    pytest.param(
        "Methotrexate weekly dose 2 days overdue as pt was NBM; given Wednesday instead. No harm.",
        (None, None),
        id="dl3",
    ),
    pytest.param(
        "Methotrexate given daily for 4 days in error; pharmacist review was delayed. 4 "
        "days of methotrexate received.",
        ("7", None),
        id="dl4",
    ),
    pytest.param(
        "JIA pt on MTX oral solution 2mg/ml 10mg weekly. Nurse drew up 5ml, checked and "
        "given - correct volume 5ml.",
        (None, None),
        id="vl1",
    ),
    pytest.param(
        "RA pt on methotrexate oral solution 2.5mg/ml 10mg weekly. Nurse drew up 2ml, "
        "second check found the correct volume is 4ml, redrawn.",
        (None, None),
        id="vl2",
    ),
    pytest.param(
        "Leukaemia maintenance: oral methotrexate 2mg/ml, nurse drew up 15ml, correct "
        "volume 7.5ml, given before noticed. Haematology aware.",
        (None, None),
        id="vl3",
    ),
    pytest.param(
        "Paeds JIA, methotrexate 2mg/ml 10mg weekly. Nurse gave 10ml (20mg) instead of "
        "5ml. Noticed after it was given.",
        ("7", None),
        id="vl4",
    ),
    pytest.param(
        "Methotrexate 15mg weekly for psoriasis given s/c as prescribed. Cannula flushed "
        "with 10ml saline, correct volume 5ml per policy.",
        (None, None),
        id="vl6",
    ),
    pytest.param(
        "Methotrexate 25mg weekly prescribed in error, should have been 2.5mg weekly. The"
        " 25mg was given on the ward.",
        ("7", None),
        id="wk1",
    ),
    pytest.param(
        "Pt on methotrexate 20mg weekly for Crohn's. 20mg given s/c on Monday as prescribed.",
        (None, None),
        id="wk3",
    ),
    pytest.param(
        "Pt on methotrexate 15mg weekly. Prednisolone given as 40mg instead of 4mg; "
        "methotrexate dose given correctly.",
        (None, None),
        id="od2",
    ),
    pytest.param(
        "Pt on folic acid 5mg and methotrexate 25mg was given on the ward, correct "
        "methotrexate dose 12.5mg.",
        ("7", None),
        id="od3",
    ),
    pytest.param(
        "RA pt: methotrexate 25mg given instead of 2.5mg. Noticed at handover.",
        ("7", None),
        id="in1",
    ),
    pytest.param(
        "Pt given methotrexate 10mg on Thursday rather than Friday, 10mg as prescribed "
        "weekly. No extra dose.",
        (None, None),
        id="in3",
    ),
    pytest.param(
        "Methotrexate 15mg drawn up rather than 7.5mg for RA; second nurse spotted it "
        "before administration.",
        (None, "7"),
        id="in4",
    ),
    pytest.param(
        "Pt given 4 x 10 mg tablets (40mg) of methotrexate instead of 4 x 2.5mg (10mg) "
        "weekly. Pt took them.",
        ("7", None),
        id="st1",
    ),
    pytest.param(
        "Methotrexate 2.5mg tablets dispensed correctly, 10mg weekly given as 4 tablets. "
        "Pharmacy had 10 mg tablets in stock but these were not used.",
        (None, None),
        id="st2",
    ),
]

MENDED = [
    pytest.param(
        "RA pt on methotrexate 15mg weekly. Nurse administered 25mg this week; correct dose 15mg.",
        ("7", None),
        id="wk2",
    ),
    pytest.param(
        "Methotrexate dose reduced from 20mg weekly to 15mg weekly by rheumatology, but "
        "the ward gave 20mg on Friday, correct dose 15mg.",
        ("7", None),
        id="wk4",
    ),
    pytest.param(
        "Psoriasis pt on methotrexate 10mg weekly. Nurse gave the folic acid then drew up"
        " 20mg of methotrexate and gave it, correct dose 10mg.",
        ("7", None),
        id="od1",
    ),
    pytest.param(
        "Pt had already taken her weekly MTX at home before admission. She was given a "
        "second dose of co-amoxiclav on the ward for her chest infection.",
        (None, None),
        id="hd3",
    ),
    pytest.param(
        "Psychiatric inpatient with a history of self-harm. Weekly methotrexate 15mg was "
        "given twice in the same week by ward staff - a double dose. Rheumatology "
        "informed.",
        ("7", None),
        id="so2",
    ),
    pytest.param(
        "Pt admitted with methotrexate toxicity (neutropenia, mucositis). Community "
        "pharmacy label said daily instead of weekly. Mental health liaison reviewed: no "
        "self-harm intent.",
        ("7", None),
        id="so5",
    ),
    pytest.param(
        "Following a disagreement between rheumatology and the GP over the dose, "
        "methotrexate was given as a double dose on the ward (30mg instead of 15mg). Pt "
        "had mucositis.",
        ("7", None),
        id="so9",
    ),
    pytest.param(
        "Pt took her methotrexate at home on Friday as usual. On the ward she was given "
        "another appointment for rheumatology clinic.",
        (None, None),
        id="hd4",
    ),
    pytest.param(
        "Pt had her weekly methotrexate at home on Friday. On the ward on Saturday she was "
        "given another 15mg dose in error.",
        ("7", None),
        id="hd4b",
    ),
    pytest.param(
        "Pt on methotrexate 7.5mg once a week. Dispensed as 10mg tablets; pt took one "
        "tablet (10mg) weekly for 2 weeks before noticed. Correct dose 7.5mg.",
        ("7", None),
        id="wk5",
    ),
    pytest.param(
        "Pt on methotrexate 7.5mg weekly. Pt has taken 7.5mg each week as prescribed, "
        "correct dose 7.5mg. Query about folic acid only.",
        (None, None),
        id="wk5b",
    ),
]

BOTH_WRONG_MENDED = [
    # base and main read these wrong; mended by helper M5 (strict xfails removed)
    pytest.param(
        # the next week's dose after the home dose, "the following Sunday" told after words of
        # place (extra_dose._following_day_named)
        "Pt had taken her weekly methotrexate at home on Sunday. Given again on the ward "
        "the following Sunday as per chart, correct.",
        (None, None),
        id="hd8",
    ),
    pytest.param(
        # a smaller dose given instead of a larger one (smaller_doses_instead), an underdose
        "Methotrexate 2.5mg given instead of 25mg for ectopic pregnancy - underdose, dose"
        " repeated correctly.",
        (None, None),
        id="in2",
    ),
    pytest.param(
        # no route but the mouth's told: the learned never event 5 refused
        "Pt on methotrexate 2.5mg/ml oral solution 10mg weekly. Nurse used a 10ml oral "
        "syringe rather than a 5ml one; correct volume 4ml drawn up and given.",
        (None, None),
        id="vl5",
    ),
]


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_a_situation_just_outside_today_s_methotrexate_readings_keeps_its_reading(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), MENDED)
def test_an_old_weekly_dose_a_figure_of_methotrexate_and_another_drug_s_dose_read_right(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    """wk2, wk4: a dose told correct outranks one told weekly; od1: "20mg of methotrexate"
    is its dose after "the folic acid"; hd3: "given a second dose of co-amoxiclav" after the
    home dose is that drug's; so2, so5, so9: a self-harm history, "no self-harm intent" and a
    prescribers' disagreement are no patient's own overdose (the taking must be told); hd4:
    "given another appointment" is no dose given (hd4b: "given another 15mg dose" still is);
    wk5: a dose the patient took ("took one tablet (10mg)") over the one told correct, "tablet"
    no other drug's name."""
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), BOTH_WRONG_MENDED)
def test_methotrexate_look_alikes_the_base_and_main_both_misread_read_right(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
