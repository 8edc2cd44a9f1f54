"""Round 62, helper 1: a general ward named as the setting, a restrictor told fitted and
working, a nurse who "went to" the wrong bed, and a drug's IV form given off-chart.

- A curtain-rail ligature on a ward the report names as a general or acute medical or
  surgical one ("general surgical ward", "acute medical unit") is outside the mental health
  setting of never event 9. A mental health ward that was "converted from a general medical
  ward" is still a mental health ward: a hanging there stays never event 9, as does one on a
  mental health ward whose patient was then "transferred to the acute medical unit".
- A window restrictor told "fitted and working" at its last check before a patient forced it
  open is a functional restrictor: no never event 10. A restrictor told
  missing stays never event 10.
- "Went to bed 4 in bay B" is a person going to a bed, not a unit that "went in": an
  ABO-incompatible unit stopped at that bedside before spiking is near miss 12. A unit that
  went in before the mismatch was seen stays never event 12.
- A drug with both forms given IV by its cannula, the next sentence telling the chart held
  only its oral form ("IV not prescribed"), is the drug's IV form given off-chart, not an oral
  medicine pushed into a line: no never event 5. An oral liquid pushed into the cannula stays
  never event 5.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

GENERAL_WARD_NAMED = [
    "pt on Ward 12 after an overdose, RMN for 1:1 asked for but none available. she pulled "
    "the curtains round and hung from the curtain rail by a dressing gown cord, the rail took "
    "her weight, cut down by the HCA within minutes. general surgical ward with ordinary "
    "curtain track.",
    "pt awaiting RMN special after an overdose. found hanging by a belt from the bed curtain "
    "rail, rail held his weight. released by the nurse in charge. acute medical unit, "
    "standard rails.",
]

CONVERTED_MENTAL_HEALTH_WARD = [
    "adult acute mental health inpatient unit. pt found hanging from the curtain rail in her "
    "room, the rail held her weight. the unit was converted from a general surgical ward "
    "last year and the old rails were never replaced.",
]

MEDICAL_WARD_AS_DESTINATION = [
    "pt on the acute mental health ward attempted to hang from the shower curtain rail, rail did "
    "not collapse, found by the HCA and transferred to the acute medical unit for observation",
    "informal pt on the psychiatric ward tied a ligature to the shower rail in her ensuite which "
    "did not give way, cut down by staff, taken to A&E and admitted to acute medicine overnight",
]
RESTRICTOR_FITTED_AND_WORKING = [
    "pt forced the window restrictor till it tore off the frame (restrictor fitted and "
    "working at the morning check). climbed out of the 1st floor window and dropped to the "
    "grass, ankle injury.",
]

RESTRICTOR_MISSING = [
    "2nd floor bedroom window found with its restrictor missing, pt climbed out of the "
    "window and fell to the courtyard below, fractured pelvis.",
]

WENT_TO_THE_WRONG_BED = [
    "2 units of red cells collected for the pt in bed 4 bay A. the RN went to bed 4 in bay B "
    "by mistake. at the bedside check the unit was group B RhD neg and that pt is O RhD neg. "
    "unit not spiked, sent back to the lab for reissue.",
]

UNIT_WENT_IN_FIRST = [
    "red cells for bed 4 bay A were put up on the pt in bed 4 bay B. about 100ml had gone in "
    "before the mismatch was spotted - unit was group B RhD neg and the pt is O RhD neg. "
    "transfusion stopped.",
]

IV_FORM_GIVEN_OFF_CHART = [
    "night FY1 gave ondansetron 4mg IV via the venflon for nausea. kardex had oral "
    "ondansetron only, IV not charted. pt fine.",
]

ORAL_LIQUID_INTO_LINE = [
    "oramorph oral solution 5mg was pushed into the pt's cannula by the agency nurse, picked "
    "up at handover, pt drowsy, obs monitored.",
]


@pytest.mark.parametrize("text", GENERAL_WARD_NAMED)
def test_general_ward_named_is_not_ne9(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", CONVERTED_MENTAL_HEALTH_WARD)
def test_former_general_ward_stays_ne9(text: str) -> None:
    assert never_event_codes(text)[0] == "9"


@pytest.mark.parametrize("text", RESTRICTOR_FITTED_AND_WORKING)
def test_restrictor_fitted_and_working_is_not_ne10(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", RESTRICTOR_MISSING)
def test_missing_restrictor_stays_ne10(text: str) -> None:
    assert never_event_codes(text)[0] == "10"


@pytest.mark.parametrize("text", WENT_TO_THE_WRONG_BED)
def test_going_to_the_wrong_bed_is_no_unit_gone_in(text: str) -> None:
    assert never_event_codes(text) == (None, "12")


@pytest.mark.parametrize("text", UNIT_WENT_IN_FIRST)
def test_unit_gone_in_stays_ne12(text: str) -> None:
    assert never_event_codes(text)[0] == "12"


@pytest.mark.parametrize("text", IV_FORM_GIVEN_OFF_CHART)
def test_iv_form_given_off_chart_is_not_ne5(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", ORAL_LIQUID_INTO_LINE)
def test_oral_liquid_into_line_stays_ne5(text: str) -> None:
    assert never_event_codes(text)[0] == "5"


@pytest.mark.parametrize("text", MEDICAL_WARD_AS_DESTINATION)
def test_medical_ward_the_patient_went_to_after_stays_ne9(text: str) -> None:
    assert never_event_codes(text, service_type="4") == ("9", None)
