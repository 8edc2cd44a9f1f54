"""Helper H63: a pen dose told the prescribed one, a weekly methotrexate dose given when due, a
rehearsal with no patient, and a drug's IV form given against its oral prescription.

- Insulin withdrawn from a 100 units/ml pen with a U-100 syringe and given, the report telling
  the dose given was the prescribed one ("the dose given was the prescribed 20 units"): null, as
  dev-171689 (batch dev-177619). An overdose, a misread "U" or a catch keeps its reading.
- Methotrexate prescribed daily, the one dose given told as the one due that day ("today's dose
  had been given at 08:00 (which was due anyway)"), and the prescription put right before any
  further dose: near miss 7 (batch dev-177662). Doses given on more days stay never event 7.
- A simulation or training scenario, the report telling in a sentence of its own that no
  patient was involved: no event (batch dev-177673). A real patient's error, with a simulation
  only named as the follow-up, keeps never event 8.
- A drug with both forms, its IV form given and its oral one named on the chart in another
  mention ("IV paracetamol 1g given ... Chart stated ORAL paracetamol"): null, the guide's hard
  case (batch dev-177703). An oral liquid, a crushed tablet or a feed given IV stays never
  event 5.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

# --- insulin from a pen: the dose given told the prescribed one ------------------------------

PEN_DOSE_TOLD_PRESCRIBED = [
    # batch dev-177619
    "Care home visit 08:30: Mrs P's Lantus pen not working. Nurse drew 20 units from the pen "
    "cartridge using a U-100 insulin syringe and gave it (pen is 100 units/ml so the dose given "
    "was the prescribed 20 units). CBGs normal for rest of day. Reported as should not have "
    "used syringe - new pen obtained.",
    "Humulin I KwikPen jammed at teatime. RN withdrew 14 units from the cartridge with a U-100 "
    "insulin syringe and administered it. The pen is 100 units/ml so the amount administered "
    "was the prescribed 14 units. BM 8.1 later. Datix as withdrawing from a pen is against "
    "policy.",
    "No pen needles for Mr T's NovoRapid FlexPen. Nurse took 8 units out of the pen with an "
    "insulin syringe (U-100) and gave it. Dose administered was the intended 8 units as pen and "
    "syringe both 100 units/ml. No hypo. Reported for learning.",
    "DN visit: Toujeo pen faulty. DN drew up 30 units from the cartridge with a U100 insulin "
    "syringe and injected it; the dose she received was the prescribed dose, BMs fine. Reported "
    "as should have got a new pen.",
    "Lantus SoloStar not dialling. Nurse withdrew 10 units from the pen using an insulin syringe "
    "and gave it; the dose given equalled the prescribed 10 units (100 units/ml pen, U-100 "
    "syringe). Pt well.",
]


@pytest.mark.parametrize("text", PEN_DOSE_TOLD_PRESCRIBED)
def test_pen_withdrawal_with_the_dose_given_told_the_prescribed_one_is_no_never_event(
    text: str,
) -> None:
    assert never_event_codes(
        text,
        service_type="7",
        specialty="64",
        location_type="3",
        reporter_never_event=True,
        reporter_never_event_type="6",
    ) == (None, None)


def test_pen_withdrawal_with_an_overdose_received_stays_never_event_6() -> None:
    text = (
        "Lantus pen not working. Nurse drew 20 units from the pen cartridge with a 1ml syringe "
        "and gave it. Pt hypo BM 2.0 at 11:00, had received 200 units. The prescribed dose was "
        "20 units."
    )
    assert never_event_codes(text)[0] == "6"


def test_pen_withdrawal_stopped_before_the_dose_stays_near_miss_6() -> None:
    text = (
        "Lantus pen not working. Nurse drew 20 units from the pen cartridge with a U-100 insulin "
        "syringe and was about to give it when the nurse in charge stopped her. Dose given later "
        "with a new pen was the prescribed 20 units."
    )
    assert never_event_codes(text) == (None, "6")


def test_pen_withdrawal_with_a_hypo_stays_never_event_6() -> None:
    text = (
        "Nurse drew insulin from the patient's NovoMix pen cartridge with a syringe and gave it, "
        "pt hypo BM 1.9 afterwards, 999 called."
    )
    assert never_event_codes(text)[0] == "6"


def test_misread_u_given_stays_never_event_6_beside_the_prescribed_dose() -> None:
    text = (
        "Humalog chart written as '6U' and nurse read it as 60, drew up 60 units and gave it. Pt "
        "hypo 1.8. The prescribed dose was 6 units."
    )
    assert never_event_codes(text)[0] == "6"


# --- methotrexate prescribed daily, the dose given the one due that day ----------------------

MTX_DUE_DOSE_THEN_PUT_RIGHT = [
    # batch dev-177662
    "Pharmacist med rec (AMU): RA pt admitted last night, methotrexate 7.5mg prescribed on EPMA "
    "as ONCE DAILY. Weekly day is Wednesday and today's dose had been given at 08:00 (which was "
    "due anyway). Pharmacist changed to weekly before any further dose. Discussed with FY1. Pt "
    "well.",
    "Ward pharmacist: psoriasis pt, methotrexate 15mg charted as once daily on admission. Today "
    "is her methotrexate day so this morning's dose given at 09:00 was due. Prescription "
    "amended to once weekly (Mondays) before any further dose given. Dr informed.",
    "RA patient admitted Monday. Methotrexate 10mg written up OD on the drug chart. The 08:00 "
    "dose was given as it was due today (her usual Tuesday dose). Pharmacist noticed at 11:00 "
    "and changed to weekly before any further dose.",
    "Crohn's pt: methotrexate 25mg prescribed daily on EPMA in error. First dose given today "
    "which was due anyway as Thursday is his weekly day. Changed to weekly by pharmacist before "
    "any further dose.",
]


@pytest.mark.parametrize("text", MTX_DUE_DOSE_THEN_PUT_RIGHT)
def test_daily_methotrexate_with_only_the_due_dose_given_is_near_miss_7(text: str) -> None:
    assert never_event_codes(text, service_type="1", specialty="2", location_type="4") == (
        None,
        "7",
    )


def test_daily_methotrexate_given_on_two_days_stays_never_event_7() -> None:
    text = (
        "RA pt admitted Monday, methotrexate 7.5mg prescribed on EPMA as ONCE DAILY. Weekly day "
        "is Monday; dose given Monday and again Tuesday at 08:00. Pharmacist changed to weekly "
        "on Wednesday. Pt well."
    )
    assert never_event_codes(text)[0] == "7"


def test_daily_methotrexate_given_three_days_stays_never_event_7() -> None:
    text = (
        "Methotrexate 15mg prescribed once daily instead of weekly for psoriasis. Given on "
        "Monday, Tuesday and Wednesday before the pharmacist noticed. Pt bloods sent."
    )
    assert never_event_codes(text)[0] == "7"


def test_daily_methotrexate_changed_before_any_dose_stays_near_miss_7() -> None:
    text = (
        "Pharmacist screening: RA pt methotrexate 10mg prescribed once daily on EPMA. Changed to "
        "weekly before any dose was given. FY1 informed."
    )
    assert never_event_codes(text) == (None, "7")


# --- a rehearsal with no patient involved ----------------------------------------------------

REHEARSALS_WITH_NO_PATIENT = [
    # batch dev-177673
    "Endoscopy unit simulation training day: scenario was a sedation mix-up with high strength "
    "midazolam and flumazenil use. No patient involved. Logged for training record.",
    "In-situ simulation in the bronchoscopy suite this afternoon. The scenario used midazolam "
    "5mg/ml instead of 1mg/ml for conscious sedation so the team could practise the reversal. "
    "No patients were involved. Debrief held.",
    "Sim session, endoscopy: high strength midazolam drawn up and given to the manikin for "
    "sedation as part of the planned scenario, flumazenil given. No real patient involved. "
    "Learning shared.",
    "Training drill in theatres recovery: scenario was KCl ampoule selected instead of sodium "
    "chloride flush and given. No patients present. Recorded for the training log.",
]


@pytest.mark.parametrize("text", REHEARSALS_WITH_NO_PATIENT)
def test_rehearsal_told_with_no_patient_involved_is_no_event(text: str) -> None:
    assert never_event_codes(text, specialty="37", location_type="5") == (None, None)


def test_real_sedation_error_with_a_simulation_to_follow_stays_never_event_8() -> None:
    text = (
        "Endoscopy list: midazolam 5mg/ml given for OGD sedation instead of 1mg/ml, pt "
        "oversedated and needed flumazenil. Simulation training on sedation to be arranged for "
        "the team."
    )
    assert never_event_codes(text)[0] == "8"


def test_real_patient_during_a_simulation_day_stays_never_event_8() -> None:
    text = (
        "During the simulation training day, a real patient in bay 2 was given high strength "
        "midazolam 10mg/2ml for conscious sedation for a colonoscopy, flumazenil needed."
    )
    assert never_event_codes(text)[0] == "8"


def test_real_error_used_as_a_later_scenario_stays_never_event_8() -> None:
    text = (
        "High strength midazolam 10mg/2ml given for bronchoscopy sedation instead of the 1mg/ml "
        "product, pt drowsy, flumazenil given. Scenario to be used at the next simulation "
        "training."
    )
    assert never_event_codes(text)[0] == "8"


# --- a drug's IV form given against its oral prescription ------------------------------------

IV_FORM_FOR_THE_ORAL_ONE = [
    # batch dev-177703
    "IV paracetamol 1g given to pt on ward 3 at 12:00. Chart stated ORAL paracetamol, pt able "
    "to swallow. Nurse picked up the IV bottle in error. No harm - reported as a wrong route "
    "never event.",
    "Ondansetron 4mg IV given at 10:00 by agency nurse in error. Drug chart has PO "
    "ondansetron, pt eating and drinking. No harm.",
    "Pt written up for oral paracetamol 1g QDS. At 18:00 IV paracetamol 1g was given in error "
    "via the cannula as the bottle was on the trolley. Reported as wrong route.",
    "Chart: paracetamol 1g PO. Paracetamol 1g IV infused at 14:00 by mistake, pt could "
    "swallow. Dr informed, no harm.",
]


@pytest.mark.parametrize("text", IV_FORM_FOR_THE_ORAL_ONE)
def test_iv_form_given_against_the_oral_one_charted_is_no_never_event(text: str) -> None:
    assert never_event_codes(
        text,
        service_type="1",
        specialty="97",
        location_type="4",
        reporter_never_event=True,
        reporter_never_event_type="5",
    ) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Oral paracetamol suspension 1g given IV via the cannula in error instead of orally. Pt "
        "observed, no harm.",
        "Paracetamol tablets crushed and dissolved, given IV through the cannula in error. "
        "Chart said oral paracetamol. Pt had a fever afterwards.",
        "Oramorph 5mg given IV via cannula in error, chart said oral morphine. Pt drowsy, "
        "naloxone.",
        "NG feed connected to the IV cannula in error and 50ml ran in before noticed. Pt chest "
        "pain, medical team informed.",
    ],
)
def test_oral_product_given_iv_stays_never_event_5(text: str) -> None:
    assert never_event_codes(text)[0] == "5"
