"""A retained item read by when it was found and whether it was left on purpose (engine:
retained_items, procedure_open, closure_order).

- An item gone astray in the procedure (missing at a count, still in, broken off, dropped, not
  back on the tray) and found before a step that ends the procedure ("before the skin was
  closed", "before the dressing went on", "before completing the repair"), or right after such
  a time, with no closure told done in between, is near miss 3, whatever reach is told of
  something else.
- A plan told only after the item came to light ("return to theatre booked", "plan to remove at
  the next list") is the response to the find, not a plan to leave it; nor is a planned removal
  of the wound's sutures or clips, nor a purpose served during the procedure ("for
  haemostasis"): the item stays never event 3.
- A broken piece left or not retrieved at the procedure, with the patient told, a decision or
  the record told then, was left knowingly: null.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CAUGHT = [
    "Final swab count before skin closure was one short. Surgeon re-explored, swab found "
    "behind the liver and removed. Count correct.",
    "PICC line: at the check before the dressing went on, the guidewire was still in the "
    "catheter. Removed intact.",
    "ST3 inserting femoral line in ED. HCA noticed before the line was secured that the wire "
    "was still in the lumen - withdrawn intact, no harm.",
    "instrument count at the end 1 x artery forceps missing. scrub nurse asked the surgeon to "
    "look before the sheath was closed; forceps found in the pelvis, removed. count then "
    "correct",
    "Lap appendix - end count needle missing. Camera reinserted before the ports were closed, "
    "needle seen in the RIF and retrieved.",
    "chest drain insertion on AMU, F1 realised before the drain was stitched that the "
    "guidewire was still in. Wire pulled out, drain secured.",
    "CVC in theatre: ODP spotted the wire still in the line before suturing. Wire removed "
    "intact, lumens flushed, line sutured and dressed.",
    "Tampon inserted for haemostasis during repair of 2nd degree tear, at the end count it "
    "was still in, MW removed it before the woman left the room.",
    "Dental extraction LL8: bur tip broke off into the socket, noticed straight away and "
    "removed with tweezers before suturing. Xray clear.",
    "Labour ward - 3rd degree tear repair. Swab count 1 short at the end. Swab found in the "
    "vagina before her legs were taken down, removed, count correct.",
    "Needle dropped into the wound during closure, found with a magnet and removed before the "
    "skin was closed.",
]

RETAINED = [
    "Count short before closure, surgeon searched and nothing found, pt closed. CT on day 2 "
    "showed a swab in the pelvis, returned to theatre.",
    "Guidewire not removed before the dressing was applied; CXR on the ward next day showed "
    "the wire in the IVC. IR retrieval.",
    "Vaginal swab count not done before the woman left the delivery room. Swab found by the "
    "community midwife at day 5.",
    "Post op CT 3 weeks after laparotomy shows a retained swab in the pelvis. Surgeon aware, "
    "return to theatre booked.",
    "XR at fracture clinic shows a length of guidewire in the femur not noted at the "
    "operation. Plan to remove at next theatre list, pt informed.",
    "Wound dehisced on day 10; district nurse found a swab inside the wound. No mention in op "
    "note of packing or a plan to remove it.",
    "Pt came for removal of clips at day 10 and the practice nurse found a piece of gauze "
    "deep in the wound.",
    "I had stitches after the birth and the midwife told me she had put a swab in to stop the "
    "bleeding. Nobody removed it and I passed it at home a week later.",
    "The midwife said she put a tampon in during the repair, but it was still there when I "
    "went to the GP 4 days later.",
    "Tampon placed for haemostasis during the perineal repair; not removed at the end and "
    "found by the GP 3 days later.",
    "Post-op X-ray after ORIF shows a drill bit fragment in the tibia which had not been "
    "noticed in theatre. Pt told, no plan to remove.",
    "Count correct before closure. Wound closed. On day 3 the dressing was taken down and a "
    "swab was found in the wound.",
    "Swab count 1 short. Searched the floor and bins, not found. Pt closed and xray in "
    "recovery showed the swab in the abdomen, returned to theatre.",
    "Guidewire snapped during CVC insertion and the tip could not be retrieved; found on CXR "
    "next day, pt informed.",
    "Burr tip broke off in the canal; not noticed at the time. Pt returned 2 weeks later with "
    "pain, OPG showed the fragment. Pt informed.",
    "Post op CXR showed a guidewire in the SVC after a CVC in ED the night before. Plan to "
    "remove by IR today. DoC done.",
    # the words of the retention read as a catch ("not taken" of the pack "not taken out")
    "Pt readmitted with pain 5 days after TAH; CT shows the vaginal pack that was never taken "
    "out at the end of the operation. Removed on the ward.",
    "mum rang the ward: baby had tonsils out yesterday and vomited up a piece of gauze at home, "
    "ENT say it is the throat pack that wasn't taken out",
    "support worker heard him retching and he coughed up a piece of gauze, he had dental work "
    "under GA yesterday. the hospital said it was the throat pack that was not taken out",
]

NOT_RETAINED = [
    "Ribbon gauze packing placed after I&D of abscess, documented in the op note for removal "
    "by the district nurse on day 2.",
    "During extraction of UR7 the tip of an elevator broke off in the socket. Decision made "
    "not to retrieve as too close to the sinus, documented and pt informed.",
    "Endo: file fractured in the distal canal of LR6 and could not be retrieved. Pt informed "
    "and referred to specialist.",
    "Screw tip sheared during removal of metalwork, left in bone on the consultant's "
    "decision, documented in op note, patient told.",
    "Pt disclosed she had inserted a pen lid into her wound on the ward; xray confirmed it, "
    "removed by plastics.",
    "Tampon found at 6 week check; she said she had put it in herself after the bleeding started.",
    "Staff nurse sustained a needlestick injury from a used needle left on the bed after "
    "cannulation.",
    "Wound swab taken in clinic was left on the desk and not sent to the lab for 3 days.",
    "Catheter left in for 3 weeks with no plan to review, pt developed UTI.",
    "Drill bit broke during the ORIF, fragment left in the bone as removal would damage the "
    "fixation. Documented and pt told on the ward.",
    "Vaginal pack placed for haemostasis after the repair, documented to be removed at 6am. "
    "Not removed until midday.",
    "Swab missing at the count, found on the floor. Pt informed.",
    "The wire was not on the tray at the end of the PICC insertion; found in the sharps bin.",
    "Fragment of a drill bit broke off in the femur, left in situ as removal would cause more "
    "damage; documented in op note and pt informed.",
]


@pytest.mark.parametrize("text", CAUGHT)
def test_item_gone_astray_found_before_the_procedure_ended_is_near_miss_3(text: str) -> None:
    assert never_event_codes(text) == (None, "3")


@pytest.mark.parametrize("text", RETAINED)
def test_item_found_after_the_end_or_planned_for_only_after_the_find_is_never_event_3(
    text: str,
) -> None:
    assert never_event_codes(text) == ("3", None)


@pytest.mark.parametrize("text", NOT_RETAINED)
def test_item_left_knowingly_or_never_retained_stays_null(text: str) -> None:
    assert never_event_codes(text) == (None, None)
