"""Communication and documentation is what was written, keyed or read wrongly on a record:
a value mis-keyed on an order or a requisition, a prescription overwritten so that it looked
like another, a "U" that looked like a 0. A test strip or an aspirate "read as" a number is a
reading of a test, a pump rate keyed in wrongly is the device set up wrongly, and "no dose was
given" is the error stopped, none of them a record that failed."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_theme_ids

COMMS = "communication_documentation"


@pytest.mark.parametrize(
    "text",
    [
        "Lens delivered was 23.5D, the biometry and order form said 21.5D - the power had been "
        "mis-keyed by the secretary. Noticed by the scrub nurse before it was opened.",
        "Requisition for the knee implant filled in by the ward clerk as 7 when the template "
        "said size 5, wrong size came from the supplier and was opened on the day.",
        "Furosemide 40mg prescription had been overwritten without initials and looked like "
        "80mg, 80mg given for 2 days, K+ 3.0.",
        "Novorapid written as '4U' on the chart, the U looked like a 0 and 40 units was given. "
        "BM 2.0.",
    ],
)
def test_value_written_or_keyed_wrongly_on_a_record_is_communication(text: str) -> None:
    assert COMMS in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "NGT re-passed on the ward, the pH strip read as 5 so feed started. Pt coughing and "
        "desaturated, CXR tube in the R main bronchus.",
        "Aspirate read as pH 4 by the HCA and the 08:00 meds went down the NG. CXR later showed "
        "it in the L lower lobe.",
        "urine dipstick read as nitrite negative, pt discharged, MSU later grew E coli",
    ],
)
def test_a_test_strip_read_as_a_number_is_no_communication(text: str) -> None:
    assert COMMS not in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Aminophylline infusion run at 60ml/hr instead of 30ml/hr, the rate was keyed in wrongly "
        "on the volumetric pump. Level high, infusion stopped.",
        "Morphine PCA bolus keyed incorrectly as 2mg instead of 1mg, pt drowsy RR 8, naloxone.",
        "Rate entered wrongly into the pump for the heparin infusion, APTT 4.5.",
    ],
)
def test_pump_rate_keyed_wrongly_is_no_communication(text: str) -> None:
    assert COMMS not in rule_theme_ids(text)


def test_dose_value_keyed_wrongly_on_the_record_is_still_communication() -> None:
    text = (
        "Weight keyed incorrectly on the EPR as 95kg (pt 59kg), enoxaparin dose calculated from it."
    )
    assert COMMS in rule_theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tacrolimus drawn up in a luer syringe for the NG, second nurse stopped it, no dose was "
        "given by the wrong route.",
        "Weekly alendronate charted daily on admission, pharmacist changed it the same morning, "
        "no dose given yet.",
        "Enoxaparin 80mg drawn up instead of 40mg, picked up at the bedside check. No dose given.",
    ],
)
def test_no_dose_given_is_the_error_stopped_not_a_record(text: str) -> None:
    assert COMMS not in rule_theme_ids(text)


def test_dose_left_unwritten_is_still_communication() -> None:
    text = "Oxycodone on the TTO with no dose specified, community pharmacist rang the ward."
    assert COMMS in rule_theme_ids(text)
