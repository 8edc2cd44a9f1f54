"""Never events 1-3 told as another time's or another trust's case, a manikin scenario, a
bladder's retained volume; a block done on the wrong leg with its dose told (reached, even
when a practitioner spoke up after it); components of two makers put together; a side's lens
opened tersely for the other eye (a wrong implant caught, not a wrong site)."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

# ---- a past or elsewhere case recalled is no event; this patient's event beside it still is


@pytest.mark.parametrize(
    "text",
    [
        "Pt became anxious in the anaesthetic room and disclosed that at another hospital in "
        "2014 a needle was left inside him after his hernia operation. Case postponed at his "
        "request and rebooked.",
        "Audit of swab count sheets on the gynae ward following the retained swab investigated "
        "last year: 20 sets of notes, 3 without a second signature. No items found retained "
        "this quarter.",
        "Theatre governance meeting: recap of last year's wrong-side hip injection for the new "
        "fellows. Today's list ran to time and all patients were marked before sign in.",
        "Team brief item: a safety bulletin about a wrong-side nerve block at another trust was "
        "read out. Nothing of the kind happened on our list.",
    ],
)
def test_past_or_elsewhere_case_is_no_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the other hospital's date told far from this patient's swab
        (
            "Seen at another hospital in 2024 for a second opinion. CT today: a swab was left "
            "inside her after her hysterectomy here on 3/2, not on the count.",
            ("3", None),
        ),
        # the patient's old case disclosed, and a new one of this admission
        (
            "Pt disclosed that at another hospital in 2016 a swab was left inside her after her "
            "c-section. Today after her laparotomy here a swab was left in, seen on CT.",
            ("3", None),
        ),
        # last year's audit named, this patient's swab left in today
        (
            "Last year's retained swab audit recommendations were not followed: a swab was left "
            "in the patient after today's laparotomy and found on X-ray.",
            ("3", None),
        ),
        (
            "Following the retained swab reported last year, counts were re-audited. On 3 May a "
            "swab was retained in a patient after a caesarean, found on X-ray.",
            ("3", None),
        ),
        (
            "The previous month's wrong-site audit was discussed. Today the wrong knee was "
            "operated on, L instead of R.",
            ("1", None),
        ),
        # the briefing about another trust's case, then this patient's wrong-side block
        (
            "After the safety briefing about a wrong-side block at another trust, our registrar "
            "did a L femoral nerve block on a pt listed for R TKR.",
            ("1", None),
        ),
    ],
)
def test_this_patients_event_beside_a_past_case_stays(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


# ---- a scenario played on a manikin


def test_manikin_scenario_is_no_event() -> None:
    text = (
        "Simulation morning in the block room. Scenario: late list, wrong arm presented for an "
        "interscalene block using a manikin. The team did the stop before you block. No "
        "patient involved."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Retained guidewire after CVC insertion; the trainee had practised with a manikin last "
        "week.",
        "Scenario planning for the list: the wrong knee was prepped and incised in a real "
        "patient; the manikin sessions are next month.",
    ],
)
def test_manikin_named_beside_a_real_event_keeps_it(text: str) -> None:
    assert never_event_codes(text)[0] in {"1", "3"}


# ---- a bladder's retained volume is urine, not an item


def test_retained_bladder_volume_is_no_item() -> None:
    text = (
        "Pt not voided for 10 hours after her catheter was removed post hip replacement. "
        "Bladder scan showed a retained volume of 900ml. Recatheterised."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Retained volume on bladder scan 600ml, catheterised. Next day CT showed a swab "
        "retained in the abdomen after her laparotomy, not on the count.",
        "Bladder scan showed a residual volume of 400ml. CT also showed a retained swab in the "
        "pelvis from the hysterectomy 2 days ago.",
        "Post-op retained volume 500ml on scan. X-ray for the pain showed a retained needle "
        "in the wound from the repair.",
    ],
)
def test_retained_volume_beside_a_retained_item_keeps_it(text: str) -> None:
    assert never_event_codes(text) == ("3", None)


# ---- a block on the wrong leg, its dose told: reached


@pytest.mark.parametrize(
    "text",
    [
        "Pt for R TKR. Anaesthetist did femoral nerve block L leg, 20ml levobupivacaine given, "
        "then the ODP noticed the arrow on the R.",
        "L TKA listed. reg did adductor canal block R leg under ultrasound, 15ml ropivacaine "
        "given. realised when the scrub nurse went to prep the L knee.",
        "pt for L TKR under spinal. R adductor canal block done, 20ml 0.5% bupivacaine, before "
        "the scrub nurse said wait, the arrow is on the left.",
    ],
)
def test_block_on_the_wrong_leg_with_its_dose_reached(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize(
    "text",
    [
        "R TKR listed. Registrar about to do adductor canal block L leg; ODP said stop before "
        "the needle went in. No block given on the L.",
        "Pt listed L TKR. Stop before you block: ODP said hang on before the block was done, "
        "the arrow was on the L and the R had been prepped. R block not done.",
    ],
)
def test_block_stopped_before_the_needle_is_no_never_event(text: str) -> None:
    assert never_event_codes(text)[0] is None


# ---- implants


def test_components_of_two_makers_put_together_is_a_wrong_implant() -> None:
    text = (
        "My mother had a new knee in May. The surgeon said the parts used came from two "
        "different makers and should not have been put together; she needs a revision."
    )
    assert never_event_codes(text) == ("2", None)


def test_terse_lens_for_the_other_eye_opened_and_caught_is_an_implant_near_miss() -> None:
    text = (
        "lens for R eye opened onto trolley for pt having L eye cataract. surgeon checked box "
        "before insertion, stopped. correct lens opened. no harm."
    )
    assert never_event_codes(text) == (None, "2")


def test_terse_lens_for_the_other_eye_put_in_is_still_a_never_event() -> None:
    text = "lens for R eye inserted in pt having L eye cataract. noticed after the op."
    assert never_event_codes(text)[0] in {"1", "2"}
