"""Round 44: an operating theatre named only as a place ("collected for theatre", "back from
theatre", "the theatre block lost power", "the registrar was in theatre") or as the team
working there ("theatre rang for her") is no evidence of treatment_procedure, nor a medicines
fridge evidence of medication when it held something else ("cornea stored in the drug
fridge"). What went wrong with a procedure ("returned to theatre", "delay to theatre",
"theatre cancelled", "post-op endophthalmitis") and a medicine kept in the fridge still are."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids


@pytest.mark.parametrize(
    "text",
    [
        "porter collected pt from ward 4 for theatre, no consent form in the notes, sent back "
        "to the ward to find it",
        "pt back from theatre at 16:00 with a cannula in situ, obs stable, fell in the toilet "
        "at 20:00 no injury",
        "power cut to the theatre block at 10:20, UPS kicked in after 30 seconds, no pt affected",
        "theatre rang for pt at 09:00 but HCA had not removed her nail varnish and the "
        "cannula was not sited, 20 min wait",
        "Registrar in theatre with another case, so pt with chest pain not reviewed for 2 hrs",
    ],
)
def test_a_theatre_named_as_a_place_is_no_procedure(text: str) -> None:
    assert "treatment_procedure" not in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "returned to theatre for washout after anastomotic leak",
        "swab left in abdomen after laparotomy in theatre 3, found on CT a week later",
        "delay to theatre of 6 hrs for ruptured ectopic, no anaesthetist available",
        "theatre cancelled twice for NOF due to lack of trauma list space",
        "PPH 1.8L, second team busy, delay of 40 min to EUA",
        "3 cases of endophthalmitis following cataract surgery on one list, IPC informed",
    ],
)
def test_a_procedure_that_went_wrong_is_still_told(text: str) -> None:
    assert "treatment_procedure" in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "donor tissue kept in the ward drug fridge overnight not the incubator, discarded, "
        "operation postponed",
        "blood samples left in the medicines fridge overnight, haemolysed, repeat bloods taken",
    ],
)
def test_a_medicines_fridge_holding_something_else_is_no_medication(text: str) -> None:
    assert "medication" not in theme_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "insulin pens found stored in the drug fridge door at 12C, 3 pens discarded",
        "drug fridge temp out of range for 3 days, vaccines quarantined",
    ],
)
def test_a_medicine_kept_in_the_fridge_is_still_medication(text: str) -> None:
    assert "medication" in theme_ids(text)
