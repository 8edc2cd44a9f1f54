"""Wrong-site procedures outside theatres (batch 109): an injection given on the side the
clinic was set up for after the previous patient ("The previous pt had a L shoulder done and I
had the couch ... set up on the L side ... given into the L subacromial space"; dev-181305) is
never event 1: the previous patient's side shares a word with this patient's set-up, but is no
side of this act. An eye on a cycle of injections told "not due" is not the eye planned today,
and the other eye injected is never event 1 (dev-181330); the eye due injected is nothing. A
lesion taken from one part with the part meant named after "not" ("excised a lesion on the L
forearm not the upper arm"; dev-181352) is another site, never event 1; the lesion meant
excised, or a lesion left alone on purpose, is nothing."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, rule_never_event_codes

PHYSIO_INJECTION_ERROR = (
    "MSK injection clinic, Brookfield Health Centre. I am the extended scope physio running the "
    "clinic. Pt booked for R subacromial injection following my assessment on 03/04 (plan and "
    "verbal consent documented R). The previous pt had a L shoulder done and I had the couch and "
    "trolley set up on the L side and did not re-confirm the side with the pt or against my plan "
    "before injecting. 40mg triamcinolone + 3ml 1% lidocaine given into the L subacromial space. "
    "Pt has some ache in both shoulders and didn't question it. Realised about 10 mins later when "
    "writing the EPR entry. Called him back from the waiting area, explained and apologised, DoC "
    "letter to follow. Unable to inject the R today because of the steroid dose, rebooked in 2/52. "
    "We have no LocSSIP / stop moment for clinic injections - raised with MSK lead for governance."
)

INJECTED_ON_THE_PREVIOUS_PATIENTS_SIDE = [
    "MSK injection clinic. Pt booked for R subacromial injection following my assessment (plan "
    "documented R). The previous pt had a L shoulder done and I had the couch set up on the L side "
    "and did not re-confirm the side. Triamcinolone and lidocaine given into the L subacromial "
    "space. Realised when writing the notes, pt informed, DoC.",
    "Physio injection clinic. Plan and consent were for a L knee injection. The pt before had a R "
    "knee done and I kept the trolley set up on the R side without checking again. Kenalog 40mg "
    "injected into the R knee joint. Noticed when I came to document it.",
    "ESP clinic, booked for R trochanteric bursa injection. Last patient had a L hip done so the "
    "couch was still arranged on the L side and I didn't re-check. Injected the L trochanteric "
    "bursa with depo-medrone. Pt told and apologised to.",
    "Hand clinic - listed for L trigger thumb injection. The previous patient had a R hand done "
    "and the tray was set up on the R side; I didn't confirm the side again. Steroid injected into "
    "the R A1 pulley. Picked up on writing the EPR entry.",
]

INJECTED_ON_THE_SIDE_MEANT = [
    "MSK injection clinic. Pt booked for R subacromial injection. The previous pt had a L shoulder "
    "done. Side re-confirmed with the pt and my plan before injecting: R subacromial injection "
    "given, no issues. Reporting the lack of a LocSSIP for clinic injections.",
]

EYE_INJECTION_ERROR = (
    "intravitreal injection clinic wed pm. pt has aflibercept to both eyes on different cycles - "
    "RE due today, LE not due until 28/3. I injected the LE. My error, the LE consent page from "
    "last visit was open on the screen and the eye mark (dot above brow) wasn't done at check-in "
    "as the HCA was covering 2 rooms on her own. Pt told straight away and apologised. Discussed "
    "with Mr Osei - LE 2 wks early unlikely to cause harm. RE then injected after a full re-check. "
    "Pt happy to carry on with treatment. Not sure this is a never event as the LE was going to be "
    "injected anyway but reporting for learning."
)

EYE_NOT_DUE_INJECTED = [
    "Intravitreal clinic. Pt on Eylea for both eyes on separate cycles: LE due today, RE not due "
    "for another 3 weeks. I injected the RE. The eye was not marked at check-in. Pt informed, "
    "consultant aware.",
    "Anti-VEGF injection list. Both eyes treated but on different intervals - R eye due today, L "
    "eye not due until next month. Nurse injector injected the L eye. Consent from the previous "
    "visit for the L eye was on the screen.",
    "eye clinic: pt gets ranibizumab in both eyes, RE due this visit, LE is not due until 12/5. I "
    "injected the LE by mistake - no marking done at check in. Apologised.",
    "Intravitreal list. RE due today, LE not due. Injected the LE in error. Realised when "
    "completing the injection record. Consultant reviewed, IOP fine. RE then done.",
]

EYE_DUE_INJECTED = [
    "Intravitreal clinic. Pt has aflibercept to both eyes on different cycles - RE due today, LE "
    "not due until 28/3. Eye marked at check-in, I injected the RE. Reporting a delay in the "
    "clinic only.",
    "Both eyes on Lucentis, different cycles. LE due today, RE not due until next month. Mark "
    "above the L brow checked, injected the LE. No issues.",
]

LESION_ERROR = (
    "minor ops clinic. excision biopsy L upper arm ?BCC (photo attached to referral from Dr "
    "Mensah, 6mm pearly lesion). pt has multiple seb Ks on both arms. I excised a lesion on the L "
    "forearm not the upper arm. histology back 12/06 = seborrhoeic keratosis, no BCC. pt recalled "
    "- the pearly lesion on the upper arm is still there untouched. apologised. re-excised 20/06, "
    "histo nodular BCC completely excised. no photo checked on the day and I didnt mark the lesion "
    "with the pt before LA. Dr K Anand GP partner"
)

LESION_ON_ANOTHER_PART = [
    "minor ops. excision of ?BCC R upper back (photo on referral). pt has many seb Ks. I excised a "
    "lesion from the R shoulder not the upper back. histology SK. the BCC on the back is still "
    "there untouched. recalled, apologised.",
    "Dermatology minor ops: booked for shave of ?SCC L temple. Doctor shaved a keratosis on the L "
    "cheek rather than the temple. At the wound check the SCC was still present and untreated.",
    "GP minor surgery. Referral: punch biopsy of pigmented lesion L calf. I biopsied a lesion on "
    "the L thigh not the calf - no photo checked, site not agreed with the pt. pt rang, the mole "
    "on her calf still there untouched.",
]

LESION_MEANT_OR_LEFT_ON_PURPOSE = [
    "minor ops clinic. excision biopsy L upper arm ?BCC, photo checked with the pt and the lesion "
    "marked before LA. excised from the L upper arm. histology BCC completely excised.",
    "Minor ops. Excision of seb K on R forearm as planned. Another lesion on the upper arm was not "
    "treated as it was not referred. Reporting a wound infection at day 5.",
    "Dermatology: cryotherapy to viral warts R hand. The larger wart is still there untouched as "
    "pt declined treatment to it today. No incident, recording the pt's complaint about waiting "
    "time.",
]


def test_the_physio_injection_on_the_previous_patients_side_is_never_event_1() -> None:
    fields = {"service_type": "6", "specialty": "193", "location_type": "5"}
    assert rule_never_event_codes(PHYSIO_INJECTION_ERROR, **fields) == ("1", None)


@pytest.mark.parametrize("text", INJECTED_ON_THE_PREVIOUS_PATIENTS_SIDE)
def test_an_injection_on_the_side_set_up_for_the_previous_patient_is_never_event_1(
    text: str,
) -> None:
    assert rule_never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", INJECTED_ON_THE_SIDE_MEANT)
def test_the_side_meant_injected_after_the_previous_patients_side_is_nothing(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_the_eye_not_due_injected_in_the_clinic_is_never_event_1_by_the_rules() -> None:
    fields = {"service_type": "1", "specialty": "69", "location_type": "4"}
    assert rule_never_event_codes(EYE_INJECTION_ERROR, **fields) == ("1", None)


@pytest.mark.parametrize("text", EYE_NOT_DUE_INJECTED)
def test_the_eye_told_not_due_injected_is_never_event_1(text: str) -> None:
    assert rule_never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", EYE_DUE_INJECTED)
def test_the_eye_due_today_injected_beside_one_not_due_is_nothing(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_the_lesion_excised_from_the_forearm_not_the_upper_arm_is_never_event_1() -> None:
    fields = {"service_type": "17", "specialty": "39", "location_type": "11"}
    assert rule_never_event_codes(LESION_ERROR, **fields) == ("1", None)


@pytest.mark.parametrize("text", LESION_ON_ANOTHER_PART)
def test_a_lesion_taken_from_another_part_than_the_one_named_after_not_is_never_event_1(
    text: str,
) -> None:
    assert rule_never_event_codes(text) == ("1", None)


@pytest.mark.parametrize("text", LESION_MEANT_OR_LEFT_ON_PURPOSE)
def test_the_lesion_meant_excised_or_one_left_alone_on_purpose_is_nothing(text: str) -> None:
    assert never_event_codes(text) == (None, None)
