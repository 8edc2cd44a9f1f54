"""Wrong implants read by the rules (round 41, helper b): a side-specific component told as
being "a LEFT" for a right operation (the side also told after the operation's short name,
"TKR R"), a femoral head put with a liner of another diameter, a long-term T-tube for a
short-term grommet (or the other way round), a lens chosen from another patient's biometry and
a signed lens power with no unit. Look-alikes: the matching pair, a trial head, the stem "left
in situ", catches before insertion, a plan kept; and an implant event told as another trust's
case, a safety alert's or a dated past operation's, or an implant only discussed ("not used"),
which gives no never event at all (rules or learned model)."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, rule_never_event_codes


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
        # the trust's own case told at its M&M, and a wrong implant put in elsewhere lately and
        # found here, are still events
        "Discussed at M&M: our case where the tibial insert implanted was a left for a right "
        "TKR, pt revised.",
        "Pt transferred from another hospital after a R TKR done there 2 weeks ago; x-ray here "
        "shows the femoral component implanted was a LEFT.",
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


@pytest.mark.parametrize(
    "text",
    [
        "Discussed at audit: in a case at another trust a femoral component implanted was a "
        "LEFT for a right TKR.",
        "Learning from a 2012 case at another trust: a 32mm head on a 36mm liner was found at "
        "revision.",
        "M&M: national alert reminded us of a case where the tibial insert was a left for a "
        "right TKR; no local incident.",
        "Revision THR for recurrent dislocation. Primary in 2015 elsewhere had a 28mm head in "
        "a 32mm liner per the op note; revised to a dual mobility cup.",
        "Grommets planned for glue ear; T-tubes discussed but not used. Grommets inserted both "
        "ears.",
        "Teaching session: a case at a neighbouring hospital in 2019 where a right femoral "
        "component was implanted in a left TKR.",
        "MHRA bulletin described an incident in which a 28mm head was put on a 32mm liner; our "
        "stock checked, no patients affected.",
        "Another trust's incident: the tibial insert implanted was a right for a left TKR. "
        "Shared at governance for learning.",
        "Index TKR in 2009 at a private hospital had a LEFT tibial tray for a right knee per "
        "the old implant card; revised uneventfully today.",
        "Original THR 12 years ago had a 32mm head on a 36mm liner per the old op note; "
        "revised today with matched components.",
        "L phaco planned. Toric lens discussed but never opened; monofocal lens implanted as "
        "planned.",
    ],
)
def test_implant_event_elsewhere_or_only_discussed_gives_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)
