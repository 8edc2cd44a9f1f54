"""Round 33, never events 1-3: an injection or a tap told as done ("injections done under
fluoroscopy", "the injection was administered to the left eye", "40ml fluid obtained") or an
implant told as put in by its part ("the femoral component was inserted") reached the patient,
whatever check is named after it; a needle "had not been inserted" is a catch, and so is an
incision made before a wrong implant was stopped; a wrong mark "removed and redone" makes the
excision after it the corrected one; a wrong implant written up against the plan documented
before ("plan documented in the op note template") is no intentional change; a pack "to be
removed by DN day 2" is left on purpose, another item found after it still retained; the
patient's own wrong-site or retained-item history at another hospital ("years ago", "in 2016 ...
at another hospital") is background; a training scenario told with the error it plays is no
event. Each catch, exclusion or background cue keeps its true never events."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an injection told as done reached the patient, a missed check named after it
        (
            "Pain clinic. Listed for left L3/4 facet injections. Injections done under "
            "fluoroscopy at L4/5 and L5/S1 on review of the images; operator miscounted the "
            "levels. Nobody had confirmed the level before injection.",
            ("1", None),
        ),
        (
            "Eye clinic: planned intravitreal injection to the LEFT eye. The injection was "
            "administered to the RIGHT eye. The pre-injection pause was not performed.",
            ("1", None),
        ),
        # a tap told by the fluid it drew off
        (
            "Hospice day unit: pleural tap planned for the known right effusion. The left chest "
            "was scanned and drained by the doctor, 60ml fluid obtained before it stopped "
            "draining and the procedure was stopped. The film showed the effusion on the right.",
            ("1", None),
        ),
        # the needle not yet in: the block caught at the stop before you block
        (
            "Block room: probe on the right hip for a fascia iliaca block but the consent and "
            "mark were for the left. Stop before you block read out and the pt said it was the "
            "left. Needle had not been inserted. Moved to the left side.",
            (None, "1"),
        ),
        # ... but once the block was done, a needle "not inserted" said of another step stays
        (
            "Consent and mark for a left femoral nerve block. The block was performed on the "
            "right leg. The catheter needle had not been inserted when the anaesthetist "
            "realised the side was wrong.",
            ("1", None),
        ),
        (
            "Planned right knee arthroscopy. LA infiltrated into the left knee portal sites. "
            "The scope needle had not been inserted when the scrub nurse said it was the wrong "
            "knee.",
            ("1", None),
        ),
        # ... nor when the local went in on the wrong side first (a partial reach)
        (
            "Consent for a left knee block. Probe on the right knee; LA had already been "
            "injected into the right thigh subcutaneously but the block needle had not been "
            "inserted when the pt said it was the left.",
            ("1", None),
        ),
        (
            "Planned right carpal tunnel release. Left wrist incised and the ligament released. "
            "A second needle had not been inserted for more local as the pt was comfortable; "
            "the error was found at sign out.",
            ("1", None),
        ),
    ],
)
def test_site_reached_or_caught(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the plan written before is no documented change
        (
            "Bilateral breast augmentation, plan documented in clinic and in the op note "
            "template: 300cc both sides. Implant cards afterwards showed 300cc right and 350cc "
            "left; the left box had been picked by a runner and not read back.",
            ("2", None),
        ),
        # ... the surgeon's change written up with its reason still is one
        (
            "Hemiarthroplasty: templated for a 45mm head, loose at trial, and the surgeon "
            "documented in the op note the decision to use a 47mm head. Delay while a 47mm "
            "head was fetched from the other site.",
            (None, None),
        ),
    ],
)
def test_implant_plan_documented_is_no_change(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the patient's own history at another hospital is background
        (
            "Ward handover: pt (81M) had wrong sided hip injection at another hospital years "
            "ago so is anxious about theatre. Overnight found on the floor by the bed, no "
            "injury.",
            (None, None),
        ),
        (
            "Hysteroscopy cancelled, no bed. She told the nurse that in 2014 a swab was left "
            "inside her after a section at another hospital and was very upset.",
            (None, None),
        ),
        # ... this patient's event here, with an old history named, stays a never event
        (
            "Pt had a hernia repair at another hospital years ago. Today a swab was left "
            "inside her after the laparotomy here and found on the post-op x-ray; returned to "
            "theatre for removal.",
            ("3", None),
        ),
        (
            "She had a knee replacement at another trust in 2016. Today the wrong knee was "
            "operated on: the left knee was incised and the arthroscopy done on the left "
            "though the consent and mark were for the right.",
            ("1", None),
        ),
        (
            "Pt had a retained swab removed after a section at another hospital years ago. "
            "This admission: vaginal swab left in after the perineal repair here, found by the "
            "community midwife on day 3.",
            ("3", None),
        ),
    ],
)
def test_past_history_is_background(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pack left with its later removal and by whom is no retained item
        (
            "Day surgery: abscess cavity packed. Discharge letter says 'pack to be removed by "
            "DN day 2'. The DN referral was lost and the pack came out on day 6. Wound fine.",
            (None, None),
        ),
        # ... another item found after it is still one (told in the next sentence)
        (
            "Vaginal pack to be removed by the midwife on day 1. At the 6 week check a swab "
            "was found in the vagina by the GP.",
            ("3", None),
        ),
        (
            "Sinus surgery, packs to be removed by the GP practice nurse on day 2. Practice "
            "nurse removed two packs; a retained swab was found at ENT clinic review 3 weeks "
            "later.",
            ("3", None),
        ),
        (
            "Bilateral nasal packs left in as planned. Two weeks later a piece of gauze was "
            "found in the nose at clinic.",
            ("3", None),
        ),
        # ... a throat pack to come out at the end of the op is no such plan
        (
            "Throat pack to be removed at the end of the op but was left in, found in recovery "
            "when the pt coughed it up.",
            ("3", None),
        ),
        # ... and the planned pack told again later is still that pack
        (
            "Tonsil bed packs left in as planned, op note says remove at 08:00. Packs were not "
            "handed over and were still in at 15:00 when the pt asked. Removed by the SHO.",
            (None, None),
        ),
    ],
)
def test_pack_left_with_its_removal_planned(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the incision made before the wrong implant was caught is no implant put in
        (
            "R phaco+IOL: lens for the left eye opened. Scrub nurse noticed the mismatch "
            "before insertion; the main incision was already made. Correct lens fetched.",
            (None, "2"),
        ),
        # ... the implant put in, with an incision named, stays a never event
        (
            "Right phaco + IOL. A +24.0D lens for another patient was implanted; the incision "
            "had been made at 11 o'clock. The lens check before insertion was not done. Found "
            "at sign out.",
            ("2", None),
        ),
        (
            "Wrong size cup implanted in the left THR: 52 planned, 56 cemented in. Incision "
            "made through a posterior approach. Noticed when the implant stickers were checked "
            "after closure.",
            ("2", None),
        ),
        (
            "TKR: the wrong side femoral component was inserted. Incision made and the bone "
            "cuts done before the box was opened. The error was spotted at the count before "
            "closure; component left in, revision discussed.",
            ("2", None),
        ),
    ],
)
def test_incision_before_the_implant(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the wrong mark taken off and redone: the excision then is at the corrected mark
        (
            "Minor ops list. At the time out the nurse read the referral: 'SCC right temple'. "
            "The site marked by the GP was the left temple. Procedure paused, photo checked, "
            "lesion is on the right. Marking removed and redone, excision completed on the "
            "right. No LA had been given.",
            (None, "1"),
        ),
        # ... the wrong side done first stays a never event
        (
            "Skin lesion list: referral said BCC left cheek, the right cheek was marked, "
            "anaesthetised and excised. At sign out the HCA read the referral. Marking removed "
            "and redone on the left, excision completed on the left the same day.",
            ("1", None),
        ),
        (
            "Planned left knee arthroscopy. The right knee was incised and the arthroscopy "
            "completed on the right. Marking removed and redone after the error was found.",
            ("1", None),
        ),
        (
            "Mole excision planned on the right forearm. The left forearm lesion was excised "
            "in error. The mark was wiped off and redone on the right by the GP later, then the "
            "right lesion was excised.",
            ("1", None),
        ),
    ],
)
def test_mark_redone_before_the_procedure(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a training scenario told with the error it plays is no event
        (
            "Governance log, 02/05. In-situ sim scenario run for the theatre team: 'wrong "
            "level spinal injection, list says L4/5'. Stopped at the time out as planned. No "
            "patient involved.",
            (None, None),
        ),
        (
            "Mock exercise on the ward: scenario of a retained guidewire; staff missed the "
            "x-ray sign. Debrief only, no patient.",
            (None, None),
        ),
        # ... a real event told beside a scenario stays one
        (
            "Simulation scenario on wrong site surgery in the morning. In the afternoon the "
            "left knee was operated on instead of the right; the error was found at sign out.",
            ("1", None),
        ),
        (
            "During a mock scenario exercise in the day unit, the facilitator noticed the "
            "patient in bay 3 had a vaginal swab left in after her procedure that morning, "
            "found at her check.",
            ("3", None),
        ),
        (
            "Training scenario exercises for new staff run in the morning. Afternoon list: "
            "left inguinal hernia repair performed on the right side, consent and mark were "
            "left.",
            ("1", None),
        ),
    ],
)
def test_training_scenario(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
