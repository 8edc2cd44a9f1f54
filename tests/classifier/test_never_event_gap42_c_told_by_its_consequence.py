"""Never events told by what followed or in other words: another patient's unit and the
recipient haemolysing (no groups stated); the high-strength midazolam told sentences away
from the sedation heading, or as what a nurse "did not know" it was; an orodispersible tablet
or a drink-only contrast put into a line; strong potassium drawn up "in mistake for" a flush;
an insulin "U"/"IU" dose transcribed as the bigger number. The rules (not the learned model)
find them; catches, lessons, risks, copies read as written and other causes give no never
event."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import rule_never_event_codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Unit put up on night shift was labelled for another patient. Within 20 min she "
            "developed haemolysis and rigors, stopped, ITU.",
            "12",
        ),
        ("haemolysing after the bag went up, it was labelled for another patient's details", "12"),
        (
            "Subject: endoscopy list incident. Pt booked for OGD under conscious sedation. Nurse "
            "prepared the drugs. Fentanyl 50mcg given. Midazolam then given, 3ml drawn up. Later "
            "found the ampoule used was 5mg/ml. Pt apnoeic.",
            "8",
        ),
        (
            "Cystoscopy under sedation. The nurse gave midazolam from an ampoule she did not know "
            "was the 5mg/ml strength, 2 ml thinking 2 mg. RR 6, flumazenil given.",
            "8",
        ),
        (
            "Baclofen tablet dispersed in water, drawn into a luer syringe and given through the "
            "pt's midline in error instead of the NG tube. Pt drowsy.",
            "5",
        ),
        ("The barium meant for the child to drink was injected into the cannula by mistake.", "5"),
        (
            "Care home MAR: the hospital TTO said 'Humulin I 16U mane'. The senior carer copied it "
            "onto the MAR as 160 units and the DN gave it. Found drowsy, BM 1.4, 999.",
            "6",
        ),
        (
            "Mixtard '22IU bd' on the transfer letter was keyed into the e-MAR as 221 units. The "
            "night nurse gave the dose. Hypo, BM 1.6, glucagon given.",
            "6",
        ),
        (
            "Nurse drew up potassium chloride 15% in mistake for sodium chloride 0.9% and "
            "flushed the cannula. Pt c/o burning, VF arrest.",
            "4",
        ),
    ],
)
def test_never_event_told_by_its_consequence_or_in_other_words_is_read_by_the_rules(
    text: str, code: str
) -> None:
    assert rule_never_event_codes(text)[0] == code


@pytest.mark.parametrize(
    "text",
    [
        # another patient's unit caught; the haemolysis has another cause
        "Unit for another pt found at the bedside check, not given. Pt had haemoglobinuria from "
        "his PNH, known.",
        "Bag for the pt in bed 4 was brought to bed 5 but the error was spotted at the bedside "
        "check and it was never connected. Separately he developed haemolysis due to his malaria.",
        "Risk: a unit for another patient could be given and cause haemoglobinuria.",
        "Unit labelled for another pt given - both group O pos, compatible. Haemolysis screen "
        "sent, no haemolysis.",
        # high strength midazolam where it is appropriate, or never given
        "Theatre 4 - hip replacement under GA. Pt anxious pre op. Anaesthetist gave midazolam at "
        "induction. The 10mg/2ml ampoule was used as stocked in theatres. Surgery uneventful. In "
        "recovery sedation score 1. Home day 3.",
        "Endoscopy stock audit: a box of midazolam 5mg/ml found in the endo cupboard. No pt "
        "involved. Removed to pharmacy.",
        # a dispersed tablet given by its own route
        "Soluble paracetamol tablets dispersed in water and given via the PEG as prescribed. IV "
        "line also in situ for antibiotics, flushed with saline. No issues.",
        # a flush taken for a diluent is no strong potassium
        "Sodium chloride 0.9% flush given in mistake for the WFI diluent for the antibiotic. No "
        "harm.",
        # a transcription read as written, or a number that is no dose
        "Discharge letter said 'Lantus 12U nocte'. District nurse transcribed it onto the care "
        "plan as 12 units. Given correctly. Abbreviation U should not be used - reported as a "
        "risk.",
        "Pt's sugar was 14. Entered as 141 on the system in error. Insulin 4 units given as "
        "prescribed.",
    ],
)
def test_caught_lesson_other_cause_or_copy_read_as_written_gives_no_never_event(
    text: str,
) -> None:
    assert rule_never_event_codes(text)[0] is None
