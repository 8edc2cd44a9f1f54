"""Review r24 of today's readings (x3, s1, m1, d1): probe narratives just outside each new
reading, in other reporters' words, with the (never event, near miss) the labelling guide
gives them. Probes main reads right are guards; probes both main and the base before today's
readings (212c3882) read wrong are strict xfails, each saying so. One regression was found and
mended: a wrong side on the list put right at time out, then operated on the wrong side anyway
(s1's `done_once_put_right` read the incision as the operation done once the papers were put
right: near miss 1; the base read never event 1)."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

# a tube tip at the carina advanced, a person helped to the shower, a booking copied,
# the wrong person at the wristband check
TUBE_SHOWER_BOOKING_AND_WRISTBAND = [
    pytest.param(
        (
            "NGT tip at the carina on CXR, advanced 10cm, repeat CXR tip in the right main "
            "bronchus. "
            "50ml water flush given before film reviewed."
        ),
        ("13", None),
        id="x3a",
    ),
    pytest.param(
        (
            "NGT at carina on xray so advanced further, repeat film tip in L main bronchus, not "
            "used,"
            " tube removed and resited."
        ),
        (None, "13"),
        id="x3b",
    ),
    pytest.param(
        (
            "NG tube tip at the carina, advanced 15cm, CXR tip in oesophagus not stomach, not "
            "used, "
            "advanced again, now below diaphragm. Feed started."
        ),
        (None, None),
        id="x3d",
    ),
    pytest.param(
        (
            "Pt being helped out of the shower when water went very hot, red marks to both legs, "
            "burns dressing applied."
        ),
        ("14", None),
        id="x3f",
    ),
    pytest.param(
        (
            "Theatre booking copied from another patient's, listed L knee instead of R. Noticed at "
            "time out before incision, corrected."
        ),
        (None, "1"),
        id="x3i",
    ),
    pytest.param(
        (
            "Booking form copied from previous pt, wrong side listed, pt consented and marked for "
            "R "
            "hip, arthroscopy started on R before noticed should be L."
        ),
        ("1", None),
        id="x3j",
    ),
    pytest.param(
        (
            "Wrong patient brought to endoscopy, scope passed before wristband check found name "
            "did "
            "not match. Procedure abandoned."
        ),
        ("1", None),
        id="x3k",
    ),
    pytest.param(
        (
            "Wrong patient sent for from ward, identified at wristband check in anaesthetic room "
            "after the nerve block had been done."
        ),
        ("1", None),
        id="x3l",
    ),
    pytest.param(
        (
            "Wrong patient called to theatre, wristband check at sign in showed different name and "
            "DOB, sent back, correct pt brought. Nothing done."
        ),
        (None, "1"),
        id="x3n",
    ),
    pytest.param(
        (
            "NGT tip at carina, advanced 10cm. Repeat CXR tip in R lower lobe bronchus. Feed had "
            "been"
            " started before the film was reviewed."
        ),
        ("13", None),
        id="x3o",
    ),
    pytest.param(
        (
            "Consent form copied from another patient's template with wrong side. Caught at time "
            "out "
            "before anything done, consent redone."
        ),
        (None, "1"),
        id="x3p",
    ),
]

# a wrong side on the list or consent put right, another patient's images, a
# pacemaker's documented side, a flush drawn up
PAPER_IMAGES_PACEMAKER_AND_FLUSH = [
    pytest.param(
        (
            "Consent form stated R side, operation was meant to be L. Not noticed at time out, R "
            "inguinal hernia repair incision made before surgeon realised."
        ),
        ("1", None),
        id="s1a",
    ),
    pytest.param(
        (
            "List printed with wrong side for carpal tunnel release, pt marked on wrong side, LA "
            "injected into the wrong wrist before error spotted."
        ),
        ("1", None),
        id="s1b",
    ),
    pytest.param(
        (
            "Wrong side on theatre list for cataract, picked up at WHO sign in before anything "
            "done, "
            "list amended and correct eye operated."
        ),
        (None, "1"),
        id="s1d",
    ),
    pytest.param(
        (
            "Another patient's CT images opened on the theatre screen and used to plan, incision "
            "made"
            " on the wrong side as per those images."
        ),
        ("1", None),
        id="s1e",
    ),
    pytest.param(
        (
            "Radiologist opened another patient's images by mistake, closed them straight away and "
            "opened correct pt. No harm."
        ),
        (None, None),
        id="s1f",
    ),
    pytest.param(
        (
            "Another patient's MRI displayed at time out, surgeon marked L side from it, correct "
            "side"
            " R noticed by scrub nurse before knife to skin."
        ),
        (None, "1"),
        id="s1g",
    ),
    pytest.param(
        (
            "Notes clearly documented R sided pacemaker due to L mastectomy. Pt prepped and "
            "draped on"
            " L, picked up at time out before incision, re-prepped on R."
        ),
        (None, "1"),
        id="s1i",
    ),
    pytest.param(
        "NGT placed, 20ml water flush given before CXR reviewed; CXR showed tip in R bronchus.",
        ("13", None),
        id="s1k",
    ),
    pytest.param(
        (
            "Flush drawn up for the NG, checked CXR first: tip in stomach below diaphragm, flushed "
            "and feed commenced."
        ),
        (None, None),
        id="s1m",
    ),
    pytest.param(
        (
            "Consent said L, list said R. At sign in nobody questioned it. R inguinal hernia "
            "repaired. Pt actually needed L side. New consent done and L repaired the following "
            "week."
        ),
        ("1", None),
        id="s1n",
    ),
    pytest.param(
        (
            "At time out the list was found to say the wrong side, list amended. Surgeon then "
            "started"
            " on the wrong side anyway, incision made before scrub nurse stopped it."
        ),
        ("1", None),
        id="s1o",
    ),
    pytest.param(
        (
            "Another patient's CT opened and used to guide the biopsy, liver biopsy taken from "
            "wrong "
            "pt. Biopsy later done on the correct pt and lesion."
        ),
        ("1", None),
        id="s1p",
    ),
    pytest.param(
        (
            "ICD planned as dual chamber RIGHT sided implant; a single chamber ICD was implanted "
            "on "
            "the right in error, not the one planned."
        ),
        ("2", None),
        id="s1q",
    ),
    pytest.param(
        (
            "Plan documented in clinic and on consent was RIGHT sided PPM due to AV fistula in L "
            "arm."
            " Pt prepped on the left, noticed at sign in before incision, re-prepped on the right."
        ),
        (None, "1"),
        id="s1r",
    ),
    pytest.param(
        (
            "Dual chamber PPM implanted LEFT pectoral. Plan documented in clinic and on consent "
            "was "
            "RIGHT sided implant due to AV fistula. Not noticed until post op."
        ),
        ("1", None),
        id="s1s",
    ),
]

# a weekly methotrexate dose told not taken, a rheumatology strength, a line taken for
# the PEG, hypos behind a dose change
METHOTREXATE_LINE_AND_HYPOS = [
    pytest.param(
        (
            "Pt's wife said weekly methotrexate 15mg had been taken at home on Monday. Ward gave "
            "15mg"
            " again on Tuesday as charted. RA pt."
        ),
        ("7", None),
        id="m1a",
    ),
    pytest.param(
        (
            "Pt told nurse she had not taken her weekly methotrexate for RA. Given on ward. "
            "Daughter "
            "later confirmed she had taken it that morning at home - double dose."
        ),
        ("7", None),
        id="m1b",
    ),
    pytest.param(
        (
            "Methotrexate 2.5mg tablets prescribed daily for RA pt, pharmacist intervened before "
            "any "
            "dose given, changed to weekly."
        ),
        (None, "7"),
        id="m1d",
    ),
    pytest.param(
        (
            "Haematology pt on high dose methotrexate protocol for lymphoma, given an extra dose "
            "in "
            "error. Folinic acid rescue."
        ),
        (None, None),
        id="m1e",
    ),
    pytest.param(
        (
            "Oncology methotrexate 25mg/ml vial prescribed for ectopic pregnancy, dose calculated "
            "wrong and 3x dose given."
        ),
        ("7", None),
        id="m1f",
    ),
    pytest.param(
        (
            "Oramorph drawn up in oral syringe for PEG, nurse connected it to the PICC thinking it "
            "was the PEG, noticed before pushing, nothing given."
        ),
        (None, "5"),
        id="m1g",
    ),
    pytest.param(
        (
            "Lansoprazole suspension given via the PICC line mistaken for the PEG. Pt reviewed, no "
            "harm."
        ),
        ("5", None),
        id="m1h",
    ),
    pytest.param(
        (
            "Insulin written as 10U, read as 100 units and given. Pt hypo BM 1.8, glucagon given. "
            "Dose had been reduced last week because of hypos."
        ),
        ("6", None),
        id="m1j",
    ),
    pytest.param(
        (
            "Insulin dose reduced last week due to hypos. Today 4U written on chart, 40 units "
            "drawn "
            "up in insulin syringe, checked by second nurse and not given."
        ),
        (None, "6"),
        id="m1k",
    ),
    pytest.param(
        (
            "Pt did not tell staff she had taken her weekly methotrexate that morning for RA. "
            "Given "
            "again on ward at 10:00 - double dose."
        ),
        ("7", None),
        id="m1m",
    ),
    pytest.param(
        (
            "Nurse didnt know pt had taken his weekly methotrexate at home, second 20mg dose "
            "given on"
            " the ward for his psoriasis."
        ),
        ("7", None),
        id="m1n",
    ),
    pytest.param(
        (
            "RA pt's weekly methotrexate not taken on Monday as was in hospital, so given "
            "Wednesday, "
            "2 days late."
        ),
        (None, None),
        id="m1o",
    ),
    pytest.param(
        (
            "Rheumatology pt prescribed methotrexate 10mg daily instead of weekly, charted under "
            "the "
            "oncology strength, 3 doses given before noticed."
        ),
        ("7", None),
        id="m1p",
    ),
    pytest.param(
        (
            "Oncology pt's methotrexate for breast cancer listed under rheumatology on the chart "
            "by "
            "mistake, protocol dose given as planned."
        ),
        (None, None),
        id="m1q",
    ),
    pytest.param(
        (
            "IV co-amoxiclav given into the PEG as it was mistaken for the PICC. Pt reviewed, no "
            "harm."
        ),
        (None, None),
        id="m1r",
    ),
    pytest.param(
        (
            "Lantus 10U read as 100 units and given. Dose reduced after hypo of 1.9 overnight, "
            "glucagon given."
        ),
        ("6", None),
        id="m1s",
    ),
    pytest.param(
        (
            "Insulin 4U written, 40 units given. Pt had hypo BM 2.0 because of this. Dose reduced "
            "following hypo."
        ),
        ("6", None),
        id="m1t",
    ),
]

# oxygen feeding an unused device, an air cylinder, the mask moved onto the wall, a bath
# filling, a part burning, a person lowered or stepping in
OXYGEN_AIR_AND_BATH_WATER = [
    pytest.param(
        (
            "Pt on 2L nasal cannula connected to the air flowmeter instead of oxygen, sats "
            "dropped to"
            " 84%, reconnected to O2."
        ),
        ("15", None),
        id="d1a",
    ),
    pytest.param(
        (
            "Salbutamol nebuliser driven by medical air as prescribed for COPD pt, nasal cannula "
            "oxygen continued at 1L."
        ),
        (None, None),
        id="d1b",
    ),
    pytest.param(
        (
            "Pt left in the bath while it was filling, hot tap running, both feet scalded with "
            "blistering, seen by burns team."
        ),
        ("14", None),
        id="d1d",
    ),
    pytest.param(
        (
            "Air cylinder attached to pt's mask for transfer instead of O2, pt desaturated to 80% "
            "in "
            "lift before noticed."
        ),
        ("15", None),
        id="d1g",
    ),
    pytest.param(
        (
            "Porter picked up air cylinder for transfer, pt needs 4L O2, told it was air by nurse "
            "before turning it on, swapped for O2."
        ),
        (None, "15"),
        id="d1i",
    ),
    pytest.param(
        (
            "Bedspace set up with mask on air flowmeter. Pt's mask moved onto the wall air, sats "
            "fell"
            " to 85% over 20 mins before noticed and switched to O2."
        ),
        ("15", None),
        id="d1j",
    ),
    pytest.param(
        (
            "Pt stepped under the shower, water scalding hot, sustained superficial burns to chest "
            "and arm."
        ),
        ("14", None),
        id="d1k",
    ),
    pytest.param(
        (
            "Pt being lowered into the bath on the hoist, water too hot, legs scalded, red and "
            "blistered."
        ),
        ("14", None),
        id="d1l",
    ),
    pytest.param(
        (
            "Pt found on floor of the shower, staff lowered pt onto a chair, no injury. Water temp "
            "normal."
        ),
        (None, None),
        id="d1m",
    ),
    pytest.param(
        (
            "O2 flowmeter with tubing not in use by bed 6. Pt not on oxygen, air flowmeter used "
            "for "
            "nebs as prescribed."
        ),
        (None, None),
        id="d1o",
    ),
    pytest.param(
        (
            "Pt arrived on cylinder O2, bedspace set up on air flowmeter, nurse moved the mask "
            "onto "
            "the wall and pt desaturated to 82% 30 mins later, found on air."
        ),
        ("15", None),
        id="d1q",
    ),
    pytest.param(
        (
            "Before moving the mask onto the wall supply nurse checked the oxygen flowmeter was "
            "working, all fine."
        ),
        (None, None),
        id="d1r",
    ),
    pytest.param(
        (
            "HCA taking pt to the bathroom, shower ran too hot when tested before pt undressed, "
            "TMV "
            "reported to estates."
        ),
        (None, None),
        id="d1s",
    ),
    pytest.param(
        (
            "Pt complained of burning feet (diabetic neuropathy) after a shower at normal "
            "temperature."
        ),
        (None, None),
        id="d1t",
    ),
    pytest.param(
        "Hot water bottle left in bed, pt said her feet were burning, red mark on heel.",
        (None, None),
        id="d1u",
    ),
    pytest.param(
        (
            "Pt being lowered into the bath on the hoist, HCA noticed steam, checked 50C, pt "
            "raised "
            "out before touching the water."
        ),
        (None, "14"),
        id="d1w",
    ),
    pytest.param(
        (
            "Helping pt into the shower, water went scalding, pt screamed, red skin and blisters "
            "to "
            "back, burns clinic."
        ),
        ("14", None),
        id="d1x",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TUBE_SHOWER_BOOKING_AND_WRISTBAND)
def test_tube_shower_booking_and_wristband_probes_read_as_the_guide_says(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), PAPER_IMAGES_PACEMAKER_AND_FLUSH)
def test_paper_images_pacemaker_and_flush_probes_read_as_the_guide_says(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), METHOTREXATE_LINE_AND_HYPOS)
def test_methotrexate_line_and_hypo_probes_read_as_the_guide_says(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), OXYGEN_AIR_AND_BATH_WATER)
def test_oxygen_air_and_bath_water_probes_read_as_the_guide_says(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


# (the regression from s1, mended: an act told on the wrong side or against the catch after the
# list was put right is no operation done once the papers were put right)
WRONG_SIDE_DONE_AFTER_THE_PAPERS_WERE_PUT_RIGHT = [
    "At time out consent found to say the wrong side, consent redone. Registrar then made the "
    "incision on the wrong side regardless, noticed by the consultant.",
    "List amended at sign in as it had the wrong side. Despite this, the block was injected into "
    "the wrong leg.",
]


@pytest.mark.parametrize("text", WRONG_SIDE_DONE_AFTER_THE_PAPERS_WERE_PUT_RIGHT)
def test_a_wrong_side_operated_after_the_list_was_put_right_is_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


def test_the_side_put_right_at_the_checks_and_operated_on_stays_near_miss_1() -> None:
    text = (
        "Consent for L hernia but list said R. Caught at sign in, list amended, consent "
        "checked. L hernia repaired."
    )
    assert never_event_codes(text) == (None, "1")
