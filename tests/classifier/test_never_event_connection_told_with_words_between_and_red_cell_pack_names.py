"""Never event 5 told by a connection with its object or agent between the verb and the line
("connected the pt's feed giving set to his PICC", "bag was connected by a nurse to the
peripheral IV cannula", "reconnected to the IV cannula"); never event 12 told with the red
cell pack named "RCC" or "paedipak". Look-alikes: the epidural joined to its own catheter
beside IV fluids, an IV drug joined to the line, a compatible pack, a connection stopped
before anything ran."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, rule_never_event_codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Rehab ward 23:00: the nurse connected the patient's Ensure Plus giving set to his "
            "PICC with an adaptor. About 30ml ran in, pt spiked a temperature.",
            "5",
        ),
        (
            "Post-op day 1, epidural infusion of bupivacaine 0.1%. The epidural bag was "
            "connected by the agency nurse to the peripheral IV cannula. BP fell to 80/40.",
            "5",
        ),
        (
            "Epidural infusion line came apart at the filter and was reconnected to the IV "
            "cannula by the night nurse. Pt became bradycardic and hypotensive.",
            "5",
        ),
        ("Group B RCC given to a group O pt, about 60ml, rigors and back pain.", "12"),
        (
            "NNU: the paedipak was group A RhD pos, baby is group O RhD pos. 10ml given before "
            "it was noticed, bilirubin rising.",
            "12",
        ),
    ],
)
def test_connection_or_pack_told_in_these_words_is_the_never_event(text: str, code: str) -> None:
    assert never_event_codes(text) == (code, None)


@pytest.mark.parametrize(
    "text",
    [
        # an IV drug joined to the line, as prescribed
        "IV co-amoxiclav bag connected by the nurse to his PICC as prescribed. No issues.",
        # compatible packs
        "Group O RCC given to a group A pt as emergency stock, no reaction.",
        "NNU: the paedipak was group O RhD neg, baby is group A RhD pos. Top-up given, well.",
    ],
)
def test_the_right_connection_or_a_compatible_pack_is_no_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_the_feed_set_stopped_before_it_was_joined_to_the_picc_is_a_near_miss() -> None:
    text = (
        "HCA was about to connect the patient's feed giving set to his PICC when the nurse "
        "stopped her. Not connected, nothing given."
    )
    assert never_event_codes(text) == (None, "5")


def test_the_epidural_joined_to_its_own_filter_beside_an_iv_cannula_is_no_rule_event() -> None:
    # the rules' reading (the learned model may still flag an epidural beside an IV cannula)
    text = (
        "The epidural bag was connected by the anaesthetist to the epidural filter; a separate "
        "IV cannula was sited for fluids. Obs stable."
    )
    assert rule_never_event_codes(text) == (None, None)
