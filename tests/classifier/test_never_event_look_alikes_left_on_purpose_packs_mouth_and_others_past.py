"""Round 69, helper 2: never events and near misses named where the narrative tells a
look-alike.

- A retained item the surgeon judged riskier to take out than to leave ("decided retrieval would
  carry more risk than leaving it", "felt the risks of retrieving it outweighed any benefit") is
  left intentionally (NE3 excluded); an item nobody knew was left stays never event 3.
- A pack whose later removal the op note quotes with no verb ("op note 'pack out 07:00
  tomorrow'") was left with a documented plan; a throat pack "out at the end" names no later
  time.
- A tampon the patient forgot after her period is her own item, not the procedure's.
- A bare "pack" told after a pack of medicines ("the new dosette pack ... last week's pack") is
  that pack again, not a theatre pack left in.
- "Oral" naming the mouth or its specialty ("the oral surgery list") is no oral medicine.
- Vinca and intrathecal drugs delivered together and parted on arrival, before the procedure,
  are a supply breach (both null); the vinca reaching the procedure room or its check is still
  near miss 5.
- A wrong site the laboratory's report led to ("done going by the histopathology report", "lab
  confirmed a typing error") is excluded from never event 1.
- A side error on the list of a later day, put right the day before, is no near miss 1.
- A relative's (or the patient's own) tube in the lung at another hospital, years ago, is
  background to a worry today, not this report's never event 13.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    # a broken drill bit left on the surgeon's judgement, recorded
    (
        "Revision THR: a 3.2mm drill bit broke in the femoral canal. Surgeon decided retrieval "
        "would mean splitting the femur and carry more risk than leaving it; recorded in the op "
        "note, pt told.",
        (None, None),
    ),
    (
        "Guidewire tip sheared during DHS fixation, 5mm left in the femoral head. Consultant "
        "felt the risks of retrieving it outweighed any benefit, documented and pt informed.",
        (None, None),
    ),
    # look-alike: nobody knew the tip was left
    (
        "During ORIF a drill bit snapped and the tip was left in the radius. Not noticed until "
        "the check xray at clinic, op note does not mention it.",
        ("3", None),
    ),
    # a pack with its removal time quoted from the op note, removed late after a handover gap
    (
        "Anterior repair yesterday, op note 'vaginal pack out 07:00 tomorrow'. Not on the ward "
        "handover sheet. Pack still in at 15:00, removed by the SHO.",
        (None, None),
    ),
    (
        "vag pack in situ post TVT - written in op note: remove pack day 1 am. Ward unaware. "
        "Pack found still in on day 2 when pt complained of pressure.",
        (None, None),
    ),
    # look-alike: a throat pack meant to come out at the end of the case
    (
        "Throat pack left in after extubation, op note says throat pack out at end of case, "
        "found in recovery when pt coughing.",
        ("3", None),
    ),
    # the patient's own tampon, forgotten after her period
    (
        "Colposcopy clinic: on passing the speculum a tampon was found, pt says she forgot "
        "about it after her last period. Removed, colposcopy rebooked.",
        (None, None),
    ),
    # look-alike: a tampon put in at the repair and left
    (
        "Pt had a tampon inserted by the midwife after perineal repair, left in, found by the "
        "GP 6 days later with offensive discharge.",
        ("3", None),
    ),
    # a pack of medicines named again as "pack"
    (
        "Carer put out the new dosette pack on Monday but last weeks pack was still in the "
        "kitchen drawer and pt took from both. BP 84/50, GP visited.",
        (None, None),
    ),
    (
        "Carer found the old pack still in the bag after the new medication pack had been "
        "started, double dose of ramipril given.",
        (None, None),
    ),
    # look-alike: a procedure's pack named after the medicines' one
    (
        "Pt's meds in a blister pack. Post op vaginal pack left in with no plan recorded, the "
        "pack was found by the GP on day 5.",
        ("3", None),
    ),
    # "oral" of the mouth: a wrong tooth on the oral surgery list
    (
        "LL7 for extraction on the oral surgery list, LL6 taken out in error - counted from the "
        "midline. Pt told by the consultant.",
        (None, None),
    ),
    # look-alike: an oral medicine put into a line
    (
        "Oral syringe of nimodipine connected to the midline by mistake and given.",
        ("5", None),
    ),
    # vinca and the intrathecal drug parted on arrival
    (
        "Pharmacy sent the IT cytarabine and the vinblastine bag up together in one box. "
        "Noticed when unpacking on the ward, the vinblastine was locked in the chemo fridge and "
        "the IT dose collected separately by the reg. Policy breach only.",
        (None, None),
    ),
    # look-alike: the vinca reached the procedure room
    (
        "Vincristine and IT methotrexate came in the same bag. Noticed on unpacking in the LP "
        "room by the reg, vincristine removed before the LP.",
        (None, "5"),
    ),
    (
        "Vincristine delivered in the same box as the IT methotrexate. Reg picked up the "
        "vincristine syringe at the LP and the nurse stopped him at the read back. Vincristine "
        "then put in the fridge.",
        (None, "5"),
    ),
    # the wrong site came from the laboratory's report
    (
        "Re-excision done on the L forearm going by the histopathology report, the biopsy had "
        "been from the R forearm. Found at review.",
        (None, None),
    ),
    (
        "Pathology report listed the lesion as R shin but the biopsy had been from the L shin. "
        "WLE performed on the R shin. Lab has since confirmed a transcription error at their end.",
        (None, None),
    ),
    # a side error on a later day's list, put right the day before
    (
        "Checking the list the evening before surgery the scheduler noticed L inguinal hernia "
        "was listed, consent says R. List amended.",
        (None, None),
    ),
    # look-alike: the wrong side marked on the day and re-marked at sign in
    (
        "At sign in pt was marked on the L but consent and list say R. Mark removed and "
        "re-sited, list amended.",
        (None, "1"),
    ),
    # another person's tube in the lung, at another hospital years ago
    (
        "Pt refusing NG as at another hospital in 2019 her mum had an NG tube put into her lung. "
        "SALT review, PEG discussed.",
        (None, None),
    ),
    (
        "Daughter asks for xray checks every time as her father had an NG tube go into his lung "
        "at another hospital years ago. NGT placed, pH 5, feed commenced.",
        (None, None),
    ),
    # look-alike: the patient's own tube, in the lung today
    (
        "Pt transferred from another hospital with an NG tube in situ, feed continued on the "
        "ward, CXR next day showed the tube in the R lung.",
        ("13", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_never_event_outcome(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
