"""Review R23: probes just outside the readings added on 7 December by x1 and i1 (implants)
and x2 and b1 (blood groups and bed rails).

Each probe sits next to a new reading: the real never event it must not explain away, the real
near miss it must not drop, the look-alike it must not promote. Probes that main read right are
guards; four that main read wrong and the base (212c3882) read right were mended
(test_regressions_of_todays_implant_readings_mended); probes both read wrong are strict xfails,
each with its reason ("both:").
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NEAR_MISS_12 = (None, "12")
NEAR_MISS_2 = (None, "2")
NEVER_EVENT_1 = ("1", None)
NEVER_EVENT_11 = ("11", None)
NEVER_EVENT_12 = ("12", None)
NEVER_EVENT_2 = ("2", None)
NOTHING = (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # duplicate head opened in error
        (
            (
                "Hip implanted as planned. A second identical femoral head was opened in "
                "error by the runner and wasted."
            ),
            NOTHING,
        ),
        # visco opened in error
        (
            ("Lens implanted as planned. A viscoelastic was opened in error and discarded."),
            NOTHING,
        ),
        # planned lens not used wrong in
        (
            (
                "The planned +22.0D lens was not used; a +12.0D lens was implanted in error, "
                "found at the post-op refraction."
            ),
            NEVER_EVENT_2,
        ),
        # correct size not put on wrong cemented
        (
            (
                "The planned size 3 tibial component was not put on the patient; a size 5 was "
                "cemented in instead. Found on post-op x-ray."
            ),
            NEVER_EVENT_2,
        ),
    ],
)
def test_regressions_of_todays_implant_readings_mended(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    """A non-implant or identical item opened in error lifts no as-planned statement; the planned
    implant told not used or not put on, with a wrong one put in instead, leaves the reach to
    be weighed (mended in implant_steps)."""
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # mesh id used wrong
        (
            (
                "Laparoscopic incisional hernia repair, biological mesh specified on the "
                "plan. On reviewing the stickers after the case, a synthetic polypropylene "
                "mesh was identified as the one used. Consultant informed, pt told."
            ),
            NEVER_EVENT_2,
        ),
        # mesh id used right
        (
            (
                "Lap inguinal hernia repair. Lightweight mesh planned; the lightweight mesh "
                "was identified as the one used when the stickers were checked. No issues."
            ),
            NOTHING,
        ),
        # mesh opened error not used bio
        (
            (
                "Biological mesh planned. A synthetic mesh was opened in error by the runner, "
                "noticed by the scrub nurse before use and not implanted. Biological mesh "
                "implanted as planned. Wastage form done."
            ),
            NEAR_MISS_2,
        ),
        # mesh opened error also implanted
        (
            (
                "Lightweight mesh implanted as planned. A heavyweight mesh had also been "
                "opened in error and was placed as well as an onlay, not noticed until the "
                "count of packets after closure."
            ),
            NEVER_EVENT_2,
        ),
        # lens other eye inserted
        (
            (
                "Cataract list. The lens planned for the pt's right eye (+21.0D) was inserted "
                "into the left eye, the planned lens for the left eye being +23.5D. Found at "
                "the post-op check, pt recalled for exchange."
            ),
            NEVER_EVENT_2,
        ),
        # lens other eye opened caught
        (
            (
                "The IOL planned for the left eye was opened for the right eye op, noticed at "
                "the lens check before insertion and not used. Correct lens opened and "
                "implanted."
            ),
            NEAR_MISS_2,
        ),
        # lens monofocal opened not used
        (
            (
                "Planned +20D toric lens. A monofocal +20D lens was opened in error by the "
                "runner; noticed at the lens check and not used. Toric lens implanted."
            ),
            NEAR_MISS_2,
        ),
        # lens intentional change
        (
            (
                "Planned toric lens not available on the day. Surgeon discussed with the pt "
                "and documented a decision to use a monofocal lens of the planned power, "
                "which was implanted."
            ),
            NOTHING,
        ),
        # gen scanned before leads conn
        (
            (
                "Dual chamber PPM. Generator opened onto the field was a single chamber "
                "model; physiologist noticed when scanning it before the leads were "
                "connected. Dual chamber generator obtained and implanted."
            ),
            NEAR_MISS_2,
        ),
        # gen connected then scanned
        (
            (
                "MRI conditional system planned. Non-MRI conditional generator was connected "
                "to the leads and placed in the pocket, wound closed. Only picked up when the "
                "serial number was scanned into the programmer at the end. Returned to "
                "theatre for box change."
            ),
            NEVER_EVENT_2,
        ),
        # comp left cemented right knee
        (
            (
                "Right TKR. A LEFT femoral component was cemented onto the femur. Noticed "
                "after the cement had set when the rep checked the stickers. Component "
                "removed and right femoral component implanted."
            ),
            NEVER_EVENT_2,
        ),
        # comp after cement mixed not in
        (
            (
                "Right THR. Cement had been mixed when the rep noticed the femoral stem "
                "handed up was the wrong offset. Stem had not been inserted; correct stem "
                "opened and new cement mixed."
            ),
            NEAR_MISS_2,
        ),
        # breast sides swapped
        (
            (
                "Bilateral breast augmentation, plan R 300cc, L 325cc. The 325cc implant was "
                "inserted on the right and the 300cc on the left. Noticed at the end when the "
                "implant stickers were checked."
            ),
            NEVER_EVENT_2,
        ),
        # breast swap caught
        (
            (
                "Breast reconstruction, plan L 395cc, R 255cc. The scrub nurse noticed the "
                "395cc implant being handed for the R pocket and stopped it before it was "
                "inserted. 255cc opened and used."
            ),
            NEAR_MISS_2,
        ),
        # not noticed before cement
        (
            (
                "The wrong size tibial component was not noticed before the cement was mixed "
                "and was cemented in. Found on post-op x-ray."
            ),
            NEVER_EVENT_2,
        ),
        # sided plan third value
        (
            (
                "Bilateral breast augmentation, plan R 300cc, L 325cc. A 350cc implant was "
                "inserted on the right in error; 325cc on the left as planned."
            ),
            NEVER_EVENT_2,
        ),
        # sided plan same both
        (
            (
                "Bilateral augmentation, plan R 300cc, L 325cc. 325cc implants were inserted "
                "on both sides. Found when the stickers were checked."
            ),
            NEVER_EVENT_2,
        ),
        # re regarding left eye
        (
            (
                "Datix re lens. Left eye cataract: the lens planned for the left eye (+21.5D) "
                "was implanted as planned. Reporting re the delay in theatre."
            ),
            NOTHING,
        ),
        # re eye right lens left planned
        (
            (
                "Cataract surgery RE. The lens implanted was the one planned for the LE "
                "(+23.0D) instead of the RE lens (+21.0D)."
            ),
            NEVER_EVENT_2,
        ),
        # wrong breast side operated
        (
            (
                "Listed for left breast augmentation only (L 300cc). The right breast was "
                "operated on in error and the 300cc implant put in the right."
            ),
            NEVER_EVENT_1,
        ),
    ],
)
def test_todays_implant_readings_keep_their_bounds(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    """Guards next to x1's and i1's implant readings (a value identified as used, a mesh or lens
    opened in error, the other eye's lens, a lens planned in part, a generator scanned before
    the leads, a component before the cement, per-side values)."""
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rail arm head end
        (
            (
                "Pt found with her arm trapped between the head-end rail and the side rail, "
                "bruising to forearm. Rails padded."
            ),
            NOTHING,
        ),
        # rail neck head end
        (
            (
                "Pt found with his neck wedged between the head-end rail and the raised side "
                "rail, cyanosed. Rail lowered, pt freed, medical review."
            ),
            NEVER_EVENT_11,
        ),
        # sct o recip a donor plts
        (
            (
                "Post allo stem cell transplant pt, recipient group O, donor group A. Given "
                "group A platelets as per the transplant protocol. No reaction."
            ),
            NOTHING,
        ),
        # sct a recip o donor rbc given
        (
            (
                "Post BMT pt (recipient group A, donor group O) was given a unit of group A "
                "red cells; transplant protocol required group O red cells. Haemolysis next "
                "day, DAT positive."
            ),
            NEVER_EVENT_12,
        ),
        # sct recip a donor o caught
        (
            (
                "Recipient A donor O post SCT. Group A red cells brought to the bedside; 2nd "
                "checker spotted that group O red cells are required, unit not spiked."
            ),
            NEAR_MISS_12,
        ),
        # liver transplanted error
        (
            (
                "Group B liver transplanted into a group A recipient in error; discovered "
                "post operatively on review of the paperwork. Plasma exchange and IVIG "
                "started."
            ),
            NEVER_EVENT_12,
        ),
        # tick disproved o
        (
            (
                "Ticked ABO incompatible never event on Datix. Pt had rigors during unit; lab "
                "repeated group on post sample: pt O pos, unit O pos, DAT negative. Febrile "
                "reaction."
            ),
            NOTHING,
        ),
        # tick confirmed
        (
            (
                "I ticked ABO incompatible never event. Lab confirmed pt is group O and the "
                "unit transfused was group A; 100ml given before rigors. Anti-A haemolysis."
            ),
            NEVER_EVENT_12,
        ),
        # fnhtr then wrong blood
        (
            (
                "Pt group O was given a unit of group A red cells meant for another pt. "
                "Initially thought to be a febrile non haemolytic reaction but DAT positive "
                "and anti-A eluted."
            ),
            NEVER_EVENT_12,
        ),
        # name then group caught
        (
            (
                "Unit of red cells for Mrs Smith (group A pos) was taken to the bedside of Mr "
                "Jones (group O neg). Noticed at the bedside check, not spiked, returned to "
                "lab."
            ),
            NEAR_MISS_12,
        ),
        # name then group compatible caught
        (
            (
                "Ms Khan (group AB pos). A unit of group O neg red cells for another pt was "
                "brought to her bedside, noticed at the bedside check and returned, not "
                "spiked."
            ),
            NOTHING,
        ),
        # o plts ht neg given
        (
            (
                "Low stock of group A platelets so group O high-titre negative platelets "
                "given to group A pt as per SOP. No reaction."
            ),
            NOTHING,
        ),
        # o plts sop ht checked
        (
            (
                "The SOP requires high-titre negative units when group O platelets go to "
                "non-O pts; the unit was tested HT negative before issue and given to a group "
                "B pt."
            ),
            NOTHING,
        ),
        # o plts not ht caught
        (
            (
                "Group O platelets not HT tested were issued for a group AB pt against the "
                "SOP; noticed at the bedside check before spiking and returned to lab."
            ),
            NEAR_MISS_12,
        ),
        # fnhtr but wrong group transfused
        (
            (
                "Group A red cells transfused to a group O pt in error, whole unit given. Pt "
                "had a febrile non haemolytic reaction only, DAT negative, no anti-A eluted."
            ),
            NEVER_EVENT_12,
        ),
        # not febrile but haemolytic
        (
            (
                "Pt group O given a unit of group A red cells. Rigors at 20 mins - not a "
                "febrile reaction but an acute haemolytic reaction, anti-A, DAT positive."
            ),
            NEVER_EVENT_12,
        ),
        # checked abo blood group wrong pt
        (
            (
                "Two nurses checked ABO blood group on the unit against the compatibility "
                "label but not against the pt's wristband. Unit (group A) given to pt who is "
                "group O. Rigors, anti-A."
            ),
            NEVER_EVENT_12,
        ),
        # selected abo incompatible unit
        (
            (
                "The BMS selected ABO incompatible red cells for the pt (unit group B, pt "
                "group A) and they were transfused over 2 hrs. Anti-B found."
            ),
            NEVER_EVENT_12,
        ),
        # ticked abo ffp o to a
        (
            (
                "I ticked the ABO incompatible never event: group O FFP was given to a group "
                "A pt in error, 2 units transfused."
            ),
            NEVER_EVENT_12,
        ),
        # named other pt unit given haemolysis
        (
            (
                "Mrs Green was transfused the unit crossmatched for Mrs Brown group A pos. "
                "Mrs Green is group O. Haemolysis, anti-A."
            ),
            NEVER_EVENT_12,
        ),
        # named other pt unit caught
        (
            (
                "Unit collected for Mr Patel group B pos was taken to the bedside of Mr "
                "Evans, who is group A pos. Noticed at bedside check, not spiked."
            ),
            NEAR_MISS_12,
        ),
        # named other pt unit compat
        (
            (
                "Mrs Green (group A pos) was given the unit crossmatched for Mrs Brown, a "
                "group O neg unit. No reaction, compatible."
            ),
            NOTHING,
        ),
        # needed plts ht neg given
        (
            (
                "Pt needed urgent platelets; group O HT negative unit given to group B pt as "
                "no B available. No reaction."
            ),
            NOTHING,
        ),
        # sop requires ht and unit was
        (
            (
                "Group O platelets given to group A pt due to low stock; the SOP requires HT "
                "negative units and the unit issued was confirmed HT negative."
            ),
            NOTHING,
        ),
        # rails not raised fully neck
        (
            (
                "Bed rails were not raised fully and the pt's neck became trapped between the "
                "rail and the mattress. Freed by nurse, bruising to neck."
            ),
            NEVER_EVENT_11,
        ),
        # rails not in plan but put up
        (
            (
                "Bed rails were not in use as per care plan, but night staff put them up at "
                "02:00. Pt found at 04:00 with neck trapped between the bed rail and the "
                "mattress."
            ),
            NEVER_EVENT_11,
        ),
        # neck at head of bed rail
        (
            (
                "Pt found at the head of the bed with neck trapped between the side rail and "
                "the mattress. Rail lowered, pt freed."
            ),
            NEVER_EVENT_11,
        ),
        # neck between head board and rail
        (
            (
                "Pt found with her neck wedged between the head board and the bed rail. Freed "
                "by staff, no injury."
            ),
            NEVER_EVENT_11,
        ),
        # post bmt o given a rbc wrong pt
        (
            (
                "Post allo BMT pt, recipient group O, donor group O, was transfused a unit of "
                "group A red cells meant for another pt. Rigors, anti-A."
            ),
            NEVER_EVENT_12,
        ),
        # deceased donor b to a kidney
        (
            (
                "Deceased donor kidney: donor group B, recipient group A. Transplanted; "
                "mismatch not noticed until the post-op bloods."
            ),
            NEVER_EVENT_12,
        ),
    ],
)
def test_todays_blood_group_and_rail_readings_keep_their_bounds(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    """Guards next to x2's and b1's readings (head-end rail, a stem cell donor's group, an organ
    transplanted in error, a reporter's ABO tick, a non-haemolytic reaction, a group told
    after a name, high-titre platelets against an SOP, bed against the wall)."""
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            (
                "IOL implanted was the planned power of +20.5D but a monofocal lens rather "
                "than the planned toric lens. Noticed at the post-op review when astigmatism "
                "unchanged."
            ),
            NEVER_EVENT_2,
            id="{n}",
        ),
        pytest.param(
            (
                "Bilateral breast augmentation, plan R 300cc, L 325cc. The 300cc implant was "
                "placed on the right and the 325cc on the left as planned. Stickers checked "
                "against plan."
            ),
            NOTHING,
            id="{n}",
        ),
        pytest.param(
            (
                "SOP requires high titre negative units for non-O pts. Group O platelets not "
                "tested for high titre given to group AB pt."
            ),
            NEVER_EVENT_12,
            id="{n}",
        ),
        pytest.param(
            (
                "Physiologist scanned the generator before the leads were connected but did "
                "not notice it was the non-MRI conditional model; it was implanted and found "
                "at follow up."
            ),
            NEVER_EVENT_2,
            id="{n}",
        ),
        pytest.param(
            (
                "Bilateral implant exchange. Old implants R 300cc and L 325cc removed; new R "
                "350cc and L 375cc inserted as planned."
            ),
            NOTHING,
            id="{n}",
        ),
        pytest.param(
            (
                "Biological mesh planned. Synthetic mesh identified as the one used at the "
                "previous operation was removed; biological mesh implanted as planned."
            ),
            NOTHING,
            id="{n}",
        ),
    ],
)
def test_probes_both_main_and_base_read_wrong(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    """Probes the base and main both read wrong, strict xfails until x4 read them right (the
    value set against the plan after it, each side's plan, the untested platelets, the check
    that missed, the old implants removed)."""
    assert never_event_codes(text) == expected
