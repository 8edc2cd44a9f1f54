"""Whose side, which procedure and which kidney a wrong-site report tells (engine.site_act,
procedure_of_another, graft_or_native): a side told only by a medicine's label is the medicine's,
a block told done on the correct side with its side named is no redo, a cervical stitch is a
procedure a list can be wrong against, another labelled patient's planned procedure done on this
one is a wrong procedure, the native kidney set up or biopsied for a transplant-kidney biopsy is a
wrong site, and another patient's images followed to mark or incise are the source of a wrong
side, not a wrong side imaged. Each case keeps its close contrasts' old readings."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

# A side told only as what a medicine label or prescription said, the drops used in that eye: a
# medication error, no procedure planned on that side (dev-179347)
MEDICINE_LABEL = [
    pytest.param(
        "Day case: post-op drops (dexamethasone + chloramphenicol) label on the TTO said "
        "'L eye', pt had R cataract surgery. Pt used the drops in the L eye for 4 days "
        "until seen by the community optometrist. Label transcribed from the wrong side "
        "on the discharge letter.",
        (None, None),
        {"service_type": "1", "specialty": "69", "location_type": "4"},
        id="dev-179347",
    ),
    pytest.param(
        "TTO drops label read 'R eye' but pt had L cataract op. Pt instilled the drops in "
        "the R eye for a week until GP noticed. Pharmacy transcription error.",
        (None, None),
        {},
        id="lab1",
    ),
    pytest.param(
        "Post-op chloramphenicol prescription on discharge said L eye, surgery had been R "
        "phaco. Pt used the drops in the L eye for 3 days.",
        (None, None),
        {},
        id="lab2",
    ),
    pytest.param(
        "Discharged after R cataract surgery. The dispensing label on the maxitrol drops "
        "said left eye. Daughter put them in the left eye for 5 days.",
        (None, None),
        {},
        id="lab3",
    ),
    pytest.param(
        "Drops labelled 'L eye' on the TTO after R TKR? no: pt had R trabeculectomy, "
        "label on the prednisolone drops said L eye. Used in L eye.",
        (None, None),
        {},
        id="lab4",
    ),
    pytest.param(
        "Pt listed for L cataract. R eye operated in error. Post-op drops given.",
        ("1", None),
        {},
        id="labc1",
    ),
    pytest.param(
        "Consent and list said L eye. Cataract surgery performed on R eye. Noticed post "
        "op when the TTO drops label said L eye.",
        ("1", None),
        {},
        id="labc2",
    ),
]

# A block told done on the correct side with the side named, then the other side prepped and
# caught at time out: no redo, near miss 1 (dev-179357)
BLOCK_RIGHT_PREP_WRONG = [
    pytest.param(
        "Podiatric surgery unit. Pt for L hallux valgus correction (scarf + akin) under "
        "ankle block. Pt had the R foot done here last year. Block was done on the "
        "correct L ankle in the anaesthetic area, but in theatre the assistant prepped "
        "the R foot - took the old scar for the site mark. Picked up at time out when the "
        "surgeon looked for the arrow. Re-prepped L. No incision.",
        (None, "1"),
        {"specialty": "194", "location_type": "5"},
        id="dev-179357",
    ),
    pytest.param(
        "Pt for R carpal tunnel release under regional block. Block was done on the "
        "correct R arm in the block room, but in theatre the ODP prepped the L hand. "
        "Noticed at time out. Re-prepped R. No incision made.",
        (None, "1"),
        {},
        id="blk1",
    ),
    pytest.param(
        "Listed for L TKR. Adductor canal block performed on the correct L leg after stop "
        "before you block. In theatre the R knee was prepped and draped by the trainee; "
        "picked up at time out before incision.",
        (None, "1"),
        {},
        id="blk2",
    ),
    pytest.param(
        "Pt for R bunion surgery. Ankle block was done on the correct R ankle without "
        "issues, but the L foot was prepped in theatre. Spotted at time out, no incision.",
        (None, "1"),
        {},
        id="blk3",
    ),
    pytest.param(
        "Pt for L hallux valgus correction. Ankle block done on the R ankle in error. "
        "Noticed at time out. Block repeated on the correct L ankle.",
        ("1", None),
        {},
        id="blkc1",
    ),
    pytest.param(
        "Pt for R carpal tunnel release. L hand prepped and incision made on the L wrist. "
        "Realised and procedure then done on the correct side.",
        ("1", None),
        {},
        id="blkc2",
    ),
]

# A wrong procedure on the list against a cervical stitch booked, caught at sign in: near miss 1
# (dev-179363, session 37)
WRONG_PROCEDURE_ON_THE_LIST = [
    pytest.param(
        "Sign in: the list said LLETZ for Ms X. She is 14/40 pregnant and booked for a "
        "cervical cerclage by the fetal medicine team. Consent was correct. Error came "
        "from the electronic booking, procedure picked from the drop down one line above. "
        "Theatre coordinator corrected the list. Scrub team had set up for a LLETZ "
        "(loop/diathermy) - changed.",
        (None, "1"),
        {"service_type": "1", "specialty": "132", "location_type": "4"},
        id="dev-179363",
    ),
    pytest.param(
        "At sign in the theatre list said colposcopy but pt is booked for a cervical "
        "cerclage. Consent correct. Wrong procedure selected from the drop down. List "
        "corrected before start.",
        (None, "1"),
        {},
        id="lst1",
    ),
    pytest.param(
        "Time out: list said Shirodkar suture; consent said LLETZ. Booking error. List "
        "amended and LLETZ done.",
        (None, "1"),
        {},
        id="lst2",
    ),
    pytest.param(
        "Pt listed for cervical cerclage. Cerclage done uneventfully.",
        (None, None),
        {},
        id="lstc1",
    ),
]

# A procedure planned for another labelled patient on the list done on this one: never event 1
# (dev-179384)
ANOTHER_PATIENTS_PROCEDURE = [
    pytest.param(
        "gynae day case list. pt A was listed for hysteroscopy + mirena, pt B for "
        "hysteroscopy + novasure endometrial ablation. list order was swapped at team "
        "brief (diabetic pt first) but the whiteboard wasn't updated and the scrub team "
        "set up the ablation device for the 1st case from the board. pt A had the "
        "ablation. realised afterwards when the mirena was handed across and the surgeon "
        "asked why. pt A is 34 and had been planning a further pregnancy. consultant and "
        "HoN met pt and husband. NE declared, 72hr report done.",
        ("1", None),
        {"service_type": "1", "specialty": "46", "location_type": "4"},
        id="dev-179384",
    ),
    pytest.param(
        "Two patients on the urology list: patient 1 listed for cystoscopy, patient 2 for "
        "TURBT. Order changed but board not updated. Patient 1 had the TURBT. Realised in "
        "recovery.",
        ("1", None),
        {},
        id="swp1",
    ),
    pytest.param(
        "Pt A was booked for a colposcopy, pt B for a LLETZ. The list was changed and pt "
        "A underwent the LLETZ in error.",
        ("1", None),
        {},
        id="swp2",
    ),
    pytest.param(
        "pt 1 for hysteroscopy and polypectomy, pt 2 for hysteroscopy and endometrial "
        "ablation. Endometrial ablation performed on pt 1.",
        ("1", None),
        {},
        id="swp3",
    ),
    pytest.param(
        "pt A was listed for hysteroscopy + mirena, pt B for hysteroscopy + ablation. "
        "List order swapped at team brief. pt A had the mirena, pt B had the ablation. No "
        "issues.",
        (None, None),
        {},
        id="swpc1",
    ),
    pytest.param(
        "Pt A listed for cystoscopy, pt B for TURBT. Board not updated, scrub set up for "
        "TURBT for pt A; noticed at time out and pt A had the cystoscopy as planned.",
        (None, None),
        {},
        id="swpc2",
    ),
]

# The native kidney set up or biopsied when the transplant kidney was meant, or the reverse
# (dev-179404)
OTHER_KIDNEY = [
    pytest.param(
        "Renal day unit. Pt on the list as 'renal biopsy', the request on ICE was for a "
        "transplant kidney biopsy (RIF graft). Pt positioned prone by nursing staff and "
        "the reg had scanned and marked the L loin over the native kidney. Cons came in "
        "to supervise, checked the request and stopped it before any LA. Pt turned supine "
        "and the transplant biopsy was done without problem. List only said 'renal "
        "biopsy' and the reg had only done native biopsies before.",
        (None, "1"),
        {"service_type": "1", "specialty": "89", "location_type": "4"},
        id="dev-179404",
    ),
    pytest.param(
        "Request was for a transplant kidney biopsy. The pt was positioned prone and the "
        "native kidney was scanned and marked by the trainee. Consultant stopped it "
        "before any local anaesthetic; biopsy of the graft done.",
        (None, "1"),
        {},
        id="kid1",
    ),
    pytest.param(
        "Referral was for a transplant renal biopsy (LIF graft). Registrar biopsied the "
        "native L kidney in error, cores sent. Realised on histology.",
        ("1", None),
        {},
        id="kid2",
    ),
    pytest.param(
        "Native renal biopsy requested. Pt positioned supine and the transplant kidney "
        "scanned and marked. Nurse queried; stopped before LA, turned prone and native "
        "biopsy done.",
        (None, "1"),
        {},
        id="kid3",
    ),
    pytest.param(
        "Transplant kidney biopsy requested. Graft scanned and marked in RIF, biopsy done "
        "without complication. Pt also has native kidneys in situ.",
        (None, None),
        {},
        id="kidc1",
    ),
    pytest.param(
        "Renal biopsy of the native kidney requested and done under USS. Small haematoma "
        "afterwards.",
        (None, None),
        {},
        id="kidc2",
    ),
]

# Another patient's images followed to mark or incise the wrong side (review r24 s1e, s1g)
ANOTHER_PATIENTS_IMAGES = [
    pytest.param(
        "Another patient's CT images opened on the theatre screen and used to plan, "
        "incision made on the wrong side as per those images.",
        ("1", None),
        {},
        id="r24-s1e",
    ),
    pytest.param(
        "Another patient's MRI displayed at time out, surgeon marked L side from it, "
        "correct side R noticed by scrub nurse before knife to skin.",
        (None, "1"),
        {},
        id="r24-s1g",
    ),
    pytest.param(
        "Pt listed for R knee arthroscopy. Wrong patient's MRI was on the screen in "
        "theatre; the surgeon incised the L knee according to those images.",
        ("1", None),
        {},
        id="img1",
    ),
    pytest.param(
        "CT of another patient opened on PACS and used to plan; drain inserted into the "
        "wrong side following that CT.",
        ("1", None),
        {},
        id="img2",
    ),
    pytest.param(
        "Another patient's CT displayed in theatre, surgeon marked R side from it, "
        "correct side L noticed by the anaesthetist before incision.",
        (None, "1"),
        {},
        id="mri1",
    ),
    pytest.param(
        "Previous patient's images still on the screen at time out; registrar marked the "
        "L hip from them. Correct side R, pointed out by scrub nurse before knife to "
        "skin.",
        (None, "1"),
        {},
        id="mri2",
    ),
    pytest.param(
        "Radiographer x-rayed the wrong side, re-imaged correct side.",
        (None, None),
        {},
        id="imgc1",
    ),
    pytest.param(
        "Wrong side x-rayed in ED, repeat film of correct side taken.",
        (None, None),
        {},
        id="imgc2",
    ),
    pytest.param(
        "Radiologist opened another patient's images by mistake, closed them straight "
        "away and opened correct pt. No harm.",
        (None, None),
        {},
        id="mric1",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected", "fields"),
    [
        *MEDICINE_LABEL,
        *BLOCK_RIGHT_PREP_WRONG,
        *WRONG_PROCEDURE_ON_THE_LIST,
        *ANOTHER_PATIENTS_PROCEDURE,
        *OTHER_KIDNEY,
        *ANOTHER_PATIENTS_IMAGES,
    ],
)
def test_wrong_site_reading_of_whose_side_which_procedure_and_which_kidney(
    text: str, expected: tuple[str | None, str | None], fields: dict[str, str]
) -> None:
    """The (never event, near miss) the labelling guide gives each narrative."""
    assert never_event_codes(text, **fields) == expected
