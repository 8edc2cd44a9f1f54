"""Batch 109's retained-object and organ ABO errors (brief R2).

- A pack left with its removal written in the op note, whose plan a discharge letter, summary
  or referral then left out, was left on purpose with a documented plan: the gap is the
  handover's, not an item nobody meant to leave (dev-181349). A pack no record mentions stays a
  retained object.
- An absorbable haemostat (oxidised cellulose, Surgicel, Spongostan...) placed or left at the
  operation is put in to stay: the "retained swab" a film or a doctor called it is the
  haemostat (dev-181381, as dev-180366). A swab found after the end beside it, a count short,
  or a "haemostat" that is a pair of artery forceps, stays a retained object.
- A resection loop found broken or incomplete, the bladder rescoped and the piece found and
  removed before the end is near miss 3 (dev-181393); one found at a later cystoscopy stays
  never event 3.
- An organ's donor group read off its form ("the HTA-B form read B; recipient is group A") at
  the checks before the anastomosis, with the right organ then put in, is near miss 12
  (dev-181387); a planned ABO-incompatible transplant or a compatible organ is neither, and
  the wrong organ found only after it was transplanted is never event 12.
"""

from __future__ import annotations

import pytest

from classifier.engine import classify_text


def _outcome(text: str) -> tuple[str | None, str | None]:
    result = classify_text(text)
    return (
        result.never_event.code if result.never_event else None,
        result.near_miss.code if result.near_miss else None,
    )


@pytest.mark.parametrize(
    "text",
    [
        # dev-181349
        "DN visit, day 2 after pilonidal sinus excision (left open). Pt said no-one explained "
        "anything about the wound. Found ribbon gauze packing in the cavity. Op note says "
        "'cavity packed, DN to remove pack day 2 and repack' but the discharge letter we got had "
        "no op note or wound plan. Pack removed once we rang the ward and they read us the op "
        "note.",
        "District nurse first visit after drainage of a perianal abscess. Found a pack in the "
        "wound, pt unaware of it. Op note states pack to be removed by DN day 1, but the "
        "discharge summary we received had no plan documented. Pack removed and wound redressed.",
        "Practice nurse saw pt 3 days after pilonidal surgery and found ribbon gauze packing in "
        "the wound. Operation note says 'pack out day 2 by DN'. The referral to the community "
        "team had no documentation of the packing. Pack removed, no harm.",
        "Found a gauze pack in the wound cavity at the first dressing change at home. The op "
        "note documented the pack for removal day 2 by the DNs; the TTO letter came without any "
        "record of it. Removed.",
    ],
)
def test_pack_whose_documented_plan_a_letter_left_out_is_no_retained_object(text: str) -> None:
    assert _outcome(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "DN found ribbon gauze in the wound 2 weeks after pilonidal excision, pt had pain and "
        "discharge. Nothing documented in the op note about packing and no plan for removal. "
        "Gauze removed.",
        "Pt re-presented with a discharging wound 3 weeks after excision of a pilonidal sinus. A "
        "piece of gauze was found deep in the cavity and removed. The op note did not record any "
        "pack and the count sheet was signed as correct.",
    ],
)
def test_pack_no_record_mentions_stays_a_retained_object(text: str) -> None:
    assert _outcome(text) == ("3", None)


@pytest.mark.parametrize(
    "text",
    [
        # dev-181381
        "Pt attended ED with abdo pain 10 days after lap chole. CT reported '?retained surgical "
        "swab / foreign body in the GB fossa with surrounding fluid'. The FY1 told pt and "
        "husband that 'something was left inside you from the operation'. Op note reviewed with "
        "the operating consultant - oxidised cellulose haemostat (Surgicel) was placed in the GB "
        "fossa and this is documented; radiology were not aware. Pt reassured, small fluid only, "
        "no drainage needed, discharged with analgesia. Pt has complained about what she was "
        "told.",
        "CT 2 weeks after lap appendicectomy reported '?retained swab in the RIF'. The op note "
        "documents Surgicel left on the appendix stump. Radiologist agrees the appearance is in "
        "keeping with the haemostat. No further action, pt discharged.",
        "Pt told by the SHO that her scan showed a swab had been left in after her "
        "thyroidectomy. Surgeon reviewed: haemostatic agent (Spongostan) was placed in the "
        "thyroid bed at the end of the op. Pt reassured, apology given.",
        "USS 1 week after myomectomy queried a retained swab in the uterine bed. Op note shows "
        "absorbable haemostat used and left for haemostasis, as standard. Scan re-reviewed and "
        "agreed, no retained item.",
    ],
)
def test_absorbable_haemostat_left_at_the_operation_is_no_retained_object(text: str) -> None:
    assert _outcome(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Surgicel placed in the liver bed at open chole. Closing count one swab short, not "
        "found, pt closed. CT the next day showed the swab in the pelvis, returned to theatre to "
        "remove it.",
        "Lap chole, Surgicel used in the GB fossa. 3 weeks later re-laparoscopy for a "
        "collection: a small swab found in the fossa and removed.",
    ],
)
def test_swab_found_beside_a_haemostat_stays_a_retained_object(text: str) -> None:
    assert _outcome(text) == ("3", None)


