"""Never events 1-3 read from words that name something else: a "self-retaining" retractor (the
instrument's kind, not an item retained), a urinary catheter kept in for a set time after the
procedure, a report's "summary extract" (no tooth extraction), a retained item of an operation
at another hospital years ago, the never event box a reporter ticked, an implant review that
found the implant placed was the one intended, and an allegation of a wrong site that a review
did not uphold. Each reading can rule a finding out, so true never events in which its words
appear stay never events."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Lumbar laminectomy. The self-retaining retractor slipped and was repositioned; "
            "check image taken. Counts correct at closure.",
            "3",
        ),
        ("TURP uneventful, catheter left in for 3 days, discharged home on day 4.", "3"),
        (
            "Mrs K, under review after a caesarean at another hospital in 2017 that was "
            "complicated by a retained swab, had her clinic appointment cancelled twice by the "
            "booking team.",
            "3",
        ),
        (
            'The HCA ticked "never event - retained foreign object" on the form. The panel '
            "reclassified it: a retained placenta after delivery, manual removal in theatre.",
            "3",
        ),
        (
            "Comment: raised by the directorate as a possible implant never event. It is not: "
            "the implant placed was the implant intended and the problem was a recalled batch "
            "with a locking defect found at revision.",
            "2",
        ),
        (
            "Complaint review. Allegation of removal of the wrong lesion not upheld: histology "
            "and photographs match the marked lesion.",
            "1",
        ),
        (
            "She said the doctor had removed the wrong mole. Conclusion: the correct lesion was "
            "excised, matching the marked photograph; the other mole was never listed for "
            "removal.",
            "1",
        ),
    ],
)
def test_look_alike_words_are_no_never_event(text: str, code: str) -> None:
    assert never_event_codes(text)[0] != code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # "self-retaining" names the instrument: an item of one left in is still retained
        (
            "A self-retaining retractor blade was left in the abdomen and found on CT 3 weeks "
            "later.",
            "3",
        ),
        (
            "Self retaining retractor used. A swab was found retained in the pelvis at "
            "relaparotomy on day 5.",
            "3",
        ),
        (
            "The Weitlaner self-retaining retractor was left in the wound under the dressing and "
            "found by the ward nurse.",
            "3",
        ),
        # a catheter kept in for days beside a broken-off part or another item left in
        (
            "TURP: the tip of the catheter sheared off and was left in for 10 days until "
            "cystoscopy retrieved it.",
            "3",
        ),
        (
            "A piece of catheter was left in for 10 days after the procedure before it was found "
            "on x-ray.",
            "3",
        ),
        (
            "Catheter left in for 2 days post op. At the 6 week review a swab was found retained "
            "in the vagina after the repair.",
            "3",
        ),
        # an operation at another hospital in the past beside this admission's retained item
        (
            "She had a hysterectomy at another hospital in 2015 which was uneventful. After her "
            "laparotomy here, a swab was left in the abdomen and found on CT.",
            "3",
        ),
        (
            "Knee replacement at another hospital in 2016 that went well. Here the guidewire was "
            "left in the vein after the CVC and was seen on the chest x-ray.",
            "3",
        ),
        (
            "Surgery at a private hospital in 2019 when nothing went wrong. This admission: "
            "throat pack left in after tonsillectomy, found in recovery when pt coughed it up.",
            "3",
        ),
        # the reporter's ticked box beside the event told in its own words
        (
            "The reporter ticked never event wrong site surgery, which is correct: the left knee "
            "arthroscopy was performed instead of the right knee.",
            "1",
        ),
        (
            "Reporter ticked never event retained foreign object. CT showed a swab retained in "
            "the pelvis after the hysterectomy; returned to theatre.",
            "3",
        ),
        (
            "The nurse ticked never event wrong implant. The 32mm head was implanted instead of "
            "the planned 28mm head; revision required.",
            "2",
        ),
        # a queried implant that was the one planned for someone else or another knee
        (
            "Query wrong lens. Cataract list: pt 2 had the +23.0D IOL placed. On checking, the "
            "lens inserted was the one planned for pt 3. Pt 2 needs an IOL exchange.",
            "2",
        ),
        (
            "?wrong implant. The implant placed was the implant templated for the other knee; the "
            "tibial tray was a size 5 instead of size 3. Revision booked.",
            "2",
        ),
        # an allegation not upheld about something else, a patient's account borne out
        (
            "The allegation of rudeness was not upheld. Separately the wrong finger was operated "
            "on: the ring finger trigger release was done instead of the middle finger.",
            "1",
        ),
        (
            "Complaint about parking not upheld. Pt had a retained swab found on CT 3 weeks after "
            "laparotomy, removed at relaparotomy.",
            "3",
        ),
        (
            "She said the surgeon had operated on the wrong toe. Review: the left 2nd toe was "
            "operated on instead of the right 2nd toe. No error identified in the swab count.",
            "1",
        ),
        (
            "Pt said the doctor had removed the wrong lesion. Conclusion: the correct lesion was "
            "excised on the right shin at the second visit, after the left shin lesion had been "
            "excised in error at the first.",
            "1",
        ),
        (
            "He says the surgeon had done the wrong knee. Findings: the correct knee was operated "
            "on at the re-do after the left knee arthroscopy was done instead of the right.",
            "1",
        ),
        (
            "Finding: the correct side was operated on at the second operation after the left "
            "kidney was removed instead of the right kidney.",
            "1",
        ),
        # a report's "extract" is no tooth extraction
        (
            "PSII summary extract. The left knee arthroscopy was performed instead of the right "
            "knee, wrong site surgery.",
            "1",
        ),
    ],
)
def test_never_event_stays_beside_the_look_alike_words(text: str, code: str) -> None:
    assert never_event_codes(text)[0] == code


def test_wrong_tooth_extraction_stays_excluded() -> None:
    text = "Dental: the dentist was to extract UR6 but extracted UR7 by mistake, wrong tooth."
    assert never_event_codes(text)[0] != "1"
