"""Medicine never events (4, 5, 7) in a natural mix of reports: the patient's dated history
of a medicine error under a history heading is no event today; a strong potassium product
queried and the check finding it the right one is no mis-selection; an enteral set picked up to
be reconnected and held at a vein's line, caught, is a near miss of the wrong route; a drug
meant for the vein told going into an epidural is the other direction, outside the framework.
Each mechanism has look-alikes that keep the event."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NEITHER = (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # --- the patient's dated history of a medicine error, under a history heading
        (
            "78M admitted with CAP. PMH: methotrexate overdose in 2019 (given daily by care "
            "home, investigated by the other trust), COPD, AF. Reporting a delay in the "
            "first dose of abx of 4 hrs.",
            NEITHER,
        ),
        (
            "pt fell on the ward overnight, no injury. hx includes a methotrexate toxicity in "
            "2018 after daily dosing by the nursing home. falls assessment done.",
            NEITHER,
        ),
        (
            "Background - MTX taken daily in error 2016 at previous GP practice, now stopped. "
            "Pressure damage cat 2 to sacrum found on admission.",
            NEITHER,
        ),
        (
            "Pt anxious about her meds. PMH includes an insulin overdose in 2020 when a "
            "syringe was used to take insulin from her pen. Discharge delayed by TTOs.",
            NEITHER,
        ),
        # ... look-alikes: today's error, whatever history is told beside it
        (
            "PMH RA, HTN. Methotrexate 10mg prescribed daily instead of weekly on admission, "
            "given for 3 days before pharmacist noticed.",
            ("7", None),
        ),
        (
            "Background of psoriasis since 2009. methotrexate 15mg given daily x4 days on the "
            "ward in error, mucositis, pancytopenia.",
            ("7", None),
        ),
        (
            "pmh asthma 2005. KCl 15% ampoule used instead of sodium chloride 0.9% flush and "
            "given via cannula, pt c/o burning arm.",
            ("4", None),
        ),
        (
            "RA pt on mtx 20mg weekly. MTX dispensed and given daily for 5 days by the ward, "
            "bloods showed neutropenia.",
            ("7", None),
        ),
        # --- a strong potassium product queried and the check finding it right
        (
            "Queried a bag of potassium chloride 40mmol in 100ml for the central line as not "
            "used on our ward before. Checked with pharmacy: this is the correct product for "
            "central administration per guideline. Given, 30 min delay.",
            NEITHER,
        ),
        (
            "nurse queried the strong KCl 20mmol/50ml syringe on the CVC. confirmed with ICU "
            "outreach that it is the right preparation for the central line. no issue.",
            NEITHER,
        ),
        (
            "I queried the concentrated potassium infusion prescribed for the CVC. Checked "
            "with the pharmacist, correct concentration for central use, given as charted.",
            NEITHER,
        ),
        (
            "Student nurse queried potassium phosphate concentrate on the trolley. Verified "
            "with the pharmacist it was the correct product for the TPN compounding. no "
            "patient affected.",
            NEITHER,
        ),
        (
            "queried KCl 40mmol in 100ml sodium chloride for the CVC as I had not given it "
            "before on this ward. checked with the pharmacist - right product for central "
            "use. given late.",
            NEITHER,
        ),
        (
            "Potassium chloride 20mmol in 50ml syringe queried by bank nurse, not familiar "
            "with it. Confirmed with the outreach team: the correct strength for the central "
            "line.",
            NEITHER,
        ),
        # ... look-alikes: the check found the wrong product
        (
            "2nd nurse queried the flush drawn up. Checked the ampoule: it was KCl 15% instead "
            "of sodium chloride 0.9%. Discarded, not given.",
            (None, "4"),
        ),
        (
            "Potassium chloride concentrate ampoule picked up instead of water for injection "
            "to reconstitute co-amoxiclav, given IV. Checked later by pharmacist.",
            ("4", None),
        ),
        (
            "KCl 15% drawn up as the flush in error, given via cannula, pt complained of "
            "pain. Checked with pharmacy afterwards.",
            ("4", None),
        ),
        (
            "KCl 40mmol in 100ml given peripherally at the right rate, pt c/o discomfort, "
            "checked with pharmacist, correct product. no error.",
            NEITHER,
        ),
        # --- an enteral set picked up to be reconnected, held at a vein's line, caught
        (
            "Night shift. NG feed giving set came apart during turns. I picked it up to "
            "reconnect and had it on the PICC bung when I read the label. not connected, no "
            "feed into the line.",
            (None, "5"),
        ),
        (
            "PEG feed line disconnected while washing pt. HCA went to reattach it and held it "
            "to the cannula hub when I shouted stop. nothing given.",
            (None, "5"),
        ),
        (
            "enteral feed tubing unclipped. picked up the end to reconnect, was at the CVC "
            "port (both lines on the pillow) when i noticed. stopped, feed not given iv.",
            (None, "5"),
        ),
        # ... look-alikes: reconnected to its own tube, or the feed went in
        (
            "NG feed disconnected during repositioning, reconnected to the NG tube after "
            "checking the pH. pt settled.",
            NEITHER,
        ),
        (
            "PEG feed set reconnected to the PEG by HCA after personal care, feed "
            "restarted at 60ml/hr.",
            NEITHER,
        ),
        (
            "Enteral feed set reconnected to the PICC line in error and feed ran into the "
            "line for 20 minutes before noticed. pt spiked a temp.",
            ("5", None),
        ),
        (
            "Fortisip drawn up in a luer syringe and pushed through the IV cannula in error. "
            "pt became tachycardic.",
            ("5", None),
        ),
        # --- a drug meant for the vein told going into an epidural
        (
            "Gentamicin 120mg intended for the peripheral cannula was given into the epidural "
            "catheter port in error. anaesthetist informed, neuro obs, no deficit.",
            NEITHER,
        ),
        (
            "Co-amoxiclav 1.2g meant for the venflon injected into the epidural filter by "
            "mistake, labour ward. Anaes aware, obs stable.",
            NEITHER,
        ),
        (
            "ondansetron prescribed for the IV line was pushed into the epidural line in "
            "error. neuro obs hrly.",
            NEITHER,
        ),
        (
            "Cefuroxime 1.5g due via the cannula was administered into the epidural catheter "
            "by the midwife. no harm.",
            NEITHER,
        ),
        # ... look-alikes: the epidural medicine went into the vein
        (
            "Epidural bupivacaine infusion intended for the epidural was connected to the "
            "peripheral cannula and ran IV for 1 hour. pt hypotensive.",
            ("5", None),
        ),
        (
            "Levobupivacaine epidural bag connected to the IV cannula in error and infused "
            "for 40 mins. Anaesthetist called, lipid ready.",
            ("5", None),
        ),
        (
            "Epidural fentanyl/bupivacaine mixture hung and attached to the PICC instead of "
            "the epidural catheter, ran for 20 min.",
            ("5", None),
        ),
        (
            "IV paracetamol given via the cannula as prescribed, epidural running as "
            "planned. pain score 2.",
            NEITHER,
        ),
        (
            "Oral morphine solution intended for the NG tube was given via the PICC line in "
            "error, pt drowsy, naloxone given.",
            ("5", None),
        ),
    ],
)
def test_medicine_natural_mix(text: str, expected: tuple[str | None, str | None]) -> None:
    """Each wording's (never event, near miss) pair, as a reviewer applying the guide gives
    it."""
    assert never_event_codes(text) == expected
