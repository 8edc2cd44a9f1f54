"""Theme cues by concept: the second problem of a mixed report told in its own
words (staff "down", a consumable run out, a brief handover, a slide to the floor after a
negated clause), and look-alike wording that must not fire a theme (a storey of the building,
a bag being hung, a hot drink, a ligature audit with no patient)."""

from __future__ import annotations

import pytest

from classifier.engine import _COMPILED, _THEME_RULES
from classifier.engine.never_events import StructuredFields
from classifier.engine.themes import score_themes
from tests.classifier.outcomes import rule_theme_ids, theme_ids


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # staff numbers told as "N down", one person covering several bays or the whole take
        (
            "theatres were 2 ODPs short and the nights team 3 nurses down",
            "staffing_infrastructure_estates",
        ),
        ("the unit was two midwives down all night", "staffing_infrastructure_estates"),
        (
            "the only registrar covering the whole medical take was in resus",
            "staffing_infrastructure_estates",
        ),
        ("one HCA was covering 3 bays on her own", "staffing_infrastructure_estates"),
        (
            "visits slipped because of caseload pressures in the team",
            "staffing_infrastructure_estates",
        ),
        (
            "nobody on the late shift was trained to re-site the PEG",
            "staffing_infrastructure_estates",
        ),
        (
            "no pharmacist on site at weekends so the chart was not screened",
            "staffing_infrastructure_estates",
        ),
        ("the jammed pen was emptied with a syringe", "medical_device"),
        ("tube position was given verbally at handover, no x-ray", "communication_documentation"),
        (
            "fed using the pH from the previous check recorded in the notes",
            "communication_documentation",
        ),
        (
            "no competent staff available on nights to pass the tube",
            "staffing_infrastructure_estates",
        ),
        ("no FY1 cover overnight for the surgical wards", "staffing_infrastructure_estates"),
        # the right consumable not on the unit, a probe that will not stay on
        ("no enteral syringes on the ward since Friday", "medical_device"),
        ("carers had run out of pen needles at the home", "medical_device"),
        ("insulin syringes were out of stock in the treatment room", "medical_device"),
        ("the sats probe kept coming off his finger", "medical_device"),
        ("the monitor was working only intermittently during the procedure", "medical_device"),
        # a handover too brief, findings left off the transfer letter, a value keyed in error
        ("the handover from theatre recovery was rushed", "communication_documentation"),
        (
            "two grade 3 sores, none of which was on the discharge letter",
            "communication_documentation",
        ),
        ("the dose was worked out from a height keyed in error", "communication_documentation"),
        ("bed 6 pt was given bed 7's evening meds", "communication_documentation"),
        # a fall told after a negated clause, or as "went down"
        ("she got out of bed without calling for help and slid to the floor", "falls"),
        ("he stood up too quickly and went down in the bathroom", "falls"),
    ],
)
def test_second_problem_assigns_theme(text: str, theme: str) -> None:
    assert theme in rule_theme_ids(text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # "relief" and "cover" of things, not of staff
        ("no pressure relief cushion on the wheelchair", "staffing_infrastructure_estates"),
        ("the heat pack was used without a cover", "staffing_infrastructure_estates"),
        ("superficial scald from a cup of tea spilt at lunch", "staffing_infrastructure_estates"),
        (
            "no doctor reviewed the pt overnight despite two calls",
            "staffing_infrastructure_estates",
        ),
        # bed equipment named, not a missing bed
        ("no bed rails were involved and he was sitting out", "access_transfer_discharge"),
        # a storey of the building, a rail-gap slide, a body part over the bed's edge
        ("wheelchair user could not get to the 1st floor clinic as the lift was broken", "falls"),
        ("his leg slipped through the gap between the rail segments", "falls"),
        ("found with her head hanging over the side of the bed", "self_harm"),
        # a bag hung, tablets taken as the label said
        ("the nurse noticed the wrong bag before hanging it", "self_harm"),
        ("she followed the label and took 4 tablets a day", "self_harm"),
        # a "U" everyone read correctly
        (
            "'U' written on the chart, nurse read it correctly as 6 units",
            "communication_documentation",
        ),
    ],
)
def test_look_alike_wording_does_not_assign_theme(text: str, theme: str) -> None:
    assert theme not in rule_theme_ids(text)


def test_audit_finding_implies_no_self_harm() -> None:
    """A pattern's implied theme is dropped when the narrative's own counter-cues outweigh
    its cues: a ligature audit with no patient is an estates finding."""
    text = (
        "Annual ligature audit on the ward found two shower rails that did not collapse under "
        "load. No patient involved, rooms closed."
    )
    themes = theme_ids(text, service_type="4")
    assert "self_harm" not in themes
    assert "staffing_infrastructure_estates" in themes


def test_hot_drink_scald_implies_no_estates() -> None:
    text = "Pt spilt a cup of tea on her lap, superficial scald, cooled and dressed."
    assert "staffing_infrastructure_estates" not in theme_ids(text)


def test_a_found_never_event_keeps_its_implied_themes_where_counter_cues_net_below_zero() -> None:
    text = (
        "The bowl for the strip wash was filled from the hot tap in a side room whose basin has "
        "no thermostatic mixing valve, and the temperature was not tested."
    )
    analysis = _COMPILED.analyse(text)
    fields = StructuredFields(None, None, None)
    implied = {"medical_device": (0.9, ())}

    def themes(*, implied_by_exclusions: bool) -> set[str]:
        scores = score_themes(
            analysis, _THEME_RULES, fields, implied, implied_by_exclusions=implied_by_exclusions
        )
        return {score.theme_id for score in scores}

    assert "medical_device" in themes(implied_by_exclusions=False)  # a never event: kept
    assert "medical_device" not in themes(implied_by_exclusions=True)  # only excluded: dropped
