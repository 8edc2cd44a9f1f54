"""What the item is, whether the wrong one was used or only opened, and where and when an item
was found. A "pack" of a blood component told before it ("platelets ... the pack was group O")
is the unit, judged by ABO groups (never event 12, near miss 12 stopped before spiking), never
a surgical pack left in (never event 3). A wrong implant opened and stopped before it went in is
near miss 2; the right implant in a misprinted carton is none. An item found in the wound before
closure is near miss 3; a swab found outside the wound, or a clip from a past operation, is
none. Look-alikes stay as they are."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    # blood component packs: never a retained pack
    (
        "Pt group B pos on the haem ward, given a full adult dose of platelets overnight. Next "
        "morning the BMS saw the pack had been group O and was not HT negative. Pt well, "
        "consultant aware, SHOT done.",
        ("12", None),
    ),
    (
        "platelets arrived for bed 4 (pt group AB pos). at bedside check the pack was group O "
        "with no high titre neg label. not spiked, sent back to lab, AB platelets issued",
        (None, "12"),
    ),
    (
        "FFP x2 collected for Mrs Y, pt is group O. Pack checked at the bedside, labelled for "
        "her and group O. Transfused without problem.",
        (None, None),
    ),
    (
        "Red cells for pt (A neg). 2nd nurse noted the pack was group A neg, same as pt, all "
        "details matched, transfusion started.",
        (None, None),
    ),
    (
        "Platelet pack for a group O pt was group A. Checked with haematology: acceptable for "
        "platelets. Given.",
        (None, None),
    ),
    # surgical packs stay packs
    (
        "Lap hysterectomy. A pack was left in the pelvis after closure, found on CT day 3 and "
        "removed in theatre.",
        ("3", None),
    ),
    (
        "Abdominal pack missing at final count, found in the abdomen before the sheath was "
        "closed. Removed, count correct.",
        (None, "3"),
    ),
    (
        "pt transfused 2 units in theatre for bleeding. post op xray showed a retained "
        "abdominal pack, returned to theatre for removal",
        ("3", None),
    ),
    # wrong implant opened, caught before it went in
    (
        "TKR. Femoral component size 5 requested, size 6 opened by the circulator. Scrub noticed "
        "on checking the box before it was cemented. Size 5 opened and implanted.",
        (None, "2"),
    ),
    (
        "dual chamber pacemaker planned. a single chamber box was opened onto the field, the "
        "physiologist saw it before it was attached to the leads. correct generator then opened",
        (None, "2"),
    ),
    (
        "Hip hemi: 28mm head opened, the trial was 32. Scrub nurse stopped it before it was "
        "impacted. 32mm head used. 28 wasted.",
        (None, "2"),
    ),
    (
        "Cataract list. Lens of +21.0D opened, plan said +22.5D. Noted at the lens check before "
        "insertion. Correct lens put in.",
        (None, "2"),
    ),
    # a wrong implant that did go in stays never event 2
    (
        "Femoral head 36mm impacted onto the stem, plan was 32mm to match the liner. Found on "
        "checking the stickers post op. Pt to be revised.",
        ("2", None),
    ),
    (
        "Lens of the wrong power implanted, +19 instead of +21. Found at post op refraction.",
        ("2", None),
    ),
    # right implant, packaging or paperwork wrong
    (
        "Outer box of the tibial tray labelled LEFT, pt having R knee. Inner pack and component "
        "etched right, company confirmed a labelling error. Right tray implanted.",
        (None, None),
    ),
    (
        "Implant stickers for the acetabular cup were put in the wrong patient's notes. The "
        "correct cup was implanted, stickers moved to the right records.",
        (None, None),
    ),
    (
        "Box of the IOL misprinted with a different power; lens itself checked against the "
        "barcode, correct +20.0D, implanted. Reported to the manufacturer.",
        (None, None),
    ),
    # intentional change stays null
    (
        "Planned 32 head, surgeon decided intra-op to use a 36 head for stability, documented in "
        "op note.",
        (None, None),
    ),
    # items found in the wound before closure
    (
        "Count discrepancy - 1 needle missing at the closing count. Found in the wound under "
        "the retractor, removed before closure. Count then correct.",
        (None, "3"),
    ),
    (
        "Screwdriver tip missing at first count. Located in the wound next to the nail, "
        "retrieved, count reconciled before closing.",
        (None, "3"),
    ),
    (
        "small swab unaccounted for at the 2nd count; found in the abdo cavity behind the "
        "liver, taken out before the fascia was closed",
        (None, "3"),
    ),
    # an item found in the patient after closure stays never event 3
    (
        "Swab found in the wound when the pt returned to theatre 2 weeks later for a wound "
        "infection, after the count had been signed as correct.",
        ("3", None),
    ),
    (
        "Guidewire seen on post op CXR after central line insertion, removed by IR.",
        ("3", None),
    ),
    # items found outside the wound
    (
        "Swab missing at end count. Found on the floor under the operating table. Count "
        "correct, pt fine.",
        (None, None),
    ),
    (
        "One swab missing at the final count as pt was being moved. Found stuck to the drapes "
        "outside the wound. Count correct.",
        (None, None),
    ),
    (
        "needle missing at count after skin lesion excision, found on the trolley sheet after "
        "pt transferred, outside the pt. Count now correct",
        (None, None),
    ),
    # clips from a past operation
    (
        "Post op film after hernia repair: radiologist queried a metal object in the abdomen. "
        "Surgeon confirmed this is a clip from the appendicectomy in 2015, seen on an old CT. "
        "Nothing left from today.",
        (None, None),
    ),
    (
        "?retained FB on post op x ray. reviewed - it is an old sterilisation clip, present on "
        "previous imaging. no foreign body from this procedure.",
        (None, None),
    ),
    # (the film's clip told in a sentence of its own, its placing only in the next: the reading
    # keeps a device told seen apart from its placing as a possible item left)
    pytest.param(
        "Post op CXR after lap chole showed a clip in the RUQ. Clip had been placed across the "
        "cystic duct as planned.",
        (None, None),
        marks=pytest.mark.xfail(reason="a device seen on a film is read apart from its placing"),
    ),
    # retained from a past operation, only found now: still never event 3
    (
        "CT for abdo pain showed a swab in the abdomen, left from her laparotomy last year. Pt "
        "taken to theatre for removal.",
        ("3", None),
    ),
    (
        "Artery forceps found on xray, left in since his bowel resection 3 months ago.",
        ("3", None),
    ),
    (
        "pt given 1 unit of RBC group A; pt is group O. Pack stopped after 20ml when pt "
        "developed fever and rigors.",
        ("12", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_item_and_pack_told_apart(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
