"""The rule engine: never events, near misses, exclusions, context, themes, review flags."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
from pathlib import Path

import pytest
import yaml

from classifier.engine import (
    CLASSIFIER_VERSION,
    TAXONOMY_VERSION,
    classify,
    classify_text,
)
from shared.classification import ThemeId
from shared.incident import Incident
from shared.taxonomy import TAXONOMY_FILES, TaxonomyError, load_from, load_taxonomy
from tests.classifier.outcomes import theme_ids


def _shipped_taxonomy_dir() -> Path:
    import shared.taxonomy

    return Path(shared.taxonomy.__file__).parent


NEVER_EVENT_NARRATIVES = {
    "1": "Pt listed for L hernia repair; incision made on the right groin before error noticed.",
    "2": "Wrong size acetabular cup implanted, not the templated size. Revision needed.",
    "3": "CT 2 weeks post laparotomy showed a retained swab in the abdomen.",
    "4": "KCl ampoule drawn up in error instead of sodium chloride flush and given IV.",
    "5": "Vincristine given intrathecally instead of IV on the day unit.",
    "6": "Insulin written as 10U was misread as 100 and 100 units given; pt hypoglycaemic.",
    "7": "RA pt given methotrexate 10mg daily instead of weekly for 5 days.",
    "8": "Midazolam 5mg/ml used for conscious sedation for colonoscopy, pt oversedated.",
    "9": "Pt found hanging from the shower curtain rail which did not collapse.",
    "10": "Pt fell from a 1st floor window; the window restrictor was broken.",
    "11": "Pt found with neck trapped between the bed rail and the mattress.",
    "12": "Group O pt transfused group A red cells, ABO incompatible.",
    "13": "NG tube feed started; CXR later showed the NGT in the right main bronchus.",
    "14": "Pt scalded in the bath, hot water from the tap too hot, blisters to legs.",
    "15": "Pt needing oxygen connected to the air flowmeter instead of O2, sats 84%.",
}


@pytest.mark.parametrize(("code", "text"), sorted(NEVER_EVENT_NARRATIVES.items()))
def test_each_never_event_type_is_recognised(code: str, text: str) -> None:
    result = classify_text(text, service_type="4" if code == "9" else None)
    assert result.never_event is not None
    assert result.never_event.code == code
    assert result.near_miss is None
    assert 0 <= result.never_event.confidence <= 1
    assert result.never_event.rule_id.startswith(f"NE{code}.")
    for evidence in result.never_event.evidence:
        assert result.redacted_description[evidence.start : evidence.end] == evidence.text


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("13", "NG tube inserted, CXR showed the tube in the right lung. Removed before any feed."),
        (
            "4",
            "KCl drawn up instead of water for injection; checker noticed before administration.",
        ),
        (
            "1",
            "Right knee marked but pt consented for left. Identified at time out before incision.",
        ),
        (
            "12",
            "Group A unit collected for a group O pt; ABO incompatible, stopped before spiking.",
        ),
    ],
)
def test_a_pattern_caught_before_reaching_the_patient_is_a_near_miss(code: str, text: str) -> None:
    result = classify_text(text)
    assert result.never_event is None
    assert result.near_miss is not None
    assert result.near_miss.code == code


def test_ng_tube_misplacement_with_a_feed_given_is_a_never_event_not_a_near_miss() -> None:
    result = classify_text("NGT in the right lung on CXR; 200ml feed had been given through it.")
    assert result.never_event is not None and result.never_event.code == "13"


@pytest.mark.parametrize(
    "text",
    [
        "Wrong tooth extracted, UR5 taken out instead of UR6.",
        "Oncology: methotrexate overdose for lymphoma chemo, given daily instead of weekly.",
        "Surgeon decided to use a different size cup than templated; rationale documented.",
        "Window restrictor was intact and working; pt fell from a window after forcing it with "
        "a screwdriver.",
        "Pt arm trapped between bed rails, bruising to forearm.",
        "Pt scalded by a hot cup of tea spilt on her lap.",
    ],
)
def test_framework_exclusions_are_not_never_events(text: str) -> None:
    assert classify_text(text).never_event is None


def test_shower_rail_rule_is_gated_to_mental_health_settings() -> None:
    text = "Pt attempted to hang from the shower curtain rail, the rail did not collapse."
    assert classify_text(text, service_type="4").never_event is not None
    assert classify_text(text, service_type="1").never_event is None


def test_methotrexate_overdose_in_an_oncology_specialty_is_excluded() -> None:
    text = "Methotrexate given daily instead of weekly for 3 days."
    assert classify_text(text).never_event is not None
    assert classify_text(text, specialty="55").never_event is None


@pytest.mark.parametrize(
    "text",
    [
        "No evidence of NG tube misplacement, CXR confirmed tube in stomach, feed started.",
        "Reminder to staff about the risk of misplaced NG tubes; no incident.",
    ],
)
def test_negated_or_hypothetical_patterns_are_not_never_events(text: str) -> None:
    result = classify_text(text)
    assert result.never_event is None
    assert result.near_miss is None


def test_a_negated_fall_is_not_a_falls_incident() -> None:
    assert "falls" not in theme_ids("Pt denies any fall, no falls during admission, sats 96%.")


def test_a_fall_is_a_falls_incident_even_after_no_injury() -> None:
    assert "falls" in theme_ids("No injury sustained from the fall, pt found on the floor.")


def test_falls_risk_assessment_alone_is_not_a_fall() -> None:
    assert "falls" not in theme_ids("Falls risk assessment not completed on admission.")


def test_themes_are_multi_label() -> None:
    themes = theme_ids("Pt fell on the ward at night, only 1 RN on shift for 28 pts.")
    assert {"falls", "staffing_infrastructure_estates"} <= themes


def test_never_event_implies_its_themes() -> None:
    assert "medication" in theme_ids("KCl ampoule used instead of sodium chloride flush, given IV.")


def test_maternity_service_type_supports_the_maternity_theme() -> None:
    text = "Woman fell in the shower on the ward."
    assert "maternity_perinatal" in theme_ids(text, service_type="19")
    assert "maternity_perinatal" not in theme_ids(text, service_type="1")


def test_other_is_the_only_theme_when_nothing_applies() -> None:
    result = classify_text("Pt's glasses were lost, complaint made by family.")
    assert [t.id for t in result.themes] == [ThemeId.OTHER]


def test_at_least_one_theme_with_confidence_in_unit_interval() -> None:
    for text in ["x", "pt fell", "KCl given instead of saline flush"]:
        result = classify_text(text)
        assert result.themes
        assert all(0 <= t.confidence <= 1 for t in result.themes)


def test_classification_is_deterministic() -> None:
    text = "NGT feed commenced, CXR showed NGT in left lung, pt desaturated."
    assert classify_text(text) == classify_text(text)


def test_versions_are_reported() -> None:
    result = classify_text("pt fell")
    assert result.taxonomy_version == TAXONOMY_VERSION == load_taxonomy().version
    assert result.classifier_version == CLASSIFIER_VERSION


def _incident(**overrides: object) -> Incident:
    data: dict[str, object] = {
        "ods_code": "RC9",
        "local_reference": "T-1",
        "occurred": {"date": dt.date(2026, 1, 5).isoformat()},
        "service_type": "1",
        "physical_harm": "3",
        "description": "Left knee arthroscopy was started on the right knee. Error noticed "
        "after first incision; procedure completed on correct side.",
    }
    data.update(overrides)
    return Incident.model_validate(data)


def test_classify_uses_the_incident_and_agrees_with_the_declared_never_event() -> None:
    result = classify(_incident(reporter_never_event=True, reporter_never_event_type="1"))
    assert result.never_event is not None and result.never_event.code == "1"
    assert result.review_flag is None


def test_review_flag_when_declared_type_differs_from_the_narrative() -> None:
    result = classify(_incident(reporter_never_event=True, reporter_never_event_type="2"))
    assert result.review_flag is not None
    assert result.review_flag.declared_never_event_type == "2"
    assert result.review_flag.detected_never_event_type == "1"


def test_review_flag_when_an_undeclared_never_event_is_described() -> None:
    result = classify(_incident())
    assert result.review_flag is not None
    assert result.review_flag.detected_never_event_type == "1"


def test_review_flag_when_a_declared_never_event_is_not_described() -> None:
    result = classify(
        _incident(
            description="Pt fell in bathroom, no injury.",
            reporter_never_event=True,
            reporter_never_event_type="10",
        )
    )
    assert result.review_flag is not None
    assert result.review_flag.declared_never_event_type == "10"
    assert result.review_flag.detected_never_event_type is None


def _copy_taxonomy(tmp_path: Path) -> dict[str, dict]:
    source = _shipped_taxonomy_dir()
    data = {}
    for name in TAXONOMY_FILES:
        data[name] = yaml.safe_load((source / name).read_text(encoding="utf-8"))
    return data


def _write(tmp_path: Path, data: dict[str, dict]) -> Path:
    for name, content in data.items():
        (tmp_path / name).write_text(yaml.safe_dump(content), encoding="utf-8")
    return tmp_path


def test_the_shipped_taxonomy_loads_from_its_files(tmp_path: Path) -> None:
    taxonomy = load_from(_write(tmp_path, _copy_taxonomy(tmp_path)))
    assert taxonomy.version == TAXONOMY_VERSION
    assert [ne.code for ne in taxonomy.never_events] == [str(c) for c in range(1, 16)]


def test_a_missing_never_event_type_is_a_clear_start_up_error(tmp_path: Path) -> None:
    data = _copy_taxonomy(tmp_path)
    data["never_events.yaml"]["never_events"].pop()
    with pytest.raises(TaxonomyError, match="never events must be exactly"):
        load_from(_write(tmp_path, data))


def test_an_unknown_concept_is_a_clear_start_up_error(tmp_path: Path) -> None:
    data = _copy_taxonomy(tmp_path)
    data["never_events.yaml"]["never_events"][0]["rules"][0]["require"] = [["no_such_concept"]]
    with pytest.raises(TaxonomyError, match="unknown concept 'no_such_concept'"):
        load_from(_write(tmp_path, data))


def test_a_malformed_phrase_is_a_clear_start_up_error(tmp_path: Path) -> None:
    data = _copy_taxonomy(tmp_path)
    data["never_events.yaml"]["concepts"]["window"]["phrases"].append(".. window")
    with pytest.raises(TaxonomyError, match="must start and end with a word"):
        load_from(_write(tmp_path, data))


def test_a_concept_without_phrases_is_a_start_up_error_unless_reasoning_only(
    tmp_path: Path,
) -> None:
    data = _copy_taxonomy(tmp_path)
    data["never_events.yaml"]["concepts"]["window"]["phrases"] = []
    with pytest.raises(TaxonomyError, match="needs phrases unless it is reasoning_only"):
        load_from(_write(tmp_path, data))
    data["never_events.yaml"]["concepts"]["window"]["reasoning_only"] = True
    assert load_from(_write(tmp_path, data)).concepts["window"].reasoning_only


def test_broken_yaml_is_a_clear_start_up_error(tmp_path: Path) -> None:
    data = _copy_taxonomy(tmp_path)
    _write(tmp_path, data)
    (tmp_path / "themes.yaml").write_text("themes: [unclosed", encoding="utf-8")
    with pytest.raises(TaxonomyError, match=r"cannot read taxonomy file themes\.yaml"):
        load_from(tmp_path)


def test_theme_ids_must_be_exactly_the_contract_list(tmp_path: Path) -> None:
    data = _copy_taxonomy(tmp_path)
    data["themes.yaml"]["themes"][0]["id"] = "medicines"
    with pytest.raises(TaxonomyError, match="themes must be exactly"):
        load_from(_write(tmp_path, data))


def test_no_alternative_list_spells_a_word_sequence_with_a_space() -> None:
    """ "call-back|callback|call back" is three slots, not one: "call back" must be written
    "call-back" inside a list, or the list's other words only match after "call"."""
    broken = []
    from classifier.engine.rules import labelled_phrases

    for _, phrase in labelled_phrases(load_taxonomy()):
        slots = [slot.split("|") for slot in phrase.split()]
        for left, right in pairwise(slots):
            joined = {left[-1] + "-" + right[0].rstrip("*"), left[-1] + right[0].rstrip("*")}
            if len(left) + len(right) > 2 and joined & {*left, *right}:
                broken.append(phrase)
    assert not broken, broken


