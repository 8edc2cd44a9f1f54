"""Medicines and blood units caught at supply or by their label, and their look-alikes: a
discharge prescription not yet dispensed is a near miss (a dose given from stock meanwhile is
not); "went back to the prep room" is a place, not an act still to come; a concentrate added
"where the worksheet specified" another product took its place; a ward sedating with
palliative care's high strength stock is no appropriate area; interventional radiology is a
sedation room; a unit whose label names someone else, or fetched by a "had taken", is caught
unless it was run in; a learned midazolam never event needs midazolam or a sedation named."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "Discharge: pharmacist found methotrexate 7.5mg written as once daily on the TTO; "
        "inpatient chart correctly weekly. TTO had not been dispensed. Changed to weekly.",
        "Hospice discharge: methotrexate 10mg 'daily' on the discharge prescription, spotted by "
        "the pharmacist at screening. The discharge medication had not been supplied yet. "
        "Corrected to weekly.",
    ],
)
def test_methotrexate_on_a_tto_not_yet_dispensed_is_near_miss_7(text: str) -> None:
    assert never_event_codes(text) == (None, "7")


@pytest.mark.parametrize(
    "text",
    [
        # the catch words in an innocent role: the doses reached the patient another way
        "Methotrexate 10mg prescribed OD on the TTO instead of weekly. TTO had not been "
        "dispensed by pharmacy, so the ward gave her methotrexate 10mg from stock every day for "
        "4 days before discharge; now neutropenic.",
        "Methotrexate 15mg charted daily instead of weekly, given on Mon, Tue and Wed on the "
        "ward. The TTO had not been dispensed when the pharmacist picked it up on Thursday.",
        "Methotrexate 10mg daily transcribed onto the GP repeat list instead of weekly. She took "
        "it every day for 6 days. The TTO from the original admission had not been issued. "
        "Admitted with mucositis.",
        "TTO had not been dispensed by 18:00; patient went home and took methotrexate 10mg "
        "daily from her own supply for 5 days as per the discharge letter.",
    ],
)
def test_methotrexate_given_while_the_tto_was_not_dispensed_stays_7(text: str) -> None:
    assert never_event_codes(text) == ("7", None)


def test_going_back_to_the_prep_room_after_the_dose_is_no_catch() -> None:
    text = (
        "AMU: I went to flush the cannula with what I thought was saline, drew up 10ml and gave "
        "it. I went back to the prep room and saw the empty ampoule was potassium chloride 15%. "
        "Pt had chest pain, K 6.8."
    )
    assert never_event_codes(text) == ("4", None)


def test_about_to_prep_the_flush_is_still_a_catch() -> None:
    text = (
        "Treatment room: nurse was about to prep the flush and picked up a potassium chloride 15% "
        "ampoule instead of sodium chloride 0.9%. Noticed before drawing up, nothing given."
    )
    assert never_event_codes(text) == (None, "4")


def test_concentrate_added_where_the_worksheet_specified_another_is_caught_4() -> None:
    text = (
        "Aseptic unit: operator added potassium chloride concentrate where the worksheet "
        "specified sodium chloride. Picked up at the final check, bag quarantined before release."
    )
    assert never_event_codes(text) == (None, "4")


def test_concentrate_added_where_the_worksheet_specified_another_and_infused_is_4() -> None:
    text = (
        "Aseptic unit: operator added strong potassium chloride where the worksheet specified "
        "sodium chloride; bag released to the ward and infused overnight. Pt K 7.1 next morning, "
        "peaked T waves."
    )
    assert never_event_codes(text) == ("4", None)


def test_bag_made_as_the_worksheet_specified_is_no_event() -> None:
    text = (
        "Aseptic unit: PN bag made with potassium chloride 15% and sodium chloride 30% as the "
        "worksheet specified. Released on time. No incident."
    )
    assert never_event_codes(text) == (None, None)


def test_palliative_care_stock_borrowed_for_ward_sedation_is_8() -> None:
    text = (
        "Respiratory ward: pleural procedure under sedation. Midazolam 10mg/2ml ampoule taken "
        "from the palliative care stock, 2ml given believing it was 2mg. Pt apnoeic, flumazenil."
    )
    assert never_event_codes(text) == ("8", None)


def test_palliative_care_stock_used_in_a_syringe_driver_is_no_event() -> None:
    text = (
        "Hospice: midazolam 10mg/2ml from the palliative care stock put in the syringe driver for "
        "terminal agitation as prescribed. No issues."
    )
    assert never_event_codes(text) == (None, None)


def test_interventional_radiology_high_strength_caught_is_near_miss_8() -> None:
    text = (
        "Midazolam 5mg/ml ampoule drawn up in IR for a biliary drain and labelled as 1mg/ml. "
        "Checker noticed the strength before it was given. Not given."
    )
    assert never_event_codes(text) == (None, "8")


def test_interventional_radiology_high_strength_given_is_8() -> None:
    text = (
        "IR: radiographer drew up midazolam 10mg/2ml thinking it was 1mg/ml and gave 3ml for the "
        "line insertion. Pt unrousable, flumazenil given."
    )
    assert never_event_codes(text) == ("8", None)


def test_interventional_radiology_low_strength_is_no_event() -> None:
    text = "IR: midazolam 1mg/ml used for the nephrostomy as per protocol. Dose 2mg. Uneventful."
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Ward 5: unit of red cells taken to bed 3 for Mr A (group O pos). At the bedside check "
        "the unit label had a different name and hospital number, and the unit was group A pos. "
        "Not spiked, returned to the lab.",
        "Blood bank issued a unit of group O red cells for pt in bed 4 (group O). At the bedside "
        "check the RNs found the tag was for the pt in bed 14 and the unit was group A. The HCA "
        "had taken the wrong unit out of the fridge. Not spiked, returned.",
    ],
)
def test_other_patients_unit_stopped_at_the_bedside_is_near_miss_12(text: str) -> None:
    assert never_event_codes(text) == (None, "12")


@pytest.mark.parametrize(
    "text",
    [
        "Ward 5: unit of red cells for Mr A (group O pos). The unit label had a different name "
        "and hospital number, unit group A pos, but no one checked and it was hung on the giving "
        "set. Rigors after 20 minutes, haemolysis.",
        "Theatre: runner had taken the wrong unit out of the fridge - it was for the pt in "
        "theatre 2, group A, our pt group O. Hung on the Level 1 without a bedside check. "
        "Haemolysis, ICU.",
    ],
)
def test_other_patients_unit_run_in_stays_12(text: str) -> None:
    assert never_event_codes(text) == ("12", None)


def test_opioid_overdose_with_no_midazolam_nor_sedation_is_not_8() -> None:
    text = (
        "Paeds ED: 3yo, morphine prescribed 1.4mg IV; nurse drew up 14mg from the 10mg/ml "
        "ampoule and gave it. Child unrousable, RR 6, naloxone given. Recovered."
    )
    assert never_event_codes(text)[0] != "8"


@pytest.mark.parametrize(
    "text",
    [
        "Endoscopy: nurse gave 5mg/ml ampoule thinking it was 1mg/ml for the OGD sedation with "
        "fentanyl 50mcg. Pt apnoeic, reversal given.",
        "Bronchoscopy: midazolam 10mg/2ml given as if it were 1mg/ml, 5ml pushed with fentanyl "
        "25mcg. Sats 80%, flumazenil and naloxone given.",
        "Cardioversion in the day unit: the 5mg/ml ampoule drawn up instead of the 1mg/ml for "
        "sedation, 3ml given after morphine 2mg. Apnoeic, bagged, flumazenil.",
    ],
)
def test_high_strength_for_sedation_with_an_opioid_named_stays_8(text: str) -> None:
    assert never_event_codes(text) == ("8", None)


@pytest.mark.parametrize(
    "text",
    [
        # the other patient's unit went in, told without a bedside catch
        "Ward 9: the unit collected was for the pt in bed 7 (group A pos) and was transfused into "
        "our pt in bed 8 (group O pos). Rigors, dark urine, haemolysis screen positive.",
        "ED resus: runner had taken the wrong unit out of the fridge - it was for the pt in resus "
        "2. Group B unit into our group O pt; 150ml went in before the rigors started.",
        "Theatre 4: a unit that was for the pt in theatre 5 (group A) was put up and run through "
        "the rapid infuser for our group O pt. Found when the next unit was checked. ICU.",
    ],
)
def test_other_patients_unit_that_went_in_is_not_a_near_miss(text: str) -> None:
    assert never_event_codes(text)[1] is None


@pytest.mark.parametrize(
    "text",
    [
        "Early pregnancy unit: methotrexate for ectopic pregnancy prescribed as 830mg instead of "
        "83mg (decimal slip) and given IM. Findings: an overdose of methotrexate for a "
        "non-cancer indication. Mucositis and neutropenia.",
        "AMU: methotrexate 15mg given daily instead of weekly for 4 days to a lady with "
        "rheumatoid arthritis; neutropenic sepsis. Action: daily oral methotrexate can only be "
        "selected by oncology prescribers.",
    ],
)
def test_non_cancer_words_and_oncology_only_actions_keep_7(text: str) -> None:
    assert never_event_codes(text) == ("7", None)


def test_methotrexate_for_leukaemia_stays_excluded_despite_an_oncology_only_action() -> None:
    text = (
        "Paeds haematology: child with ALL on maintenance methotrexate given daily instead of "
        "weekly for 3 days. Action: daily oral methotrexate restricted to oncology prescribers."
    )
    assert never_event_codes(text)[0] != "7"


def test_unit_stocking_low_strength_only_is_no_appropriate_area() -> None:
    text = (
        "Endoscopy: the unit stocks midazolam 1 mg/ml only; 5 mg/ml is stocked in theatres and "
        "critical care. A box of 10mg/2ml was delivered in error and the nurse gave 2ml for the "
        "OGD thinking it was 2mg. Pt apnoeic, flumazenil."
    )
    assert never_event_codes(text) == ("8", None)


def test_icu_sedation_infusion_stays_appropriate_area() -> None:
    text = (
        "ICU: ventilated pt, midazolam 5mg/ml infusion made up as per unit protocol and run at "
        "the prescribed rate. No issues."
    )
    assert never_event_codes(text)[0] != "8"


def test_epidural_line_held_to_the_iv_cannula_and_stopped_is_near_miss_5() -> None:
    text = (
        "Recovery: new epidural infusion bag spiked and line primed; the nurse held the end up to "
        "the IV cannula hub and was about to connect when the anaesthetist saw the yellow "
        "epidural label. Stopped, connected to the epidural filter. No drug given IV."
    )
    assert never_event_codes(text) == (None, "5")


def test_epidural_line_held_to_the_iv_cannula_and_run_is_5() -> None:
    text = (
        "Ward 3: epidural bag line; HCA held the end of the line to the IV cannula and connected "
        "it, pump started. Pt numb and hypotensive 20 min later; epidural infusion had run IV."
    )
    assert never_event_codes(text) == ("5", None)


def test_gauze_held_to_the_site_after_an_epidural_is_no_event() -> None:
    text = (
        "Epidural removed intact at 10:00. Nurse held the gauze to the site. IV cannula flushed "
        "with saline. No issues."
    )
    assert never_event_codes(text) == (None, None)
