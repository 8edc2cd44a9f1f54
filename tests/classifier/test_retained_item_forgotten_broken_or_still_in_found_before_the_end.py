"""An item left in, found at a check before the procedure ended and removed, is near miss 3
(the guide: "found and removed before closure/end of procedure"), however the find is told:

- a piece of a laser fibre broken off in a stone procedure, found missing when the fibre was
  checked and retrieved on re-scoping before the stent went in (dev-179336): the fibre's tip is
  an item of the procedure, not the patient's stone;
- a guidewire seen still in the line as the doctor was about to suture, withdrawn intact
  (dev-179368): the step about to be done, told after the catch, is the procedure still open;
- a vaginal pack the registrar had forgotten, asked about at sign out and removed before the
  woman's legs were down (dev-179403): an item gone from the team's mind is an item gone astray.

Contrasts keep their readings: the same items found after the procedure ended (a later film, the
ward, the community midwife) stay never event 3; an item left on purpose with a documented plan,
a swab found outside the patient, stone fragments left as planned, or something else forgotten
stay null."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

FIBRE_TIP_RETRIEVED = [
    # dev-179336
    "Ureteroscopy + holmium laser for L lower pole stone. When the fibre was withdrawn the scrub "
    "nurse checked the tip as per our practice and about 4mm of the fibre tip was missing. "
    "Surgeon re-scoped and found the fragment in the lower pole calyx among the stone dust, "
    "retrieved with a basket before the stent went in. Fibre returned to the supplier.",
    "URS and lasertripsy R ureteric stone. On inspection of the laser fibre at the end the tip "
    "had broken off. Re-scoped, the fibre fragment was seen in the ureter and removed with a "
    "basket before the stent was placed.",
    "PCNL. at the end the scrub practitioner noted a piece of the laser fiber missing. "
    "nephroscope reinserted and the fragment retrieved from a calyx with graspers before "
    "closure.",
    "Laser lithotripsy for a renal stone. a piece of laser fibre was missing when checked; "
    "re-scoped and retrieved from the calyx before the stent went in.",
    "Holmium laser for bladder stone. Fibre tip found to be missing when checked after "
    "withdrawal, cystoscope passed again and the tip was found in the bladder and removed "
    "before the catheter went in.",
]

WIRE_STILL_IN_BEFORE_SUTURING = [
    # dev-179368
    "ICU. New R IJ CVC put in by CT1 anaesthetics. When I was getting the dressing ready I "
    "noticed the guidewire was still in, about 15cm coming out of the brown lumen hub, and the "
    "doctor was about to suture. Wire withdrawn intact and shown to both of us. Line flushed "
    "and sutured, CXR ok.",
    "Femoral line in ED resus. The guidewire was still in the distal lumen as the registrar was "
    "about to stitch the line in. I pointed it out, wire pulled out intact, line then secured.",
    "PICC insertion on the ward. Noticed the guidewire still protruding from the hub and the "
    "nurse was about to apply the dressing. Wire removed intact before the dressing went on.",
    "Vascath in ITU: the wire was still in the line and the FY2 was just about to suture it. ODP "
    "spotted it, wire withdrawn complete.",
]

FORGOTTEN_PACK_REMOVED_AT_SIGN_OUT = [
    # dev-179403
    "obstetric theatre 2. forceps delivery in theatre (trial), 3rd degree tear repaired, vaginal "
    "pack inserted by the registrar for ooze. at sign out ODP asked 'is the pack coming out or "
    "staying in?' - reg said coming out, he had forgotten it was there, pack removed there & "
    "then before the woman's legs were down. nothing documented on the whiteboard about the "
    "pack going in. reporting as good catch.",
    "Perineal repair in room 4. Tampon put in for bleeding during suturing. Registrar forgot "
    "about it; at the final check I asked whether it was out, it was removed before the "
    "woman's legs came down.",
    "Vaginal pack inserted during the repair of a 2nd degree tear, not written on the board. At "
    "sign out the scrub nurse asked about it, the doctor had forgotten it and removed it before "
    "the patient left theatre.",
    "Throat pack placed by the anaesthetist, not recorded on the board. At sign out everyone had "
    "forgotten about it; anaesthetist checked and removed it prior to extubation.",
]

FOUND_AFTER_THE_END = [
    "URS for stone. Laser fibre tip broke off and was not noticed. KUB 6 weeks later showed a "
    "fragment of the laser fibre in the kidney, needs a relook.",
    "Ureteroscopy with holmium laser. fibre tip missing noted in recovery after pt woken; CT "
    "showed the fibre fragment in the ureter, returned to theatre the next day.",
    "CVC put in on ICU yesterday, CXR this morning shows the guidewire still in the vessel, line "
    "team to remove",
    "Vaginal pack inserted at the repair, registrar forgot about it, not on the board. Found by "
    "the community midwife on day 3 postnatally and removed.",
    "Forceps delivery, tear repaired, pack left in. everyone forgot it was there. Woman "
    "transferred to the postnatal ward and the pack was found next morning when she passed it.",
]

NOT_RETAINED = [
    "3rd degree tear repaired in theatre, vaginal pack inserted for ooze, documented on the op "
    "note and the whiteboard with a plan to remove at 24 hours. removed on the ward at 24h as "
    "planned.",
    "Swab count short at sign out, swab found in the bin, count correct before the woman's legs "
    "were down.",
    "Ureteroscopy and laser for a 9mm stone, residual stone fragments left in the lower pole as "
    "planned, discussed at consent, stent placed.",
    "Doctor forgot to sign the consent form before the CVC insertion; noticed at the time out "
    "and signed.",
    "Nurse forgot to check the laser fibre before the case; fibre checked at the end and complete.",
    "As the surgeon was about to close, the nurse counted the swabs as correct.",
]


@pytest.mark.parametrize("text", FIBRE_TIP_RETRIEVED)
def test_laser_fibre_tip_retrieved_before_the_end_is_near_miss_3(text: str) -> None:
    assert never_event_codes(text) == (None, "3")


@pytest.mark.parametrize("text", WIRE_STILL_IN_BEFORE_SUTURING)
def test_guidewire_still_in_as_the_line_was_about_to_be_secured_is_near_miss_3(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, "3")


@pytest.mark.parametrize("text", FORGOTTEN_PACK_REMOVED_AT_SIGN_OUT)
def test_forgotten_pack_removed_at_sign_out_before_the_end_is_near_miss_3(text: str) -> None:
    assert never_event_codes(text) == (None, "3")


@pytest.mark.parametrize("text", FOUND_AFTER_THE_END)
def test_same_items_found_after_the_procedure_ended_stay_never_event_3(text: str) -> None:
    assert never_event_codes(text) == ("3", None)


@pytest.mark.parametrize("text", NOT_RETAINED)
def test_planned_outside_stone_or_other_forgetting_stays_null(text: str) -> None:
    assert never_event_codes(text) == (None, None)
