"""A wrong side that came from an outside document, read by order.

A report (imaging, laboratory), referral or letter names a side, and the first act told is on
that side: the wrong site came from the document, upstream of the operator, the framework's
"incorrect lab report / referral letter" exclusion of never event 1, in whatever words the
document's error is told (engine.document_source). A correct document misread (the act on the
other side), an operation on the wrong side told before any report of it, or a wrong site
with no document's side acted on, stays never event 1.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

FROM_THE_DOCUMENT = [
    "ct report stated lt sided pneumothorax, chest drain inserted lt side by ED reg, repeat xray "
    "showed the ptx was rt sided, the report was wrong, consultant radiologist has apologised",
    "cxr report: R apical pneumothorax. junior dr put in a chest drain on the R, pt still SOB, "
    "senior reviewed the film - ptx is L, reporter mislabelled sides. drain moved.",
    "MSK US report said R supraspinatus calcific tendinopathy. Barbotage performed R shoulder by "
    "the sports med reg. Pt then said her pain has always been in the L shoulder, images "
    "reviewed and the calcification is on the L, report had the sides mixed up.",
    "IR: the referring hospital letter requested drainage of a L subphrenic collection, drain "
    "sited L by the IR fellow under US, only a small amount of fluid, CT the next day showed the "
    "collection was right sided, letter was wrong. R drain inserted.",
    "Carpal tunnel release done on R hand as per GP referral. GP had written the wrong hand in "
    "the letter, pts symptoms were L. L CTR now listed.",
    "Pt referred for L inguinal hernia repair. GP letter said left. Surgeon examined, small "
    "hernia on L, repaired L. At f/u pt said the painful lump was on the R all along, GP says "
    "their letter was wrong.",
]

OPERATORS_OWN_WRONG_SIDE = [
    "CT report said R kidney stone; consent R ureteroscopy, but the L ureter was scoped by the "
    "urology SpR. Noticed when no stone found.",
    "Pt listed for a L knee arthroscopy; the R knee was operated on. Post op report says R knee "
    "arthroscopy done, incident raised.",
    "The GP letter said R carpal tunnel, but the surgeon operated on the L hand as he had mixed "
    "up the pts.",
    "USS report clearly stated L breast lesion; core biopsy taken from the R breast in error by "
    "the radiographer who misread the request.",
    "Referral letter said right breast; the surgeon misread it as left and biopsied the left "
    "breast. Right biopsied the next week.",
    "Pt listed for R inguinal hernia repair; consent and list correct (R). Surgeon operated on "
    "the L side. Discovered in recovery.",
    "L femoral nerve block given though the surgery was on the R knee.",
]


@pytest.mark.parametrize("text", FROM_THE_DOCUMENT)
def test_the_documents_side_acted_on_is_excluded(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", OPERATORS_OWN_WRONG_SIDE)
def test_the_operators_own_wrong_side_stays_never_event_1(text: str) -> None:
    assert never_event_codes(text) == ("1", None)
