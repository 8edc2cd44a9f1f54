"""Review R14 of a prep's "for" side, a record put right and a revision only planned.

A prep "for" an act on a side is that side's set-up, but when the report then tells the first
invasive step done with no side of its own and no catch between ("Injected.", "Incision made"),
the step went on to the side prepped: never event 1 when the other side was planned. A record
the report puts right tells only its own act: a side the report tells in its own words in the
same sentence ("letter says L hernia repair and that is what happened as the L groin was
operated on") is the act. A revision or exchange the patient is listed "for" after the implant
is named is the remedy of an implant already in, which tells it put in. Asserted on the rules'
own outcome (rule_never_event_codes), not a learned model's rescue.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_never_event_codes

# ------------------------------------------------------------- a prep's side, then the step


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pt prepped for injection into the L eye. Consent was R eye. Injected.",
            ("1", None),
        ),
        (
            "Consent R eye. Pt prepped for injection into the L eye, injection given.",
            ("1", None),
        ),
        (
            "Patient draped for R hernia repair, consent L. Incision made before the error was "
            "realised.",
            ("1", None),
        ),
        (
            "Patient draped for R hernia repair, consent L. Incision made, then the error was "
            "realised.",
            ("1", None),
        ),
        (
            "Pt prepped for L eye injection; consent R. Topical LA drops given. Nurse queried the "
            "side at time out and pt re-prepped R.",
            (None, "1"),
        ),
        (
            "Pt prepped for L eye injection, consent R. Needle on the tray. Caught at time out.",
            (None, "1"),
        ),
        (
            "Pt prepped for injection into the L eye. Consent was R eye. Injection not given as "
            "error noticed.",
            (None, "1"),
        ),
        (
            "Consent R eye. Pt prepped for injection into the L eye; stopped by the nurse, "
            "switched to R, injected.",
            (None, "1"),
        ),
        (
            "pt prepped for R knee injection but consent was L knee; no injection given, pt "
            "re-consented.",
            (None, "1"),
        ),
        (
            "Pt prepped for injection into the L eye, consent L, injected, no issues.",
            (None, None),
        ),
    ],
)
def test_a_step_told_after_a_prep_for_a_side_goes_on_to_that_side(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert rule_never_event_codes(text) == expected


# ------------------------------------------------------------- a record put right


@pytest.mark.parametrize(
    "text",
    [
        "Discharge letter says L inguinal hernia repair and that is what happened as the L groin "
        "was operated on despite R consent; letter amended to record DoC.",
        "op note states R TKR done and the R knee was done, consent was L though. op note "
        "corrected with addendum re time out.",
        "Clinic letter says R CTR performed which is correct, but pt was consented for L and the "
        "R hand was operated on. Letter amended to add the DoC.",
    ],
)
def test_the_reports_own_act_beside_a_put_right_record_is_never_event_1(text: str) -> None:
    assert rule_never_event_codes(text) == ("1", None)


# ------------------------------------------------------------- a revision of an implant in


@pytest.mark.parametrize(
    "text",
    [
        "Post op x-ray showed a 50mm cup where a 54 was templated; wrong implant, pt listed for "
        "revision.",
        "Wrong power IOL found at follow up (+24D rather than +21D planned). Pt booked for a lens "
        "exchange.",
        "IOL +19D instead of +22D planned. Referred for IOL exchange.",
        "Sticker check after the TKR showed a L femoral component in the R knee. Pt listed for "
        "revision.",
    ],
)
def test_a_revision_listed_for_a_wrong_implant_found_in_is_never_event_2(text: str) -> None:
    assert rule_never_event_codes(text) == ("2", None)
