"""Theme scoring: weighted, context-aware cues per theme, a threshold, `other` as the fallback."""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise

from classifier.engine.never_events import StructuredFields, inside_any
from classifier.engine.rules import Analysis, concept_label, theme_cue_label
from classifier.engine.text import Document, Span
from shared.classification import ThemeId
from shared.taxonomy import Taxonomy, Theme, ThemeBoost

MAX_EVIDENCE = 3

#: Themes that the telling of a never event (or near miss) names in passing: its discovery
#: ("not identified until the x-ray"), the scan or procedure it happened in, the drug given to
#: treat it, the records it was checked against ("consent and clinic letter both say middle",
#: round 28) and the findings told around it ("the shower room was not included in the daily
#: check"). Beside a never-event pattern that does not imply them, a bare threshold score (one
#: cue) is not enough: they need corroboration, unless a cue that stands beside an event
#: (`ThemeCue.stands_beside_event`: patient identification, labelling, transcription) found
#: them.
CORROBORATED_BESIDE_EVENT = frozenset(
    {
        ThemeId.ASSESSMENT_DIAGNOSIS.value,
        ThemeId.TREATMENT_PROCEDURE.value,
        ThemeId.RADIOTHERAPY_SCREENING.value,
        ThemeId.ACCESS_TRANSFER_DISCHARGE.value,
        ThemeId.MEDICATION.value,
        ThemeId.COMMUNICATION_DOCUMENTATION.value,
    }
)

#: The concept of the reporting process told around the event: the investigation's sources
#: ("timeline drawn up from the notes and the e-obs record"), who was told of the incident
#: ("matron informed on the day"), where the learning goes ("shared at the safety huddle").
#: A theme cue inside its scope (to the end of its clause) is no evidence of what happened.
REPORTING_PROCESS = "theme_reporting_process"

#: The concept of past incidents told as history: a board paper's or a minute's
#: "the Trust reported two never events in the last 12 months (a retained guidewire ...)", "the
#: retained swab never event reported in 2021 led to the count tally". The incidents it lists
#: are the reader's background, not the report's event: a theme cue anywhere in its sentence
#: is no evidence (the list of past events is told before the phrase as often as after it).
PAST_EVENTS = "theme_past_events"

#: The concept of a simulation, drill or training exercise's content (round 33): "in-situ sim
#: scenario: 'wrong side hernia, consent says left'", "a mock abdomen with swabs deliberately
#: hidden". What is rehearsed did not happen: like PAST_EVENTS, a theme cue anywhere in its
#: sentence is no evidence (a real finding told in a sentence of its own still is).
REHEARSED_EVENTS = "theme_rehearsed_events"

#: The concept of another incident a summary lists as reported on its own record ("1 fall no
#: harm (bed 2, separate Datix)", round 44), and of the other bed space or person it names
#: ("bed 3", "bay A", "a visitor"). In a report written as a summary of items (SUMMARY_OF_ITEMS:
#: "weekly safety summary", "others listed for context"), a sentence holding both tells another
#: patient's incident: like PAST_EVENTS, a theme cue anywhere in it is no evidence. The
#: report's own patient's problem "recorded separately" (no other bed space named), or a
#: single report's "pt in bed 5 fell, head wound reported separately", still is.
REPORTED_ELSEWHERE = "theme_reported_elsewhere"
OTHER_BED_SPACE = "theme_other_bed_space"
SUMMARY_OF_ITEMS = "theme_summary_of_items"

#: Theme id -> the concept of words that name another subject, not this theme's evidence: the
#: learned model's tag for the theme is dropped when all its evidence lies in them. The model
#: learned blood groups and units as communication_documentation (most ABO errors it saw were
#: wrong-patient units), and tags lab selection errors with it on the group words alone.
SUBJECT_WORDS = {ThemeId.COMMUNICATION_DOCUMENTATION.value: "theme_blood_group_words"}


def only_subject_words(analysis: Analysis, theme_id: str, spans: tuple[Span, ...]) -> bool:
    """Whether every span of `spans` (the learned model's evidence for `theme_id`) lies in the
    theme's SUBJECT_WORDS."""
    concept = SUBJECT_WORDS.get(theme_id)
    words = analysis.found.get(concept_label(concept)) if concept else None
    if not words:
        return False
    return all(inside_any(span, words) for span in spans)


#: Theme id -> the concepts that tell the narrative's own event as the look-alike of the theme
#: (round 42): an operation told as done as listed, planned or consented, a review finding the
#: correct site operated, an allegation not upheld. Where one is found, the theme's setting
#: cues (weights below SETTING_WEIGHT: "surgery", "consent", a named operation) are no
#: evidence, and the learned model, which reads the setting words of any operation ("list",
#: "consent", "scope") as a procedure that went wrong, loses its tag for the theme; a cue of
#: what went wrong ("post-op bleed", "returned to theatre") still counts.
#: Round 72: a baby told as brought or admitted at an age in weeks past the first four ("6 wk
#: old admitted with CMPA", "8 wk old with bronchiolitis") is a child in paediatric care, the
#: look-alike of neonatal care: the model read its "baby", "feed" and "wk old" as the perinatal
#: period (maternity_perinatal).
TOLD_AS_LOOK_ALIKE: dict[str, tuple[str, ...]] = {
    ThemeId.TREATMENT_PROCEDURE.value: (
        "theme_procedure_done_right",
        "correct_site_confirmed",
        "site_done_as_planned",
        "allegation_not_upheld",
    ),
    ThemeId.MATERNITY_PERINATAL.value: ("theme_infant_past_perinatal",),
}


#: The weight from which a cue tells what went wrong rather than the setting it happened in.
SETTING_WEIGHT = 1.0


def told_as_look_alike(analysis: Analysis, theme_id: str) -> bool:
    """Whether the narrative tells its event as the look-alike of `theme_id` (a concept of
    TOLD_AS_LOOK_ALIKE found in it): the theme's setting cues do not count and the learned
    model's tag for it is dropped."""
    found = analysis.found
    return any(found.get(concept_label(c)) for c in TOLD_AS_LOOK_ALIKE.get(theme_id, ()))


