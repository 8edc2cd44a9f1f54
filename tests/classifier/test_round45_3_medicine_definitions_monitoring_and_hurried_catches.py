"""Never events 4, 7 and 8 read in context: the framework's definition of a never event told
as what it "is about" is the category, not the report's event (its overdose or its intended
1 mg/ml strength are no event, nor do they lift an intensive care exclusion); methotrexate
toxicity put down to blood monitoring missed is a medication incident, not an overdose, while
toxicity with a daily or double dose told stays one; a catch told hurriedly with its verb left
out ("before anything injected") is a catch."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, rule_never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        # the never event's definition told as what it is about
        "Complaint response: the family felt the methotrexate for her psoriasis was wrong. "
        "We explained the weekly dose was checked and correct, and that the methotrexate never "
        "event is about an overdose for non-cancer treatment such as daily dosing, which did "
        "not occur here. The missed clinic letter is being investigated.",
        "Registrar asked if this was the midazolam never event. It was not: on the unit the "
        "ventilated pt was sedated with midazolam 5mg/ml as our standard, and the never event "
        "is about high strength midazolam in conscious sedation where 1mg/ml was intended. "
        "The error was the infusion pump rate.",
        # methotrexate toxicity from monitoring missed
        "Gentleman on weekly methotrexate for rheumatoid arthritis, shared care blood "
        "monitoring lapsed after the GP merger and no FBC for 5 months. Admitted neutropenic.",
        "MTX for psoriasis. Monitoring bloods overdue since spring. Presented with mouth "
        "ulcers and pancytopenia, dose confirmed weekly.",
        "methotrexate for crohns - not monitored by anyone after transfer of care, came in "
        "with pancytopenia",
    ],
)
def test_definitions_and_missed_monitoring_are_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        # toxicity with the overdose told stays an overdose, monitoring missed or not
        "Lady with RA on methotrexate admitted with mucositis after her carer gave her tablets "
        "every day for a week; bloods had also not been done for 3 months.",
        "pt on mtx for psoriasis came in with pancytopenia and toxicity, no other cause found",
        "Methotrexate 15mg for RA was dispensed with a label saying 'take daily'. She came in "
        "with neutropenia.",
    ],
)
def test_methotrexate_overdose_with_toxicity_is_never_event_7(text: str) -> None:
    assert never_event_codes(text)[0] == "7"


@pytest.mark.parametrize(
    "text",
    [
        "Strong potassium chloride picked up instead of the saline flush, spotted by the second "
        "nurse before anything injected.",
        "nurse drew up KCl concentrate instead of the diluent for the co-amoxiclav, colleague "
        "noticed before anything went in",
    ],
)
def test_hurried_catch_of_strong_potassium_is_near_miss_4(text: str) -> None:
    assert never_event_codes(text) == (None, "4")


@pytest.mark.parametrize(
    "text",
    [
        "This never event is about a patient who was given strong potassium chloride instead "
        "of the sodium chloride flush on ward 5; she had a cardiac arrest.",
        "Our never event is about the colonoscopy list on Tuesday: midazolam 5mg/ml was drawn "
        "up instead of 1mg/ml for conscious sedation and the patient needed flumazenil.",
    ],
)
def test_the_reports_own_never_event_told_as_about_a_case_stays_found_by_rules(text: str) -> None:
    assert rule_never_event_codes(text)[0] in {"4", "8"}