def test_daily_folic_acid_next_to_weekly_methotrexate_is_not_an_overdose() -> None:
    text = "Pt on weekly methotrexate, folic acid daily except MTX day; folic acid omitted."
    assert classify_text(text).never_event is None


def test_a_comma_ends_the_scope_of_a_negation() -> None:
    assert "falls" in theme_ids("Wheelchair brakes not applied, pt slipped to the ground.")


def test_background_conditions_do_not_block_the_event_after_them() -> None:
    text = "Pt on oxygen for pneumonia was reconnected to air (the air flowmeter) after a neb."
    result = classify_text(text)
    assert result.never_event is not None and result.never_event.code == "15"


def test_phrase_syntax_supports_suffixes_number_bounds_and_long_gaps() -> None:
    from classifier.engine.matcher import PhraseIndex
    from classifier.engine.text import read
    from shared.taxonomy import PhraseError, parse_phrase

    index = PhraseIndex(
        [("procedure", "*ectomy"), ("low_sats", "sats .. #<90"), ("late", "referral ... lost")]
    )
    found = index.find(
        read("Nephrectomy done. sats 85% then sats 95%. referral to the clinic was lost")
    )
    assert set(found) == {"procedure", "low_sats", "late"}
    assert len(found["low_sats"]) == 1
    with pytest.raises(PhraseError):
        parse_phrase(".. starts with a gap")
    with pytest.raises(PhraseError):
        parse_phrase("*ab")


