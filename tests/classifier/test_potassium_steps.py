"""How far a strong potassium mis-selection got (`engine.potassium_steps`): a step putting the
product into the patient told as done is never event 4; only the steps before it, with a catch,
near miss 4; a redo given after the catch, a product injected into a vial, a denial spanning
"not drawn up or given" and a step told still to come are no reach. Look-alikes (a premixed
bag at the wrong rate, a stock finding, oral potassium) stay null.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    (
        None,
        "4",
        "Night RN drew 10mls from a strong KCl amp for the cannula flush thinking it was "
        "saline. Nurse in charge read the amp at the bedside. nothing had been pushed. "
        "syringe discarded.",
    ),
    (
        None,
        "4",
        "band 5 on paeds drew up potassium chloride 15% instead of WFI to reconstitute "
        "cefuroxime. Second checker spotted the amp before it was injected into the vial."
        " Binned, not administered.",
    ),
    (
        None,
        "4",
        "F1 reconstituted IV tazocin with what he believed was water for injections; "
        "pharmacist on the ward saw the empty KCl concentrate amp in the tray. Vial "
        "quarantined, new dose made up with WFI and given at 16:00.",
    ),
    (
        None,
        "4",
        "aseptic unit - potassium chloride concentrate picked instead of sodium chloride "
        "0.9% for a paeds syringe, identified at final check, destroyed, never released "
        "to the ward.",
    ),
    (
        "4",
        None,
        "Agency RN flushed the PICC using a KCl 15% amp instead of NaCl 0.9%. 07:02 pt VF"
        " arrest, CPR, ROSC. K 7.0.",
    ),
    (
        "4",
        None,
        "paeds ward - strong KCl amp used as diluent for iv cefuroxime instead of WFI. "
        "child became bradycardic during the bolus, crash team. K 6.3",
    ),
    (
        "4",
        None,
        "About 4ml pushed through the cannula before pt c/o burning - the 'saline' had "
        "been drawn from a potassium chloride 15% ampoule. Stopped. ECG monitored, K 5.2.",
    ),
    (
        "4",
        None,
        "KCl 15% amp drawn up as the flush by mistake; pt complained of pain after 2ml "
        "and I stopped, disconnected, dr informed.",
    ),
    (
        "4",
        None,
        "No premixed bags so the SN added 2 x KCl 15% amps to a litre of saline, not "
        "inverted, and hung it at 125ml/hr. Palpitations within 30 min, infusion stopped,"
        " K 6.0",
    ),
    (
        None,
        None,
        "KCl 15% ampoules found in the WFI box at the weekly stock check. None had been "
        "used, returned to pharmacy.",
    ),
    (
        None,
        None,
        "Pt on KCl 40mmol/1L premixed bag, pump set at 250ml/hr instead of 125. Infusion "
        "stopped when noticed, K 5.5.",
    ),
    (
        None,
        "4",
        "Pharmacy aseptic suite: operator selected strong potassium chloride instead of "
        "water for injection while compounding a neonatal syringe. Found at the final "
        "check, syringe destroyed and never released.",
    ),
    (
        None,
        "4",
        "I was making up IV meropenem for bed 4 and took a 10ml ampoule from the diluent "
        "box. At the second check my colleague read the empty ampoule - potassium "
        "chloride 15%. The vial had been made up with it but nothing had been given. Vial"
        " discarded, fresh dose made up with WFI, checked and given at 18:20.",
    ),
    (
        "4",
        None,
        "Dialysis unit 06:30. HCA handed the nurse an ampoule from the saline tray for "
        "the arterial needle flush - it was potassium chloride 15%. 4ml injected into the"
        " needle at 06:32. pt arrested 06:33, ROSC after 1 shock. K 7.4.",
    ),
    (
        "4",
        None,
        "Pt arrived from a care home bradycardic 35, K 6.8. The home later confirmed "
        "their agency nurse flushed his midline with a KCl 15% ampoule instead of sodium "
        "chloride 0.9% before IV abx - saline flushes had run out.",
    ),
    (
        None,
        "4",
        "Student nurse drew up 10ml from a KCl 15% amp thinking it was NaCl 0.9% for a "
        "cannula flush, mentor checked the amp before she went into the bay. Discarded.",
    ),
    (
        None,
        "4",
        "SN reconstituted iv flucloxacillin using what turned out to be potassium "
        "chloride concentrate instead of water for injection; the second checker spotted "
        "the empty amp on the tray before it was taken to the pt. vial binned, not "
        "administered",
    ),
    (
        None,
        "4",
        "theatres - ODP filled a 20ml syringe from a strong potassium ampoule believing "
        "it was saline for the flush, anaesthetist read the amp before connecting. "
        "nothing went in",
    ),
    (
        None,
        "4",
        "Bank HCA handed the RN a potassium chloride 15% ampoule from the WFI box to mix "
        "the ceftriaxone. RN noticed at the bedside check, before mixing. Not used.",
    ),
    (
        None,
        "4",
        "Paeds: the diluent drawn up for the iv abx was potassium phosphate concentrate "
        "not WFI, picked up at the 2nd check prior to administration, discarded, child "
        "unaffected",
    ),
    (
        None,
        "4",
        "Agency nurse had potassium chloride concentrate drawn into a 10ml syringe "
        "labelled sodium chloride flush; the nurse in charge checked the ampoule and "
        "stopped it before it was connected to the PICC",
    ),
    (
        None,
        "4",
        "KCl amp drawn up instead of saline for the line flush, colleague saw the label "
        "and it was never given.",
    ),
    (
        None,
        None,
        "KCl 40mmol in 1L NaCl 0.9% premixed bag ran over 2 hours instead of 8 - pump "
        "rate error. K 5.8, repeated bloods, no harm.",
    ),
    (
        None,
        None,
        "Pharmacy walkround found KCl 15% ampoules stored next to NaCl 0.9% ampoules in "
        "the ED cupboard. No patient involved, stock moved to the CD cupboard.",
    ),
    (
        None,
        None,
        "Wholesaler delivered KCl 15% ampoules in a box labelled water for injections; "
        "pharmacy goods-in spotted it, returned to supplier, none reached a ward.",
    ),
    (
        None,
        None,
        "Pt on oral Sando-K given 2 tablets instead of 1, K+ 5.4 next day. No harm.",
    ),
    (
        None,
        None,
        "Two KCl 15% ampoules found in the flush tray on the morning stock check, nobody "
        "had used them, removed to the locked cupboard.",
    ),
    (
        None,
        None,
        "Dr prescribed KCl 10mmol in 100ml over 1 hr but wrote 30 min; given over 30 min "
        "as written, pt had no arrhythmia.",
    ),
    (
        None,
        None,
        "potassium chloride concentrate added to the 1L saline bag as prescribed by the "
        "renal SpR (premix not suitable), second nurse checked, infusion started as "
        "planned.",
    ),
    (
        "4",
        None,
        "Nurse flushed the cannula with what she thought was saline but the empty ampoule"
        " left in the tray was potassium chloride 15%. Pt went into VT, crash call, K "
        "6.9.",
    ),
    (
        "4",
        None,
        "Flush given via PICC from a 10ml ampoule taken from the saline tray - it was KCl"
        " 15%. Pt c/o burning and became bradycardic, MET call.",
    ),
    (
        "4",
        None,
        "The premixed KCl 20mmol/500ml was out of stock so the night SN put a KCl 15% "
        "ampoule into a plain 500ml saline bag and hung it. Ran overnight. Pharmacist "
        "picked it up the next morning.",
    ),
    (
        "4",
        None,
        "paeds ward - diluent for the IV cefotaxime was potassium phosphate concentrate "
        "instead of water for inj. given to the child at 10:00; empty vial found at "
        "11:30. K 5.9, cardiology review",
    ),
    (
        "4",
        None,
        "ODP drew up a saline flush from a strong KCl amp by mistake and flushed the art "
        "line; pt arrested on table, ROSC after 2 cycles.",
    ),
]


@pytest.mark.parametrize(("never_event", "near_miss", "text"), CASES)
def test_how_far_the_potassium_got(
    never_event: str | None, near_miss: str | None, text: str
) -> None:
    assert never_event_codes(text) == (never_event, near_miss)
