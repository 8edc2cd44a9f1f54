"""How far a side or an implant got, told by what the report names it with.

A prep "for" an act on a side ("prepped for injection into the L eye") tells the side set up,
not the act done, nor the plan when the records name the other side: caught before the act it is
near miss 1. A record after the operation that tells a side with an act ("clinic letter says 'R
CTR performed'"), put right by the report, tells a slip in the record, not the act nor the plan.
An implant's step named only as what the patient was listed or prepped "for" ("prepped for
revision knee"), the case cancelled with no implant delivered, tells no implant used: a reporter's
"wrong implant" tag is then no never event 2. Each with look-alikes that must stay as they are.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

# ------------------------------------------------------------- a prep's side, caught


@pytest.mark.parametrize(
    "text",
    [
        "Pt prepped and draped for L knee arthroscopy. Time out: consent and marking R knee. "
        "Drapes off, R knee re-prepped, scope done R.",
        "cataract list - pt prepped for phaco on the right eye, speculum in. surgeon checked "
        "biometry + consent: LEFT eye. stopped, re-prepped L, op done L uneventful",
        "Skin prep done for injection into the R shoulder. Before the needle went in the doctor "
        "looked at the referral which was for the L shoulder. Injection given to L shoulder.",
        "pt draped for R inguinal hernia repair but consent form L. noticed at time out, "
        "redraped, L repair done.",
        "Intravitreal inj: prepped for injection into RE, lid speculum in; nurse rechecked the "
        "list, LE due. Stopped, LE prepped and injected.",
        "Pt prepped for L carpal tunnel release, tourniquet on. Consent says R. Surgeon "
        "realised before incision. Switched to R, R CTR performed.",
        "Consent R eye. Pt prepped for L eye injection. Caught at time out before any "
        "injection was given.",
    ],
)
def test_a_side_prepped_for_an_act_and_caught_is_near_miss_1(text: str) -> None:
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pt prepped for injection into the L eye and injected L eye. Consent was for the R "
            "eye. Wrong eye injected, DoC done.",
            ("1", None),
        ),
        (
            "Pt prepped for R knee arthroscopy; consent was L. Scope performed on the R knee "
            "before anyone noticed.",
            ("1", None),
        ),
        (
            "Listed for L TKR. Skin prepped for R TKR, incision made on R knee; wrong side "
            "realised.",
            ("1", None),
        ),
        (
            "Pt prepped for injection into the L eye, consent L, injected L eye, no issues.",
            (None, None),
        ),
        (
            "Pt prepped and draped for R hip hemiarthroplasty, procedure delayed 40 min as the "
            "image intensifier was not working.",
            (None, None),
        ),
        (
            "Patient prepped for injection into the R knee under US guidance; procedure "
            "abandoned as pt vasovagal.",
            (None, None),
        ),
    ],
)
def test_a_prep_that_went_on_to_the_act_or_matched_the_plan_stays(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


# ------------------------------------------------------------- a record put right


@pytest.mark.parametrize(
    "text",
    [
        "Discharge letter after R inguinal hernia repair says 'L hernia repaired'. Op note and "
        "consent R. Letter amended.",
        "GP letter following L cataract surgery stated 'R phaco performed'. All notes say L "
        "eye, patient confirms L. Letter corrected and resent.",
        "clinic letter says R knee arthroscopy done - op was the L knee (consent, op note, "
        "wound L). typo, letter corrected",
        "After a R carpal tunnel release, the typed clinic letter said a left CTR had been "
        "performed. Op note, consent and scar all R. Letter reissued.",
        "Op note reads 'L TKR performed' after an uneventful R TKR; corrected by the surgeon "
        "the same day.",
    ],
)
def test_a_side_told_by_a_record_the_report_puts_right_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Letter to GP says L CTR performed; pt attended clinic saying the R hand was the "
            "problem and R was consented. The L hand was operated on. Wrong site, DoC.",
            ("1", None),
        ),
        (
            "Op note records a L inguinal hernia repair; pt was listed and consented for R. "
            "Wrong side surgery confirmed.",
            ("1", None),
        ),
        (
            "R knee arthroscopy performed, but consent and list L knee. Op note says R knee "
            "scope. Wrong site surgery, DoC done.",
            ("1", None),
        ),
        (
            "Clinic letter sent to the wrong GP practice after L CTR. Letter re-sent to the "
            "correct GP.",
            (None, None),
        ),
    ],
)
def test_a_record_of_a_wrong_side_done_or_of_no_side_stays(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


# ------------------------------------------------------------- a revision only planned


@pytest.mark.parametrize(
    "text",
    [
        "Pt listed for revision THR, starved since midnight. Cup ordered from the supplier did "
        "not arrive. Op cancelled, pt home. Reporter logged it as wrong implant.",
        "prepped for revision TKR, company failed to deliver the tibial tray. Case cancelled. "
        "Category chosen by reporter: 'wrong implant'.",
        "Booked for revision hip, augment not delivered by the rep. Procedure cancelled on the "
        "day, pt sent home. Reporter marked 'wrong implant'.",
        "Knee revision cancelled on the day as the implant was not delivered by the company. "
        "Pt sent home.",
    ],
)
def test_a_revision_only_planned_with_no_implant_delivered_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Revision TKR: wrong size tibial insert implanted, planned 10mm, 12mm used. Found "
            "on sticker check post op.",
            ("2", None),
        ),
        (
            "Pt prepped for revision hip. Wrong cup opened (size 54 not 52 as planned), noticed "
            "before implantation, correct cup opened.",
            (None, "2"),
        ),
        (
            "Listed for revision of a L THR. The wrong head was implanted - 32mm instead of the "
            "36mm planned.",
            ("2", None),
        ),
        (
            "Booked for revision hip; the cup inserted was a 50 when a 54 was templated - wrong "
            "implant.",
            ("2", None),
        ),
    ],
)
def test_a_revision_with_its_implant_put_in_or_opened_stays(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
