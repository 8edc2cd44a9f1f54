"""Round 31, never events 4 to 8: medicine errors told in plain or second-language words.

A flush "drawn it up" with the pronoun between verb and particle, beside an empty strong
potassium ampoule (4); concentrate ampoules named by the premix they are stocked to make are the
concentrate, not a premixed bag (4); an epidural line joined to the bung of a vein's cannula (5);
a methotrexate dose with a zero too many (7); an insulin syringe "thrown away" before the dose
(6, a near miss). Look-alikes: a premixed bag as prescribed, a correct route, a dose that reached
the patient although something was thrown away.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, rule_never_event_codes

CASES = [
    # --- 4: a flush drawn up from the concentrate, the empty ampoule lying by the syringe
    (
        "Theatre 3: scrub nurse saw a 10ml syringe marked 'saline' on the trolley and an empty "
        "KCl 15% ampoule beside it. The ODP had drawn it up as the line flush. Discarded before "
        "it was connected. Nothing given.",
        (None, "4"),
    ),
    (
        "Ward 12: a 10ml syringe labelled sodium chloride 0.9% lay on the tray with an empty "
        "potassium chloride ampoule next to it. The student nurse had drawn it up as the flush "
        "and flushed the PICC. Pt had a cardiac arrest, ROSC after 3 minutes.",
        ("4", None),
    ),
    # the bag made up with potassium as prescribed: no flush from the concentrate
    (
        "Ward 12: KCl 20mmol added to a 1L bag of saline as prescribed, the empty ampoule left "
        "beside it on the tray. Bag hung at 10:00. No issues.",
        (None, None),
    ),
    # --- 4: concentrate ampoules told by the premix they are for, given as a flush
    (
        "CCU bed 3. RN drew up what she thought was 10ml water for injection to flush the "
        "cannula and gave it. Pt went into VT and was shocked once. The empty ampoule was "
        "strong potassium chloride 15%; KCl ampoules for making up the premix had been put in "
        "the same drawer as the water.",
        ("4", None),
    ),
    # a premixed bag given as prescribed is no strong potassium
    (
        "Pt on premixed potassium chloride 40mmol in 1L, running at 125ml/hr as prescribed. "
        "Pump alarmed, line checked, restarted. No error.",
        (None, None),
    ),
    # --- 5: the epidural line joined to the bung of the vein's cannula
    (
        "Delivery suite. The epidural bag was spiked and the line was connected onto the bung of "
        "the woman's IV cannula by mistake. The midwife spotted it before the pump was started. "
        "Nothing ran in; reconnected to the epidural filter.",
        (None, "5"),
    ),
    (
        "Post-op ward. Epidural infusion line attached to the hub of her peripheral cannula by "
        "the agency nurse and run for 40 minutes. Pt became hypotensive and drowsy, seen by "
        "anaesthetist.",
        ("5", None),
    ),
    # the epidural on its own catheter: no wrong route
    (
        "Epidural infusion connected to the epidural filter and started at 8ml/hr. Good "
        "block, pt comfortable.",
        (None, None),
    ),
    # --- 7: a zero too many in a methotrexate dose for a non-cancer reason
    (
        "Rheumatology day unit: methotrexate for psoriasis prescribed as 150mg instead of 15mg "
        "IM (extra zero typed on the e-prescribing system). Given 150mg. Found at the "
        "pharmacist review next day, folinic acid started.",
        ("7", None),
    ),
    (
        "Methotrexate 15mg weekly for rheumatoid arthritis, given correctly on Monday. Pharmacist "
        "checked the dose, no error. Bloods normal.",
        (None, None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_plain_word_medicine_errors(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected


# "threw it away" is a catch: the dose made ready in the wrong device thrown away before it was
# given is a near miss ...
CAUGHT = [
    (
        "Care assistant. The nurse drew up Novorapid 8 units for bed 2 in an ordinary 1ml "
        "syringe, not an insulin syringe. I asked her about the syringe. She threw it away and "
        "used an insulin syringe. Nothing given from the first syringe.",
        (None, "6"),
    ),
]

# ... but the same words beside a dose that went in do not undo it (the cue's words in an
# innocent role: something else thrown away, or thrown away after the dose)
REACHED_DESPITE_THROWN_AWAY = [
    (
        "Nurse drew up Actrapid 10 units in a 1ml syringe, not an insulin syringe, and gave it. "
        "She then threw the syringe away. Pt's sugar was 1.9 an hour later, treated with "
        "glucose.",
        ("6", None),
    ),
    (
        "Insulin glargine withdrawn from the pen with a 1ml syringe and injected. Pt "
        "hypoglycaemic 2.1 at 03:00. The nurse had thrown the pen away after the dose.",
        ("6", None),
    ),
    (
        "Agency nurse gave Humalog 40 units, the chart said '4U' and she read it as 40. She "
        "threw it out in the sharps bin after giving it. BM 2.0 at 18:00, glucagon given.",
        ("6", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CAUGHT + REACHED_DESPITE_THROWN_AWAY)
def test_thrown_away_is_a_catch_only_before_the_dose(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


# A check of the drugs told as done before the patient came in, a second checker who "asked
# why", and a check "before the LP" are catches ...
CAUGHT_AT_A_CHECK = [
    (
        "Endoscopy room 2, conscious sedation list. HCA got out midazolam 10mg/2ml and the nurse "
        "drew it up. Checking the drugs with the endoscopist before the patient came in, he saw "
        "the strength. Replaced with 5mg/5ml.",
        (None, "8"),
    ),
    (
        "Nurse read 'Novorapid 6U' on the chart as 60 and drew up 60 units in an insulin "
        "syringe. The second nurse asked why the dose was so big. Rechecked the chart, 6 units "
        "given.",
        (None, "6"),
    ),
    (
        "Day unit: vincristine minibag came up with the intrathecal methotrexate for the same "
        "pt. The checking doctor doing the checklist before the LP saw the vincristine label "
        "and sent it back to pharmacy.",
        (None, "5"),
    ),
]

# ... but their words in an innocent role, with the dose given, leave the never event standing
REACHED_DESPITE_CHECK_WORDS = [
    (
        "Bronchoscopy under conscious sedation. Midazolam 10mg/2ml was checked before the "
        "patient came in, but nobody noticed the strength and 7.5mg was given. Pt "
        "oversedated, flumazenil given.",
        ("8", None),
    ),
    (
        "Cardioversion list, sedation. Midazolam 10mg/2ml drawn up and given to the pt. The "
        "drugs for the next patient were checked before the patient arrived. Pt became "
        "apnoeic, reversed.",
        ("8", None),
    ),
    (
        "Nurse read 'Lantus 10U' as 100 and gave 100 units. The second nurse asked why the "
        "dose was so big after she had given it. BM 1.8 at 04:00, IV glucose.",
        ("6", None),
    ),
    (
        "Insulin glargine 30 units withdrawn from the pen with a 1ml syringe and given. The "
        "second RN asked about the syringe afterwards. Pt hypo 2.3 at midnight.",
        ("6", None),
    ),
    (
        "Vincristine was given intrathecally in error in theatre before the LP team noticed the "
        "label. Pt transferred to neuro ICU.",
        ("5", None),
    ),
    (
        "The IT methotrexate and the vincristine syringe were both brought to theatre. The "
        "checklist before the LP was not done and the vincristine was injected intrathecally. "
        "Pt died 5 days later.",
        ("5", None),
    ),
    (
        "Before the LP the vincristine syringe was mistaken for the IT methotrexate and given "
        "intrathecally. Pt deteriorated over the next week.",
        ("5", None),
    ),
    (
        "The checklist before the LP was rushed, nobody noticed the vincristine label and it "
        "was injected intrathecally. Pt transferred to neuro ICU.",
        ("5", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CAUGHT_AT_A_CHECK + REACHED_DESPITE_CHECK_WORDS)
def test_checks_before_the_patient_or_procedure(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


# An enteral product told as going by its own tube is not a wrong route ...
RIGHT_ROUTE = [
    "Ward 7. NG feed and IV fluids on the same pole; checked at 14:00: feed going via the NG "
    "tube and fluids through the cannula. No misconnection. Reported as a risk because the "
    "pumps are identical.",
]
# ... but the same words beside a feed that went into a vein leave it a wrong route
WRONG_ROUTE_DESPITE_OWN_TUBE_WORDS = [
    "The feed had been going via the NG tube all morning; after the wash the HCA reconnected "
    "the feed giving set to the PICC by mistake and it ran for an hour. Pt spiked a temperature.",
    "Enteral feed connected to the central line in error instead of the NG tube and run for "
    "30 minutes. Pt became breathless, ITU review. Feed now going via the NG tube again.",
    "Pt's oral morphine given via the IV cannula instead of by mouth. Her feed was running "
    "through the PEG tube at the time. Naloxone not needed.",
]


@pytest.mark.parametrize("text", RIGHT_ROUTE)
def test_feed_by_its_own_tube_is_no_wrong_route(text: str) -> None:
    # (the rules' reading: the learned model still names 5 from such a risk report)
    assert rule_never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", WRONG_ROUTE_DESPITE_OWN_TUBE_WORDS)
def test_wrong_route_stands_beside_own_tube_words(text: str) -> None:
    assert never_event_codes(text) == ("5", None)


# A transfusion told with its collection and bedside check between the groups and the unit
# going up: the unit started further on still reached the patient ...
def test_transfusion_reach_told_after_the_collection_and_check() -> None:
    text = (
        "Ward 4. Group B red cells were collected for the pt in bay 2 who is group O. The HCA "
        "took the wrong unit from the fridge. The bedside check was done at the desk. The "
        "nurse signed the form. Unit started at 22:10. Pt developed rigors and loin pain."
    )
    assert never_event_codes(text) == ("12", None)


# ... while a unit stopped at the bedside check beside the finding stays a near miss
def test_transfusion_caught_beside_the_finding_stays_a_near_miss() -> None:
    text = (
        "Ward 4. Group B red cells were brought for the pt in bay 2 who is group O. Noticed at "
        "the bedside check before it was spiked and returned to the lab. The nurse completed "
        "an incident form. The lab issued group O units. Unit started at 22:10."
    )
    assert never_event_codes(text) == (None, "12")


# High strength midazolam found on a stock check, mixed with the low strength on the shelf and
# made ready for no one, is a risk only ...
def test_stock_mixed_on_the_shelf_is_a_risk_only() -> None:
    text = (
        "Pharmacy technician, weekly CD check in the endoscopy unit: two boxes of midazolam "
        "10mg/2ml found in the sedation cupboard mixed with the 5mg/5ml. Removed to pharmacy. "
        "No record of any being used."
    )
    assert rule_never_event_codes(text) == (None, None)


# ... but a stock check's words in a report of the high strength made ready and given (or
# caught) for a sedation patient leave the event standing (the risk-only exclusion narrowed:
# lifted by the midazolam made ready, not by stock "mixed with" other stock)
STOCK_CHECK_WORDS_BESIDE_AN_EVENT = [
    (
        "ERCP under sedation. The nurse picked up midazolam 10mg/2ml from the shelf thinking it "
        "was the 2mg/2ml and the endoscopist injected 4ml. Pt oversedated. Pharmacy stock check "
        "found more high strength boxes in the room.",
        ("8", None),
    ),
    (
        "Bronchoscopy list, conscious sedation. Midazolam 10mg/2ml was mistaken for the "
        "1mg/ml and 3ml administered. Sats fell to 82%. Stock check found the high strength "
        "ampoules in the sedation drawer.",
        ("8", None),
    ),
    (
        "Cystoscopy under sedation: 10mg/2ml midazolam ampoule selected instead of the 5mg/5ml "
        "and 5mg given. Pt needed flumazenil. During the weekly CD check we found three boxes "
        "on the shelf.",
        ("8", None),
    ),
    (
        "OGD list, conscious sedation. HCA handed the nurse midazolam 10mg/2ml, she drew it up "
        "and the second check before giving spotted the strength. Nothing given. Stock check "
        "found 2 boxes in the cupboard.",
        (None, "8"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), STOCK_CHECK_WORDS_BESIDE_AN_EVENT)
def test_stock_check_words_leave_the_midazolam_event(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
