"""Helper H2b: look-alikes of wrong-site procedures outside the main theatre.

The guide reads never event 1 as an invasive procedure on the wrong side, site, level or
patient, and near miss 1 as that error made and caught before the act. These stay null:

- a site changed for a clinical reason on the day (a failed attempt at the planned level or
  access, a finding at the bedside) and agreed or documented, the patient re-consented;
- a second site added on purpose, the consent amended to include both before starting;
- another provider's wrong site told as the patient's history, today's act done as planned;
- another patient's images opened and closed with nothing planned or done from them;
- a side error on the booking put right weeks ahead of the day;
- care or tests that open nothing (wax microsuction, an ECG, an x-ray of the wrong limb);
- an excluded wrong tooth extraction.

The same stories with the wrong site acted on, or caught at the day-of checks, keep their
never event or near miss.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NEITHER = (None, None)
NEVER_EVENT_1 = ("1", None)
NEAR_MISS_1 = (None, "1")

LOOK_ALIKES = [
    # a site changed for a clinical reason, agreed
    "Listed for L pleural tap. US at bedside showed the L effusion tiny and loculated, R large. "
    "Discussed with cons and pt who agreed to have the R drained instead, consent re-taken for "
    "R. 900ml drained, no issues. Reporting as side differs from list per SOP.",
    "LP attempted at L3/4 x3 without success so FY2 went to L4/5 as is normal practice, "
    "documented in notes. CSF obtained. Pt well. reported by student who thought the level was "
    "wrong.",
    "Planned L radial access for PCI. Radial artery occluded on US, so converted to L femoral "
    "after discussion with the pt. Procedure completed. HCA thought this was a wrong site.",
    "planned R basilic PICC but vein thrombosed on US so line placed in R brachial vein after "
    "discussing with pt, documented. Reported because the request said basilic.",
    # a second site added on purpose
    "2 lesions excised in minor ops room but only the back lesion was on the list. pt had asked "
    "the GP to remove a mole on her arm too, it was examined and consent amended to include "
    "both before starting. List not updated.",
    "Pt asked for a second skin tag (groin) to be removed at the same time as the axillary one. "
    "Consent form amended to include both sites before LA given. Both removed, list showed one.",
    # another provider's wrong site as history
    "Pt attending for an injection into the R knee told us that in 2020 at another hospital "
    "they injected the wrong knee. Very anxious. She marked the knee herself and the injection "
    "was done as planned on the R knee with no problems.",
    "Pt says years ago at a different trust the wrong finger was operated on. Reassured. "
    "Trigger finger release completed as planned on L ring finger, no issues. reported at pt "
    "request.",
    # another patient's images opened, nothing done from them
    "Before the list the radiologist opened the wrong pts CT (same surname) to plan a renal "
    "biopsy. Noticed the DOB straight away, closed it and opened the right study. Nothing was "
    "planned from the wrong images. Biopsy done on the correct pt.",
    # a side error on the booking put right weeks ahead
    "Pre-op phone call 3 weeks before facet joint injection: booking said R, referral letter "
    "says L. Booking corrected and pt informed. Injection later done L without problem.",
    # care or tests that open nothing
    "Microsuction done on the L ear, referral was for R ear wax. L only had a little wax. R "
    "then done same appt.",
    "ECG leads placed on the wrong pt in bay 3, ECG recorded and filed in the wrong notes. "
    "Repeated on the correct pt.",
    "Radiographer x-rayed the L wrist instead of the R wrist as requested. Repeat film of R done.",
    # an excluded wrong tooth
    "Wrong tooth extracted: LL6 taken out instead of LL7 at the community dental clinic.",
    "dentist extracted the UR5 instead of the UR4, pt informed, duty of candour done.",
]

NEVER_EVENTS = [
    "Listed for L pleural aspiration. Doctor drained the R side in error, no discussion, "
    "consent was for L. Realised after 500ml.",
    "LP done at L2/3 instead of L4/5 in error by the FY1, not documented why, pt had headache.",
    "Knee aspiration done on the L knee in rheum clinic, referral and consent were for the R. "
    "Realised after, duty of candour done.",
    "Skin lesion excised from the R forearm instead of the L forearm in minor ops. Consent was "
    "for L. Second procedure needed.",
    "Steroid injection given into the wrong knee (L) in MSK clinic, referral and consent said R.",
    "Pt had a R ingunial hernia repair instead of the L today. Consent and marking were for L.",
    "trigger finger release done on L middle finger but listed and consented for L ring finger",
    "Chest drain inserted on the L side, the effusion was on the R. Noticed on post procedure CXR.",
]

NEAR_MISSES = [
    "Pt listed and consented for R carpal tunnel release but the marking was on the L. Picked "
    "up at time out before LA, re-marked R.",
    "At sign in for L knee arthroscopy the consent form said R knee. Stopped, consent corrected "
    "to L, nothing done on R.",
    "Wrong pt brought to the IR room for a liver biopsy, identity check showed another pt. "
    "Sent back before anything was done.",
    "L side prepped and draped for chest drain, effusion was R on CXR. Noticed at time out "
    "before any local given, re-prepped R.",
    "Needle placed at L3/4 for spinal, planned level was L4/5, needle withdrawn before any "
    "injection.",
    "Theatre list said L hip, consent R hip; picked up at team brief on the day, corrected "
    "before sign in.",
    "Block needle about to go in on the R leg for a L TKR, anaesthetist stopped at the stop "
    "before you block check.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_wrong_site_look_alike_is_neither(text: str) -> None:
    assert never_event_codes(text) == NEITHER


@pytest.mark.parametrize("text", NEVER_EVENTS)
def test_wrong_site_acted_on_stays_never_event_1(text: str) -> None:
    assert never_event_codes(text) == NEVER_EVENT_1


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_wrong_site_caught_stays_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == NEAR_MISS_1
