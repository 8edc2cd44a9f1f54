"""How far a wrong route's connection got (engine.medicine_reach, never event 5): an oral liquid,
a feed or an epidural infusion joined to a vein's or a subcutaneous line, or at its port
("connected the Fortisip syringe to the PICC", "pushed the luer syringe onto the subcut
butterfly", "was taking the bung off the cannula"), and stopped there by whoever spoke up ("mum
asked", "the HCA noticed the line went to the PICC", "manager stepped in", "I said stop") is
near miss 5; an oral liquid told given through a line is never event 5 whatever switch to the
oral route is told beside it. Look-alikes stay null: an IV form given where oral was prescribed,
a switch to oral not done, a risk of no oral syringes, a teaching reference to vincristine, a
product given by its own route beside another joined to the line, and an IV product told going
into an epidural (the other direction, past a bracket: "IV co-amoxiclav (for ?chorio) was
injected into the epidural catheter port"), while an epidural infusion into the cannula stays
never event 5."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    (
        (
            "Student nurse had drawn up the Oramorph in a 5ml luer syringe and was screwing it "
            "onto the cannula bung when the patient's daughter said he takes that by mouth. "
            "Stopped, nothing pushed. Given orally."
        ),
        (None, "5"),
    ),
    (
        (
            "Band 5 RN connected the Fortisip-filled luer syringe to the PICC; the ward sister "
            "passing the bay shouted to stop. Plunger not depressed, syringe taken off, line "
            "flushed."
        ),
        (None, "5"),
    ),
    (
        (
            "HCA noticed the lactulose syringe had been attached to the IV cannula extension by "
            "the agency nurse before anything was given - nurse stopped. Given PO instead."
        ),
        (None, "5"),
    ),
    (
        (
            "Night RN had the NG feed giving set plugged into the midline, pump not started; the "
            "outreach nurse saw the line went to the arm and stopped her. Nothing ran in. Set "
            "changed to ENFit."
        ),
        (None, "5"),
    ),
    (
        (
            "pt's wife said \"that's his tummy medicine\" as the FY2 was attaching the syringe of "
            "oral omeprazole to the venflon. FY2 stopped, nil given iv, given via PEG."
        ),
        (None, "5"),
    ),
    (
        (
            "SN pushed the luer syringe with the Calpol onto the subcut butterfly, senior sister "
            "at the bedside intervened before any was pushed through. Syringe removed."
        ),
        (None, "5"),
    ),
    (
        (
            "Paeds: nurse about to connect the EBM syringe to the long line, second checker "
            "stopped her - milk not given. Given NG."
        ),
        (None, "5"),
    ),
    (
        (
            "Carer in the community was about to put the PEG flush syringe onto the Hickman line "
            "when the DN stepped in. Not given."
        ),
        (None, "5"),
    ),
    (
        (
            "I was taking the bung off the cannula to give the oral paracetamol suspension that "
            "was in a white syringe when mum asked isn't that for his mouth. Stopped, not given."
        ),
        (None, "5"),
    ),
    (
        (
            "The Oramorph syringe was on the PICC hub when the pharmacist on the ward round "
            "queried it; the nurse disconnected it, none went in."
        ),
        (None, "5"),
    ),
    (
        (
            "Midwife picked up the IV cannula extension to connect the epidural infusion bag; "
            "coordinator saw the yellow label and stopped her. Not connected."
        ),
        (None, "5"),
    ),
    (
        (
            "ANP on the HDU connected the Nutrison line to the CVC lumen; physio spotted it "
            "before the pump was started. Clamp closed, nothing infused."
        ),
        (None, "5"),
    ),
    (
        (
            "Ward manager saw the Movicol drawn into an IV syringe being attached to the PICC and"
            " stopped it, no dose given via the line."
        ),
        (None, "5"),
    ),
    (
        (
            "Oral co-amoxiclav suspension given via the IV cannula by the staff nurse in error; "
            "realised straight away. Child observed, fever, cultures sent."
        ),
        ("5", None),
    ),
    (
        (
            "IV paracetamol 1g given via the cannula although the oral route was prescribed; the "
            "patient could swallow. No harm."
        ),
        (None, None),
    ),
    (
        (
            "Plan to switch IV co-amoxiclav to oral once afebrile; IV continued for 3 more days "
            "because the oral course was not prescribed. Discharge delayed."
        ),
        (None, None),
    ),
    (
        (
            "Risk only: no oral syringes on the ward for 3 days, staff drawing up oral doses in "
            "luer syringes. No patient has had anything by the wrong route. Escalated to "
            "procurement."
        ),
        (None, None),
    ),
    (
        (
            "Teaching session for F1s covered the vincristine intrathecal deaths elsewhere; "
            "today's vincristine was prescribed and given IV as planned with no error."
        ),
        (None, None),
    ),
    (
        (
            "IV cefuroxime was injected into the epidural filter by the FY1 as the lines were "
            "tangled. Anaesthetist reviewed, no deficit."
        ),
        (None, None),
    ),
    (
        (
            "Oral antibiotics prescribed on discharge; cannula removed before the pt went home. "
            "Nurse stopped the IV fluids as pt drinking well."
        ),
        (None, None),
    ),
    (
        (
            "Oramorph given orally at 10:00 and the syringe driver was connected to the subcut "
            "line at 12:00 by the DN; driver alarmed and was stopped to reprime."
        ),
        (None, None),
    ),
    (
        (
            "HCA noticed the NG feed pump was not running; feed restarted via the NG tube. The "
            "PICC was flushed and bloods taken."
        ),
        (None, None),
    ),
    (
        (
            "Fortisip was given orally and the patient's PICC dressing was changed; the nurse "
            "stopped the feed at midnight as per the regimen."
        ),
        (None, None),
    ),
    (
        (
            "Paracetamol 1g prescribed oral; the nurse gave it IV through the cannula instead as "
            "pt NBM. Both forms available."
        ),
        (None, None),
    ),
    (
        (
            "Nurse drew up the IV morphine in a luer syringe and attached it to the cannula; the "
            "pt's daughter asked what it was and she explained. Given as prescribed."
        ),
        (None, None),
    ),
    (
        (
            "Saline flush syringe was being attached to the NG tube for a water flush when the "
            "nurse noticed it was a luer syringe; swapped for an enteral syringe. Nothing wrong "
            "went in."
        ),
        (None, None),
    ),
    (
        (
            "Student midwife had the baby's EBM syringe screwed onto the UVC three-way tap when "
            "the neonatal nurse said stop. Nothing went in, syringe removed."
        ),
        (None, "5"),
    ),
    (
        (
            "The FY1 was connecting the Ensure Plus giving set to the central line when the nurse"
            " asked what he was doing. Disconnected, nothing infused."
        ),
        (None, "5"),
    ),
    (
        (
            "Relative queried whether the liquid paracetamol in the syringe was going into the "
            "drip as the HCA was attaching it to the cannula. HCA stopped. Given orally after "
            "checking."
        ),
        (None, "5"),
    ),
    (
        (
            "Lactulose was given orally by the HCA. Later the RN connected the IV antibiotics to "
            "the cannula; the pt said it stung and she stopped the infusion."
        ),
        (None, None),
    ),
    (
        (
            "Nurse about to give IV ondansetron through the cannula when the pt said she felt "
            "better; not given. Oral paracetamol given."
        ),
        (None, None),
    ),
    (
        (
            "Nurse pushed the Oramorph through the PICC before the HCA said it was the oral one; "
            "pt drowsy, observed."
        ),
        ("5", None),
    ),
    (
        (
            "Delivery suite: IV benzylpenicillin (GBS +ve) was injected into the epidural "
            "catheter port by the F1 as the lines were tangled and the epidural filter was "
            "closest. Realised at once, anaes r/v, no deficit."
        ),
        (None, None),
    ),
    (
        (
            "Ward 9: I found the IV co-amoxiclav minibag running into the epidural catheter "
            "filter and not the IV cannula, both lines coiled together. Reported as a wrong route"
            " never event, the anaesthetist queries whether IV drug into epidural counts."
        ),
        (None, None),
    ),
    (
        (
            "Surgical HDU: the IV ondansetron (4mg, for PONV) was given into the epidural line "
            "hub; the epidural and the IV cannula were taped together. Noticed at once, anaes "
            "reviewed, nil deficit."
        ),
        (None, None),
    ),
    (
        (
            "Post-op ward: the IV cefuroxime (1.5g, 2nd dose) was pushed into the epidural "
            "catheter hub by the agency RN as both lines were under the blanket. Anaes r/v, neuro"
            " obs, no deficit."
        ),
        (None, None),
    ),
    (
        (
            "On the epidural round I found the IV paracetamol bag running into the epidural "
            "filter rather than the cannula; roughly 30ml in. Stopped, no motor or sensory "
            "change."
        ),
        (None, None),
    ),
    (
        (
            "IV gent (for urosepsis) given into the epidural line port by the FY1 at 02:00. "
            "Realised when the epidural pump alarmed. Anaesthetist reviewed."
        ),
        (None, None),
    ),
    (
        (
            "Labour ward: IV oxytocin infusion (syntocinon 40 units) found connected into the "
            "epidural catheter instead of the cannula, no harm, epidural resited."
        ),
        (None, None),
    ),
    (
        (
            "Epidural bupivacaine infusion was found running into the IV cannula by the night "
            "nurse; pt hypotensive, infusion stopped."
        ),
        ("5", None),
    ),
    (
        (
            "The epidural top-up syringe (levobupivacaine 10ml) was injected into the IV cannula "
            "by the midwife instead of the epidural filter. Tingling lips, anaesthetist attended."
        ),
        ("5", None),
    ),
    (
        (
            "Bank HCA on the stroke unit was going to attach the syringe of thickened Fortijuce "
            "to the pt's midline - the SLT in the bay asked what she was doing and she stopped. "
            "Not given."
        ),
        (None, "5"),
    ),
    (
        (
            "Twins' cot side: 2ml EBM in a luer syringe was plugged into the long line 3-way tap "
            "by the student, nothing pushed as the staff nurse said that's the line. Removed."
        ),
        (None, "5"),
    ),
    (
        (
            "ward 4: pt's daughter saw the nurse screwing the purple syringe with his sando-k "
            "onto the cannula and called out. Nurse stopped. Sando-K given orally after."
        ),
        (None, "5"),
    ),
    (
        (
            "Nutrison giving set connected to the pt's PICC by the agency RN at 21:00, but the "
            "pump was never started and the clamp stayed shut - the NIC spotted it on her round. "
            "Nothing infused."
        ),
        (None, "5"),
    ),
    (
        (
            "Pharmacist observed a student about to connect the Oramorph syringe to the subcut "
            "line in the hospice; intervened. no dose given sc, given PO."
        ),
        (None, "5"),
    ),
    (
        (
            "Nurse about to connect the Fortisip bottle straw - pt asked for it chilled. Given "
            "later orally. Cannula flushed."
        ),
        (None, None),
    ),
    (
        (
            "Oramorph 5mg given orally by the RN. Later the syringe driver was connected to the "
            "subcut butterfly but the DN stopped it as the line had tissued; resited."
        ),
        (None, None),
    ),
    (
        (
            "The NG feed was about to be connected to the NG tube when the nurse noticed the pH "
            "had not been checked; checked at 5, feed started."
        ),
        (None, None),
    ),
    (
        (
            "Agency nurse connected the EBM syringe to the UVC and pushed 2ml before the neonatal"
            " nurse said it was the wrong line. Baby observed, cultures."
        ),
        ("5", None),
    ),
    (
        (
            "PEG water flush given via the Hickman by the carer. Manager found out next morning. "
            "Pt well, line cultures."
        ),
        ("5", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_wrong_route_connection_read_by_how_far_it_got(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
