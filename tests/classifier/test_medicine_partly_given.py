"""Whether some of a wrong medicine reached the patient before the catch (never events 4-7),
read across wordings: an oral liquid partly pushed into a cannula before someone spoke, an
epidural infusion found running into a vein, a "U" misread and a pump run for a while before it
was stopped, a methotrexate daily dose taken before the label was queried are never events
however the catch and the partial dose are ordered; the same error caught before any of it was
given (strong potassium drawn up and "not given", an extra methotrexate dose not taken, a pump
set wrong but stopped before it was started) is a near miss; a correct dose that only looks
like the error (the right volume in a luer syringe, a "U" read right) is neither."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    # --- wrong route, oral into a vein: partly given before the catch (never event 5)
    (
        (
            "Pushing the oral morphine via the cannula when the patient's wife asked what it "
            "was; stopped at once but about half the syringe had already gone in."
        ),
        ("5", None),
    ),
    (
        (
            "approx 3ml of 5ml oramorph already given IV before i realised it was the wrong "
            "syringe and stopped, dr informed, obs stable"
        ),
        ("5", None),
    ),
    (
        (
            "Nurse attached the Oramorph luer syringe to the PICC and had given some of it "
            "when the HCA said 'isn't that his oral one'. Stopped immediately, FY1 aware."
        ),
        ("5", None),
    ),
    (
        (
            "Epidural infusion (bupivacaine/fentanyl) found running through the peripheral "
            "cannula on the morning ward round, it had been going since 2am. Stopped, "
            "anaesthetist reviewed."
        ),
        ("5", None),
    ),
    # --- wrong route caught before any went in (near miss 5)
    (
        (
            "Oramorph drawn into a luer syringe and connected to the cannula, the daughter "
            "queried it before I pushed any, syringe removed and discarded."
        ),
        (None, "5"),
    ),
    (
        (
            "Student nurse about to give Oramorph through the IV cannula, mentor stopped her "
            "before any was given."
        ),
        (None, "5"),
    ),
    # --- wrong route look-alikes (null)
    (
        (
            "Oramorph 5mg given orally in an oral syringe, patient asked why it was purple; "
            "explained. No issue."
        ),
        (None, None),
    ),
    (
        (
            "IV paracetamol 1g given via the cannula as prescribed, daughter queried whether "
            "it should be tablets. Explained."
        ),
        (None, None),
    ),
    # --- insulin by abbreviation / device: some given before the catch (never event 6)
    (
        (
            "VRII chart written '3U/hr' and pump set at 30ml/hr by the night nurse. Ran for "
            "40 mins before the nurse in charge spotted it and stopped it, BM 2.9, glucose given."
        ),
        ("6", None),
    ),
    (
        (
            "Insulin infusion prescription '6U/hr' read as 60 and started at 60ml/hr; "
            "the registrar checking the pump an hour later noticed and switched it off."
        ),
        ("6", None),
    ),
    (
        (
            "drew up novorapid in a 2ml syringe, about half given sc before pt said it felt "
            "like more than usual - stopped, BM monitored hrly, dropped to 3.0"
        ),
        ("6", None),
    ),
    # --- insulin caught before any was given (near miss 6)
    (
        (
            "Pump set at 50ml/hr for '5U/hr' written on the VRII chart; second checker saw it "
            "before the pump was started and it was reset to 5ml/hr."
        ),
        (None, "6"),
    ),
    (
        (
            "Levemir 18 units drawn up in a 1ml luer syringe to the 1.8ml mark, colleague "
            "checking stopped it before it was given. Discarded."
        ),
        (None, "6"),
    ),
    # --- insulin look-alikes: a correct dose (null)
    pytest.param(
        (
            "Patient declined his insulin as it was in a 1ml syringe instead of an insulin "
            "syringe. The 0.2ml drawn was exactly the 20 units prescribed so the dose was "
            "correct; discarded and redrawn with an insulin syringe, given."
        ),
        (None, None),
        marks=pytest.mark.xfail(
            strict=True,
            reason="right dose told a sentence after the device error: outside the rule window",
        ),
    ),
    (
        (
            "Chart said 'Lantus 10U' - read correctly as 10 units by both nurses and 10 units "
            "given. Prescriber reminded not to use U."
        ),
        (None, None),
    ),
    (
        (
            "Lantus 24 units given with an insulin syringe at 22:00, BM next morning 14. "
            "Diabetes team to review dose."
        ),
        (None, None),
    ),
    # --- strong potassium mis-selected: caught before giving (near miss 4)
    (
        (
            "I take KCl 15% ampoule thinking it is sodium chloride flush, I draw up 10ml. "
            "Second nurse see the ampoule at the check. It is not given to patient."
        ),
        (None, "4"),
    ),
    (
        (
            "potassium chloride 15% amp drawn up instead of water for injection to "
            "reconstitute the tazocin, noticed by colleague checking, not given, discarded"
        ),
        (None, "4"),
    ),
    (
        (
            "Picked strong KCl in place of the saline flush and drew it up. I saw the label "
            "on the empty amp before giving it. Nothing given to the pt."
        ),
        (None, "4"),
    ),
    # --- strong potassium partly given (never event 4)
    (
        (
            "KCl 15% drawn up instead of 0.9% saline flush and about 2ml pushed into the "
            "cannula before the nurse saw the ampoule label and stopped. ECG monitored."
        ),
        ("4", None),
    ),
    # --- potassium look-alikes (null)
    (
        (
            "Premixed potassium chloride 40mmol in 1L saline given over 8 hrs as prescribed; "
            "K+ 4.1 next day."
        ),
        (None, None),
    ),
    (
        (
            "Pharmacy audit found KCl 15% ampoules stored next to WFI in the ward cupboard. "
            "Moved to the CD cupboard, no patient involved."
        ),
        (None, None),
    ),
    # --- methotrexate daily: extra not taken (near miss 7)
    pytest.param(
        (
            "Community pharmacy label on methotrexate 2.5mg tablets said 'take SIX tablets "
            "DAILY'. Patient (psoriasis) knew it was once weekly and took her usual weekly "
            "dose only, rang the GP surgery. Relabelled."
        ),
        (None, "7"),
        marks=pytest.mark.xfail(
            strict=True, reason="the usual weekly dose told taken is not read as no extra dose"
        ),
    ),
    (
        (
            "MTX 15mg for RA charted as daily on the TTO. Pharmacist spotted it at the "
            "discharge check before it went home, changed to weekly."
        ),
        (None, "7"),
    ),
    (
        (
            "Homecare methotrexate pens labelled 'inject once a day'. Pt didnt inject the "
            "extra as she has been on it for years weekly, phoned the helpline."
        ),
        (None, "7"),
    ),
    # --- methotrexate daily: extra doses taken (never event 7)
    (
        (
            "Methotrexate 10mg labelled DAILY by the community pharmacy, pt with RA took it "
            "for 4 days before the practice nurse noticed at her bloods. Admitted, "
            "neutropenic."
        ),
        ("7", None),
    ),
    (
        (
            "Methotrexate label read 'inject one pen daily' and the patient (Crohn's) used a "
            "pen on 3 consecutive days before the homecare nurse queried it."
        ),
        ("7", None),
    ),
    # --- methotrexate look-alikes (null)
    (
        (
            "Methotrexate 20mg weekly for RA, folic acid 5mg daily except methotrexate day. "
            "Patient asked whether folic acid was daily; confirmed."
        ),
        (None, None),
    ),
    (
        ("Methotrexate for ALL maintenance given daily per the oncology protocol, as planned."),
        (None, None),
    ),
    (
        (
            "Pt on weekly methotrexate 15mg for RA missed her Friday dose as the homecare "
            "delivery was late. Took it Saturday."
        ),
        (None, None),
    ),
    # --- epidural look-alike: running into the epidural as meant (null)
    (
        (
            "Epidural infusion running via the epidural catheter, checked on the pain round, "
            "block level T8, all connections traced back. Good analgesia."
        ),
        (None, None),
    ),
    (
        (
            "Epidural bag hung and the line primed, about to be connected when the nurse "
            "traced it and saw it went to the IV cannula. Reconnected to the epidural "
            "catheter, none had run."
        ),
        (None, "5"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_medicine_partly_given(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