@pytest.mark.parametrize(
    "text",
    [
        # dev-181393
        "TURP. Resection loop snapped during the procedure, scrub nurse noticed at the end that "
        "the loop was incomplete. Before the catheter was put in, surgeon rescoped and found a "
        "~1cm wire fragment in the bladder among the chips, removed with grasper. Loop pieces "
        "reassembled on the back table - complete. Catheter then inserted. Device reported to "
        "MHRA yellow card.",
        "TURBT. At the end the scrub nurse saw the tip of the resectoscope loop was missing. "
        "Surgeon rescoped the bladder and found the loop tip among the chips, removed with "
        "graspers. Catheter then inserted.",
        "Cystoscopy and stent insertion: the jaw of the grasper broke off. Surgeon rescoped "
        "straight away and retrieved the fragment from the bladder. Instrument checked complete.",
        "Hysteroscopic resection of a fibroid: the loop wire fractured. Cavity relooked with the "
        "hysteroscope and the wire piece found and removed. Procedure completed.",
        "TURP: the resection loop was found incomplete at the end. Bladder rescoped, a small "
        "piece of wire found in the bladder among the chips and removed.",
    ],
)
def test_loop_piece_found_on_rescoping_before_the_end_is_near_miss_3(text: str) -> None:
    assert _outcome(text) == (None, "3")


@pytest.mark.parametrize(
    "text",
    [
        "TURP 3 weeks ago. Resection loop had snapped during the case but nobody noticed. Pt "
        "rescoped at flexi cystoscopy clinic for haematuria and a wire fragment found embedded "
        "at the bladder neck, removed.",
        "TURP. Loop snapped, not noticed. Pt went back to the ward. Next day pt rescoped in "
        "theatre for clot retention and a wire fragment found in the bladder.",
    ],
)
def test_loop_piece_found_at_a_later_cystoscopy_stays_never_event_3(text: str) -> None:
    assert _outcome(text) == ("3", None)


@pytest.mark.parametrize(
    "text",
    [
        # dev-181387
        "Transplant theatre, deceased donor kidney. At the final check before anastomosis "
        "(kidney on the back table, recipient already opened) the donor blood group on the "
        "HTA-B form read B; recipient is group A. Paused. Checked with the NHSBT duty office: "
        "two kidneys had arrived overnight from different donors and the boxes were swapped in "
        "the transplant office. Correct group A kidney found, crossmatch confirmed, transplant "
        "went ahead 2h later. The group B kidney went to its intended recipient with some "
        "delay. Reported as never event.",
        "Liver transplant. Back-table check of the donor liver: the donor ABO on the organ "
        "paperwork read AB; our recipient is group O. Transplant paused, the liver was for "
        "another centre. Correct liver arrived and was implanted.",
        "Kidney transplant. At the final checks prior to anastomosis the donor blood group on "
        "the box label read B, recipient group A. Stopped, NHSBT contacted, the box was meant "
        "for another recipient. Right kidney transplanted later.",
        "Pancreas on the back table, recipient group O. Donor blood group on the HTA form shows "
        "A. Not implanted, organ returned to NHSBT.",
    ],
)
def test_incompatible_organ_group_read_off_its_form_before_anastomosis_is_near_miss_12(
    text: str,
) -> None:
    assert _outcome(text) == (None, "12")


@pytest.mark.parametrize(
    "text",
    [
        "Planned ABO incompatible living donor kidney transplant: donor group A, recipient "
        "group O, desensitised with plasma exchange and rituximab as per protocol. Transplant "
        "went ahead uneventfully.",
        "Deceased donor kidney transplant. At the final check the donor blood group on the "
        "HTA-B form read O; recipient is group A. Transplant went ahead, no issues.",
    ],
)
def test_planned_or_compatible_organ_is_neither(text: str) -> None:
    assert _outcome(text) == (None, None)


def test_incompatible_organ_found_after_it_was_transplanted_is_never_event_12() -> None:
    text = (
        "Kidney transplanted and reperfused. Afterwards the team noticed the donor blood group "
        "on the HTA-B form read B; recipient is group A. Hyperacute rejection, graft removed "
        "next day."
    )
    assert _outcome(text) == ("12", None)


def test_unit_label_read_off_at_the_bedside_stays_near_miss_12() -> None:
    text = (
        "Blood transfusion: at the bedside check the unit label read B; pt is group A. Unit not "
        "spiked, returned to lab."
    )
    assert _outcome(text) == (None, "12")
