"""Theatre and endoscopy situations the rules read (H62): a procedure the patient declined
done anyway (never event 1), a booking or list written from another patient's or an earlier
one and caught at the day-of checks (near miss 1), the operator gone to the wrong person's bay
and the procedure done (never event 1), a throat pack or swab found while the end of the
procedure was still to come ("about to extubate": near miss 3), and a film's shadow told to
the patient as "something left inside" that proved to be a gown stud (null)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.classifier.outcomes import rule_never_event_codes

DEV = Path(__file__).resolve().parents[2] / "services" / "classifier" / "evaluation" / "dev.jsonl"
STRUCTURED = ("service_type", "specialty", "location_type")


def _dev(record_id: str) -> tuple[str, dict[str, str]]:
    """The narrative and structured fields of one dev record."""
    for line in DEV.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["id"] == record_id:
            return record["description"], {k: record[k] for k in STRUCTURED if record.get(k)}
    raise LookupError(record_id)


#: A procedure the patient declined or had struck off the consent, done anyway: never event 1.
DECLINED_PROCEDURE_DONE = [
    (
        "Elective LSCS. Woman had declined sterilisation at her antenatal appointment and "
        "this was documented. Theatre list still said LSCS + BTL. Bilateral Filshie clips "
        "applied after closure of the uterus. Found when op note reviewed on the ward."
    ),
    (
        "Pt refused the episiotomy during second stage, documented by the midwife. Episiotomy "
        "performed by the registrar at delivery. Woman very upset, DoC done."
    ),
    (
        "At pre-op clinic pt declined circumcision and wanted only the frenuloplasty. Consent "
        "form had circumcision crossed out and initialled. Circumcision done in theatre. Pt "
        "informed post op, SI."
    ),
    (
        "Caesarean section cat 3. Woman refused a coil at section, written on the plan. "
        "Mirena IUS inserted at the end of the section by the reg. Found at her postnatal "
        "check."
    ),
]

#: A procedure declined and not done, consented anew, or another procedure done: no never event.
DECLINED_PROCEDURE_NOT_DONE = [
    (
        "Elective LSCS. Sterilisation discussed antenatally and declined. LSCS performed "
        "uneventfully, no BTL done."
    ),
    (
        "Woman initially declined sterilisation at 36/40 but changed her mind and was "
        "reconsented at 38/40. BTL performed with Filshie clips at LSCS."
    ),
    ("Pt declined a spinal anaesthetic, GA performed for the LSCS. Uneventful."),
    (
        "Pt refused the blood transfusion, Jehovahs witness. Cell salvage used during the "
        "LSCS, procedure performed without issue."
    ),
]

#: A list or booking written from another's and caught at the day-of checks: near miss 1.
COPIED_RECORD_CAUGHT = [
    (
        "Colonoscopy list: pt booked as 'colonoscopy + polypectomy + EMR' as the admin had "
        "copied the booking from the patient before. Referral was for a screening colonoscopy "
        "only. Picked up at the WHO time out, EMR kit put away. Colonoscopy only done."
    ),
    (
        "The theatre list had been copied from last week's list and still said 'R TKR' for "
        "this pt, who was for L TKR on consent and clinic letter. Noticed at sign in before "
        "anything was done."
    ),
    (
        "Urology list printed with 'cysto + stent removal' which was pasted from another "
        "patient's entry; this pt was for flexi cysto only. Spotted at team brief, list "
        "corrected."
    ),
]

#: Another patient's copy filed, a template letter, or the copy put right ahead of the day: null.
COPIED_OR_OTHER_PAPER_KEPT = [
    (
        "A copy of another patient's consent form was found filed in the notes. The list and "
        "this patient's own consent were correct. Moved to the right notes."
    ),
    (
        "Booking team used a template letter which had the wrong clinic address; pt attended "
        "the wrong site. Seen later the same day."
    ),
    (
        "The wrong side was written on the list after the booking clerk copied from the "
        "previous patient. Picked up at pre-op assessment the week before and corrected; "
        "nothing done on the day."
    ),
]

#: The operator gone to the wrong person's bay or bed and the procedure done: never event 1.
OPERATOR_AT_THE_WRONG_BAY_DID_IT = [
    (
        "Day unit: the reg went to bed 4 with the consent form for the pt in bed 5 and asked "
        "'are you here for your liver biopsy'. Pt said yes. ID not checked. Liver biopsy "
        "performed on the bed 4 pt. Error found when bed 5 pt asked about his."
    ),
    (
        "Haematology day unit. Mrs X (bay 1) was in for a venesection, Mrs Y (bay 4) "
        "for bone marrow. Registrar went to bay 1 and the bone marrow aspirate and trephine "
        "was performed on Mrs X without checking her wristband. Found when Mrs Y asked. DoC."
    ),
    (
        "Outpatient procedure unit. The consultant went to cubicle 3 instead of cubicle 2 and "
        "did not check ID. Punch biopsy taken from the pt in cubicle 3, who was there for a "
        "wound check. Pt informed, DoC."
    ),
]

#: The operator at the wrong bay, stopped at the identity check: near miss 1.
OPERATOR_AT_THE_WRONG_BAY_STOPPED = [
    (
        "Day unit: the reg went to bay 2 with the consent form for Mr B in bay 3. Wristband "
        "checked before starting and names did not match, stopped. Mr B then had his bone "
        "marrow biopsy."
    ),
    (
        "Endoscopy unit. Endoscopist went to bay 6 with the OGD consent for the pt in bay 7 and "
        "sedation drawn up. At the time out the wristband was read and did not match, stopped "
        "before any sedation. Correct pt in bay 7 then scoped."
    ),
]

#: An item found with the ending step about to be done (extubation, closure): near miss 3.
FOUND_BEFORE_THE_END = [
    (
        "Dental GA list. Anaesthetist was about to extubate when the scrub nurse said the "
        "throat pack was still on the count board. Pack found in the oropharynx and removed, "
        "then extubated."
    ),
    (
        "ENT case ending, the surgeon was preparing to close when the swab count was one "
        "short. Swab found in the wound and removed, count then correct, wound closed."
    ),
    (
        "End of septoplasty, about to reverse and wake when the ODP asked about the throat "
        "pack. Still in situ on laryngoscopy, removed before extubation."
    ),
]

#: A throat pack found after extubation and leaving theatre: never event 3.
FOUND_AFTER_THE_END = [
    (
        "Maxfax list. Pt extubated in theatre and taken to recovery. Recovery nurse noticed "
        "the throat pack in the mouth 10 mins later and removed it. Pt well."
    ),
    (
        "Throat pack left in after tonsillectomy, pt extubated and went to the ward. Found at "
        "the back of the throat the next morning when pt coughed it up."
    ),
]

#: A film's shadow told as maybe an item left in, proved a gown stud or fastener: null.
SHADOW_PROVED_EXTERNAL = [
    (
        "Post op AXR after laparotomy had a small round radio-opaque density over the R "
        "flank. The pt was told a swab might have been left inside before the film was "
        "reviewed. Radiologist confirmed it was a metal stud on the pt's gown. Pt reassured."
    ),
    (
        "CXR following a sternotomy showed a round opaque object over the L chest. The SHO "
        "told the family 'it looks like something might have been left inside'. On review it "
        "is a press stud on the hospital gown. Apology given for the distress."
    ),
    (
        "Post-op film after hip replacement showed a metallic object overlying the thigh, "
        "nurse told pt something may have been left in. Film repeated with the gown removed: "
        "it was a fastener on the gown."
    ),
]

#: A shadow confirmed as a retained item: never event 3.
SHADOW_PROVED_RETAINED = [
    (
        "Post op CXR after lap nephrectomy showed a swab marker overlying the L abdomen. CT "
        "confirmed a retained swab in the abdomen, pt back to theatre for removal."
    ),
    (
        "Post op AXR showed a radio-opaque object in the pelvis. The pt asked whether "
        "something might have been left inside. CT confirmed a retained needle, removed at "
        "laparoscopy."
    ),
]


@pytest.mark.parametrize(
    ("record_id", "codes"),
    [
        ("dev-177323", ("1", None)),
        ("dev-177344", (None, "1")),
        ("dev-177362", (None, "3")),
        ("dev-177375", (None, None)),
        ("dev-176353", ("1", None)),
    ],
)
def test_the_dev_narratives_are_read_by_the_rules(
    record_id: str, codes: tuple[str | None, str | None]
) -> None:
    text, fields = _dev(record_id)
    assert rule_never_event_codes(text, **fields) == codes


@pytest.mark.parametrize("text", DECLINED_PROCEDURE_DONE)
def test_declined_procedure_done_is_never_event_1(text: str) -> None:
    assert rule_never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", DECLINED_PROCEDURE_NOT_DONE)
def test_declined_procedure_not_done_or_reconsented_is_nothing(text: str) -> None:
    assert rule_never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", COPIED_RECORD_CAUGHT)
def test_record_copied_from_another_caught_at_the_checks_is_near_miss_1(text: str) -> None:
    assert rule_never_event_codes(text) == (None, "1")


@pytest.mark.parametrize("text", COPIED_OR_OTHER_PAPER_KEPT)
def test_other_papers_copies_and_templates_stay_null(text: str) -> None:
    assert rule_never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", OPERATOR_AT_THE_WRONG_BAY_DID_IT)
def test_operator_gone_to_the_wrong_bay_and_procedure_done_is_never_event_1(text: str) -> None:
    assert rule_never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", OPERATOR_AT_THE_WRONG_BAY_STOPPED)
def test_operator_at_the_wrong_bay_stopped_at_the_check_is_near_miss_1(text: str) -> None:
    assert rule_never_event_codes(text) == (None, "1")


VISITS_WITH_NO_PROCEDURE = [
    "Nurse went to bed 4 and did the obs of the pt in bed 5 in error, obs "
    "repeated on the right pt.",
    "Nurse went to bed 4 to do obs on the pt from bed 5 in error, no procedure done, "
    "pts reassured.",
]


@pytest.mark.parametrize("text", VISITS_WITH_NO_PROCEDURE)
def test_a_visit_to_the_wrong_bed_with_no_procedure_is_nothing(text: str) -> None:
    assert rule_never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", FOUND_BEFORE_THE_END)
def test_item_found_with_the_ending_step_about_to_be_done_is_near_miss_3(text: str) -> None:
    assert rule_never_event_codes(text) == (None, "3")


@pytest.mark.parametrize("text", FOUND_AFTER_THE_END)
def test_throat_pack_found_after_extubation_is_never_event_3(text: str) -> None:
    assert rule_never_event_codes(text) == ("3", None)


@pytest.mark.parametrize("text", SHADOW_PROVED_EXTERNAL)
def test_shadow_told_as_maybe_left_in_proved_a_gown_stud_is_nothing(text: str) -> None:
    assert rule_never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", SHADOW_PROVED_RETAINED)
def test_shadow_confirmed_as_a_retained_item_is_never_event_3(text: str) -> None:
    assert rule_never_event_codes(text) == ("3", None)
