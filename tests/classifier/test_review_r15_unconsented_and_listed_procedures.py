"""Review R15 of the unconsented further procedure and the wrong procedure on the list.

An added act read as never event 1 only when it is no step of the plan and the consent told
lacking is about it:

- an act told as the plan or routine in its own clause ("also did the planned cystoscopy",
  "as routine") is no further procedure, whatever is said of the consent;
- a consent told lacking about another matter than a procedure ("her data being shared",
  "students", "sedation", "a blood transfusion" on the ward) is not this act's consent;
- a consent form told missing or unsigned is paperwork, not a consent lacking;
- a complaint of no consent to a step told as in the plan or the standard consent is no
  consent lacking;
- a consent for "any further procedure found necessary" allows the step, and an allowing word
  negated ("the consent form did not include") allows nothing;
- another organisation's past event is no event of this patient.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NEITHER = [
    "Colonoscopy for change in bowel habit. Endoscopist also performed a biopsy of the sigmoid "
    "as routine. Pt had not been told beforehand and was upset, says she did not consent to the "
    "biopsy.",
    "Routine OGD. Endoscopist also removed two small polyps during the procedure. Pt later "
    "complained she did not consent to this, though polypectomy is part of the standard "
    "colonoscopy consent.",
    "Consent for lap chole and any further procedure found necessary. Surgeon also did a hernia "
    "repair. Pt's daughter complained she was not asked.",
    "Consent form not found after surgery. The surgeon also did the planned cystoscopy. Patient "
    "had agreed verbally.",
    "Surgeon also did a biopsy of the lesion as planned. Consent was not signed by the patient "
    "until after the procedure due to admin delay.",
    "Pt complains she did not consent to the catheter being inserted during the C-section, "
    "which was part of the plan. Surgeon also removed the catheter the next day.",
    "Patient says she did not consent to her data being shared with the research team. Surgeon "
    "also performed the planned arthroscopy.",
    "Pt not asked if students could be present in theatre. Surgeon also performed the planned "
    "knee arthroscopy. Patient did not consent to students being present.",
    "Surgeon also did an extra biopsy. The patient had not asked for a copy of the consent form.",
    "Another trust reported last year that a surgeon also removed an ovary without consent. Here "
    "the pt had a planned hysterectomy, consented, no issues.",
    "Surgeon also performed a biopsy of the sigmoid. Separately, on the ward, pt refused consent "
    "for a blood transfusion and this was respected.",
    "Colonoscopy done. Endoscopist also removed three polyps. Pt unhappy as she was not asked "
    "about sedation beforehand.",
    "Surgeon also excised the sebaceous cyst as planned. Pt later complained she had not "
    "consented to the scar.",
    pytest.param(
        "At M&M we discussed a case where a surgeon also performed an appendicectomy that the "
        "patient had not consented to. Today's patient had lap chole only, uneventful.",
        marks=pytest.mark.xfail(
            reason="a case told at a meeting is not yet read as another patient's event",
            strict=True,
        ),
    ),
]

UNCONSENTED = [
    "Pt consented for L breast WLE. SLNB also performed by the surgeon. No consent for SLNB on "
    "the form.",
    pytest.param(
        "The consent form did not include the adenoidectomy, but the surgeon also did an "
        "adenoidectomy.",
        marks=pytest.mark.xfail(
            reason="a lack told after 'consent form' reads as the form missing, not as the "
            "form not covering the step",
            strict=True,
        ),
    ),
    "Consented for diagnostic hysteroscopy. Surgeon also performed a polypectomy which was not "
    "planned and not consented.",
    "Patient's daughter said her mum did not consent to the biopsy. Endoscopist also biopsied "
    "the stomach.",
]

LISTED_PROCEDURE_DONE = [
    pytest.param(
        "The list had her for colonoscopy but the consent said OGD. Endoscopy checklist done, "
        "list not checked against consent; colonoscopy performed, error found afterwards.",
        marks=pytest.mark.xfail(
            reason="the listed procedure told done after the check is not yet read against "
            "the check: it still reads as a paper error caught",
            strict=True,
        ),
    ),
]


@pytest.mark.parametrize("text", NEITHER)
def test_a_planned_step_or_another_matter_is_no_unconsented_procedure(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", UNCONSENTED)
def test_a_further_procedure_told_unconsented_is_a_wrong_procedure(text: str) -> None:
    assert never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", LISTED_PROCEDURE_DONE)
def test_the_listed_wrong_procedure_done_after_the_check_reached(text: str) -> None:
    assert never_event_codes(text) == ("1", None)