#: Theme id -> concepts whose words are no evidence of the theme either way: a rule cue starting
#: inside them does not count (PLACE_WORDS) and the learned model's weight on them is taken back
#: out (FRAMING_WORDS). Both tables include these; each lists only its own as well. What each
#: concept reads, and the round it came from, is told with the two tables.
#: Round 76: nor is a thing found on the floor or the ground ("handover sheet found on the
#: ground in the car park") a fall, nor a theatre's kick bucket a kick, nor a call bell left out
#: of the patient's reach a fault of the building or a shift short of staff, nor a caesarean
#: at another hospital or in an earlier year maternity care of the event.
#: Round 77: nor is a blood culture told by its result ("a positive blood culture") a blood
#: group, nor the cot side named as where people were ("parents at the cotside") a cot's rail,
#: nor a delayed ambulance response a delayed response to deterioration, nor a wait for an
#: interpreter ("the interpreting line had a 40 min wait") a patient's wait to reach a service,
#: nor consent to photos, bloods or a referral an invasive procedure.
#: Round 78: nor is a cord, rope or ligature that slipped in a hanging attempt, or a knife that
#: slipped as it cut, a person's slip (falls).
#: Round 78 also: nor is the waiting room or area named as where someone was ("called out of the
#: waiting room", "wrong pt called from the waiting area") a patient's wait to reach a service.
#: Round 79: nor is the bed of a wound, a nail or an ulcer ("broken blister with a pink wound
#: bed") a bed that failed (medical_device).
#: Theme precision T2 (batch 108: dev-180606, dev-180683): nor is a cot side, bed rail or
#: trolley side rail told as left down or not raised ("climbed over the cot side which was not
#: fully raised") a rail that failed (medical_device): it tells where a fall happened.
#: Nor is CPAP or NIV named among the rescue treatments ("IV furosemide, CPAP"; T2's kind,
#: dev-177353, dev-112775; review r35 moved it here from a counter-cue, which outweighed a
#: CPAP circuit told disconnected beside it) a device that failed.
#: Round 79 also: nor is the donor site of a skin graft or a flap ("donor site and graft swabs MRSA
#: positive") a donated organ, tissue or blood (blood_transfusion_tissues), nor a missed
#: miscarriage named as the diagnosis ("10/40 missed miscarriage, had MVA under LA") a
#: treatment, a dose or a diagnosis missed, nor a tracheostomy named as the bed's sign or as
#: what a laryngectomy was taken for ("handover sheet said 'trache'") a device at fault.
#: Join of batches 78-81: nor is a thing that hit a person by accident ("A car hit the man in
#: the car park", "The door swung shut and hit the man", "the fire door slammed shut and struck
#: the porter") a blow struck (behaviour_abuse_safeguarding), for the rule cues as well as the
#: model: the model retrained with those batches read "car", "door" and "hit" there as an
#: assault, and the cue of a blow at a porter or a paramedic read the door's. A person told as
#: in or on the thing just before the blow ("the man on the trolley hit the paramedic") is the
#: hitter: NOT_EVIDENCE_TAKEN_BACK_BY.
#: Theme join of batch 108: nor is a saturation told as why oxygen was prescribed ("sats 91% on
#: air, O2 prescribed") a deterioration (monitoring_deterioration), nor a miss told as what a
#: check prevented ("wrong side surgery if not picked up") a missed diagnosis
#: (assessment_diagnosis), nor a safeguarding referral considered and not raised ("safeguarding
#: considered, not raised (family caring well)") a concern (behaviour_abuse_safeguarding), for
#: the rule cues as well as the model. Review r32: nor is outreach named by a community nurse's
#: home visit ("before the outreach nurse visit") critical-care outreach called to this patient
#: (monitoring_deterioration); its word only, not the observations the visit found undone.
#: Join of batches 78-81 also: nor is a doctor or nurse busy with another patient's emergency
#: ("the SHO was busy with a cardiac arrest on AMU"), which the rule cues have not read since
#: round 75, a deterioration of the report's patient for the model: the model retrained with
#: those batches read its "cardiac arrest" so.
#: Theme join of batch 109: nor is equipment nobody looked at before use ("nobody had looked at
#: the gauge before we set off") nor the event found by a person outside the team ("Found by GP
#: 3 days later") a patient nobody assessed or a diagnosis missed (assessment_diagnosis), for
#: the rule cues as well as the model.
NOT_EVIDENCE_WORDS: dict[str, tuple[str, ...]] = {
    ThemeId.FALLS.value: (
        "theme_electrical_trip",
        "theme_staff_on_the_floor",
        "theme_feet_on_the_floor",
        "theme_item_off_a_supply_trolley",
        "theme_floor_above",
        "theme_thing_found_on_the_floor",
        "theme_thing_fell_off_a_fitting",
        "theme_cord_slipped",
    ),
    ThemeId.INFECTION.value: (
        "theme_computer_infected",
        "theme_ipc_as_team",
        "theme_initials_as_name",
        "theme_staff_off_with_illness",
    ),
    ThemeId.BEHAVIOUR_ABUSE_SAFEGUARDING.value: (
        "theme_dose_pushed",
        "theme_social_care_package",
        "theme_count_item_search",
        "theme_used_sharp_found",
        "theme_record_search",
        "theme_kick_bucket",
        "theme_thing_hit_someone",
        "theme_safeguarding_considered_not_raised",
    ),
    ThemeId.MEDICAL_DEVICE.value: (
        "theme_measuring_vessel",
        "theme_check_alarm_caught_error",
        "theme_cotside_as_place",
        "theme_rail_left_down",
        "theme_ventilation_among_rescue",
        "theme_bed_of_the_body",
        "theme_airway_type_told_wrongly",
    ),
    ThemeId.STAFFING_INFRASTRUCTURE_ESTATES.value: (
        "theme_sick_after_harm",
        "theme_absence_covered",
        "theme_fitting_checked_working",
        "theme_cover_on_an_object",
        "theme_bell_out_of_reach",
    ),
    ThemeId.TREATMENT_PROCEDURE.value: (
        "theme_theatre_as_place",
        "theme_sign_in_record",
        "theme_trauma_as_service",
        "theme_consent_to_no_procedure",
        "theme_care_visit_as_setting",
        "theme_missed_miscarriage",
    ),
    ThemeId.MATERNITY_PERINATAL.value: (
        "theme_labour_ward_covered",
        "theme_past_birth_elsewhere",
    ),
    ThemeId.IT_SYSTEMS.value: ("theme_pneumatic_tube", "theme_person_defaulted"),
    ThemeId.ASSESSMENT_DIAGNOSIS.value: (
        "theme_set_up_imaging",
        "theme_position_check_not_done",
        "theme_positioned_for_imaging",
        "theme_missed_miscarriage",
        "theme_miss_if_not_caught",
        "theme_equipment_not_looked_at",
        "theme_found_by_a_person",
    ),
    ThemeId.BLOOD_TRANSFUSION_TISSUES.value: (
        "theme_blood_as_bleed",
        "theme_transplant_recipient",
        "theme_blood_culture_result",
        "theme_graft_donor_site",
    ),
    ThemeId.ACCESS_TRANSFER_DISCHARGE.value: (
        "theme_caseload_visit",
        "theme_record_out_of_reach",
        "theme_moved_out_of_area",
        "theme_leave_cancelled",
        "theme_wait_for_interpreter",
        "theme_site_team_sought_staff",
        "theme_waiting_area_as_place",
    ),
    ThemeId.RADIOTHERAPY_SCREENING.value: ("theme_risk_screening_tool",),
    ThemeId.SELF_HARM.value: ("theme_place_to_die", "theme_coping_hanging_on"),
    ThemeId.COMMUNICATION_DOCUMENTATION.value: ("theme_own_communication",),
    ThemeId.MONITORING_DETERIORATION.value: (
        "theme_harm_review",
        "theme_escalation_capacity",
        "theme_ambulance_response",
        "theme_mailbox_not_monitored",
        "theme_staff_at_another_emergency",
        "theme_reading_as_oxygen_indication",
        "theme_outreach_home_visit",
    ),
    ThemeId.MEDICATION.value: ("theme_no_aspirate_obtained", "theme_missed_miscarriage"),
}


#: Concept of NOT_EVIDENCE_WORDS -> the concepts that take back its words starting inside them
#: (join of batches 78-81): "trolley hit" in "the man on the trolley hit the paramedic" or
#: "wheelchair hit" in "Pt in wheelchair hit out at staff" tells a person's blow, not a thing's.
NOT_EVIDENCE_TAKEN_BACK_BY: dict[str, tuple[str, ...]] = {
    "theme_thing_hit_someone": ("theme_person_in_a_thing",),
    # theme precision T2: "Cot side left down and broken" tells a rail at fault
    "theme_rail_left_down": ("theme_rail_at_fault",),
}


def _not_taken_back_by(analysis: Analysis, concept: str, spans: Iterable[Span]) -> Iterable[Span]:
    """`spans` (words of `concept`) without those starting inside a phrase of a concept that
    NOT_EVIDENCE_TAKEN_BACK_BY says takes them back (`spans` itself for the other concepts:
    this runs for every concept of every narrative)."""
    takers = NOT_EVIDENCE_TAKEN_BACK_BY.get(concept)
    if not takers:
        return spans
    found = analysis.found
    back = [span for taker in takers for span in found.get(concept_label(taker), ())]
    return [span for span in spans if not any(start <= span[0] < end for start, end in back)]


