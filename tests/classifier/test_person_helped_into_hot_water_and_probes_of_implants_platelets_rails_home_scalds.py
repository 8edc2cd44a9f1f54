"""The person helped into the shower or bath when its water was found too hot (batch 108's
dev-181017), and the probes of reviews r25 and r28 mended by x5.

- A person told being helped into the shower past their redacted name and a bracketed aside
  ("Helping Mr J (older adults ward) into the shower, he had one foot in the tray") is being put
  in: the guide's "near miss 14 only when the patient was already being put in (in the hoist, a
  foot in the water)"; the water told as not having gone on "his skin" is the water not reaching
  him. A thermometer check before anyone got in stays null, a scald stays never event 14.
- A left component cemented into the right knee is a wrong implant, whatever another
  component's "inserted as planned" (r25's G3).
- A transplant told of the patient's past ("history of corneal transplant") is no organ or
  tissue of this report's event (r25's A6).
- The implant put in "per the new plan" is a change made on purpose (r25's B6).
- Each side's planned volume told put on that side, no implant's noun, rules out the learned
  never event 2 (r25's C3).
- Untested group O platelets for a non-O patient "not transfused: stopped before spiking" are
  near miss 12 (r25's D5; the guide: "near miss 12 when stopped before spiking").
- A rail that "failed its load test" is a rail that did not release (r28's d2 probe).
- The nurse a home scald was told to gave no washing (r28's probe).
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

WARD = {"service_type": "4", "specialty": "68", "location_type": "10"}
MENTAL_HEALTH_WARD = {"service_type": "4", "location_type": "10"}
GP_PRACTICE = {"service_type": "7", "location_type": "2"}

NEAR_MISS_14 = (None, "14")
NEVER_EVENT_14 = ("14", None)
NOTHING = (None, None)


def test_the_man_helped_into_the_shower_with_a_foot_in_the_tray_is_near_miss_14() -> None:
    """Batch 108's dev-181017."""
    text = (
        "Helping Mr J (older adults ward) into the shower, he had one foot in the tray and the "
        "overhead was already running. I put my hand in the flow and it was far too hot - "
        "pulled him back and turned it off. It had not gone on his skin. Estates tested: 56C at "
        "the outlet, TMV failed."
    )
    assert never_event_codes(text, **WARD) == NEAR_MISS_14