def test_a_risk_or_history_trigger_does_not_hide_the_event_that_follows_it() -> None:
    assert "falls" in theme_ids("Pt at high risk of falls fell out of bed overnight.")
    assert "self_harm" in theme_ids("Pt on 1:1 due to risk of self harm cut her arm with a razor.")
    assert "falls" not in theme_ids("Pt at risk of falls, care plan in place, no fall this shift.")
    assert theme_ids("Pt could have been given the wrong dose.") == {"other"}


def test_a_missed_check_before_the_event_does_not_make_it_a_near_miss() -> None:
    text = (
        "YAG laser done on the R eye instead of the L eye. "
        "Eye not confirmed with pt before starting."
    )
    result = classify_text(text)
    assert result.never_event is not None and result.never_event.code == "1"
    text = (
        "KCl 15% drawn up to dilute the antibiotic; "
        "nurse noticed it was not water before administration."
    )
    result = classify_text(text)
    assert result.never_event is None
    assert result.near_miss is not None and result.near_miss.code == "4"


def test_an_error_made_and_caught_is_a_near_miss_even_without_harm_words() -> None:
    text = (
        "Novorapid drawn up in an IV syringe; the second checker stopped it before administration."
    )
    result = classify_text(text)
    assert result.never_event is None
    assert result.near_miss is not None and result.near_miss.code == "6"
    assert (
        classify_text("Novorapid 6 units drawn up in an insulin syringe and given.").near_miss
        is None
    )


def test_an_exclusion_does_not_apply_when_its_exception_is_described() -> None:
    text = "Concentrated KCl ampoule added to the drip instead of the premixed potassium bag; VF."
    result = classify_text(text)
    assert result.never_event is not None and result.never_event.code == "4"
    text = "KCl 40mmol in 1 litre of saline ran over 2 hours instead of 8 hours (premixed bag)."
    assert classify_text(text).never_event is None


def test_a_mention_of_a_dressing_or_clexane_does_not_exclude_wrong_site_surgery() -> None:
    text = (
        "Left knee arthroscopy performed on a pt listed for right knee arthroscopy; "
        "dressing applied, clexane given."
    )
    result = classify_text(text)
    assert result.never_event is not None and result.never_event.code == "1"
