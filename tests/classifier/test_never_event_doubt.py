"""The never-event regression's doubt: a never event the rules read is set aside as an excluded
pattern when the regression, fitted on every narrative, look-alikes included, finds its type
implausible; its themes stay, and plain never events of every type keep their call."""

from __future__ import annotations

import dataclasses

import pytest

import classifier.engine as engine
from classifier.engine import classify_text
from classifier.engine.narrative_model import (
    MIN_TOKENS_FOR_DOUBT,
    MIN_TOKENS_FOR_LONG_DOUBT,
    Features,
    NarrativeModel,
    doubts_never_event,
    features,
    never_event_probability,
)
from classifier.evaluation import Example

RETAINED_SWAB = (
    "Laparotomy yesterday. Pt c/o pain, AXR today shows a swab in the abdomen. Count had been"
    " signed as correct. Back to theatre, swab removed."
)
#: The same never event told at the length of a usual report (MIN_TOKENS_FOR_DOUBT or more).
RETAINED_SWAB_REPORT = (
    "Emergency laparotomy for a perforated sigmoid yesterday evening, closed at 23:40 with the"
    " count signed as correct by the scrub nurse and the circulator. On the ward round this"
    " morning the pt complained of worsening pain and the AXR showed a radio-opaque swab in the"
    " pelvis. Consultant informed, pt back to theatre this afternoon and the swab was removed."
    " Duty of candour done with the family."
)
#: The same never event told in 40 to 49 tokens: doubted only below the lower cut-off.
RETAINED_SWAB_SHORT_REPORT = (
    "Laparotomy for a perforated sigmoid yesterday evening, count signed as correct at closure."
    " On the ward round this morning the pt had worsening pain and the AXR showed a swab in"
    " the pelvis. Consultant informed, back to theatre this afternoon and the swab removed."
)


def _with_cut_offs(short: float, long: float) -> NarrativeModel:
    """The engine's model with the doubt's two cut-offs replaced."""
    return dataclasses.replace(
        engine._MODEL, never_event_doubt_threshold=short, never_event_long_doubt_threshold=long
    )


def _features(text: str) -> Features:
    found = features(engine._MODEL, engine._COMPILED.analyse(engine.redact(text)).doc.tokens)
    assert found is not None
    return found


def test_a_type_is_doubted_only_below_the_cut_off() -> None:
    found = _features(RETAINED_SWAB_REPORT)
    assert len(found.tokens) >= MIN_TOKENS_FOR_DOUBT
    probability = never_event_probability(engine._MODEL, found, "3")
    assert doubts_never_event(_with_cut_offs(probability + 1e-6, 0.0), found, "3")
    assert not doubts_never_event(_with_cut_offs(probability, 0.0), found, "3")


def test_the_higher_cut_off_applies_only_to_a_long_narrative() -> None:
    long_report, short_report = (
        _features(RETAINED_SWAB_REPORT),
        _features(RETAINED_SWAB_SHORT_REPORT),
    )
    assert len(long_report.tokens) >= MIN_TOKENS_FOR_LONG_DOUBT
    assert MIN_TOKENS_FOR_DOUBT <= len(short_report.tokens) < MIN_TOKENS_FOR_LONG_DOUBT
    long_only = _with_cut_offs(0.0, 1.1)
    assert doubts_never_event(long_only, long_report, "3")
    assert not doubts_never_event(long_only, short_report, "3")
    probability = never_event_probability(engine._MODEL, long_report, "3")
    assert doubts_never_event(_with_cut_offs(0.0, probability + 1e-6), long_report, "3")
    assert not doubts_never_event(_with_cut_offs(0.0, probability), long_report, "3")
    # the lower cut-off still holds in a long narrative when it is the higher one
    assert doubts_never_event(_with_cut_offs(1.1, 0.0), long_report, "3")


def test_no_doubt_without_features_in_a_short_narrative_nor_of_a_type_never_learned() -> None:
    everything = _with_cut_offs(1.1, 1.1)
    assert doubts_never_event(everything, _features(RETAINED_SWAB_REPORT), "3")
    assert not doubts_never_event(everything, None, "3")
    assert len(_features(RETAINED_SWAB).tokens) < MIN_TOKENS_FOR_DOUBT
    assert not doubts_never_event(everything, _features(RETAINED_SWAB), "3")
    assert not doubts_never_event(everything, _features(RETAINED_SWAB_REPORT), "99")


def test_a_doubted_never_event_is_set_aside_with_its_themes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert classify_text(RETAINED_SWAB_REPORT).never_event is not None
    doubting = _with_cut_offs(1.1, 1.1)
    monkeypatch.setattr(engine, "_MODEL", doubting)
    result = classify_text(RETAINED_SWAB_REPORT)
    assert result.never_event is None
    assert result.near_miss is None
    assert "treatment_procedure" in {tag.id.value for tag in result.themes}


@pytest.mark.parametrize(
    ("code", "narrative"),
    [
        ("1", "Wrong site surgery: consented and marked for R knee arthroscopy, L knee scoped."),
        ("2", "Wrong IOL: planned 21.5D lens, a 25.0D lens was implanted in the R eye."),
        ("3", RETAINED_SWAB),
        ("4", "Strong KCl 15% ampoule used instead of sodium chloride 0.9% to flush the cannula."),
        ("5", "Vincristine given intrathecally in error during the LP, meant to be IV."),
        ("6", "Insulin drawn up with a 2ml syringe, 10 units became 100 units given, pt hypo."),
        ("7", "Methotrexate for RA given daily instead of weekly for 5 days, pt has ulcers."),
        ("8", "Midazolam 5mg/ml used for conscious sedation in endoscopy, pt oversedated."),
        ("10", "Pt fell from a 2nd floor window, the restrictor was broken, fractured pelvis."),
        ("11", "Pt found with neck trapped between the bed rail and the mattress, bruising."),
        ("12", "Group A red cells transfused to a group O pt, reaction, transfusion stopped."),
        ("13", "Feed given via NG tube, later CXR shows the tube in the R main bronchus."),
        ("14", "Pt lowered into a bath at 60C, scalds to both legs."),
        ("15", "Pt on 2L oxygen found connected to the medical air flowmeter, sats 84%."),
    ],
)
def test_plain_never_events_keep_their_call(code: str, narrative: str) -> None:
    never_event = classify_text(narrative).never_event
    assert never_event is not None and never_event.code == code


@pytest.mark.parametrize("example_id", ["dev-111304", "dev-160968", "dev-82001"])
def test_look_alikes_the_rules_misread_are_set_aside(
    development_set: list[Example], example_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    example = next(e for e in development_set if e.id == example_id)
    fields = {
        "service_type": example.service_type,
        "specialty": example.specialty,
        "location_type": example.location_type,
    }
    assert example.never_event is None
    assert classify_text(example.description, **fields).never_event is None
    trusting = _with_cut_offs(0.0, 0.0)
    monkeypatch.setattr(engine, "_MODEL", trusting)
    assert classify_text(example.description, **fields).never_event is not None


def test_a_plain_rail_never_event_in_mental_health_keeps_its_call() -> None:
    narrative = "Inpatient ward: pt found hanging from the shower rail, which did not collapse."
    never_event = classify_text(narrative, service_type="4").never_event
    assert never_event is not None and never_event.code == "9"
