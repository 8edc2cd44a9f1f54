"""What a medicine check found. A product, dose or route queried and the check finding the right
one ("empty amp retrieved: sodium chloride 0.9%, the KCl amp still sealed", "checked with the
anaesthetist: propofol as prescribed", "dose checked by 2 RNs, 0.06 ml given") is no error at
all: neither a never event nor a near miss, whatever never event's words the query used. A
check that found the wrong product, or a harm told after it, keeps the never event; a catch
told in the present ("I stop and call the doctor, not give") stops the error before it reached
the patient: the near miss."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

#: (narrative, (never event, near miss)) a reviewer applying the guide would give.
CASES = [
    # the check found the right product, dose or route: no error
    (
        "Night round: second nurse queried whether the flush given in bed 4 was KCl, as the "
        "strong potassium amps and the saline amps sit together. Checked the sharps bin: empty "
        "amp was sodium chloride 0.9%. KCl amp still sealed on the tray.",
        (None, None),
    ),
    (
        "Query raised that pt's IV flush may have been potassium chloride 15% (look alike "
        "ampoules on trolley). Ampoule retrieved - water for injection. Potassium ampoules all "
        "unopened.",
        (None, None),
    ),
    (
        "HCA queried the flush as KCl amps look like the water amps. Checked the amp in the "
        "bin: water for injections. KCl ampoules unopened in the cupboard.",
        (None, None),
    ),
    (
        "Pharmacist queried the syringe running into the CVC, milky, ?enteral feed. checked w/ "
        "anaesthetist - propofol 1% as prescribed. No label on syringe, relabelled.",
        (None, None),
    ),
    (
        "Staff nurse questioned whether the white fluid going through the PICC could be the NG "
        "feed. Checked with ICU reg: it was propofol as prescribed.",
        (None, None),
    ),
    (
        "Student queried whether the syringe on the IV line was oramorph. Checked with the "
        "nurse in charge: it was the IV morphine as prescribed.",
        (None, None),
    ),
    (
        "Hyperkalaemia treatment: actrapid 10 units drawn up in a 1ml syringe as no insulin "
        "syringes available. Dose checked by 2 nurses, 0.1ml given with glucose. Reporting use "
        "of wrong syringe.",
        (None, None),
    ),
    (
        "Insulin 6 units drawn into a 1 ml luer syringe (0.06 ml) as the insulin syringes had "
        "run out; volume double checked and 0.06ml given. Sugars stable.",
        (None, None),
    ),
    (
        "pt's daughter asked if the feed was going in the drip. checked - the bag on the pump "
        "was IV paracetamol as charted, feed running via the NG.",
        (None, None),
    ),
    (
        "Nurse queried if the oral paracetamol suspension had gone IV. Checked with the RN who "
        "gave it: given orally as prescribed.",
        (None, None),
    ),
    (
        "IT cytarabine postponed as no doctor on the IT register was free; vincristine doses "
        "were given IV on the ward as planned.",
        (None, None),
    ),
    (
        "IT list: methotrexate intrathecal delayed until a registered doctor came. The vinca "
        "doses for the same pts given IV on the ward, separately.",
        (None, None),
    ),
    # a catch in the present tense stops the error
    (
        "MTX 15mg written daily for RA. I check before to give, the last dose was 3 days ago. "
        "I stop and ring the doctor, not give.",
        (None, "7"),
    ),
    (
        "Methotrexate 10mg for psoriasis written every day on the chart. I check the last "
        "given, it was Tuesday (weekly). I stop, call pharmacy, not give it.",
        (None, "7"),
    ),
    (
        "Methotrexate 20mg sc for RA, label on the syringe says daily. I look the last given "
        "date on the chart before to give, she have it on Friday (weekly). I stop, not give, "
        "call the doctor.",
        (None, "7"),
    ),
    (
        "Propofol running into the CVC as prescribed for sedation, checked with the "
        "anaesthetist at handover.",
        (None, None),
    ),
    # look-alikes: the check found the error, or it reached
    # a query told after the flush went in is no catch: the high potassium after it tells the
    # reach (engine.medicine_reach.medicine_reached, since the batch 107 retrain left it to
    # the rules)
    (
        "Second nurse queried the flush. Empty ampoule in the sharps bin was KCl 15%, not "
        "saline. Pt's K+ 6.9.",
        ("4", None),
    ),
    (
        "KCl 15% picked up instead of sodium chloride 0.9% flush and given IV. Checked with "
        "pharmacy afterwards; the saline amp was still unopened on the trolley.",
        ("4", None),
    ),
    (
        "Queried whether the flush was potassium: the ampoule in the bin was potassium chloride "
        "15%. Pt put on a monitor, K 6.2.",
        ("4", None),
    ),
    (
        "In theatre I take the amp from the saline box but the box is wrong, is potassium "
        "chloride strong. I draw up and give to the doctor, she give 5 ml in the cannula, heart "
        "rate go down. I see the name when I throw the ampoule.",
        ("4", None),
    ),
    (
        "KCl 15% drawn up as the flush in error, the second checker queried it and it was not "
        "given.",
        (None, "4"),
    ),
    (
        "Queried white liquid in the cannula; checked: it was Ensure feed, given IV by mistake.",
        ("5", None),
    ),
    (
        "Oramorph drawn up in a luer syringe and taken to the cannula; the student queried it, "
        "checked with RN, not given.",
        (None, "5"),
    ),
    (
        "Vincristine given intrathecally instead of IV. Checked with pharmacy: prescribed IV.",
        ("5", None),
    ),
    (
        "Vincristine syringe brought to the IT room with the methotrexate; the registrar read "
        "the label and it was not connected to the spinal needle.",
        (None, "5"),
    ),
    (
        "Insulin 10 units drawn up in a 1ml syringe to the 1ml mark, checked by two nurses and "
        "given. BM 1.9 two hours later.",
        ("6", None),
    ),
    (
        "Insulin prescribed as '20U', read as 200 units and drawn up; checked by 2 RNs and "
        "given. Pt hypo 1.8.",
        ("6", None),
    ),
    (
        "Methotrexate 10mg prescribed daily for psoriasis and given 3 days running. Checked by "
        "the pharmacist: weekly dose intended.",
        ("7", None),
    ),
    (
        "Methotrexate 7.5mg written daily for RA; I check the chart, he had it yesterday and the"
        " day before too. Given daily for 4 days.",
        ("7", None),
    ),
    (
        "Oral morphine drawn up in an IV syringe and given via the cannula. Queried by the "
        "student afterwards; checked - oramorph had gone IV.",
        ("5", None),
    ),
    (
        "Saline flush given via the cannula before the antibiotics; checked: sodium chloride "
        "0.9% as prescribed.",
        (None, None),
    ),
    (
        "Midazolam 10mg/2ml given for conscious sedation at bronchoscopy instead of 1mg/ml. "
        "Checked with the endoscopist afterwards, sedation as prescribed was 2mg.",
        ("8", None),
    ),
    (
        "Insulin 8 units drawn up in a 2ml syringe to 0.8 ml; the HCA queried it before it was"
        " given, checked with the RN, discarded and redrawn in an insulin syringe.",
        (None, "6"),
    ),
    (
        "Novorapid 4 units drawn into a 1ml luer syringe; the student noticed and it was "
        "discarded before it was given. Dose then checked by two RNs and given with an insulin "
        "syringe.",
        (None, "6"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_what_the_medicine_check_found(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
