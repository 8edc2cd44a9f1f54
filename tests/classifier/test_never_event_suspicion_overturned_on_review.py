"""A suspected never event that the report goes on to overturn ("images reviewed: needle at L4/5
as planned, no error identified") is no never event; one that the update confirms keeps its
tag. Read what the report finally says."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        # a queried level shown on the saved images to be the planned one
        (
            "?wrong level for the L5/S1 nerve root block as pt felt it higher up. Fluoro images "
            "reviewed by the radiologist: needle at L5/S1 as planned and documented. No error "
            "identified."
        ),
        # a queried side shown to be the consented one
        (
            "HCA queried whether the wrong side knee was injected as the plaster was on the L. "
            "Checked with the consultant and the consent, it was in fact the correct side, "
            "plaster had slipped. No error found."
        ),
        # a queried lens shown on the current sheet to be the planned power
        (
            "Possible wrong IOL raised in recovery - box in the bin said +19.5D and the nurse "
            "thought the plan said +20.0D. The plan in the notes was an old copy; the signed "
            "sheet says +19.5D which is what was planned and implanted."
        ),
        # a queried misplaced tube found on the film to be coiled in the oesophagus
        (
            "?misplaced NG - pt coughing during the overnight feed. Update: CXR shows the tube "
            "coiled in the oesophagus, not in the airway. Feed stopped, tube re-passed."
        ),
    ],
)
def test_suspicion_disproved_on_review_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the review confirmed the wrong level: a never event
        (
            "?wrong level facet injection as pt said it felt higher. Fluoro images reviewed: "
            "needle at L3/4, planned L4/5. Wrong level confirmed, duty of candour done.",
            "1",
        ),
        # the update found the tube in the lung after a feed: a never event
        (
            "Query misplaced NGT - feed running overnight, pt breathless. Update: CXR shows the "
            "tube in the R main bronchus. Feed stopped.",
            "13",
        ),
        # the lens really was another power
        (
            "Wrong lens query raised in recovery - box said +19.5D but the biometry plan said "
            "+22.0D. Confirmed on review that the wrong IOL was implanted, pt for lens exchange.",
            "2",
        ),
        # an error named and the level miscounted: "no error" of the checklist does not undo it
        (
            "L3/4 microdiscectomy done instead of the planned L4/5 level. Checklist audit: the "
            "WHO checklist was completed fully. No error identified in the count.",
            "1",
        ),
    ],
)
def test_suspicion_confirmed_by_the_update_keeps_its_never_event(text: str, code: str) -> None:
    assert never_event_codes(text)[0] == code


def test_first_guess_of_a_forced_restrictor_overturned_is_never_event_10() -> None:
    text = (
        "Pt jumped from the 1st floor day room window. Staff initially thought he had prised "
        "the restrictor off with a tool. Estates: restrictor cable had snapped weeks ago, no "
        "tool found."
    )
    assert never_event_codes(text)[0] == "10"


def test_restrictor_forced_with_a_tool_stays_excluded() -> None:
    text = (
        "Pt jumped from the 1st floor day room window after forcing the restrictor with a "
        "screwdriver taken from the workshop. Restrictor was intact and working before."
    )
    assert never_event_codes(text)[0] is None


def test_imaging_confirming_the_planned_level_overturns_a_suspected_wrong_level() -> None:
    text = (
        "The suspected wrong level was reviewed: imaging confirmed the planned L4/5 level was "
        "operated, no error."
    )
    assert never_event_codes(text) == (None, None)


def test_imaging_confirming_the_correct_level_done_at_the_redo_keeps_never_event_1() -> None:
    text = (
        "Wrong level: L3/4 decompressed instead of L4/5. Post op MRI confirmed the correct level "
        "was then done at the second operation."
    )
    assert never_event_codes(text)[0] == "1"


def test_never_events_used_as_teaching_examples_are_no_event() -> None:
    text = (
        "Training session on never events: wrong site surgery and retained swabs used as "
        "examples, no patients involved."
    )
    assert never_event_codes(text) == (None, None)


def test_a_real_wrong_side_operation_after_a_teaching_session_stays_never_event_1() -> None:
    text = (
        "Training session on never events delayed the list; pt then had the wrong side "
        "operated: L hernia repaired instead of R."
    )
    assert never_event_codes(text)[0] == "1"
