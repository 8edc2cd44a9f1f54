"""An invasive act told done on a side, level, border or person other than the one planned is
never event 1, however indirectly the report tells it: the plan (consent, listing, booking,
request) names one site and the act's own clause names the other ("knee injection given on the
L, booked for the R"). Look-alikes stay as they are: a side caught before anything went in
(near miss 1), care or imaging on the wrong side (null), a wrong implant on the right side
(never event 2), the act done where it was planned (null)."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

WRONG_SITE_ACTS = [
    "Steroid injection given into the L knee in clinic instead of the R. pt booked for R knee "
    "inj, has OA both knees. Noticed when HCA went to put plaster on.",
    "pt consented for R shoulder injection, given in the left shoulder by the reg. Realised "
    "after when pt queried it.",
    "Booked for right carpal tunnel injection. Injection given to the LEFT wrist. Pt informed.",
    "Listed for L hip aspiration. Aspirated R hip under US. Error noticed when reviewing the "
    "request form.",
    "joint inj done on the left knee, request + consent were for right. DATIX done, pt told",
    "Consent form said RIGHT. FY2 did a pleural tap on the LEFT side. Pt developed small "
    "pneumothorax after.",
    "Pt listed for L inguinal hernia repair, incision made over the R groin before the error "
    "was noticed. Wound closed, L side repaired.",
    "R knee arthroscopy planned and consented. Scope put in the L knee, noticed after 5 min "
    "when no meniscal tear seen. L portals closed.",
    "L sided nephrostomy requested on the form. Nephrostomy placed on the right. Found on post "
    "procedure CT.",
    "Planned right ear grommet. Grommet inserted into the left ear. Parents informed.",
    "Plan was right breast core biopsy. Core biopsy x3 was done on the LEFT breast. Found when "
    "results came back benign.",
    "fascia iliaca block performed on the R side. pt was listed for L NOF. no stop before you "
    "block. L block then given.",
    "Pt had a LP performed which was meant for the pt in the next bed. Both pts have same surname.",
    "Wrong patient had the gastroscopy - it was meant for the other Mr Jones on the list.",
    "Caudal epidural: TFESI given at L3/4 L, planned L4/5 L as per MRI. Miscounted on the "
    "image, normal anatomy. Pt to be relisted.",
    "R cataract list. sub-Tenons block given to the L eye by the anaesthetist, arrow was on "
    "the R. Stopped, R block then given and surgery done.",
    "Wedge resection done on the lateral border of L hallux, consent and assessment were for "
    "the medial border. Pt informed at the post op check.",
    "Pt listed + consented for incision and drainage of an abscess on the R buttock. I&D done "
    "on the left buttock in error, then on the R.",
    "Facet joint injection given at L3/4 R instead of the planned L4/5 R. Normal lumbar "
    "anatomy on MRI. Identified at image review.",
    "Biopsy taken from L forearm lesion, consent was for R forearm. Pt informed, R done.",
]

LOOK_ALIKES = [
    pytest.param(
        "Pt listed for R knee injection, L knee prepped. Noticed at time out, stopped, R knee "
        "then injected.",
        (None, "1"),
    ),
    (
        "Consent said L, list said R for the hip injection. Picked up at sign in before "
        "anything done, consent corrected.",
        (None, "1"),
    ),
    pytest.param(
        "Steroid injection given into the R knee as booked. Pt said afterwards the left one "
        "hurts more, rebooked.",
        (None, None),
        marks=pytest.mark.xfail(
            strict=True,
            reason="the learned model reads the other knee named as a wrong-site never event 1",
        ),
    ),
    (
        "Eye drops instilled into the L eye instead of R on the ward. No harm.",
        (None, None),
    ),
    (
        "X-ray taken of the wrong knee, L instead of R. Repeated.",
        (None, None),
    ),
    (
        "R knee injected as planned. L knee also sore, for review in clinic.",
        (None, None),
    ),
    (
        "Bandage applied to the wrong leg by HCA, L instead of R. Rectified.",
        (None, None),
    ),
    (
        "pt booked for bilateral knee injections, L done first then R. No issues.",
        (None, None),
    ),
    (
        "R THR performed, L sided femoral stem implanted in error. Noticed on the implant "
        "sticker review.",
        ("2", None),
    ),
    (
        "Pt consented for R knee injection but on arrival asked for the L instead as worse, "
        "consent redone and L injected.",
        (None, None),
    ),
    (
        "Wrong patient sent for from the ward for the endoscopy. ID check at reception showed "
        "different DOB. Sent back before anything done.",
        (None, "1"),
    ),
    (
        "Pt seen in clinic for R shoulder pain, L shoulder x-rayed, repeated on the R.",
        (None, None),
    ),
    (
        "Booking team listed L hip injection, pre-op clinic noticed the referral said R and "
        "corrected the list a week ahead.",
        (None, None),
    ),
    (
        "Risk of wrong side injection as the list had no side. Side confirmed with pt and "
        "consent before starting, R knee injected.",
        (None, None),
    ),
    (
        "Plaster cast applied to R arm, fracture was L. Recast same day.",
        (None, None),
    ),
    (
        "Wedge resection done on the medial border of L hallux as consented. Lateral border "
        "also mildly involuted, for review.",
        (None, None),
    ),
    (
        "Pt OA both knees, booked for R knee injection. R knee injected, tolerated well.",
        (None, None),
    ),
]


@pytest.mark.parametrize("text", WRONG_SITE_ACTS)
def test_act_on_the_other_site_is_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize(("text", "expected"), LOOK_ALIKES)
def test_look_alikes_stay_as_they_are(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
