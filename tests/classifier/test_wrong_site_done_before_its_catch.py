"""The wrong-site act done before it was found (engine.wrong_site_done) and the spinal variant
read as unexpected anatomy only when told unknown before (engine.variant_known), in wordings of
our own: an operation, block, injection or biopsy told done on the wrong side, site, level or
patient before any catch is never event 1, whatever checks the report names as missed and
whatever was stopped after it; the same report with only a set-up before the catch, or the act
told after it as the redo, done as planned, of another day or an anaesthetic step, stays the near
miss; a transitional vertebra named only as the miscount's cause, queried, or reported before
the operation leaves never event 1, and one told unknown before keeps the exclusion."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

ACT_DONE_BEFORE_THE_CATCH = [
    "Pt listed for R carpal tunnel release. LA infiltrated into the L wrist by the SHO, then "
    "noticed the consent said right when the nurse read it back. Stopped, L side not incised, R "
    "CTR done. Pt informed.",
    "facet jt injection done at L3/4 and L4/5, request was for L4/5 and L5/S1. radiographer "
    "spotted it when saving images. pt told.",
    "Histology from todays excision came back as a dermatofibroma - the lesion booked for excision"
    " (?SCC R shin) is still there. Wrong lesion removed, HCA had pointed to the wrong one. Pt "
    "recalled.",
    "09:05 sign in done. 09:20 knife to skin R groin. 09:40 surgeon realised hernia was on L side "
    "per consent. R wound closed, L repair done. DoC completed.",
    "Pt A had the colonoscopy meant for pt B (same surname, same list). Noticed afterwards when "
    "the histology forms were being written. Both pts informed.",
    "Ophthalmology: intravitreal injection given into RE, plan was LE. Noticed by the nurse "
    "completing the paperwork. No harm, pt informed.",
    "Epidural steroid injection performed at L3/4 level rather than L5/S1. Pt had no relief; "
    "review of saved images by consultant confirmed wrong level. pt rebooked.",
    "Hip block done on the wrong side - LEFT fascia iliaca given for a RIGHT NOF. ODP noticed "
    "after the block when the pt was transferred. Correct side then blocked.",
    "Pts symptoms unchanged after R carpal tunnel decompression; she was listed for the LEFT hand."
    " scar on right wrist. consultant apologised, relisted for L.",
    "Chest drain inserted on R side by the reg, CXR showed the effusion was on the L. Picked up by"
    " the consultant on the ward round. R drain removed, L drain inserted.",
    "Skin biopsy taken from the L forearm by the GP trainee but the lesion of concern was on the R"
    " forearm. realised when the pt got home and rang. Pt rebooked.",
    "ingrowing toenail - wedge resection completed on the R hallux, pt was booked for L. Nurse "
    "noticed when writing up the notes, pt informed.",
    "Pt consented for L inguinal hernia repair. Site mark not used as pt was first on list. R "
    "groin incision made and hernia sac explored, no hernia found. Consent rechecked, R wound "
    "closed and L repair done. Pt informed by cons.",
    "Time out done but the consent was not read out. Laser trabeculoplasty performed on the R eye,"
    " consent was for L. Picked up by the nurse doing the discharge paperwork.",
    "Pt attended for removal of a sebaceous cyst on the L shoulder; the HCA marked a mole on the R"
    " shoulder which was excised. Histology showed benign naevus, cyst still present.",
    "Day 2 post op. Pt reports the same numbness in the R foot as before the op. MRI: the L5/S1 "
    "disc still compressing the S1 root, changes of surgery at L4/5 above. Consultant explained "
    "the wrong level was operated on.",
    "Cystoscopy and biopsy done on the pt in bay 2, it was meant for the pt in bay 4. ID was not "
    "checked against the wristband at sign in. Realised when labelling the specimen.",
    "Ring block given to the L 4th finger for a nail bed repair of the R 4th finger. As the nurse "
    "was about to clean the finger, pt said it was the other hand. Procedure done on the R after a"
    " further block.",
    "Steroid injection given into the R shoulder, the referral and consent both said L shoulder. "
    "Nobody checked the consent before starting. Pt noticed when she got home and phoned.",
    "Knee arthroscopy on the R started, scope inserted, normal meniscus seen. Surgeon rechecked "
    "MRI = tear in L knee. Portals closed, L knee then done.",
]

VARIANT_NOT_TOLD_UNKNOWN = [
    "Microdiscectomy L3/4 performed, plan was L4/5. Level counted from a sacralised L5 on the II. "
    "Post op MRI confirmed. Back to theatre.",
    "L5/S1 discectomy planned, pt has ?transitional vertebra, disc at L4/5 was removed. picked up "
    "on post op scan. DoC done.",
    "Transitional vertebra was reported on the pre-op MRI report but not on the operating list; "
    "the discectomy was done one level too high at L3/4 instead of L4/5. Returned to theatre.",
]

CAUGHT_BEFORE_THE_ACT = [
    "Pt listed for R carpal tunnel release. L wrist prepped, noticed at time out before any LA "
    "given. Stopped, R side then done.",
    "Wrong level picked on screening for facet jt injection, radiographer queried the level before"
    " the needle went in; corrected to L4/5 and injection given.",
    "Pt booked for L knee arthroscopy, R leg prepped and draped, picked up at time out by scrub "
    "nurse, re-draped, L knee arthroscopy done uneventfully.",
    "Wrong side marked on the ward (R instead of L), noticed at sign in, mark removed and correct "
    "side marked. Procedure went ahead on L.",
    "Pt A nearly had the OGD meant for pt B - same surname - picked up at the pre-procedure check,"
    " nothing done, both pts scoped correctly.",
    "Intravitreal injection due in LE, RE was cleaned and the speculum inserted; nurse queried "
    "before any injection given. LE then treated.",
    "Chest drain site marked on the R, consultant reviewed the CXR before the drain was inserted "
    "and realised effusion was L. Re-marked, drain inserted L.",
    "Pt consented for L inguinal hernia repair. R groin prepped and draped, knife not yet to skin "
    "when the scrub nurse queried the side. Re-prepped, L repair done.",
    "2 pts named Jones in endoscopy. The wrong Mrs Jones was brought into the room, picked up at "
    "the pre procedure pause before the scope was passed. Sent back to the waiting area.",
    "L knee arthroscopy performed uneventfully. Prior to the start the R knee had been prepped by "
    "the ODP, noticed at time out by the scrub nurse and re-prepped.",
    "Pt listed for R TKR, spinal given in the anaesthetic room. In theatre the L leg was prepped "
    "and draped, picked up at time out, nothing done on the L. R TKR done.",
    "Near miss: wrong level facet injection. Needle placed at L3/4 on screening, radiographer said"
    " the count was wrong before any injectate given. Needle moved to L4/5 and injection "
    "performed.",
    "Pt had a cannula inserted in the R hand and GA induced. At time out the consent for L carpal "
    "tunnel release was read out but the R arm was on the hand table. Noticed and swapped before "
    "any incision.",
    "Consent form completed for L hernia repair by the F1, pt wanted R. Noticed at sign in, "
    "re-consented, R repair done.",
    "Pt had L knee arthroscopy done in 2019 at another trust. Today listed for R knee arthroscopy,"
    " L knee prepped, noticed at time out and re-prepped. R knee arthroscopy then done.",
]

NO_WRONG_SITE_ACT = [
    "Post op MRI shows good decompression at L4/5 as planned. Pt still has leg pain, for physio.",
    "US scan of the wrong kidney done by the sonographer, request was L. Rescanned same day.",
    "Histology result of R breast biopsy filed in the wrong patient's notes, found by the "
    "secretary. No procedure affected.",
    "Block performed on the R for a R TKR as planned, pt still in pain post op, further analgesia "
    "given.",
    "Epidural sited at L3/4 as planned for labour. Pt had a dural tap and headache, blood patch "
    "done.",
    "Wrong side radiotherapy field set up, caught at the second check before any fraction "
    "delivered.",
]

VARIANT_TOLD_UNKNOWN = [
    "L4/5 discectomy done at L3/4 as the pt has a transitional vertebra not seen on the pre-op MRI"
    " (lumbar only). Back to theatre.",
    "Pt has a lumbarised S1 not known before surgery (not visible on the lumbar-only MRI); the "
    "level decompressed was L3/4 by the full spine count. MDT: unexpected anatomy.",
    "Pt has a sacralised L5 which was not known pre op and not reported on the lumbar MRI; the "
    "discectomy was done at what is L4/5 by the whole spine count. Unexpected anatomy, not a never"
    " event.",
]


@pytest.mark.parametrize("text", ACT_DONE_BEFORE_THE_CATCH)
def test_act_done_before_the_catch_is_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", VARIANT_NOT_TOLD_UNKNOWN)
def test_variant_not_told_unknown_before_is_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", CAUGHT_BEFORE_THE_ACT)
def test_caught_before_the_act_stays_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize("text", NO_WRONG_SITE_ACT)
def test_no_wrong_site_act_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", VARIANT_TOLD_UNKNOWN)
def test_variant_told_unknown_before_keeps_the_exclusion(text: str) -> None:
    assert never_event_codes(text) == (None, None)
