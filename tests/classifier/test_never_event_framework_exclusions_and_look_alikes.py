"""Round 24 (second pass): framework exclusions and look-alikes. A wrong site owned by the
referrer's letter or taken from a laboratory's label of another specimen is excluded; a size or
component changed on the operator's judgement, an implant found later to have ruptured, one
checked against the record and found to be the planned one, or a wrong implant sticker that came
from an unopened box is no wrong implant; a past event the patient tells as history at another
hospital is background; a knee x-ray "weight bearing", a request form's ticked box, pupils
dilated for an examination and a swab sent to microbiology are not surgery, implants or retained
items; thoughts of hanging, a set-up where "it would be easy" to give air and
a ground-floor ward's window are risks, not events. Each cue that can switch a never event off
is also shown in an innocent role, with the never event still found."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        # the referrer's letter held the error
        "Two week wait letter described a lesion on the R forearm. Plastics excised the R "
        "forearm lesion, histology seborrhoeic keratosis. Pt then said the worrying mole was on "
        "the L forearm. GP admitted a typing error in the referral. L lesion excised later.",
        # the lab gave the specimen another specimen's site
        "WLE performed on the R thigh for melanoma. Audit found the original biopsy had been "
        "reported by the pathology lab with the site of another patient's specimen; the "
        "melanoma was on the L thigh. L thigh WLE booked.",
        # size changed on the table on the operator's judgement
        "Hip hemiarthroplasty, 47mm head on the template. At trial the surgeon felt the head "
        "was loose so changed to a 49mm head. Pt had a post-op delirium.",
        # converted to other components by a documented decision
        "R TKR. Collateral ligament found deficient, a decision was made to convert to a "
        "constrained insert, implant check done. Family queried the implant card.",
        # checked against the record and found to be the planned one
        "Pt queried whether her lens was right as vision blurred. Implant details checked "
        "against the theatre register - was the lens planned for that eye.",
        # the wrong sticker came from an unopened box
        "Coding query: the implant sticker in the notes for the L THR is a 28mm liner but the op "
        "note says 32mm. Review: the 28 sticker belonged to an unopened box prepared early. 32mm "
        "liner implanted; records corrected.",
        # the patient's own history, told as background
        "Pt for L hip arthroscopy said she had the wrong hip scoped at another hospital some "
        "years ago and asked to see the marking. Marked and reassured. List later cancelled "
        "for lack of beds.",
        "Pt told the nurse he had a swab left behind after a hernia repair at another hospital "
        "in 2009 and wanted it on his record. It was not added to the checklist. Today's "
        "procedure uneventful, counts correct.",
        # a knee x-ray weight bearing is not a bearing component
        "GP asked for a R knee x-ray weight bearing. The L knee was x-rayed. Pt recalled for "
        "the R knee. Reported under IR(ME)R.",
        # a request form's ticked box
        "Request for L arm venous duplex, the request form had RIGHT ticked wrong box. R arm "
        "scanned and reported normal. Pt returned with a L arm DVT.",
        # a swab sent to microbiology
        "Pt re-attended 10 days after caesarean with wound breakdown and discharge. Wound swab "
        "grew staph aureus. Antibiotics started.",
        # thoughts of an act
        "Pt told staff she had been thinking about hanging herself from the curtain rail. No "
        "attempt. Obs increased.",
        # a set-up where a mistake would be easy
        "Concern raised, nothing happened: the air and oxygen outlets in bay 2 are side by side "
        "with identical flowmeters and staff say it would be easy to put a pt on air.",
    ],
)
def test_exclusions_and_look_alikes_are_no_never_events(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "GP ... error ... letter": the GP's letter was right, the wrong side was ours
        (
            "Referral letter from the GP said R shoulder lesion. Excision done on the L "
            "shoulder lesion in error. GP confirmed no error in the letter; the R lesion was "
            "the one referred.",
            ("1", None),
        ),
        # a lab named, but not a label from another specimen
        (
            "L ovary removed instead of the R. The specimen was reported by the lab with the "
            "site as written on the request: left ovary. Wrong site surgery declared.",
            ("1", None),
        ),
        (
            "Pt had a lesion excised from the wrong side of the back, R instead of L. Histology "
            "labelled by the lab with the site of the specimen pot.",
            ("1", None),
        ),
        # an operator's judgement told, but the implant opened was wrong
        (
            "Wrong size cup implanted: 50mm cup used with a 54mm liner. The surgeon felt the "
            "trial was tight and asked for the cup, the wrong size was opened and implanted.",
            ("2", None),
        ),
        # a decision to convert to open, not to other components
        (
            "Lap hernia repair, decision was made to convert to open. The wrong mesh was "
            "implanted, a 10x15 instead of the 15x15 planned.",
            ("2", None),
        ),
        # the implant failed because it was the wrong one
        (
            "Wrong size femoral component implanted in the L TKR: size 5 femur with size 3 "
            "tibia. Early failure of the knee at 6 weeks.",
            ("2", None),
        ),
        # a past never event told with another hospital, and this report's own event
        (
            "Pt told us she had a wrong site injection at another hospital last year. Today the "
            "R knee was injected instead of the L knee.",
            ("1", None),
        ),
        (
            "Swab count incorrect at close; pt told she has a retained swab, transferred from "
            "another hospital. CT today confirmed a retained swab in the abdomen.",
            ("3", None),
        ),
        # a microbiology swab and a retained swab in one report
        (
            "Vaginal swab left in after perineal repair, found 5 days later by the community "
            "midwife. High vaginal swab sent for culture.",
            ("3", None),
        ),
        # a request form and a box, and a wrong implant all the same
        (
            "The nurse ticked the wrong box on the implant record. Also a L knee tibial tray "
            "was implanted in the R knee.",
            ("2", None),
        ),
        # weight bearing named after a true wrong implant
        (
            "R femoral component implanted in the L TKR. Pt now partial weight bearing, "
            "revision planned.",
            ("2", None),
        ),
        # thoughts spoken of, then the act
        (
            "Acute mental health ward. Pt had been talking about hanging for days. Found hanging "
            "from the shower rail at 02:00, cut down, CPR.",
            ("9", None),
        ),
        # "would be easy" said of the set-up after a real event
        (
            "Pt on 2L oxygen was connected to the air flowmeter instead of oxygen, sats fell to "
            "80%. Staff said it would be easy to mix them up.",
            ("15", None),
        ),
        # checked against the record and found wrong
        (
            "Lens checked against the biometry after surgery: a +22.0D lens was implanted "
            "instead of the +19.5D planned.",
            ("2", None),
        ),
        # weight bearing and a ticked box next to true wrong implants
        (
            "L tibial tray implanted in the R knee. Pt weight bearing as tolerated day 1, "
            "revision discussed.",
            ("2", None),
        ),
        # a microbiology swab named beside a retained swab
        (
            "Swab left in the abdomen after laparotomy found on CT. Wound swab grew E coli.",
            ("3", None),
        ),
        (
            "Retained vaginal pack found 3 days after delivery. Swab taken for culture, "
            "antibiotics started.",
            ("3", None),
        ),
        # a past event at another hospital named, and this report's own retained item
        (
            "Pt said she had a retained swab at another hospital before. After today's "
            "laparotomy the count was short and x-ray showed a swab in the abdomen after closure.",
            ("3", None),
        ),
        # thoughts and talk, then the act
        (
            "Mental health unit. Pt spoke of hanging at the ward round. At 23:00 she was found "
            "hanging from the wardrobe rail, ligature cut.",
            ("9", None),
        ),
        (
            "Pt on the psychiatric ward, thinking of ending it, tied a cord to the curtain rail "
            "and was found hanging by staff.",
            ("9", None),
        ),
        # "would be easy" after reached air
        (
            "Pt was put on medical air instead of oxygen for 2 hours, sats 84%. The outlets "
            "are identical, it would be easy to do again.",
            ("15", None),
        ),
        (
            "Neb driven by air instead of oxygen, pt drowsy, CO2 rose. The nurse said it "
            "could be easy to confuse the outlets.",
            ("15", None),
        ),
        # the retained swab itself later sent for culture
        (
            "Day 5 post perineal repair, offensive discharge, retained swab found in the vagina "
            "at EUA, swab sent for culture grew E coli.",
            ("3", None),
        ),
        (
            "Pt was talking about her family earlier in the evening. At 22:10 found hanging from "
            "the curtain rail in her room, rail did not collapse. Mental health ward.",
            ("9", None),
        ),
    ],
)
def test_the_same_words_leave_never_events_found(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
