"""Never events 1-3 and their near misses read in less usual forms: a block found on the wrong
side after it went in is the wrong-site procedure, whatever was caught before the knife; a
mark moved before the blade and a wrong patient sent back are catches; a wrong level from an
unknown anatomical anomaly or a side typed by the laboratory is excluded; a size changed on
the operator's judgement with its reason written, or the planned implant told as the one put
in, is no wrong implant; a handed component put into the other side's joint is; a paper
filed in another patient's notes is no wrong-patient procedure, and a ward bed space is no
operative bed an item was found in."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a block done on the wrong side, caught only before the operation began
        (
            "R interscalene block given, pt listed for L shoulder arthroscopy. anaesthetic "
            "nurse spotted it after block completed, before surgery started",
            ("1", None),
        ),
        (
            "popliteal block done on L leg for R ankle ORIF, noticed after block done but "
            "before any incision. DoC",
            ("1", None),
        ),
        (
            "wrong side TAP block - pt listed for L hernia, R side injected; realised after "
            "injection given, prior to knife to skin",
            ("1", None),
        ),
        # a handed component put into the other side's joint
        (
            "Joint registry query: revision R TKR. Component list shows the tibial tray and "
            "insert as planned, but the L femoral component was cemented into the right knee.",
            ("2", None),
        ),
        (
            "Shoulder list. the R humeral stem was implanted into the left shoulder, found when "
            "the implant stickers were entered on the registry.",
            ("2", None),
        ),
    ],
)
def test_procedure_or_implant_that_reached_the_patient(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a mark moved to the right place before the blade
        "carpal tunnel release listed R, L hand marked on ward. scrub nurse noticed, mark "
        "moved to R before the knife went in",
        "L4/5 decompression - needle film showed L3/4, surgeon repositioned the mark, correct "
        "level confirmed before incision",
        # the wrong patient sent back before anything was done
        "wrong pt collected for cystoscopy, names similar. wristband checked in anaes room - "
        "didnt match the list. sent back.",
        "wrong patient brought to endoscopy for OGD, ID check found DOB different, pt taken "
        "back to the ward, correct pt fetched",
    ],
)
def test_site_or_patient_error_caught_before_anything_was_done(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize(
    "text",
    [
        # a wrong level from an anatomical anomaly nobody knew of
        "L2/3 discectomy done at L3/4 - pt has a previously undiagnosed hemivertebra at T12 "
        "so the count from the ribs was one out. recognised on post op xray",
        "wrong level fixation T10 instead of T11, congenital block vertebra T8/9 not reported "
        "on the MRI, counted from C2",
        # a side typed by the laboratory
        "excision of L shin lesion, GP referral and biopsy form said R shin. the pathology "
        "result had been keyed by the lab as L shin. R lesion later removed",
        # a size changed on the operator's judgement, its reason written
        "TAVI planned 26mm, after balloon sizing the operator felt the annulus was larger than "
        "on CT and deployed a 29mm, reason recorded in the procedure note",
        # a review finding the planned implant put in, only the record wrong
        "implant record showed a 52 cup but on checking the correct planned cup was "
        "implanted, confirmed on lot number - the sticker belonged to another case",
        "register listed a different lens model; on review the planned lens was implanted, "
        "the sticker was from the next case",
        # a paper filed in another patient's notes
        "pre-op checklist for a L knee scope filed in the wrong notes (belongs to another pt), "
        "found by the ward clerk",
        # a ward bed space, not an operative bed
        "night obs: sats 86, found the nasal specs tubing on the air outlet in bed space 4, "
        "moved to O2, sats 95",
    ],
)
def test_excluded_or_look_alike_is_no_site_implant_or_item_event(text: str) -> None:
    never_event, _ = never_event_codes(text)
    assert never_event not in {"1", "2", "3"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an anomaly denied, or known and unrelated: the count error stands
        (
            "wrong level ACDF C6/7 instead of C5/6. no anatomical anomaly or congenital fusion, "
            "counting error by reg",
            ("1", None),
        ),
        (
            "wrong level discectomy L3/4 instead of L4/5, pt has congenital fusion of C2/3 "
            "noted in an old neck xray but lumbar count was simply miscounted",
            ("1", None),
        ),
        # the lab's report told as right, the surgeon's reading wrong
        (
            "R breast wide local excision done, lesion was L. the histology report was "
            "correctly typed by the lab as L, surgeon read the wrong side off the whiteboard",
            ("1", None),
        ),
        # a change by mistake, no reason written
        (
            "DES 3.0 planned but a 3.5 opened by mistake and deployed, no reason recorded, "
            "operator didnt notice until the implant log",
            ("2", None),
        ),
        # the planned one told as not used
        (
            "the correct planned cup was not used - a 50 cup was implanted instead of the 54 "
            "templated",
            ("2", None),
        ),
        # the planned implant told as put in at the redo: the first one was wrong
        (
            "At the IOL exchange the planned lens was implanted. At the first operation a "
            "13.0 D lens had been implanted instead of the planned 21.0 D lens.",
            ("2", None),
        ),
        (
            "wrong cup put in - 50 instead of 54. revision next week when the planned cup was "
            "implanted without problems",
            ("2", None),
        ),
        # an operative bed is still where an item was left
        (
            "CT showed a swab left in the gallbladder bed after lap chole, back to theatre",
            ("3", None),
        ),
        (
            "retained pack found in the tumour bed at re-look laparotomy 3 days later",
            ("3", None),
        ),
        # a patient sent back for more care: no catch
        (
            "retained swab found on CT, pt sent back for laparotomy",
            ("3", None),
        ),
    ],
)
def test_look_alike_readings_leave_the_event_standing(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
