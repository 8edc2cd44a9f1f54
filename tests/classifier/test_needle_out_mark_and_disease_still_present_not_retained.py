"""Look-alikes of a retained object: the needle taken out as the injection ended ("as the needle
came out the ODP said hang on"), the mark a needle left ("needle track and subconj haem L eye")
and the disease still there after the operation ("disc prolapse at L4/5 still present", "the
lesion was still present at clinic") are no item left in. A needle, swab or tampon found in
the body later still is never event 3."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NOT_RETAINED = [
    "Cataract R eye listed, L eye anaesthetised with sub-tenon block; as the needle came out the "
    "nurse realised. DoC done.",
    "US guided biopsy of the R kidney planned; needle passed into the L kidney and core taken, as "
    "the needle came out the consultant realised the error. Pt informed.",
    "Listed R knee injection, next day pt showed the needle mark on her L knee, R knee had not "
    "been done.",
    "Excision of lesion on R forearm. At clinic the lesion was still present, the scar was on the "
    "other arm. Retractor not used.",
    "Post op check, cyst still present on USS, listed for repeat aspiration. No swab count issue.",
]

RETAINED = [
    "Retained needle: pt attended ED 2/52 post op with sharp pain, xray showed needle in the "
    "wound, as the needle came out during exploration it was intact.",
    "Pt noticed the needle came out of her wound at home 5 days after the repair, GP informed.",
    "Seen in clinic 2 weeks later - needle found in the wound, removed.",
    "CT abdo post op: swab still present in the pelvis, returned to theatre.",
    "Pt returned with a tampon still there from the repair, removed by midwife.",
]


@pytest.mark.parametrize("text", NOT_RETAINED)
def test_look_alike_is_no_retained_object(text: str) -> None:
    assert "3" not in never_event_codes(text)


@pytest.mark.parametrize("text", RETAINED)
def test_item_found_later_stays_never_event_3(text: str) -> None:
    assert never_event_codes(text) == ("3", None)
