"""Four readings (batch dev-177656, dev-177904, dev-178002, dev-112149):

- an enteral feed set pushed onto a vein's cannula bung and stopped before the pump ran is a
  wrong connection caught (near miss 5): the push onto the bung is the joining, not a giving,
  the line's own "IV fluids started" is no giving of the feed, and "the wrong tube" told of
  the connection is no fallopian tube operated on (not never event 1);
- a misplaced NG tube told only as a record's note of the past ("a note in records that in
  2021 a NGT went into the lung") is history, not this report's tube;
- the head and neck found between two rails (the head-end rail and a split side rail), the
  neck told not compressed, is an entrapment stopped short (near miss 11);
- a suspected bath scald that the review finds to be another condition ("agreed this was
  cellulitis, not a scald") is no scald.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

FEED_SET_ON_THE_CANNULA = [
    # dev-177656
    "Night shift on Ash ward (mental health rehab). Pt with a PEG (Huntingdons) also has a "
    "peripheral cannula for IV fluids started yesterday. RMN primed the PEG feed giving set and "
    "had pushed it onto the cannula bung using a luer adapter before realising when the pt "
    "pulled away and said it was the wrong tube. Not started, pump never switched on. Adapter "
    "removed from stock. Pt reassured.",
    "pt has NGT and a venflon for IV abx given at 10:00. HCA set up the NG feed and pushed the "
    "giving set onto the venflon bung. Staff nurse noticed before the pump was started, "
    "disconnected, nothing went in.",
    "Night feed set primed by agency nurse and pushed it onto the PICC bung instead of the PEG. "
    "Pump not started - colleague spotted it straight away. Feed not given.",
    "Mum said the feed was on the wrong tube - the enteral giving set had been pushed onto the "
    "cannula. Pump had not been started. Disconnected, no feed given.",
]

FEED_SET_ON_THE_CANNULA_REACHED = [
    # the feed run into the vein: the never event stays
    "PEG feed giving set pushed onto the cannula bung by mistake and the pump started, 50ml "
    "of feed ran in before the pt complained of pain in her arm. Stopped, medics informed.",
    "HCA connected the NG feed to the peripheral cannula in error and the feed ran for 2 hours "
    "before it was noticed. Pt transferred to HDU.",
]

WRONG_TUBE_OPERATED = [
    # a fallopian tube operated on: the wrong site stays
    "Laparoscopic salpingectomy for ectopic: the wrong tube was removed, the ectopic was in "
    "the left tube and the right tube was excised. Return to theatre.",
]

TUBE_HISTORY = [
    # dev-177904
    "Pt has a note in records that in 2021 a NGT went into the lung (investigated at the time). "
    "NGT required today, passed at 09:00, pH 6 so CXR needed but portable x-ray not available "
    "until 18:00 as only one radiographer on for wards and ED. CXR: tube in stomach. Pt missed "
    "9hrs of feed and oral meds.",
    "It is documented in his notes that in 2019 an NG tube was placed in the right bronchus at "
    "another hospital. NG passed today, aspirate pH 4, fed. Dietitian review delayed.",
    "Alert on the records that at a different trust a fine bore tube went into her lung in "
    "2020. Tube passed on the ward today, CXR delayed 6 hours, tube confirmed gastric.",
]

TUBE_TODAY = [
    # today's misplaced tube, caught before use or used: stays
    "NG tube passed at 09:00, CXR showed it in the right main bronchus. Not used, removed and "
    "re-passed.",
    "NGT passed, pH not obtained, feed started. CXR later showed tube in the left lung. Pt "
    "desaturated, transferred to ITU.",
]

HEAD_BETWEEN_RAILS = [
    # dev-178002
    "pt had slid down the bed and to the side overnight, found with her head and neck poking "
    "out between the head-end rail and the split side rail. she was talking and breathing "
    "comfortably, neck not compressed. we lifted her back up the bed. gap measured afterwards "
    "approx 25cm with the rails raised on this bed frame - bed withdrawn and reported to EBME.",
    "Found at 03:00 with his head between the top rail and the lower side rail of the split "
    "rails, neck not trapped, he was chatting. Repositioned, bed replaced.",
    "resident found with head and shoulders between the head section rail and the side rail, "
    "neck not compressed, no marks. lifted back to centre of bed, rails taken out of use.",
]

HEAD_BETWEEN_RAILS_HELD = [
    # the neck held between the rails, or harmed: the never event stays
    "Pt found with her neck trapped between the head-end rail and the split side rail, "
    "cyanosed, crash call put out. Rails cut to free her.",
]

SCALD_FOUND_ANOTHER_CONDITION = [
    # dev-112149
    "Care of the elderly ward - suspected bath scald: review concludes cellulitis, with a delay "
    "in diagnosis.\n\nMrs Mabel Oakes, 86, had an assisted bath at 10:00 on 14/06. At 16:00 the "
    "HCA noticed that her left lower leg was red, hot and swollen from the ankle to the knee and "
    "reported a possible scald. The ward manager reported the incident as a possible scalding "
    "never event and took the bath out of use.\n\nReview: the HCA who ran the bath had recorded "
    "the water temperature on the bath chart as 40°C with the wall thermometer; estates tested "
    "the TMV at 12:00 the next day - outlet temperature 41°C, and the TMV was in date for "
    "service. Both legs were in the water equally, but only the left leg was red, with a clear "
    "margin, no blistering, and the redness had spread by the evening. Mrs Oakes had a "
    "temperature of 38.2 at 18:00. The tissue viability nurse and the medical team agreed this "
    "was cellulitis, not a scald, with a likely portal of entry from a small ulcer on the left "
    "foot between the toes that had been noted by the podiatrist a week earlier and not "
    "followed up. She was treated with IV flucloxacillin and made a good recovery.\n\n"
    "Findings: no scald occurred - the bath water was at a safe temperature and the pattern was "
    "not consistent with a scald. However, the redness of the left leg had been mentioned by "
    'the night staff at the 07:00 handover ("left leg looks a bit pink") and was not reviewed '
    "by a doctor until 18:00, and the foot ulcer noted by the podiatrist was not acted on. "
    "Actions: skin changes to be escalated at handover for medical review the same morning; "
    "podiatry recommendations added to the care plan. The bath was returned to use. Mrs Oakes "
    "and her son were informed.",
    "Resident had a shower at 09:00 and later redness to her right shin was reported as a "
    "possible scald. Water checked at 39C. GP reviewed: it was not a scald but cellulitis, "
    "started on oral antibiotics.",
    "Redness on his left foot after his bath queried as a burn. Shower temp 40C on the TMV "
    "check. Doctor diagnosed the redness as cellulitis rather than a burn, antibiotics started.",
]

SCALD_CONFIRMED = [
    # a scald confirmed by the clinician: the never event stays
    "Pt had a bath at 10:00, water not checked, TMV later found at 52C. Redness and blisters to "
    "both feet; GP confirmed a superficial partial thickness scald, not cellulitis. Burns "
    "team referral.",
]


@pytest.mark.parametrize("text", FEED_SET_ON_THE_CANNULA)
def test_feed_set_pushed_onto_a_cannula_and_stopped_is_near_miss_5(text: str) -> None:
    assert never_event_codes(text) == (None, "5")


@pytest.mark.parametrize("text", FEED_SET_ON_THE_CANNULA_REACHED)
def test_feed_run_into_the_cannula_stays_never_event_5(text: str) -> None:
    assert never_event_codes(text) == ("5", None)


@pytest.mark.parametrize("text", WRONG_TUBE_OPERATED)
def test_wrong_fallopian_tube_removed_stays_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", TUBE_HISTORY)
def test_misplaced_tube_in_a_records_note_of_the_past_is_history(text: str) -> None:
    assert never_event_codes(text) == (None, None)


TUBE_TODAY_CODES = [(None, "13"), ("13", None)]


@pytest.mark.parametrize(("text", "codes"), list(zip(TUBE_TODAY, TUBE_TODAY_CODES, strict=True)))
def test_todays_misplaced_tube_keeps_its_reading(text: str, codes: tuple) -> None:
    assert never_event_codes(text) == codes


@pytest.mark.parametrize("text", HEAD_BETWEEN_RAILS)
def test_head_between_two_rails_neck_not_compressed_is_near_miss_11(text: str) -> None:
    assert never_event_codes(text) == (None, "11")


@pytest.mark.parametrize("text", HEAD_BETWEEN_RAILS_HELD)
def test_neck_trapped_between_two_rails_stays_never_event_11(text: str) -> None:
    assert never_event_codes(text) == ("11", None)


@pytest.mark.parametrize("text", SCALD_FOUND_ANOTHER_CONDITION)
def test_suspected_scald_found_another_condition_is_no_scald(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", SCALD_CONFIRMED)
def test_scald_confirmed_not_cellulitis_stays_never_event_14(text: str) -> None:
    assert never_event_codes(text) == ("14", None)
