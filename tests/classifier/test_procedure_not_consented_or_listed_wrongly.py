"""A wrong procedure told by what was consented and what was done, or by what the list said.

- A further procedure done that the patient (or parent) never consented to, told as not
  consented, not asked or beyond a consent "only" for the planned one: a wrong procedure,
  never event 1.
- A procedure written wrongly on the list against the referral or consent and caught at the
  procedure room's check before anything was done: near miss 1, even when the patient had
  taken the preparation at pre-assessment (the prep is no procedure begun, the pre-assessment
  no catch ahead of the day).

Look-alikes stay as they are: an extra step consented as possible, an extension in an
emergency or in the patient's interest documented and agreed, a change of plan agreed with
the patient, a booking put right ahead of the day, a consent form merely missing, a procedure
declined and not done.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

UNCONSENTED = [
    "Day surgery, pt listed + consented for L inguinal hernia repair only. Surgeon also excised "
    "a lipoma from the groin while there. Pt had not consented to this, found out at discharge.",
    "child booked for tonsillectomy. consent from dad was for tonsils only. ENT reg also "
    "performed an adenoidectomy under the same GA. parents not asked. complaint received.",
    "Cystoscopy + biopsy on the consent form. Consultant also did a TURBT of a second area. "
    "This was not consented and the patient was unhappy when told.",
    "Pt consented for excision of one BCC on the nose. Dermatology SpR also removed a mole "
    "from the cheek without consent. Raised by the patient at follow up.",
    "Pt went in for a hysteroscopy. Surgeon additionally performed an endometrial ablation that "
    "she had not agreed to. Not on the consent form. DATIX by ward sister.",
    "EUA and grommets listed for this 3yo. Surgeon also carried out adenoidectomy 'as he was "
    "asleep anyway', mum wasnt asked. Op note documents it.",
    "pt consented only for a diagnostic knee arthroscopy, but the surgeon also undertook a "
    "partial meniscectomy - the procedure was not consented.",
    "Consent for colonoscopy only. Endoscopist also performed a polypectomy of a 25mm polyp, pt "
    "had specifically declined polyp removal on the consent. Reported by the nurse.",
    "Patient attended for carpal tunnel release. The surgeon also released a trigger finger, "
    "which the pt never consented to; he says he would have said no.",
]

PAPER_CAUGHT = [
    "Endoscopy unit. Referral and consent for gastroscopy but the unit list had pt down for "
    "colonoscopy (admin typo), and she had taken her bowel prep at home as told at "
    "pre-assessment. Picked up at the procedure room checklist by the nurse. Gastroscopy done "
    "as referred.",
    "Procedure room safety check: pt Mr Ryan booked for flexi sig on the list but the consent "
    "and the referral said OGD. Scope for flexi sig set up. Endoscopist stopped, OGD performed "
    "as consented, nothing else done.",
    "At the endoscopy checklist the list said colonoscopy, whereas the consent form was for an "
    "OGD. Mismatch noted before sedation, OGD done, list corrected.",
    pytest.param(
        "cath lab checklist read back - list had pt for PCI but referral + consent were for a "
        "diagnostic angiogram only. Noted before any puncture, angiogram done as consented.",
        marks=pytest.mark.xfail(
            reason="the diagnostic angiogram reads as imaging (wrong_site_look_alike), not yet "
            "an invasive procedure",
            strict=True,
        ),
    ),
]

LOOK_ALIKES = [
    "Pt consented for lap chole +/- on table cholangiogram. Cholangiogram also performed as "
    "stones suspected. Documented in op note.",
    "Consent included possible adenoidectomy. Surgeon also did adenoidectomy as adenoids large. "
    "Mum informed afterwards, happy.",
    "Laparoscopy for ectopic: massive haemorrhage found, surgeon converted to laparotomy and "
    "also performed a salpingectomy to save her life, in her best interests. Fully documented, "
    "discussed with the pt when awake.",
    pytest.param(
        "Pt listed for R TKR. In the anaesthetic room she asked to have the other procedure "
        "instead; discussed, consent redone for arthroscopy and this was done. Plan change "
        "agreed with her.",
        marks=pytest.mark.xfail(
            reason="the patient's own choice on the day still reads as a paper error caught",
            strict=True,
        ),
    ),
    "Booking team noticed the list had pt down for colonoscopy instead of OGD two weeks before "
    "the procedure; list corrected, OGD done on the day.",
    "Consent form missing from the notes at sign in. Pt re-consented by the surgeon for the "
    "planned hernia repair and the operation went ahead.",
    "Pt declined the additional biopsy offered during the scope; not done. Documented.",
    "Colonoscopy done as booked. Pt had taken bowel prep at home. Two polyps removed as "
    "consented. Post procedure abdo pain, obs stable.",
    "Pt not consented for the blood transfusion yet, consultant to discuss. Transfusion delayed "
    "until the afternoon.",
    "Pt asked whether the surgeon could also remove a skin tag while she was asleep. Surgeon "
    "said no as it was not consented. Not done.",
    "Surgeon also performed a cystoscopy as planned and consented. No issues.",
    "Photographs taken in theatre without consent of the patient. IG breach reported.",
    "Listed for OGD and colonoscopy (bidirectional), both consented. OGD done first then "
    "colonoscopy. Sedation given as per protocol.",
    "Pt was not asked about allergies at the pre op check; surgeon also did not check. Operation "
    "went ahead without issue.",
    "Extra procedure (arthroscopic washout) added by the consultant after discussion with the "
    "patient on the morning of surgery, consent updated and signed.",
    "Hernia repair: surgeon also found and repaired a small umbilical hernia, which had been "
    "consented as a possible additional procedure.",
    "Pt had been given his bowel prep at pre-assessment. Colonoscopy cancelled on the day due "
    "to lack of beds. Pt upset.",
]


@pytest.mark.parametrize("text", UNCONSENTED)
def test_a_procedure_done_unconsented_is_a_wrong_procedure(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", PAPER_CAUGHT)
def test_a_wrong_procedure_on_the_list_caught_in_the_room_is_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_consented_agreed_or_put_right_ahead_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)
