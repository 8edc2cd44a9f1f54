"""Wrong site surgery and retained objects told in words the rules did not read (round 41, a):
a soft item seen at a body opening or on later imaging, found by someone at a later visit or
at a re-look; a procedure or its request told as another person's; the eye treated told with
no preposition against the eye on the pathway; a spinal level done that no plan names.
Look-alikes: a forgotten own tampon, a needle from an injury, packs removed as planned, an
operation extended to a consented level, bilateral eye treatment, a request found wrong before
anyone was called. (The learned model, not the rules, still reads a never event into the
consented extension: the look-alikes are asserted on the rules.)"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_never_event_codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a soft item seen at a body opening at a later visit
        (
            "PN day 4 home visit, c/o smelly loss. On exam a rolled raytec swab seen at the "
            "introitus and removed. Perineal repair done on MLU, count signed as correct.",
            "3",
        ),
        (
            "Day case FESS. In recovery pt stridulous, throat pack found sitting in the "
            "hypopharynx and removed by the anaesthetist. Pack was not on the board.",
            "3",
        ),
        # an instrument or needle of the operation on later imaging
        (
            "Follow-up film 3 months after open inguinal hernia repair: curved suture needle "
            "lying in the soft tissues of the groin. Listed for removal.",
            "3",
        ),
        # found at a re-look, or by someone at a later visit
        (
            "Persistent discharge after laparotomy. At relaparotomy a large abdominal swab "
            "was found and removed from the pelvis.",
            "3",
        ),
        (
            "Went home after vaginal repair. The district nurse found a second pack when "
            "she visited on day 3, only one pack was on the op note.",
            "3",
        ),
        # the procedure or its request told as another person's
        (
            "Mr A from bed 6 went to IR and had a nephrostomy, but the request was for a "
            "different Mr A on ward 12. ID not checked against the wristband.",
            "1",
        ),
        (
            "Bone marrow biopsy was booked for the next patient on the list; it was done on "
            "this lady who had only come for bloods.",
            "1",
        ),
        (
            "Circumcision performed on twin B - it was twin A who needed it. Bands not "
            "checked, twins in the same cot.",
            "1",
        ),
        # the eye treated against the eye under treatment
        (
            "Ranibizumab injected LE today. Pt is on the RE pathway, left eye has never needed "
            "treatment. Consultant informed.",
            "1",
        ),
        # a spinal level done that no plan names
        (
            "Pain clinic: listed for R L3/4 and L4/5 medial branch blocks. Consultant "
            "injected L2/3 and L3/4 on the R, noticed on the saved images.",
            "1",
        ),
        (
            "ACDF planned at C5/6. Post-op x-ray: level fused was C4/5. Pt still has arm pain, "
            "for revision.",
            "1",
        ),
    ],
)
def test_the_rules_read_the_never_event(text: str, code: str) -> None:
    assert rule_never_event_codes(text) == (code, None)


@pytest.mark.parametrize(
    "text",
    [
        "Pt came in with a tampon she had forgotten about for a week; tampon visible at the "
        "introitus and removed by the GP. No recent procedure.",
        "X-ray of the foot after she stood on a sewing needle at home: metal needle in the "
        "soft tissues of the heel.",
        "Nasal packs removed from the nostril in clinic on day 2 as planned, no bleeding.",
        "Listed for L4/5 decompression. Stenosis also found at L3/4 so L3/4 and L4/5 were "
        "decompressed, which had been consented for.",
        "Bilateral wet AMD. Only RE due today per record, aflibercept given RE, LE next week.",
        "Bed 4 was meant for another patient from ED; pt had his colonoscopy as planned.",
        "Midwife found a second pack on the trolley, unopened; count rechecked and correct.",
    ],
)
def test_the_rules_read_no_never_event_in_look_alikes(text: str) -> None:
    assert rule_never_event_codes(text)[0] is None
