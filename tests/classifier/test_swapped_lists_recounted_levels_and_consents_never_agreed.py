"""Batch 109's wrong-patient-procedure and wrong-site near misses (engine: procedure_of_another,
digit_told, paperwork_catch):

- two labelled patients listed with their procedures ("pt X targeted liver lesion biopsy, pt Y
  native renal biopsy"), one prepped, draped or positioned for the other's procedure and caught
  before the first invasive step: near miss 1 (dev-181353); done on them: never event 1;
- another labelled patient's procedure told by their own records ("the surgeon had pt B's notes
  open (hysteroscopy + NovaSure endometrial ablation)") and done on this one: never event 1
  (dev-181364);
- a localiser's level read as the planned one and marked, the recount finding it at another
  level, caught before incision: near miss 1 (dev-181338); a recount that agrees, or a
  localiser moved as the check went on, is nothing;
- a consent read out at the day-of checks holding a procedure the patient says she never agreed
  to, or copied from another patient's entry, and put right: near miss 1 (dev-181404); a wish
  changed on the day is nothing.

Each group keeps its close contrasts' old readings."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

# ----------------------------------------- another patient's procedure set up on this one

ANOTHER_PATIENTS_PROCEDURE_SET_UP = [
    pytest.param(
        "IR. Two image guided biopsies this morning: pt X targeted liver lesion biopsy, pt Y "
        "native renal biopsy ?GN. Pt Y was brought into room 2, positioned supine, RUQ prepped "
        "and draped and lidocaine drawn up for the liver biopsy. At time out the radiographer "
        "read the request card aloud and it said renal. Stopped before any LA. Pt Y "
        "repositioned prone and the correct renal biopsy done after a full re-check. The room "
        "2 list had the two pts' procedures swapped (lists printed from two different "
        "systems).",
        {"service_type": "1", "specialty": "140", "location_type": "4"},
        id="dev-181353",
    ),
    pytest.param(
        "IR list: pt A CT guided lung biopsy, pt B liver biopsy. Pt B brought into the CT "
        "room, positioned prone and the back prepped and draped for the lung biopsy. At the "
        "time out the request form said liver. Stopped before any local anaesthetic, pt B "
        "turned and the liver biopsy done.",
        {},
        id="lung-for-liver",
    ),
    pytest.param(
        "Endoscopy: patient 1 colonoscopy, patient 2 OGD. Patient 2 was positioned on her "
        "left side and prepped for the colonoscopy. Noticed at the safety pause when the nurse "
        "read the request, nothing done. OGD then performed.",
        {},
        id="colonoscopy-for-ogd",
    ),
    pytest.param(
        "Day surgery list: pt 1 excision of lipoma back, pt 2 carpal tunnel release. Pt 2 "
        "positioned prone and her back was prepped for the lipoma excision. Picked up at time "
        "out before any incision. Carpal tunnel release done as planned.",
        {},
        id="lipoma-for-carpal-tunnel",
    ),
]

ANOTHER_PATIENTS_PROCEDURE_SET_UP_CONTRASTS = [
    # prepped for the patient's own procedure: nothing
    pytest.param(
        "IR list: pt A CT guided lung biopsy, pt B liver biopsy. Pt B positioned supine, RUQ "
        "prepped and draped for the liver biopsy. Time out done, liver biopsy done, no "
        "complications.",
        (None, None),
        id="own-procedure-prepped",
    ),
    # kit set up for the other procedure, nothing done on the patient (as swpc2): nothing
    pytest.param(
        "IR list: pt A CT guided lung biopsy, pt B liver biopsy. Scrub nurse set up the trolley "
        "for the lung biopsy for pt B; noticed at time out, trolley changed and pt B had the "
        "liver biopsy.",
        (None, None),
        id="kit-only",
    ),
    # prepped for the other's procedure and it was done: never event 1
    pytest.param(
        "IR list: pt A CT guided lung biopsy, pt B liver biopsy. Pt B positioned prone and "
        "prepped for the lung biopsy. Not noticed at time out and the lung biopsy was done on "
        "pt B.",
        ("1", None),
        id="other-procedure-done",
    ),
]


@pytest.mark.parametrize(("text", "fields"), ANOTHER_PATIENTS_PROCEDURE_SET_UP)
def test_a_patient_prepped_for_another_patients_procedure_and_stopped_is_near_miss_1(
    text: str, fields: dict[str, str]
) -> None:
    assert never_event_codes(text, **fields) == (None, "1")


@pytest.mark.parametrize(("text", "expected"), ANOTHER_PATIENTS_PROCEDURE_SET_UP_CONTRASTS)
def test_own_procedure_prepped_kit_only_or_the_other_procedure_done_keep_their_readings(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


# ------------------------------- another patient's procedure told by their records, done here

ANOTHER_PATIENTS_RECORDED_PROCEDURE_DONE = [
    pytest.param(
        "INCIDENT TYPE: Treatment/procedure. WHAT HAPPENED: Gynae day case theatre 5, list "
        "order changed twice during the morning. Pt A (34yrs, listed for hysteroscopy, "
        "polypectomy and Mirena insertion) was sent for as 3rd case but the surgeon had pt B's "
        "notes open (hysteroscopy + NovaSure endometrial ablation, family complete). Time out "
        "was done from the whiteboard which still had the original order on it. Endometrial "
        "ablation carried out on pt A. Error identified at sign out when scrub nurse went to "
        "record the Mirena batch no. IMMEDIATE ACTION: Consultant informed pt A when fully "
        "awake with partner present. She was hoping for another pregnancy and ablation is not "
        "compatible with this, she is very distressed. Pt B's procedure postponed. HARM: "
        "severe. FOLLOW UP: never event declared, SI panel 14/11, DoC done verbally + letter. "
        "LEARNING: list changes to be re-printed and the board wiped, notes to travel with the "
        "pt not stay on the desk.",
        {
            "service_type": "1",
            "specialty": "46",
            "location_type": "4",
            "reporter_never_event": True,
            "reporter_never_event_type": "1",
        },
        id="dev-181364",
    ),
    pytest.param(
        "Gynae list. Pt A listed for hysteroscopy and Mirena. The team had pt B's consent form "
        "out (hysteroscopy and endometrial ablation). Endometrial ablation performed on pt A. "
        "Noticed at sign out.",
        {},
        id="consent-form-out",
    ),
    pytest.param(
        "Urology list. Patient 1 listed for flexible cystoscopy. The surgeon was reading "
        "patient 2's notes (TURBT). TURBT performed on patient 1 in error.",
        {},
        id="notes-read",
    ),
]

ANOTHER_PATIENTS_RECORDED_PROCEDURE_CONTRASTS = [
    pytest.param(
        "Gynae list. Pt A listed for hysteroscopy and Mirena. The surgeon had pt B's notes open "
        "(hysteroscopy and endometrial ablation). Realised at time out, pt A had the "
        "hysteroscopy and Mirena as planned.",
        id="own-procedure-done",
    ),
    pytest.param(
        "Pt A listed for hysteroscopy + mirena, pt B's notes said hysteroscopy + ablation. pt A "
        "had the mirena, pt B had the ablation. No issues.",
        id="each-their-own",
    ),
]


@pytest.mark.parametrize(("text", "fields"), ANOTHER_PATIENTS_RECORDED_PROCEDURE_DONE)
def test_another_patients_procedure_told_by_their_notes_done_here_is_never_event_1(
    text: str, fields: dict[str, object]
) -> None:
    assert never_event_codes(text, **fields) == ("1", None)


@pytest.mark.parametrize("text", ANOTHER_PATIENTS_RECORDED_PROCEDURE_CONTRASTS)
def test_each_patient_having_their_own_procedure_is_nothing(text: str) -> None:
    assert never_event_codes(text) == (None, None)


# ------------------------------------------------ a level misread and marked, recounted

LEVEL_MISREAD_RECOUNTED = [
    pytest.param(
        "Radiographer, spinal theatre. Pt for L4/5 microdiscectomy. Marker needle placed in the "
        "paraspinal muscle and I screened the lateral. Surgeon read it as L4/5 and marked the "
        "skin. I recounted from the sacrum and it was at L3/4 (image slightly rotated). Said "
        "so; AP and lateral repeated and surgeon agreed, needle moved down a level and "
        "confirmed on a second image before incision. No incision at the wrong level.",
        {"service_type": "1", "specialty": "207", "location_type": "4"},
        id="dev-181338",
    ),
    pytest.param(
        "Spinal list, L4/5 microdiscectomy. Marker needle inserted and lateral screened. "
        "Registrar read the image as L4/5 and marked the skin. Radiographer recounted from the "
        "sacrum and the needle was at L3/4. Mark moved down a level before incision.",
        {},
        id="needle-was-at",
    ),
    pytest.param(
        "Pt for L5/S1 discectomy. Localising needle placed, surgeon called it L5/S1 and drew "
        "the incision line. On recount from the sacrum it was actually at L4/5. Level "
        "corrected before knife to skin.",
        {},
        id="level-corrected",
    ),
    pytest.param(
        "C5/6 ACDF. Marker needle placed, image read as C5/6 and skin marked. The radiographer "
        "recounted from C2 and it was at C4/5. Needle resited and confirmed before incision, no "
        "harm.",
        {},
        id="cervical-resited",
    ),
]

LEVEL_MISREAD_CONTRASTS = [
    # the recount agreeing with the plan: nothing
    pytest.param(
        "Pt for L4/5 microdiscectomy. Marker needle placed and lateral screened. Surgeon read "
        "it as L4/5 and marked the skin. I recounted from the sacrum and agreed it was at L4/5. "
        "Proceeded.",
        (None, None),
        id="recount-agrees",
    ),
    pytest.param(
        "Pt for L4/5 microdiscectomy. Marker needle placed, lateral screened, counted from the "
        "sacrum, needle at L4/5. Skin marked and incision made.",
        (None, None),
        id="counted-right",
    ),
    # the localiser moved as the check went on: nothing
    pytest.param(
        "L4/5 decompression. Marker needle placed at L3/4 on first image, moved down one level "
        "after counting from the sacrum and confirmed at L4/5. Proceeded.",
        (None, None),
        id="localiser-moved",
    ),
    # the misread level operated on: never event 1
    pytest.param(
        "Pt for L4/5 microdiscectomy. Marker needle placed and lateral screened. Surgeon read "
        "it as L4/5 and marked the skin. Incision and discectomy done. Post op MRI showed the "
        "discectomy at L3/4; on recount of the intra-op image the needle had been at L3/4.",
        ("1", None),
        id="wrong-level-operated",
    ),
]


@pytest.mark.parametrize(("text", "fields"), LEVEL_MISREAD_RECOUNTED)
def test_a_level_misread_and_marked_then_recounted_before_incision_is_near_miss_1(
    text: str, fields: dict[str, str]
) -> None:
    assert never_event_codes(text, **fields) == (None, "1")


@pytest.mark.parametrize(("text", "expected"), LEVEL_MISREAD_CONTRASTS)
def test_a_recount_that_agrees_a_localiser_moved_or_the_wrong_level_operated_keep_readings(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


# ------------------------------ a consent the patient never agreed to, caught at the checks

CONSENT_NEVER_AGREED_CAUGHT = [
    pytest.param(
        "Obstetric theatre, elective CS list. At WHO sign in the consent form read 'LSCS and "
        "bilateral tubal ligation (Filshie clips)'. When the anaesthetist read it out, the "
        "woman said she had never agreed to be sterilised. Notes reviewed - the consent had "
        "been written in antenatal clinic by a registrar from text copied from the previous "
        "woman's entry. Re-consented for LSCS only. Proceeded uneventfully. Woman "
        "understandably upset. Obs consultant to speak to the registrar.",
        {"service_type": "19", "specialty": "65", "location_type": "4"},
        id="dev-181404",
    ),
    pytest.param(
        "Elective CS list. At sign in the consent form read 'LSCS and bilateral tubal "
        "ligation'. When the anaesthetist read it out, the woman said she had never agreed to "
        "be sterilised. Re-consented for LSCS only. Proceeded uneventfully.",
        {},
        id="denied-only",
    ),
    pytest.param(
        "Elective section. Consent form said LSCS + sterilisation (Filshie clips). At the WHO "
        "sign in the patient stated she had not consented to sterilisation. Consent redone for "
        "LSCS alone.",
        {},
        id="not-consented",
    ),
    pytest.param(
        "Day case list. At sign in the consent form read 'hysteroscopy and Mirena insertion'. "
        "Pt said she had never discussed a Mirena with anyone and did not want one. Consent "
        "amended to hysteroscopy only.",
        {},
        id="never-discussed",
    ),
    pytest.param(
        "Elective CS. Consent had been written in clinic by the registrar using text copied "
        "over from the previous patient's entry, including 'bilateral tubal ligation'. Picked "
        "up at sign in, re-consented for LSCS only.",
        {},
        id="copied-from-previous-patient",
    ),
]

CONSENT_NEVER_AGREED_CONTRASTS = [
    # the patient's wish changed on the day: nothing
    pytest.param(
        "Elective CS list. At sign in the consent form read 'LSCS and bilateral tubal "
        "ligation'. The woman said she had changed her mind and no longer wanted to be "
        "sterilised. Re-consented for LSCS only.",
        id="changed-her-mind",
    ),
    # the consent confirmed: nothing
    pytest.param(
        "Elective CS list. At sign in the consent form read 'LSCS and bilateral tubal ligation' "
        "and the woman confirmed she wanted both. Proceeded.",
        id="confirmed",
    ),
    # the denial told only after the clips went on, nothing put right: no near miss
    pytest.param(
        "Elective CS. At sign in the consent form read 'LSCS and bilateral tubal ligation'. "
        "Nobody questioned it. Filshie clips applied to both tubes. Post op the woman said she "
        "had never agreed to be sterilised.",
        id="denied-after-the-clips",
    ),
]


@pytest.mark.parametrize(("text", "fields"), CONSENT_NEVER_AGREED_CAUGHT)
def test_a_consent_the_patient_never_agreed_to_put_right_at_the_checks_is_near_miss_1(
    text: str, fields: dict[str, str]
) -> None:
    assert never_event_codes(text, **fields) == (None, "1")


@pytest.mark.parametrize("text", CONSENT_NEVER_AGREED_CONTRASTS)
def test_a_wish_changed_a_consent_confirmed_or_a_denial_after_the_act_is_no_near_miss(
    text: str,
) -> None:
    assert never_event_codes(text)[1] is None