def _with_not_evidence_words(own: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """`own` with each theme's NOT_EVIDENCE_WORDS added to its concepts."""
    merged = dict(own)
    for theme_id, concepts in NOT_EVIDENCE_WORDS.items():
        merged[theme_id] = (*merged.get(theme_id, ()), *concepts)
    return merged


#: Theme id -> the concept of the words that frame a report rather than tell its event, which
#: are no evidence of the theme for the learned model: its weight on them is taken back out,
#: as on negated words (round 29). A complaint, a PALS record or a letter is told through what
#: someone "said" or was "told", under "Letter from Mrs ...": the model, trained where being
#: told was often what went wrong ("family not told"), read that telling as
#: communication_documentation on nearly every lay letter. Observations told as reassurance
#: after an error ("sats had remained 90-92%", "sats 89% - in target", round 32) are no
#: evidence of monitoring_deterioration: the model read every "sats" and "%" as a deterioration;
#: nor is a leak's water on the floor evidence of a fall, nor a safeguarding screen that found
#: no concern evidence of abuse (round 34: the model retrained on batch 34 read it so).
#: Nor is a fall denied of everyone ("restrictor found snapped. Nobody fell.", round 40), nor
#: a floor of the body ("apex close to the sinus floor", round 42). Nor is an electrical trip or
#: the staff "on the floor" of a shift a fall, a computer "infected" with malware an infection,
#: nor the lab's pneumatic tube system a computer system or a patient's tube, nor an operating
#: theatre named as a place ("power failure to the main theatre block") a procedure, an
#: assessment told as done ("bed rail risk assessment completed and reviewed") a failure to
#: assess, nor the infection a patient was admitted with ("admitted with a chest infection",
#: which the rules' counter-cues already read as background) an infection of the event (round
#: 44). Nor is a storey of the building ("ground floor lounge window") or the feet of a seated
#: patient resting on the floor a floor anyone fell to, nor a window or its restrictor a fall
#: until one is told, nor a person found on the floor with a ligature a fall (round 46).
#: Round 56: nor is a restraint hold going to the floor a fall, nor are the words of a
#: custodial setting ("prisoner", "cell", "officers") or a window and its restrictor evidence
#: of behaviour, nor a curtain or shower rail named (a fitting) evidence of self-harm. Nor is
#: a wound or area covered with a dressing ("moved to cover the sacral area with a new
#: dressing") staff covering a shift (1.64.0: the model retrained with batches 58 and 59 read
#: it so).
#: Round 57: nor is a dose "pushed" from a syringe or social services arranging a package of
#: care evidence of behaviour, nor a member of staff "now off sick" after an injury evidence
#: of a shift short of staff.
#: Round 60: nor is staff absence told as covered ("2 off sick, all shifts filled with bank")
#: evidence of a shift short of staff.
#: Round 61: nor is a thing lying on the floor ("the call bell on the floor") a fall.
#: Round 62: nor is a bedside risk screening tool ("sepsis screening tool not done", "falls
#: screen") evidence of a national screening programme.
#: Round 63: nor is the labour ward named among the areas one doctor was covering ("the reg
#: was covering ITU and the labour ward") evidence of maternity care.
#: Round 64: nor is a fitting told as checked and found working ("window restrictors checked
#: and working") evidence of a building fault.
#: Round 65: nor is a thing taken from a trolley of supplies ("the sandwich came off the ward
#: food trolley") a fall, nor a cover missing from a thing ("no cover on the air outlet")
#: evidence of staff cover, nor a member of staff who slipped ("DN slipped on the icy path") a
#: fall.
#: Round 66: nor is a search for an item missing at a surgical count ("search of the field,
#: drapes, floor and bins") a search of a person, nor a measuring cylinder ("measured 62ml in
#: the measuring cylinder") an oxygen cylinder, nor a scanner's or a pump's alarm at the error
#: it is there to catch ("scanner alarmed 'wrong patient'", "hard limit would not let it
#: start") a device fault, nor initials told as a person's ("Nurse TB", "pt TB (initials)")
#: tuberculosis.
#: Round 67: nor is a sheet or book people sign in on ("sign in sheet shows no pts have been
#: in there") a surgical sign-in.
#: Round 68: nor is the lab's pneumatic tube system told as down ("the pod system was down for
#: maintenance") a computer system down, for the rule cues as well as the model (it_systems:
#: the tube is the building's plant, which the staffing_infrastructure_estates cues read), nor
#: the imaging a radiotherapy fraction is set up by ("the pre treatment imaging match was not
#: done", "CBCT not matched") a diagnostic scan (assessment_diagnosis).
#: Round 69: nor is a used sharp found where it was left ("found an uncapped scalpel blade in a
#: used linen bag") contraband found (behaviour_abuse_safeguarding).
#: Round 69: nor is blood told as a bleed ("estimated blood loss 400ml", "blood pooled on the
#: bed", "the blood in the circuit could not be returned") a blood component, nor the patient
#: named as a transplant recipient ("renal transplant pt day 5 post op") an organ given in the
#: event (blood_transfusion_tissues).
#: Round 69: nor is a routine visit or call of a community caseload missed ("evening insulin
#: visit missed", "14 visits deferred", "visits missed due to sickness", a prisoner's family
#: visit cancelled) a delay in reaching a service (access_transfer_discharge), for the rule cues
#: as well as the model: the care it brings was left undone; nor is an assessment told by what
#: it found ("On assessment found a cat 3 pressure ulcer") a failure to assess.
#: Round 69: nor is nobody doing a task ("nobody picked it up", "nobody stopped it", "nobody
#: chased") information that failed to pass (communication_documentation): the model read every
#: "nobody" as "nobody told us".
#: Round 69: nor is a wait told as one for a review ("pt on ward 8 waited 2 hours for review",
#: "waiting for X-ray review") a wait for access (access_transfer_discharge): the patient is
#: already under care. The rule cues no longer read a review among what was waited for, but
#: still read a wait told in days ("waiting for CAMHS review for 2 days").
#: Round 69: nor is the x-ray that checks where a tube, line or drain lies told as not done
#: ("NGT placed, xray requested but not done before transfer"), nor imaging named as what a
#: patient was turned for ("ETT came out repositioning for xray"), a scan left undone, for the
#: rule cues as well as the model (assessment_diagnosis: dev.jsonl reads them with the tube's
#: or the procedure's themes); nor is a test done as a pathway asks ("CT head done per
#: anticoagulated falls pathway - NAD") or an assessment told by what it says is needed
#: ("the bed rail assessment says they are needed") a failure to assess, for the model.
#: Round 71: nor is a wish for where to die ("wished to die in the hospice") or a person
#: "hanging on" while they wait a suicidal intent or a hanging (self_harm), nor a patient's
#: own means of communicating ("no verbal communication", "non-verbal", "uses Makaton") a
#: failure to pass information (communication_documentation), nor records staff could not
#: get into in an outage ("unable to access risk assessments or care plans") a patient's
#: access to a service (access_transfer_discharge), for the rule cues as well as the model.
#: Round 71: nor is the storey above named as where something else was ("the toilet was
#: flushed on the floor above", "leak from the floor above") a floor anyone fell to, for the
#: rule cues as well as the model (falls), nor a search of a computer system or its records
#: ("the LIMS search defaults to surname only", "the PAS search screen") a search of a person,
#: a room or belongings (behaviour_abuse_safeguarding).
#: Round 72: nor is an ambulance crew leaving the patient where they were ("assessed, left at
#: home with daughter", "not conveyed") a failure of access (access_transfer_discharge: the
#: README's convention), for the model only; nor is a family "moved out of area" a placement
#: out of area, for the rule cues as well as the model.
#: Round 73: nor is a harm review of a long wait named as the report's kind ("Ambulance
#: handover delay harm review", "12 hour trolley wait harm review") a delay in reviewing a
#: deteriorating patient (monitoring_deterioration), for the rule cues as well as the model.
#: Round 74: nor is a named antibiotic's dose given for the sepsis it covers ("Tazocin 4.5g for
#: ?sepsis") evidence of an infection of the event.
#: Round 74: nor are the beds, areas or wards a site opens under pressure ("escalation beds
#: could not be opened", "moved to the escalation area") an escalation of a deteriorating
#: patient (monitoring_deterioration), for the rule cues as well as the model.
#: Round 74: nor is a patient's leave from the ward cancelled ("s17 leave for 4 pts cancelled",
#: "his leave being cancelled for the third day running") a delay in reaching a service
#: (access_transfer_discharge), nor a screen the ward fills in as a tool ("weekly bowel
#: screening tool not followed") a national screening programme (radiotherapy_screening, which
#: the learned model alone was kept from since round 62), for the rule cues as well as the
#: model.
#: Round 75: nor are staff off sick with an illness that names an infection ("4 of the team off
#: sick (flu)", "two carers off with covid") an infection of the event, nor is a person who
#: defaulted from screening or follow-up ("not told he had defaulted") a system's default
#: (it_systems), for the rule cues as well as the model.
#: Round 77: nor is an inbox, worklist or mailbox "not monitored" ("the rejection sat on the
#: locum's worklist, which was not monitored") a patient left unmonitored
#: (monitoring_deterioration), nor an aspirate the nurse "could not get" from a tube a patient
#: who did not get his medicines (medication), nor "a positive blood culture" a blood group A
#: positive (blood_transfusion_tissues), for the rule cues as well as the model.
#: Round 77 also: nor is a sign, magnet or tile that fell off a board, a wall or the ceiling ("the
#: name alert magnet had fallen off the board") a fall, nor a community visit named by the care
#: it brings, told as when something else was seen ("during the wound dressing visit pt told
#: me ..."), a procedure (treatment_procedure), nor bed management or the site team looking
#: for staff ("bed management could not find a replacement") a bed or flow problem
#: (access_transfer_discharge), for the rule cues as well as the model.
#: Round 78: nor are readings told as stable ("BP and sats stable, no wheeze", "obs stable")
#: evidence of a deterioration (monitoring_deterioration), for the model only.
#: Join of batches 78-81: nor is the photo on the MAR told as checked ("photo on the MAR checked
#: first") information that failed to pass (communication_documentation), for the model only:
#: the model retrained with those batches, where "no photo on the MAR" is an identification
#: failure, read the photo and the MAR of a check done so.
#: Join of batch 105: nor is an abbreviation told as read as it was meant ("on review the U was
#: read correctly") information that failed to pass, for the model as for the rules.
_OWN_FRAMING_WORDS: dict[str, tuple[str, ...]] = {
    ThemeId.COMMUNICATION_DOCUMENTATION.value: (
        "theme_correspondence_words",
        "theme_nobody_acted",
        "theme_photo_id_check_done",
        "theme_abbreviation_read_as_meant",
    ),
    ThemeId.MONITORING_DETERIORATION.value: (
        "theme_reassuring_observations",
        "theme_readings_stable",
    ),
    ThemeId.FALLS.value: (
        "theme_water_on_the_floor",
        "theme_fall_denied",
        "theme_floor_of_the_body",
        "theme_floor_as_storey",
        "theme_window_fitting",
        "theme_found_with_a_ligature",
        "theme_restraint_to_the_floor",
        "theme_object_on_the_floor",
        "theme_staff_slipped",
    ),
    ThemeId.INFECTION.value: (
        "theme_admitting_infection",
        "theme_antibiotics_for_infection",
        "theme_procedure_for_infection",
        "theme_antibiotic_dose_for_sepsis",
    ),
    ThemeId.IT_SYSTEMS.value: ("theme_copied_by_hand",),
    ThemeId.MEDICAL_DEVICE.value: ("theme_pneumatic_tube",),
    ThemeId.BEHAVIOUR_ABUSE_SAFEGUARDING.value: (
        "theme_safeguarding_screen_clear",
        "theme_custody_setting",
        "theme_window_fitting",
    ),
    ThemeId.STAFFING_INFRASTRUCTURE_ESTATES.value: ("theme_cover_as_dressing",),
    ThemeId.SELF_HARM.value: ("theme_rail_as_fitting",),
    ThemeId.ASSESSMENT_DIAGNOSIS.value: ("theme_assessment_done", "theme_test_done_per_pathway"),
    ThemeId.ACCESS_TRANSFER_DISCHARGE.value: ("theme_wait_for_review", "theme_left_at_home"),
}
#: The framing words of each theme: its own and its NOT_EVIDENCE_WORDS.
FRAMING_WORDS = _with_not_evidence_words(_OWN_FRAMING_WORDS)


def _labelled(words: dict[str, tuple[str, ...]]) -> dict[str, tuple[tuple[str, str], ...]]:
    """Theme id -> its concepts, each with its phrase-index label (worked out once, not for
    every concept of every narrative)."""
    return {
        theme_id: tuple((concept, concept_label(concept)) for concept in concepts)
        for theme_id, concepts in words.items()
    }


def _label_sets(labelled: dict[str, tuple[tuple[str, str], ...]]) -> dict[str, frozenset[str]]:
    """Theme id -> the phrase-index labels of its concepts (a theme none of whose labels was
    found is skipped with one set test instead of a look-up per concept)."""
    return {
        theme_id: frozenset(label for _, label in concepts)
        for theme_id, concepts in labelled.items()
    }


_FRAMING_LABELS = _labelled(FRAMING_WORDS)
_FRAMING_LABEL_SETS = _label_sets(_FRAMING_LABELS)


def framing_tests(
    analysis: Analysis, affirmed: Callable[[Span], bool]
) -> dict[str, Callable[[Span], bool]]:
    """Theme id -> the learned model's evidence test for themes with FRAMING_WORDS found
    affirmed in the narrative ("no risk assessment completed" frames nothing): `affirmed`, and
    not inside those words (but for those NOT_EVIDENCE_TAKEN_BACK_BY takes back)."""
    found = analysis.found
    tests: dict[str, Callable[[Span], bool]] = {}
    found_labels = found.keys()
    for theme_id, labelled in _FRAMING_LABELS.items():
        if found_labels.isdisjoint(_FRAMING_LABEL_SETS[theme_id]):
            continue
        # A concept with no phrase found has no affirmed words: skipped without asking.
        words = [
            span
            for c, label in labelled
            if label in found
            for span in _not_taken_back_by(analysis, c, analysis.affirmed(label))
        ]
        if words:
            tests[theme_id] = _outside(words, affirmed)
    return tests


def _outside(words: list[Span], affirmed: Callable[[Span], bool]) -> Callable[[Span], bool]:
    def test(span: Span) -> bool:
        return affirmed(span) and not inside_any(span, words)

    return test


#: Theme id -> (confidence, evidence) of themes implied by a never-event pattern.
ImpliedThemes = dict[str, tuple[float, tuple[Span, ...]]]


@dataclass(frozen=True, slots=True)
class CueRule:
    """A theme cue with the phrase-index labels that evidence it."""

    weight: float
    labels: tuple[str, ...]
    #: Whether it spares its theme the corroboration beside a never-event pattern.
    stands_beside_event: bool = False


@dataclass(frozen=True, slots=True)
class ThemeRule:
    """A theme of the taxonomy, ready for scoring."""

    theme: Theme
    cues: tuple[CueRule, ...]
    labels: frozenset[str]


#: Structured fields -> the boost of each theme rule; bounded (fields come from requests).
_BoostCache = dict[tuple[str | None, str | None, str | None], tuple[float, ...]]
_BOOST_CACHE_SIZE = 4096


@dataclass(frozen=True, slots=True)
class ThemeRules:
    """The scoring rules of every theme but `other`, and which cues each label evidences."""

    rules: tuple[ThemeRule, ...]
    #: Phrase-index label -> (rule number, cue number) of the cues it evidences.
    cues_of_label: dict[str, tuple[tuple[int, int], ...]]
    #: Theme id -> its rule number.
    number_of: dict[str, int] = field(default_factory=dict)
    #: Numbers of the rules with boosts (scored whatever the narrative says).
    boosted: frozenset[int] = frozenset()
    #: (rule number, cue number) of the counter-cues (negative weights).
    counter_cues: frozenset[tuple[int, int]] = frozenset()
    #: Labels all of whose cues are counter-cues: found at all, they count (`_cues_found`).
    counter_only_labels: frozenset[str] = frozenset()
    _boosts: _BoostCache = field(default_factory=dict)

    def __iter__(self) -> Iterator[ThemeRule]:
        """The theme rules, in taxonomy order."""
        return iter(self.rules)

    def boosts(self, fields: StructuredFields) -> tuple[float, ...]:
        """The boost of each rule for `fields` (computed once per distinct fields)."""
        key = (fields.service_type, fields.specialty, fields.location_type)
        boosts = self._boosts.get(key)
        if boosts is None:
            boosts = tuple(sum(_boost(b, fields) for b in rule.theme.boosts) for rule in self.rules)
            if len(self._boosts) < _BOOST_CACHE_SIZE:
                self._boosts[key] = boosts
        return boosts


@dataclass(frozen=True, slots=True)
class ThemeScore:
    """A theme assigned to a narrative, with its confidence and evidence spans."""

    theme_id: str
    confidence: float
    evidence: tuple[Span, ...]


def compile_themes(taxonomy: Taxonomy) -> ThemeRules:
    """The scoring rules of every theme but `other` (the fallback)."""
    rules = []
    for theme in taxonomy.themes:
        if theme.id == ThemeId.OTHER:
            continue
        cues = []
        for number, cue in enumerate(theme.cues):
            inline = (theme_cue_label(theme.id, number),) if cue.phrases else ()
            concepts = tuple(concept_label(concept) for concept in cue.concepts)
            cues.append(CueRule(cue.weight, inline + concepts, cue.stands_beside_event))
        labels = frozenset(label for cue in cues for label in cue.labels)
        rules.append(ThemeRule(theme, tuple(cues), labels))
    cues_of_label: dict[str, list[tuple[int, int]]] = {}
    for rule_number, rule in enumerate(rules):
        for cue_number, cue_rule in enumerate(rule.cues):
            for label in cue_rule.labels:
                cues_of_label.setdefault(label, []).append((rule_number, cue_number))
    counter_cues = frozenset(
        (rule_number, cue_number)
        for rule_number, rule in enumerate(rules)
        for cue_number, cue in enumerate(rule.cues)
        if cue.weight < 0
    )
    return ThemeRules(
        tuple(rules),
        {label: tuple(cues) for label, cues in cues_of_label.items()},
        {rule.theme.id: number for number, rule in enumerate(rules)},
        frozenset(number for number, rule in enumerate(rules) if rule.theme.boosts),
        counter_cues,
        frozenset(label for label, cues in cues_of_label.items() if counter_cues.issuperset(cues)),
    )


def reporting_scopes(analysis: Analysis) -> list[Span]:
    """Token ranges told of the reporting process: each phrase of the concept to the end of
    its clause (the next clause break or the sentence end); and the whole sentence of each
    phrase of past incidents (PAST_EVENTS)."""
    scopes = _past_event_scopes(analysis)
    triggers = analysis.found.get(concept_label(REPORTING_PROCESS))
    if not triggers:
        return scopes
    doc = analysis.doc
    breaks = doc.clause_breaks
    for start, end in triggers:
        sentence = doc.sentence_of[start]
        stop = end
        while stop < len(doc.tokens) and doc.sentence_of[stop] == sentence:
            stop += 1
        following = bisect_right(breaks, start)
        if following < len(breaks):
            stop = min(stop, max(end, breaks[following]))
        scopes.append((start, stop))
    return scopes


def _past_event_scopes(analysis: Analysis) -> list[Span]:
    """The sentences that tell past incidents as history or rehearsed ones (a PAST_EVENTS or
    REHEARSED_EVENTS phrase in them), and other patients' incidents reported elsewhere
    (`_reported_elsewhere`)."""
    found = analysis.found
    triggers = found.get(concept_label(PAST_EVENTS), []) + found.get(
        concept_label(REHEARSED_EVENTS), []
    )
    doc = analysis.doc
    sentences = {doc.sentence_of[start] for start, _ in triggers}
    sentences.update(_reported_elsewhere(analysis))
    return [doc.sentence_tokens(sentence) for sentence in sorted(sentences)] + other_item_spans(
        analysis
    )


#: A heading that lists the other items of a document about one incident (round 46): "Other
#: items presented: the hand hygiene audit; a falls review", "Other points from the huddle:
#: falls this month 3", "Other governance items:" over a bulleted list, "Other bed spaces: bed
#: 5 - pressure damage", "Other safety: 2 cancellations (no ITU bed)", "Other safety events:",
#: "Other updates:". What it lists are other patients' incidents and the meeting's other
#: business: its line, and the bulleted lines under a heading that ends its line, are no
#: evidence of a theme (like PAST_EVENTS). A patient's "other concerns", "other issues" or
#: "other safety concerns" are not such a heading: they may be the report's own patient's.
_OTHER_ITEMS_RE = re.compile(
    r"^[ \t\-•*·\d.)]*(?:any\s+)?(?:other|further|additional|remaining)(?:\s+[\w&]+){0,2}?\s+"
    r"(?:items?|points?|business|bed[- ]?spaces?|beds|incidents?|cases|matters|updates|news"
    r"|safety(?:\s+(?:events|updates))?)"
    r"(?:\s+(?:from|at|of|in|for|discussed|presented|raised|noted|covered|reviewed|on)\b[^:\n]{0,30})?\s*:"
    r"(?:[^\n]*\S[^\n]*|[ \t]*(?:\n[ \t]*[-•*·–][^\n]*)+)",
    re.IGNORECASE | re.MULTILINE,
)


def other_item_spans(analysis: Analysis) -> list[Span]:
    """Token spans of the other items a document lists under an "Other items:" heading
    (_OTHER_ITEMS_RE)."""
    doc = analysis.doc
    if ":" not in doc.text or not doc.tokens:
        return []
    return _token_spans_of(doc, _OTHER_ITEMS_RE.finditer(doc.text))


def _token_spans_of(doc: Document, matches: Iterable[re.Match[str]]) -> list[Span]:
    """The token spans the character matches cover (matches holding no whole token dropped)."""
    starts, ends = doc.starts, doc.ends
    spans = []
    for match in matches:
        first = bisect_left(ends, match.start() + 1)
        last = bisect_left(starts, match.end())
        if first < last:
            spans.append((first, last))
    return spans


def _reported_elsewhere(analysis: Analysis) -> set[int]:
    """In a summary of items (SUMMARY_OF_ITEMS), the sentences with a REPORTED_ELSEWHERE
    phrase that also name another bed space or person (OTHER_BED_SPACE)."""
    found = analysis.found
    reported = found.get(concept_label(REPORTED_ELSEWHERE))
    others = found.get(concept_label(OTHER_BED_SPACE))
    if not reported or not others or not found.get(concept_label(SUMMARY_OF_ITEMS)):
        return set()
    sentence_of = analysis.doc.sentence_of
    named = {sentence_of[start] for start, _ in others}
    return {sentence_of[start] for start, _ in reported} & named


def in_reporting_scope(span: Span, scopes: list[Span]) -> bool:
    """Whether `span` starts in one of the reporting-process `scopes`."""
    start = span[0]
    for a, b in scopes:  # noqa: SIM110 (hot: a generator costs more)
        if a <= start < b:
            return True
    return False


def _foreground(spans: list[Span], scopes: list[Span]) -> list[Span]:
    """`spans` without those starting in a reporting-process scope."""
    if not scopes:
        return spans
    return [s for s in spans if not in_reporting_scope(s, scopes)]


def _cue_spans(analysis: Analysis, labels: tuple[str, ...], scopes: list[Span]) -> list[Span]:
    found = analysis.found
    spans: list[Span] = []
    for label in labels:
        if label in found:
            spans.extend(_foreground(analysis.affirmed(label), scopes))
    return spans


def _boost(boost: ThemeBoost, fields: StructuredFields) -> float:
    hit = (
        fields.service_type in boost.service_types
        or fields.specialty in boost.specialties
        or fields.location_type in boost.location_types
    )
    return boost.weight if hit else 0.0


def _outermost(spans: list[Span]) -> list[Span]:
    """Sorted spans without those nested in another ("fall" inside "unwitnessed fall")."""
    result: list[Span] = []
    # In plain order (no sort key to call per span), the spans of one start come shortest
    # first: a longer one takes the place of the one kept before it.
    for span in sorted(set(spans)):
        if result:
            kept_start, kept_end = result[-1]
            if span[0] == kept_start:
                result[-1] = span
                continue
            if span[1] <= kept_end:
                continue
        result.append(span)
    return result


def _cues_found(
    analysis: Analysis,
    rules: ThemeRules,
    scopes: list[Span],
    means: dict[int, list[Span]] | None = None,
) -> dict[int, list[int]]:
    """Rule number -> the numbers (ascending) of its cues with an affirmed phrase in the
    narrative, outside the reporting-process scopes (and, for the rules in `means`, outside
    the sentences that tell a never-event pattern through that theme: TOLD_AS_MEANS)."""
    hits: set[tuple[int, int]] = set()
    cues_of_label = rules.cues_of_label
    counter = rules.counter_cues
    counter_only = rules.counter_only_labels
    for label in analysis.found.keys() & cues_of_label.keys():
        cues = cues_of_label[label]
        if hits.issuperset(cues):
            continue
        if label in counter_only:
            # Every cue counts whether or not its phrase is affirmed (below): no need to ask.
            if analysis.found[label]:
                hits.update(cues)
            continue
        foreground = _foreground(analysis.affirmed(label), scopes)
        if foreground and means:
            hits.update(
                cue
                for cue in cues
                if cue in counter or cue[0] not in means or _foreground(foreground, means[cue[0]])
            )
        elif foreground:
            hits.update(cues)
        elif analysis.found[label]:
            # A counter-cue names the look-alike context ("no capacity assessment" is still
            # about capacity, "obs not recorded" still about observations): it counts whether
            # or not its phrase is negated or hypothetical.
            hits.update(cue for cue in cues if cue in counter)
    by_rule: dict[int, list[int]] = {}
    for number, cue_number in sorted(hits):
        by_rule.setdefault(number, []).append(cue_number)
    return by_rule


def _evidence(analysis: Analysis, cues: list[CueRule], scopes: list[Span]) -> list[Span]:
    spans = [span for cue in cues for span in _cue_spans(analysis, cue.labels, scopes)]
    return _outermost(spans)[:MAX_EVIDENCE]


def _confidence(score: float, threshold: float) -> float:
    return round(min(0.99, score / (score + 0.5 * threshold)), 3)


def _needs_corroboration(theme_id: str, implied: ImpliedThemes) -> bool:
    """Whether a theme only at its threshold is dropped: a never-event pattern was found and
    the theme is one its telling names in passing (and not one it implies)."""
    return bool(implied) and theme_id in CORROBORATED_BESIDE_EVENT and theme_id not in implied


#: How far apart two theme scores (sums of cue weights) may be and still count as equal.
SCORE_TOLERANCE = 1e-9


def _told_as_look_alike(score: float) -> bool:
    """Whether the narrative's own cues for a theme an excluded pattern implies net below zero:
    its counter-cues outweigh them ("the scald is from a cup of tea", "ligature audit, no
    patient involved"), so the pattern was told as a look-alike and implies nothing."""
    return score < -SCORE_TOLERANCE


#: Themes an excluded never-event pattern implies only where the narrative tells them itself:
#: a window whose restrictor was forced with a tool, found broken on a walk round or fitted to
#: a ground-floor window implies a fall only when someone fell ("climbed out and fell 3m"), not
#: when a patient climbed out unhurt or nobody was involved.
TOLD_BESIDE_EXCLUSION = frozenset({ThemeId.FALLS.value})


def _not_told_beside_exclusion(theme_id: str, score: float) -> bool:
    """Whether a theme implied only by an excluded pattern is dropped: its own cues net below
    zero (a look-alike), or it is one the narrative must tell itself and no cue of it did."""
    if theme_id in TOLD_BESIDE_EXCLUSION:
        return score < SCORE_TOLERANCE
    return _told_as_look_alike(score)


def _told_as_history(evidence: tuple[Span, ...], past: list[Span]) -> bool:
    """Whether an excluded pattern's evidence all lies in sentences of past incidents (a board
    paper's "last year: 2, a wrong-site block"): the pattern is history and implies nothing."""
    return bool(evidence and past) and all(in_reporting_scope(span, past) for span in evidence)


#: Never-event code -> the themes its pattern is told through as a means rather than as an
#: error of their own (round 41): a wrong-site block names the anaesthetic it injected and its
#: dose ("20ml levobupivacaine injected into the right groin"), an air-for-oxygen mix-up the
#: drug of the nebuliser that was set up on the air ("salbutamol neb run off the air
#: flowmeter"). Their cues in the sentences that tell the pattern are no evidence of the
#: theme; a medicines error told in a sentence of its own still is. Round 56: a bed-rail
#: entrapment names how the body got into the gap ("neck trapped between the rail and the
#: headboard, she had rolled and slipped through"): no fall, unless told apart.
TOLD_AS_MEANS: dict[str, frozenset[str]] = {
    "1": frozenset({ThemeId.MEDICATION.value}),
    "15": frozenset({ThemeId.MEDICATION.value}),
    "11": frozenset({ThemeId.FALLS.value}),
}


def means_scopes(
    analysis: Analysis, code: str, evidence: tuple[Span, ...]
) -> dict[str, list[Span]]:
    """Theme id -> the sentences of `evidence` (a never-event pattern of `code`, found or
    caught), for the themes the pattern is told through (TOLD_AS_MEANS)."""
    themes = TOLD_AS_MEANS.get(code)
    if not themes or not evidence:
        return {}
    doc = analysis.doc
    sentences = sorted({doc.sentence_of[start] for start, _ in evidence})
    spans = [doc.sentence_tokens(sentence) for sentence in sentences]
    return dict.fromkeys(themes, spans)


#: Theme id -> the concept of words that name a place by this theme's subject (round 42): a
#: bed told as a bed space ("window restrictor in bay B bed 3 found broken") or a patient
#: missing from it ("found missing from bed at 0500") names where something happened, not a
#: bed that failed. A cue of the theme starting inside them is no evidence of it (they are
#: read as the theme's `means` scopes are); a device named beside them ("bed 3's pump
#: failed") still is. Round 44: a word of the theme used of something else names no event of
#: it either: an electrical trip or the staff "on the floor" of a shift (falls), a computer
#: infected with malware (infection), an operating theatre named as where someone was or went
#: (treatment_procedure), a medicines fridge that held something else (medication). Round 46:
#: nor do the feet of a seated patient resting on the floor (falls). Round 50: nor does
#: infection prevention and control named as a team, a role or its routine work ("the IPC
#: nurse", "the hand hygiene spot check"; an audit's finding still counts) (infection). Round
#: 53: nor does a dose of ionising radiation ("repeat x-ray, extra dose to pt") (medication),
#: nor a person's mental capacity ("has capacity re this decision") or the fire service's home
#: safety visit to a person at risk name the service's capacity or a fire in the building
#: (staffing_infrastructure_estates). Round 56: nor does a person who leads a service or team
#: ("the service lead confirmed ...") name a pacing or ECG lead (medical_device), nor a falls
#: service or team ("referral to the community falls service") a fall (falls). Round 57: nor
#: does the "no" of an item's number ("batch no recorded", "lot no logged") name a record that
#: was missing (communication_documentation), nor a blood component ("wrong component
#: transfused") or equipment told as unharmed ("no equipment damaged") a device
#: (medical_device), nor a dose "pushed" from a syringe or social services arranging a package
#: of care force or a safeguarding concern (behaviour_abuse_safeguarding), nor a member of staff
#: "now off sick" after an injury a shift short of staff (staffing_infrastructure_estates).
#: Round 59: nor does an operation named as the time of the event ("post hernia repair",
#: "since surgery") name a procedure that went wrong (treatment_procedure), nor medicines
#: taken back to the pharmacy a patient conveyed back (access_transfer_discharge).
#: Round 61: nor is a part of the body irradiated (treated with radiotherapy: "her chest wall
#: was irradiated for breast ca") an irradiated blood component (blood_transfusion_tissues).
#: Round 64: nor does a fitting told as checked and found working ("window restrictors checked
#: and working") name a fitting that failed (staffing_infrastructure_estates), nor a GP or
#: dental surgery named as the practice an operation not booked (access_transfer_discharge),
#: nor the frame of a window or a door ("window frame cracked") a walking or bed frame
#: (medical_device), nor a risk assessment looked for and not found ("couldnt find a bed rail
#: assessment in the notes", an assessment not done) a record that was lost
#: (communication_documentation).
#: Round 65: nor does a thing taken from a trolley of supplies ("the sandwich came off the ward
#: food trolley") name a patient come off a trolley (falls), nor a member of staff told as away
#: at the maternity unit ("the one guard on site was over at maternity") maternity care
#: (maternity_perinatal, with the labour ward covered), nor a cover missing from a thing ("no
#: cover on the air outlet", "no cover on it" of a hot water bottle) staff cover that was
#: missing (staffing_infrastructure_estates), nor a scan of a barcode, a wristband or a blood
#: fridge ("the fridge scan was not done") a scan of the patient left undone
#: (assessment_diagnosis).
#: Round 66: nor does no one else seeing a thing happen ("no one else saw it happen" of a broken
#: ampoule) name a patient or a result nobody assessed (assessment_diagnosis): a witness is
#: missing.
#: Round 69: nor does the light of a scope or a camera stack ("light source on lap stack 2
#: failed") name a light of the building (staffing_infrastructure_estates): it is the
#: procedure's kit, which the medical_device cues read.
#: Round 69: nor does a thing with no replacement ("helmet broken and no replacement", "reported
#: to EBME but no replacement came") name staff cover that was missing
#: (staffing_infrastructure_estates).
#: Round 69: nor does a thing told as not seen until a time ("result not seen until 17/05"), a
#: TTO told by what it held or the check it missed ("TTO did not include rivaroxaban", "TTO not
#: clinically screened") or the ward's TTO stock, a result or unit sent to the wrong ward, a
#: member of staff at the bed meeting, a wait timed for a thing ("55 min wait for emergency
#: issue"), a medicines check at discharge made "before she left", or the kit of a transfer
#: ("transport checklist", a trolley's cylinder that ran out in the corridor) name a patient's
#: access, transfer or discharge that failed (access_transfer_discharge).
#: Round 70: nor does a patient on a team's caseload for its care ("on our caseload for
#: pressure area care") name the team's workload (staffing_infrastructure_estates), nor
#: "nothing given (no water, feed or meds)" doses a patient went without (medication), nor the
#: phone named as how advice, supervision or a report came ("as per liaison advice over the
#: phone") a message that failed (communication_documentation), nor a patient "now stable on
#: the ventilator" a device that failed (medical_device).
#: Round 71: nor does care given as a risk assessment set it ("bed rails down as per
#: assessment, pt not confused") name an assessment not done (assessment_diagnosis): the rule
#: cues only, as the learned model reads the word "assessment" of other sentences too.
#: Round 71: nor does a pre-operative assessment named as the clinic, form or notes information
#: came from ("weight in lbs from the pre-assessment form") name an assessment that failed
#: (assessment_diagnosis).
#: Round 72: nor does a room or bay named by its number ("list rm 1 - staff nurse drew up
#: midazolam for Dr Tan") count one member of staff (staffing_infrastructure_estates), nor a
#: bodily discharge ("offensive PV discharge", "discharge from the wound") name a discharge
#: from hospital (access_transfer_discharge).
#: Round 73: nor does a risk assessment, score or inspection named as not documented ("no skin
#: inspection documented", "Wells score not documented") name a record that failed
#: (communication_documentation): the assessment was not done.
#: Round 73: nor does a thing with no replacement ("the sensor mat had gone for repair and no
#: replacement was on the ward") or the number of a patient's record ("NHS no. [..]) containing
#: sexual health clinic results") name a bed or a clinic a patient went without
#: (access_transfer_discharge); nor does a risk assessment told as not reviewed ("Waterlow not
#: reviewed since March despite ...") or neurological observations told as started while
#: something else was not done ("Neuro obs started but CT head not requested") name
#: observations nobody reviewed (monitoring_deterioration).
#: Round 75: nor does advice, education or an apology told as given ("advice given, twice
#: weekly skin checks added") name a medicine given (medication), nor the police told as not
#: called or informed ("Police not informed at the DN's request") information that failed to
#: pass (communication_documentation).
#: Round 75: nor does a GP surgery named by its phoning ("tried to ring the surgery", "the
#: surgery receptionist") name an operation (treatment_procedure), nor the cable of a window
#: restrictor ("restrictor cable frayed") a device's lead (medical_device), nor a device's
#: indicator ("the pump had no power light") a light of the building
#: (staffing_infrastructure_estates), nor a treatment "started on review" a medicine someone
#: was started on (medication), nor a doctor "tied up with a peri-arrest on ward 18" the report's
#: own patient's deterioration (monitoring_deterioration), nor a computer or screen that
#: "hadnt updated" a record staff did not update (communication_documentation).
#: Batch 108: nor does care due at set times named as not documented ("2-hrly repositioning not
#: documented overnight", "hourly site checks not documented") nor a safety checklist or care
#: bundle not completed ("insertion checklist not completed") name a record that failed
#: (communication_documentation): the care or the safety step was not done.
#: Round 76: nor does a cell marker counted or dosed ("CD34 dose lower than planned") name a
#: controlled drug (medication), nor end-organ disease ("no end organ disease on CT") an organ
#: donated (blood_transfusion_tissues), nor an aneurysm leaking or ruptured ("post op leaking
#: AAA") a leak of the building or of a device (staffing_infrastructure_estates, medical_device).
_OWN_PLACE_WORDS: dict[str, tuple[str, ...]] = {
    ThemeId.MEDICAL_DEVICE.value: (
        "theme_bed_as_place",
        "theme_lead_as_role",
        "theme_blood_component",
        "theme_equipment_unharmed",
        "theme_building_frame",
        "theme_on_the_ventilator",
        "theme_restrictor_cable",
        "theme_leaking_aneurysm",
    ),
    ThemeId.FALLS.value: ("theme_falls_service",),
    ThemeId.TREATMENT_PROCEDURE.value: (
        "theme_procedure_as_time",
        "theme_time_out_as_break",
        "theme_gp_surgery_as_place",
    ),
    ThemeId.MEDICATION.value: (
        "theme_medicine_store_as_place",
        "theme_radiation_dose",
        "theme_movement_too_quick",
        "theme_nothing_given",
        "theme_advice_given",
        "theme_started_at_a_time",
        "theme_cell_marker",
    ),
    ThemeId.ACCESS_TRANSFER_DISCHARGE.value: (
        "theme_stock_returned_to_pharmacy",
        "theme_gp_surgery_as_place",
        "theme_thing_not_seen",
        "theme_tto_content_or_check",
        "theme_thing_to_wrong_ward",
        "theme_at_bed_meeting",
        "theme_wait_for_a_thing",
        "theme_caught_before_leaving",
        "theme_transfer_kit",
        "theme_bodily_discharge",
        "theme_replacement_of_a_thing",
        "theme_item_number_abbreviation",
    ),
    ThemeId.MONITORING_DETERIORATION.value: (
        "theme_risk_assessment_not_reviewed",
        "theme_neuro_obs_started",
    ),
    ThemeId.BLOOD_TRANSFUSION_TISSUES.value: ("theme_body_part_irradiated", "theme_end_organ"),
    ThemeId.ASSESSMENT_DIAGNOSIS.value: (
        "theme_identity_scan",
        "theme_nobody_saw_it_happen",
        "theme_done_as_per_assessment",
        "theme_pre_assessment_as_place",
    ),
    ThemeId.COMMUNICATION_DOCUMENTATION.value: (
        "theme_item_number_abbreviation",
        "theme_assessment_not_found",
        "theme_phone_as_means",
        "theme_assessment_not_documented",
        "theme_police_not_called",
        "theme_system_not_updated",
        "theme_care_not_documented",
        "theme_checklist_not_completed",
    ),
    ThemeId.STAFFING_INFRASTRUCTURE_ESTATES.value: (
        "theme_mental_capacity",
        "theme_fire_service_visit",
        "theme_own_home_conditions",
        "theme_score_reading",
        "theme_light_of_a_scope",
        "theme_replacement_of_a_thing",
        "theme_patient_on_caseload",
        "theme_numbered_room",
        "theme_light_of_a_device",
        "theme_leaking_aneurysm",
    ),
}
#: The place words of each theme: its own and its NOT_EVIDENCE_WORDS.
PLACE_WORDS = _with_not_evidence_words(_OWN_PLACE_WORDS)
_PLACE_LABELS = _labelled(PLACE_WORDS)
_PLACE_LABEL_SETS = _label_sets(_PLACE_LABELS)

#: Theme id -> the concepts that take back the theme's place words they hold (round 75): a
#: procedure's complication named after it ("post ERCP pancreatitis", "post-polypectomy
#: bleed") holds the words of the procedure as the time of the event ("post polypectomy"),
#: but tells what befell the procedure, so those words are no place words there.
TAKES_BACK_PLACE_WORDS: dict[str, tuple[str, ...]] = {
    ThemeId.TREATMENT_PROCEDURE.value: ("theme_complication_after_procedure",),
}


def _not_taken_back(analysis: Analysis, theme_id: str, spans: list[Span]) -> list[Span]:
    """`spans` (place words of `theme_id`) without those inside a TAKES_BACK_PLACE_WORDS
    phrase of the theme."""
    found = analysis.found
    back = [
        span
        for concept in TAKES_BACK_PLACE_WORDS.get(theme_id, ())
        for span in found.get(concept_label(concept), ())
    ]
    if not back:
        return spans
    return [span for span in spans if not inside_any(span, back)]


#: A finding quoted as it was written, with the verb that recorded it (round 44): "reviewed
#: the film and documented 'tip below diaphragm, OK to use'", "'no obvious injury'
#: documented". The record was made; what it says is the finding (misread, missed), so the
#: documentation cues inside it ("documented", the "no" of the quote) are no evidence of
#: communication_documentation. Opening single quotes must follow a space (not "pt's").
_QUOTE = r"(?:\"[^\"\n]{2,160}\"|“[^”\n]{2,160}”|(?<![^\s(])['‘][^'’\n]{2,160}['’](?![^\W\d_]))"
_RECORD_VERB = r"(?:documented|recorded|wrote|written|noted|charted)"
_QUOTED_RECORD_RE = re.compile(
    rf"\b{_RECORD_VERB}\s+(?:as\s+|that\s+)?{_QUOTE}|{_QUOTE}\s*(?:was\s+|is\s+)?{_RECORD_VERB}\b",
    re.IGNORECASE,
)


#: Words one of which the lower-cased text holds wherever _RECORD_VERB matches (letters
#: with no non-ASCII case variant, so IGNORECASE matches nothing these miss: "tten" for
#: "written").
_RECORD_VERB_PARTS = ("documented", "recorded", "wrote", "tten", "noted", "charted")


def quoted_record_spans(analysis: Analysis) -> list[Span]:
    """Token spans of findings quoted with the verb that recorded them (_QUOTED_RECORD_RE)."""
    doc = analysis.doc
    if not any(mark in doc.text for mark in "'\"‘“") or not doc.tokens:
        return []
    if not any(part in doc.lowered for part in _RECORD_VERB_PARTS):
        return []
    return _token_spans_of(doc, _QUOTED_RECORD_RE.finditer(doc.text))


#: The words that open a sentence telling, with no subject, that something was not seen until
#: a time (round 69): "message put on the admin task list. not seen until 09:20", "left it on
#: the nurses station. Not seen by any nurse until 1850", "triaged cat 3 at 02:30. Not seen by
#: Dr until 05:10". What was not seen is the result, message or patient under care the sentence
#: before told: in dev none of the 5 narratives that write it so carries
#: access_transfer_discharge, so an access_transfer_discharge cue starting on them is no
#: evidence of a wait to be seen ("pt attended at 10:00, not seen until 13:05" still is).
_OPENING_NOT_SEEN = (
    ("not", "seen"),
    ("never", "seen"),
    ("wasnt", "seen"),
    ("wasn", "t", "seen"),
    ("was", "not", "seen"),
)


_OPENING_NOT_SEEN_FIRST_WORDS = frozenset(words[0] for words in _OPENING_NOT_SEEN)


def opening_not_seen_spans(analysis: Analysis) -> list[Span]:
    """Token spans of the sentence openings of _OPENING_NOT_SEEN."""
    tokens = analysis.doc.tokens
    return [
        (start, start + len(words))
        for start in analysis.doc.sentence_starts
        if tokens[start] in _OPENING_NOT_SEEN_FIRST_WORDS
        for words in _OPENING_NOT_SEEN
        if tuple(tokens[start : start + len(words)]) == words
    ]


#: A negation told of another verb than the record or the telling a communication_documentation
#: cue reads after it (batch 108's dev-180369, dev-180408, dev-180342): "could not be removed
#: (standard practice, documented)", "NEWS2 6 not escalated to the doctor - documented 'pt
#: comfortable'", "pt not harmed but told". The negation ends with its clause (a comma, a
#: bracket, a spaced dash) or at a "but": the record was made, the person was told. A list the
#: negation runs through ("not checked, signed or documented", "not checked or documented") or
#: a negation of the telling itself ("not handed over", "not documented") is not read here; nor
#: is the name of the framework ("Never event discussed at the huddle"), always read here.
_NEGATIONS = frozenset({"not", "never", "wasnt", "werent", "hadnt", "didnt"})
#: The contracted negations written apart ("wasn t"): the cue starts on their first word.
_CONTRACTED = frozenset({"wasn", "weren", "hadn", "didn", "hasn", "haven", "isn", "aren"})
#: Words between a negation and the verb it negates ("not yet been", "not properly").
_NEGATION_FILLERS = frozenset(
    {
        "be", "been", "being", "yet", "ever", "previously", "properly", "clearly", "fully",
        "accurately", "correctly", "always", "formally", "adequately", "routinely",
        "consistently", "even", "then", "also", "actually", "once",
    }
)  # fmt: skip
#: The record and telling verbs of the communication_documentation cues.
_TELLING_VERBS = frozenset(
    {
        "informed", "told", "communicated", "passed", "explained", "discussed", "relayed",
        "shared", "notified", "updated", "made", "handed", "mentioned", "documented",
        "recorded", "written", "charted", "labelled", "labeled", "consented", "signed",
        "dated", "completed", "filled", "transcribed", "copied", "reported", "aware",
        "contacted", "marked", "tell", "inform", "document", "record", "write", "mention",
        "say", "said", "state", "stated", "include", "included", "label", "sign",
    }
)  # fmt: skip
#: Participles not ending in "-ed" that a negation may be told of ("not done", "not seen").
_IRREGULAR_PARTICIPLES = frozenset(
    {
        "done", "seen", "given", "taken", "set", "put", "found", "known", "kept", "run",
        "left", "got", "gone", "shown", "brought", "fed", "read", "met", "sent", "drawn",
        "worn", "hung", "begun", "held", "rung", "spoken", "chosen", "fallen",
    }
)  # fmt: skip
#: Words that turn a clause ("not harmed but told").
_TURNING_WORDS = frozenset({"but", "so", "despite", "although", "though", "whereas", "however"})
#: Words that carry a negation through a list ("not checked, signed or documented").
_LIST_WORDS = frozenset({"or", "nor"})
#: How far after a negation its cues read a telling verb (the phrases' longest gap and more).
_NEGATION_REACH = 10


#: The auxiliaries the cues read with a "not" after them ("was not", "had not", "did not").
_NOT_AUXILIARIES = frozenset({"was", "were", "had", "has", "have", "did", "is", "are"})


def _negation_start(tokens: list[str], at: int) -> int | None:
    """Where a negation starting or ending at `at` starts (the "wasn" of "wasn t", the "was"
    of "was not"), or None."""
    word = tokens[at]
    if word == "not" and at and tokens[at - 1] in _NOT_AUXILIARIES:
        return at - 1
    if word in _NEGATIONS:
        return at
    if word == "t" and at and tokens[at - 1] in _CONTRACTED:
        return at - 1
    return None


def _is_participle(word: str) -> bool:
    """Whether `word` reads as a verb's participle ("escalated", "done"): a negation of a
    noun or a place ("not on the handover sheet") is read by its own cues."""
    return word.endswith("ed") or word in _IRREGULAR_PARTICIPLES


def _negated_verb(tokens: list[str], at: int) -> int | None:
    """The index of the verb the negation at `at` negates (after "yet", "been", "properly"...),
    or None when it is no participle or the end of the text comes first."""
    following = at + 1
    while following < len(tokens) and tokens[following] in _NEGATION_FILLERS:
        following += 1
    if following < len(tokens) and _is_participle(tokens[following]):
        return following
    return None


def _sentence_reach(doc: Document, first: int) -> int:
    """The end (exclusive) of the tokens a negation's cues may read from `first`: at most
    _NEGATION_REACH tokens, within the sentence of `first`."""
    _, sentence_end = doc.sentence_tokens(doc.sentence_of[first])
    return min(sentence_end, first + _NEGATION_REACH)


def _negates_another_verb(doc: Document, at: int) -> bool:
    """Whether the negation at `at` negates a verb other than the telling verb its cues would
    read: its verb is a participle but no telling verb, and a clause break or a turning word
    stands between it and the next telling verb of its sentence (no "or" carrying it through
    a list). A "never event" is always another thing than a negation."""
    tokens = doc.tokens
    if tokens[at] == "never" and tokens[at + 1 : at + 2] in (["event"], ["events"]):
        return True
    verb = _negated_verb(tokens, at)
    if verb is None or tokens[verb] in _TELLING_VERBS:
        return False
    reach = tokens[verb : _sentence_reach(doc, verb)]
    if any(a in _LIST_WORDS and b in _TELLING_VERBS for a, b in pairwise(reach)):
        return False
    for offset, word in enumerate(reach):
        if word in _TELLING_VERBS:
            telling = verb + offset
            broken = any(at < b <= telling for b in doc.clause_breaks)
            return broken or not _TURNING_WORDS.isdisjoint(reach[:offset])
    return False


def negation_of_another_verb_spans(analysis: Analysis) -> list[Span]:
    """Token spans of the negations told of another verb than the telling a
    communication_documentation cue reads after them (`_negates_another_verb`)."""
    doc = analysis.doc
    tokens = doc.tokens
    if _TELLING_VERBS.isdisjoint(tokens):
        return []
    spans = []
    for at in range(len(tokens)):
        start = _negation_start(tokens, at)
        if start is not None and _negates_another_verb(doc, at):
            spans.append((start, at + 1))
    return spans


def place_scopes(analysis: Analysis) -> dict[str, list[Span]]:
    """Theme id -> the spans of its PLACE_WORDS found in the narrative (and, for
    communication_documentation, its quoted records and the negations of another verb:
    `quoted_record_spans`, `negation_of_another_verb_spans`; for
    access_transfer_discharge, a sentence opening "Not seen until": `opening_not_seen_spans`)."""
    found = analysis.found
    scopes: dict[str, list[Span]] = {}
    found_labels = found.keys()
    for theme_id, labelled in _PLACE_LABELS.items():
        if found_labels.isdisjoint(_PLACE_LABEL_SETS[theme_id]):
            continue
        spans = [
            span
            for concept, label in labelled
            if label in found
            for span in _not_taken_back_by(analysis, concept, found[label])
        ]
        if spans:
            spans = _not_taken_back(analysis, theme_id, spans)
        if spans:
            scopes[theme_id] = spans
    records_made = quoted_record_spans(analysis) + negation_of_another_verb_spans(analysis)
    if records_made:
        scopes.setdefault(ThemeId.COMMUNICATION_DOCUMENTATION.value, []).extend(records_made)
    not_seen = opening_not_seen_spans(analysis)
    if not_seen:
        scopes.setdefault(ThemeId.ACCESS_TRANSFER_DISCHARGE.value, []).extend(not_seen)
    return scopes


def score_themes(
    analysis: Analysis,
    rules: ThemeRules,
    fields: StructuredFields,
    implied: ImpliedThemes,
    *,
    implied_by_exclusions: bool = False,
    scopes: list[Span] | None = None,
    means: dict[str, list[Span]] | None = None,
) -> list[ThemeScore]:
    """Themes whose score reaches their threshold, plus those a never-event pattern implies.

    A never event or near miss always carries its implied themes; themes implied only by
    excluded patterns (`implied_by_exclusions`) are dropped where the narrative's own cues for
    them net below zero.

    `scopes` are the narrative's `reporting_scopes` (worked out here when not given); `means`
    the `means_scopes` of the never event or near miss found (no cue of their theme counts in
    them), to which the `place_scopes` of the narrative are added.
    `other` is returned alone when nothing else applies. A theme's score is its boosts, then
    the weight of each cue found, in cue order (the order of the float additions is kept).
    """
    assigned = []
    if scopes is None:
        scopes = reporting_scopes(analysis)
    number_of = rules.number_of
    means_of = {number_of[t]: spans for t, spans in (means or {}).items() if t in number_of}
    for theme_id, spans in place_scopes(analysis).items():
        number = number_of[theme_id]
        means_of[number] = means_of.get(number, []) + spans
    hits = _cues_found(analysis, rules, scopes, means_of)
    past = _past_event_scopes(analysis) if implied_by_exclusions and implied else []
    boosts = rules.boosts(fields)
    scored = {*hits, *rules.boosted, *(number_of[t] for t in implied if t in number_of)}
    for number in sorted(scored):
        rule = rules.rules[number]
        theme = rule.theme
        score = boosts[number]
        cues: list[CueRule] = []
        found_cues = hits.get(number, ())
        setting_only = (
            bool(found_cues)
            and theme.id in TOLD_AS_LOOK_ALIKE
            and told_as_look_alike(analysis, theme.id)
        )
        for cue_number in found_cues:
            cue = rule.cues[cue_number]
            if setting_only and 0 < cue.weight < SETTING_WEIGHT:
                continue
            score += cue.weight
            if cue.weight > 0:
                cues.append(cue)
        threshold = theme.threshold
        confidence = _confidence(score, threshold) if score >= threshold else 0.0
        at_threshold = math.isclose(score, threshold, rel_tol=0.0, abs_tol=SCORE_TOLERANCE)
        if (
            confidence
            and at_threshold
            and _needs_corroboration(theme.id, implied)
            and not any(cue.stands_beside_event for cue in cues)
        ):
            confidence = 0.0
        implied_evidence: tuple[Span, ...] = ()
        if theme.id in implied and not (
            implied_by_exclusions
            and (
                _not_told_beside_exclusion(theme.id, score)
                or _told_as_history(implied[theme.id][1], past)
            )
        ):
            implied_confidence, implied_evidence = implied[theme.id]
            confidence = max(confidence, implied_confidence)
        if confidence > 0:
            cue_scopes = scopes + means_of[number] if number in means_of else scopes
            evidence = _evidence(analysis, cues, cue_scopes) or list(implied_evidence)
            assigned.append(ThemeScore(theme.id, confidence, tuple(evidence)))
    return assigned or [ThemeScore(ThemeId.OTHER.value, 0.5, ())]
