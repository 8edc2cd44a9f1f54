"""Round 32 (medicines and ABO): a syringe on the wrong line stopped before its plunger went down
("before the plunger was pressed", "removed without being pushed") or recorded as "0ml given" is
a near miss; insulin redrawn with an insulin syringe after the catch is the redo, not an
abbreviation read as intended; a bedside check told as done at the nurses' station caught
nothing; a volume received before a reaction reached the patient; a sedation hold is intensive
care; a consequence only foreseen ("could lead to") is no event; a line break that wraps a
sentence ends no sentence. Each catch cue has probes where its words stand beside a dose that
went in: they stay never events."""

from __future__ import annotations

import pytest

from classifier.engine.text import read
from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # stopped with the syringe on the IV line, plunger not yet down
        (
            "Oral lactulose 10ml was drawn up in a Luer syringe for the PEG. The HCA joined it to "
            "the IV cannula by mistake. Her colleague traced the line before the plunger was "
            "pushed and took it off.",
            (None, "5"),
        ),
        (
            "Vincristine meant for IV use was attached to the intrathecal needle in error. The "
            "registrar read the label before pressing the plunger and removed it.",
            (None, "5"),
        ),
        (
            "Vincristine syringe connected to the spinal needle for intrathecal use in error. "
            "Taken off without being pushed after the nurse read the label.",
            (None, "5"),
        ),
        # a timeline that records a zero amount
        (
            "09:10 oral phenytoin suspension drawn up in a Luer syringe for the NG tube.\n"
            "09:12 syringe attached to the PICC line by mistake.\n"
            "09:13 checked the label, stopped.\n"
            "09:14 0ml given.",
            (None, "5"),
        ),
    ],
)
def test_stopped_before_the_plunger_went_down(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the plunger words beside a dose that went in: still reached
        "Oral morphine solution 5ml drawn up in a Luer syringe and given into the IV cannula by "
        "mistake. Nobody traced the line before the plunger was pressed and the whole 5ml went in.",
        "Oral paracetamol suspension was given via the PICC line in error: 10ml injected. She had "
        "not followed the line to the arm before pressing the plunger.",
        "Vincristine given intrathecally in error; the full dose was injected. The syringe had "
        "been handed over without being pushed through the read-back check.",
        # a zero recorded of another product, the wrong one given
        "Oral lactulose 15ml given via the IV cannula in error, all 15ml injected. The prescribed "
        "IV fluids had 0ml given by then as the pump was off.",
    ],
)
def test_plunger_and_zero_words_beside_a_dose_given_stay_never_events(text: str) -> None:
    assert never_event_codes(text)[0] == "5"


@pytest.mark.parametrize(
    "text",
    [
        "Lantus 20 units drawn up in a 2ml Luer syringe as no insulin syringes on the ward. Second "
        "nurse stopped it before it was given. Dose redrawn with an insulin syringe and given "
        "correctly.",
        "Novorapid 6 units drawn up in a 1ml syringe (no insulin syringes). At the bedside the "
        "patient asked why it looked different, so I stopped. Nothing injected. Correct dose given "
        "with an insulin syringe from the next ward.",
    ],
)
def test_insulin_redrawn_after_the_catch_is_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "6")


@pytest.mark.parametrize(
    "text",
    [
        # the redo words beside an overdose that reached the patient
        "Actrapid 10 units drawn up in a 1ml syringe to the 1ml mark (100 units) and injected. "
        "BM 1.8 an hour later, glucose given. Next dose redrawn with an insulin syringe and given "
        "correctly.",
        "Insulin 8 units written as 8U, read as 80 and 80 units given. Pt hypo 1.9. The correct "
        "dose given with an insulin syringe the next day.",
        "Nurse drew insulin from the pen with a 2ml syringe and gave 40 units instead of 4. Pt "
        "hypoglycaemic. Dose redrawn with an insulin pen after review.",
    ],
)
def test_insulin_redo_words_beside_an_overdose_given_stay_never_events(text: str) -> None:
    assert never_event_codes(text)[0] == "6"


