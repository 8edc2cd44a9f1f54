"""Round 28 (never events 1 to 8 and 12): framework exclusions named in a report only to be
denied, categories and kinds of incident named without being the event, and an area or a
state that is not where or what the event was.

- "No wrong site, retained item or implant incidents occurred" names kinds of incident to say
  none happened; teaching notes that say "no local incidents were discussed" tell of no event.
- "Falls outside the non-cancer methotrexate never event" names the category: its "non-cancer"
  is no indication that lifts the cancer exclusion.
- Unexpected anatomy "known from the report", an implant change "not an intentional clinical
  change (no decision was made to change the size)", and "not an unintended ABO-incompatible
  transplant" deny what they name.
- A hospice the patient came from, or high strength stock kept for status epilepticus or left
  from a GA list, is not the area where conscious sedation was given.
- "The epidural line had not yet been labelled" is paperwork, and "CVC removed before
  discharge" a line out in routine care: neither is a catch.
- "Recorded as a maternity complication and not as a retained foreign object" names the kind
  of incident the report is not.

Each suppressing reading is paired with narratives where its words appear in an innocent role
and the never event still reached the patient.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


def test_kinds_of_incident_said_not_to_have_happened_are_no_event() -> None:
    text = (
        "Quarterly theatre safety report: 240 cases observed. No wrong site, retained swab or "
        "wrong implant incidents occurred in the quarter. Two late starts were due to staffing."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Swab left in the abdomen after a laparotomy, seen on CT day 4 and removed in "
            "theatre. No other incidents occurred on the list that day.",
            "3",
        ),
        (
            "No incidents had occurred on this unit for a year until today: the wrong knee was "
            "operated on, consent and marking R knee, L knee arthroscopy done.",
            "1",
        ),
        (
            "Guidewire left in after a femoral line, CXR next day showed it in the IVC. The "
            "unit says no retained guidewire incidents had occurred in the previous 2 years.",
            "3",
        ),
    ],
)
def test_event_beside_a_statement_that_no_incidents_occurred(text: str, expected: str) -> None:
    assert never_event_codes(text)[0] == expected


def test_teaching_notes_with_no_local_incident_are_no_event() -> None:
    text = (
        "Teaching session for F1 doctors on wrong route errors. We covered vincristine given "
        "intrathecally in past UK cases and oral morphine solution injected into IV lines. "
        "Case studies came from national alerts. No local incidents were discussed."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Vincristine given intrathecally in error on the haematology day unit, pt transferred "
        "to neurosurgery. At the governance meeting no other incidents were discussed.",
        "Oramorph 10mg drawn up in a Luer syringe and pushed into the IV cannula, pt drowsy. No "
        "patient incidents of this kind were discussed at the last safety huddle.",
        "Epidural bupivacaine bag connected to the IV line on labour ward, woman had tingling "
        "lips. Local incidents were discussed at the huddle afterwards.",
    ],
)
def test_wrong_route_beside_words_about_incidents_discussed(text: str) -> None:
    assert never_event_codes(text)[0] == "5"


def test_cancer_methotrexate_beside_the_never_event_title_is_excluded() -> None:
    text = (
        "Paediatric oncology M&M. Child with ALL on maintenance chemotherapy had oral "
        "methotrexate given daily instead of weekly for 4 days, mucositis. The panel agreed "
        "this falls outside the non-cancer methotrexate never event."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Pt with rheumatoid arthritis (breast cancer 10 years ago, in remission) given "
        "methotrexate 15mg daily for 3 days instead of weekly. Declared as a non-cancer "
        "methotrexate never event.",
        "Psoriasis pt: methotrexate 10mg labelled as daily by the oncology pharmacy in error, "
        "she took it daily for 5 days. Reported as the non-cancer methotrexate never event.",
        "Crohn's pt on the ward next to the chemotherapy suite given methotrexate 25mg daily "
        "for 3 days instead of weekly. Non-cancer methotrexate never event declared.",
    ],
)
def test_non_cancer_methotrexate_overdose_beside_its_title_stays(text: str) -> None:
    assert never_event_codes(text)[0] == "7"


def test_anatomy_known_from_the_report_is_no_unexpected_anatomy() -> None:
    text = (
        "Spinal M&M. Wrong level discectomy: listed for L4/5, the discectomy was done at L3/4. "
        "The transitional vertebra was known from the MRI report; the level was counted "
        "from the top on the image."
    )
    assert never_event_codes(text)[0] == "1"


def test_anatomy_unexpected_stays_excluded() -> None:
    text = (
        "Discectomy done at L3/4 instead of L4/5 due to unexpected transitional anatomy not "
        "visible on the pre op imaging, found on the post op MRI."
    )
    assert never_event_codes(text) == (None, None)


def test_implant_change_denied_as_intentional_is_a_wrong_implant() -> None:
    text = (
        "Plastics after action review. Plan was 350cc implants both sides. The left implant "
        "inserted was 400cc. The intra-operative note records the decision to use 350cc on "
        "both sides; the review found the 400cc was not an intentional change: no decision "
        "was made to change the size."
    )
    assert never_event_codes(text)[0] == "2"


def test_implant_change_made_on_purpose_stays_excluded() -> None:
    text = (
        "Plan was 350cc implants. The surgeon decided intra-operatively to use 400cc on the left "
        "because of the pocket size, documented in the op note at the time."
    )
    assert never_event_codes(text) == (None, None)


def test_planned_abo_incompatible_transplant_denied_as_unintended_is_excluded() -> None:
    text = (
        "Transplant governance minutes. ABO-incompatible living donor kidney transplant, group O "
        "recipient, group A donor, desensitisation with plasma exchange to protocol. The group "
        "noted this was a planned ABO-incompatible transplant and not an unintended "
        "ABO-incompatible transplant."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Unintended ABO-incompatible kidney transplant: a group A kidney went into a group O "
        "recipient, the donor group had been transcribed wrongly. Plasma exchange started.",
        "Group A red cells transfused to a group O patient, an unintended ABO-incompatible "
        "transfusion. Plasma exchange was considered by haematology.",
        "It was not a planned ABOi transplant: the group B kidney went into a group O recipient "
        "by mistake and desensitisation was started afterwards.",
    ],
)
def test_unplanned_abo_incompatibility_beside_treatment_words_stays(text: str) -> None:
    assert never_event_codes(text)[0] == "12"


def test_hospice_patient_sedated_in_radiology_is_not_palliative_use() -> None:
    text = (
        "Pt from the local hospice attended radiology for a nephrostomy under conscious "
        "sedation. Midazolam drawn up from a 5mg/ml ampoule instead of 1mg/ml and 2ml given. "
        "Pt stayed rousable. Hospice team informed."
    )
    assert never_event_codes(text)[0] == "8"


def test_high_strength_midazolam_in_the_hospice_syringe_driver_stays_excluded() -> None:
    text = (
        "Hospice inpatient unit: midazolam 10mg/2ml used in the syringe driver for terminal "
        "agitation, as per the palliative care guideline."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ED procedural sedation for a hip reduction. Resus stocks midazolam 5 mg/ml for the "
            "treatment of status epilepticus; the nurse drew up 2 ml of it believing it was "
            "1 mg/ml and gave it. Pt apnoeic, flumazenil given.",
            ("8", None),
        ),
        (
            "IR suite, conscious sedation for a biopsy. Midazolam drawn up from a 10 mg/2 ml "
            "ampoule left in the IR anaesthetic room after a GA list. The radiographer spotted "
            "the ampoule strength before it was given, syringe discarded.",
            (None, "8"),
        ),
    ],
)
def test_high_strength_stock_kept_for_another_use_is_not_the_sedation_area(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


def test_high_strength_midazolam_for_status_epilepticus_stays_excluded() -> None:
    text = "Resus: midazolam 10mg/2ml given IV for status epilepticus, seizure stopped."
    assert never_event_codes(text) == (None, None)


def test_label_not_yet_made_is_no_catch() -> None:
    text = (
        "Labour ward. The midwife connected the epidural infusion bag (levobupivacaine and "
        "fentanyl) to the IV cannula giving set; the epidural line had not yet been labelled. "
        "Woman complained of tingling lips 15 minutes later and the infusion was stopped."
    )
    assert never_event_codes(text) == ("5", None)


def test_infusion_not_yet_started_is_still_a_catch() -> None:
    text = (
        "Epidural bag connected to the IV line in error but the pump had not yet been started; "
        "noticed by the second midwife and disconnected."
    )
    assert never_event_codes(text) == (None, "5")


def test_line_removed_before_discharge_is_no_catch() -> None:
    text = (
        "Care home resident readmitted with breathlessness. CXR reported a linear radio-opaque "
        "foreign body over the heart, likely a retained guidewire. She had a R IJ CVC in ED 6 "
        "weeks ago, removed before discharge with no imaging."
    )
    assert never_event_codes(text) == ("3", None)


def test_item_removed_before_closure_is_still_a_catch() -> None:
    text = (
        "Closing count one swab short. Swab found behind the uterus and removed before "
        "closure, count then correct."
    )
    assert never_event_codes(text) == (None, "3")


def test_kind_of_incident_the_report_says_it_is_not_is_no_event() -> None:
    text = (
        "Manual removal of placenta in theatre after delivery. Day 8 secondary PPH, scan showed "
        "retained placental tissue, ERPC done. Recorded as retained placental tissue and not as "
        "a retained foreign object."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Vaginal swab found on day 3 after the perineal repair and removed by the community "
        "midwife. Reported as a retained foreign object and not as a wound infection.",
        "Swab left in the uterus at caesarean section, found on the scan for suspected "
        "retained placental tissue on day 5 and removed in theatre.",
        "Guidewire left in the IVC after a CVC, seen on the CT a month later. First coded as a "
        "line complication rather than as a never event, then recoded as a retained object.",
    ],
)
def test_retained_item_beside_words_about_its_category_stays(text: str) -> None:
    assert never_event_codes(text)[0] == "3"
