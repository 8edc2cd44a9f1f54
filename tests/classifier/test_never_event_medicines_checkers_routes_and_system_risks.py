"""Round 35, never events 4 to 8: medicine errors caught by a checker named by their role,
made from the concentrate while a flush was made, or told in the other direction.

Caught: a checker named by the role alone ("the checker asked why"), or by the check they did
("second check RN ... stopped it"), and a strength seen at the drugs check (6, 8); a general
syringe told with its kind in brackets (6); strong potassium picked up while a flush was being
made (4); methotrexate added to the repeats as daily, queried before dispensing (7).
Reached: a drug reconstituted with what the empty ampoule shows was the concentrate (4); an oral
liquid drawn up verb first into a syringe for the vein is no planned IV prescription (5).
Look-alikes: an IV drug, named with its dose, given down a feeding tube or into the epidural
(5: the other direction); a prescribing system's hazard with no patient's incident, and
methotrexate said to be given correctly (7).

Every new catch or exclusion is probed where its words stand in an innocent role and the dose
still went in.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_never_event_codes

Case = tuple[str, tuple[str | None, str | None]]

CHECKER_CAUGHT: list[Case] = [
    (
        "Handwritten kardex: Levemir '8U' at 22:00. The night RN drew up 80 units. The checker "
        "asked why it was ten times more than the night before. Queried with the registrar, 8 "
        "units given and the chart rewritten.",
        (None, "6"),
    ),
    (
        "Chart said Lantus 6U. HCA student drew up 60 units. Second check RN read the kardex "
        "as 6 units and stopped it. 6 units given.",
        (None, "6"),
    ),
]

# the checker's words where the dose had already gone in: still a never event
CHECKER_WORDS_INNOCENT: list[Case] = [
    (
        "Humalog '10U' written on the paper chart. 100 units drawn up and given at 17:30. At "
        "18:40 BM 1.9, glucagon given. The checker asked afterwards why the signature was "
        "missing.",
        ("6", None),
    ),
    (
        "Novorapid 4U on the chart was given as 40 units by the agency nurse at tea time. Pt "
        "had a hypo at 19:00, BM 2.0. Second check RN noticed the dose on the chart at the "
        "evening round.",
        ("6", None),
    ),
    (
        "Actrapid '6U' read as 60 units: 60 units given subcut at 12:00. Sugar 1.6 at 13:10, IV "
        "dextrose. On the next round the checker queried the chart with pharmacy.",
        ("6", None),
    ),
]

DRUG_CHECK_CAUGHT: list[Case] = [
    (
        "Endoscopy room 2, conscious sedation for ERCP. The nurse took midazolam 5mg/ml "
        "ampoules from the emergency box and drew up 2ml. At the drugs check with the "
        "endoscopist the strength was noticed. Not given. 1mg/ml fetched.",
        (None, "8"),
    ),
]

DRUG_CHECK_INNOCENT: list[Case] = [
    (
        "Cardiac cath lab, conscious sedation for a pacemaker. Midazolam 5mg/ml (high strength) "
        "was drawn up and 3mg given. Pt became apnoeic, flumazenil given. At the drugs check "
        "after the case the error was noticed.",
        ("8", None),
    ),
    (
        "Bronchoscopy under conscious sedation. Midazolam 10mg/2ml used in error and 4mg given. "
        "Pt needed bag-mask ventilation and flumazenil. At the drugs check at the end of the "
        "list the high strength ampoules were noticed in the box.",
        ("8", None),
    ),
    (
        "Conscious sedation for TOE. Midazolam 5mg/ml drawn up and 2.5mg given IV. Sats fell "
        "to 80%, flumazenil. At the drug check later the strength was identified.",
        ("8", None),
    ),
    # the catch told first, what had been given and its reversal after it
    (
        "During the drugs check after the list it was noticed that 50mg/10ml midazolam had been "
        "used for conscious sedation; pt oversedated, reversal given.",
        ("8", None),
    ),
]

INSULIN_SYRINGE_IN_BRACKETS: list[Case] = [
    (
        "Ward 4, Humalog 8 units due at lunch. The student drew it up in a 1ml luer (slip tip) "
        "syringe to 0.8ml = 80 units. I saw it before she went to the bedside. Not given, pen "
        "used instead.",
        (None, "6"),
    ),
]

POTASSIUM_WHILE_MAKING_A_FLUSH: list[Case] = [
    (
        "HDU 01:00 - RN preparing a 10ml sodium chloride 0.9% flush for the antibiotic picked "
        "up a 10ml potassium dihydrogen phosphate ampoule from the shelf and drew it up. The "
        "checking nurse saw the empty ampoule before it was given. Not given, discarded.",
        (None, "4"),
    ),
]

RECONSTITUTED_WITH_POTASSIUM: list[Case] = [
    (
        "Child prescribed IV ceftriaxone. The nurse reconstituted it with a 10ml ampoule from "
        "the diluent drawer; the empty ampoule retrieved from the sharps bin was potassium "
        "chloride 15%. The child went into VT during the dose and was taken to PICU.",
        ("4", None),
    ),
]

# a bag made up with the concentrate as prescribed, and a drug reconstituted beside it: no
# mistaken diluent
RECONSTITUTED_LOOK_ALIKE: list[Case] = [
    (
        "KCl 20mmol added to 1L sodium chloride 0.9% as prescribed and the antibiotic "
        "reconstituted with WFI; the empty ampoule retrieved from the sharps bin was potassium "
        "chloride, kept for the check. Both given, no concerns.",
        (None, None),
    ),
]

ORAL_LIQUID_DRAWN_UP_FOR_THE_VEIN: list[Case] = [
    (
        "Night shift. Oramorph 10mg prescribed, IV morphine was not. No oral syringes so the "
        "RN drew up 5ml Oramorph 10mg/5ml into a 10ml luer syringe and gave it into the "
        "cannula by mistake. RR 7, naloxone given.",
        ("5", None),
    ),
]

# an IV drug named with its dose given down a feeding tube or into the epidural: the other
# direction, outside the framework
IV_DRUG_THE_OTHER_WAY: list[Case] = [
    (
        "Ward 9 - RN gave IV meropenem 1g (reconstituted in WFI) down the pt's PEG instead of "
        "via the cannula, which had come out. Not prescribed enterally. Dr informed.",
        (None, None),
    ),
    (
        "Labour ward. Midwife gave IV cefuroxime 1.5 g into the epidural catheter port instead "
        "of the cannula - both lines on the same arm. Anaesthetist informed, no neuro signs.",
        (None, None),
    ),
]

# the oral or epidural medicine given IV, told with "instead of down the NG" or "instead of via
# the epidural": still never event 5
OTHER_WAY_WORDS_INNOCENT: list[Case] = [
    (
        "Oramorph 5mg oral solution drawn up in a luer syringe was given IV instead of down "
        "the NG tube. RR 8, naloxone.",
        ("5", None),
    ),
    (
        "Bupivacaine 0.1% epidural infusion given IV 10 ml/hr via the cannula by mistake; the "
        "epidural line was found unconnected. Pt hypotensive, treated.",
        ("5", None),
    ),
    (
        "Lactulose liquid given IV via the cannula instead of down the NG by the agency "
        "nurse. Pt febrile and rigoring within the hour, transferred to HDU.",
        ("5", None),
    ),
]

METHOTREXATE_REPEATS_DAILY: list[Case] = [
    (
        "Rheumatology letter: methotrexate 15 mg once weekly for RA. The practice added it to "
        "the repeat template as '15 mg daily'. Community pharmacist queried it before "
        "dispensing. Not started, script reissued.",
        (None, "7"),
    ),
]

METHOTREXATE_NO_OVERDOSE: list[Case] = [
    (
        "From: Pharmacy lead. Subject: EPMA risk. Our system allows oral methotrexate to be "
        "prescribed 'once daily' with no warning. No patient incident has been identified on "
        "review of the last year. Please fix in the next release.",
        (None, None),
    ),
    (
        "Day unit. Methotrexate IM 50mg/m2 given correctly for an ectopic. The repeat hCG was "
        "not booked and she came back on day 9 with pain.",
        (None, None),
    ),
]

# the new exclusions' words beside a real overdose: still never event 7
METHOTREXATE_EXCLUSION_WORDS_INNOCENT: list[Case] = [
    (
        "Care home resident on methotrexate 10 mg weekly. The MAR was set up and given daily "
        "for 6 days. Admitted with pancytopenia. No patient incident had been reported by the "
        "home before.",
        ("7", None),
    ),
    (
        "Methotrexate 7.5 mg given correctly on Monday by the district nurse. The carer then "
        "gave it again every day for 4 days, admitted with mouth ulcers.",
        ("7", None),
    ),
    (
        "Methotrexate 20 mg weekly was given correctly on the ward. The TTO was labelled "
        "'20 mg daily' and he took it daily for 5 days; neutropenic sepsis.",
        ("7", None),
    ),
    # the drug named between the taking and "daily"
    (
        "No actual incidents have been reported with the new system; this patient received "
        "methotrexate 15mg daily for four days due to the EPMA default, admitted with "
        "neutropenic sepsis.",
        ("7", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CHECKER_CAUGHT + CHECKER_WORDS_INNOCENT)
def test_checker_named_by_role_or_check(text: str, expected: tuple[str | None, str | None]) -> None:
    assert rule_never_event_codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), DRUG_CHECK_CAUGHT + DRUG_CHECK_INNOCENT)
def test_strength_seen_at_the_drugs_check(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert rule_never_event_codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), INSULIN_SYRINGE_IN_BRACKETS)
def test_general_syringe_kind_in_brackets(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert rule_never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    POTASSIUM_WHILE_MAKING_A_FLUSH + RECONSTITUTED_WITH_POTASSIUM + RECONSTITUTED_LOOK_ALIKE,
)
def test_potassium_as_the_flush_or_diluent(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert rule_never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    ORAL_LIQUID_DRAWN_UP_FOR_THE_VEIN + IV_DRUG_THE_OTHER_WAY + OTHER_WAY_WORDS_INNOCENT,
)
def test_wrong_route_direction(text: str, expected: tuple[str | None, str | None]) -> None:
    assert rule_never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    METHOTREXATE_REPEATS_DAILY + METHOTREXATE_NO_OVERDOSE + METHOTREXATE_EXCLUSION_WORDS_INNOCENT,
)
def test_methotrexate_repeats_system_risk_and_correct_dose(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert rule_never_event_codes(text) == expected
