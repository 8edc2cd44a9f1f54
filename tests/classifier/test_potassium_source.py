"""What strong potassium was taken for and what was meant (`engine.potassium_source`), read with
how far it got (`engine.medicine_reach`): a syringe, flush or diluent filled from the
concentrate with another product told as the one meant ("labelled 'saline'", "for the line
flush", "sodium chloride 30% required; took potassium chloride") is near miss 4 when caught
before it went in; a concentrate used where a premixed bag was prescribed or missing is never
event 4 once given; a step before the giving denied ("not yet drawn up", "NOT drawn up into the
vial/ given") is the catch. Look-alikes stay null: a premixed bag at the wrong rate, a stock or
pharmacy picking error nobody drew up, storage risks and audits, potassium intended.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    (
        None,
        "4",
        "Staff nurse drew up 10ml from what she took for a saline amp to flush the PICC; "
        "HCA at the bedside saw the KCl 15% ampoule on the trolley before it was "
        "connected. syringe binned.",
    ),
    (
        None,
        "4",
        "FY1 reconstituting co-amoxiclav: 10ml drawn up from a potassium chloride "
        "concentrate ampoule instead of WFI. Checking nurse picked it up at the 2nd "
        "check, vial not yet injected. New WFI used.",
    ),
    (
        None,
        "4",
        "Student nurse had filled two flush syringes from a strong KCl amp kept in the "
        "flush box; mentor checked the empties before going to the pt and stopped it. "
        "none used.",
    ),
    (
        None,
        "4",
        "ODP drew up 'saline' for the arterial line flush, anaesthetist read the amp - "
        "KCl 15%. not connected to the pt, discarded.",
    ),
    (
        None,
        "4",
        "Pt's daughter asked why the nurse had a different coloured ampoule for the IV "
        "paracetamol flush. nurse checked: potassium chloride concentrate. Not given.",
    ),
    (
        None,
        "4",
        "HCA noticed the 10ml syringe on the prep tray had been filled from potassium "
        "chloride 15% - it was labelled water for injection for the cefuroxime. Caught "
        "before reconstitution.",
    ),
    (
        None,
        "4",
        "Neonatal unit: 1ml potassium chloride concentrate drawn up in place of sodium "
        "chloride 0.9% for the TPN line flush. second nurse questioned the ampoule. Not "
        "flushed.",
    ),
    (
        "4",
        None,
        "rx 40mmol KCl in 1L premix. none on ward so RN added 2 amps of strong potassium "
        "chloride to a litre of saline and started it on the pump. K 6.1 at 6h.",
    ),
    (
        "4",
        None,
        "Pharmacy could not supply the premixed potassium bag over the weekend; the F2 "
        "advised making one up from KCl 15% ampoules. Bag made up on the ward and infused"
        " over 8 hours.",
    ),
    (
        "4",
        None,
        "20mmol potassium chloride concentrate given undiluted as a slow IV bolus, "
        "prescription was for the 20mmol/500ml ready-mixed bag. Pt had ectopics.",
    ),
    (
        "4",
        None,
        "Potassium phosphate concentrate added to the TPN bag instead of the sodium "
        "glycerophosphate additive; infusion ran overnight. K+ 6.3 on am bloods.",
    ),
    (
        "4",
        None,
        "Night RN used a KCl 15% amp to dilute iv amoxicillin thinking it was WFI; found "
        "the empty amp in the sharps box the next morning.",
    ),
    (
        "4",
        None,
        "Potassium phosphates concentrate drawn up as the diluent for the midazolam "
        "infusion instead of NaCl 0.9%; pharmacist found the amp at the ward round 3 "
        "hours later.",
    ),
    (
        None,
        "4",
        "Potassium chloride 15% amp selected for the flush, but the RN read the label "
        "herself before opening it and put it back in the locked cupboard.",
    ),
    (
        None,
        "4",
        "Anaesthetist about to flush the cannula with a syringe labelled NaCl when the "
        "ODP saw the KCl amp beside it. Syringe contained strong potassium - not given.",
    ),
    (
        None,
        None,
        "Premixed KCl 40mmol/1L bag put through at 250ml/hr instead of 125ml/hr, pump not"
        " double checked. K 5.4.",
    ),
    (
        None,
        None,
        "KCl 20mmol in 1L premix bag given over 2hrs instead of 4hrs due to the rate "
        "being misread from the fluid chart. no harm.",
    ),
    (
        None,
        None,
        "Stock check in A&E: 3 amps of potassium chloride 15% found in the water for "
        "injection box. Removed. No patient involved.",
    ),
    (
        None,
        None,
        "Pharmacy picked KCl concentrate in place of sodium chloride 0.9% ampoules for "
        "the ward top-up; ward staff spotted them on unpacking before any were used. "
        "Returned.",
    ),
    (
        None,
        None,
        "Risk: strong potassium and saline flush ampoules look alike and sit in adjacent "
        "slots in the resus trolley. No incident occurred.",
    ),
    (
        None,
        None,
        "Audit found potassium chloride concentrate not stored in the locked cupboard on "
        "ward 12. Moved.",
    ),
    (
        None,
        None,
        "Pt prescribed KCl 40mmol in 100ml via central line (ITU); infusion run at 50ml/h"
        " instead of 10ml/h. K 6.0.",
    ),
    (
        None,
        None,
        "Premixed potassium bag 40mmol hung instead of plain saline for the pt in bed 4 -"
        " ran 2 hours.",
    ),
    (
        None,
        None,
        "Saline flush given via cannula; afterwards RN wondered if it might have been "
        "potassium but the ampoule in the bin was NaCl 0.9%. No error.",
    ),
    (
        None,
        None,
        "Potassium chloride concentrate delivered to the ward instead of WFI by pharmacy;"
        " found by the nurse unpacking the tote, nothing drawn up.",
    ),
    (
        None,
        None,
        "Premix out of stock so the nurse rang pharmacy who sent a premixed bag up within"
        " the hour; nothing made up on the ward.",
    ),
    (
        None,
        None,
        "ICU: KCl 20mmol in 50ml syringe (strong potassium, as prescribed for central "
        "line) run via peripheral cannula instead of the CVC.",
    ),
    (
        None,
        "4",
        "Band 6 on CCU: the 10 ml syringe marked 'WFI' for the IV omeprazole had been "
        "drawn up out of a KCl 15% ampoule - spotted by the F1 co-signing before "
        "reconstitution. Binned.",
    ),
    (
        None,
        "4",
        "pharmacist on ward round saw that the flush syringe on the drug trolley had been"
        " prepared from strong potassium chloride amp. pt not yet flushed. syringe "
        "destroyed",
    ),
    (
        "4",
        None,
        "Pt on AMU prescribed potassium chloride 40mmol in 1 litre premixed. No premixed "
        "bags on the unit so staff nurse added two KCl 15% ampoules to 1L of saline and "
        "hung it. K+ next morning 6.4.",
    ),
    (
        None,
        None,
        "ward 3 pharmacy top up: KCl 15% ampoules delivered in the WFI tray instead of "
        "the locked cupboard box, noticed by the ward pharmacist, none had been used. "
        "moved.",
    ),
    (
        None,
        None,
        "Pt's premixed KCl 20mmol in 1L bag was left running at 250ml/h after the pump "
        "was changed, should have been 125ml/h. K 5.1, no ECG changes.",
    ),
    (
        None,
        None,
        "Strong KCl amps found in the resus trolley drawer at the weekly check, removed "
        "and returned to pharmacy.",
    ),
    (
        None,
        None,
        "KCl 40mmol in 1 litre sodium chloride 0.9% (premixed) was prescribed and given "
        "as charted. Later K 3.8. Documentation of the fluid chart incomplete.",
    ),
    (
        "4",
        None,
        "Son told us the nurse flushed the cannula and mum's arm burned; the empty amp in"
        " the sharps bin was KCl 15% not saline. K 6.0 at 10:00.",
    ),
    (
        None,
        "4",
        "The F2 had filled 2 x 10ml syringes with potassium chloride concentrate thinking"
        " it was saline for the line flushes; the sister spotted the empties before he "
        "left the treatment room. Nothing given.",
    ),
]


@pytest.mark.parametrize(("never_event", "near_miss", "text"), CASES)
def test_what_the_potassium_was_taken_for(
    never_event: str | None, near_miss: str | None, text: str
) -> None:
    assert never_event_codes(text) == (never_event, near_miss)
