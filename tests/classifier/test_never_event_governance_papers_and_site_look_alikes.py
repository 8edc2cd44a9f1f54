"""Round 30 (never events 1 to 3): never events of other years and other trusts named in
governance papers, and wrong-site, implant and retained-item look-alikes.

- A board, committee or M&M paper naming never events of the past or of other trusts ("our
  last retained swab was in 2018", "three never events in the past year (a retained drain
  tip and a wrong-side block)", "wrong-level surgery and retained wires at other trusts",
  "the action plan from the 2021 never event") tells no event of this report.
- A blood sample in the wrong tube, samples re-prepared in an IVF laboratory, a needle used
  to mark the level, a tourniquet on during the operation and a blood unit taken
  "rather than using the patient details" are not never events 1 or 3.
- Wrong site caused by a bowel malrotation, or by a letter with the sides the wrong way
  round, is excluded.
- A card or record naming a different implant ("implant card lists a different lens"), checked
  against the register, is a paper error, for the rules and the learned model.
- An operation named with its side and lens ("RIGHT phaco + IOL") is the side operated on,
  not a lens made for that side.
- The planned side "then done as planned" or "then carried out" after a wrong start is the
  redo of a wrong-site procedure.

Each suppressing cue is paired with narratives where its words appear in an innocent role and
the never event still reached the patient.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        "Theatres governance report Q1. 1. Cancellations 180. 2. Audit of WHO checklist 94%. "
        "3. The matron noted that our last retained swab was in 2018 and that the count policy "
        "has been reissued. 4. No concerns raised.",
        "Patient safety committee. Item 6: the trust declared three never events in the past "
        "year (a retained drain tip in May and a wrong-side block in October). Both action "
        "plans are closed. Item 7: falls audit.",
        "Divisional report: never events - none this month. The maternity retained tampon never "
        "event declared by the division in 2020 led to the new tally board; compliance 97%.",
        "Committee report: no never events this year (previous year: 1, a wrong-site "
        "injection). Staffing on nights remains the main risk.",
        "The surgical safety bulletin from the region (wrong-level surgery and retained wires "
        "at other trusts) was shared at the team brief. No incidents on our lists.",
        "Update on the retained swab action plan (from the 2021 never event in gynaecology): "
        "swab bags now in all theatres. The board is asked to note.",
        "Pt for carpal tunnel release very anxious, told the nurse a private hospital "
        "operated on the wrong wrist in 2017. Extra checks done, all correct. List cancelled "
        "at 17:00 because of overrun.",
    ],
)
def test_never_events_of_other_years_or_trusts_are_not_this_report(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # innocent: the past named, then today's own event told in its own words
        (
            "Our last retained swab was in 2018. Today after an open hernia repair a swab was "
            "left inside the wound, seen on the x-ray on day 2 and removed in theatre.",
            "3",
        ),
        (
            "The trust has had two never events in the past year (a retained guidewire and a "
            "wrong-side block). On 14/06 a further one: consented for R femoral nerve block, "
            "the block was performed on the left leg.",
            "1",
        ),
        (
            "Bulletin on wrong-side blocks at other trusts circulated in May. On 02/07 pt "
            "consented and marked for L interscalene block; block given on the R side in error.",
            "1",
        ),
        (
            "Wrong site block never event reported in 2026 by the theatre team: the block was "
            "given on the L leg instead of the R leg; consent and mark were R.",
            "1",
        ),
        (
            "Despite the action plan from the 2022 never event the R knee was consented and "
            "marked but the arthroscopy was done on the L knee; portals made before anyone "
            "noticed.",
            "1",
        ),
    ],
)
def test_todays_never_event_beside_a_past_one_still_counts(text: str, expected: str) -> None:
    assert never_event_codes(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Renal transplant work-up: crossmatch sample taken in the wrong tube and rejected by "
        "the lab. Transplant postponed by 2 days.",
        "Embryology: witness check found the egg prep dish labelled for couple 7 on the bench "
        "set for couple 8. Nothing injected, dishes re-prepared. HFEA informed.",
        "Lap appendicectomy: appendix in the left iliac fossa due to undiagnosed malrotation. "
        "Extra port on the left; reporter queried wrong site.",
        "Excision of a lip lesion on the left as per the GP letter. GP letter had left/right "
        "the wrong way round; the lesion she meant is on the right and is now listed.",
    ],
)
def test_site_look_alikes_are_not_wrong_site_surgery(text: str) -> None:
    assert never_event_codes(text)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        # innocent: a sample or a tube named beside a real wrong-site operation
        "Laparoscopic salpingectomy consented for the R tube; the L tube was removed in error. "
        "Histology sample sent in the wrong pot label corrected later.",
        "Surgical sperm retrieval for ICSI: consented for L testis, aspiration done on the R "
        "testis in error. Sperm samples sent to the lab in the labelled tube.",
        "The theatre list had the sides the wrong way round: consent and mark L knee, "
        "arthroscopy done on the R knee.",
        "Consent form had left and right transposed by the registrar; the R hernia was repaired "
        "although the GP letter and clinic letter said L.",
    ],
)
def test_wrong_site_surgery_beside_samples_lists_and_forms(text: str) -> None:
    assert never_event_codes(text)[0] == "1"


@pytest.mark.parametrize(
    "text",
    [
        # innocent: the cue's words about a sample, a lab or another hospital, next to a real
        # wrong-site operation
        "Group and save sample taken in the wrong tube and repeated. Consented for R ovarian "
        "cystectomy; the L ovary was operated on in error.",
        "IVF unit: the egg prep dishes were re-prepared from fresh samples for the next couple. "
        "Consented for R salpingectomy at the same list; the L tube was removed in error.",
        "Pt said another hospital did her first cataract; today consent and mark were L but "
        "the R eye was operated on.",
        "She told staff a private hospital performed her hip in 2015. Today the wrong knee was "
        "scoped: consent and mark R, L knee arthroscopy done.",
        "He mentioned another trust removed a mole from his back in 2019; today consent and "
        "mark were for the L forearm lesion but the R forearm lesion was excised.",
    ],
)
def test_wrong_site_surgery_beside_samples_labs_and_other_hospitals(text: str) -> None:
    assert never_event_codes(text)[0] == "1"


@pytest.mark.parametrize(
    "text",
    [
        "Implant card handed over at discharge after a L phaco lists a different lens model. "
        "Checked against the theatre register and the sticker in the notes: correct lens. New "
        "card sent.",
        "Patient's implant passport shows a different size of femoral head; the card had been "
        "filled in using the previous patient's details. Op note and stickers match the plan.",
    ],
)
def test_a_card_naming_another_implant_is_no_wrong_implant(text: str) -> None:
    assert never_event_codes(text)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        # innocent: a record naming a different implant because a different one went in
        "The implant record showed a different lens had been implanted: a 13.0 D lens instead "
        "of the planned 21.0 D, found at the 1 week review.",
        "Discharge letter states a different lens was put in; checked, the op note shows a "
        "+15.0D lens was implanted instead of the planned +21.0D.",
        "Lens record showed the correct lens was implanted at the IOL exchange on 30/05. At the "
        "first operation a 13.0 D lens had been implanted instead of the planned 21.0 D lens.",
    ],
)
def test_wrong_implant_told_beside_a_record_still_counts(text: str) -> None:
    assert never_event_codes(text)[0] == "2"


def test_needle_marking_the_level_is_not_a_retained_item() -> None:
    text = (
        "Lumbar microdiscectomy: level confirmed with a needle and lateral II before "
        "incision. Disc removed, closed in layers, count correct."
    )
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        # innocent: the level confirmed with a needle, then a needle or swab really left in
        "Level confirmed with a needle on II. Post-op x-ray showed a broken needle tip left in "
        "the paraspinal muscle; returned to theatre to remove it.",
        "Level checked using a spinal needle. Swab count not done at closure; CT on day 3 "
        "showed a swab retained in the wound, removed in theatre.",
        "The level was marked with a needle before incision. After closure the pt went to the "
        "ward and a guidewire was found retained in the wound on x-ray next day.",
    ],
)
def test_retained_item_beside_a_level_needle_still_counts(text: str) -> None:
    assert never_event_codes(text)[0] == "3"


def test_tourniquet_on_during_the_operation_is_not_retained() -> None:
    text = (
        "Trigger finger release R ring finger; consent and mark R middle finger. The arm was "
        "under a tourniquet with the hand on the table when the wrong pulley was released."
    )
    assert never_event_codes(text)[0] == "1"


def test_tourniquet_the_patient_went_back_with_is_retained() -> None:
    text = (
        "Pt returned to the ward with the digital tourniquet still on after nail bed repair, "
        "finger white, removed by the ward nurse 3 hours later."
    )
    assert never_event_codes(text)[0] == "3"


def test_unit_taken_rather_than_using_the_patient_details_is_not_a_wrong_patient_op() -> None:
    text = (
        "Emergency laparotomy. Runner took the first unit in the fridge rather than using the "
        "patient details on the screen; the unit was for another patient and the bedside check "
        "stopped it before spiking."
    )
    assert never_event_codes(text)[0] != "1"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the operation named with its side and lens, then a lens made for the other side
        (
            "RIGHT phaco + IOL listed. The lens implanted was the one calculated for the left "
            "eye; refraction -4.0 D. IOL exchange planned.",
            "2",
        ),
        (
            "Left phaco + IOL. Wrong lens implanted: a 24.0 D lens instead of the planned 19.5 "
            "D; found at the 1 week review.",
            "2",
        ),
        (
            "R cataract with IOL done on the list. The surgeon implanted a +18.0D lens instead "
            "of the planned +22.0D lens, noticed on the op note check.",
            "2",
        ),
    ],
)
def test_wrong_lens_still_counts_beside_an_operation_named_with_its_lens(
    text: str, expected: str
) -> None:
    assert never_event_codes(text)[0] == expected


def test_wrong_eye_marked_for_a_lens_operation_is_a_wrong_site_near_miss() -> None:
    text = (
        "Cataract list. At sign in the pt pointed to her right eye. The mark was over the LEFT "
        "eye. Consent and biometry: RIGHT phaco + IOL. Nothing given, no block. Re-marked and "
        "the list went on."
    )
    assert never_event_codes(text) == (None, "1")


@pytest.mark.parametrize(
    "text",
    [
        "Consent L inguinal hernia. The R groin was incised in error; the R wound was closed "
        "and the planned left repair was then carried out.",
        "Arthroscopy L knee consented. Portals made in the R knee and the scope put in before "
        "the mismatch was noticed. Portals closed, L knee then done as planned.",
        "Excision biopsy of a back lesion: a benign naevus was excised. At follow-up the "
        "consultant recognised the lesion of concern was still present beside the scar; "
        "excised 2 weeks later.",
    ],
)
def test_wrong_site_told_through_its_redo_or_the_lesion_left(text: str) -> None:
    assert never_event_codes(text)[0] == "1"


def test_wrong_side_prepped_then_planned_side_carried_out_is_a_near_miss() -> None:
    text = (
        "Consent L inguinal hernia. The R groin was prepped and draped; stopped at time out "
        "before any incision. Re-prepped and the planned left repair was then carried out."
    )
    assert never_event_codes(text) == (None, "1")
