"""Whether the wrong medicine or route reached the patient (`engine.medicine_reach`): strong
potassium (4), an oral liquid, a feed or an epidural medicine on its way into a vein (5), high
strength midazolam for a conscious sedation (8), read by the furthest step told and whether a
catch came before it. A step of connecting or giving interrupted ("being attached ... when the
anaesthetist stopped it", "about to flush ... when she read the amp"), a connection denied, the
syringe thrown away or the dose drawn up again is a near miss; an antidote given keeps the
never event; a finding told hours or a day later, with no catch, is never event 4. A stock
finding with a dose already made up from it is the error made; stock alone stays null.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    (
        None,
        "5",
        "Staff nurse took the oramorph drawn up in a luer syringe to bay 3 and was about "
        "to connect it to the cannula when the HCA stopped her. Oral route on the chart. "
        "Given PO in an oral syringe instead.",
    ),
    (
        None,
        "5",
        "epidural bag of bupivacaine/fentanyl primed and being connected to the IV "
        "cannula when the anaesthetist stopped it. not connected.",
    ),
    (
        None,
        "5",
        "Night staff: oral morphine solution drawn in a luer lock syringe, connected to "
        "the cannula bung but nothing pushed as pt said he drinks it. Discarded, given by"
        " mouth.",
    ),
    (
        "5",
        None,
        "Oral paracetamol suspension drawn up in a luer syringe and given through the "
        "pt's IV cannula by the bank RN. Realised straight after. Pt monitored, no harm.",
    ),
    (
        None,
        "8",
        "Endoscopy: midazolam 10mg/2ml drawn up for OGD conscious sedation instead of "
        "1mg/ml. Endoscopist questioned the volume and it was redrawn from the 1mg/ml "
        "amp. No harm.",
    ),
    (
        None,
        "8",
        "Colonoscopy sedation - SN drew up midazolam 5mg/ml thinking it was 1mg/ml; "
        "syringe thrown away when the ampoule was checked at the WHO pause, new syringe "
        "made up with 1mg/ml.",
    ),
    (
        "8",
        None,
        "Bronchoscopy list: pt sedated with midazolam 5mg/ml instead of 1mg/ml, needed "
        "flumazenil, recovered.",
    ),
    (
        None,
        "4",
        "Ward 7: KCl 15% ampoule drawn into a 10ml syringe as a saline flush; the 2nd "
        "nurse was about to flush the PICC when she read the empty amp. Stopped. "
        "Discarded.",
    ),
    (
        None,
        "4",
        "Potassium chloride concentrate drawn up as diluent for IV ceftriaxone by F1. "
        "Pharm tech spotted the amp on the tray and the syringe was redrawn with WFI.",
    ),
    (
        "4",
        None,
        "A flush of 10ml potassium chloride 15% was given via the PICC instead of sodium "
        "chloride 0.9% by agency RN. Pt became bradycardic, 2222 called.",
    ),
    (
        None,
        "8",
        "ERCP - midazolam 5mg/ml amp was in the sedation tray and 2ml drawn up for "
        "conscious sedation; the nurse was going to give it when the reg saw the "
        "strength. Not given, swapped for 1mg/ml.",
    ),
    (
        None,
        "5",
        "Carer was going to push the oral Oramorph through the s/c butterfly with a luer "
        "syringe, DN stopped him, nothing given.",
    ),
    (
        "5",
        None,
        "oral morphine sol given IV via cannula in error by SHO (in a luer syringe), pt "
        "drowsy, naloxone.",
    ),
    (
        None,
        "4",
        "strong KCl amp selected instead of NaCl 0.9% to reconstitute tazocin; noticed by"
        " checker prior to injecting into the vial. Discarded.",
    ),
    (
        "4",
        None,
        "KCl 15% used instead of water for injection to reconstitute cefuroxime, given IV"
        " at 10:00; noticed at 11:00 when the empty amp was found. K+ 6.1, cardiology "
        "review.",
    ),
    (
        None,
        None,
        "Premixed KCl 40mmol in 1L NaCl bag run at 250ml/hr instead of 125ml/hr. K 5.4. No harm.",
    ),
    (
        None,
        None,
        "IV paracetamol given instead of oral as the oral prescription had not been "
        "noticed. Pt able to swallow. No harm.",
    ),
    (
        None,
        None,
        "Stock check: midazolam 5mg/ml found in the endoscopy CD cupboard, no pt "
        "involved, returned to pharmacy.",
    ),
    (
        None,
        None,
        "ITU: midazolam 5mg/ml infusion for sedation of a ventilated patient, rate "
        "checked. No issues.",
    ),
    (
        "8",
        None,
        "Colonoscopy: 5mg/ml midazolam given for conscious sedation instead of 1mg/ml, pt"
        " oversedated, flumazenil given. Syringe later discarded.",
    ),
    (
        "4",
        None,
        "Potassium chloride 15% drawn up as a flush and flushed through the cannula by "
        "the nurse; the colleague then noticed the empty ampoule. Pt had VT.",
    ),
    (
        "5",
        None,
        "Epidural bupivacaine infusion was connected to the IV cannula and ran for 2 "
        "hours before the outreach nurse noticed. Stopped. Pt hypotensive.",
    ),
    (
        None,
        None,
        "IV co-amoxiclav given into the epidural catheter by mistake. Anaesthetist aware.",
    ),
    (
        "5",
        None,
        "Vincristine given intrathecally in error. Patient transferred to neuro ICU.",
    ),
    (
        None,
        "4",
        "KCl 15% amp drawn up for a flush, noticed by the 2nd checker before it was "
        "given. Discarded.",
    ),
    (
        "8",
        None,
        "OGD: pt given 2.5mg midazolam from a 5mg/ml amp for sedation instead of 1mg/ml; "
        "desaturated and needed flumazenil. Nurse then discarded the remaining syringe.",
    ),
    (
        "5",
        None,
        "nurse drew up the oral lactulose in an IV syringe and gave it into the cannula, "
        "then realised. Pt monitored.",
    ),
    (
        None,
        None,
        "Risk: no oral syringes on ward, staff using luer syringes for oral meds. No pt "
        "harmed, nothing given by the wrong route.",
    ),
    (
        "4",
        None,
        "Strong potassium chloride given as IV push in place of the premixed bag by the "
        "bank nurse, then she was stopped by the NIC but the pt went into VT.",
    ),
    (
        None,
        "8",
        "Sedation for cardioversion in ED: midazolam 5mg/ml drawn up and labelled as "
        "1mg/ml. Consultant queried the volume; the syringe went in the sharps bin and a "
        "fresh one was drawn up.",
    ),
    (
        None,
        "8",
        'Pt overheard nurses in endoscopy saying "that\'s the 10mg in 2ml" about the '
        "midazolam syringe for his sedation and it was thrown in the bin, they got "
        "another. Test done fine.",
    ),
    (
        None,
        "5",
        "PEG water flush in a purple syringe was about to be connected to the PICC by the"
        " carer when the DN intervened. Not given.",
    ),
    (
        "5",
        None,
        "The enteral feed giving set was connected to the pt's central line and the feed "
        "ran for 20 minutes before the NIC noticed. Pt monitored in HDU.",
    ),
    (
        None,
        "4",
        "KCl 15% drawn up as the saline flush and was being connected to the midline when"
        " the student asked about the ampoule. Not flushed.",
    ),
    (
        "4",
        None,
        "Potassium phosphate conc used as the diluent for IV flucloxacillin. Found a few "
        "hours later at pharmacist's review, K+ 5.9.",
    ),
    (
        None,
        "5",
        "Oral co-amoxiclav suspension drawn up in a luer syringe. Student nurse was ready"
        " to give it via the cannula but her mentor saw it and stopped her.",
    ),
    (
        None,
        "8",
        "Colonoscopy: pt's midazolam for conscious sedation was drawn up from a 5mg/ml "
        "ampoule and labelled. At the sign-in the endoscopist asked to see the amp and it"
        " was replaced with 1mg/ml.",
    ),
    (
        "8",
        None,
        "OGD under conscious sedation; 2ml of 5mg/ml midazolam given instead of 1mg/ml. "
        "pt drowsy, flumazenil. Remaining ampoules found at end of list stock check.",
    ),
    (
        "5",
        None,
        "Oramorph drawn up in a luer syringe was given into the cannula; the nurse then "
        "stopped and realised. Pt ok.",
    ),
    (
        None,
        None,
        "Midazolam 5mg/ml used for the syringe driver on the palliative care unit, as "
        "prescribed. Pt comfortable.",
    ),
    (
        "4",
        None,
        "rx KCl 40mmol in 1L premix, none on ward so RN added 2 amps of KCl 15% to a "
        "litre of saline and hung it, no 2nd check. K+ 6.0 at 4 hrs.",
    ),
    (
        None,
        "4",
        "The F2 had drawn up KCl 15% thinking it was water for injection to make up IV "
        "abx. The checking nurse read the amp. Redrawn with WFI, nothing given.",
    ),
    (
        None,
        "4",
        "Pharmacy walk-round found a 10ml syringe labelled 'saline flush' by the sink on "
        "AMU with the empty KCl 15% amp next to it. The AP who drew it up said it was for"
        " bed 6's cannula flush. Syringe not used, binned.",
    ),
    (
        None,
        None,
        "Pharmacy audit: KCl 15% amps found in the flush drawer on ward 4 next to the "
        "saline. None used, removed.",
    ),
    (
        "4",
        None,
        "Strong KCl used as the diluent for IV co-amoxiclav instead of WFI on the paeds "
        "ward, found at the pharmacist's check the next morning. K+ 6.3, on monitor.",
    ),
    (
        None,
        None,
        "Midazolam 10mg/2ml found in the bronchoscopy cupboard at the monthly CD check, "
        "next to the 1mg/ml. No record of use, removed.",
    ),
    (
        "8",
        None,
        "Stock check at the end of the endoscopy list found the midazolam 5mg/ml box "
        "open; the pt in room 2 had been titrated to 4ml for his OGD sedation thinking it"
        " was 1mg/ml. Reversed with flumazenil.",
    ),
]


@pytest.mark.parametrize(("never_event", "near_miss", "text"), CASES)
def test_how_far_the_wrong_medicine_got(
    never_event: str | None, near_miss: str | None, text: str
) -> None:
    assert never_event_codes(text) == (never_event, near_miss)