@pytest.mark.parametrize(
    "text",
    [
        "Helping Mr Smith into the shower - he had one foot in the tray, water running. Felt it "
        "with my hand: far too hot. Pulled him back, it never touched his skin. Estates found "
        "the TMV failed, 58C.",
        "Was helping the gentleman (bed 12) into the shower when I felt the flow with my hand, "
        "far too hot, took him back out. The water had not touched his skin. 55 degrees at the "
        "outlet, TMV faulty.",
        "Assisting Mrs K (side room 2) into the shower, one foot in the tray, the water was "
        "scalding on my hand so I stopped her; it did not touch her skin. TMV failed at 54C.",
        "Supporting Mr [NAME] into the bath, his foot was in when I felt the water far too hot, "
        "lifted his leg straight out. No redness. TMV found faulty, 52C.",
    ],
)
def test_a_person_being_helped_into_water_found_too_hot_is_near_miss_14(text: str) -> None:
    assert never_event_codes(text, **WARD) == NEAR_MISS_14


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the check before anyone got in: the safeguard
        (
            "Checked the shower water with the thermometer before helping Mr J in: 56C, far too "
            "hot. He had not gone in. Estates informed, TMV failed.",
            NOTHING,
        ),
        (
            "Before helping Mrs B (bay 2) into the bath I tested the water: far too hot, 50C. "
            "She was still in her room. Estates called.",
            NOTHING,
        ),
        (
            "Mr J (bed 4) was due a shower; on testing the water at the thermometer check it was "
            "56C. Nobody got in. TMV failed.",
            NOTHING,
        ),
        # the water reached the skin and scalded
        (
            "Helping Mr J (older adults ward) into the shower, the water hit his legs and "
            "scalded him, blistering on both shins. 56C at the outlet, TMV failed.",
            NEVER_EVENT_14,
        ),
    ],
)
def test_water_checked_before_anyone_got_in_or_a_scald_keeps_its_reading(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text, **WARD) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # r25's G3 and a paraphrase: the side mismatch told with its implanting verb
        (
            "Wrong side knee prosthesis: a left femoral component was cemented into the right "
            "knee. The tibial tray was inserted as planned.",
            ("2", None),
        ),
        (
            "Right TKR: a left femoral component was cemented into the right knee; the tibial "
            "insert was placed as planned.",
            ("2", None),
        ),
        (
            "Right TKR. The right femoral component was cemented into the right knee. The "
            "tibial tray was inserted as planned.",
            NOTHING,
        ),
        # r25's A6: a transplant of the past
        (
            "A 6mm graft was implanted instead of the planned 7mm graft for the AV access. "
            "Patient has a history of corneal transplant.",
            ("2", None),
        ),
        (
            "Pt with previous kidney transplant. Wrong size stent inserted, 6mm instead of the "
            "planned 8mm.",
            ("2", None),
        ),
        (
            "Renal transplant: kidney from a group A donor transplanted into a group O recipient.",
            ("12", None),
        ),
        # r25's B6: the implant put in per a plan changed on purpose
        (
            "Consultant prescribed a 23.0D lens rather than the planned 21.0D after repeat "
            "biometry and documented the change; the 23.0D lens was implanted per the new plan.",
            NOTHING,
        ),
        (
            "The plan was changed to a 58mm cup after new templating; the 58mm cup was "
            "implanted per the revised plan.",
            NOTHING,
        ),
        (
            "A 23.0D lens was implanted instead of the planned 21.0D. The error was found at the "
            "post-op check and the surgeon documented the change in the notes.",
            ("2", None),
        ),
        (
            "Wrong lens: 20.0D implanted instead of the planned 22.0D. A new plan was made to "
            "exchange it.",
            ("2", None),
        ),
        # r25's C3: each side's planned volume on its side, no implant's noun
        (
            "Planned R 400cc and L 425cc. The 400cc was inserted in the right breast and the "
            "425cc in the left, as planned.",
            NOTHING,
        ),
        (
            "Plan: L 350cc, R 375cc. The 350cc went into the left breast and the 375cc into the "
            "right, as planned.",
            NOTHING,
        ),
        (
            "Planned R 400cc and L 425cc. The 425cc was inserted in the right breast and the "
            "400cc in the left.",
            ("2", None),
        ),
    ],
)
def test_implants_told_against_their_side_their_plan_or_a_past_transplant(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # r25's D5 and a paraphrase: stopped before a step of the giving
        (
            "Group O platelets not tested for high titre were not transfused: stopped before "
            "spiking for the group AB patient.",
            (None, "12"),
        ),
        (
            "Group O platelets, not HT tested, for the group B patient: caught before connection "
            "at the bedside check, not given.",
            (None, "12"),
        ),
        (
            "Group O platelets not tested for high titre were transfused to the group AB patient.",
            ("12", None),
        ),
        # the untested unit held back by the policy, another issued: no unit caught
        (
            "Group O platelets were not given to the group A patient as they had not been high "
            "titre tested; group A platelets issued instead.",
            NOTHING,
        ),
        # group A platelets for a group O patient are compatible (the guide)
        ("Group A platelets for the group O patient were stopped before spiking.", NOTHING),
    ],
)
def test_untested_group_o_platelets_stopped_before_spiking_are_near_miss_12(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pt was in the process of looping a sheet over her head, the other end tied to the "
            "curtain rail which failed its load test; staff intervened before any weight was put "
            "on it.",
            (None, "9"),
        ),
        (
            "Patient tied a ligature to the shower rail and was putting it round her neck; the "
            "rail had failed its load test at the last audit. Staff removed it before any weight "
            "went on.",
            (None, "9"),
        ),
        (
            "Pt found hanging from the shower rail; the rail had failed its load test last "
            "month. CPR commenced.",
            ("9", None),
        ),
        (
            "Audit: bedroom 4 curtain rail failed its load test, no patient involved, estates "
            "informed.",
            NOTHING,
        ),
    ],
)
def test_a_rail_that_failed_its_load_test_did_not_release(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text, **MENTAL_HEALTH_WARD) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pt lives alone, no package of care. Told practice nurse she scalded her foot in her "
            "bath at home last week, ran it herself. Dressed, advised.",
            NOTHING,
        ),
        (
            "Lives alone. Reported to the district nurse that she scalded her leg in her own "
            "bath at home 3 days ago, ran it herself.",
            NOTHING,
        ),
        (
            "Pt lives alone, no carers. Mentioned to the practice nurse at her dressing "
            "appointment that she burnt her feet in the bath at home, ran it too hot herself.",
            NOTHING,
        ),
        (
            "Pt lives alone. The district nurse ran her bath at home and she scalded her foot.",
            NEVER_EVENT_14,
        ),
        (
            "Told the nurse in charge that the HCA ran her bath too hot on the ward and she "
            "scalded her foot.",
            NEVER_EVENT_14,
        ),
    ],
)
def test_the_nurse_a_home_scald_was_told_to_gave_no_washing(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text, **GP_PRACTICE) == expected
