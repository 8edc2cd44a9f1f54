"""Helper H55: strong potassium, wrong route, high strength midazolam and a device word read
by the clinical concept (batch 103).

- A chemotherapy named only by its class and route as the subject of a paper ("an older IV chemo
  consent", "an IV chemotherapy chart") names no drug: the intrathecal drug given as planned is
  no wrong route. A vinca or an IV chemo syringe given or brought to the intrathecal procedure
  keeps never event 5 or its near miss.
- An IV medicine put on the epidural "instead of the cannula" swaps a line, not an implant,
  whatever joint the patient had replaced: neither never event 2 nor 5 (the framework leaves an
  IV drug into an epidural out). A component put in instead of the planned one stays 2; an
  epidural infusion run into the vein stays 5.
- High strength midazolam told as held for another use by its strength ("the 10mg/2ml were
  there for status epilepticus") is the stock's purpose, not the area of the sedation: an ED
  procedural sedation with it is never event 8. Midazolam given for the seizure itself is not.
- A high strength told with another drug's name ("alfentanil 5mg/ml", "ketamine 50mg/ml
  instead of 10mg/ml") is that drug's, and with the midazolam told at 1 mg/ml the bare "high
  strength" words are too: no never event 8, nor may the learned model name one.
- Strong sodium or bicarbonate taken for a flush or diluent names no potassium: the learned
  model may not name never event 4.
- A flush drawn up "to flush the cannula after the syntocinon bolus" tells when the flush was
  meant, not a giving: strong potassium drawn up so and caught before connection is near miss 4.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import learned_finding_ruled_out, never_event_codes

CHEMO_ROUTE_ONLY_ON_PAPER = [
    "Haem day unit: pt booked for IT cytarabine at LP. At the pre-procedure check the "
    "prescription was found written on an IV chemotherapy chart. Rewritten on the IT chart, "
    "cytarabine then given intrathecally as prescribed.",
    "Paeds onc. IT methotrexate under GA today. Consent form for IV chemo had been used by "
    "mistake, the route box said intravenous. Re-consented by the reg, IT MTX given as planned.",
    "Lymphoma pt for CNS prophylaxis with intrathecal methotrexate. The leaflet given to him was "
    "the intravenous chemotherapy leaflet. Right leaflet given and the IT MTX went ahead with no "
    "problem.",
]


@pytest.mark.parametrize("text", CHEMO_ROUTE_ONLY_ON_PAPER)
def test_an_iv_chemo_named_only_as_a_papers_subject_is_no_wrong_route(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_a_vinca_given_intrathecally_stays_never_event_5() -> None:
    text = (
        "Vincristine given intrathecally at the LP by the registrar, the IT methotrexate found "
        "still in the box afterwards. Pt to neuro ICU."
    )
    assert never_event_codes(text) == ("5", None)


def test_an_iv_chemo_syringe_injected_intrathecally_stays_never_event_5() -> None:
    text = (
        "IT list: the IV chemo syringe was picked up instead of the methotrexate and injected "
        "intrathecally. Realised straight after, CSF washout arranged."
    )
    assert never_event_codes(text) == ("5", None)


def test_a_vinca_on_the_lp_tray_stopped_at_the_check_stays_a_near_miss() -> None:
    text = (
        "Pt due IT methotrexate and IV vincristine. Vincristine syringe put on the LP tray, the "
        "reg read the label at the IT check and stopped. Not given."
    )
    assert never_event_codes(text) == (None, "5")


IV_MEDICINE_ON_THE_EPIDURAL = [
    "Day 2 post TKR. IV paracetamol infusion was hung on the epidural line instead of the "
    "cannula and about 40ml had gone in when the HCA noticed. Anaesthetist aware, epidural "
    "stopped, neuro obs normal.",
    "Pt day 1 post TKR, epidural and venflon in situ. IV co-amoxiclav was attached to the "
    "epidural catheter instead of the venflon, 20ml in before the wet filter was seen. Stopped, "
    "anaes reviewed, no block.",
    "Orthopaedic ward, pt had a hemiarthroplasty yesterday. Gentamicin infusion put through the "
    "epidural line rather than the cannula, 15 ml ran. Anaesthetist informed, obs stable, "
    "epidural removed.",
    "Post THR on ward 3, epidural and PICC in. IV co-amoxiclav was connected to the epidural "
    "line instead of the PICC, about 20ml in before noticed. Anaesthetics reviewed, no deficit.",
]


@pytest.mark.parametrize("text", IV_MEDICINE_ON_THE_EPIDURAL)
def test_an_iv_medicine_put_on_the_epidural_instead_of_the_cannula_is_no_implant_nor_route(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, None)


COMPONENT_INSTEAD_OF_THE_PLANNED = [
    "TKR: a size 4 femoral component was implanted instead of the planned size 3. Found on the "
    "post-op check of the implant record.",
    "THR, the cup opened was 52mm instead of the planned 54mm and was impacted. Noted when the "
    "implant log was checked.",
    "Right TKR. Tibial tray opened and cemented was a size 5 instead of the templated size 4. "
    "Picked up on the implant sticker check at the end.",
]


@pytest.mark.parametrize("text", COMPONENT_INSTEAD_OF_THE_PLANNED)
def test_a_component_put_in_instead_of_the_planned_one_stays_never_event_2(text: str) -> None:
    assert never_event_codes(text) == ("2", None)


def test_an_epidural_infusion_run_into_the_cannula_stays_never_event_5() -> None:
    text = (
        "Bupivacaine epidural infusion connected to the IV cannula instead of the epidural "
        "catheter, ran for 30 min. Pt became bradycardic and hypotensive."
    )
    assert never_event_codes(text) == ("5", None)


HIGH_STRENGTH_HELD_FOR_SEIZURES = [
    "ED procedural sedation: the 2mg/ml midazolam was there for fitting pts, it was drawn up "
    "instead of 1mg/ml and given. Pt oversedated, flumazenil.",
    "ED resus, sedation for reduction of a dislocated elbow. Midazolam 10mg/2ml was drawn up as "
    "1mg/ml and 2ml given. The 10mg/2ml amps in the resus drawer are there for status "
    "epilepticus. Pt apnoeic, BVM and flumazenil.",
    "ED resus, procedural sedation for hip relocation. Midazolam 10mg/2ml from the resus drawer "
    "(the 10mg/2ml amps are only for status epilepticus) drawn up as if 1mg/ml, 3ml given. Pt "
    "apnoeic, flumazenil, bagged.",
]


@pytest.mark.parametrize("text", HIGH_STRENGTH_HELD_FOR_SEIZURES)
def test_ed_sedation_with_the_strength_held_for_seizures_is_never_event_8(text: str) -> None:
    assert never_event_codes(text) == ("8", None)


MIDAZOLAM_FOR_THE_SEIZURE_ITSELF = [
    "ED: midazolam 10mg/2ml given IM for status epilepticus as per the algorithm, no IV access. "
    "A student asked whether the high strength was an error - it was intended.",
    "ED resus: midazolam 10mg/2ml IM for status epilepticus, seizure stopped. No conscious "
    "sedation involved, correct strength for the indication.",
    "Ward 5: buccal midazolam 10mg given for a prolonged seizure as per care plan. Pt drowsy "
    "after, obs fine.",
]


@pytest.mark.parametrize("text", MIDAZOLAM_FOR_THE_SEIZURE_ITSELF)
def test_high_strength_midazolam_given_for_the_seizure_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


ANOTHER_DRUGS_HIGH_STRENGTH = [
    "Colonoscopy with midazolam 1mg/ml. Nurse picked the alfentanil 5mg/ml amp (theatre stock) "
    "rather than the 500mcg/ml, 1ml given. Pt apnoeic, naloxone given.",
    "OGD list, sedation with midazolam. The pethidine 50mg/ml was drawn up as if it were "
    "10mg/ml and 2ml given; RR 6, naloxone. The midazolam used was the correct 1 mg/ml.",
    "Bronch: ketamine 50mg/ml selected instead of 10mg/ml for the sedation alongside midazolam. "
    "1ml given, pt agitated and hypertensive. Midazolam itself was the usual 1mg/ml.",
]


@pytest.mark.parametrize("text", ANOTHER_DRUGS_HIGH_STRENGTH)
def test_another_drugs_high_strength_during_sedation_is_no_never_event_8(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_the_learned_model_may_not_name_8_for_another_drugs_high_strength() -> None:
    text = (
        "Sedation for ERCP. Alfentanil 5mg/ml (high-strength) was taken instead of the "
        "500mcg/ml, 1ml given. Midazolam was the correct 1mg/ml."
    )
    assert learned_finding_ruled_out(text, "8") == "the high strength another drug's"


MIDAZOLAMS_OWN_HIGH_STRENGTH = [
    (
        "Colonoscopy: midazolam 5mg/ml given instead of 1mg/ml, 3ml = 15mg, with fentanyl "
        "100mcg. Pt apnoeic, flumazenil.",
        ("8", None),
    ),
    (
        "Bronchoscopy, fentanyl 50mcg then midazolam 10mg/2ml drawn up neat believing it was "
        "1mg/ml and 2ml given. Flumazenil needed.",
        ("8", None),
    ),
    (
        "ERCP list: midazolam 2mg/ml ampoule picked up with the alfentanil, the second nurse saw "
        "the strength before it was drawn up. Not given, 1mg/ml used.",
        (None, "8"),
    ),
]


@pytest.mark.parametrize(("text", "codes"), MIDAZOLAMS_OWN_HIGH_STRENGTH)
def test_midazolams_own_high_strength_beside_another_drug_stays_8(
    text: str, codes: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == codes


STRONG_ELECTROLYTE_NOT_POTASSIUM = [
    "Renal ward. Sodium chloride 30% ampoule taken instead of 0.9% saline for a flush, 3ml given "
    "before pt felt burning. Na checked, normal.",
    "ITU: nurse reconstituted meropenem with sodium bicarbonate 8.4% thinking it was water for "
    "injection, and gave it IV. Pharmacy informed, no harm.",
    "Strong sodium chloride (5mmol/ml) was drawn up as a flush in error and given; pain at the "
    "cannula site, Na 144.",
]


@pytest.mark.parametrize("text", STRONG_ELECTROLYTE_NOT_POTASSIUM)
def test_a_strong_electrolyte_other_than_potassium_is_no_never_event_4(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_the_learned_model_may_not_name_4_with_no_potassium_named() -> None:
    text = "Sodium chloride 30% drawn up for a flush thinking it was 0.9%, given."
    assert learned_finding_ruled_out(text, "4") == "no potassium named"


STRONG_POTASSIUM_MISSELECTED = [
    (
        "AMU. KCl 15% ampoule drawn up as a 10ml flush thinking it was sodium chloride 0.9% and "
        "flushed. Pt c/o arm pain, K 6.1.",
        ("4", None),
    ),
    (
        "potasium cloride strong amp used instead of water for injection to reconstitute "
        "co-amoxiclav, given iv",
        ("4", None),
    ),
    (
        "Pot chloride amp picked instead of NaCl for a flush, drawn up, second nurse spotted it at "
        "the bedside. Not given.",
        (None, "4"),
    ),
]


@pytest.mark.parametrize(("text", "codes"), STRONG_POTASSIUM_MISSELECTED)
def test_strong_potassium_misselected_keeps_its_outcome(
    text: str, codes: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == codes


FLUSH_MEANT_AFTER_ANOTHER_DRUG = [
    "Labour ward theatre. ODP drew up 10ml to flush the line after the antibiotic bolus, from a "
    "KCl concentrate ampoule thought to be saline. Anaesthetist read the ampoule before it was "
    "connected, not given.",
    "Recovery: I drew up 5ml to flush the cannula after the ondansetron bolus from what I "
    "believed was saline; the amp was strong potassium chloride. Caught by the second nurse "
    "before connection and discarded.",
    "Day surgery: HCA drew up a flush to give after the IV paracetamol infusion, picking "
    "potassium chloride concentrate instead of sodium chloride 0.9%. Spotted by the RN before "
    "it was attached. Nothing given.",
]


@pytest.mark.parametrize("text", FLUSH_MEANT_AFTER_ANOTHER_DRUG)
def test_potassium_drawn_up_to_flush_after_another_drug_and_caught_is_a_near_miss(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, "4")


FLUSH_GIVEN = [
    "Flush drawn up from a KCl 15% ampoule thought to be saline. Pt developed VT during the "
    "flush, arrest call.",
    "KCl concentrate was used by mistake as the saline flush after the cefuroxime bolus; pt "
    "complained of severe arm pain during the flush.",
]


@pytest.mark.parametrize("text", FLUSH_GIVEN)
def test_a_potassium_flush_told_given_stays_never_event_4(text: str) -> None:
    assert never_event_codes(text) == ("4", None)
