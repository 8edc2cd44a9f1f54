"""Review r32: today's theme-precision readings (t1 c5f9929a, t3 3de2a82f) probed for lost themes.

Each probe sits just outside a change: the real failure the guide labels, told beside the words
a change now reads as no evidence.

- t1: a "not" told of another verb leaves the record made, care due at set times "not
  documented" is care not done, a checklist "not completed" is a safety step left out; a real
  documentation, labelling, consent or identification failure beside them keeps
  communication_documentation.
- t3: safeguarding "considered, not raised" is no concern, a sats reading told as why oxygen was
  prescribed is the need, an outreach nurse's home visit, beds escalated to the site manager
  and staff busy with another patient are no deterioration of this patient, drug-monitoring
  bloods are medication, an infective exacerbation of COPD is background, a miss told as what a
  check prevented is no missed diagnosis; a concern not raised when it should have been, sats
  falling after the oxygen, outreach called to the ward, this patient's NEWS rising unescalated,
  an infection acquired or mismanaged and a real missed fracture keep their themes.

Mended here: an outreach nurse's home visit took back the whole monitoring cue it shared with
"no obs" (a -1.0 counter-cue); it now takes back only the word "outreach" (NOT_EVIDENCE_WORDS).
Strict xfails: an infective exacerbation of COPD whose antibiotics were not given (a regression
of t3) and the same for pneumonia (read wrong before and after).
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

CD = "communication_documentation"
MD = "monitoring_deterioration"
BS = "behaviour_abuse_safeguarding"
INF = "infection"
AD = "assessment_diagnosis"
MED = "medication"

NEGATION_OF_ANOTHER_VERB = [
    (
        "Obs not done and not documented for 6 hours overnight, NEWS2 found to be 7 at 06:00.",
        CD,
        True,
    ),
    (
        "Allergy not documented on the drug chart so penicillin given, pt developed a rash.",
        CD,
        True,
    ),
    (
        "Pt not reviewed by the doctor, plan not documented and night staff unaware of the "
        "fluid restriction.",
        CD,
        True,
    ),
    (
        "Drain could not be removed, this was not handed over to the night team and was found "
        "still in situ.",
        CD,
        True,
    ),
    (
        "Patient was not seen by the physio, the referral was never documented in the notes.",
        CD,
        True,
    ),
    (
        "Allergy not checked before prescribing - documented in the GP record but not on the "
        "drug chart, co-amoxiclav given.",
        CD,
        True,
    ),
    (
        "Bloods not taken, documented as done on the handover sheet, so K+ result not chased.",
        CD,
        True,
    ),
    (
        "Could not be cannulated (standard practice, documented), IV abx given via IO.",
        CD,
        False,
    ),
]


@pytest.mark.parametrize(("text", "theme", "expected"), NEGATION_OF_ANOTHER_VERB)
def test_a_record_failure_beside_a_negated_other_verb_keeps_communication(
    text: str, theme: str, expected: bool
) -> None:
    assert (theme in theme_ids(text)) is expected


CARE_NOT_DOCUMENTED = [
    (
        "Repositioning not documented overnight and the SSKIN chart was lost, cat 3 sacral "
        "pressure ulcer found.",
        CD,
        True,
    ),
    (
        "2 hourly turns not documented, repositioning chart missing from the room on day 3. "
        "Grade 2 sacrum.",
        CD,
        True,
    ),
    (
        "Cannula site checks not recorded; VIP score sheet filed in another patient's notes. "
        "Extravasation to L hand.",
        CD,
        True,
    ),
    (
        "Mouth care not documented, and NBM status not documented on the board so pt given "
        "breakfast before theatre.",
        CD,
        True,
    ),
    (
        "Hourly site checks not documented 0900-1300, extravasation of vancomycin noted at 13:30.",
        CD,
        False,
    ),
]


@pytest.mark.parametrize(("text", "theme", "expected"), CARE_NOT_DOCUMENTED)
def test_care_not_documented_beside_a_lost_or_wrong_record_keeps_communication(
    text: str, theme: str, expected: bool
) -> None:
    assert (theme in theme_ids(text)) is expected


CHECKLIST_NOT_COMPLETED = [
    (
        "WHO checklist not completed and the wrong patient's labels were put on the histology "
        "specimen.",
        CD,
        True,
    ),
    (
        "Safety checklist not completed, consent form not signed by the patient before going to"
        " theatre.",
        CD,
        True,
    ),
    (
        "Transfusion checklist not done, wristband not checked and the unit was given to the "
        "wrong patient.",
        CD,
        True,
    ),
    (
        "LocSSIP checklist not completed before chest drain insertion, drain sited on the wrong"
        " side.",
        CD,
        False,
    ),
]


@pytest.mark.parametrize(("text", "theme", "expected"), CHECKLIST_NOT_COMPLETED)
def test_checklist_not_completed_beside_a_label_or_consent_failure_keeps_communication(
    text: str, theme: str, expected: bool
) -> None:
    assert (theme in theme_ids(text)) is expected


SAFEGUARDING = [
    (
        "Pt disclosed that her partner hits her. Staff failed to raise a safeguarding concern "
        "and she was discharged home.",
        BS,
        True,
    ),
    (
        "Safeguarding considered but not raised despite a disclosure of physical abuse by the "
        "son; raised next day by the social worker.",
        BS,
        True,
    ),
    (
        "Unexplained bruising on resident's arms. Safeguarding was discussed but not made by "
        "the night staff, concern then raised by family.",
        BS,
        True,
    ),
    (
        "Safeguarding considered, not raised as staff were unsure of the process; the child was"
        " later found to have a fractured femur from NAI.",
        BS,
        True,
    ),
    (
        "Safeguarding considered - not required, pt has capacity and fell at home.",
        BS,
        False,
    ),
]


@pytest.mark.parametrize(("text", "theme", "expected"), SAFEGUARDING)
def test_safeguarding_not_raised_when_it_should_have_been_keeps_the_concern(
    text: str, theme: str, expected: bool
) -> None:
    assert (theme in theme_ids(text)) is expected


OXYGEN = [
    (
        "Sats 94% on air, O2 prescribed at 2L. Later sats fell to 82% and pt became drowsy, not"
        " escalated for 3 hrs.",
        MD,
        True,
    ),
    (
        "O2 prescribed as sats 91% on air. Pt then found with sats 78% on 2L, oxygen tubing "
        "disconnected, NEWS 8.",
        MD,
        True,
    ),
    (
        "Sats 90% on RA so O2 planned but not started, pt became hypoxic (sats 79%) and peri-"
        "arrest.",
        MD,
        True,
    ),
    (
        "Sats 88% on room air so 2L O2 prescribed and given, pt comfortable.",
        MD,
        False,
    ),
]


@pytest.mark.parametrize(("text", "theme", "expected"), OXYGEN)
def test_sats_falling_after_oxygen_prescribed_keep_deterioration(
    text: str, theme: str, expected: bool
) -> None:
    assert (theme in theme_ids(text)) is expected


OUTREACH = [
    (
        "Pt NEWS 7 on the ward, outreach team called at 03:00 and pt transferred to ITU.",
        MD,
        True,
    ),
    (
        "Deteriorating pt, critical care outreach nurse not called until NEWS was 9, arrested "
        "shortly after.",
        MD,
        True,
    ),
    (
        "Outreach nurse home visit found the child unwell and febrile, no obs had been done by "
        "the ward before discharge.",
        MD,
        True,
    ),
    (
        "Outreach nurse home visit: no obs had been done by the ward before discharge.",
        MD,
        True,
    ),
    (
        "Outreach nurse home visit found the baby febrile, no observations had been done on the"
        " ward before discharge.",
        MD,
        True,
    ),
    (
        "Drug given daily for 5 days before the outreach nurse visit picked up the error, no harm.",
        MD,
        False,
    ),
]


@pytest.mark.parametrize(("text", "theme", "expected"), OUTREACH)
def test_outreach_called_or_obs_found_undone_on_a_home_visit_keep_deterioration(
    text: str, theme: str, expected: bool
) -> None:
    assert (theme in theme_ids(text)) is expected


CAPACITY_AND_BUSY = [
    (
        "Pt's NEWS rose to 8, escalated to the site manager as no doctor answered the bleep, "
        "reviewed 2 hrs later.",
        MD,
        True,
    ),
    (
        "Escalated to the bed manager at 20:00 - no beds available in ITU, pt with NEWS 9 "
        "deteriorating on the ward.",
        MD,
        True,
    ),
    (
        "NEWS 9 and hypotensive, escalated to the site manager as no ITU bed; pt arrested on "
        "the ward awaiting transfer.",
        MD,
        True,
    ),
    (
        "Nurse busy with another deteriorating patient, this pt's NEWS rose to 7 and was not "
        "escalated for 3 hours.",
        MD,
        True,
    ),
    (
        "Nurse busy with another unwell patient, this pt's hourly obs were missed and his "
        "hypoglycaemia (BM 1.9) went unrecognised.",
        MD,
        True,
    ),
]


@pytest.mark.parametrize(("text", "theme", "expected"), CAPACITY_AND_BUSY)
def test_this_patients_deterioration_beside_a_site_manager_or_busy_staff_is_kept(
    text: str, theme: str, expected: bool
) -> None:
    assert (theme in theme_ids(text)) is expected


DRUG_MONITORING = [
    (
        "Lithium monitoring bloods missed for 6 months under shared care, pt admitted toxic and"
        " confused.",
        MED,
        True,
    ),
    (
        "Methotrexate monitoring recall not set up after transfer, FBC not done for 5 months, "
        "neutropenic sepsis; obs not done on the ward and NEWS 8 not escalated.",
        MD,
        True,
    ),
]


@pytest.mark.parametrize(("text", "theme", "expected"), DRUG_MONITORING)
def test_drug_monitoring_is_medication_and_ward_obs_beside_it_stay_monitoring(
    text: str, theme: str, expected: bool
) -> None:
    assert (theme in theme_ids(text)) is expected


COPD_INFECTION = [
    pytest.param(
        "Pt with infective exacerbation of COPD, antibiotics not given for 12 hours despite "
        "being prescribed.",
        INF,
        True,
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "regression of t3 (3de2a82f): 'pt with infective exacerbation of COPD' is now"
                " background like 'pt with pneumonia', but antibiotics not given for it is an"
                " infection mismanaged (dev: 24 of 25 narratives with antibiotics delayed for"
                " a named infection carry infection); mending it means a cue for antibiotics "
                "omitted for the named infection, beyond t3's change"
            ),
        ),
    ),
    (
        "Infective exacerbation of COPD missed in ED, sent home, returned septic the next day.",
        INF,
        True,
    ),
    (
        "Pt admitted with IECOPD. MRSA positive screen not acted on, pt not isolated in a side "
        "room.",
        INF,
        True,
    ),
    (
        "Pt admitted with infective exacerbation of COPD, not isolated despite a positive flu "
        "swab; flu spread to 3 other patients in the bay.",
        INF,
        True,
    ),
    pytest.param(
        "Pt with pneumonia, antibiotics not given for 12 hours despite being prescribed.",
        INF,
        True,
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "read wrong before and after t1/t3 (both wrong): 'pt with pneumonia' is "
                "background even when the antibiotics for it were not given, an infection "
                "mismanaged by the guide"
            ),
        ),
    ),
    (
        "Pt with an infective exacerbation of COPD fell on the way to the toilet, no injury.",
        INF,
        False,
    ),
]


@pytest.mark.parametrize(("text", "theme", "expected"), COPD_INFECTION)
def test_infection_mismanaged_or_acquired_in_a_copd_patient_keeps_infection(
    text: str, theme: str, expected: bool
) -> None:
    assert (theme in theme_ids(text)) is expected


MISS_IF_NOT_CAUGHT = [
    (
        "Fracture of the scaphoid missed on the x-ray in ED; would have needed surgery if not "
        "picked up at fracture clinic, now delayed union.",
        AD,
        True,
    ),
    (
        "CT report of a lung mass not reviewed for 3 months; the cancer was missed and would "
        "have progressed further if not picked up by the GP.",
        AD,
        True,
    ),
    (
        "Ankle x-ray misreported as normal, fracture missed and pt discharged. Spotted at "
        "review of films 2 days later.",
        AD,
        True,
    ),
    (
        "ECG not reviewed, STEMI missed for 4 hours; could have had a worse outcome if not "
        "spotted by the HCA.",
        AD,
        True,
    ),
    (
        "Wrong side marked on the consent form, potential for wrong side surgery if not picked "
        "up at the WHO sign in.",
        AD,
        False,
    ),
]


@pytest.mark.parametrize(("text", "theme", "expected"), MISS_IF_NOT_CAUGHT)
def test_a_real_miss_told_beside_if_not_picked_up_keeps_assessment(
    text: str, theme: str, expected: bool
) -> None:
    assert (theme in theme_ids(text)) is expected
