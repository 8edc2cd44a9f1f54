"""Wrong implants and retained objects told in words the rules did not read (round 42, b): a
planned and a placed implant told apart by length, letter size, size band or a power-injectable
port, or by a number measured against the length put in; implants named as
abutments, nails or a breast augmentation; a retained item found by the patient days later,
coughed up, sewn in by mistake, taken out by the GP, lying in the fornix, removed in recovery,
or told as "something left in". Look-alikes: the same values planned and placed, a size told
of another item, a denied plan, items removed as planned, a look-alike brought in."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "Revision hip: long stem was planned and templated. A short stem was implanted, seen on "
        "the check film.",
        "UKR: size B tibial bearing planned, size C bearing implanted, found at sticker check.",
        "Oncology asked for a power-injectable port; a non-power port was implanted in IR.",
        "Radial head measured 22 with the sizer, 26mm head implanted, overstuffed on xray.",
        "Dental implant: 4mm abutment planned, 6mm abutment fitted, noticed at review.",
    ],
)
def test_a_wrong_implant_told_by_its_values_is_read_by_the_rules(text: str) -> None:
    assert rule_never_event_codes(text)[0] == "2"


@pytest.mark.parametrize(
    "text",
    [
        "Hysteroscopy in OP clinic, vaginal pack put in for bleeding and not documented. She "
        "found it herself 6 days later.",
        "Man brought back to ED: he coughed up a bloodstained pad the night after sinus surgery. "
        "It was the throat pack, not recorded as removed.",
        "Wisdom tooth removal under LA, gauze swab stitched into the socket by mistake at "
        "closure. Pt returned with pain a week later.",
        "Perineal repair on delivery suite, d/c day 1. Seen by GP on day 8 with offensive loss, "
        "GP removed the pack.",
        "Postnatal check: speculum shows a gauze swab in the posterior fornix, removed.",
        "Septoplasty. In recovery pt choking and desaturating, throat pack retrieved from the "
        "oropharynx by the anaesthetist.",
        "Letter from pt: after my stitches nobody said they had left anything in, then I pulled "
        "out a blood soaked cotton wad.",
        "CT for pain years after open appendicectomy: a metallic artery forcep in the R iliac "
        "fossa.",
    ],
)
def test_a_retained_item_found_later_is_read_by_the_rules(text: str) -> None:
    assert rule_never_event_codes(text)[0] == "3"


@pytest.mark.parametrize(
    "text",
    [
        "Long nail planned, long nail implanted; short locking screws used as usual.",
        "Short nail implanted, long nail not requested as no shaft lesion.",
        "Wound measured 4cm, a 5cm dressing applied.",
        "Short stem planned and a short stem cemented, long leg cast applied after.",
        "Tonsillectomy. At the end of the case the anaesthetist removed the throat pack from "
        "the oropharynx before extubation, on the board, count correct.",
        "Dental extraction, gauze pack in the socket to bite on; gauze removed from the socket "
        "after 30 min as planned.",
        "Nasal surgery, planned nasal packs for removal next morning as per op note. GP removed "
        "the pack on day 1 as planned.",
        "Child swallowed a coin at home and coughed up the coin in ED. No procedure.",
        "Pt found it herself difficult to mobilise after surgery. Wound pack changed by DN.",
        "Grey material visible just inside introitus, which was slough; no swab or pack seen.",
        "Parent said child coughed up a piece of cotton after tonsillectomy. It was a fibre "
        "ball, not a throat pack, and not from the operation.",
        "Confused pt removed it herself overnight - the urinary catheter. Re-catheterised.",
    ],
)
def test_look_alikes_give_no_never_event_from_the_rules(text: str) -> None:
    assert rule_never_event_codes(text)[0] is None
