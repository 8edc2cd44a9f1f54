"""The wrong-site act told by the side in its own clause, or by the person who had it
(engine.wrong_site_done), in wordings of our own: a procedure told done with its side beside the
verb ("line placed L IJ", "did a pleural tap on the R", "Aspirated R breast under US", "a ring
block (lidocaine 1%, 4ml) to the RIGHT great toe") against the side a request, scan or referral
named in another sentence is never event 1, whatever imaging look-alike or catch the report tells
after it; a person told having a procedure inside the words of two persons' confusion ("had a
TURBT which was the procedure for the next pt on the list") is the wrong person operated. The
same reports with the act on the planned side, done as planned or uneventfully, the redo after
the catch, only a set-up or nothing injected stay null or the near miss; another patient's
procedure told only as a paper's ("another patient's colonoscopy report" in a letter) is no
wrong patient (engine.site_act)."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

TOLD_DONE = [
    "Pt referred for L chest drain, CXR shows large L effusion. Chest drain inserted R side by the "
    "reg. Post insertion film shows R drain, no fluid. L drain then placed.",
    "Consented for excision of BCC R temple. Lesion excised from L temple, histology normal skin. "
    "pt recalled.",
    "IR: CT guided biopsy requested of the R adrenal mass, the biopsy was taken from the L adrenal."
    " path report normal adrenal tissue, R mass still there on follow up CT.",
    "pt listed for L carpal tunnel release. op note: R CTR performed. noticed by physio at the 2 "
    "wk check.",
    "Core biopsy of the L breast done by the radiographer although the MDT outcome and request "
    "said R breast lesion 2 o'clock. Path: normal breast tissue.",
    "FY1 did a pleural tap on the R, the effusion on the US was on the L. Dry tap. Reg informed.",
    "Surgeon started the knee arthroscopy on the R and put the scope in before the reg said the "
    "consent said L. Scope removed, portal closed and L knee done.",
    "Patient consented and marked for L inguinal hernia repair. Reg operated on the R groin, found"
    " no hernia, and then repaired the L. Consultant informed, DoC",
    "PICC requested R arm as L mastectomy. PICC inserted L basilic by the VAT nurse. Pt queried it"
    " afterwards.",
    "referral: L knee effusion for aspiration. Knee aspirated R side by the GP registrar, 20ml "
    "straw fluid. Pt then said it was her left knee that was swollen.",
    "CT: R pneumothorax 3cm. SHO placed a chest drain in the L, post procedure CXR unchanged R "
    "ptx.",
    "US showed 3cm abscess L breast. Aspirated R breast under US by the registrar, no fluid "
    "obtained. Discussed with consultant, L abscess then aspirated.",
    "Pt for L ankle ORIF. Anaes reg gave a popliteal block (levobupivacaine 0.25%, 20ml) to the R "
    "leg. ODP then asked about the side; stopped, L block done.",
    "Two ladies with the same surname in the day unit. The one in bay 4 had the colposcopy and "
    "LLETZ that was booked for the other. ID not checked against the wristband. Found when the "
    "histology came back.",
    "pt in bed 6 had the bone marrow biopsy that was meant for the pt in bed 16 - both called Mr "
    "Ali. haematology reg realised when she went to consent the other pt.",
    "Mrs Green (listed for cystoscopy only) had a TURBT which was the procedure for the next pt on"
    " the list. The op note was then written on the wrong notes.",
    "Pt (no wristband on, NHS no checked verbally only) had a hysteroscopy and D&C intended for the"
    " lady in bay 2. noticed in recovery when the notes were compared.",
    "Breast clinic: the core biopsy meant for another patient was taken from Mrs Y; the request "
    "form in her notes was for the other pt. Found at the results MDT.",
    "the wrong pt's consent form was in the notes and the wrong pt was taken to theatre and had "
    "the hernia repair.",
]

STAYS = [
    (
        "Pt referred for L chest drain. At time out the reg noticed the R side had been prepped; "
        "stopped before any LA, re-prepped L and drain inserted L side.",
        (None, "1"),
    ),
    (
        "CT guided biopsy of the R adrenal mass performed as requested. histology returned "
        "adenoma. pt discharged.",
        (None, None),
    ),
    (
        "pt listed for L carpal tunnel release. list said R. consent and mark checked at sign in "
        "= L. list corrected, L CTR done.",
        (None, "1"),
    ),
    (
        "Facet joint injections requested at L4/5, the needle was positioned at L3/4 on screening;"
        " the radiographer queried the level before any injection, needle moved to L4/5 and "
        "injection done.",
        (None, "1"),
    ),
    (
        "Post op check film after L4/5 discectomy shows the disc space at L4/5 cleared, level "
        "correct.",
        (None, None),
    ),
    (
        "Pt had L great toe nail avulsion as per referral and consent. R toe has a fungal nail "
        "which pt asked about; advised GP.",
        (None, None),
    ),
    (
        "Nephrostomy inserted into the L kidney for L hydronephrosis on CT. Drain fell out on the "
        "ward the next day and was replaced.",
        (None, None),
    ),
    (
        "PICC requested R arm. PICC inserted R basilic uneventfully by the VAT nurse. L arm has a "
        "fistula.",
        (None, None),
    ),
    (
        "referral: L knee effusion. Knee aspirated L side by the GP registrar, 20ml fluid, sent for"
        " culture. R knee also sore, advised analgesia.",
        (None, None),
    ),
    pytest.param(
        "CT: R pneumothorax 3cm. SHO placed a chest drain on the R as planned; L lung normal. "
        "Drain swinging.",
        (None, None),
    ),
    (
        "US showed abscess L breast. Registrar marked the R breast at first but the nurse noticed "
        "before any needle; L abscess aspirated.",
        (None, "1"),
    ),
    (
        "Two patients with the same name on the list. The wrong one was sent for but the nurse "
        "checked the wristband in the anaesthetic room and she was sent back before anything was "
        "done. Correct pt had the OGD.",
        (None, "1"),
    ),
    (
        "Anaes reg about to give a popliteal block (levobupivacaine 0.25%, 20ml drawn up) to the R"
        " leg when the ODP said stop - op is L ankle. Nothing injected.",
        (None, "1"),
    ),
    (
        "Pt consented for L hernia repair. Reg had the consent, mark and list checked at sign in, "
        "L groin incised and hernia repaired. R groin has an old scar from a previous repair.",
        (None, None),
    ),
    (
        "GP rang: the discharge summary we sent for her pt included another patient's colonoscopy "
        "report. IG incident.",
        (None, None),
    ),
    (
        "Pt handed a copy of another pt's MRI report in clinic by the HCA. Retrieved, IG form "
        "done.",
        (None, None),
    ),
    (
        "Clinic letter with another patient's cystoscopy findings was posted to this pt. IG "
        "breach.",
        (None, None),
    ),
    (
        "Letter about another patient's biopsy result sent to the wrong address; IG incident.",
        (None, None),
    ),
]


@pytest.mark.parametrize("text", TOLD_DONE)
def test_the_act_told_by_its_side_or_by_who_had_it_is_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize(("text", "expected"), STAYS)
def test_the_planned_side_the_redo_or_a_set_up_stays(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
