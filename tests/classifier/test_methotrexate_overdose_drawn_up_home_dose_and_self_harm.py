"""Three methotrexate situations read by what happened, not by how the overdose is worded.

- A dose made ready over the one prescribed (an oral solution's volume doubled, twice the weekly
  mg drawn up) and caught before it was given: near miss 7 (dev-179682; the guide's near miss
  for 7, as dev-130608's strength picked four times the weekly dose). Given, it is never event
  7; the right or a smaller volume drawn up is no overdose; for cancer it is excluded.
- The patient's own overdose of methotrexate taken as self-harm (told as "took an overdose",
  deliberate, of someone else's tablets, after an argument, met by liaison or a crisis team):
  self-harm, not the never event (dev-179689). A staff error told beside it (a daily label, a
  dose given daily) is still never event 7.
- The weekly dose told already taken at home, then given on the ward as a second dose: never
  event 7 (review r24's m1a, m1b); the home dose told not taken and the ward's dose given late
  is no extra dose (m1o), nor is the ward's dose withheld.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

DEV_179682 = (
    "Children's ward. 6yo with JIA on methotrexate oral solution 2mg/ml 12.5mg weekly (Sat). "
    "Nurse drew up 12.5ml (25mg) in an oral syringe, picked up at second check by the NIC before "
    "giving - correct volume 6.25ml. Redrawn. Strength of the solution not written on the chart."
)

OVERDOSE_DRAWN_UP_AND_CAUGHT = [
    DEV_179682,
    "JIA pt, MTX oral solution 2mg/ml, dose 10mg once weekly. 10ml (20mg) drawn up by the "
    "nurse, second nurse noticed at the check before it was given - should have been 5ml. "
    "Discarded and redrawn.",
    "Psoriasis pt on methotrexate 15mg weekly s/c. Nurse prepared 30mg for the injection, "
    "noticed at the double check before administration, correct dose drawn up.",
    "Pt on methotrexate 7.5mg once a week for RA. 15mg drawn up, spotted by the checking nurse "
    "before giving.",
    "Paeds ward: methotrexate liquid 2.5mg/ml, 10mg weekly for JIA. 8ml drawn up in an oral "
    "syringe instead of 4ml; the second checker stopped it before it was given.",
]


@pytest.mark.parametrize("text", OVERDOSE_DRAWN_UP_AND_CAUGHT)
def test_a_methotrexate_overdose_drawn_up_and_caught_before_giving_is_near_miss_7(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, "7")


def test_the_overdose_drawn_up_and_given_is_never_event_7() -> None:
    text = (
        "Children's ward. 6yo with JIA on methotrexate oral solution 2mg/ml 12.5mg weekly (Sat). "
        "Nurse drew up 12.5ml (25mg) in an oral syringe and gave it. Noticed afterwards, correct "
        "volume 6.25ml."
    )
    assert never_event_codes(text) == ("7", None)


NO_OVERDOSE_DRAWN_UP = [
    # the right volume drawn up and given
    "Children's ward. 6yo with JIA on methotrexate oral solution 2mg/ml 12.5mg weekly (Sat). "
    "Nurse drew up 6.25ml (12.5mg), checked by second nurse and given.",
    # less than the correct volume: no overdose
    "JIA pt on methotrexate oral solution 2mg/ml 12.5mg weekly. Nurse drew up 3ml, picked up at "
    "second check before giving - correct volume 6.25ml.",
    # methotrexate for cancer: excluded
    "Oncology ward, ALL maintenance: oral methotrexate 2mg/ml 20mg weekly for leukaemia, nurse "
    "drew up 20ml (40mg), caught at second check before giving, correct volume 10ml.",
]


@pytest.mark.parametrize("text", NO_OVERDOSE_DRAWN_UP)
def test_the_right_or_a_smaller_volume_or_a_cancer_dose_is_no_methotrexate_overdose(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, None)


DEV_179689 = (
    "Community MH team. Pt known to us (EUPD) took an overdose of her mother's methotrexate "
    "tablets (approx 20 x 2.5mg) after an argument, told her care coordinator at a visit next "
    "day. Sent to ED, folinic acid, medically fit after 3 days, seen by liaison."
)

SELF_HARM_OVERDOSE = [
    "Pt (RA) took an overdose of her methotrexate tablets last night, around 15 x 2.5mg, after a "
    "row with her partner. ED, folinic acid, psych liaison referral.",
    "Pt swallowed her husband's methotrexate tablets (about 10) deliberately. Toxbase, folinic "
    "acid, admitted.",
    "CMHT client OD'd on her methotrexate at the weekend, disclosed at her depot appointment. "
    "Sent to ED, folinic acid, referred to liaison.",
    "Crisis team visit: pt with psoriasis took all of her mother's methotrexate, wanted to end "
    "it. Conveyed to ED.",
]


def test_a_patients_overdose_of_her_mothers_methotrexate_is_self_harm_not_never_event_7() -> None:
    fields = {
        "service_type": "4",
        "specialty": "3",
        "location_type": "2",
        "reporter_never_event": True,
        "reporter_never_event_type": "7",
    }
    assert never_event_codes(DEV_179689, **fields) == (None, None)
    assert never_event_codes(DEV_179689) == (None, None)


@pytest.mark.parametrize("text", SELF_HARM_OVERDOSE)
def test_a_patients_own_methotrexate_overdose_as_self_harm_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


STAFF_ERROR_BESIDE_SELF_HARM_WORDS = [
    "MH inpatient, on methotrexate for psoriasis, hx of self-harm. Methotrexate 10mg charted "
    "daily instead of weekly and given for 3 days before pharmacist noticed.",
    "Pt with EUPD known to liaison psychiatry. Methotrexate TTO labelled daily in error, pt took "
    "it daily for 5 days, admitted with mucositis.",
    "Pt took an overdose of methotrexate because the pharmacy label said take 6 tablets daily - "
    "taken every day for a week.",
]


@pytest.mark.parametrize("text", STAFF_ERROR_BESIDE_SELF_HARM_WORDS)
def test_a_daily_methotrexate_error_beside_self_harm_words_is_still_never_event_7(
    text: str,
) -> None:
    assert never_event_codes(text) == ("7", None)


GIVEN_AGAIN_AFTER_THE_HOME_DOSE = [
    # review r24's m1a and m1b
    "Pt's wife said weekly methotrexate 15mg had been taken at home on Monday. Ward gave 15mg "
    "again on Tuesday as charted. RA pt.",
    "Pt told nurse she had not taken her weekly methotrexate for RA. Given on ward. Daughter "
    "later confirmed she had taken it that morning at home - double dose.",
    "Husband said she had already taken her weekly MTX at home this morning. Nurse gave it again "
    "at 10:00 as on the chart.",
    "Pt had taken her methotrexate 20mg at home on Sunday before admission; ward gave another "
    "20mg on Monday.",
    "Pt said she had not had her weekly MTX at home, so given on ward. Later her husband said "
    "she had taken it on Friday at home, so a second dose.",
]


@pytest.mark.parametrize("text", GIVEN_AGAIN_AFTER_THE_HOME_DOSE)
def test_the_weekly_dose_taken_at_home_then_given_on_the_ward_is_never_event_7(text: str) -> None:
    assert never_event_codes(text) == ("7", None)


NO_SECOND_DOSE = [
    # review r24's m1o: the weekly dose not taken, given late
    "RA pt's weekly methotrexate not taken on Monday as was in hospital, so given Wednesday, 2 "
    "days late.",
    "Weekly methotrexate missed on Friday as pt was nil by mouth, given on Sunday, 2 days late, "
    "as advised by rheumatology.",
    "Pt's methotrexate not given on Monday as in theatre, given Tuesday, 1 day late; next dose "
    "due next Monday.",
    "Weekly MTX dose was 3 days overdue as pt in hospital, given Thursday instead of Monday.",
    # the home dose told, the ward's withheld or another drug given
    "Pt had taken her weekly methotrexate at home on Monday, so it was not given on the ward.",
    "Pt said she had already taken her weekly methotrexate at home this morning; nurse withheld "
    "the ward dose.",
    "Pt had taken her weekly MTX at home on Monday. Admitted Tuesday, given folinic acid and IV "
    "fluids.",
]


@pytest.mark.parametrize("text", NO_SECOND_DOSE)
def test_a_late_weekly_dose_or_the_ward_dose_withheld_is_no_methotrexate_overdose(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, None)


# the daily error caught with only the usual dose given, the dose had told by its day (the
# ward's own), a giving told only before the catch, tablets of a strength handed over: the near
# miss stays (dev-169705, dev-159680, dev-21063, dev-164981)
DAILY_ERROR_CAUGHT_WITH_ONLY_THE_USUAL_DOSE = [
    "pt on ward 7 with psoriasis arthritis, methotrexate written as a regular daily on the chart "
    "(given yesterday, correct day). Today I was about to give again at 18:00, asked pt and she "
    "said 'no its only once a week, I had it yesterday'. Not given. Dr informed and chart "
    "changed.",
    "senior carer at Ashgrove Lodge checked the new MAR for Mrs Patel rm 3 and methotrexate 10mg "
    "was printed in every day's box, she has always had it fridays only. today is friday so the "
    "normal dose was given, no extra doses given. rang the pharmacy who are sending a corrected "
    "MAR, days crossed through on current chart and countersigned by manager",
    "New MAR from the pharmacy printed methotrexate 10mg as 'once daily'. Resident had her weekly "
    "dose on Sunday (correct day). On Monday morning the carer queried why it was on the MAR "
    "again and rang pharmacy - error confirmed before another dose was given.",
    "Patient brought her methotrexate back to the pharmacy counter - we had given 10 mg tablets "
    "instead of her usual 2.5 mg, label 'take FOUR tablets once a week'. She noticed the tablets "
    "were a different size and the box said 10 mg. Has not taken any. Swapped, apologised.",
]


@pytest.mark.parametrize("text", DAILY_ERROR_CAUGHT_WITH_ONLY_THE_USUAL_DOSE)
def test_the_usual_dose_had_or_stronger_tablets_handed_and_caught_stay_near_miss_7(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, "7")
