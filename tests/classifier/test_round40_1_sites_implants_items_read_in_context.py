"""Never events 1-3 read in their context: a numbered agenda item and a line kept in past its
dwell time are no item left in; a dated earlier event recalled is no event of this report; the
needle of "the pause before needle" is the moment of a block; a wrong side typed into a record
is a paper error, a near miss when a check caught it; a medicine injection meant for another
patient is no wrong-patient procedure; an incision made before the team realised reaches the
patient; a wrong implant spotted before it went in, told in plain or second-language words, is
a near miss; a disputed side with the consent redone a few sentences on is a near miss."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        # minutes numbered by item, a line kept in as a care issue
        "Governance minutes. Item 1: C diff cases x2 on ward 3. Item 2: peripheral cannula "
        "left in situ 7 days without a VIP score, phlebitis and line infection.",
        "Agenda item 5 - PICC remained in place 4 weeks after the antibiotics ended, "
        "bacteraemia. Item 6: hand hygiene audit 81%.",
        # a dated earlier event recalled beside a clear admission
        "Reply to family: you raised the previous operation in 2020 when a pack was left "
        "inside her. This admission both counts were correct and the scan showed no foreign "
        "body.",
        "He recalled the earlier episode in 2017 where the wrong finger was operated on. "
        "Today's trigger finger release on the R ring finger went as planned.",
        # the needle as the moment of a block
        "Learning from the audit: keep the mark visible and do the stop moment immediately "
        "before needle. All blocks this month on the marked side.",
        # a medicine injection meant for another patient
        "HCA reports the nurse gave my husband the insulin injection that was meant for the "
        "man in the next bed, his sugar dropped and he needed glucose.",
        "The vitamin B12 injection meant for the lady in bay 4 was given to Mrs P by mistake.",
    ],
)
def test_context_that_is_no_event_here(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # this patient's retained item beside an earlier event and numbered minutes
        (
            "The earlier event in 2019 was discussed with her. This time a swab was left in "
            "the abdomen after her laparotomy on 4/3 and was found on CT on day 6.",
            ("3", None),
        ),
        (
            "Item 3: needle missing at the close of the hernia repair, wound closed, post-op "
            "x-ray showed the needle in the groin, returned to theatre to retrieve it.",
            ("3", None),
        ),
        # the incision made before the side error was realised
        (
            "Letter to patient: we made an incision on the outside of your left ankle before we "
            "realised the fixation was planned for your right ankle. We stopped and operated on "
            "the right.",
            ("1", None),
        ),
        (
            "The registrar made a skin incision over the R wrist before noticing the consent "
            "said L carpal tunnel release.",
            ("1", None),
        ),
        # a side written wrongly in a record and caught at a check
        (
            "The booking clerk typed the wrong side on the theatre list; picked up at sign in "
            "against the consent, list amended, no harm.",
            (None, "1"),
        ),
        (
            "L ureteroscopy. At time out the list said right; registrar checked the CT, stone on "
            "the left. List corrected and the procedure done on the left. Cause: the secretary "
            "typed the wrong side.",
            (None, "1"),
        ),
        # sides disputed at the check, consent redone a few sentences later
        (
            "Planned R carpal tunnel release. At sign in the patient said it was her left hand. "
            "The consent and the list both said right. Surgeon looked at the clinic letter, "
            "which said left. The nerve conduction report was checked too. Consent redone for "
            "the left and the mark moved, no incision.",
            (None, "1"),
        ),
        # a wrong implant spotted before it went in
        (
            "Cath lab: a 2.5x30 stent was opened when a 2.5x12 was planned; the operator checked "
            "the box before introducing it and the correct stent was opened.",
            (None, "2"),
        ),
        (
            "Knee replacement. Tibial tray size 4 was the plan of surgeon but I open the size 6 "
            "box because they are next to each other. Surgeon check before put it in and see it "
            "is wrong.",
            (None, "2"),
        ),
    ],
)
def test_event_read_in_its_context(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
