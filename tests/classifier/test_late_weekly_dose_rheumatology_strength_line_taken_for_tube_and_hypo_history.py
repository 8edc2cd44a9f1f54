"""Four medicine situations of batch 106 (dev-178611, dev-178687, dev-178692, dev-178699).

- A weekly methotrexate dose given a few days late, the home dose told NOT taken ("had not taken
  her Monday dose", "missed her Friday dose"): no dose beyond the weekly one, so neither never
  event 7 nor its near miss. A weekly dose told already had and another due or given stays the
  extra dose it was.
- The 10 mg methotrexate strength dispensed for a rheumatology (or dermatology) patient's dose of
  2.5 mg tablets, caught at the final check: near miss 7, even when the 10 mg strength is told as
  kept for an oncology protocol (the cancer word is the stock's, not this patient's treatment).
  Methotrexate for an oncology patient stays excluded.
- The vascular line taken for the enteral tube beside it ("flushed it through what I thought was
  the PEG but was actually the PICC", "mistook the PICC for the PEG"): the enteral medicine went
  by a parenteral route, never event 5; caught before any went in, near miss 5.
- Hypos told as why an earlier insulin dose was reduced ("rewritten as '4U' (reduced from 14
  after hypos)") are the history behind the dose, not this error's outcome: the "U" read as a 0,
  the pen dialled and stopped before the dose, near miss 6. A low sugar after the overdose keeps
  never event 6.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

# --- methotrexate: a late weekly dose is no extra dose -------------------------------------

LATE_WEEKLY_DOSE = [
    # dev-178699
    "Pt admitted Wednesday. Takes MTX 12.5mg weekly on Mondays at home. Drug chart started it "
    "on the Thursday and dose given Thursday am. Pt confirmed she had NOT taken her Monday dose "
    "at home as she was vomiting. So dose 3 days late, no double dose. Chart changed back to "
    "Mondays.",
    "Admitted Tuesday. Normally has methotrexate 15mg every Saturday. Ward gave it Wednesday. "
    "Daughter says she hadn't had her Saturday dose as she was in the ambulance all day. Late "
    "dose, not a double dose. Chart amended to Saturdays.",
    "Pt on weekly methotrexate 10mg (Fridays). Admitted Sunday, missed her Friday dose due to "
    "D&V. Given on the ward Monday morning from the chart. No extra dose. Day corrected on chart.",
    "Methotrexate 7.5mg weekly on Fridays for RA. Pt admitted Saturday and told us she had not "
    "had her Friday dose as she was too unwell. Ward gave it on Sunday. One dose that week, just "
    "2 days late.",
]


@pytest.mark.parametrize("text", LATE_WEEKLY_DOSE)
def test_weekly_methotrexate_given_late_with_the_home_dose_not_taken_is_neither(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, None)


def test_weekly_dose_already_had_and_the_next_stopped_stays_near_miss_7() -> None:
    text = (
        "Pt takes MTX 10mg on Thursdays. She had already had her Thursday dose at home. Nurse "
        "went to give the dose on the ward Friday from the chart, pt queried it, not given."
    )
    assert never_event_codes(text) == (None, "7")


def test_weekly_dose_had_at_home_and_given_again_stays_never_event_7() -> None:
    text = (
        "Methotrexate 15mg weekly, due Mondays. Pt had taken her Monday dose at home that "
        "morning. Drug chart had it due on admission and it was given again at 18:00. Two doses "
        "in one day."
    )
    assert never_event_codes(text) == ("7", None)


def test_daily_chart_caught_before_an_extra_dose_stays_near_miss_7() -> None:
    text = (
        "Methotrexate 10mg charted daily instead of weekly on admission. Pharmacist spotted at "
        "screening before the next dose, only the usual Monday dose had been given. Chart "
        "amended to weekly."
    )
    assert never_event_codes(text) == (None, "7")


# --- methotrexate: the 10 mg strength for a non-cancer specialty's patient -----------------

STRONGER_STRENGTH_CAUGHT = [
    # dev-178611
    "Outpatient pharmacy. Rx methotrexate 2.5mg tabs, 15mg (6 tabs) once weekly for "
    'rheumatology pt. Dispensed as methotrexate 10mg tablets with label "take 6 tablets once a '
    'week" = 60mg. Picked up at final accuracy check by ACPT before hand-out. 10mg strength only '
    "kept for one oncology protocol but sits next to the 2.5mg on the shelf. 10mg moved to a "
    "separate locked section.",
    "Community pharmacy. Script from the rheumatologist for methotrexate 2.5mg x 4 tablets "
    'weekly (10mg). Methotrexate 10mg tablets picked and labelled "take 4 tablets once weekly", '
    "i.e. 40mg. Pharmacist spotted the strength at the final check before the bag was handed "
    "over. The 10mg tablets are stocked for the oncology clinic and were on the same shelf.",
    "Dermatology patient on weekly methotrexate for psoriasis - 7.5mg (3 x 2.5mg). Dispensary "
    "supplied 10mg tablets labelled take three tablets weekly = 30mg. Error picked up at "
    "accuracy check, not given out. 10mg only held for the haematology protocols.",
    "Pt on MTX 15mg once weekly (Wednesdays) via rheumatology, 2.5mg tablets. Dispensed as 10mg "
    'tablets labelled "take 6 tablets weekly" - pharmacist spotted it at the clinical check '
    "before it was handed over. 10mg tablets are also used by the oncology ward.",
]


@pytest.mark.parametrize("text", STRONGER_STRENGTH_CAUGHT)
def test_stronger_methotrexate_strength_for_a_rheumatology_patient_caught_is_near_miss_7(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, "7")


def test_stronger_strength_taken_by_a_rheumatology_patient_stays_never_event_7() -> None:
    text = (
        "Rheumatology clinic. Pt collected methotrexate 10mg tablets dispensed instead of 2.5mg, "
        "label said take 6 tablets weekly. She took 6 tablets (60mg) on Sunday and was admitted "
        "with mucositis. 10mg strength is kept for oncology."
    )
    assert never_event_codes(text) == ("7", None)


ONCOLOGY_METHOTREXATE = [
    "Oncology day unit. Methotrexate 2.5mg tablets x 6 weekly prescribed for maintenance in "
    "ALL; 10mg tablets dispensed labelled take 6 tablets weekly. Picked up at final check "
    "before hand-out.",
    "Oncology patient with osteosarcoma on high dose methotrexate. Dose given as per protocol. "
    "Pharmacy noticed 10mg tablets and 2.5mg tablets stored together - moved.",
    # a non-cancer specialty only reviewing or knowing the cancer patient
    "Haematology pt on methotrexate maintenance for ALL, chart written as daily instead of "
    "weekly and given for 3 days. Dermatology review requested for a rash.",
    "Oncology ward. Methotrexate 15mg given daily for 4 days instead of weekly for lymphoma "
    "maintenance. Pt also known to rheumatology.",
]


@pytest.mark.parametrize("text", ONCOLOGY_METHOTREXATE)
def test_methotrexate_for_an_oncology_patient_stays_excluded(text: str) -> None:
    assert never_event_codes(text) == (None, None)


# --- wrong route: the line taken for the enteral tube ---------------------------------------

LINE_TAKEN_FOR_THE_TUBE = [
    # dev-178687
    "Home visit 10:20. Mr D.O (64) has a R arm PICC for home IV abx (OPAT) and a PEG. "
    "Lansoprazole orodispersible dispersed in water and drawn up in 10ml syringe. I flushed it "
    "through what I thought was the PEG extension but was actually the PICC, both were lying "
    "together under his t shirt and the PICC extension was not capped with the usual bung as "
    "OPAT had just finished. Noticed when I went to flush the PEG and it was still clamped. Pt "
    "alert, no symptoms. Rang OPAT team, advised ED attendance for review, obs + bloods fine, "
    "home same day. We use luer syringes for his PEG meds because the ENFit ones do not fit his "
    "older PEG extension - raised with nutrition nurses. Reported as a never event.",
    "Nursing home. Resident has a Hickman line and a PEG. Crushed baclofen in water given via "
    "what the nurse believed was the PEG but it was in fact the Hickman line; both were taped "
    "to her abdomen. Realised when the PEG was found clamped. Transferred to ED for review, no "
    "harm.",
    "Community nurse mistook the PICC extension for the PEG tube and flushed the dissolved "
    "omeprazole down it. Discovered when the PEG port was still capped. Pt sent to ED, bloods "
    "and obs normal.",
    "Ward 4. Pt has a PEG and a midline. Staff nurse gave Oramorph 5mg through what she thought "
    "was the PEG but turned out to be the midline. Pt monitored, no ill effects. Reported as "
    "never event.",
    "The PICC line was mistaken for the PEG and the crushed amlodipine in water was flushed "
    "into it. Pt transferred to ED for observation.",
]


@pytest.mark.parametrize("text", LINE_TAKEN_FOR_THE_TUBE)
def test_enteral_medicine_given_into_a_line_taken_for_the_tube_is_never_event_5(
    text: str,
) -> None:
    assert never_event_codes(text) == ("5", None)


def test_line_taken_for_the_tube_caught_before_the_flush_is_near_miss_5() -> None:
    text = (
        "Pt has a PICC and a PEG lying together. I was about to flush lansoprazole down what I "
        "thought was the PEG when I noticed it was actually the PICC - stopped, nothing given. "
        "Labelled both lines."
    )
    assert never_event_codes(text) == (None, "5")


NO_ENTERAL_MEDICINE_IN_A_LINE = [
    "Pt has a PICC and a PEG. Lansoprazole dispersed and given via the PEG as prescribed. PICC "
    "flushed with saline separately. No issues.",
    # the other way round: an IV medicine into the enteral tube is not the framework's route
    "Pt has a PICC and a PEG. IV co-amoxiclav given into what I thought was the PICC but was "
    "actually the PEG extension. Realised immediately. Microbiology and pharmacy advised, no "
    "harm.",
    "Nurse mistook the PEG for the PICC and connected the IV antibiotic infusion to the PEG. "
    "Stopped after 5 minutes when noticed. Pt well.",
    # the tube thought of, not thought to be another line
    "Went to give omeprazole via the PEG. I thought the PEG was blocked but actually the IV "
    "line next to it was kinked. Omeprazole given via PEG once flushed.",
]


@pytest.mark.parametrize("text", NO_ENTERAL_MEDICINE_IN_A_LINE)
def test_no_enteral_medicine_in_a_line_is_no_wrong_route(text: str) -> None:
    assert never_event_codes(text) == (None, None)


# --- insulin: hypos behind an earlier dose reduction ----------------------------------------

U_MISREAD_CAUGHT_WITH_HYPO_HISTORY = [
    # dev-178692
    "I dialled 40 units on Mr P's lantus pen as per the insulin chart - the GP had rewritten it "
    'last week as "4U" (reduced from 14 after hypos) and I read it as 40. Mr P asked why his '
    "dose had gone up so much. Checked with him and the GP letter: 4 units. Did not give the "
    "40, dialled back to 4 and gave it. GP surgery asked to rewrite the chart with units "
    "written in full.",
    'DN visit. Insulin record says Levemir "6U" - dose was cut from 16 last month due to hypos. '
    "I read it as 60 and dialled 60 units on the pen. Pt said that was far more than she "
    "usually has. Rechecked the record, 6 units. 60 not given, 6 units given.",
    'Care home. Novomix chart handwritten "8U" since the diabetes nurse lowered it following '
    "recurrent hypoglycaemia. Senior carer dialled the pen to 80 units reading the U as a 0. "
    "Nurse checking the pen queried it before injecting. 8 units given.",
    'Diabetes chart: "Lantus 12U" - reduced from 20 last week due to hypos. Bank nurse read the '
    "U as a 0 and dialled 120 on the pen. Second nurse checking queried it. Pen dialled back, "
    "12 units given.",
]


@pytest.mark.parametrize("text", U_MISREAD_CAUGHT_WITH_HYPO_HISTORY)
def test_u_read_as_a_zero_and_stopped_with_hypos_only_behind_the_dose_is_near_miss_6(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, "6")


U_MISREAD_GIVEN = [
    # dev-178646: the hypos behind the reduction, then the overdose given and a low sugar
    'Discharge letter: "Humulin I 4U mane" (dose reduced in hospital from 40 after hypos). '
    "Transcribed onto our insulin administration record by weekend nurse as 40 units - the U "
    "looked like a 0 and it matched her previous dose so nobody questioned it. 40 units given "
    "Sat + Sun am. Sunday 16:00 neighbour found her confused and clammy, paramedics BM 1.8, "
    "treated and conveyed to ED.",
    "Lantus 4U on chart (reduced from 14 after hypos). Read as 40 and 40 units given at 08:00. "
    "Pt hypo at 11:00, BM 2.0, treated with glucogel.",
    # the dose reduced after this overdose's own low sugar, told with its figure
    'Chart said Novorapid "4U" and the agency nurse read it as 40, drew up and gave 40 units at '
    "17:00. Dose reduced following BM of 1.9 at 19:00, glucose given, pt recovered.",
]


@pytest.mark.parametrize("text", U_MISREAD_GIVEN)
def test_u_read_as_a_zero_and_given_stays_never_event_6(text: str) -> None:
    assert never_event_codes(text) == ("6", None)


def test_u_read_correctly_with_hypo_history_stays_null() -> None:
    text = (
        'Insulin chart "10U" (reduced after hypos last month). Nurse read it correctly as 10 '
        "units and gave 10 units. Flagging the U abbreviation as a risk."
    )
    assert never_event_codes(text) == (None, None)
