"""Wrong implants read by the rules (round 41, helper b): a side-specific component told as
being "a LEFT" for a right operation (the side also told after the operation's short name,
"TKR R"), a femoral head put with a liner of another diameter, a long-term T-tube for a
short-term grommet (or the other way round), a lens chosen from another patient's biometry and
a signed lens power with no unit. Look-alikes: the matching pair, a trial head, the stem "left
in situ", catches before insertion, a plan kept."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "Right knee replacement. On the sticker check at the end the femoral component used "
        "was a LEFT size 4. Consultant told the pt, revision being discussed.",
        "TKR R. The tibial tray was fine but the femoral component implanted turned out to be "
        "a left sided one. found by the arthroplasty nurse at NJR entry.",
        "L hip replacement - a 28mm head was impacted onto a 32mm liner. dislocated on the "
        "ward day 2, back to theatre for head exchange.",
        "Adult listed and consented for a long term T-tube in the R ear. Shah grommet inserted "
        "instead, picked up at clinic 3 months later when it had fallen out.",
        "Phaco R eye. The biometry printout used in theatre belonged to another patient with "
        "the same surname; pt very myopic on day 1, lens exchange booked.",
        "IOL exchange needed: lens +19.5 inserted on the day, biometry said +23.0. Pt informed.",
    ],
)
def test_wrong_implant_found_by_the_rules(text: str) -> None:
    assert rule_never_event_codes(text)[0] == "2"


@pytest.mark.parametrize(
    "text",
    [
        "L TKR. The stem was left in situ and the femoral component was cemented. R knee to "
        "be done next year.",
        "R TKR. Femoral component opened was a LEFT size 5 - noticed by the scrub nurse before "
        "it was implanted, the right component obtained and used.",
        "R THR: 36mm head on a 36mm liner, 54mm cup. Uneventful.",
        "THR: 52mm cup with a 32mm head and 32mm liner implanted. pt fell on day 2.",
        "Grommets inserted both ears as planned. T-tubes to be considered if they extrude.",
        "3rd set of grommets. T-tubes discussed but family prefer short-term grommets, "
        "consented for grommets, grommets inserted.",
        "Plan T-tube, consented for T-tube, T-tube inserted L ear. Has had grommets twice.",
        "IOL implanted matched the biometry. Pt worried the lens belonged to another patient "
        "after a news story - checked, it was the correct lens.",
        "Lens +21.5 planned, +21.5 implanted, correct lens confirmed at the check.",
        "Pt had a CRT-P implanted in 2019, now upgraded to CRT-D as planned after EF fell.",
    ],
)
def test_look_alikes_give_no_never_event(text: str) -> None:
    assert rule_never_event_codes(text)[0] is None