def test_check_done_at_the_nurses_station_caught_nothing() -> None:
    text = (
        "Two men named Patel on the ward: Mr A Patel bed 2 group O pos, Mr R Patel bed 7 group B "
        "pos. A unit of group B red cells for bed 7 was taken to bed 2. The pre-transfusion check "
        "was done at the nurses' station. Bed 2 received approx 80 ml before he developed loin "
        "pain and rigors. Transfusion stopped."
    )
    assert never_event_codes(text) == ("12", None)


def test_bedside_check_that_stopped_the_unit_stays_a_near_miss() -> None:
    text = (
        "Group A red cells for Mrs Jones were taken to Mrs James, group O. At the pre-transfusion "
        "check at the bedside the wristband did not match. Unit not spiked, returned to the lab."
    )
    assert never_event_codes(text) == (None, "12")


def test_foreseen_consequence_is_no_event() -> None:
    text = (
        "Audit: bedside checks were done at the desk on 2 of 12 occasions. This could lead to an "
        "ABO incompatible transfusion. All units went to the right patients."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        # "could lead to" beside a transfusion that happened
        "ABO incompatible transfusion: group A red cells given to a group O patient, 200ml "
        "transfused. Haemolysis followed, which could lead to renal failure.",
        "Group B FFP transfused to a group A child, 2 bags infused before noticed. Shortage of "
        "group AB plasma may lead to this again.",
        "Group A red cells were transfused to a group O woman; approx 150 ml given before the "
        "mismatch was seen. Staff said rushing could lead to mistakes.",
    ],
)
def test_foreseen_words_beside_a_transfusion_stay_never_events(text: str) -> None:
    assert never_event_codes(text)[0] == "12"


def test_sedation_hold_is_intensive_care() -> None:
    text = (
        "After a syringe change the midazolam 100mg/50ml infusion ran at 10ml/hr instead of "
        "1ml/hr. Pt oversedated, sedation hold delayed."
    )
    assert never_event_codes(text)[0] != "8"


def test_high_strength_for_conscious_sedation_still_found() -> None:
    text = (
        "Endoscopy: midazolam 10mg in 2ml drawn up instead of 2mg in 2ml for conscious sedation "
        "for OGD; 5mg given, pt oversedated, flumazenil given."
    )
    assert never_event_codes(text) == ("8", None)


def test_wrapped_line_ends_no_sentence() -> None:
    doc = read(
        "Nurse drew up 2ml and labelled the\nsyringe 'midazolam 1mg/ml'\n'ok' then.\n10:00 Next"
    )
    assert doc.sentence_of[doc.tokens.index("syringe")] == doc.sentence_of[0]
    assert doc.sentence_of[doc.tokens.index("ok")] == doc.sentence_of[0]
    assert doc.sentence_of[-1] > doc.sentence_of[0]


@pytest.mark.parametrize(
    "text",
    [
        # a new time stamp, a list item, text in capitals: each line still its own sentence
        "10:00 drew up\n10:05 given",
        "Handover\n- bay 1 fine\n- bay 2 fine",
        "INSULIN DRAWN UP\nIN A LUER SYRINGE",
    ],
)
def test_new_line_items_still_start_sentences(text: str) -> None:
    doc = read(text)
    assert len(set(doc.sentence_of)) == text.count("\n") + 1


def test_wrapped_lines_join_a_catch_to_its_finding() -> None:
    text = (
        "IR list. HCA fetched midazolam from the store and\n"
        "brought 10mg in 2ml. Nurse drew it up and\n"
        "labelled it\n"
        "'midazolam 1mg/ml'. Second check before giving found\n"
        "the ampoule strength did not match.\n"
        "Syringe discarded, not given."
    )
    assert never_event_codes(text) == (None, "8")
