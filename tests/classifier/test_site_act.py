"""What a wrong-site reading was of (engine.site_act): never event 1 and near miss 1 are an
invasive procedure on the wrong side, site or patient, done by the team. Four readings drop the
wrong-site finding when the report tells something else as the wrong one, whatever its words:
another patient's paper (notes, consent form, results, a band) filed with the right patient and
nobody else brought or operated on; care that opens nothing (a cast, splint or bandage, drops, a
film, a medicine into a muscle) put on the wrong one; an outside report, referral or request
told as erring and the act told as following it; a side consented anew on the day after the
patient's state or wish changed. A wrong person brought or operated on, an invasive act nearer
the wrong one, this patient's own records told against each other, a dressing only seen on the
wrong side, a correct document misread and a consent redone with no change told all stay."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

# another patient's paper only, the person at the procedure the right one
ANOTHER_PATIENTS_PAPER_ONLY = [
    "At time out the ODP noticed the consent form in the notes belonged to another pt with "
    "the same surname. Correct consent found in the other pts notes, op went ahead on the "
    "right pt.",
    "wrong patient's consent form was in the notes when pt arrived at theatre reception, "
    "noticed at sign in, correct form found and the op went ahead",
    "At the WHO sign in the ODP found the pre-op bloods in the notes were another "
    "patient's, same name and DOB. Correct results printed, surgery proceeded.",
    "Anaesthetist noticed at sign-in that the anaesthetic chart in the pt's notes was for a "
    "different patient with a similar surname. Correct chart found, list started on time.",
    "Lap chole list: the ECG in our pts notes belonged to the previous pt on the list. "
    "Picked up by the ODP at sign in. no harm.",
    "wristband label printed with the details of another pt (same surname, diff DOB), "
    "picked up at theatre sign in when the band did not match the consent. Pt confirmed own "
    "name, band reprinted, surgery went ahead",
    "Notes for Mr B Shah's cystoscopy contained the consent form of a different patient - "
    "picked up at time out. right consent found on the ward",
    "theatre reception - pts notes had another pts op note and consent form filed in them "
    "(same DOB). Found at check in, refiled",
    "wrong pts bloods filed in notes for pre op - two pts same name. anaesthetist picked it "
    "up before theatre. notes sorted",
    "Sign in: the wristband had been printed with a different patient's hospital number. Pt "
    "correctly identified from notes and verbally, band reprinted, surgery proceeded.",
    "Day case unit: pre op bloods and ECG in the folder were another patient's (same DOB). "
    "Noticed by the admitting nurse, no procedures affected.",
    "Endoscopy admission: the referral letter in the pt's pack belonged to a different pt "
    "with a similar name. Nurse found it at admission, the correct letter was located and "
    "the OGD done as planned.",
    "ST2 noticed during the WHO sign in that the anaesthetic chart clipped to the notes was "
    "for another pt. Right chart found, list not delayed.",
    "Pre op check on the ward: consent form in the folder was signed by a different patient "
    "of the same surname for a cholecystectomy, our pt was for a hernia repair. Correct "
    "form found in the other patient's notes.",
]

# care that opens nothing put on the wrong site or given to the wrong person
CARE_PUT_ON_THE_WRONG_ONE = [
    "Fracture clinic: backslab applied to the wrong wrist (L instead of R). Removed and "
    "reapplied to the R, pt informed.",
    "HCA put the post-op eye drops in the wrong eye on the ward after the cataract op, the "
    "unoperated eye. Reported, no harm.",
    "flu vaccine given to the wrong pt in the practice nurse clinic, two pts same surname. "
    "pt informed, no harm.",
    "Compression bandage put on the L leg rather than the R after the vein surgery, noticed "
    "by the district nurse next day.",
    "Radiographer x-rayed the wrong knee in theatre recovery (L instead of R). Extra "
    "exposure, IR(ME)R form done.",
    "Zoladex depot injection given to the wrong patient in the urology nurse clinic, "
    "similar name, pt informed and GP told.",
    "Dressing changed on the wrong foot by the practice nurse after her bunion surgery - "
    "the wound is on the R foot, L foot dressed.",
    "Splint put on the wrong hand in ED after the tendon repair was booked, reapplied to "
    "the correct hand.",
    "Post op: staff nurse put the chloramphenicol ointment into the R eye instead of the L "
    "after his cataract surgery. Corrected.",
    "POP backslab put on the L ankle in ED, the fracture is on the R on x-ray. Removed and "
    "reapplied by the ENP, no procedure needed.",
    "Practice nurse gave the B12 injection to the wrong pt with the same surname during the "
    "smear clinic.",
    "Radiographer in theatre 6 took a check film of the wrong pts knee, request was for theatre 2.",
    "pt's wife said they had dressed the wrong foot after the bunion op. op was on the L "
    "foot, the R foot had a dressing for an ulcer. explained",
    "Fracture clinic: the wrist splint was applied to the R wrist, the scaphoid fracture is "
    "on the L. Procedure reviewed, splint moved.",
    "Depot injection given to the wrong patient in the CMHT clinic, two pts same name. "
    "Procedure for checking ID reviewed.",
    "Post-op TKR: HCA put the compression bandage on the wrong leg, op was on the R.",
]

# an outside report told as erring, and the act told as following it
A_WRONG_OUTSIDE_DOCUMENT_FOLLOWED = [
    "Biopsy taken from the R thyroid lobe as per the US report, which had the side wrong - "
    "nodule is in the L lobe. Radiologist has amended the report.",
    "Pt had a R knee arthroscopy following the MRI report from the private hospital, which "
    "was later found to have mislabelled the side; the tear is on the left.",
    "Chest drain inserted on the R as per the CT report; the report was wrong (haemothorax "
    "on the L), reporting radiologist informed, report corrected.",
    "Core biopsy of L axillary node based on the outside hospital's report; their report "
    "had the side wrong and the node is on the R. Report amended.",
    "Excision of margins was done on the L breast because the histology report had the "
    "specimen labelled left in error by the lab. Lab incident raised.",
]

# the side chosen anew on the day for the patient's changed state or wish
SIDE_CHANGED_ON_THE_DAY = [
    "Listed for L inguinal hernia repair. In the anaesthetic room pt said the R side is now "
    "much worse and the L has settled. Surgeon examined, pt re-consented for R, R marked. R "
    "repair done. List not updated so flagged as wrong side at audit.",
    "Booked for R shoulder injection. Pt says R has settled but L now worse. Physio "
    "examined, new consent for L signed, L shoulder injected. Booking still said R.",
    "pt on list for R CTR, on the day she wanted the left done first as it is much worse - "
    "NCS both sides. cons re-consented for L, marked, L CTR done. list didnt match op note.",
    "Consented in clinic for L knee scope, on the day pt changed her mind and wanted the R "
    "done as it is worse, new consent for R, R marked and scoped.",
]

# an invasive act on the wrong side, site or person: never event 1
INVASIVE_ACT_ON_THE_WRONG_ONE = [
    "Pt much worse overnight. Consent for R chest drain signed, drain inserted on the L by "
    "mistake.",
    "Steroid injection given into the wrong knee (R instead of L) in the MSK clinic.",
    "Wrong patient had a flexible sigmoidoscopy - two pts with the same surname in the "
    "waiting room, the wrong one was called in and scoped.",
    "Fascia iliaca block performed on the L, pt listed for R hip hemiarthroplasty, no stop "
    "before you block.",
    "Mole excised from the wrong arm at the minor ops clinic, consented for L forearm, R "
    "forearm done.",
    "Chest drain inserted on the wrong side, the effusion was on the left on CXR.",
    "Intravitreal injection given into the R eye, the L eye was booked.",
    "Skin biopsy taken from the wrong patient in derm clinic - 2 pts same name, wrong one "
    "called in.",
    "Local anaesthetic infiltrated into the L groin, pt listed for R hernia repair - "
    "surgeon realised before the incision.",
    "PICC inserted in the wrong patient - bed 7 instead of bed 8.",
    "Biopsy taken from Mrs A Khan instead of Mrs A Khan-Ali, request form had the other "
    "patient's label",
    "Drops put in and then the intravitreal injection given into the wrong eye (L instead of R).",
    "Excision of the BCC done on the wrong cheek, dressing applied and pt informed.",
    "LP performed on the wrong pt in bay 3 - the request was for bed 4.",
    "The MRI report correctly said L4/5 right sided disc, but the surgeon operated on the "
    "left. Report was right, error was ours.",
    "Wrong level discectomy at L3/4 - MRI report said L4/5 correctly, surgeon miscounted. "
    "Report not at fault, error was ours.",
]

# the wrong person brought, the wrong side set up or this patient's paper wrong, caught: near
# miss 1
WRONG_ONE_CAUGHT_BEFORE_THE_ACT = [
    "At sign in pt said it's my left foot, the consent said right bunion. Consent redone "
    "for L, op on L.",
    "Listed for L TKR, pt said R now worse, re-consented for R but R was not marked and the "
    "L leg was prepped and draped, caught at time out before incision.",
    "At sign in the pt's wristband did not match the consent form - the wrong patient had "
    "been brought to theatre from ward 5. Sent back, correct pt collected.",
    "Consent form and list said R, pt and imaging L. Picked up at sign in, list corrected, L done.",
    "Wrong pt taken to the anaesthetic room for a hip hemi - same surname as the listed pt. "
    "Identified at sign in when band checked, sent back to the ward.",
    "The wrong patient was brought to the cysto suite with another patient's notes, picked "
    "up at the check before the scope was passed, pt returned to the ward.",
    "Cataract surgery: the L eye was prepped and draped though the R eye was listed; "
    "surgeon noticed at time out before any incision.",
    "pt for R TKR, tourniquet applied and L leg prepped, realised at time out, nothing "
    "done, re-prepped R.",
    "At sign in the consent form was for a R knee arthroscopy, the list said L and pt said "
    "L. Caught before anything done, re-consented.",
    "Notes of another patient were used to mark the pt - the wrong knee was marked (L), "
    "picked up at time out, re-marked R",
    "Pt in bed 4 was brought to theatre instead of the pt in bed 5, both having hernia "
    "repairs, notes of the bed 5 pt came with her. Identified at sign in, sent back.",
]


@pytest.mark.parametrize(
    "text",
    ANOTHER_PATIENTS_PAPER_ONLY + CARE_PUT_ON_THE_WRONG_ONE + A_WRONG_OUTSIDE_DOCUMENT_FOLLOWED,
)
def test_no_invasive_act_of_the_team_on_the_wrong_one_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", INVASIVE_ACT_ON_THE_WRONG_ONE)
def test_an_invasive_act_on_the_wrong_one_stays_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", WRONG_ONE_CAUGHT_BEFORE_THE_ACT)
def test_the_wrong_one_caught_before_the_act_stays_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")
