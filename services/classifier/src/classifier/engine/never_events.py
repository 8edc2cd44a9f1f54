"""Never-event rules: find the pattern, apply gates and exclusions, tell a near miss apart."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise

from classifier.engine.act_begun import add_act_begun_reasoning, step_begun_before_its_catch
from classifier.engine.act_record import add_act_record_reasoning, add_put_right_record_reasoning
from classifier.engine.blood_groups import (
    Pairing,
    Role,
    every_unit_compatible,
    judge,
    out_of_group_of_untested_platelets,
    stem_cell_graft_donors,
    stopped_before_a_step,
    titre_told_of_other_units,
    universal_red_cells,
)
from classifier.engine.closure_order import CLOSED_WORDS, CLOSING_WORDS, SHORT_WORDS, timing
from classifier.engine.concerns import (
    claim_framed,
    concern_answered,
    concern_answered_exclusion,
)
from classifier.engine.contact_caught import add_contact_caught_reasoning
from classifier.engine.context import (
    DATING_WORDS,
    DAY_NAMES,
    NEGATION_WORDS,
    SIGN_OUT_WORDS,
    SITE_PREP_WORDS,
    cue_label,
)
from classifier.engine.digit_told import (
    ACT_ROLE,
    DIGIT_SET_UP_WRONG,
    PLAN_ROLE,
    SET_UP_ROLE,
    ToldDigit,
    role_by_contrast_after,
    role_by_contrast_before,
    role_by_recount,
    role_by_set_up,
    set_ups_meant_otherwise,
    step_held_back,
)
from classifier.engine.document_source import acted_on_the_documents_side, document_sides
from classifier.engine.drug_strengths import (
    VOLUME_UNITS,
    abbreviation_given_as_written,
    abbreviation_misreadings,
    abbreviation_read_as_written,
    decimal_point_misreadings,
    dose_told_right_alone,
    high_strengths,
    trailing_zero_doses,
    units_told_equal,
)
from classifier.engine.extra_dose import (
    METHOTREXATE_CONCEPT,
    add_extra_dose_reasoning,
    doses_on_regimen_days_only,
    revise_extra_dose_reach,
)
from classifier.engine.hazard_exposure import AIR_DENIED, add_hazard_exposure_reasoning
from classifier.engine.implant_act import add_implant_act_reasoning
from classifier.engine.implant_sides import (
    eye_sides_read,
    implant_for_another,
    planned_sides,
    side_mismatches,
    sides_put_in_as_planned,
    values_planned_for_sides,
)
from classifier.engine.implant_specs import PLAN_WORDS as SPEC_PLAN_WORDS
from classifier.engine.implant_specs import (
    bearing_mismatches,
    mismatches,
    planned_in_part,
    spec_values,
)
from classifier.engine.implant_steps import (
    IMPLANT_CONCEPTS,
    add_implant_steps_reasoning,
    implant_reached,
)
from classifier.engine.implant_tissue import DONOR_TISSUE_GRAFT, donor_tissue_grafts
from classifier.engine.intrathecal_owner import add_vinca_route_reasoning
from classifier.engine.item_fate import add_item_fate_reasoning
from classifier.engine.item_in_use import not_of_an_item_left
from classifier.engine.medicine_check_found import add_medicine_check_reasoning
from classifier.engine.medicine_reach import (
    ENTERAL_WAY_CONCEPT,
    SYRINGE_FOR_ITS_ROUTE_CONCEPT,
    add_medicine_reach_reasoning,
    medicine_reached,
)
from classifier.engine.methotrexate_overdose import (
    INSULIN_UNIT_WORDS,
    OVERDOSE_CONCEPTS,
    add_methotrexate_overdose_reasoning,
    dose_told_correct_only,
    larger_doses_instead,
    repeat_only_folic_acids,
)
from classifier.engine.never_event_codes import (
    MIDAZOLAM_CODE,
    RETAINED_CODE,
    WRONG_IMPLANT_CODE,
    WRONG_SITE_CODE,
)
from classifier.engine.oral_liquid_route import add_oral_liquid_route_reasoning
from classifier.engine.oxygen_need import add_oxygen_need_reasoning
from classifier.engine.paperwork_catch import (
    add_paperwork_catch_reasoning,
    caught_and_put_right,
    done_once_put_right,
)
from classifier.engine.partly_given import partly_given_before_the_catch
from classifier.engine.patient_at_hazard import add_patient_at_hazard_reasoning
from classifier.engine.patient_identity import add_wrong_person_reasoning
from classifier.engine.potassium_source import add_potassium_source_reasoning
from classifier.engine.potassium_steps import REACH_WORDS as MEDICINE_REACH_WORDS
from classifier.engine.prep_side_apart import add_prep_side_apart_reasoning
from classifier.engine.procedure_of_another import add_procedure_of_another_reasoning
from classifier.engine.rail_hold import add_rail_hold_reasoning
from classifier.engine.redo_side import drop_redo_prefix_sides
from classifier.engine.rehearsal import add_rehearsal_reasoning
from classifier.engine.retained_items import (
    add_retained_intent_reasoning,
    retention_caught_in_time,
    site_over_retained,
)
from classifier.engine.rules import Analysis, concept_label
from classifier.engine.sedation_area import add_sedation_area_reasoning
from classifier.engine.set_up_caught import REDO_OF_THE_CORRECT_SIDE, add_set_up_caught_reasoning
from classifier.engine.side_as_meant import learned_wrong_site_vetoed
from classifier.engine.side_proceeded import add_proceeded_acts, proceeded_after_the_catch
from classifier.engine.side_put_right import (
    add_side_put_right_reasoning,
    drop_first_sides_told_wrong,
)
from classifier.engine.sides import (
    ANY_SIDE_WORDS,
    MARKED_SIDES,
    PLANNED_SIDES,
    SET_UP_SIDES,
    SIDE_WORDS,
)
from classifier.engine.site_act import (
    FINDING_WORDS,
    WRONG_SITE_CONCEPT,
    WRONG_SITE_IN_HISTORY,
    add_side_owner_reasoning,
    add_site_act_reasoning,
    drop_lesion_parts_chosen_as_agreed,
    drop_sides_told_not_due,
)
from classifier.engine.site_query_answered import site_told_right, site_told_right_exclusion
from classifier.engine.start_stopped import add_start_stopped_reasoning
from classifier.engine.strength_query_answered import add_strength_query_answered_reasoning
from classifier.engine.text import Document, Span, word_shortly_after, word_shortly_before
from classifier.engine.told_apart import FINDING_DAY_WORDS, given_by_mouth, told_on_an_earlier_day
from classifier.engine.tube_and_air_use import (
    AIRWAY_PLACE_CONCEPTS,
    TOLD_ELSEWHERE_DENIED,
    add_tube_and_air_reasoning,
    air_reached_the_patient,
    connection_before_the_patient,
    made_ready_not_given,
    tube_use_before_the_finding,
    use_told_before_the_catch,
)
from classifier.engine.unconsented_act import add_unconsented_act_reasoning
from classifier.engine.unit_reach import paper_handed, prepared_off_the_patient, set_primed
from classifier.engine.variant_known import add_variant_known_reasoning
from classifier.engine.water_reach import add_water_reach_reasoning
from classifier.engine.window_home_history import add_window_home_history_reasoning
from classifier.engine.wrong_item_reached import (
    IMPLANT_DESIGN_NAMED,
    add_wrong_item_reached_reasoning,
)
from classifier.engine.wrong_site_done import add_wrong_site_done_reasoning, done_before_its_catch
from shared.taxonomy import Exclusion, Gate, NeverEventRule, NeverEventType, Taxonomy


@dataclass(frozen=True, slots=True)
class StructuredFields:
    """The structured incident fields the rules use as gates."""

    service_type: str | None = None
    specialty: str | None = None
    location_type: str | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    """A never-event pattern found in a narrative."""

    never_event: NeverEventType
    rule: NeverEventRule
    evidence: tuple[Span, ...]
    near_miss: bool
    confidence: float
    excluded_by: str | None = None


#: Concept of a never event of the past named as background ("the trust had a wrong site block
#: never event last year", "previous NE (retained swab 2023)"): its words are not this report's
#: event, for the rules (below) nor for the learned model (`ruled_out_learned`).
PAST_NEVER_EVENT = "past_never_event"
#: Concept of an item left in at the patient's own operation told as her past with its year or
#: the years gone by ("she had a swab left in after a caesarean in 2011"): background, unless a
#: finding is told after it (`_denying_spans`).
RETAINED_IN_PATIENTS_PAST = "retained_item_in_patients_past"
#: Concept of another hospital's, trust's or home's patient named as background ("a news story
#: about a patient at another hospital ... tube in the lung"): its words are no event here.
EVENT_ELSEWHERE = "event_elsewhere"
#: Concept of rails told as not the ligature point ("the curtain rail and the shower rail ...
#: were not involved"): their words are no rail of this event.
RAILS_NOT_INVOLVED = "rails_not_involved"
#: Concept of a high-titre negative test told of another unit than the incompatible platelets.
TITRE_OF_ANOTHER_UNIT = "titre_of_another_unit"
#: Concept of an issue out of group told in a report whose group O platelets for a non-O patient
#: are told not tested high-titre negative: the way the unit came, no policy followed.
OUT_OF_GROUP_UNTESTED = "out_of_group_of_untested_platelets"
#: Concept of a transfusion of the patient's past, dated and at another hospital, and the unit
#: concepts it denies inside it: the unit's group words are background, not today's unit.
TRANSFUSION_IN_HISTORY = "transfusion_in_history"
PAST_TRANSFUSION_DENIED = (
    "abo_mismatch_red_cells",
    "abo_mismatch_far_component",
    "abo_mismatch_plasma",
    "abo_mismatch_platelets",
    "unit_group_a",
    "unit_group_b",
    "unit_group_ab",
    "plasma_group_o",
    "plasma_group_a",
    "plasma_group_b",
    "unit_for_other_patient",
    # (a group read from the past transfusion's own words: "she was transfused group B")
    "patient_group_o",
    "patient_group_a",
    "patient_group_b",
    "patient_group_ab",
)
#: The recipient's group found only after the unit went in ("emergency blood given before group
#: known, later grouped as A pos"): the group read after "later" is the patient's, not the
#: unit's the words before it name.
RECIPIENT_GROUPED_LATER = "recipient_grouped_later"
UNIT_GROUP_CONCEPTS = ("unit_group_a", "unit_group_b", "unit_group_ab")
#: Readings whose words are not this report's event, for a learned finding too.
OTHER_EVENTS = (PAST_NEVER_EVENT, EVENT_ELSEWHERE, RAILS_NOT_INVOLVED, RETAINED_IN_PATIENTS_PAST)
#: Concept of an item named as the subject of paperwork ("the perineal swab policy was found
#: out of date", "needle count flowchart"): the document, not an item, and no item found.
ITEM_IN_PAPERWORK = "item_in_paperwork"
#: Concept of a procedure named after the instrument it uses ("needle decompression", "needle
#: aspiration"): the needle is the procedure's tool, not an item left behind.
PROCEDURE_NAMED_BY_INSTRUMENT = "procedure_named_by_instrument"
#: Evidence concepts whose matches do not count inside a reading that makes them something else
#: (concept -> the concepts of those readings): "sats 96% on air" is the patient breathing room
#: air, not an air flowmeter; "noticed at the pre-extraction check" is a check before the
#: procedure began, when nothing could yet be left in; "needle came out of the fistula" is an
#: access device dislodged, not an item passed later; "confirmed needle went in" is a block's
#: needle entering, not one left behind; a past never event is background; the needle of a
#: "needle decompression" is the procedure's tool, not an item, and so is the needle of "pain on
#: needle insertion in the antecubital fossa" (a venepuncture going in); "his wristband DOB did
#: not match" is a wrong patient, not an implant that did not match; the reporter's category
#: ("Reporter ticked NE wrong site surgery") is a label, not the event; "the wrong hip put in"
#: is an implant, not a site; "left leg" is a side, not an item left; "a line infection" is
#: an infection's source, not a route a medicine went by; a hanging attempt dated years ago on
#: another ward is the patient's history, not this report's event; "brought down before he had
#: put any weight on it or stepped off the chair" tells the stepping off as still to come; "one
#: leg out of the fully open window", "trying to climb out of the window" is a person not yet
#: out, not a fall, and neither is "patients moved away from the bay window"; "measured the gap
#: between the rail and mattress" names a bed rail's gap, not a body in it; "HCA turned shower
#: on - scalding on her hand" is the carer's own hand, not a burn on the patient's body; "since
#: she was burned in a bath some years ago" is the patient's history, not this report's scald.
REPORTER_CATEGORY = "reporter_category_named"
#: A skin mark taken off ("L arrow removed with alcohol wipe"): the mark undone, no act.
SITE_MARK_REMOVED = "site_mark_removed"
#: A mark the patient made on herself ("drawn an arrow on her own LEFT knee"): not the team's.
MARK_MADE_BY_THE_PATIENT = "mark_made_by_the_patient"
#: The reporter's own filing of the report with its purpose ("Reporting for the audit record
#: and so the bundle can be updated ... 'wire out'"): not a radiology report of an item.
REPORT_FILED_FOR_A_PURPOSE = "report_filed_for_a_purpose"
#: Incidents of a kind said not to have happened ("No wrong site, retained item or implant
#: incidents occurred during the audit period"): the kinds named are no event of this report.
INCIDENTS_DENIED = "incidents_denied"
#: A part of an aortic endograft named by its side ("a contralateral limb of a specified
#: length"): a component of the implant, not the patient's opposite limb.
ENDOGRAFT_PART = "endograft_part"
#: The eye a lens's power was worked out for ("the power calculated for her left eye"): the
#: lens's side, not the side planned for the operation.
LENS_SIDE = "lens_side_named"
#: An implant component named by its side ("a left sided component"): the implant's side.
IMPLANT_SIDE = "implant_side_named"
#: Two lens powers compared ("19.5D not the 21.0D planned for L"): the wrong lens, not a site.
LENS_POWERS_COMPARED = "lens_powers_compared"
#: The operation named with its side and the lens it puts in ("LEFT phaco + IOL"): the side of
#: the operation, not the side a lens was made for.
OPERATION_WITH_LENS = "operation_named_with_lens"
#: A card or record naming another implant ("implant card lists a different lens"): the paper's
#: words, not the implant put in; WRONG_IMPLANT is the concept it denies.
RECORD_LISTS_OTHER_IMPLANT = "record_lists_other_implant"
#: The side's mark told as put on the wrong one ("theyve drawn on the wrong one", "the mark was
#: on the wrong one"): the eye or limb marked, not a wrong implant; it denies the WRONG_IMPLANT
#: words it shares a token with ("on the wrong one, consent and implant plan say right").
MARK_ON_THE_WRONG_ONE = "mark_on_the_wrong_one"
WRONG_IMPLANT = "wrong_implant"
#: A whole device told as put in as planned ("single chamber implanted as planned, dual chamber
#: not indicated"): the plan read through it is the implant's own, not one it went against.
IMPLANT_PUT_IN_AS_PLANNED = "implant_put_in_as_planned"
#: A medicine changed for another ("switched from warfarin to apixaban"): its "switched ...
#: to" is a prescription's, not an implant's swap.
MEDICINE_SWITCHED = "medicine_switched"
#: A swab taken for microbiology ("Swab: mixed growth") is a specimen, not a swab left in; a
#: knee x-ray "weight bearing" is a load, not a bearing component; "ticked the wrong box" on a
#: request form is a box on paper, not an implant's box.
MICROBIOLOGY_SWAB = "microbiology_swab"
#: The methotrexate overdose's own words ("double the intended dose", "daily instead of
#: weekly"): when the report tells them only negated ("Dose was not double the intended dose"),
#: a learned never event 7 from the drug's words alone does not stand.
METHOTREXATE_OVERDOSE = "mtx_overdose"
#: Folic acid told as given daily ("folic acid 5mg had been given every day for 6 days"): when
#: every daily dose word of the report is folic acid's, a learned never event 7 from the
#: methotrexate named beside it ("methotrexate correctly given weekly") does not stand.
FOLIC_ACID_DAILY = "folic_acid_daily"
#: Words of a dose given or taken daily, whichever drug's ("given every day", "had daily").
DAILY_DOSE_WORDS = ("mtx_taken_daily", "mtx_had_daily")
#: Methotrexate's own dose told daily ("methotrexate 10mg once daily", "methotrexate 7.5mg was
#: given daily"), when it opens with the drug.
METHOTREXATE_DAILY = ("mtx_dose_daily", "mtx_daily")
WEIGHT_BEARING = "weight_bearing"
FORM_BOX_TICKED = "form_box_ticked"
#: The theatre layout or set-up carried over from the case before ("positioned from the layout
#: used for the previous patient"): the room copied, not an implant meant for another patient.
SET_UP_FROM_PREVIOUS_CASE = "set_up_from_previous_case"
#: A named safety check told as done ("correct side, stop before you block done"): the "done"
#: is the check's, so a redo on the correct side read through it is no redo.
SAFETY_CHECK_DONE = "safety_check_done"
#: The operated site told as confirmed correct ("X-ray and implant stickers confirm correct (R)
#: knee operated"): an assurance read through it is no redo; a redo told beside it still is.
CORRECT_SITE_CONFIRMED = "correct_site_confirmed"
#: Concept of a procedure told as done on the correct side in the first place ("Block performed
#: on the correct side after the block checklist was done"): no redo after a wrong act, and no
#: wrong-site event for the learned model in its sentences.
CORRECT_SIDE_FIRST_TIME = "correct_side_first_time"
#: The implant put in told as the planned one ("size 5 was implanted, which was the planned
#: size"): the model's never event 2 read from a record's wrong size does not stand.
IMPLANT_PLACED_AS_PLANNED = "implant_placed_as_planned"
#: Both sides booked ("bilateral knee arthroscopy listed", "both knees booked"): a side done
#: after the other is the plan.
BILATERAL_PROCEDURE = "bilateral_procedure"
#: An object the patient had, or one from an accident of daily life ("a sewing needle the pt had
#: stood on at home"): not an item of a procedure.
PATIENT_OWN_ITEM = "patient_own_item"
#: A cerclage wire or cable ("a crack was seen and a cerclage wire applied") is a fixation
#: implant put round the bone on purpose, not an item left behind.
FIXATION_WIRE = "fixation_wire_named"
#: A finger or toe nail treated ("partial nail avulsion of the R hallux") is a part of the body,
#: not an intramedullary nail, and an anatomical sheath ("the rectus sheath") a layer of the
#: body, not an introducer sheath; a "clip-on bed rail" is a fitting, not a surgical clip left in.
BODY_NAIL = "body_nail_named"
CLIP_ON_FITTING = "clip_on_fitting"
#: A side written in a record made after the plan ("Op note documented as 'R TKR'", "letter
#: dictated as 'listed for L phaco'"): the record's side, not the plan nor an implant's side.
SIDE_IN_RECORD = "side_in_a_written_record"
#: A body part only looked at ("went looking at the wrong hip"): no procedure done there.
ONLY_EXAMINED = "wrong_part_only_examined"
#: Equipment named after anaesthesia ("nearest the anaesthetic machine"): no anaesthetic given.
ANAESTHETIC_EQUIPMENT = "anaesthetic_equipment_named"
#: A spine level told by letter and number ("injected at L3/4"): the lumbar "L", no left side.
SPINAL_LEVEL = "spinal_level_named"
#: A lens put on the eye for a laser or an examination ("L eye lined up, contact lens
#: applied"): the laser's kit, not an implanted lens nor its side.
CONTACT_LENS = "contact_lens_named"
#: "Left" as the verb of an item left in the body ("had a swab left inside her"): no side.
ITEM_LEFT_IN = "item_left_in_body"
#: "Left" as the verb of a person leaving a place ("before the pt left the table"): no side.
PERSON_LEFT_A_PLACE = "person_left_a_place"
#: Positioning kit put on a side ("leg holder fitted to the L leg", "the tourniquet put on her
#: right arm") and a procedure's kit made ready ("had the LA ready"): set up, nothing done.
SET_UP_KIT_ON_SIDE = "set_up_kit_on_side"
#: "Head, neck and chest were not involved" names the parts to say they were clear, not a neck
#: or chest entrapment.
NECK_AND_CHEST_UNINVOLVED = "neck_and_chest_uninvolved"
#: "Head was on the pillow": the head told as resting on the bed, no evidence of a head in the
#: rail gap (a neck or chest named beside it still is).
HEAD_ON_PILLOW = "head_on_pillow"
#: "Head and chest still on the mattress": the upper body told as still lying on the bed, no
#: evidence of a head or chest in the rail gap (a neck or chest named beside it still is).
UPPER_BODY_STILL_ON_BED = "upper_body_still_on_bed"
#: "Arm trapped between the head-end rail and the side rail": the head of the bed named, no
#: evidence of the patient's head in the rail gap (review R21 probe 16).
HEAD_OF_THE_BED = "head_of_the_bed"
#: The donor's group of the patient's own stem cell graft ("Post BMT pt, recipient group O,
#: donor group A"; engine: blood_groups.stem_cell_graft_donors): the graft's, no organ's group.
STEM_CELL_GRAFT_DONOR = "stem_cell_graft_donor_group"
CHEST_NECK = "chest_neck"
#: A fall from the bed, chair or toilet ("fell from bed beside the window"): a fall in the room,
#: not from the window the sentence names next.
FALL_FROM_FURNITURE = "fall_from_furniture"
#: An airway finding of another kind told with its place ("mucus plug in the R main
#: bronchus"): the place is the finding's, not a feeding tube's (the concepts that read a
#: feeding tube's place in the airway are `tube_and_air_use.AIRWAY_PLACE_CONCEPTS`).
OTHER_AIRWAY_FINDING = "airway_finding_of_other_kind"
#: A connection to the air told as only possible ("specs tubing could be connected to air by
#: mistake"): a hazard, not a connection made; the concepts that read a connection made.
AIR_CONNECTION_POSSIBLE = "air_connection_only_possible"
#: An air outlet told as capped or blanked off ("the air outlet beside it was capped"): an
#: outlet out of use, not an air supply the patient was on.
AIR_OUTLET_CAPPED = "air_outlet_capped"
AIR_CONNECTION_CONCEPTS = (
    "wrong_connection",
    "oxygen_device_on_air",
    "tubing_found_on_air",
    "air_connection_told",
    "air_device_connected",
    "oxygen_tubing_on_air",
    "patient_found_on_air",
    "oxygen_patient_connected_to_air",
)
#: "IOL" told in a report of labour ("IOL - Syntocinon rate increased"): the induction of
#: labour, not an intraocular lens (add_labour_induction_reasoning).
LABOUR_INDUCTION = "labour_induction_named"
#: A device the patient has, told as not MR conditional at an MRI scan, in a report of no device
#: put in or planned: not a wrong implant (add_implant_at_mri_reasoning).
IMPLANT_AT_MRI = "implant_in_place_at_mri"
#: A safeguard against scalds named by what it prevents ("anti-scald valve", "danger hot water
#: sign"): a fitting or a notice, no scald told.
SCALD_SAFEGUARD_CONCEPT = "scald_safeguard_named"
EVIDENCE_DENIED_BY: dict[str, tuple[str, ...]] = {
    # "report sent to Dr J Harrison instead of Dr J Harris": a paper's recipient, no patient
    "wrong_person_instead": ("paper_sent_to_another_clinician",),
    # "NG tube passed (pt previously had an NJ tube)": an NJ tube of the past is not the tube of
    # the event, so it neither rules out nor excludes the gastric tube told beside it
    "nj_tube": ("nj_tube_in_the_past",),
    # "pleural aspirate pH 7.1 ... drain tip in the lung": an aspirate's pH told of a pleural
    # tap or an ET tube, no gastric tube (review r22 of h65's pH-aspirate reading)
    "ng_tube": ("non_gastric_aspirate",),
    # "selected the wrong drug in the pump library": a pump's programming, not a product taken
    "misselect_product": ("pump_library_selection",),
    # "U200 pen, the high strength one": the high strength of another product, no midazolam
    "midazolam": ("another_high_strength_product",),
    # "OA both knees, booked for R": both of the condition, the booking of one side
    "bilateral_procedure": ("one_side_booked",),
    **dict.fromkeys(
        ("planned_left", "planned_right"),
        (
            SIDE_IN_RECORD,
            LENS_SIDE,
            "side_named_in_the_act",
            IMPLANT_SIDE,
            MARK_MADE_BY_THE_PATIENT,
        ),
    ),
    "implant_left": (
        SIDE_IN_RECORD,
        WEIGHT_BEARING,
        FORM_BOX_TICKED,
        OPERATION_WITH_LENS,
        CONTACT_LENS,
    ),
    "implant_right": (
        SIDE_IN_RECORD,
        WEIGHT_BEARING,
        FORM_BOX_TICKED,
        OPERATION_WITH_LENS,
        CONTACT_LENS,
    ),
    "acted_left": (
        SPINAL_LEVEL,
        ANAESTHETIC_EQUIPMENT,
        SET_UP_KIT_ON_SIDE,
        IMPLANT_SIDE,
        "side_only_believed",
        "side_only_set_up",
        ITEM_LEFT_IN,
        "left_unfilled",
        "act_still_to_come",
        # "L arrow removed with alcohol wipe": a mark undone, no act; "had drawn a cross on his
        # own left ankle": the patient's mark (batch 104 dev-176351)
        SITE_MARK_REMOVED,
        MARK_MADE_BY_THE_PATIENT,
    ),
    "acted_right": (
        SITE_MARK_REMOVED,
        MARK_MADE_BY_THE_PATIENT,
        ANAESTHETIC_EQUIPMENT,
        SET_UP_KIT_ON_SIDE,
        IMPLANT_SIDE,
        "side_only_believed",
        "side_only_set_up",
        "act_still_to_come",
    ),
    "air_flowmeter": (
        "saturation_on_room_air",
        # "the concentrator was delivering room air not oxygen": a failed source, no air outlet
        "room_air_for_oxygen",
        EVENT_ELSEWHERE,
        AIR_CONNECTION_POSSIBLE,
        AIR_OUTLET_CAPPED,
    ),
    # "the never event at a neighbouring trust where a pt was put on air": that hospital's
    # connection, not one made here
    **dict.fromkeys(AIR_CONNECTION_CONCEPTS, (AIR_CONNECTION_POSSIBLE, EVENT_ELSEWHERE)),
    "retained": (
        # "cruciate retaining" names a knee's design, not an item left in
        IMPLANT_DESIGN_NAMED,
        "check_before_procedure_began",
        "line_round_check",
        "welfare_round_check",
        "person_left_waiting",
        "person_found_at_home",
        "device_left_in_for_use",
        # "repeat CXR showed the drain sitting correctly": a device placed as meant
        "device_seen_in_its_place",
        # "flowmeter in the air outlet (left in from the previous pt's nebuliser)": a fitting
        # of the room, left for the next patient, not an item left in a body
        "fitting_left_in_an_outlet",
        "still_in_its_packaging",
        "access_device_dislodged",
        "part_came_out_with_its_device",
        "needle_entry_confirmed",
        "needle_inserted_for_procedure",
        # "showed a false passage, catheter placed over a guidewire": the wire the catheter
        # went in on, not one found left behind
        "device_passed_over_a_wire",
        PAST_NEVER_EVENT,
        RETAINED_IN_PATIENTS_PAST,
        REPORTER_CATEGORY,
        INCIDENTS_DENIED,
        "side_named_left",
        "left_in_a_store",
        "checklist_box_ticked",
        "check_not_made_after_removal",
        "came_to_light",
        "came_out_of_reprocessing",
        "taken_out_of_use",
        FIXATION_WIRE,
        "tooth_retained",
        "retained_volume",
        # "disc prolapse at L4/5 still present" after the discectomy: the disease, no item
        "condition_still_present",
        "self_retaining_instrument",
        # "known CO2 retainer": a patient who keeps carbon dioxide, no item left in
        "carbon_dioxide_retainer",
        ITEM_IN_PAPERWORK,
        # "Reporting for the audit record and so the bundle can be updated with a 'wire out'
        # box": the reporter's filing, not a radiology report of a wire (batch 104 dev-176312)
        REPORT_FILED_FOR_A_PURPOSE,
    ),
    "wrong_site": (
        PAST_NEVER_EVENT,
        REPORTER_CATEGORY,
        INCIDENTS_DENIED,
        "implant_told_as_wrong",
        ONLY_EXAMINED,
        ENDOGRAFT_PART,
        "sample_in_wrong_tube",
        "paper_in_wrong_notes",
        "wrong_side_of_a_store",
        "wrong_side_in_a_record",
        LENS_SIDE,
        LENS_POWERS_COMPARED,
        # "No one was marked or prepped on the wrong side": nobody was, whatever the pseudo
        # negation "no one" leaves affirmed
        "no_wrong_side_prep_or_mark",
    ),
    "foreign_object": (
        ITEM_IN_PAPERWORK,
        PAST_NEVER_EVENT,
        RETAINED_IN_PATIENTS_PAST,
        PROCEDURE_NAMED_BY_INSTRUMENT,
        "needle_inserted_for_procedure",
        # "needle track and subconj haem L eye": where the injection went, no needle
        "needle_mark_on_the_body",
        # "the side marker was clearly visible" on the film: the image's label, no item
        "image_side_marker",
        "device_passed_over_a_wire",
        "access_device_used_as_route",
        PATIENT_OWN_ITEM,
        "medicine_pack",
        # "pen needles not available": a supply missing, no item left in (batch dev-176686)
        "supply_not_to_hand",
        REPORTER_CATEGORY,
        INCIDENTS_DENIED,
        MICROBIOLOGY_SWAB,
        FIXATION_WIRE,
        CLIP_ON_FITTING,
        BODY_NAIL,
        "numbered_agenda_item",
    ),
    "wrong_implant": (
        PAST_NEVER_EVENT,
        "patient_identifiers_mismatch",
        REPORTER_CATEGORY,
        INCIDENTS_DENIED,
        FORM_BOX_TICKED,
        SET_UP_FROM_PREVIOUS_CASE,
        RECORD_LISTS_OTHER_IMPLANT,
        BODY_NAIL,
        IMPLANT_PUT_IN_AS_PLANNED,
        MEDICINE_SWITCHED,
        IMPLANT_AT_MRI,
        PERSON_LEFT_A_PLACE,
        MARK_ON_THE_WRONG_ONE,
    ),
    "implant": (
        REPORTER_CATEGORY,
        INCIDENTS_DENIED,
        WEIGHT_BEARING,
        BODY_NAIL,
        CONTACT_LENS,
        LABOUR_INDUCTION,
        # "Eye bank tissue ... before the graft was prepared": donor tissue, no implant
        # (engine.implant_tissue; batch 107 dev-179325)
        DONOR_TISSUE_GRAFT,
    ),
    "high_strength_midazolam": (REPORTER_CATEGORY,),
    "potassium_concentrate": (REPORTER_CATEGORY,),
    # "nobody had used it as a flush": no concentrate put to use
    "potassium_used_as_diluent": ("potassium_use_denied",),
    "strong_potassium": (REPORTER_CATEGORY,),
    **dict.fromkeys(
        ("insulin_error_cause", "insulin_error_made", "insulin_unit_or_device_error"),
        ("insulin_error_cause_denied",),
    ),
    "identity_mismatch": ("band_of_another_kind",),
    # "had drawn an arrow on her own LEFT knee in biro at home": the patient's own mark, not a
    # side the team marked or prepped; "L arrow removed": a mark undone (batch 104 dev-176351)
    **dict.fromkeys(
        ("set_up_left", "set_up_right", "marked_left", "marked_right"),
        (MARK_MADE_BY_THE_PATIENT, SITE_MARK_REMOVED),
    ),
    "wrong_patient_to_theatre": ("wrong_patients_paper", "other_patients_counted"),
    "parenteral_route": ("line_named_by_infection", "line_of_a_document"),
    # "asked why it wasn't being given as syrup": the oral form named as not the one given
    # ... and "oral" naming the mouth, not a medicine ("on the oral surgery list", "oral
    # mucositis", "minimal oral intake")
    # ... and "Insulatard suspension": an injection's form, no oral product (oral_liquid_route)
    "oral_enteral_product": (
        "oral_form_not_given",
        "oral_of_the_mouth",
        "liquid_made_an_injection",
    ),
    "oral_liquid_product": ("oral_form_not_given", "liquid_made_an_injection"),
    # "drew up the oral lansoprazole in a luer syringe to give via the NG": made ready for the
    # medicine's own tube, not for the vein
    "oral_product_into_line": ("syringe_for_its_enteral_route",),
    # ("900ml went in over 1.5hrs instead of 75ml/hr": a rate compared, not a route; "reported
    # as wrong route never event": the reporter's category, not the route it went by)
    "wrong_route_cue": (
        REPORTER_CATEGORY,
        "enteral_via_enteral_route",
        "syringe_for_its_enteral_route",
        "line_of_a_document",
        "iv_preparation_given_iv",
        "rate_instead_of_rate",
    ),
    # "the IT register had not been signed": the record of intrathecal doses, not a route
    "intrathecal": ("intrathecal_record",),
    # "since last year's never event on this ward (feed via a misplaced tube)": that tube's
    "misplaced_tube": (PAST_NEVER_EVENT,),
    "hanging": (PAST_NEVER_EVENT, "ligature_environment_word", "hanging_only_threatened"),
    "rail": (RAILS_NOT_INVOLVED,),
    # "loop made and hanging down": the ligature hanging from the rail, not the person
    "hanging_loaded": (
        PAST_NEVER_EVENT,
        "rail_load_tested",
        "holding_on_to",
        "ligature_hanging_down",
    ),
    "stepped_off_support": ("ligature_stopped",),
    "fall_from_window": (
        EVENT_ELSEWHERE,
        "window_exit_unfinished",
        "fitting_taken_from_window",
        "moved_away_from_window",
        "climbed_up_to_window",
        "fitting_fell_out",
        FALL_FROM_FURNITURE,
    ),
    "fell_generic": ("fitting_fell_out", FALL_FROM_FURNITURE),
    # "a bulletin about a pt falling from a window with a broken restrictor at another trust":
    # the other trust's fault
    "restrictor_fault": (EVENT_ELSEWHERE,),
    "window_fall_told": ("fitting_fell_out", FALL_FROM_FURNITURE),
    "scald_on_body": ("carer_felt_water_hot", EVENT_ELSEWHERE, PAST_NEVER_EVENT, "scald_averted"),
    "scald": (
        EVENT_ELSEWHERE,
        PAST_NEVER_EVENT,
        "scald_in_form_heading",
        "scald_averted",
        SCALD_SAFEGUARD_CONCEPT,
        # "cat 2 PU L heel noticed at morning wash, blister intact": pressure damage's blister
        "pressure_damage_blister",
    ),
    **dict.fromkeys(
        AIRWAY_PLACE_CONCEPTS,
        (EVENT_ELSEWHERE, PAST_NEVER_EVENT, "respiratory_position_denied", OTHER_AIRWAY_FINDING),
    ),
    # "ticked 'never event - ABO incompatible blood'": the category's words, not the groups
    "abo_group_word": (REPORTER_CATEGORY,),
    "abo_incompatible": (
        REPORTER_CATEGORY,
        PAST_NEVER_EVENT,
        "non_abo_antibody_reaction",
        "haemolytic_reaction_in_history",
        TRANSFUSION_IN_HISTORY,
        "abo_group_only_told_different",
        "wrong_blood_in_tube_named",
    ),
    **dict.fromkeys(PAST_TRANSFUSION_DENIED, (TRANSFUSION_IN_HISTORY,)),
    **dict.fromkeys(UNIT_GROUP_CONCEPTS, (TRANSFUSION_IN_HISTORY, RECIPIENT_GROUPED_LATER)),
    # "recipient group O, donor group A" after a stem cell transplant: the graft's groups, no
    # organ given across them (review R21 probe 60); and a donor's group phrase read on past a
    # group the ABO reasoning judged compatible ("donor group O, recipient group B" is no group
    # B donor: `_runs_on_past`)
    **dict.fromkeys(
        ("donor_group_a", "donor_group_b", "donor_group_ab"),
        (STEM_CELL_GRAFT_DONOR, "abo_compatible_by_group"),
    ),
    # "no head strike", "hit head on the locker": a fall's head, not one in the rail gap
    CHEST_NECK: (
        NECK_AND_CHEST_UNINVOLVED,
        HEAD_ON_PILLOW,
        UPPER_BODY_STILL_ON_BED,
        HEAD_OF_THE_BED,
        "head_struck_in_fall",
        PAST_NEVER_EVENT,
    ),
    "entrapment": (
        "rail_gap_measured",
        "mechanism_stuck",
        "rail_gap_named",
        REPORTER_CATEGORY,
        PAST_NEVER_EVENT,
    ),
    "redo_correct_side": (SAFETY_CHECK_DONE, CORRECT_SITE_CONFIRMED, CORRECT_SIDE_FIRST_TIME),
    # "Reporter has ticked wrong site surgery": the category's word, not a procedure done
    # "OP phlebotomy": the outpatient department's blood taking, not an operation
    "surgical_procedure": ("medicine_injection", REPORTER_CATEGORY, "blood_taking_or_outpatients"),
    # (the days counted of another drug held or given: "folic acid was held for 3 days running")
    # ... and "given on Monday and again the following Monday", "again on 14/03 as due": the
    # next weekly dose, no second one (engine: extra_dose.next_weekly_dose_told)
    METHOTREXATE_OVERDOSE: (
        "days_counted_of_another_drug",
        PAST_NEVER_EVENT,
        "mtx_next_weekly_dose_again",
    ),
    # "a previous never event in 2022 (methotrexate given daily)": that event's daily dose,
    # not one of this report (its own weekly MTX, late, named next)
    **dict.fromkeys((*DAILY_DOSE_WORDS, *METHOTREXATE_DAILY), (PAST_NEVER_EVENT,)),
    # "compared it with last year's methotrexate never event": the drug of that past event, not
    # one this report's patient was given
    METHOTREXATE_CONCEPT: (PAST_NEVER_EVENT,),
    "site_corrected_before_start": (
        "samples_re_prepared",
        "list_not_the_operating_list",
        "paper_detail_corrected",
        "mark_renewed_after_fading",
    ),
    # "Procedure halted after reperfusion": the organ went in before the halt
    "organ_never_implanted": ("organ_halted_after_implanting",),
}


def _inside(span: Span, denial: Span) -> bool:
    """Whether `span` lies inside `denial`."""
    return denial[0] <= span[0] and span[1] <= denial[1]


def _shares_a_token(span: Span, denial: Span) -> bool:
    """Whether `span` and `denial` share a token."""
    return span[0] < denial[1] and denial[0] < span[1]


def inside_any(span: Span, covers: list[Span]) -> bool:
    """Whether `span` lies inside one of `covers`."""
    start, end = span
    for cover_start, cover_end in covers:  # noqa: SIM110 (hot: a generator costs more)
        if cover_start <= start and end <= cover_end:
            return True
    return False


def _uncovered(spans: list[Span], covers: list[Span]) -> list[Span]:
    """The spans that lie inside none of `covers`."""
    return [s for s in spans if not inside_any(s, covers)]


def _starts_with(span: Span, denial: Span) -> bool:
    """Whether `span` starts where `denial` starts."""
    return span[0] == denial[0]


def _runs_on_past(span: Span, denial: Span) -> bool:
    """Whether `denial` lies inside `span`, which runs on past its end: a phrase read across
    the denial's words to a later one ("donor group O, recipient group B" read as a group B
    donor across the donor's own group O)."""
    return span[0] <= denial[0] and denial[1] < span[1]


def _ends_inside(span: Span, denial: Span) -> bool:
    """Whether `span` ends inside `denial` (after its first token)."""
    return denial[0] < span[1] <= denial[1]


#: How far a denying reading reaches: every one denies the evidence spans inside it; these deny
#: more.
#: - sharing a word: a retained-item phrase that runs into "needle insertion in the fossa"
#:   ("felt a shock into her thumb on needle insertion in the antecubital fossa") reads the
#:   site of the insertion as where an item was found;
#: - starting where it starts: "left leg and the surgeon put the first portal in the left knee"
#:   reads the side "left" as an item left in the knee;
#: - ending inside it: "left side was nearest the anaesthetic machine" reads the machine's
#:   "anaesthetic" as an anaesthetic given on the left.
DENIAL_REACH: dict[str, Callable[[Span, Span], bool]] = {
    "needle_inserted_for_procedure": _shares_a_token,
    STEM_CELL_GRAFT_DONOR: _shares_a_token,
    "abo_compatible_by_group": _runs_on_past,
    "one_side_booked": _shares_a_token,
    "non_gastric_aspirate": _shares_a_token,
    # "... catheter placed over a guidewire": the finding's words end on the wire's
    "device_passed_over_a_wire": _ends_inside,
    WEIGHT_BEARING: _shares_a_token,
    FORM_BOX_TICKED: _shares_a_token,
    SAFETY_CHECK_DONE: _shares_a_token,
    FIXATION_WIRE: _shares_a_token,
    SIDE_IN_RECORD: _shares_a_token,
    LENS_SIDE: _shares_a_token,
    IMPLANT_SIDE: _shares_a_token,
    LENS_POWERS_COMPARED: _shares_a_token,
    OPERATION_WITH_LENS: _shares_a_token,
    ONLY_EXAMINED: _shares_a_token,
    "sample_in_wrong_tube": _shares_a_token,
    "paper_in_wrong_notes": _shares_a_token,
    "samples_re_prepared": _shares_a_token,
    "list_not_the_operating_list": _shares_a_token,
    "paper_detail_corrected": _shares_a_token,
    "organ_halted_after_implanting": _shares_a_token,
    RECORD_LISTS_OTHER_IMPLANT: _shares_a_token,
    MARK_ON_THE_WRONG_ONE: _shares_a_token,
    ITEM_IN_PAPERWORK: _shares_a_token,
    IMPLANT_PUT_IN_AS_PLANNED: _shares_a_token,
    MEDICINE_SWITCHED: _shares_a_token,
    PAST_NEVER_EVENT: _shares_a_token,
    RETAINED_IN_PATIENTS_PAST: _shares_a_token,
    "side_named_left": _starts_with,
    REPORT_FILED_FOR_A_PURPOSE: _starts_with,
    SITE_MARK_REMOVED: _shares_a_token,
    MARK_MADE_BY_THE_PATIENT: _shares_a_token,
    # "injected at L3/4": the act's words end on the level's letter
    SPINAL_LEVEL: _ends_inside,
    # "left on a bed table in bay 2 after the pt's dose": the same "left" is the item's place
    "left_in_a_store": _starts_with,
    # "had a swab left inside her": the "left" ending the side's words is the item's verb
    ITEM_LEFT_IN: _ends_inside,
    # "R femoral access before the pt left the table": the side's words end on the verb of the
    # person leaving
    PERSON_LEFT_A_PLACE: _ends_inside,
    # "the pregnancy status field left blank": the side's words end on the form's verb
    "left_unfilled": _ends_inside,
    # "the ward had marked the RIGHT ankle": the same words, a set-up told with "had"
    "side_only_set_up": _shares_a_token,
    # "R knee to be done next year": the act's words end in the words of a time still to come
    "act_still_to_come": _ends_inside,
    # "the unit was of a different blood group to our pt": the unit's words run into the
    # comparison with the patient, which names no group
    "abo_group_only_told_different": _shares_a_token,
    # "wrong blood in tube - group different from historical record": the "wrong blood" of a
    # sample's name runs into the group words
    "wrong_blood_in_tube_named": _shares_a_token,
    # "pt was being put into water that would have scalded": the burn's verb ends the body's
    # words inside what the water would have done
    "scald_averted": _ends_inside,
    # "blood given to pt before group known, later grouped as A": the unit's words end on the
    # patient's group found later
    RECIPIENT_GROUPED_LATER: _ends_inside,
    "climbed_up_to_window": _starts_with,
    # "oramorph drawn up in a luer syringe to give via the NG": the syringe of the drawing-up
    # cue is the one made ready for the enteral route
    "syringe_for_its_enteral_route": _shares_a_token,
    # "the washer was not taken out of use": the "not taken out" is the machine's service
    "taken_out_of_use": _shares_a_token,
    "holding_on_to": _shares_a_token,
    "ligature_hanging_down": _shares_a_token,
    # "wristband was a different colour": the band's kind ends the identity words
    "band_of_another_kind": _shares_a_token,
    # "sent the wrong patient's notes": the possessive ends the person's words
    "wrong_patients_paper": _shares_a_token,
    # "busy resus (2 other pts), procedure done": the count's words start the person's words
    "other_patients_counted": _shares_a_token,
    ANAESTHETIC_EQUIPMENT: _ends_inside,
    # "L eye lined up, contact lens applied": the side's words end on the laser's lens
    CONTACT_LENS: _ends_inside,
    SET_UP_KIT_ON_SIDE: _shares_a_token,
    FALL_FROM_FURNITURE: _shares_a_token,
    AIR_CONNECTION_POSSIBLE: _shares_a_token,
    # "the air outlet beside it was capped": the article opens the outlet's own words
    AIR_OUTLET_CAPPED: _shares_a_token,
    # "CXR for chest pain showed a mucus plug in the R main bronchus": the film's reading ends
    # on the plug's place
    OTHER_AIRWAY_FINDING: _ends_inside,
    # "the sponge sticks were still in the packet on his table": the item's "still in" is the
    # packet it never left, not a body it was left in
    "still_in_its_packaging": _shares_a_token,
    # "sent to Dr J Harrison at Parkside Surgery instead of Dr": the recipients' words start
    # after the verb the person-brought reading starts on
    "paper_sent_to_another_clinician": _shares_a_token,
}
#: Concept of a time that makes an operation history ("operated last year", "done at a private
#: hospital"), the side concepts it denies when it follows them in their clause, and how many
#: tokens after them it may start.
HISTORY_CONCEPT = "operation_in_history"
HISTORY_DENIED = frozenset(
    {
        "acted_left",
        # "a tube put into my lung at another hospital in 2021": the patient's past tube
        "misplaced_respiratory",
        # "a feed given via a misplaced NG at another hospital in 2021": the past tube too
        "misplaced_tube",
        "acted_right",
        "digit_mismatch",
        "implant_left",
        "implant_right",
        "operated_left",
        "operated_right",
    }
)
HISTORY_AFTER = 3
#: Concept of a recent time ("last month", "6 weeks ago"): history only told in brackets, an
#: aside ("(the R eye done last month)"); outside them a wrong site found weeks later is still
#: this report's never event.
RECENT_HISTORY_CONCEPT = "operation_recently_in_history"
#: Concept of a medicine never event told as another organisation's or the national picture,
#: and the medicine errors' concepts it denies in its own sentence ("a never event at a
#: neighbouring trust in which insulin was drawn up from a pen with a syringe"), or the patient's
#: own earlier error kept as a dated alert ("alert: had a KCl ampoule given instead of a flush at
#: another hospital in 2021").
ELSEWHERE_CONCEPT = "medicine_never_event_elsewhere"
ELSEWHERE_DENIED = frozenset(
    {
        "insulin_pen_withdrawal",
        "insulin_error_cause",
        "wrong_route_cue",
        # "on another ward in March oramorph was drawn up for the sc butterfly and given into
        # it": that ward's oral dose, not this report's
        "oral_liquid_made_ready_for_a_line",
        "mtx_daily",
        "mtx_dose_daily",
        "mtx_overdose",
        "mtx_toxicity",
        "mtx_taken_daily",
        "misselect_product",
        "strong_potassium",
        "potassium_concentrate",
        "flush_from_potassium",
        "high_strength_midazolam",
        "strength_2mg_per_ml_or_more",
        "intrathecal",
    }
)
#: The word standing, for the reach model, in place of each word of a sentence told as another
#: organisation's event or the national picture (ELSEWHERE_CONCEPT): no n-gram it knows.
ELSEWHERE_MASK = "<elsewhere>"


def sentences_told_elsewhere(analysis: Analysis) -> set[int]:
    """The sentences telling another organisation's event or the national picture
    (ELSEWHERE_CONCEPT) with no word of the finding's day ("today", "tonight"): "after
    learning from a case at another trust we still had one: today in endoscopy ..." tells this
    report's event too."""
    doc = analysis.doc
    sentences = {analysis.sentence(span) for span in analysis.concept(ELSEWHERE_CONCEPT)}
    return {
        n
        for n in sentences
        if FINDING_DAY_WORDS.isdisjoint(doc.tokens[slice(*doc.sentence_tokens(n))])
    }


def own_event_tokens(analysis: Analysis) -> list[str]:
    """The report's tokens with each sentence told as another organisation's event or the
    national picture (ELSEWHERE_CONCEPT: "a neighbouring trust reported one in May (patient
    ... needed flumazenil)") masked, in place so positions hold: whether this report's error
    reached its patient is read from its own sentences, not from the other patient's."""
    tokens = analysis.doc.tokens
    elsewhere = sentences_told_elsewhere(analysis)
    if not elsewhere:
        return tokens
    sentence_of = analysis.doc.sentence_of
    return [ELSEWHERE_MASK if sentence_of[i] in elsewhere else t for i, t in enumerate(tokens)]


#: The ABO reasoning's incompatible pairs (ABO_MISMATCH_CONCEPTS, below), the units' groups and
#: the words "ABO incompatible" that a transfusion event told as another organisation's denies
#: in its own sentence ("a neighbouring trust reported an ABO incompatible transfusion (group A
#: red cells to a group O pt)"): that patient's, not this report's, for a near miss as for a
#: never event.
ABO_ELSEWHERE_DENIED = frozenset(
    {
        "abo_incompatible",
        "abo_mismatch_red_cells",
        "abo_mismatch_plasma",
        "abo_mismatch_platelets",
        "abo_mismatch_organ",
        "abo_mismatch_recipient",
        "abo_mismatch_far_component",
        "abo_mismatch_far_recipient",
        # the taxonomy's own unit and donor groups ("group A red cells", "group O FFP")
        *("unit_group_a", "unit_group_b", "unit_group_ab"),
        *("donor_group_a", "donor_group_b", "donor_group_ab"),
        *("plasma_group_o", "plasma_group_a", "plasma_group_b"),
    }
)
#: Concept of an implant event told as another organisation's case, a safety alert's or a past
#: operation's dated years back, and the implant errors' concepts it denies in its own sentence
#: ("national alert reminded us of a case where the tibial insert was a left for a right TKR",
#: "primary in 2015 elsewhere had a 28mm head in a 32mm liner"); a side told put in there ("index
#: TKR in 2009 had a LEFT tray") is that operation's too.
IMPLANT_ELSEWHERE_CONCEPT = "implant_event_elsewhere"
IMPLANT_ELSEWHERE_DENIED = frozenset(
    {
        "wrong_implant",
        "implant_spec_mismatch",
        "implant_opened_mismatch",
        "implant_left",
        "implant_right",
        "acted_left",
        # "a tube put into my lung at another hospital in 2021": the patient's past tube
        "misplaced_respiratory",
        "acted_right",
    }
)
#: A search of the patient's room or belongings ("her room had been searched and the CD case
#: was not removed"): what was not removed there was not removed from a body.
SEARCH_CONCEPT = "item_missed_at_a_search"
#: The patient's own past procedure told as history ("told me that after her first birth at
#: another trust a swab was left inside"): the item left is that procedure's.
PATIENTS_PAST_CONCEPT = "procedure_told_as_patients_past"
#: An item left in a patient at another organisation or in a bulletin's case ("following the
#: regional bulletin (retained guidewire after CVC insertion at another trust) we audited ..."):
#: that patient's item, the reason for this report, not one left here (batch 104 dev-176312).
RETAINED_ELSEWHERE_CONCEPT = "retained_item_elsewhere"
#: The patient's past ligature from a rail told at another place or dated ("hx of a ligature
#: from a shower rail at another trust in 2021 where the rail did not collapse"), and the rail
#: concepts it denies in its sentence: that rail's failure is the past's, not this report's.
RAIL_HISTORY_CONCEPT = "rail_event_in_history"
RAIL_HISTORY_DENIED = frozenset(
    {"rail", "rail_failed", "hanging", "hanging_loaded", "ligature_event", "stepped_off_support"}
)
#: Each reading of an event told as elsewhere (another place, a search, the patient's past),
#: with the concepts it denies in its sentence.
ELSEWHERE_READINGS = (
    (ELSEWHERE_CONCEPT, ELSEWHERE_DENIED),
    (ELSEWHERE_CONCEPT, TOLD_ELSEWHERE_DENIED),
    (ELSEWHERE_CONCEPT, ABO_ELSEWHERE_DENIED),
    (IMPLANT_ELSEWHERE_CONCEPT, IMPLANT_ELSEWHERE_DENIED),
    (SEARCH_CONCEPT, frozenset({"retained"})),
    (PATIENTS_PAST_CONCEPT, frozenset({"retained", "foreign_object"})),
    (RETAINED_ELSEWHERE_CONCEPT, frozenset({"retained", "foreign_object"})),
    (RAIL_HISTORY_CONCEPT, RAIL_HISTORY_DENIED),
)

#: A bare "tube" is the tube named last before it: after "NJ tube" (and no gastric tube named
#: since) it is the nasojejunal tube, outside never event 13 ("Pt had an NJ tube which fell out
#: last week. NG tube placed today" reads the NG tube's event from the NG tube's words; "NJ tube
#: used for feed ... tube removed" has no gastric tube).
GASTRIC_TUBE_CONCEPT = "ng_tube"
NAMED_GASTRIC_TUBE_CONCEPT = "gastric_tube_named"
NAMED_NJ_TUBE_CONCEPT = "nj_tube"
BARE_TUBE_WORDS = (["tube"], ["tubes"])


def _nj_tube_by_reference(analysis: Analysis, span: Span) -> bool:
    """Whether `span` is a bare "tube" whose last named tube before it is a nasojejunal one."""
    start = span[0]
    if analysis.doc.tokens[start : span[1]] not in BARE_TUBE_WORDS:
        return False
    nj = [s[0] for s in analysis.concept(NAMED_NJ_TUBE_CONCEPT) if s[0] < start]
    if not nj:
        return False
    gastric = [s[0] for s in analysis.concept(NAMED_GASTRIC_TUBE_CONCEPT) if s[0] < start]
    return max(nj) > max(gastric, default=-1)


#: Items of the retained-object rule, and the words that make one the end of a tube in use.
FOREIGN_OBJECT_CONCEPT = "foreign_object"
TUBE_END_WORDS = frozenset({"end", "tip"})


def _end_of_a_feeding_tube(analysis: Analysis, span: Span) -> bool:
    """Whether an item `span` is the end of the report's feeding tube ("the end of the tube
    was seen in the back of the mouth" after "NG feed started"): the tube in use, misplaced or
    coiled, is never event 13's, not an item left behind by a procedure."""
    tokens = analysis.doc.tokens
    if tokens[span[0]] not in TUBE_END_WORDS:
        return False
    last = (span[1] - 1, span[1])
    return any(_inside(last, tube) for tube in analysis.concept(GASTRIC_TUBE_CONCEPT))


#: A pack of medicines named ("blister pack", "her dosette pack"), and the words of a bare pack.
MEDICINE_PACK_CONCEPT = "medicine_pack"
#: ("a packing error" of a blister pack named before is the pharmacy's packing of it)
BARE_PACK_WORDS = (["pack"], ["packs"], ["packing"])
PACK_WORDS = frozenset({"pack", "packs", "packing"})


def _named_before_or_beside(analysis: Analysis, span: Span, concept: str) -> list[Span]:
    """The spans of `concept` starting before `span` or in its sentence: what a bare word at
    `span` ("pack", "catheter") can refer back to."""
    sentence = analysis.sentence(span)
    return [
        s for s in analysis.concept(concept) if s[0] < span[0] or analysis.sentence(s) == sentence
    ]


def _medicine_pack_by_reference(analysis: Analysis, span: Span) -> bool:
    """Whether an item `span` is a bare "pack" whose last named pack before it, or one named
    later in its sentence, is a pack of medicines ("put the new blister pack out ... the old
    pack was still in the cupboard", "found the old pack still in the bag after the new
    medication pack had been started"): the same kind of pack, not a theatre pack left in. A
    pack of a procedure named before it ("nasal packs", "packing") makes it that one's."""
    return _pack_of_by_reference(analysis, span, MEDICINE_PACK_CONCEPT)


#: A blood component named ("apheresis platelets", "2 units of red cells", "FFP"), and the
#: surgery that makes a bare pack after it a theatre pack again.
BLOOD_COMPONENT_CONCEPT = "blood_component_named"


def _blood_pack_by_reference(analysis: Analysis, span: Span) -> bool:
    """Whether an item `span` is a bare "pack" of a report that names a blood component before
    it or in its sentence, and no operation ("platelets brought to the ward ... the pack was
    group O"): the component's bag, judged by its ABO group, not a surgical pack left in."""
    if analysis.concept(SURGICAL_PROCEDURE_CONCEPT):
        return False
    return _pack_of_by_reference(analysis, span, BLOOD_COMPONENT_CONCEPT)


def _pack_of_by_reference(analysis: Analysis, span: Span, concept: str) -> bool:
    """Whether an item `span` is a bare "pack" referring back to a pack of `concept` named
    before it or in its sentence, with no pack of a procedure named before that one."""
    start = span[0]
    tokens = analysis.doc.tokens
    if tokens[start : span[1]] not in BARE_PACK_WORDS:
        return False
    referred = _named_before_or_beside(analysis, span, concept)
    if not referred:
        return False
    procedure = [
        s[0]
        for s in analysis.concept(FOREIGN_OBJECT_CONCEPT)
        if s[0] < start
        and tokens[s[0] : s[1]] not in BARE_PACK_WORDS
        and not PACK_WORDS.isdisjoint(tokens[s[0] : s[1]])
        and not inside_any(s, referred)
    ]
    return min(s[0] for s in referred) > max(procedure, default=-1)


#: The patient's urinary catheter in use named ("long term urethral catheter", "SPC"), and the
#: words of a bare catheter.
CATHETER_IN_USE_CONCEPT = "urinary_catheter_in_use"
BARE_CATHETER_WORDS = (["catheter"], ["catheters"])


def _device_in_use_by_reference(analysis: Analysis, span: Span) -> bool:
    """Whether an item `span` is a bare "catheter" of a report that names the patient's urinary
    catheter in use before it or in its sentence ("resident with a long term urethral catheter
    ... catheter heavily encrusted when removed in ED"): the device kept in on purpose and
    changed in its care, not an item a procedure left behind. A piece or tip of it is not
    bare, and stays an item."""
    if analysis.doc.tokens[span[0] : span[1]] not in BARE_CATHETER_WORDS:
        return False
    return bool(_named_before_or_beside(analysis, span, CATHETER_IN_USE_CONCEPT))


#: The patient's own tissue or stone named as a fragment ("stone fragment", "disc fragment",
#: "calculus fragments"), a broken-off part of a device named ("tip of the basket wire"), and
#: the words of a bare fragment.
OWN_TISSUE_FRAGMENT_CONCEPT = "retained_tissue"
BROKEN_DEVICE_PART_CONCEPT = "device_part_broken"
BARE_FRAGMENT_WORDS = (["fragment"], ["fragments"])
#: Words of a part of a whole, by which a device's broken-off piece is named ("wire fragment",
#: "tip of the catheter"): a bare fragment may refer back to one (a whole guidewire named is
#: no fragment it may refer to).
PART_WORDS = frozenset(
    {
        *("fragment", "fragments", "piece", "pieces", "tip", "tips", "bit", "bits", "part"),
        *("remnant", "segment", "section", "portion", "length", "end", "jaw"),
    }
)
#: A stone named by itself ("laser URS for a 9mm stone", "PCNL for staghorn calculus"); after a
#: number it may be a body weight ("weighs 14 stone"), which names none.
STONE_WORDS = frozenset({"stone", "stones", "calculus", "calculi"})
#: A fragment told with what it is "of", within a few words after ("fragment of the laser
#: fibre", "fragments of stone"): the patient's own matter only when one of OWN_MATTER_WORDS.
FRAGMENT_OF_WORD = "of"
OF_WHAT_AFTER = 3
OWN_MATTER_WORDS = STONE_WORDS | frozenset(
    {"disc", "disk", "bone", "cartilage", "meniscus", "tissue", "tumour", "tumor", "nucleus"}
)


def _stone_words_before_or_beside(analysis: Analysis, span: Span) -> list[Span]:
    """The stones named by themselves before `span` or in its sentence, not after a number."""
    doc = analysis.doc
    tokens, sentence = doc.tokens, analysis.sentence(span)
    return [
        (at, at + 1)
        for at, token in enumerate(tokens)
        if token in STONE_WORDS
        and (at < span[0] or doc.sentence_of[at] == sentence)
        and not (at > 0 and tokens[at - 1][:1].isdigit())
    ]


def _tissue_fragment_by_reference(analysis: Analysis, span: Span) -> bool:
    """Whether an item `span` is a bare "fragment" whose last named fragment or stone before it,
    or one named in its sentence, is the patient's own stone or tissue ("KUB shows a residual
    stone fragment ... Residual fragments were discussed at consent", "laser URS for a 9mm
    stone, residual fragment in the lower pole"): what the patient's body held, broken up or
    left by the treatment, not an item a procedure brought and left in. A fragment of a device
    or instrument named after the stone ("the basket wire tip snapped ... fragment seen on
    KUB") is that one's, and stays an item."""
    tokens = analysis.doc.tokens
    if tokens[span[0] : span[1]] not in BARE_FRAGMENT_WORDS:
        return False
    if span[1] < len(tokens) and tokens[span[1]] == FRAGMENT_OF_WORD:
        # told by what it is a fragment of ("fragment of the laser fibre", "fragments of stone")
        return not OWN_MATTER_WORDS.isdisjoint(tokens[span[1] + 1 : span[1] + 1 + OF_WHAT_AFTER])
    own = _named_before_or_beside(analysis, span, OWN_TISSUE_FRAGMENT_CONCEPT)
    own += _stone_words_before_or_beside(analysis, span)
    if not own:
        return False
    items = [
        s
        for concept in (FOREIGN_OBJECT_CONCEPT, BROKEN_DEVICE_PART_CONCEPT)
        for s in _named_before_or_beside(analysis, span, concept)
        if tokens[s[0] : s[1]] not in BARE_FRAGMENT_WORDS
        and not PART_WORDS.isdisjoint(tokens[s[0] : s[1]])
        and not inside_any(s, own)
    ]
    # the fragment named as a device's piece itself ("fragment of the basket wire")
    if inside_any(span, items):
        return False
    return max(s[0] for s in own) > max((s[0] for s in items), default=-1)


#: The airway being secured told ("RSI", "intubated", "bougie"): in a report naming no feeding
#: tube, a bare "tube" after it is the breathing tube.
INTUBATION_CONCEPT = "intubation_told"


def _breathing_tube_by_reference(analysis: Analysis, span: Span) -> bool:
    """Whether `span` is a bare "tube" told after intubation in a report that names no feeding
    tube at all ("RSI ... bougie placed but tube would not pass ... supraglottic airway")."""
    start = span[0]
    tokens = analysis.doc.tokens
    if tokens[start : span[1]] not in BARE_TUBE_WORDS:
        return False
    if not any(s[0] < start for s in analysis.concept(INTUBATION_CONCEPT)):
        return False
    if analysis.concept(NAMED_GASTRIC_TUBE_CONCEPT):
        return False
    tubes = analysis.concept(GASTRIC_TUBE_CONCEPT)
    return all(tokens[s[0] : s[1]] in BARE_TUBE_WORDS for s in tubes)


#: A tube of the airway named ("ETT", "tracheostomy"): an airway place told after it in a
#: sentence naming no feeding tube before that place is the airway tube's ("new ETT for
#: intubation with tip in the trachea on CXR"), not a feeding tube's.
AIRWAY_TUBE_CONCEPT = "airway_tube_named"


def _airway_tube_by_reference(analysis: Analysis, span: Span) -> bool:
    """Whether a tube of the airway (an ETT or tracheostomy) is the only tube named in the
    sentence of `span` before its end: no feeding tube is named there, the airway tube's own
    "tube" apart ("OG tube ... passed past the ETT cuff into the L main bronchus" is the OG
    tube's place)."""
    airway = analysis.concept(AIRWAY_TUBE_CONCEPT)
    if not airway:
        return False
    sentence_of = analysis.doc.sentence_of
    sentence = sentence_of[span[0]]
    named = [s for s in airway if s[0] < span[1] and sentence_of[s[0]] == sentence]
    if not named:
        return False
    return not any(
        s[0] < span[1]
        and sentence_of[s[0]] == sentence
        and not any(a[0] <= s[0] <= a[1] for a in named)
        for concept in (GASTRIC_TUBE_CONCEPT, NAMED_GASTRIC_TUBE_CONCEPT)
        for s in analysis.concept(concept)
    )


def _told_as_history(analysis: Analysis, span: Span, times: list[Span]) -> bool:
    """Whether a time of the patient's history follows `span` closely in its clause ("right eye
    (operated last year)", "her right hip replacement, done at a private hospital"), or starts
    on its last word, the act's verb dated ("R knee was done 2019": batch 104 dev-176408)."""
    doc = analysis.doc
    sentence_of, breaks = doc.sentence_of, doc.clause_breaks
    for time in times:
        gap = time[0] - span[1]
        if time[0] <= span[0] or not -1 <= gap <= HISTORY_AFTER:
            continue
        if sentence_of[time[0]] != sentence_of[span[0]]:
            continue
        at = bisect_left(breaks, span[1] + 1)
        if at == len(breaks) or breaks[at] > time[0]:
            return True
    return False


def _in_brackets(doc: Document, span: Span) -> bool:
    """Whether `span` sits inside brackets opened in its sentence (or just before its first
    token) and closed after it, before any other bracket opens."""
    start, end = doc.starts[span[0]], doc.ends[span[1] - 1]
    sentence_start = doc.starts[doc.sentence_tokens(doc.sentence_of[span[0]])[0]]
    opened = doc.text.rfind("(", 0, start)
    closed = doc.text.find(")", end)
    reopened = doc.text.find("(", end)
    return (
        opened >= sentence_start - 1
        and opened > doc.text.rfind(")", 0, start)
        and closed != -1
        and (reopened == -1 or closed < reopened)
    )


def _history_times(analysis: Analysis) -> list[Span]:
    """The times that make an operated side history: any told so, and recent ones in brackets."""
    recent = analysis.concept(RECENT_HISTORY_CONCEPT)
    times = analysis.concept(HISTORY_CONCEPT)
    if recent:
        times = times + [t for t in recent if _in_brackets(analysis.doc, t)]
    return times


def _overlaps_any(span: Span, others: Sequence[Span]) -> bool:
    """Whether `span` shares a token with one of `others`."""
    start, end = span
    for other_start, other_end in others:  # noqa: SIM110 (hot: a generator costs more)
        if start < other_end and other_start < end:
            return True
    return False


#: Concept of the framework's definition of a never event quoted ("the never event for wrong
#: route covers ..."): the words after it in its sentence are the category, not the event.
FRAMEWORK_DEFINITION = "framework_definition"


#: How many sentences a definition's list, parted by semicolons, may run on.
DEFINITION_LIST_SENTENCES = 3


def _in_definition(analysis: Analysis, span: Span, definitions: list[Span]) -> bool:
    """Whether `span` starts at or after a quoted framework definition in its sentence, or in
    the items of its list parted by semicolons ("covers (IV chemotherapy given intrathecally;
    oral medicines given by any parenteral route; ...)")."""
    doc, sentence = analysis.doc, analysis.sentence(span)
    for definition in definitions:
        first = analysis.sentence(definition)
        if definition[0] > span[0] or not 0 <= sentence - first <= DEFINITION_LIST_SENTENCES:
            continue
        starts = doc.starts
        # each sentence up to the span's ends with a semicolon: the same list
        if all(
            doc.text[: starts[doc.sentence_tokens(n)[0]]].rstrip().endswith(";")
            for n in range(first + 1, sentence + 1)
        ):
            return True
    return False


def _outside_definitions(analysis: Analysis, spans: list[Span]) -> list[Span]:
    """`spans` less those inside a quoted framework definition (`_in_definition`)."""
    definitions = analysis.concept(FRAMEWORK_DEFINITION) if spans else []
    if not definitions:
        return spans
    return [s for s in spans if not _in_definition(analysis, s, definitions)]


#: The concept of an item found or taken out, whose span after a past item makes that item
#: this report's finding, and the words of an item's state alone ("still in situ"): the past
#: item still there, no finding.
RETAINED_CONCEPT = "retained"
ITEM_STATE_WORDS = frozenset({"still", "in", "situ", "insitu", "place", "remains", "remained"})


def _denying_spans(analysis: Analysis, reading: str) -> list[Span]:
    """The spans of a denying reading. An item of the patient's past operation is background
    only while no retained item is told after it: "she had a swab left in after her
    hysterectomy 10 years ago, found on CT today" is the finding, years late."""
    spans = analysis.concept(reading)
    if reading != RETAINED_IN_PATIENTS_PAST or not spans:
        return spans
    return _before_any_item_found(analysis, spans)


def _before_any_item_found(analysis: Analysis, spans: list[Span]) -> list[Span]:
    """The spans of `spans` with no retained item told (not only its state, "left in situ")
    from their end on: a past told before such an item is its finding, years late."""
    tokens = analysis.doc.tokens
    last = max(
        (
            s[0]
            for s in analysis.concept(RETAINED_CONCEPT)
            if not ITEM_STATE_WORDS.issuperset(tokens[s[0] : s[1]])
        ),
        default=-1,
    )
    return [span for span in spans if span[1] > last]


def _accounts_of_the_past(analysis: Analysis) -> list[Span]:
    """Someone's accounts of their past elsewhere or long ago (`Analysis.accounts_of_the_past`)
    with no item found or taken out told after them: "Pt says that in 2020 a swab was left
    inside her after her section and it was found on CT today" is the finding, years late (as
    `_denying_spans` reads an item of the patient's past)."""
    accounts = analysis.accounts_of_the_past()
    return _before_any_item_found(analysis, accounts) if accounts else accounts


def _evidence_spans(analysis: Analysis, concept: str) -> list[Span]:
    """The affirmed spans of an evidence concept that no other reading of it covers, nor
    someone's account of their past elsewhere or long ago (`Analysis.accounts_of_the_past`)."""
    spans = analysis.concept(concept)
    if not spans:
        return spans  # (every reading below only drops spans)
    if accounts := _accounts_of_the_past(analysis):
        spans = [s for s in spans if not inside_any(s, accounts)]
    if spans and concept in HISTORY_DENIED:
        times = _history_times(analysis)
        if times:
            spans = [s for s in spans if not _told_as_history(analysis, s, times)]
    for reading, denied in ELSEWHERE_READINGS:
        if spans and concept in denied:
            elsewhere = {analysis.sentence(span) for span in analysis.concept(reading)}
            if elsewhere:
                spans = [s for s in spans if analysis.sentence(s) not in elsewhere]
    spans = _outside_definitions(analysis, spans)
    spans = not_of_an_item_left(analysis, concept, spans)
    if spans and concept == GASTRIC_TUBE_CONCEPT:
        spans = [
            s
            for s in spans
            if not _nj_tube_by_reference(analysis, s)
            and not _breathing_tube_by_reference(analysis, s)
        ]
    if spans and concept == FOREIGN_OBJECT_CONCEPT:
        spans = [
            s
            for s in spans
            if not _end_of_a_feeding_tube(analysis, s)
            and not _medicine_pack_by_reference(analysis, s)
            and not _blood_pack_by_reference(analysis, s)
            and not _device_in_use_by_reference(analysis, s)
            and not _tissue_fragment_by_reference(analysis, s)
        ]
    if spans and concept in AIRWAY_PLACE_CONCEPTS:
        spans = [s for s in spans if not _airway_tube_by_reference(analysis, s)]
    if spans and concept == REVERSAL_CONCEPT:
        spans = [s for s in spans if not told_of_the_low_strength(analysis, s)]
    readings = EVIDENCE_DENIED_BY.get(concept)
    if not readings or not spans:
        return spans
    return _not_denied_by(analysis, readings, spans)


#: The concept of a benzodiazepine reversed ("needed flumazenil") in high-strength midazolam's
#: never event (MIDAZOLAM_CODE), and the strengths that tell which product a dose or a reversed
#: dose was of: the low one (1 mg/ml) or a high one.
REVERSAL_CONCEPT = "benzodiazepine_reversed"
LOW_STRENGTH_CONCEPT = "midazolam_low_strength"
HIGH_STRENGTH_CONCEPTS = ("high_strength_midazolam", "strength_2mg_per_ml_or_more")
#: Concepts of a dose made ready or given, which lift a stock hazard's exclusion.
DOSE_CONCEPTS = frozenset({"dose_given", "dose_made_up", "midazolam_made_ready"})


def told_of_the_low_strength(analysis: Analysis, span: Span) -> bool:
    """Whether a dose or its reversal at `span` is told of the low strength: its sentence or
    the one before names the 1 mg/ml product and no high strength ("2 were oversedation with
    the correct 1mg/ml product ...; both recovered, one needed flumazenil"): too much of the
    right product, no high strength selected, given nor reversed."""
    sentence = analysis.sentence(span)
    told = {sentence - 1, sentence}

    def named(concept: str) -> bool:
        return any(analysis.sentence(s) in told for s in analysis.concept(concept))

    return named(LOW_STRENGTH_CONCEPT) and not any(map(named, HIGH_STRENGTH_CONCEPTS))


def _dose_of_the_low_strength(
    analysis: Analysis, never_event: NeverEventType, concept: str, span: Span
) -> bool:
    """Whether a dose lifting a high-strength midazolam exclusion (a stock hazard) is told of
    the low strength (`told_of_the_low_strength`): the right product given, no dose of the
    high strength found in stock."""
    return (
        never_event.code == MIDAZOLAM_CODE
        and concept in DOSE_CONCEPTS
        and told_of_the_low_strength(analysis, span)
    )


def _not_denied_by(analysis: Analysis, readings: tuple[str, ...], spans: list[Span]) -> list[Span]:
    """The spans that no denying reading of `readings` (EVIDENCE_DENIED_BY) covers: inside it or
    within its reach (DENIAL_REACH), or in its sentence for a sentence-wide one."""
    spans = _outside_denying_sentences(analysis, readings, spans)
    denials = [
        (denial, DENIAL_REACH.get(reading, _inside))
        for reading in readings
        for denial in _denying_spans(analysis, reading)
    ]
    if not denials:
        return spans
    return [
        s
        for s in spans
        if not any(_inside(s, denial) or reaches(s, denial) for denial, reaches in denials)
    ]


#: Denying readings that deny every span of their sentence, not only those inside them: "Bathroom
#: has a collapsible shower rail - reminder to staff that it's the wardrobe not the rails that is
#: the risk here" names no rail that held anyone (a rail of another sentence, "no rail involved"
#: said of one attempt and a hanging from the rail told next, is still read).
SENTENCE_WIDE_DENIALS = frozenset({RAILS_NOT_INVOLVED})


def _outside_denying_sentences(
    analysis: Analysis, readings: tuple[str, ...], spans: list[Span]
) -> list[Span]:
    """The spans outside the sentences of a sentence-wide denying reading."""
    sentences = {
        analysis.sentence(denial)
        for reading in readings
        if reading in SENTENCE_WIDE_DENIALS
        for denial in analysis.concept(reading)
    }
    if not sentences:
        return spans
    return [s for s in spans if analysis.sentence(s) not in sentences]


def _found_undenied(analysis: Analysis, concept: str) -> list[Span]:
    """Every span of a concept found, affirmed or not, that no denying reading of it
    (EVIDENCE_DENIED_BY) covers: "a proper 50ml syringe" names no incorrect device."""
    spans = analysis.found.get(concept_label(concept), [])
    denials = [d for r in EVIDENCE_DENIED_BY.get(concept, ()) for d in analysis.concept(r)]
    return [s for s in spans if not any(_inside(s, d) for d in denials)] if denials else spans


def _group_spans(analysis: Analysis, group: list[str]) -> list[Span]:
    spans = [span for concept in group for span in _evidence_spans(analysis, concept)]
    return sorted(spans)


#: Rule id -> the phrase-index labels of each `require` group (a cheap presence pre-check).
_RULE_LABELS: dict[str, tuple[frozenset[str], ...]] = {}


def _required_labels(rule: NeverEventRule) -> tuple[frozenset[str], ...]:
    labels = _RULE_LABELS.get(rule.id)
    if labels is None:
        labels = tuple(frozenset(concept_label(c) for c in group) for group in rule.require)
        _RULE_LABELS[rule.id] = labels
    return labels


def _could_apply(analysis: Analysis, rule: NeverEventRule) -> bool:
    """Whether every `require` group has a phrase in the narrative (affirmed or not)."""
    return not any(map(analysis.found.keys().isdisjoint, _required_labels(rule)))


def _locate(analysis: Analysis, rule: NeverEventRule) -> tuple[Span, ...] | None:
    """One span per `require` group, all within `rule.window` sentences, or None."""
    return next(_locations(analysis, rule), None)


def _locations(analysis: Analysis, rule: NeverEventRule) -> Iterator[tuple[Span, ...]]:
    """Each placement of one span per `require` group within `rule.window` sentences, the
    earliest first (an error may be stated again further on, nearer to what followed it)."""
    if not _could_apply(analysis, rule):
        return
    groups = []
    for group in rule.require:
        spans = _group_spans(analysis, group)
        if not spans:
            return
        groups.append(spans)
    # Spans are sorted, so their sentence numbers are too: the first span of a group in
    # sentences first..last is the first one from sentence `first` on, if it is not past last.
    sentence_of = analysis.doc.sentence_of
    sentences = [[sentence_of[span[0]] for span in spans] for spans in groups]
    for first in sorted({n for numbers in sentences for n in numbers}):
        last = first + rule.window
        chosen = []
        for spans, numbers in zip(groups, sentences, strict=True):
            at = bisect_left(numbers, first)
            if at == len(numbers) or numbers[at] > last:
                break
            chosen.append(spans[at])
        else:
            yield tuple(chosen)


def _sentence_range(analysis: Analysis, evidence: tuple[Span, ...]) -> tuple[int, int]:
    """The first and last sentence the evidence covers (a reasoning span, such as a planned
    and a placed implant value, may run over two sentences)."""
    sentence_of = analysis.doc.sentence_of
    firsts = [sentence_of[span[0]] for span in evidence]
    lasts = [sentence_of[max(span[0], span[1] - 1)] for span in evidence]
    return min(firsts), max(lasts)


#: Codes that say "I don't know": they do not count as structured information.
UNKNOWN_CODES = frozenset({"15", "101", "9"})


def _has_structured_setting(fields: StructuredFields) -> bool:
    """Whether the reporter gave a known service type, specialty or location type."""
    return any(
        value is not None and value not in UNKNOWN_CODES
        for value in (fields.service_type, fields.specialty, fields.location_type)
    )


def _field_matches(fields: StructuredFields, condition: Gate | Exclusion) -> bool:
    return (
        (fields.service_type is not None and fields.service_type in condition.service_types)
        or (fields.specialty is not None and fields.specialty in condition.specialties)
        or (fields.location_type is not None and fields.location_type in condition.location_types)
    )


#: Exclusion concepts whose matches do not count inside a denial of them (concept -> the
#: concept of its denial): "No transitional anatomy was identified" names the anatomy only to
#: rule it out, so it is no wrong site "due to unexpected anatomy"; "Bed 3 found on the floor"
#: is a fall, not a missing item found outside the patient; "staff initially thought pt had
#: forced the restrictor with a tool" is a first guess the report goes on to overturn; "wound
#: closed and hernia repaired on the L as planned" is the planned operation done after a
#: wrong-site start, not a site that was right all along; "no error occurred in the dispensing"
#: clears one step, it does not say nothing happened; "at suture removal at the GP practice
#: 10 days later" is when a retained item was found, not a removal planned in 10 days; "oral
#: surgery clinic, dental hospital" names where a wrong-side biopsy was done, not a tooth
#: taken out; "on oxygen as prescribed found connected to the air flowmeter" names the oxygen's
#: prescription, not air intended; "bag-mask ventilated" after high-strength midazolam is the
#: rescue of an oversedated patient, not a ventilated patient in an area where it is used, and
#: "the 2mg/ml stock had not been risk-assessed for that area" denies the area's assessment;
#: "RMN 1:1 requested" is a mental health nurse brought to another ward, not a gate's mental
#: health setting (denials count for a gate's text cues too); "no error found in the listing"
#: after an alleged wrong toe clears the listing, not the operation; "a pt unscrewed a
#: restrictor with a knife" last year, "the contractor unscrewed the restrictor with a
#: screwdriver" or a first guess that the pt forced it with a tool is no patient defeating a
#: working restrictor beside this fall; "a stock audit on all paediatric wards found no other
#: concentrate" is a sweep after the event that cleared the other areas, not the audit that
#: found this hazard.
DENIED_BY: dict[str, tuple[str, ...]] = {
    # "both pts RhD neg group O and A respectively": two groups, one each, not one shared
    "abo_compatible_by_group": ("groups_told_respectively",),
    # "prescribed PO, nurse gave it IV": the IV route reached over the oral one prescribed
    "prescribed_iv_only": ("prescribed_oral_then_iv",),
    # "midazolam amps found, nobody had drawn any up": the making ready denied by its subject
    "midazolam_made_ready": ("nothing_made_ready",),
    # "nobody had used it as a flush": the concentrate's use denied by its subject
    "potassium_used_as_diluent": ("potassium_use_denied",),
    # "the renal ward, where pts are often hyperkalaemic": the ward's patients in general, no
    # patient's potassium raised after a dose (review R29's d1)
    "hyperkalaemia_after": ("hyperkalaemia_of_the_ward",),
    "unexpected_anatomy": ("anatomy_denied",),
    "wrong_site_look_alike": ("redo_after_wrong_start",),
    "applied_to_wrong_side": ("redo_after_wrong_start",),
    # "a stock audit on all wards found no other": a sweep after the event, not the hazard found
    # ... and "hosp no. pt received the correct unit later" is a hospital number, not "no pt"
    "risk_only": (
        "error_denied_for_one_step",
        "audit_found_nothing_further",
        "identifier_number_named",
        # "meant to return its KCl stock at the last audit but it was missed": the check
        # before the event, not the hazard found
        "earlier_check_missed",
    ),
    "site_error_disproved": ("error_denied_for_one_step",),
    "given_by_mouth": ("route_first_claimed",),
    "no_event_on_review": ("error_denied_for_one_step",),
    # "pt found on the floor" is no item found there; "theatre count record says all swabs
    # accounted for" is the count that missed the item, not one found outside the patient
    "found_outside_patient": ("person_found_on_floor", "count_record_claimed_complete"),
    # "the restrictor had been intact at the 14.00 check" is when it was last seen working,
    # not a restrictor that worked when the patient got to the window
    "restrictor_functional": ("restrictor_force_first_guess", "restrictor_intact_at_earlier_check"),
    "restrictor_defeated_with_tool": ("restrictor_tool_not_this_patients",),
    # "approx 6m drop to the car park" found on an estates check is how far down it is, no
    # person landed there: it lifts no exclusion of a hazard found with nobody there
    "window_fall_landed": ("window_drop_as_height",),
    # "no pt in the room at the time of the 06:00 obs" is the patient gone, not an empty room
    "window_hazard_found": ("window_patient_missing_at_check",),
    "retained_intentional": ("found_at_later_removal",),
    # "she wasn't told a swab was used" is what the patient was not told, not "it wasn't a swab"
    "retained_error_disproved": ("item_use_not_told",),
    "tooth_extraction": ("dental_setting_named",),
    # "sats 91% in air, salbutamol nebs prescribed to be driven by O2": the room air the
    # saturation was read on, no air prescribed (batch 109's dev-181980; a shared word denies)
    "air_intentional": ("oxygen_prescribed_found_on_air", "saturation_on_room_air"),
    # "the never event at a neighbouring trust where a pt was put on air": that hospital's
    # patient, who lifts no exclusion of a set-up found here
    **dict.fromkeys(
        ("patient_found_on_air", "oxygen_patient_connected_to_air"), (EVENT_ELSEWHERE,)
    ),
    "abo_intentional": ("abo_intentional_denied", TITRE_OF_ANOTHER_UNIT, OUT_OF_GROUP_UNTESTED),
    # "wedged, bed rails were not in use" read on across the comma: no body in those rails
    # (they share the rails' words; batch dev-178968)
    "entrapped_in_rail": ("bed_without_rails",),
    "midazolam_appropriate_area": ("midazolam_area_denied",),
    "cancer_treatment": ("cancer_denied",),
    "mental_health_setting": ("mental_health_staff_brought_in",),
    # "converted from a general medical ward 2 yrs ago": the ward's former use, not its setting;
    # "transferred to the acute medical unit": where the patient went after, not the setting
    "stated_not_mental_health": ("ward_former_use", "ward_as_destination"),
    # "since admission after a ligature attempt at home": the patient's history, not the place
    "community_setting": ("reporting_team_named", "community_setting_as_history"),
    # "admitted to the ward from HMP Ashby under s48": the prison the inpatient came from
    "custodial_setting": ("custodial_setting_as_origin",),
    "non_washing_heat": ("heat_source_as_device_test",),
    # "long stem component was planned due to bone loss": the plan's reason, no change made
    "intentional_implant_change": ("reason_of_the_plan",),
}


#: Exclusion concepts a denial of them rules out when the two share a word, not only from inside
#: it: "Patient's son removed the restrictor using a screwdriver" is read from the patient's
#: noun, before the son's act; the act and the tool are the son's.
DENIED_WHEN_SHARED = frozenset(
    {"restrictor_defeated_with_tool", "intentional_implant_change", "entrapped_in_rail"}
)


#: Denials that rule out an exclusion span they share a word with, whatever exclusion it is of:
#: a saturation read on room air ("sats 91% in air") owns its "air", which a phrase read on
#: from it ("air, salbutamol nebs prescribed") does not make a prescribed air.
DENYING_BY_A_SHARED_WORD = frozenset({"saturation_on_room_air"})


def _undenied(analysis: Analysis, concept: str, spans: list[Span]) -> list[Span]:
    """The spans of an exclusion concept that no denial of it covers."""
    denials = DENIED_BY.get(concept)
    if not denials or not spans:
        return spans
    covers = [span for denial in denials for span in analysis.concept(denial)]
    if concept in DENIED_WHEN_SHARED:
        return [s for s in spans if not any(_shares_a_token(s, c) for c in covers)]
    shared = [
        span
        for denial in denials
        if denial in DENYING_BY_A_SHARED_WORD
        for span in analysis.concept(denial)
    ]
    if shared:
        spans = [s for s in spans if not any(_shares_a_token(s, c) for c in shared)]
    return _uncovered(spans, covers)


#: Exclusion concepts that overturn a suspicion on review ("no error identified", "which is what
#: was planned and implanted"): they count only for a finding raised as a query ("?wrong
#: level", "'wrong lens' query"), so a "no error identified in the count" told after a wrong
#: site that nobody doubted does not undo it.
QUERY_OVERTURNED_CONCEPTS = frozenset(
    {
        "site_error_disproved",
        "implant_error_disproved",
        "retained_error_disproved",
        "tube_error_disproved",
        "air_error_disproved",
        "insulin_units_in_full",
        "mtx_overdose_disproved",
    }
)
#: Concept of a suspicion raised ("query", "possible", "suspected"); a "?" in the finding's
#: sentences counts too (the tokenizer drops it), and so does a "?" standing alone just before
#: them ("Raised as ? retained item": the "?" followed by a space ends a sentence).
QUERY_CONCEPT = "suspicion_raised"


def _raised_as_query(analysis: Analysis, sentences: tuple[int, int]) -> bool:
    """Whether the finding's sentences raise it as a question."""
    first, last = sentences
    doc = analysis.doc
    sentence_of = doc.sentence_of
    if any(first <= sentence_of[s[0]] <= last for s in analysis.concept(QUERY_CONCEPT)):
        return True
    lo, hi = doc.sentence_tokens(first, last)
    if lo >= hi:
        return False
    # (a query mark right after the last word ends its sentence: "tip in the bronchus??")
    return "?" in doc.text[max(0, doc.starts[lo] - 1) : doc.ends[hi - 1] + 1] or _query_mark_before(
        doc.text, doc.starts[lo]
    )


def _answers_after_the_query(analysis: Analysis, spans: list[Span]) -> list[Span]:
    """The spans that may answer a query: not one told wholly before every query word of its own
    sentence ("the correct dose was given on Sunday and then again on Monday ... and the
    pharmacist queried on Tuesday" tells the dose before the query, no answer to it). A span
    in a sentence of its own, before or after the query's, is left as it is (a review told
    before "Reported as there is a risk of ..." may answer the worry)."""
    queries = analysis.concept(QUERY_CONCEPT)
    if not queries:
        return spans
    sentence = analysis.sentence
    return [
        span
        for span in spans
        if not any(sentence(q) == sentence(span) for q in queries)
        or any(sentence(q) == sentence(span) and q[0] < span[1] for q in queries)
    ]


def _query_mark_before(text: str, start: int) -> bool:
    """Whether the text just before `start` is a "?" standing alone as a query mark (after a
    space or at the start: "as ? retained item"), not a question's end ("counted? A swab")."""
    at = start - 1
    while at >= 0 and text[at].isspace():
        at -= 1
    return at >= 0 and text[at] == "?" and (at == 0 or not text[at - 1].isalnum())


#: Concept of a report saying its structured setting was recorded wrongly ("Reporter selected
#: acute service type in error", "Location recorded as MH unit by reporter"), and of the ward
#: named in the narrative that then decides a gate ("adult acute psychiatric inpatient unit").
#: A ward named inside the words about the wrong field ("recorded as MH unit") is that field.
SETTING_IN_ERROR_CONCEPT = "setting_field_in_error"
GATE_WARD_CONCEPT = "mental_health_ward_named"


def _ward_named(analysis: Analysis) -> bool:
    """Whether the narrative names the gate's ward outside its words about the wrong field."""
    wards = analysis.concept(GATE_WARD_CONCEPT)
    return bool(_uncovered(wards, analysis.concept(SETTING_IN_ERROR_CONCEPT)))


def _lifting_spans(analysis: Analysis, concept: str) -> list[Span]:
    """The spans of an exclusion's `except_if` concept, less those its denial covers
    (DENIED_BY: "nobody had drawn any up"), outside the words of a never-event category named
    ("falls outside the non-cancer methotrexate never event") or of the framework's definition
    quoted ("the never event is about ... where 1mg/ml was intended"): the category's words are
    not this case's."""
    spans = analysis.concept(concept)
    if not spans:
        return spans
    category = analysis.concept(REPORTER_CATEGORY)
    spans = _uncovered(spans, category) if category else spans
    return _outside_definitions(analysis, _undenied(analysis, concept, spans))


#: Look-alikes put on the wrong side (drops, a dressing, a band) that do not rule out a finding
#: whose evidence tells an invasive act on a side they are no part of: "L knee arthroscopy done.
#: Consent and arrow were for the R knee. Pt asked why the dressing was on the wrong leg" is the
#: arthroscopy of the wrong knee, the dressing only its sign.
LOOK_ALIKES_OF_AN_ACT = frozenset({"applied_to_wrong_side"})
ACT_CONCEPTS = ("acted_left", "acted_right")
#: A nerve block named (a block's dressing on the wrong side is the block's sign).
BLOCK_SITE_CONCEPT = "nerve_block_site"
#: Look-alikes that rule a finding out only when they are its evidence: "retained products" is
#: tissue, not an item, but a swab told as left in beside it is still a retained item (so is a
#: swab found beside a piece of food choked on: the meal rules out only its own "piece of"); a
#: training scenario told with the error it plays ("sim scenario run: 'wrong side hernia'") rules
#: out those words, not a real wrong-site operation told in the next sentence; a side of a
#: filed paper or of another patient (site_act), read again as a side by a later reading ("into
#: the L eye episode" read as a step still to come), rules out the finding it is evidence of.
LOOK_ALIKES_AS_EVIDENCE = frozenset(
    {
        "retained_tissue",
        "food_choked_on",
        "simulated_scenario",
        "side_of_a_record_or_another_patient",
    }
)


#: The look-alike of a side not of this patient's act (site_act.SIDE_NOT_OF_THIS_ACT): what it
#: holds of this finding's evidence must be its side word, not a verb it shares with this
#: patient's act told after it.
SIDE_NOT_OF_THIS_ACT_CONCEPT = "side_of_a_record_or_another_patient"


def _look_alikes_in_evidence(
    analysis: Analysis, concept: str, spans: list[Span], evidence: tuple[Span, ...]
) -> list[Span]:
    """The look-alike spans that are part of the finding's evidence. A side of a record or of
    another patient counts only when its side word is (dev-181305: "The previous pt had a L
    shoulder done and I had the couch ... set up on the L side": the evidence's act shares
    "done" with the other patient's side, but its side is this patient's set-up)."""
    if concept != SIDE_NOT_OF_THIS_ACT_CONCEPT:
        return [s for s in spans if _overlaps_any(s, evidence)]
    tokens = analysis.doc.tokens
    return [
        s
        for s in spans
        if any(
            tokens[i] in ANY_SIDE_WORDS and _overlaps_any((i, i + 1), evidence) for i in range(*s)
        )
    ]


def _look_alike_spans(
    analysis: Analysis, spans: list[Span], evidence: tuple[Span, ...]
) -> list[Span]:
    """The look-alike spans that may rule out a finding: all of them, unless the finding's
    evidence tells an act on a side, then only those that share words with that act. A nerve
    block in the evidence may be told as the act, from its name on ("fascia iliaca block done
    by the reg on the LEFT groin. ... the nurse saw the dressing on the wrong side"): the
    dressing is the block's sign, not what went to the wrong side."""
    acts = {span for concept in ACT_CONCEPTS for span in analysis.concept(concept)}
    told = [span for span in evidence if span in acts]
    if not told:
        # the evidence's nerve block, outside the look-alikes, told as done on a side straight
        # after its name ("fascia iliaca" + "block done by the reg on the LEFT groin")
        blocks = analysis.concept(BLOCK_SITE_CONCEPT)
        named = [
            (start, end + 1)
            for start, end in evidence
            if _overlaps_any((start, end), blocks) and not _overlaps_any((start, end), spans)
        ]
        told = [act for act in acts if _overlaps_any(act, named)]
    if not told:
        return spans
    return [span for span in spans if _overlaps_any(span, told)]


#: Exclusion concepts that count only for the finding's own case: an item found on the floor
#: or in the bin in another item of a bulletin's numbered list ("2. Orthopaedics: a swab
#: missing at the end of a TKR was found in the bin"), or among "2 other count discrepancies
#: ... (one needle found on the floor)", is that case's item, not this finding's.
OWN_CASE_EXCLUSION_CONCEPTS = frozenset({"found_outside_patient"})
#: A numbered list item's opening ("2. Orthopaedics", "3) Ward 4"): at a line start or after a
#: sentence's end, a number of one or two digits, a dot or bracket, then a capital.
LIST_ITEM_START = re.compile(r"(?:^|\n|(?<=[.!?;:] ))[ \t]*\d{1,2}[.)][ \t]+(?=[A-Z])")
#: Words that tell a case as another than the report's ("2 other count discrepancies", "an
#: earlier incident") when they come shortly before a case noun in the exclusion's sentence.
OTHER_CASE_WORDS = frozenset({"other", "another", "previous", "earlier", "separate"})
OTHER_CASE_NOUNS = frozenset(
    {"discrepancy", "discrepancies", "case", "cases", "incident", "incidents", "occasions"}
)
#: Tokens after an "other" word within which its case noun comes.
OTHER_CASE_REACH = 3


def _of_another_case(analysis: Analysis, span: Span, sentences: tuple[int, int]) -> bool:
    """Whether an exclusion span outside the finding's sentences is told of another case: it
    sits in another item of a numbered list than the finding's first sentence, or its sentence
    names other cases before it ("2 other count discrepancies ... one needle found on the
    floor")."""
    doc = analysis.doc
    sentence_of = doc.sentence_of
    if sentences[0] <= sentence_of[span[0]] <= sentences[1]:
        return False
    first = doc.sentence_tokens(sentences[0])[0]
    if first < len(doc.tokens):
        starts = [m.end() for m in LIST_ITEM_START.finditer(doc.text)]
        if len(starts) > 1:
            finding_item = bisect_left(starts, doc.starts[first] + 1)
            if finding_item != bisect_left(starts, doc.starts[span[0]] + 1):
                return True
    tokens = doc.tokens
    opening = doc.sentence_tokens(sentence_of[span[0]])[0]
    return any(
        tokens[i] in OTHER_CASE_WORDS
        and not OTHER_CASE_NOUNS.isdisjoint(tokens[i + 1 : i + 1 + OTHER_CASE_REACH])
        for i in range(opening, span[0])
    )


def _exclusion(
    analysis: Analysis,
    never_event: NeverEventType,
    sentences: tuple[int, int],
    fields: StructuredFields,
    evidence: tuple[Span, ...] = (),
    after: int = -1,
) -> str | None:
    """The id of the framework exclusion or gate that rules out a finding whose evidence
    (`evidence`, when known) covers `sentences` (first, last), if any. `after`: the last
    sentence of a finding already ruled out, whose window cues are not looked at again."""
    sentence_of = analysis.doc.sentence_of
    near_first, near_last = sentences[0] - 1, sentences[1] + 1
    own_first = max(near_first, after + 1)
    for exclusion in never_event.exclusions:
        field_matches = _field_matches(fields, exclusion)
        if not field_matches and not any(map(analysis.concept, exclusion.any_of)):
            continue  # nothing of it told: what would lift it does not matter
        anywhere = exclusion.except_if_scope == "document"
        if exclusion.except_if and any(
            anywhere or near_first <= sentence_of[s[0]] <= near_last
            for concept in exclusion.except_if
            for s in _lifting_spans(analysis, concept)
            if not _dose_of_the_low_strength(analysis, never_event, concept, s)
        ):
            continue
        if field_matches:
            return exclusion.id
        windowed = exclusion.scope == "window"
        for concept in exclusion.any_of:
            spans = _undenied(analysis, concept, analysis.concept(concept))
            if spans and concept in QUERY_OVERTURNED_CONCEPTS:
                raised = _raised_as_query(analysis, sentences) or claim_framed(analysis, evidence)
                spans = _answers_after_the_query(analysis, spans) if raised else []
            if windowed:
                spans = [s for s in spans if own_first <= sentence_of[s[0]] <= near_last]
            if spans and concept in OWN_CASE_EXCLUSION_CONCEPTS:
                spans = [s for s in spans if not _of_another_case(analysis, s, sentences)]
            if spans and concept in LOOK_ALIKES_OF_AN_ACT:
                spans = _look_alike_spans(analysis, spans, evidence)
            if spans and evidence and concept in LOOK_ALIKES_AS_EVIDENCE:
                spans = _look_alikes_in_evidence(analysis, concept, spans, evidence)
            if spans:
                return exclusion.id
    gate = never_event.gate
    if gate is None:
        return None
    if analysis.concept(SETTING_IN_ERROR_CONCEPT):
        # the report says the structured setting was recorded wrongly: the ward it names decides
        return None if _ward_named(analysis) else f"NE{never_event.code}.gate"
    if _field_matches(fields, gate):
        return None
    # Structured fields decide when given; the narrative's own cues only when they are not.
    if not _has_structured_setting(fields) and any(
        _undenied(analysis, concept, analysis.concept(concept)) for concept in gate.text_cues
    ):
        return None
    return f"NE{never_event.code}.gate"


#: Concept of the corrected action done after an error was caught ("re-marked", "on the correct
#: side", "once position confirmed"): a reach cue next to it is the redo, not the error.
CORRECTED_CONCEPT = "corrected_action"
#: Tokens either side of a reach cue within which a corrected action makes it the redo.
CORRECTED_TOKENS = 6
#: How many sentences after the pattern a reach cue ("feed started", "transfused") may sit: a
#: long report goes on to other events and to the corrected care ("re-passed. Feed started").
REACH_SENTENCES = 2
#: ... further for a transfusion, whose report tells the collection and the bedside check between
#: the groups and the unit going up ("group A units for the group O pt. The porter collected them
#: ... Bedside check done at the station ... First unit started"); a catch beside the finding
#: still keeps it to the next sentence.
REACH_SENTENCES_BY_CODE = {"12": 4}
#: ... and anywhere on for a transfusion told through its records with no catch anywhere in
#: the report (the LIMS groups, then the fridge log, the bedside scan and the obs chart, where
#: "transfusion stopped, approx 80ml given" comes lines later).
REACH_ANYWHERE_UNCAUGHT_CODES = frozenset({"12"})


#: The word that tells a reach cue in the past perfect ("had been given 2 feeds via it since it
#: was re-sited", "had had 3 x 2ml feeds down it"): the use came before the discovery, so it is
#: no redo after it.
PLUPERFECT_WORD = "had"
#: Tokens before a reach cue looked at for it, in its clause.
PLUPERFECT_BEFORE = 6


def _told_as_before_the_discovery(analysis: Analysis, span: Span) -> bool:
    """Whether a reach cue opens with "had" or follows it closely in its clause ("had been
    given", "had had 3 x 2ml feeds"): told as done before the report's present, the
    discovery."""
    doc = analysis.doc
    return doc.tokens[span[0]] == PLUPERFECT_WORD or any(
        doc.tokens[i] == PLUPERFECT_WORD for i in doc.before_in_clause(span[0], PLUPERFECT_BEFORE)
    )


def _is_redo(analysis: Analysis, span: Span) -> bool:
    """Whether a reach cue belongs to the corrected action after the error was caught."""
    if _told_as_before_the_discovery(analysis, span):
        return False
    sentence = analysis.sentence(span)
    for other in analysis.concept(CORRECTED_CONCEPT):
        if analysis.sentence(other) != sentence:
            continue
        gap = max(other[0] - span[1], span[0] - other[1], 0)
        if gap <= CORRECTED_TOKENS:
            return True
    return False


#: Words before "fed" that make it the patient's way of feeding, not a use of this tube ("NG
#: fed under the MHA", "PEG fed at home").
FED_STATUS_WORDS = frozenset(
    {"ng", "ngt", "tube", "peg", "rig", "nj", "nasogastrically", "enterally", "gastrostomy"}
)


#: Nouns after a reach word that make it the name of equipment ("the giving set", "giving
#: sets"): the set connected to a bottle is no product given.
EQUIPMENT_NOUNS = frozenset({"set", "sets"})


def _names_equipment(analysis: Analysis, span: Span) -> bool:
    """Whether a reach cue starts with "giving" naming the giving set ("connected the giving
    set to the feed bottle"), not the act of giving."""
    tokens = analysis.doc.tokens
    at = span[0]
    return tokens[at] == "giving" and at + 1 < len(tokens) and tokens[at + 1] in EQUIPMENT_NOUNS


def _paper_handed(analysis: Analysis, span: Span) -> bool:
    """Whether a one-word reach cue "given" hands someone a paper (`unit_reach.paper_handed`),
    not a product to the patient."""
    return span[1] - span[0] == 1 and paper_handed(analysis.doc.tokens, span[0])


#: Never events whose unit's set primed or line flushed before the connection is no reach
#: (`unit_reach.set_primed`), and whose organ's bench preparation is none either
#: (`unit_reach.prepared_off_the_patient`): the unit or organ not yet in the patient.
UNIT_NOT_YET_IN_CODES = frozenset({"12"})


def _unit_not_yet_in(analysis: Analysis, never_event: NeverEventType, span: Span) -> bool:
    """Whether a reach cue of a blood unit or an organ tells a step before it went in: the set
    primed or the line flushed with another fluid ("the giving set was run through to prime
    it", "cannula flushed with saline ready"), or the organ's bench preparation ("completed on
    the back table")."""
    if never_event.code not in UNIT_NOT_YET_IN_CODES:
        return False
    doc = analysis.doc
    return set_primed(doc.tokens, doc.sentence_of, span[0]) or prepared_off_the_patient(
        doc.tokens, doc.sentence_of, span[0]
    )


#: Specimens a laboratory "receives" ("two samples received together", "the G&S sample was
#: received in the lab"): a reach word "received" told of them names no unit gone into the
#: patient; and how far back in its sentence the specimen may be named.
SPECIMEN_NOUNS = frozenset({"sample", "samples", "specimen", "specimens", "bottle", "bottles"})
RECEIVED_WORDS = frozenset({"received", "recieved"})
SPECIMEN_BEFORE = 3


def _specimen_received(analysis: Analysis, span: Span) -> bool:
    """Whether a one-word reach cue "received" is told of a specimen the laboratory received
    ("lab states two samples received together"), not of a unit the patient received."""
    tokens = analysis.doc.tokens
    if span[1] - span[0] != 1 or tokens[span[0]] not in RECEIVED_WORDS:
        return False
    sentence_of = analysis.doc.sentence_of
    return any(
        tokens[i] in SPECIMEN_NOUNS
        for i in range(max(0, span[0] - SPECIMEN_BEFORE), span[0])
        if sentence_of[i] == sentence_of[span[0]]
    )


#: Words that name the patient's blood loss ("PPH 1800ml", "EBL 900 mls", "lost about 500ml"):
#: a volume told of them is blood that came out, not a unit that went in; and how far back in
#: its clause the loss may be named.
BLOOD_LOSS_WORDS = frozenset(
    {"pph", "ebl", "mbl", "qbl", "loss", "losses", "lost", "bled", "haemorrhage", "hemorrhage"}
    | {"haemorrhaged", "hemorrhaged", "bleed", "bleeding", "moh"}
)
BLOOD_LOSS_BEFORE = 4


def _blood_loss_volume(analysis: Analysis, span: Span) -> bool:
    """Whether a reach cue that opens with a volume ("1800 ml", "2100ml in theatre") measures
    the patient's blood loss ("PPH 1800ml", "estimated blood loss of 900 mls"), not an amount of
    a unit given."""
    doc = analysis.doc
    if (
        span[1] - span[0] > 3
        or span[0] + 1 >= span[1]
        or doc.tokens[span[0] + 1] not in VOLUME_UNITS
    ):
        return False
    return any(
        doc.tokens[i] in BLOOD_LOSS_WORDS for i in doc.before_in_clause(span[0], BLOOD_LOSS_BEFORE)
    )


#: Nouns of the bedside check of a unit ("2 nurse check for RBC started"): a reach cue told of
#: the check starts the check, not the unit; the words that tie the check to the unit; and the
#: words that may come between. The reach cues read so are those opening with the unit's word.
UNIT_WORDS = frozenset(
    {"unit", "units", "blood", "bag", "bags", "platelets", "ffp", "plasma", "cells", "rbc"}
    | {"component", "transfusion"}
)
CHECK_NOUNS = frozenset({"check", "checks", "checking"})
CHECK_TIES = frozenset({"for", "of", "on"})
CHECK_FILLERS = frozenset(
    {"the", "a", "an", "this", "that", "his", "her", "their", "its", "red", "packed", "donor"}
)
CHECK_BEFORE = 4


def _check_of_the_unit(analysis: Analysis, span: Span) -> bool:
    """Whether a reach cue that names the unit before its start word ("RBC started",
    "platelets commenced") is told of the check of the unit ("2 nurse check for RBC started at
    the nurses station", "bedside checks of the platelets commenced"), or names the check
    between ("unit check started"): the checking begun, not the unit put up."""
    tokens = analysis.doc.tokens
    if tokens[span[0]] not in UNIT_WORDS:
        return False
    if any(token in CHECK_NOUNS for token in tokens[span[0] + 1 : span[1]]):
        return True
    tied = False
    for i in analysis.doc.before_in_clause(span[0], CHECK_BEFORE):
        token = tokens[i]
        if token in CHECK_NOUNS:
            return tied
        if token in CHECK_TIES and not tied:
            tied = True
        elif token not in CHECK_FILLERS:
            return False
    return False


def _feeding_status(analysis: Analysis, span: Span) -> bool:
    """Whether a reach cue is "fed" told as the patient's way of feeding ("NG fed")."""
    tokens = analysis.doc.tokens
    return (
        span[1] - span[0] == 1
        and tokens[span[0]] == "fed"
        and span[0] > 0
        and tokens[span[0] - 1] in FED_STATUS_WORDS
    )


#: Concept of a start told as the start of getting the product ready ("took the unit to bed 11
#: and started preparing the giving set"): a reach cue sharing its words is the preparation,
#: not the product going in.
PREPARATION_STARTED_CONCEPT = "preparation_started"


#: Concept of group O RhD negative red cells told as given, the emergency units of a bleed
#: ("2 units O neg given from the theatre fridge"): compatible with every recipient, so their
#: "given" is not the incompatible unit's reach (never event 12 only).
OTHER_UNITS_GIVEN_CONCEPT = "universal_units_given"
OTHER_UNITS_GIVEN_CODES = frozenset({"12"})


#: Concept of an earlier unit of the order told as given by its number ("unit 1 given at the
#: other hospital"): told before the finding, with the finding's unit stopped beside it ("at the
#: bedside check before spiking unit 2 ... not spiked"), its "given" is that other unit's.
EARLIER_UNIT_GIVEN_CONCEPT = "earlier_unit_given"


#: Concept of the patient's usual way of feeding named as background ("home enteral feeds via
#: NGT"): a reach cue inside it is the regime, not a feed put down the misplaced tube.
FEEDING_REGIME_CONCEPT = "feeding_regime_named"


#: Concept of a use put on hold as it was set up ("feed line connected ... with pump on hold
#: awaiting CXR"): the tube was connected, nothing went down it.
HELD_CONCEPT = "use_on_hold"
#: Tokens after a reach cue within which, in its sentence, a hold makes it no use.
HELD_TOKENS = 10


#: Reach-cue words that tell the product going in, not only connected: a later hold ("feed
#: had been running for 4 hours, pump on hold now") or "nothing was given" ("water flushed ...
#: nothing was given after that") stops it, it does not undo it.
WENT_IN_WORDS = frozenset(
    {
        "running",
        "ran",
        "run",
        "infused",
        "infusing",
        "given",
        "gave",
        "administered",
        "fed",
        "flushed",
    }
)


#: Concept of a report that nothing went down the tube or line after all ("nothing was
#: given"), and how many sentences after a connection it may sit (a formal report may put the
#: background and the film's reading between: "B: pt on bolus feeds via NGT ... A: CXR ...
#: tube in the R bronchus. NOTHING given down the tube").
NOTHING_WENT_IN_CONCEPT = "nothing_went_in"
NOTHING_WENT_IN_SENTENCES = 4
#: Concept of the products listed as not put down the tube ("no feed, water or meds had been
#: put down it"): denies only the use words inside it.
USE_LISTED_AS_NOT_DONE_CONCEPT = "use_listed_as_not_done"
#: Concept of a device's gas inlet connected to the wall outlet ("the circuit O2 inlet had been
#: connected to the air terminal unit"): the wrong connection, not the device on the patient.
GAS_INLET_CONCEPT = "gas_inlet_connected"
#: Concept of the patient's own preparation for a procedure, taken before the check ("had been
#: given his bowel prep for the procedure"): for a wrong patient or site the preparation is not
#: the procedure begun, so its "given" is no reach (a drug given in error still is, elsewhere).
PREPARATION_TAKEN_CONCEPT = "procedure_preparation_taken"
PREPARATION_NOT_REACH_CODES = frozenset({"1"})
#: Words that make "nothing was given" about the time after the error was found ("feed stopped.
#: Nothing was given after that"): a use stopped had been running.
USE_STOPPED_WORDS = frozenset({"stopped", "paused", "discontinued", "switched", "turned"})
AFTERWARDS_WORDS = frozenset({"after", "afterwards", "since", "further", "else", "more", "then"})
#: A person after "stopped" ("the second nurse stopped her as there was no confirmation") is
#: the one giving it, stopped before the use: a catch, unless what follows is her product
#: ("stopped her feed").
STOPPED_PEOPLE = frozenset({"her", "him", "them", "me", "us"})
#: A person told as stopping, with nothing stopped after it ("she stopped and called me"): the
#: one about to give it stopped herself, a catch; told by her role as often as by a pronoun
#: ("Nurse paused.", "RN stopped and rang the reg").
STOPPING_PEOPLE = frozenset(
    {
        *("she", "he", "i", "we", "they", "nurse", "rn", "hca", "student", "sn", "midwife"),
        *("dr", "doctor", "fy1", "sho", "staff", "colleague", "nurses", "sister"),
    }
)
STOP_ENDS = frozenset({"and", "then", "so", "immediately"})
STOPPED_PRODUCTS = frozenset(
    {"feed", "feeds", "feeding", "flush", "flushes", "meds", "medication", "medications", "milk"}
    | {"water", "bolus", "infusion", "pump", "drip", "transfusion", "unit", "blood", "tube"}
)


def _use_stopped(
    tokens: list[str], caught: bool = False, ends: frozenset[int] = frozenset()
) -> bool:
    """Whether `tokens` tell a use stopped ("feed stopped", "stopped her feed"), not a person
    stopped before it ("the second nurse stopped her"), nor the person stopping herself: where
    a catch is told (`caught`: "as she was about to push", "so she stopped and called me"), or
    with the stop closing its sentence (`ends`, the indexes of the tokens that do: "Nurse
    paused. XR then reviewed"), as nothing was going in that she could stop."""
    for at, token in enumerate(tokens):
        if token not in USE_STOPPED_WORDS:
            continue
        closed = at in ends
        person = [] if closed else tokens[at + 1 : at + 2]
        product = tokens[at + 2 : at + 3]
        if (
            person
            and person[0] in STOPPED_PEOPLE
            and not (product and product[0] in STOPPED_PRODUCTS)
        ):
            continue  # the one giving it was stopped: a catch
        if (
            at
            and tokens[at - 1] in STOPPING_PEOPLE
            and (closed or (caught and (not person or person[0] in STOP_ENDS)))
        ):
            continue  # the one giving it stopped herself at the catch: nothing went in
        return True
    return False


def _sentence_ends(sentence_of: list[int], start: int, end: int) -> frozenset[int]:
    """The indexes, counted from `start`, of the tokens from `start` to `end` that close their
    sentence."""
    return frozenset(
        i - start
        for i in range(start, end)
        if i + 1 < len(sentence_of) and sentence_of[i + 1] != sentence_of[i]
    )


def _held(analysis: Analysis, span: Span) -> bool:
    """Whether a connection told as a reach cue is followed closely in its sentence by the use
    put on hold, or soon after by a plain "nothing was given" (nothing went down the tube).
    A reach cue inside the words that nothing went in ("disconnected the feed before anything
    ran") is those words, not a use, and so is one that holds them ("held feeds and gave nothing
    via the tube": what was given was nothing)."""
    nothing = analysis.concept(NOTHING_WENT_IN_CONCEPT)
    if (
        inside_any(span, nothing)
        or inside_any(span, analysis.concept(USE_LISTED_AS_NOT_DONE_CONCEPT))
        or any(span[0] <= start and end <= span[1] for start, end in nothing)
    ):
        return True
    if WENT_IN_WORDS.intersection(analysis.doc.tokens[span[0] : span[1]]):
        return False
    sentence = analysis.sentence(span)
    if any(
        analysis.sentence(hold) == sentence and 0 <= hold[0] - span[1] <= HELD_TOKENS
        for hold in analysis.concept(HELD_CONCEPT)
    ):
        return True
    tokens, sentence_of = analysis.doc.tokens, analysis.doc.sentence_of
    catches = [cue[0] for cue in analysis.context.cues["prevented"] if cue[0] >= span[1]]
    # a hold told straight after the stop ("she stopped, nothing given") is the catch itself
    return any(
        hold[0] >= span[1]
        and analysis.sentence(hold) - sentence <= NOTHING_WENT_IN_SENTENCES
        and not _use_stopped(
            tokens[span[1] : hold[0]],
            any(at < hold[0] for at in catches) or tokens[hold[0] - 1] in USE_STOPPED_WORDS,
            _sentence_ends(sentence_of, span[1], hold[0]),
        )
        and AFTERWARDS_WORDS.isdisjoint(tokens[hold[0] : _sentence_end(sentence_of, hold, 3)])
        for hold in analysis.concept(NOTHING_WENT_IN_CONCEPT)
    )


def _sentence_end(sentence_of: list[int], span: Span, after: int) -> int:
    """The token `after` tokens past `span`, or the end of its sentence if that comes first
    ("Nothing was flushed. CXR then showed ...": the "then" is the next sentence's)."""
    end = min(span[1] + after, len(sentence_of))
    sentence = sentence_of[span[0]]
    while end > span[1] and sentence_of[end - 1] != sentence:
        end -= 1
    return end


#: Never events whose use may follow the redo in a sentence of its own ("NGT in bronchus. Tube
#: removed, new NGT passed, pH 4. Feed started at 16:30"): the feed went down the new tube.
REDO_BEFORE_USE_CODES = frozenset({"13"})
#: How many sentences before a reach cue the corrected action may be told.
REDO_BEFORE_USE_SENTENCES = 2


def _after_the_redo(analysis: Analysis, span: Span, last: int, evidence: tuple[Span, ...]) -> bool:
    """Whether a reach cue, told in a sentence after the finding, follows a corrected action
    told after the finding's words, in an earlier sentence or earlier in its own ("NGT in
    bronchus. Tube removed, new NGT passed, pH 4. Feed started"; "... removed, re-passed by the
    nutrition nurse, 2nd CXR below the diaphragm, feed started"; not "New tube was actually in
    the trachea. Feed started", the new tube being the misplaced one), and is not "had been"
    told (a use before the discovery)."""
    at = analysis.sentence(span)
    if at <= last or _told_as_before_the_discovery(analysis, span):
        return False
    found = max((e[1] for e in evidence), default=0)
    return any(
        other[0] >= found
        and last <= analysis.sentence(other) <= at
        and other[1] <= span[0]
        and at - analysis.sentence(other) <= REDO_BEFORE_USE_SENTENCES
        for other in analysis.concept(CORRECTED_CONCEPT)
    )


def _told_before_the_error(analysis: Analysis, span: Span, evidence: tuple[Span, ...]) -> bool:
    """Whether a reach cue comes before the error's own evidence in its sentence ("feed started
    through the new tube, which was in the L lower lobe"): the use of the misplaced tube, not
    the redo after it was caught."""
    sentence = analysis.sentence(span)
    return any(analysis.sentence(e) == sentence and e[0] >= span[1] for e in evidence)


#: The character between the hours and minutes of a clock time ("14:06").
CLOCK_SEPARATOR = ":"
#: Tokens either side of a reach cue, in its clause, where the time it was done is told
#: ("started the feed at 10:52", "at 10:52 the feed was started").
CLOCK_BESIDE_REACH = 4
#: Words that put a use on another day than the finding ("re-passed the next day, feed at
#: 09:00"): its clock time is not comparable with the finding's.
OTHER_DAY_WORDS = frozenset({"next", "following", "tomorrow", "subsequent", "subsequently"})


def _clock_at(doc: Document, at: int) -> int | None:
    """The minutes past midnight of a clock time whose hours are token `at` ("14:06")."""
    tokens = doc.tokens
    if at + 1 >= len(tokens):
        return None
    hours, minutes = tokens[at], tokens[at + 1]
    if not (hours.isdigit() and len(hours) <= 2 and minutes.isdigit() and len(minutes) == 2):
        return None
    if doc.text[doc.ends[at] : doc.starts[at + 1]] != CLOCK_SEPARATOR:
        return None
    if int(hours) > 23 or int(minutes) > 59:
        return None
    return int(hours) * 60 + int(minutes)


def _timed_before_the_finding(analysis: Analysis, span: Span, sentences: tuple[int, int]) -> bool:
    """Whether a reach cue told sentences after the finding is dated, in its clause, by a clock
    time earlier than every clock time of the finding's sentences, and no other day is named
    in its sentence: a record told finding first ("CXR 14:06: NG tube in the R main bronchus
    ... day staff started the feed at 10:52") tells a use made before the tube was found."""
    doc = analysis.doc
    first, last = doc.sentence_tokens(*sentences)
    found = [minutes for i in range(first, last) if (minutes := _clock_at(doc, i)) is not None]
    if not found:
        return False
    start, end = doc.sentence_tokens(doc.sentence_of[span[0]])
    if not OTHER_DAY_WORDS.isdisjoint(doc.tokens[start:end]):
        return False
    beside = [
        *doc.before_in_clause(span[0], CLOCK_BESIDE_REACH),
        *doc.after_in_clause(span[0], span[1], CLOCK_BESIDE_REACH),
    ]
    used = [minutes for i in beside if (minutes := _clock_at(doc, i)) is not None]
    return bool(used) and max(used) < min(found)


def _given_after_its_catch(analysis: Analysis, span: Span, last: int) -> bool:
    """Whether a reach cue told in a sentence after the finding follows a catch earlier in its
    own sentence ("The unit was not spiked and was set aside, lab informed, 2 units of B neg
    then given"): the catch told after how the error came about, the "given" is the right
    product given once it was stopped, not the wrong one."""
    sentence = analysis.sentence(span)
    if sentence <= last:
        return False
    return any(
        analysis.sentence(cue) == sentence and cue[1] <= span[0]
        for cue in analysis.context.cues["prevented"]
    )


#: Concepts of a medicine's harm the patient then developed ("developed severe mucositis and
#: neutropenia"): a finding whose own evidence lies in it is no near miss.
DRUG_HARM_CONCEPTS = ("drug_toxicity_developed",)
#: The word that tells a harm as background, before this event ("had developed neutropenia").
_BACKGROUND_HARM_WORD = "had"


def _harm_is_evidence(analysis: Analysis, evidence: tuple[Span, ...]) -> bool:
    """Whether the finding's evidence is a medicine's harm told as developed after it (not
    "had developed", nor denied): the dose reached the patient."""
    tokens = analysis.doc.tokens
    return any(
        _overlaps_any(harm, evidence)
        and analysis.context.affirmed(harm)
        and (harm[0] == 0 or tokens[harm[0] - 1] != _BACKGROUND_HARM_WORD)
        for concept in DRUG_HARM_CONCEPTS
        for harm in analysis.concept(concept)
    )


#: Never events whose harm, told with the error found in a sentence after the one that opens
#: the finding, shows the error reached the patient whatever catch the report tells: "plugged
#: her tubing into the wall before handing over. At 0400 obs her sats were 83% and she was
#: drowsy, and on checking the tubing was connected to the medical air flowmeter" is air
#: breathed, not an outlet caught at handover. A harm told with the start of the finding, or in
#: a sentence of its own, is the reason for the oxygen ("set up a mask for a hypoxic pt on the
#: air flowmeter", "Pt hypoxic with sats 86% on arrival").
HARM_AFTER_THE_ERROR = {"15": "air_connection_harm"}


def _harm_told_after_the_error(
    analysis: Analysis,
    never_event: NeverEventType,
    sentences: tuple[int, int],
    evidence: tuple[Span, ...],
) -> bool:
    """Whether the never event's harm is told in a later sentence of the finding than its first,
    one that also tells the error found."""
    concept = HARM_AFTER_THE_ERROR.get(never_event.code)
    if concept is None:
        return False
    found = {analysis.sentence(span) for span in evidence} - {sentences[0]}
    return any(analysis.sentence(harm) in found for harm in analysis.concept(concept))


#: A wrong-site act that reaches the patient by itself: a nerve block or an injection told as
#: done on the wrong side ("anaesthetist did US guided axillary block on the L") before the
#: report tells any catch ("noticed when ODP went to prep the R arm", "spotted at time out"). The
#: catch saved the operation, not the block (the guide: a wrong-site nerve block is never event
#: 1). The words of the act (in its words or just before them in its clause), the words that
#: tell it done, close to one of them (not "injection clinic - nurse had put povidone in the L
#: eye"), the words before a done word that make it still to come or deny it ("to be done",
#: "nothing injected"), and how many tokens before the act are looked at.
BLOCK_DONE_CODES = frozenset({"1"})
BLOCK_ACT_WORDS = frozenset(
    {"block", "blocks", "blocked", "injected", "injection", "infiltrated", "infiltration"}
)
BLOCK_DONE_WORDS = frozenset(
    {
        *("did", "done", "performed", "gave", "given", "sited", "completed", "injected"),
        *("infiltrated", "administered", "blocked", "inserted"),
    }
)
BLOCK_DONE_NEAR = 6
NOT_DONE_WORDS = frozenset(
    {"be", "to", "about", "going", "planned", "due", "not", "never", "no", "nothing"}
)
BLOCK_ACT_BEFORE = 6


def _block_done(analysis: Analysis, span: Span) -> bool:
    """Whether an act on a side is a block or injection told as done: a block word and a done
    word close to it, in the act's words or just before them in its clause, not told as still
    to come nor denied."""
    doc = analysis.doc
    tokens = doc.tokens
    at = [*doc.before_in_clause(span[0], BLOCK_ACT_BEFORE), *range(span[0], span[1])]
    acts = [i for i in at if tokens[i] in BLOCK_ACT_WORDS]
    return any(
        tokens[i] in BLOCK_DONE_WORDS
        and any(abs(i - act) <= BLOCK_DONE_NEAR for act in acts)
        and NOT_DONE_WORDS.isdisjoint(tokens[max(0, i - 2) : i])
        for i in at
    )


def _block_done_before_the_catch(
    analysis: Analysis, never_event: NeverEventType, evidence: tuple[Span, ...]
) -> bool:
    """Whether a wrong-site finding's act is a block told as done, affirmed, before every catch
    the report tells: it reached the patient, whatever was saved after it."""
    if never_event.code not in BLOCK_DONE_CODES:
        return False
    context = analysis.context
    acts = {span for concept in ACT_CONCEPTS for span in analysis.concept(concept)}
    done = [
        span
        for span in evidence
        if span in acts
        and context.affirmed(span)
        and not context.not_yet(span)
        and _block_done(analysis, span)
    ]
    if not done:
        return False
    first_act_end = min(span[1] for span in done)
    return all(cue[0] >= first_act_end for cue in context.cues["prevented"])


#: A wrong-site catch told at a moment after the procedure began: as the needle of the block or
#: injection came out ("as the needle came out the ODP said 'hang on, its the right'", "said stop
#: just as the needle was coming out"), or before an incision already made was extended ("level
#: image taken before the incision was extended"). The needle's words (a timing word shortly
#: before it, its coming out shortly after; not out of the vial or ampoule it was drawn from),
#: the incision's, and how many tokens they are looked for.
STARTED_CATCH_CODES = frozenset({"1"})
NEEDLE_WORDS = frozenset({"needle", "needles"})
WITHDRAWAL_TIMING_WORDS = frozenset({"as", "while", "whilst"})
COMING_WORDS = frozenset({"came", "come", "coming"})
WITHDRAWN_WORDS = frozenset({"withdrawn", "withdrawing"})
DRAWN_FROM_WORDS = frozenset(
    {"vial", "vials", "ampoule", "ampoules", "bottle", "bag", "pen", "cartridge", "bung", "syringe"}
)
NEEDLE_TIMING_BEFORE = 3
NEEDLE_OUT_AFTER = 4
DRAWN_FROM_AFTER = 4
INCISION_NOUNS = frozenset({"incision", "incisions", "wound", "cut"})
EXTENDED_WORDS = frozenset(
    {"extended", "extending", "extend", "lengthened", "enlarged", "widened", "widening"}
)
INCISION_EXTENDED_AFTER = 4


def _needle_coming_out(tokens: list[str], sentence_of: list[int], at: int) -> bool:
    """Whether the needle at token `at` is told coming out as something happened ("as the needle
    came out", "whilst the needle was being withdrawn"), not out of what it was drawn from, all
    in the needle's sentence."""
    if not word_shortly_before(
        tokens, sentence_of, at, WITHDRAWAL_TIMING_WORDS, NEEDLE_TIMING_BEFORE
    ):
        return False
    after = tokens[at + 1 : _sentence_end(sentence_of, (at, at + 1), NEEDLE_OUT_AFTER)]
    for i, word in enumerate(after):
        came_out = word == "out" and i > 0 and after[i - 1] in COMING_WORDS
        if came_out or word in WITHDRAWN_WORDS:
            return not word_shortly_after(
                tokens, sentence_of, at + 1 + i, DRAWN_FROM_WORDS, DRAWN_FROM_AFTER
            )
    return False


def _incision_extended(tokens: list[str], cue: Span) -> bool:
    """Whether a "before" cue dates a step after the incision was made ("before the incision
    was extended", "noticed prior to extending the incision")."""
    before = next((i for i in range(*cue) if tokens[i] in DATING_WORDS), None)
    if before is None:
        return False
    words = tokens[before : cue[1] + INCISION_EXTENDED_AFTER]
    return not INCISION_NOUNS.isdisjoint(words) and not EXTENDED_WORDS.isdisjoint(words)


def _caught_after_the_start(
    analysis: Analysis, never_event: NeverEventType, sentences: tuple[int, int]
) -> bool:
    """Whether every catch near a wrong-site finding is told after the procedure began: in a
    sentence telling the needle coming out, or dating a step after the incision. The block,
    injection or incision had been done on the patient (never event 1), whatever was stopped."""
    if never_event.code not in STARTED_CATCH_CODES:
        return False
    cues = analysis.context.prevented_near(*sentences)
    if not cues:
        return False
    doc = analysis.doc
    tokens = doc.tokens
    needle_sentences = {
        doc.sentence_of[at]
        for at, word in enumerate(tokens)
        if word in NEEDLE_WORDS and _needle_coming_out(tokens, doc.sentence_of, at)
    }
    return all(
        _incision_extended(tokens, cue)
        or (
            doc.sentence_of[cue[0]] in needle_sentences
            and NEGATION_WORDS.isdisjoint(tokens[cue[0] : cue[1]])
        )
        for cue in cues
    )


#: Sentences further on than usual where the catch of a wrong prescription may be told, as the
#: words that no dose at all had been given: a dose repeated too often (methotrexate daily) is
#: caught at a check whose report tells the drug history and the regimen first ("MTX 10mg
#: prescribed once daily. drug history says weekly on Saturdays. last had it 2 days ago.
#: prescription changed, no dose had been given"). A catch of any other kind that far on ("pharmacy
#: informed") may follow the overdose taken, and "no extra / further dose" one given. A product
#: drawn up and queried is caught the same way, its "not given" told last, after the query and
#: the check of the ampoule ("drew up midazolam from a 10mg/2ml amp ... he queried why it was in
#: a 2ml syringe ... Stopped, checked the amp. Not given, discarded"); a reach told anywhere
#: (`_is_near_miss`) still makes it a never event.
CATCH_EXTRA_SENTENCES_BY_CODE = {"4": 2, "5": 2, "6": 2, "7": 2, "8": 2}
NO_DOSE_NEGATORS = frozenset({"no", "not", "nothing", "none", "never"})
NO_DOSE_WORDS = frozenset({"given", "administered", "dose", "doses", "taken"})
SOME_DOSE_GIVEN_WORDS = frozenset(
    {"extra", "further", "more", "another", "second", "else", "since", "after", "then", "again"}
)


def _no_dose_told_later(
    analysis: Analysis, never_event: NeverEventType, sentences: tuple[int, int]
) -> tuple[int, int] | None:
    """The finding's sentences widened to a catch told further on as no dose at all given
    ("no dose had been given in hospital"), for a never event whose catch may come that late,
    or None."""
    extra = CATCH_EXTRA_SENTENCES_BY_CODE.get(never_event.code, 0)
    if not extra:
        return None
    first, last = sentences
    widened = (first, last + extra)
    tokens = analysis.doc.tokens
    for cue in analysis.context.prevented_near(*widened):
        words = tokens[cue[0] : cue[1]]
        if (
            not NO_DOSE_NEGATORS.isdisjoint(words)
            and not NO_DOSE_WORDS.isdisjoint(words)
            and SOME_DOSE_GIVEN_WORDS.isdisjoint(words)
        ):
            return widened
    return None


#: A reach cue told of a paper, its subject a record just before it with only auxiliaries
#: between ("The discrepancy arose when the request was completed on the ward"): the paper was
#: filled in, nothing reached the patient (never event 1's catch at the checks).
PAPER_SUBJECT_WORDS = frozenset(
    {"request", "form", "forms", "consent", "referral", "list", "booking", "letter", "checklist"}
    | {"paperwork", "notes", "note"}
)
PAPER_SUBJECT_FILLERS = frozenset({"was", "were", "is", "are", "been", "had", "has", "being"})
#: The reach cue's verb of filling a paper in (not "gone", "had": the patient's own).
PAPER_FILLED_WORDS = frozenset({"completed", "filled", "written", "signed"})
PAPER_SUBJECT_REACH = 3


def _reach_told_of_a_paper(analysis: Analysis, never_event: NeverEventType, span: Span) -> bool:
    """Whether a wrong-site reach cue is told of a paper filled in ("the request was completed
    on the ward"): a record word just before it in its clause, only auxiliaries between."""
    tokens = analysis.doc.tokens
    if never_event.code != WRONG_SITE_CODE or tokens[span[0]] not in PAPER_FILLED_WORDS:
        return False
    for i in analysis.doc.before_in_clause(span[0], PAPER_SUBJECT_REACH):
        if tokens[i] in PAPER_SUBJECT_WORDS:
            return True
        if tokens[i] not in PAPER_SUBJECT_FILLERS:
            return False
    return False


#: Tokens before a wrong-site reach cue read for the set-up it is told of.
PREP_SUBJECT_REACH = 2


def _reach_told_of_a_prep(analysis: Analysis, never_event: NeverEventType, span: Span) -> bool:
    """Whether a wrong-site reach cue is told of the site's skin prep or drape, just before it
    in its clause ("skin prep started on the wrong side"): the set-up begun, not the
    procedure."""
    if never_event.code != WRONG_SITE_CODE:
        return False
    tokens = analysis.doc.tokens
    return any(
        tokens[i] in SITE_PREP_WORDS
        for i in analysis.doc.before_in_clause(span[0], PREP_SUBJECT_REACH)
    )


#: Never events whose use of the tube before the finding is read from the giving told
#: (engine.tube_and_air_use), and whose patient told on the air after the connection is reached.
TUBE_USE_CODES = frozenset({"13"})
AIR_REACH_CODES = frozenset({"15"})


#: Never events of a wrong medicine given in one go or by a pump, part of which may be told in
#: before the catch (engine.partly_given); not methotrexate, whose dose "already" had is the
#: weekly one.
PARTLY_GIVEN_CODES = frozenset({"4", "5", "6", "8"})


#: Codes whose near miss a concern answered undoes too: a wrong site called out at the checks
#: ("student called out at the time out that the arrow was on the wrong leg") that the report
#: then denies ("not an error"): a challenge answered, no error made and caught.
ANSWERED_NEAR_MISS_CODES = frozenset({WRONG_SITE_CODE})


#: Codes a side the report clears undoes (engine.site_query_answered): a wrong site, and a
#: wrong implant read from the same two sides ("L THR ... art line in the R radial").
SITE_TOLD_RIGHT_CODES = frozenset({WRONG_SITE_CODE, WRONG_IMPLANT_CODE})


def _concern_answered(
    analysis: Analysis,
    never_event: NeverEventType,
    rule: NeverEventRule,
    evidence: tuple[Span, ...],
    near_miss: bool,
) -> bool:
    """Whether the finding is told only as someone's claim the report answers (engine.concerns);
    a near miss only for ANSWERED_NEAR_MISS_CODES, and only when the answer denies the error."""
    if near_miss and never_event.code not in ANSWERED_NEAR_MISS_CODES:
        return False
    return concern_answered(analysis, evidence, _locations(analysis, rule), denial_only=near_miss)


def _is_near_miss(
    analysis: Analysis,
    never_event: NeverEventType,
    rule: NeverEventRule,
    sentences: tuple[int, int],
    evidence: tuple[Span, ...] = (),
) -> bool:
    if rule.outcome == "near_miss":
        return True
    if (went_in := medicine_reached(analysis, never_event.code)) is not None:
        return not went_in  # how far the wrong medicine or route got (engine.medicine_reach)
    if never_event.code == WRONG_IMPLANT_CODE and (put_in := implant_reached(analysis)) is not None:
        return not put_in  # how far the wrong implant got (engine.implant_steps)
    if rule.reach:
        first, last = sentences
        # a unit "not spiked" in or right after the pattern: a later "given" is another product
        caught = analysis.context.prevented_in_exactly(first, last + 1)
        after = 1 if caught else REACH_SENTENCES_BY_CODE.get(never_event.code, REACH_SENTENCES)
        if never_event.code in REACH_ANYWHERE_UNCAUGHT_CODES and not analysis.context.cues.get(
            "prevented"
        ):
            after = len(analysis.doc.tokens)  # no catch told anywhere: any later reach counts
        spans = [span for concept in rule.reach for span in analysis.concept(concept)]
        if never_event.code in TUBE_USE_CODES:
            spans += tube_use_before_the_finding(analysis, evidence)
            # a use told after the finding as come before the catch ("Before this 40ml Nutrison
            # had gone through the pump"): its "before" dates it earlier, no plan nor redo
            if any(
                analysis.sentence(span) <= last + after
                for span in use_told_before_the_catch(analysis)
            ):
                return False
        later = _still_to_come(analysis, rule.reach, spans)
        preparing = analysis.concept(PREPARATION_STARTED_CONCEPT)
        regimes = analysis.concept(FEEDING_REGIME_CONCEPT)
        universal = (
            analysis.concept(OTHER_UNITS_GIVEN_CONCEPT)
            if never_event.code in OTHER_UNITS_GIVEN_CODES
            else []
        )
        earlier_units = (
            [
                unit
                for unit in analysis.concept(EARLIER_UNIT_GIVEN_CONCEPT)
                if analysis.sentence(unit) < first
            ]
            if caught and never_event.code in OTHER_UNITS_GIVEN_CODES
            else []
        )
        # with the unit stopped in the finding, a giving told before it on an earlier day
        # ("two units transfused yesterday") is those units' (engine.told_apart)
        if caught and never_event.code in OTHER_UNITS_GIVEN_CODES:
            earlier_units += [
                span
                for span in spans
                if analysis.sentence(span) < first and told_on_an_earlier_day(analysis.doc, span[0])
            ]
        reached = [
            span
            for span in spans
            if (
                analysis.sentence(span) <= last + after
                or _timed_before_the_finding(analysis, span, sentences)
            )
            and span not in later
            and not _feeding_status(analysis, span)
            and not (never_event.code in TUBE_USE_CODES and given_by_mouth(analysis.doc, span))
            and not (never_event.code in TUBE_USE_CODES and made_ready_not_given(analysis, span))
            and not _given_after_its_catch(analysis, span, last)
            and not inside_any(span, regimes)
            and not inside_any(span, universal)
            and not inside_any(span, earlier_units)
            and not _names_equipment(analysis, span)
            and not _paper_handed(analysis, span)
            and not _unit_not_yet_in(analysis, never_event, span)
            and not _specimen_received(analysis, span)
            and not _blood_loss_volume(analysis, span)
            and not _check_of_the_unit(analysis, span)
            and not _held(analysis, span)
            and not (preparing and _overlaps_any(span, preparing))
            and not (
                analysis.sentence(span) >= last
                and _is_redo(analysis, span)
                and not _told_before_the_error(analysis, span, evidence)
            )
            and not (
                never_event.code in REDO_BEFORE_USE_CODES
                and _after_the_redo(analysis, span, last, evidence)
            )
        ]
        return not reached
    if not never_event.prevented_cues:
        return False
    if never_event.code in AIR_REACH_CODES and air_reached_the_patient(analysis, evidence):
        return False
    if _harm_is_evidence(analysis, evidence):
        return False
    if never_event.code in PARTLY_GIVEN_CODES and partly_given_before_the_catch(
        analysis, sentences, MEDICINE_REACH_WORDS
    ):
        return False  # some of it went in before the catch (engine.partly_given)
    if _implant_told_put_in(analysis, never_event, sentences):
        return False
    if _harm_told_after_the_error(analysis, never_event, sentences, evidence):
        return False
    if _block_done_before_the_catch(analysis, never_event, evidence):
        return False
    if _caught_after_the_start(analysis, never_event, sentences):
        return False
    if never_event.code == WRONG_SITE_CODE and done_before_its_catch(
        analysis, evidence, WRONG_SITE_ERROR_WORDS
    ):
        return False
    if never_event.code == WRONG_SITE_CODE and step_begun_before_its_catch(analysis, evidence):
        return False
    if never_event.code == WRONG_SITE_CODE and proceeded_after_the_catch(analysis):
        return False  # the operation went on on the other side after the query
    context = analysis.context
    caught_within = sentences
    if context.prevented_in(*sentences) is None:
        caught_within = _no_dose_told_later(analysis, never_event, sentences) or sentences
    if (
        context.prevented_in(*caught_within) is None
        and not _found_before_the_end_later(analysis, never_event, sentences)
        and not _nothing_done_later(analysis, never_event, sentences)
        and not _marking_told_after_the_catch(analysis, never_event, evidence)
        and not _paper_error_caught(analysis, never_event)
    ):
        return False
    if MEDICINE_THEME in never_event.implies_themes and _caught_only_after_the_dose(
        analysis, caught_within, never_event.code
    ):
        return False
    # a reach told as still to come ("noticed at time out before LA infiltrated") did not happen;
    # a device's gas inlet joined to the wall is the error itself, not a reach
    inlets = analysis.concept(GAS_INLET_CONCEPT)
    preparations = (
        analysis.concept(PREPARATION_TAKEN_CONCEPT)
        if never_event.code in PREPARATION_NOT_REACH_CODES
        else []
    )
    # an item the closure-order reasoning found after a procedure ended is a retained object's
    # reach, not a medicine's ("empty ampoule still in the tray ... Pharmacy removed stock")
    surgical = (
        set(analysis.found.get(concept_label(FOUND_AFTER_CONCEPT), ()))
        if MEDICINE_THEME in never_event.implies_themes
        else set()
    )
    if never_event.code == RETAINED_CODE and retention_caught_in_time(analysis):
        return True
    return all(
        span in surgical
        or _is_redo(analysis, span)
        or context.not_yet(span)
        or _held(analysis, span)
        or inside_any(span, inlets)
        or inside_any(span, preparations)
        or _incision_before_implant(analysis, never_event, span)
        or _usual_dose_before(analysis, never_event, span, sentences)
        or _cap_taken_off(analysis, never_event, span)
        or _closure_begun(analysis, never_event, span)
        or _sign_out_after_the_catch(analysis, never_event, span, sentences)
        or _end_told_before_an_open_find(analysis, never_event, span)
        or _reach_told_of_a_paper(analysis, never_event, span)
        or _reach_told_of_a_prep(analysis, never_event, span)
        or _unit_not_yet_in(analysis, never_event, span)
        or (never_event.code == WRONG_SITE_CODE and done_once_put_right(analysis, span))
        or (
            never_event.code in AIR_REACH_CODES
            and connection_before_the_patient(analysis, span, evidence)
        )
        for span in context.cues["reached"]
    )


#: The implanting step of a wrong implant, told as a verb done ("monofocal implanted", "a short
#: plate was fixed", "36mm head impacted onto the stem", "handed and cemented in"): the step
#: after which the implant is in the patient, not one of the steps before it (opened, handed,
#: loaded, trialled), which a catch may still stop.
IMPLANT_PUT_IN_WORDS = frozenset(
    {"implanted", "inserted", "impacted", "deployed", "fixed", "fitted", "screwed", "sutured"}
)
#: ... and one told so only with "in" ("cemented in"): by itself, even after "was", it as often
#: names the type ("The component opened was cemented, the pt was planned for uncemented").
#: ("Placed" and "put" are left out: an implant is as often placed on the trolley or put in its
#: box as in the patient.)
IMPLANT_PUT_IN_WORDS_TOLD_AS_DONE = frozenset({"cemented"})
#: Words after a put-in word that make it a type ("fixed bearing"), not the step.
IMPLANT_TYPE_AFTER = frozenset({"bearing", "bearings", "pressure", "setting", "angle"})
#: Words that make an implanting step not done: announced, denied, stopped or hypothetical
#: ("before it was implanted", "not inserted", "nothing implanted", "would have been fixed"),
#: or told of the replacement ("correct one inserted", "new lens implanted").
IMPLANTING_NOT_DONE_WORDS = frozenset(
    {
        "before",
        "prior",
        "until",
        "till",
        "not",
        "never",
        "nothing",
        "none",
        "no",
        "without",
        "wasnt",
        "werent",
        "would",
        "could",
        "might",
        "nearly",
        "almost",
        "about",
        "ready",
        "yet",
        "if",
        "correct",
        "right",
        "new",
        "replacement",
        "another",
        "planned",
        "intended",
        "then",
        "subsequently",
        "instead",
        "trial",
        "sizer",
    }
)
#: Tokens before an implanting word searched for a word that makes it not done.
IMPLANTING_LOOKBACK = 6


def _implanting_told_done(tokens: list[str], i: int, clause_start: int, clause_end: int) -> bool:
    """Whether token `i` tells the implanting step done, read in its own clause."""
    token = tokens[i]
    after = tokens[i + 1] if i + 1 < len(tokens) and i + 1 < clause_end else ""
    if token in IMPLANT_PUT_IN_WORDS_TOLD_AS_DONE:
        if after not in ("in", "into"):
            return False
    elif token not in IMPLANT_PUT_IN_WORDS or after in IMPLANT_TYPE_AFTER:
        return False
    before = tokens[max(clause_start, i - IMPLANTING_LOOKBACK) : i]
    return IMPLANTING_NOT_DONE_WORDS.isdisjoint(before)


def _implant_told_put_in(
    analysis: Analysis, never_event: NeverEventType, sentences: tuple[int, int]
) -> bool:
    """Whether a wrong implant is told as put in, in the finding's own sentences ("private pt
    paid for a trifocal lens, monofocal implanted", "a short 3-hole plate was fixed rather than
    the long plate templated"), before any catch the report tells: the implanting step was
    reached, so the catch told after it ("only realised when the trifocal was found unopened",
    "implants to be confirmed aloud before opening") came too late. A step before the
    implanting one (opened, handed, loaded, crimped) is no reach: a catch after it is a near
    miss."""
    if never_event.code != "2":
        return False
    doc, context = analysis.doc, analysis.context
    tokens = doc.tokens
    lo, hi = doc.sentence_tokens(*sentences)
    # an implanting step told after a catch is the redo with the right implant ("checked the
    # packaging before the insertion tube was passed. Mirena fitted")
    caught = [span[0] for span in context.cues["prevented"]]
    hi = min([hi, *caught])
    breaks = [b for b in doc.clause_breaks if lo < b < hi]
    for i in range(lo, hi):
        token = tokens[i]
        if token not in IMPLANT_PUT_IN_WORDS and token not in IMPLANT_PUT_IN_WORDS_TOLD_AS_DONE:
            continue
        clause_start = max([lo, *[b for b in breaks if b <= i]])
        clause_end = min([hi, *[b for b in breaks if b > i]])
        span = (i, i + 1)
        if (
            _implanting_told_done(tokens, i, clause_start, clause_end)
            and not context.negated(span)
            and not context.hypothetical(span)
            and not context.not_yet(span)
            and not _is_redo(analysis, span)
        ):
            return True
    return False


#: Words of a reach cue telling the opening of the patient ("main incision already made",
#: "portals created"): for an implant, the way in made, not the implant put in.
INCISION_WORDS = frozenset({"incision", "incisions", "incised", "portal", "portals"})
#: Never events whose reach comes after the way in is made: the implant put in (2), the
#: procedure ended with the item inside (3).
REACHED_AFTER_INCISION_CODES = frozenset({"2", "3"})


def _incision_before_implant(analysis: Analysis, never_event: NeverEventType, span: Span) -> bool:
    """Whether a reach cue of a wrong implant or a retained item (never events 2, 3) is only
    the incision made before the catch ("noticed before insertion ... main incision already
    made", "the reg made the portal incision ... swab found before closure")."""
    if never_event.code not in REACHED_AFTER_INCISION_CODES:
        return False
    return not INCISION_WORDS.isdisjoint(analysis.doc.tokens[span[0] : span[1]])


#: Words of a start in a reach cue ("had already started"), and of closing after it in its
#: sentence, within `CLOSURE_BEGUN_AFTER` tokens ("... placing the sutures for the mass closure").
BEGUN_WORDS = frozenset({"started", "commenced", "begun", "began"})
CLOSURE_BEGUN_WORDS = frozenset(
    {"closure", "closing", "suture", "sutures", "suturing", "stapling", "stitching"}
)
CLOSURE_BEGUN_AFTER = 8


def _closure_begun(analysis: Analysis, never_event: NeverEventType, span: Span) -> bool:
    """Whether a reach cue of a retained item (never event 3) is the closure begun ("the ST4
    had already started placing the sutures for the mass closure", or told after the closing
    it tells of: "stopped closing, opened the sheath that had been started"): the procedure
    had not ended, so an item found then was found in time."""
    tokens = analysis.doc.tokens
    if never_event.code != "3" or BEGUN_WORDS.isdisjoint(tokens[span[0] : span[1]]):
        return False
    sentence_of = analysis.doc.sentence_of
    return word_shortly_after(
        tokens, sentence_of, span[1] - 1, CLOSURE_BEGUN_WORDS, CLOSURE_BEGUN_AFTER
    ) or word_shortly_before(tokens, sentence_of, span[0], CLOSURE_BEGUN_WORDS, CLOSURE_BEGUN_AFTER)


def _sign_out_after_the_catch(
    analysis: Analysis, never_event: NeverEventType, span: Span, sentences: tuple[int, int]
) -> bool:
    """Whether a reach cue of a retained item (never event 3) is the sign-out told in a
    sentence after the catch ("swab found in the wound and removed before skin closure ... WHO
    sign out done with the discrepancy documented"): the procedure ended after the item came
    out, so it did not end with the item inside."""
    tokens = analysis.doc.tokens
    if never_event.code != "3" or not SIGN_OUT_WORDS.issuperset(tokens[span[0] : span[1]]):
        return False
    sentence_of = analysis.doc.sentence_of
    return any(
        sentence_of[caught[0]] < sentence_of[span[0]]
        for caught in analysis.context.prevented_near(*sentences)
    )


#: Words of a reach cue telling the end of a procedure ("sign out", "skin closed", "after
#: closure"): the time a count is made, which may come before the patient leaves the procedure.
END_OF_PROCEDURE_WORDS = SIGN_OUT_WORDS | CLOSING_WORDS | CLOSED_WORDS


def _end_told_before_an_open_find(
    analysis: Analysis, never_event: NeverEventType, span: Span
) -> bool:
    """Whether a reach cue of a retained item (never event 3) is a closing or the sign-out told
    before an item found before the end (any find judged before the closure, not only one found
    while the procedure was still open), with no find judged after the end ("Sign
    out ... count 1 short. Pt still anaesthetised on the table; xray showed the swab", "skin
    closed, then the needle count was 1 down. pt still under GA, II showed the needle"): the
    closing word is when the count came up short, the patient had not left the procedure."""
    tokens = analysis.doc.tokens
    if never_event.code != "3" or END_OF_PROCEDURE_WORDS.isdisjoint(tokens[span[0] : span[1]]):
        return False
    found = analysis.found
    if found.get(concept_label(FOUND_AFTER_CONCEPT)):
        return False
    return any(
        caught[0] >= span[1] for caught in found.get(concept_label(FOUND_BEFORE_CONCEPT), ())
    )


#: Caps and bungs a "had taken" may take off while the medicine is made ready ("had taken the
#: cap off the PICC bung when a colleague asked what it was"), and how many tokens after the cue
#: they may come in its clause: the line opened, no medicine taken or given.
CAP_NOUNS = frozenset({"cap", "caps", "lid", "bung", "bungs", "seal", "bionector"})
CAP_AFTER = 3
#: Words after the cap, in its sentence, that tell the dose then going in ("had taken the cap
#: off the PICC bung and pushed the lactulose through it"): the cap was the start of the dose.
DOSE_WENT_IN_WORDS = frozenset(
    {"given", "gave", "administered", "injected", "infused", "pushed", "flushed", "bolused"}
    | {"connected", "attached"}
)


def _cap_taken_off(analysis: Analysis, never_event: NeverEventType, span: Span) -> bool:
    """Whether a reached cue of a medicine never event is a cap or bung taken off ("had taken
    the cap off"), not a medicine taken, and its sentence tells no dose going in after it."""
    if MEDICINE_THEME not in never_event.implies_themes:
        return False
    doc = analysis.doc
    sentence = analysis.sentence(span)
    after = doc.tokens[span[1] : _sentence_end(doc.sentence_of, span, CAP_AFTER + 1)]
    if "off" not in after or CAP_NOUNS.isdisjoint(after[:CAP_AFTER]):
        return False
    rest = doc.sentence_tokens(sentence)[1]
    return DOSE_WENT_IN_WORDS.isdisjoint(doc.tokens[span[1] : rest])


#: Words that state a weekly regimen ("takes methotrexate 15mg on Mondays", "20mg weekly").
WEEKLY_WORDS = frozenset(
    {"weekly", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays"}
)


def _usual_dose_before(
    analysis: Analysis, never_event: NeverEventType, span: Span, sentences: tuple[int, int]
) -> bool:
    """Whether a reached cue of a dose repeated too often is the patient's usual dose, told in
    a sentence of the weekly regimen before the error's sentences ("takes methotrexate 15mg on
    Mondays (had taken it at home that morning). Clerking chart: methotrexate 15mg OD"): the
    right dose, taken before the wrong frequency was written."""
    if never_event.code not in REPEATED_DOSE_CODES:
        return False
    sentence = analysis.sentence(span)
    if _told_as_correct(analysis, span):
        return True
    # the dose told given on the regimen's own day ("had been given once yesterday, which is his
    # usual weekly day"), in whatever sentence: the weekly dose, not an extra one
    last = span[1] - 1
    if analysis.doc.tokens[last] in GIVEN_WORDS and _given_on_the_right_day(analysis, last):
        return True
    if sentence >= sentences[0]:
        return False
    lo, hi = analysis.doc.sentence_tokens(sentence)
    return not WEEKLY_WORDS.isdisjoint(analysis.doc.tokens[lo:hi])


#: Words right after a reached cue that make it the correct dose ("the weekly dose due Monday
#: had been given correctly on Monday"), and how many tokens after it they may come.
#: ("his usual weekly dose" is no such word: "had taken his usual weekly dose daily" is the error)
TOLD_CORRECT_WORDS = frozenset({"correctly", "appropriately"})
TOLD_CORRECT_AFTER = 2


def _told_as_correct(analysis: Analysis, span: Span) -> bool:
    """Whether the words just after a reached cue, in its clause, tell the dose as the correct
    one ("had been given correctly on Monday")."""
    doc = analysis.doc
    end = _sentence_end(doc.sentence_of, span, TOLD_CORRECT_AFTER)
    at = bisect_left(doc.clause_breaks, span[1] + 1)
    if at < len(doc.clause_breaks):
        end = min(end, doc.clause_breaks[at])
    return not TOLD_CORRECT_WORDS.isdisjoint(doc.tokens[span[1] : end])


#: Never events whose catch the closure-order reasoning judges by word order wherever the report
#: tells it (a count short at closure, the search, the imaging, then "removed before closure"
#: several sentences on).
CLOSURE_ORDER_CODES = frozenset({"3"})


def _found_before_the_end_later(
    analysis: Analysis, never_event: NeverEventType, sentences: tuple[int, int]
) -> bool:
    """Whether the closure-order reasoning found the item before the procedure ended, in the
    finding's sentences or after them, and nowhere after it ended: the catch of a long
    search told sentences after the count that started it."""
    if never_event.code not in CLOSURE_ORDER_CODES:
        return False
    found = analysis.found  # the reasoning's own judgements: no context reading applies
    if found.get(concept_label(FOUND_AFTER_CONCEPT)):
        return False
    first = sentences[0]
    return any(
        analysis.sentence(span) >= first
        for span in found.get(concept_label(FOUND_BEFORE_CONCEPT), ())
    )


#: Words telling a site's marking: a step before any procedure ("had marked the wrong side").
#: (tokens hold no hyphen: "re-marked" is "re" and "marked")
MARKING_WORDS = frozenset({"marked", "marking", "mark", "remarked"})


def _marking_told_after_the_catch(
    analysis: Analysis, never_event: NeverEventType, evidence: tuple[Span, ...]
) -> bool:
    """Whether a wrong-site finding tells only a marking (every span of its evidence a marking
    word) after the report told a catch: "The procedure was stopped before any incision. ...
    Registrar who had marked the pt on the ward had marked the wrong side": the explanation of
    what the catch stopped, not a procedure done."""
    if never_event.code != "1" or not evidence:
        return False
    tokens = analysis.doc.tokens
    if not all(MARKING_WORDS.intersection(tokens[start:end]) for start, end in evidence):
        return False
    first = min(analysis.sentence(span) for span in evidence)
    return any(analysis.sentence(cue) < first for cue in analysis.context.cues["prevented"])


#: Never events whose report may say outright, sentences after the finding, that nothing was done or
#: went in (code -> the concept that says so): a procedure ("S - Wrong arm prepped and draped ... A
#: - At time out ... No local anaesthetic had been given and no incision made"), or a medicine, as a
#: patient's or relative's letter sums it up after the story ("... She put it in the sharps bin and
#: used a saline flush instead. ... Nothing went in."), or an organ, whose implantation is told
#: abandoned after its bench preparation ("Implantation abandoned before any anastomosis").
NOTHING_DONE_CONCEPTS: dict[str, str] = {
    "1": "nothing_invasive_done",
    "2": "implant_never_put_in",
    **dict.fromkeys(("4", "5", "6", "7", "8"), "medicine_never_received"),
    "12": "organ_never_implanted",
}


#: ... and the concepts that say so with no subject, counting only where they open their sentence
#: ("Surgeon noticed the 'R' etched on the femoral component. Not implanted."): the item of the
#: sentence before; inside a sentence ("the planned size was not implanted") another item may be.
#: A methotrexate script's "nothing dispensed" told alone, after the sentence that put the script
#: right, is the wrong directions never supplied. "No incision." told alone, after the side was
#: put right, is the procedure never started ("re-consented and re-marked. No incision.").
NOTHING_DONE_OPENING_CONCEPTS: dict[str, str] = {
    "1": "nothing_invasive_told_alone",
    "2": "implant_not_put_in_told_alone",
    "7": "medicine_not_dispensed_told_alone",
}


def _opens_its_sentence(analysis: Analysis, span: Span) -> bool:
    """Whether `span` starts the sentence it is in."""
    sentence_of = analysis.doc.sentence_of
    return span[0] == 0 or sentence_of[span[0] - 1] != sentence_of[span[0]]


def _paper_error_caught(analysis: Analysis, never_event: NeverEventType) -> bool:
    """Whether a wrong site is the paperwork catch (engine.paperwork_catch): this patient's
    records told disagreeing, a day-of check named with nothing told done to the patient before
    it, and the record told put right after it. The check is the catch, told with or without a
    word of stopping ("Vascular scientist at the brief said the duplex report shows the reflux
    is in the RIGHT GSV ... consent form and list had the wrong side written in clinic ... new
    consent done, list amended"; dev-178400); a check that noticed nothing is none."""
    return never_event.code == WRONG_SITE_CODE and caught_and_put_right(analysis)


def _nothing_done_later(
    analysis: Analysis, never_event: NeverEventType, sentences: tuple[int, int]
) -> bool:
    """Whether the report says nothing was done or went in, in the finding's sentences or after
    them (a reached cue anywhere still makes the finding reached: `_is_near_miss`). For a
    medicine, not when it says so of the time after the error ("nothing went in after that"),
    nor after a sentence that tells the wrong dose given ("given 20 units from the pen ... the
    glucose drip tissued, nothing went in": what did not go in is another product)."""
    concept = NOTHING_DONE_CONCEPTS.get(never_event.code)
    if concept is None:
        return False
    first, last = sentences
    spans = [span for span in analysis.concept(concept) if analysis.sentence(span) >= first]
    spans = _not_denied_by(analysis, EVIDENCE_DENIED_BY.get(concept, ()), spans)
    opening = NOTHING_DONE_OPENING_CONCEPTS.get(never_event.code)
    if opening is not None:
        spans += [
            span
            for span in analysis.concept(opening)
            if analysis.sentence(span) >= first and _opens_its_sentence(analysis, span)
        ]
    if not spans or MEDICINE_THEME not in never_event.implies_themes:
        return bool(spans)
    tokens, sentence_of = analysis.doc.tokens, analysis.doc.sentence_of
    lo, hi = analysis.doc.sentence_tokens(first, last)
    given = [
        sentence_of[i] for i in range(lo, hi) if _error_dose_given(analysis, i, never_event.code)
    ]
    return any(
        AFTERWARDS_WORDS.isdisjoint(tokens[span[1] : _sentence_end(sentence_of, span, 3)])
        and not any(at < analysis.sentence(span) for at in given)
        for span in spans
    )


def _still_to_come(analysis: Analysis, concepts: list[str], spans: list[Span]) -> set[Span]:
    """The reach spans told as still to come: announced so themselves ("before the feed"), or
    inside a longer match of the same words that is ("before any feed, flush or meds given":
    "flush" and "meds given" are part of the same list, not yet given)."""
    context = analysis.context
    longer = [
        match
        for concept in concepts
        for match in analysis.found.get(concept_label(concept), ())
        if context.not_yet(match)
    ]
    return {
        span
        for span in spans
        if context.not_yet(span) or any(o[0] <= span[0] and span[1] <= o[1] for o in longer)
    }


#: The implied theme that marks the never events of a medicine given (4 to 8 in the taxonomy):
#: for them, a dose told as given before the catch reached the patient.
MEDICINE_THEME = "medication"
#: Words that tell a dose was given.
GIVEN_WORDS = frozenset({"given", "gave", "administered", "injected", "infused"})
#: Words just before a "given" that put it in the future ("was to be given", "due to be given").
FUTURE_WORDS = frozenset({"be", "to", "due", "being"})
#: Words near a "given" that make it a correct dose ("given correct weekly MTX on Mon",
#: "given as normal"), not the error.
CORRECT_DOSE_WORDS = frozenset({"correct", "correctly", "right", "usual", "normal", "normally"})
#: Tokens either side of a "given" looked at for those words.
GIVEN_NEAR = 3
#: Never events of a dose repeated too often (methotrexate daily instead of weekly), and the
#: words that make a "given" their first dose ("the first dose given yesterday"): the first
#: dose of a wrong frequency is the right one, the overdose starts with the second.
REPEATED_DOSE_CODES = frozenset({"7"})
#: Never events of a wrong product made up and infused, whose infusion may be told in a sentence
#: of its own between the finding and the catch.
INFUSED_BEFORE_CATCH_CODES = frozenset({"4"})
#: Concept of such an infusion told as started on its pump ("added them to a 1L bag, started on
#: volumetric pump 12:30"): the dose going in, like a "given" (one told after the catch is the
#: redo: "premixed bag obtained and started on the pump").
INFUSION_STARTED_CONCEPT = "infusion_started_on_pump"
#: Containers a product is put into while it is made up ("injected into the vial"): a "given"
#: into one of them, within a few tokens, is preparation, not a dose.
PREPARATION_CONTAINERS = frozenset({"vial", "vials", "bag", "bags", "syringe", "bottle", "burette"})
INTO_WORDS = frozenset({"into", "in", "to"})
CONTAINER_NEAR = 4
#: The sedation told as given by whoever leads it ("conscious sedation given by the urologist"),
#: with no amount or strength in the rest of its clause: who sedates on the list, not a dose
#: ("sedation given by the radiologist from a 2mg/ml vial" is one).
SEDATION_WORDS = frozenset({"sedation"})
SEDATION_GIVER_NEAR = 8
#: ("1st" is never one token: the tokenizer reads it as "1" "st", see `_first_dose`.)
FIRST_DOSE_WORDS = frozenset({"first", "initial", "last", "previous", "prior"})


#: Words right after a "given" that make a weekly dose a wrong frequency ("his weekly dose was
#: given daily"), and how many tokens after it they may come.
GIVEN_DAILY_WORDS = frozenset({"daily", "od", "everyday", "every", "each", "again", "nightly"})
GIVEN_DAILY_AFTER = 2


def _weekly_dose_given(analysis: Analysis, at: int) -> bool:
    """Whether a "given" of a dose repeated too often is told as the weekly dose, in its own
    sentence ("weekly dose was given yesterday, next 'daily' dose due tomorrow"): the right dose
    on its day, not an extra one; "the weekly dose was given daily" still is the error, and a
    weekly plan told before ("should be once weekly (Mon). given Mon Tue Wed") is no such dose."""
    tokens, sentence_of = analysis.doc.tokens, analysis.doc.sentence_of
    before = [i for i in range(max(0, at - GIVEN_NEAR), at) if sentence_of[i] == sentence_of[at]]
    if not any(
        tokens[i] in WEEKLY_WORDS and i + 1 < at and tokens[i + 1] in ("dose", "doses")
        for i in before
    ):
        return False
    return GIVEN_DAILY_WORDS.isdisjoint(tokens[at + 1 : at + 1 + GIVEN_DAILY_AFTER])


#: Words that, before "day" just after a "given", tell the dose given on its regimen's own day
#: ("the Sunday dose was given (which was the right day anyway)", "given once yesterday
#: (Saturday), which is his usual weekly day"), the words that may stand between them, and how
#: many tokens after the "given", in its sentence, "day" may come.
RIGHT_DAY_WORDS = frozenset({"right", "correct", "usual", "normal"})
RIGHT_DAY_BETWEEN = frozenset({"weekly", "dosing", "dose", "methotrexate", "mtx"})
RIGHT_DAY_AFTER = 10
#: Words between the "given" and its right day that make that day the one it was not given on
#: ("given daily instead of on his usual day", "given again, not on the right day").
NOT_ON_THE_DAY_WORDS = GIVEN_DAILY_WORDS | frozenset(
    {"instead", "rather", "not", "never", "than", "also", "too"}
)


def _given_on_the_right_day(analysis: Analysis, at: int) -> bool:
    """Whether the words just after a "given" of a dose repeated too often tell it as given on
    the right day of its weekly regimen: the right dose, not an extra one."""
    doc = analysis.doc
    end = _sentence_end(doc.sentence_of, (at, at + 1), RIGHT_DAY_AFTER)
    after = doc.tokens[at + 1 : end]
    for i, word in enumerate(after):
        if word not in RIGHT_DAY_WORDS:
            continue
        rest = after[i + 1 : i + 3]
        if rest[:1] == ["day"] or (rest[1:] == ["day"] and rest[0] in RIGHT_DAY_BETWEEN):
            return NOT_ON_THE_DAY_WORDS.isdisjoint(after[:i])
    return False


#: Weekday words, by the day they name (the day names of `context`, without "sat" and "sun":
#: "pt sat in the chair" names no day).
WEEKDAYS = {word: day for word, day in DAY_NAMES.items() if word not in ("sat", "sun")}
#: How many tokens after "weekly" the regimen's day may come ("weekly (Mondays)", "once weekly
#: on a Weds").
REGIMEN_DAY_AFTER = 3


def _regimen_days(analysis: Analysis) -> set[str]:
    """The days a weekly regimen is told on anywhere in the report ("10mg weekly (Mondays)",
    "weekly on Weds")."""
    tokens = analysis.doc.tokens
    return {
        WEEKDAYS[token]
        for at, word in enumerate(tokens)
        if word == "weekly"
        for token in tokens[at + 1 : at + 1 + REGIMEN_DAY_AFTER]
        if token in WEEKDAYS
    }


def _regimen_day_dose_given(analysis: Analysis, at: int) -> bool:
    """Whether a "given" of a dose repeated too often is the dose named by the weekly regimen's
    own day ("weekly (Mondays) ... charted daily. Monday dose given. Tues dose not given"): the
    right dose on its day, not an extra one; another day's dose ("Tuesday dose given") is."""
    tokens = analysis.doc.tokens
    before = list(analysis.doc.before_in_clause(at, GIVEN_NEAR + 1))
    named = [
        WEEKDAYS[tokens[i]]
        for i in before
        if tokens[i] in WEEKDAYS
        and (tokens[i + 1] in DOSE_WORDS or (tokens[i + 1] == "s" and tokens[i + 2] in DOSE_WORDS))
    ]
    return bool(named) and set(named) <= _regimen_days(analysis)


def _first_dose(before: list[str]) -> bool:
    """Whether the words before a "given" make it the first (or the last correct) dose: "the
    first dose given", "last dose given yesterday", "only day 1 dose given", "dose 1 given"."""
    if not FIRST_DOSE_WORDS.isdisjoint(before):
        return True
    # "1st" is read as the tokens "1" "st"; "dose 1 given" numbers the dose itself
    return any(
        (a in ("day", "dose") and b in ("1", "one")) or (a == "1" and b == "st")
        for a, b in pairwise(before)
    )


#: Words that make "<word> dose" the first dose, and how many tokens before a "given" in its
#: clause they may open its subject ("the first dose signed as given on Weds").
FIRST_DOSE_SUBJECT_WORDS = frozenset({"first", "initial"})
DOSE_WORDS = frozenset({"dose", "doses"})
FIRST_DOSE_SUBJECT_BEFORE = 6


def _first_dose_subject(analysis: Analysis, at: int) -> bool:
    """Whether "first dose" opens the clause's words just before a "given" ("with the first
    dose signed as given"): that dose is the given one."""
    doc = analysis.doc
    before = list(doc.before_in_clause(at, FIRST_DOSE_SUBJECT_BEFORE))
    return any(
        doc.tokens[i] in FIRST_DOSE_SUBJECT_WORDS and doc.tokens[i + 1] in DOSE_WORDS
        for i in before
    )


def _sedation_given_by(analysis: Analysis, at: int) -> bool:
    """Whether the "given" at token `at` names who gives the sedation ("conscious sedation given
    by the urologist"), no amount nor strength told after it in its clause: the list's setting,
    not the dose (SEDATION_WORDS)."""
    tokens = analysis.doc.tokens
    if at == 0 or tokens[at - 1] not in SEDATION_WORDS or tokens[at + 1 : at + 2] != ["by"]:
        return False
    rest = analysis.doc.after_in_clause(at, at + 2, SEDATION_GIVER_NEAR)
    return not any(tokens[i][:1].isdigit() for i in rest)


#: Words that make a "given" the way a product is given in general ("thinking that was how
#: breakthrough was given", "believing this was the way it was given here"): a belief about the
#: route, no dose; not an amount ("unsure how much was given") nor a journey ("on the way to
#: theatre morphine was given"), and how many tokens before the "given", in its clause, they
#: may come.
MANNER_WORDS = frozenset({"how", "way"})
AMOUNT_FOLLOWERS = frozenset({"much", "many", "long", "often", "far", "soon", "quickly"})
JOURNEY_FOLLOWERS = frozenset({"to", "back", "home", "through", "into", "up", "down"})
NOT_MANNER_FOLLOWERS = AMOUNT_FOLLOWERS | JOURNEY_FOLLOWERS
MANNER_BEFORE = 5


def _manner_of_giving(analysis: Analysis, at: int) -> bool:
    """Whether the "given" at token `at` tells how a product is given ("that was how it was
    given"), not a dose given."""
    tokens = analysis.doc.tokens
    return any(
        tokens[i] in MANNER_WORDS and tokens[i + 1] not in NOT_MANNER_FOLLOWERS
        for i in analysis.doc.before_in_clause(at, MANNER_BEFORE)
    )


def _into_a_container(after: list[str]) -> bool:
    """Whether the words after a "given" put it into a container being made up ("injected
    into the flucloxacillin vial", "infused into the bag"): preparation, no dose."""
    return bool(after) and after[0] in INTO_WORDS and not PREPARATION_CONTAINERS.isdisjoint(after)


def _error_dose_given(analysis: Analysis, at: int, code: str) -> bool:
    """Whether token `at` tells the dose as given: affirmed, not still to come, not a
    correct dose (for a dose repeated too often, not its first dose)."""
    tokens = analysis.doc.tokens
    if tokens[at] not in GIVEN_WORDS:
        return False
    if FUTURE_WORDS.intersection(tokens[max(0, at - 2) : at]):
        return False
    if CORRECT_DOSE_WORDS.intersection(tokens[max(0, at - GIVEN_NEAR) : at + 1 + GIVEN_NEAR]):
        return False
    if code in REPEATED_DOSE_CODES and (
        _first_dose(tokens[max(0, at - GIVEN_NEAR) : at])
        or _first_dose_subject(analysis, at)
        or _weekly_dose_given(analysis, at)
        or _given_on_the_right_day(analysis, at)
        or _regimen_day_dose_given(analysis, at)
    ):
        return False
    if _into_a_container(tokens[at + 1 : at + 1 + CONTAINER_NEAR]):
        return False
    if _sedation_given_by(analysis, at) or _manner_of_giving(analysis, at):
        return False
    span = (at, at + 1)
    return analysis.context.affirmed(span) and not analysis.context.not_yet(span)


def _caught_only_after_the_dose(analysis: Analysis, sentences: tuple[int, int], code: str) -> bool:
    """Whether every prevented cue near the finding comes in a sentence after one where the
    dose was told as given ("Pt given 40 units of Novorapid as the U was misread as 0. 2nd
    nurse queried the BM and stopped the VRII"): what was stopped came after the product reached
    the patient. A dose given after the catch ("drew up 80 units, 2nd RN queried it, 8 units
    given") or still to come ("before it was given") does not count. For a dose repeated too
    often, the dose may be told in a sentence of its own between the finding and the catch
    ("frequency defaulted to once daily. 2nd dose given 24 hrs after the first. Picked up by the
    IBD nurse on day 2")."""
    first, last = sentences
    near = analysis.context.prevented_near(first, last)
    if not near:
        return False
    sentence_of = analysis.doc.sentence_of
    # a dose repeated too often: a later dose told before the catch is the overdose itself
    if code in REPEATED_DOSE_CODES:
        last = max(last, max(analysis.sentence(span) for span in near) - 1)
    # the wrong product's infusion told in a sentence of its own before the first catch ("It
    # was in fact KCl 15%. The vancomycin was then infused via the line. The error was found 40
    # minutes in"); a vial "injected" in the catch's own sentence is no dose
    elif code in INFUSED_BEFORE_CATCH_CODES:
        last = max(last, min(analysis.sentence(span) for span in near) - 1)
    given = [
        sentence_of[i]
        for i in range(len(sentence_of))
        if first <= sentence_of[i] <= last and _error_dose_given(analysis, i, code)
    ]
    if code in INFUSED_BEFORE_CATCH_CODES:
        given += _infusions_started(analysis, first, last)
    if not given:
        return False
    earliest = min(given)
    return all(analysis.sentence(span) > earliest for span in near)


def _infusions_started(analysis: Analysis, first: int, last: int) -> list[int]:
    """The sentences, from `first` to `last`, that tell the made-up product's infusion started
    on its pump, not as still to come ("before it was started on the pump")."""
    not_yet = analysis.context.not_yet
    return [
        analysis.sentence(span)
        for span in analysis.concept(INFUSION_STARTED_CONCEPT)
        if first <= analysis.sentence(span) <= last and not not_yet(span)
    ]


def _confidence(rule: NeverEventRule, sentences: tuple[int, int]) -> float:
    first, last = sentences
    return round(max(0.5, rule.confidence - 0.05 * (last - first)), 3)


#: Rules whose `unless` concepts do not count where they share words with the rule's own
#: evidence: the side rules of wrong implant, where "implant ... for a left hip" reads both as a
#: left implant and as the operated left hip. For other rules (an IV-instead-of-oral switch, a
#: daily folic acid) the overlap is the very thing `unless` is about.
UNLESS_IGNORES_EVIDENCE = frozenset({"NE2.left_implant_right_side", "NE2.right_implant_left_side"})


#: `unless` concepts that count for those rules only where they share words with what was read
#: as the implant's side, evidence or not: a nerve block named there ("insert the needle for a
#: popliteal block on the LEFT") makes it the block's side, not an implant's; a block named
#: beside the operation ("L TKR under spinal and adductor canal block") does not.
UNLESS_COUNTS_IN_IMPLANT_SIDE = frozenset({"nerve_block_site"})
IMPLANT_SIDE_CONCEPTS = ("implant_left", "implant_right")


#: `unless` concepts that explain a side mismatch only where nothing invasive was done: an
#: implant opened for one side names that side, but an incision made on the other is still a
#: wrong-site procedure ("lens box opened for the R eye ... incision made on the L eye").
UNLESS_ONLY_IF_NOTHING_DONE = frozenset({"implant_for_side_opened"})


def _something_done(analysis: Analysis, sentences: tuple[int, int]) -> bool:
    """Whether a reached cue ("incision made") is told as done in the finding's sentences."""
    first, last = sentences
    context = analysis.context
    # the raw matches: a reach inside a catch ("stopped after the incision") was still done
    return any(
        first <= analysis.sentence(span) <= last and not context.not_yet(span)
        for span in analysis.found.get(cue_label("reached"), ())
    )


#: `unless` concepts that tell how the event ended, which reporters put in the sentence after the
#: event ("... half out of his window (restrictor missing). Pulled back in by 2 staff", "... head
#: slipped into the gap. She lifted it out before any pressure on the neck", "... water too hot
#: to touch. Resident moved out before any water reached him"): they count in that sentence too.
#: Also those that sum it up there ("... admitted with pancytopenia. The dose was correct
#: throughout", "... came in with pancytopenia. Bloods not done for 4 months"), and the patient
#: then told on air, or harmed by it, after an oxygen device seen
#: on air before it went on ("hadn't put the specs on yet when called away; the bank nurse then
#: put them on and pt was on air for 2 hours"). A report's word that nothing was marked or
#: prepped on the wrong side often closes it after the correct side's operation ("op done on the
#: L, the correct side. No wrong side prep or mark happened"). A drug's IV form given against an
#: oral prescription is often told that way too, the chart read after the dose ("... gave it IV
#: via the cannula. Chart has the oral form only, IV not prescribed").
UNLESS_NEXT_SENTENCE = frozenset(
    {
        # "the secretary noticed the DOB mismatch ... before the pt was put on the list": the
        # other patient's scan found before listing, told after the mismatch (dev-176394)
        "found_before_listing",
        # a scanner's "patient/component mismatch", the unit's and patient's groups next
        "abo_mismatch_recipient",
        "iv_instead_of_oral",
        "water_not_reached",
        # "water came out scalding hot. She wasnt under it yet" (review r22)
        "not_under_the_shower",
        "window_rescued",
        "ligature_stopped",
        "entrapment_stopped",
        "mtx_dose_right_throughout",
        "drug_monitoring_missed",
        "patient_found_on_air",
        "air_connection_harm",
        "air_time_told",
        "no_wrong_side_prep_or_mark",
    }
)
#: `unless` concepts that count to the end of the report: a burn on the body told sentences after
#: a catch ("hoist raised straight away ... Blister on the left foot later") shows the water
#: reached the person (read as evidence is: not the carer's own hand, another event or the past);
#: a fall told after the person on the sill was brought back in ("... she jumped") is a fall.
UNLESS_TO_REPORT_END = frozenset({"scald_on_body", "window_fall_told"})
#: `unless` concepts that also count in the sentence before the finding's: a site mark told as
#: gone faint ("the arrow had faded after the wash.") and then redrawn in a sentence of its own
#: ("Reg re-marked the R knee") is a mark renewed, not a wrong side corrected.
UNLESS_PREVIOUS_SENTENCE = frozenset({"site_mark_faded"})
#: `unless` concepts that also count in the report's opening sentence, where it sets the scene
#: of the whole report: a side error found at a pre-op clinic weeks ahead, told as its heading
#: ("ENT pre-op clinic 2 weeks before surgery. Pt for L tympanoplasty but the booking had R
#: typed ... list corrected") is a record put right long before anyone could mark or prep.
UNLESS_OPENING_SENTENCE = frozenset({"side_error_caught_before_the_day"})


#: `unless` concepts read as evidence is, with the readings that deny it (EVIDENCE_DENIED_BY): an
#: act on a side that is only the kit set up there ("leg holder fitted to the L leg") does not rule
#: out the set-up finding it is; a rail load-tested after the event ("tested the rail - it held her
#: weight") does not rule out the ligature stopped before any load; the other side operated on
#: told as history ("L cataract, lens calculated for the R eye (the R eye done last month)") does
#: not rule out the implant made for that side put in this side; an NJ tube the patient had before
#: ("pt previously had an NJ tube") does not rule out the gastric tube passed now.
UNLESS_READ_AS_EVIDENCE = frozenset(
    {"acted_left", "acted_right", "operated_left", "operated_right", "hanging_loaded", "nj_tube"}
    | {"bilateral_procedure"}
)
#: `unless` concepts that count only where they share words with the finding's own evidence:
#: the very fall the finding reads told as one that did not happen ("near miss fall from
#: window"), not a past near miss told beside a real fall; the very group word read told as
#: not known ("don't know what the other pt's group is") or only told as different from the
#: patient's ("a different blood group to our pt"), not a group unknown beside a group stated.
UNLESS_ON_EVIDENCE_ONLY = frozenset(
    {"fall_from_window_averted", "abo_groups_not_known", "abo_group_only_told_different"}
)


#: `unless` concepts that do not count when told as the corrected action after a catch of the
#: error: the "correct dose given" after insulin drawn up in a luer syringe was "stopped ...
#: redrawn with insulin syringe" is the redo, not the dose read as intended (concept -> the
#: catch it must not follow); "both read it as 10 units" after a query is still a reading.
UNLESS_NOT_AFTER_CATCH = {"insulin_read_correctly": "insulin_dose_stopped"}


def _after_catch(analysis: Analysis, concept: str, span: Span) -> bool:
    """Whether an `unless` span of `concept` is a corrected action (CORRECTED_CONCEPT) told
    after the catch UNLESS_NOT_AFTER_CATCH names."""
    catch = UNLESS_NOT_AFTER_CATCH.get(concept)
    return (
        catch is not None
        and _overlaps_any(span, analysis.concept(CORRECTED_CONCEPT))
        and any(c[1] <= span[0] for c in analysis.concept(catch))
    )


def _unless_reach(concept: str, last: int, sentence_of: list[int]) -> int:
    """The last sentence in which `unless` concept `concept` rules out a finding whose last
    sentence is `last`: that one, the next (UNLESS_NEXT_SENTENCE) or the report's last
    (UNLESS_TO_REPORT_END)."""
    if concept in UNLESS_TO_REPORT_END:
        return sentence_of[-1]
    return last + (concept in UNLESS_NEXT_SENTENCE)


def _rule_ruled_out(
    analysis: Analysis, rule: NeverEventRule, evidence: tuple[Span, ...], sentences: tuple[int, int]
) -> bool:
    """Whether an `unless` concept of the rule sits in the finding's sentences. For the rules
    of `UNLESS_IGNORES_EVIDENCE`, a match that shares words with the evidence itself is that
    evidence read another way ("right component implanted for a left hip": "for a left" is the
    operated side, not a left implant), so it does not rule the finding out."""
    if not rule.unless:
        return False
    first, last = sentences
    sentence_of = analysis.doc.sentence_of
    ignores_evidence = rule.id in UNLESS_IGNORES_EVIDENCE
    implant_sides = (
        [s for c in IMPLANT_SIDE_CONCEPTS for s in analysis.concept(c)] if ignores_evidence else []
    )
    return any(
        (
            first - (concept in UNLESS_PREVIOUS_SENTENCE)
            <= sentence_of[span[0]]
            <= _unless_reach(concept, last, sentence_of)
            or (concept in UNLESS_OPENING_SENTENCE and sentence_of[span[0]] == 0)
        )
        and (
            not ignores_evidence
            or (
                _overlaps_any(span, implant_sides)
                if concept in UNLESS_COUNTS_IN_IMPLANT_SIDE
                else not _overlaps_any(span, evidence)
            )
        )
        and not (concept in UNLESS_ONLY_IF_NOTHING_DONE and _something_done(analysis, sentences))
        and (concept not in UNLESS_ON_EVIDENCE_ONLY or _overlaps_any(span, evidence))
        and not _after_catch(analysis, concept, span)
        for concept in rule.unless
        for span in (
            _evidence_spans(analysis, concept)
            if concept in UNLESS_READ_AS_EVIDENCE or concept in UNLESS_TO_REPORT_END
            else analysis.concept(concept)
        )
    )


#: Never events whose pattern, stated again further on, is the same error told again: an ABO
#: mismatch (the groups confirmed by a later sample). For others a later match is as often the
#: redo after the catch (a tube re-passed, then the feed started).
RESTATED_CODES = frozenset({"12", "13"})
#: ... of which those whose use must be told between the two statements, and not as the redo:
#: a misplaced tube read on a film reported late ("the radiology report, issued the next
#: morning, stated ... right lower lobe. Feed was started at 19:30 ... A repeat x-ray showed the
#: tube in the right lung"); a feed started after the tube was re-passed and a second film
#: is the corrected care, whatever is stated after it.
USED_BETWEEN_STATEMENTS_CODES = frozenset({"13"})


#: Never events whose pattern, ruled out where first told by an exclusion kept to its sentences,
#: is looked for again further on: a retained item's report may tell another item left on
#: purpose first.
RELOCATED_AFTER_EXCLUSION_CODES = frozenset({"3"})
# A finding's exclusion is judged where it is relocated, so no type may also be restated later.
assert RELOCATED_AFTER_EXCLUSION_CODES.isdisjoint(RESTATED_CODES)


def _reached_restatement(
    analysis: Analysis,
    never_event: NeverEventType,
    rule: NeverEventRule,
    evidence: tuple[Span, ...],
    sentences: tuple[int, int],
) -> tuple[tuple[Span, ...], tuple[int, int], bool]:
    """For a rule whose pattern must reach the patient, read as caught where first stated: the
    same pattern stated again further on, where what followed it did reach the patient ("his
    sample grouped O ... group A red cells were issued ... one unit was transfused before the
    repeat confirmed group O"), with its sentences and whether it is still a near miss."""
    between = never_event.code in USED_BETWEEN_STATEMENTS_CODES
    for later in _locations(analysis, rule):
        at = _sentence_range(analysis, later)
        if at[0] <= sentences[0] or _rule_ruled_out(analysis, rule, later, at):
            continue
        if between and not _used_between(analysis, rule, sentences[1], at[0]):
            continue
        if not _is_near_miss(analysis, never_event, rule, at, later):
            return later, at, False
    return evidence, sentences, True


def _used_between(analysis: Analysis, rule: NeverEventRule, after: int, before: int) -> bool:
    """Whether a reach cue of the rule sits after sentence `after` and before sentence
    `before`, with no corrected action told from `after` up to it (the tube re-passed, then
    the feed started: the redo)."""
    corrected = [analysis.sentence(span) for span in analysis.concept(CORRECTED_CONCEPT)]
    return any(
        after < at < before and not any(after <= c <= at for c in corrected)
        for concept in rule.reach
        for span in analysis.concept(concept)
        for at in (analysis.sentence(span),)
    )


def _window_excluded(never_event: NeverEventType, exclusion_id: str | None) -> bool:
    """Whether `exclusion_id` is one of the type's exclusions kept to the finding's sentences."""
    return any(e.id == exclusion_id and e.scope == "window" for e in never_event.exclusions)


def _later_unexcluded(
    analysis: Analysis,
    never_event: NeverEventType,
    rule: NeverEventRule,
    fields: StructuredFields,
    evidence: tuple[Span, ...],
) -> tuple[Span, ...]:
    """For a finding ruled out by an exclusion kept to its sentences, the same pattern told
    again further on where no exclusion applies (a long report's other item: "nasal packs left
    in as planned ... two weeks later a retained piece of gauze was found"), else `evidence`."""
    end = _sentence_range(analysis, evidence)[1]
    for later in _locations(analysis, rule):
        at = _sentence_range(analysis, later)
        if at[0] <= end or _rule_ruled_out(analysis, rule, later, at):
            continue
        # the item told as left on purpose was the first finding's ("vaginal pack to be removed
        # by the midwife on day 1. At the 6 week check a swab was found"): not this one's
        after = -1 if _same_item(analysis, evidence[0], later[0]) else end
        if _exclusion(analysis, never_event, at, fields, later, after) is None:
            return later
    return evidence


def _past_window_exclusion(
    analysis: Analysis,
    never_event: NeverEventType,
    rule: NeverEventRule,
    fields: StructuredFields,
    evidence: tuple[Span, ...],
    sentences: tuple[int, int],
) -> tuple[tuple[Span, ...], tuple[int, int], str | None]:
    """A finding's evidence, its sentences and the exclusion that rules it out (None if none),
    moved to the same pattern told further on when an exclusion kept to the first one's
    sentences rules it out and the later one is ruled out by none."""
    excluded_by = _exclusion(analysis, never_event, sentences, fields, evidence)
    if not _window_excluded(never_event, excluded_by):
        return evidence, sentences, excluded_by
    later = _later_unexcluded(analysis, never_event, rule, fields, evidence)
    if later == evidence:
        return evidence, sentences, excluded_by
    return later, _sentence_range(analysis, later), None


def _same_item(analysis: Analysis, first: Span, later: Span) -> bool:
    """Whether two item spans name the same kind of item by their last word, singular or plural
    ("packs ... the packs were still in"): a later mention of the item left on purpose is still
    that item, its plan beside its first mention."""
    tokens = analysis.doc.tokens
    return tokens[first[1] - 1].rstrip("s") == tokens[later[1] - 1].rstrip("s")


#: Concept of the report's own verdict that the error was caught ("logged this as a near miss
#: for the never event"), and the never events it is read for (medicines, devices, estates).
NEAR_MISS_VERDICT = "near_miss_verdict"
VERDICT_CODES = frozenset({"4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"})
#: Words that make a verdict a question or a first view ("whether this was a near miss",
#: "initially reported as a near miss"), searched in the tokens just before it.
VERDICT_DOUBT_WORDS = frozenset({"whether", "if", "initially", "originally", "first", "not"})
VERDICT_DOUBT_REACH = 8
#: Words that may follow a verdict's "near miss" ("a near miss for the never event", "... as
#: the unit was stopped"); any other word names another kind of near miss ("a near miss WBIT",
#: "a near miss fall"), not this never event's.
VERDICT_FOLLOWERS = frozenset({"for", "under", "because", "as", "since", "and", "of", "so"})


def _verdict_ends(analysis: Analysis, span: Span) -> bool:
    """Whether a verdict's "near miss" ends its clause or goes on with a word of
    VERDICT_FOLLOWERS, not a noun naming another kind of near miss ("as a near miss WBIT")."""
    doc, end = analysis.doc, span[1]
    if (
        doc.tokens[end - 1] in VERDICT_FOLLOWERS
        or end >= len(doc.tokens)
        or doc.sentence_of[end] != doc.sentence_of[span[0]]
    ):
        return True
    at = bisect_left(doc.clause_breaks, end)
    return (at < len(doc.clause_breaks) and doc.clause_breaks[at] == end) or (
        doc.tokens[end] in VERDICT_FOLLOWERS
    )


def _near_miss_verdict(analysis: Analysis, sentences: tuple[int, int]) -> bool:
    """Whether the report concludes, at or after the finding's first sentence, that the error
    was a near miss: a long review tells its verdict far from the timeline that shows the catch.
    A verdict in a sentence of a past event (a past never event, a history time) or told as
    a question or a first view does not count."""
    tokens = analysis.doc.tokens
    past = {
        analysis.sentence(span)
        for concept in (PAST_NEVER_EVENT, HISTORY_CONCEPT)
        for span in analysis.concept(concept)
    }
    for span in analysis.concept(NEAR_MISS_VERDICT):
        at = analysis.sentence(span)
        if at < sentences[0] or at in past or not _verdict_ends(analysis, span):
            continue
        if not word_shortly_before(
            tokens, analysis.doc.sentence_of, span[0], VERDICT_DOUBT_WORDS, VERDICT_DOUBT_REACH
        ):
            return True
    return False


def _finding(
    analysis: Analysis, never_event: NeverEventType, fields: StructuredFields
) -> Finding | None:
    """The first rule of a type that finds its pattern, preferring one no exclusion rules out."""
    excluded = None
    for rule in never_event.rules:
        evidence = _locate(analysis, rule)
        if evidence is None:
            continue
        if rule.outcome == "near_miss_only" and MEDICINE_THEME in never_event.implies_themes:
            evidence = _caught_placement(analysis, never_event, rule) or evidence
        sentences = _sentence_range(analysis, evidence)
        if _rule_ruled_out(analysis, rule, evidence, sentences):
            continue
        relocated = never_event.code in RELOCATED_AFTER_EXCLUSION_CODES
        if relocated:
            evidence, sentences, excluded_by = _past_window_exclusion(
                analysis, never_event, rule, fields, evidence, sentences
            )
        near_miss = _is_near_miss(analysis, never_event, rule, sentences, evidence)
        if not near_miss and never_event.code in VERDICT_CODES:
            near_miss = _near_miss_verdict(analysis, sentences)
        if near_miss and rule.reach and never_event.code in RESTATED_CODES:
            evidence, sentences, near_miss = _reached_restatement(
                analysis, never_event, rule, evidence, sentences
            )
        if rule.outcome == "near_miss_only" and not near_miss:
            continue  # the error alone, not caught, is no never event of this rule
        if rule.outcome == "never_event_only" and near_miss:
            continue  # a pattern read from its harm: caught, it tells no near miss
        if not relocated:
            excluded_by = _exclusion(analysis, never_event, sentences, fields, evidence)
        if excluded_by is None and _concern_answered(
            analysis, never_event, rule, evidence, near_miss
        ):
            excluded_by = concern_answered_exclusion(never_event.code)
        if (
            excluded_by is None
            and never_event.code in SITE_TOLD_RIGHT_CODES
            and site_told_right(analysis)
        ):
            excluded_by = site_told_right_exclusion(never_event.code)
        finding = Finding(
            never_event, rule, evidence, near_miss, _confidence(rule, sentences), excluded_by
        )
        if finding.excluded_by is None:
            return finding
        excluded = excluded or finding
    return excluded


def _caught_placement(
    analysis: Analysis, never_event: NeverEventType, rule: NeverEventRule
) -> tuple[Span, ...] | None:
    """The first placement of a caught-only medicine rule's pattern that a catch follows, if
    any: the error may be told first with the day's plan ("due IT methotrexate in the IT room and IV
    vincristine") and again where it was made, nearer its catch ("at the IT checklist the
    syringe handed over was the vincristine. The checker ... stopped it before it was
    connected"). (Not for a procedure: a biopsy taken on the wrong patient and the specimen pot
    discarded when the mismatch was found is no catch.)"""
    for evidence in _locations(analysis, rule):
        sentences = _sentence_range(analysis, evidence)
        if not _rule_ruled_out(analysis, rule, evidence, sentences) and _is_near_miss(
            analysis, never_event, rule, sentences, evidence
        ):
            return evidence
    return None


_Triggers = tuple[tuple[NeverEventType, frozenset[str]], ...]
#: id(taxonomy) -> (the taxonomy, each never event with the labels its rules need first).
_TRIGGERS: dict[int, tuple[Taxonomy, _Triggers]] = {}


def _triggers(taxonomy: Taxonomy) -> _Triggers:
    """Each never event with the labels of the first `require` group of its rules: a narrative
    holding none of them cannot show the never event (a cheap pre-check)."""
    cached = _TRIGGERS.get(id(taxonomy))
    if cached is not None and cached[0] is taxonomy:
        return cached[1]
    triggers = tuple(
        (ne, frozenset(label for rule in ne.rules for label in _required_labels(rule)[0]))
        for ne in taxonomy.never_events
    )
    _TRIGGERS[id(taxonomy)] = (taxonomy, triggers)
    return triggers


def find_all(analysis: Analysis, taxonomy: Taxonomy, fields: StructuredFields) -> list[Finding]:
    """Every never-event pattern in the narrative, with the exclusion that rules it out if any."""
    present = analysis.found.keys()
    findings = []
    for never_event, trigger in _triggers(taxonomy):
        if present.isdisjoint(trigger):
            continue
        finding = _finding(analysis, never_event, fields)
        if finding is not None:
            findings.append(finding)
    return findings


def _best(findings: list[Finding]) -> Finding | None:
    if not findings:
        return None
    return max(findings, key=lambda f: (f.confidence, -f.evidence[0][0]))


def _implant_over_site(findings: list[Finding]) -> list[Finding]:
    """`findings` without the wrong site's (1) when a wrong implant's (2) is among them."""
    if any(f.never_event.code == WRONG_IMPLANT_CODE for f in findings):
        return [f for f in findings if f.never_event.code != WRONG_SITE_CODE]
    return findings


def _implant_side_caught(analysis: Analysis, near_misses: list[Finding]) -> list[Finding]:
    """The near misses, without a wrong site's (1) beside a wrong implant's (2) when a side is
    told as an implant's: caught before anything was done, the side told wrong was the
    implant's ("Wrong side (L) custom cup opened ... noticed before it was handed to the
    surgeon", "L-specific tibial insert opened instead of R"), the operation was still on its
    planned site (the guide: a lens or implant opened for the wrong eye and caught before
    insertion is near miss 2, not 1). A block needle on the wrong side for a TKR stays 1."""
    implant_side = any(analysis.concept(concept) for concept in IMPLANT_SIDE_CONCEPTS)
    return _implant_over_site(near_misses) if implant_side else near_misses


#: The wrong-implant rule read from an error word near an implant ("mismatch", "wrong one"),
#: which may be told of the site or the patient.
IMPLANT_TOLD_BY_ERROR_WORD = frozenset({"NE2.wrong_implant_placed"})
#: The implant's side each implant-side rule tells.
IMPLANT_SIDE_OF_RULE = {
    "NE2.left_implant_right_side": "left",
    "NE2.right_implant_left_side": "right",
}


#: Words telling an implant taken out, not put in ("removal of metalwork", "plate removed").
IMPLANT_REMOVAL_WORDS = frozenset({"removal", "remove", "removed", "removing", "rom", "explant"})


def _implant_only_taken_out(analysis: Analysis, finding: Finding) -> bool:
    """Whether `finding` is a wrong implant read from an error word (IMPLANT_TOLD_BY_ERROR_WORD)
    whose every span of the wrong implant tells the implant taken out (IMPLANT_REMOVAL_WORDS)."""
    if finding.rule.id not in IMPLANT_TOLD_BY_ERROR_WORD:
        return False
    tokens = analysis.doc.tokens
    wrong = [span for span in finding.evidence if span in analysis.concept(WRONG_IMPLANT)]
    return bool(wrong) and all(
        not IMPLANT_REMOVAL_WORDS.isdisjoint(tokens[span[0] : span[1]]) for span in wrong
    )


def implant_or_site(analysis: Analysis, findings: list[Finding]) -> list[Finding]:
    """The findings, without a wrong site's (1) beside a wrong implant's (2) when the implant is
    told as meant for another patient, eye or side ("the left eye lens, ordered for her left
    eye, was put in the right eye", "the +22.5D lens meant for pt 4"): the operation was the
    one planned and the implant other than intended (never event 2, or near miss 2 when caught
    before it went in); a side or patient told wrong is the implant's. An implant told of the
    side the operation was listed for is no wrong implant beside a wrong site's finding."""
    if analysis.concept(IMPLANT_FOR_ANOTHER) or analysis.concept(IMPLANT_SPEC_CONCEPT):
        # ... or the implant's own planned and placed values told apart ("a lightweight mesh
        # specified ... the mesh placed was a heavyweight one"): the side a history names
        # ("after a mesh repair on the opposite side") is no site of this operation (dev-80079)
        return _implant_over_site(findings)
    if any(f.never_event.code == WRONG_SITE_CODE for f in findings):
        tokens = analysis.doc.tokens
        # an implant told only as one to take out ("listed for removal of metalwork from the L
        # ankle plate") was put in long before: nothing was implanted, the site is the error
        findings = [f for f in findings if not _implant_only_taken_out(analysis, f)]
        figures = [
            v
            for v in spec_values(tokens, analysis.doc.sentence_of)
            if tokens[v.start][:1].isdigit()
        ]
        if not figures and not any(analysis.concept(c) for c in IMPLANT_OWN_DIFFERENCE):
            # nothing tells the implant other than the one meant, nor any size, power or
            # volume of it in figures: a "mismatch" or "wrong one" told of a grommet in the
            # other ear or of the patient called in is the site's
            return [f for f in findings if f.rule.id not in IMPLANT_TOLD_BY_ERROR_WORD]
        # the implant of the side the operation was listed for was the right one ("listed for
        # R phaco ... scrub nurse saw R eye lens pulled" with the L eye incised): a wrong site
        planned = planned_sides(analysis.doc.tokens, analysis.doc.sentence_of)
        return [f for f in findings if IMPLANT_SIDE_OF_RULE.get(f.rule.id, "") not in planned]
    return findings


@dataclass(frozen=True, slots=True)
class Detection:
    """What the never-event rules found in one narrative."""

    never_event: Finding | None
    near_miss: Finding | None
    excluded: tuple[Finding, ...]


#: Concepts the ABO reasoning (engine.blood_groups) adds its findings to, by component kind.
ABO_MISMATCH_CONCEPTS: dict[Role, str] = {
    "red_cells": "abo_mismatch_red_cells",
    "plasma": "abo_mismatch_plasma",
    "platelets": "abo_mismatch_platelets",
    "organ": "abo_mismatch_organ",
}
#: Concept of incompatible platelets told stopped before a step of the giving (review r25's D5).
ABO_PLATELETS_STOPPED = "abo_mismatch_platelets_stopped"
#: Concept of the recipient's group in an ABO-incompatible pairing.
ABO_RECIPIENT_CONCEPT = "abo_mismatch_recipient"
#: Concepts of an incompatible component and the recipient's only stated group, told more than
#: blood_groups.PAIR_SENTENCES sentences apart (their own rule, whose window spans them).
ABO_FAR_MISMATCH_CONCEPT = "abo_mismatch_far_component"
ABO_FAR_RECIPIENT_CONCEPT = "abo_mismatch_far_recipient"
#: Concept of groups stated and all ABO compatible (a wrong unit that happened to be compatible).
ABO_COMPATIBLE_CONCEPT = "abo_compatible_by_group"


def _add_spans(analysis: Analysis, concept: str, spans: list[Span]) -> None:
    if spans:
        analysis.add_found(concept_label(concept), spans)


def _mentions(analysis: Analysis, *concepts: str) -> bool:
    """Whether any of `concepts` was found at all (affirmed or not): a cheap gate."""
    return any(concept_label(concept) in analysis.found for concept in concepts)


def add_blood_group_reasoning(analysis: Analysis) -> None:
    """Add the ABO groups the narrative states, judged by the ABO rules, as concept spans: the
    component and the recipient of each incompatible pairing, or the compatible pairings."""
    doc = analysis.doc
    verdict = judge(doc.tokens, doc.sentence_of, doc.clause_breaks)
    pairs: list[Pairing]
    for role, pairs in verdict.incompatible.items():
        near = [p for p in pairs if not p.far]
        _add_spans(analysis, ABO_MISMATCH_CONCEPTS[role], [p.component.span for p in near])
        _add_spans(analysis, ABO_RECIPIENT_CONCEPT, [p.recipient.span for p in near])
    far = [p for pairs in verdict.incompatible.values() for p in pairs if p.far]
    _add_spans(analysis, ABO_FAR_MISMATCH_CONCEPT, [p.component.span for p in far])
    _add_spans(analysis, ABO_FAR_RECIPIENT_CONCEPT, [p.recipient.span for p in far])
    pairs = verdict.compatible
    _add_spans(analysis, ABO_COMPATIBLE_CONCEPT, [p.component.span for p in pairs])
    if not verdict.incompatible and not pairs:
        # group O red cells and no recipient's group told: compatible with any recipient
        universal = universal_red_cells(doc.tokens, doc.sentence_of, doc.clause_breaks)
        _add_spans(analysis, ABO_COMPATIBLE_CONCEPT, universal)
    grafts = stem_cell_graft_donors(doc.tokens, doc.sentence_of, doc.clause_breaks)
    _add_spans(analysis, STEM_CELL_GRAFT_DONOR, grafts)
    if "platelets" in verdict.incompatible:
        platelets = [p.component.span for p in verdict.incompatible["platelets"] if not p.far]
        stopped = stopped_before_a_step(doc.tokens, doc.sentence_of, platelets)
        _add_spans(analysis, ABO_PLATELETS_STOPPED, stopped)
        titres = titre_told_of_other_units(doc.tokens, doc.sentence_of, doc.clause_breaks)
        _add_spans(analysis, TITRE_OF_ANOTHER_UNIT, titres)
        issues = out_of_group_of_untested_platelets(doc.tokens, doc.sentence_of, doc.clause_breaks)
        _add_spans(analysis, OUT_OF_GROUP_UNTESTED, issues)


#: Concept the implant-specification reasoning (engine.implant_specs) adds its findings to; the
#: rule using it also requires one of IMPLANT_CONCEPTS (the reasoning runs only then).
IMPLANT_SPEC_CONCEPT = "implant_spec_mismatch"
#: Concept of the implant told as the planned one (taxonomy phrases), and of a mismatch of a
#: specification that statement's value does not name (engine.implant_specs.planned_in_part).
IMPLANT_AS_PLANNED = "implant_as_planned"
IMPLANT_PLANNED_IN_PART = "implant_planned_in_part"


def add_implant_spec_reasoning(analysis: Analysis) -> None:
    """Add each planned-versus-placed implant specification mismatch ("size 5 on the plan,
    size 3 opened"), and each femoral head put with a liner of another diameter, as a concept
    span covering both values."""
    doc = analysis.doc
    if not _mentions(analysis, *IMPLANT_CONCEPTS):
        # the implants told by each side's planned value alone, no implant's noun ("Planned R
        # 400cc and L 425cc. The 400cc was inserted in the right breast and the 425cc in the
        # left"; review r25's C3): each side's own, for the learned model's never event 2
        if not SPEC_PLAN_WORDS.isdisjoint(doc.tokens):
            as_planned = sides_put_in_as_planned(doc.tokens, doc.sentence_of)
            _add_spans(analysis, IMPLANT_PLACED_AS_PLANNED, as_planned)
        return
    found = mismatches(doc.tokens, doc.sentence_of, doc.clause_breaks)
    # a plan giving each side its own value ("L 395cc, R 255cc"): one side's value is no
    # mismatch against the other's (the side each went into decides; dev-151650)
    sided = values_planned_for_sides(doc.tokens, doc.sentence_of)
    sided_values = {(v.kind, v.value) for v in sided}
    found = [
        m
        for m in found
        if not (m.planned in sided and (m.placed.kind, m.placed.value) in sided_values)
    ]
    # each side's planned value put on that side ("plan R 300cc, L 325cc. The 300cc implant was
    # placed on the right and the 325cc on the left as planned"; review R23): no mismatch, and
    # the implants told as the planned ones
    if as_planned := sides_put_in_as_planned(doc.tokens, doc.sentence_of):
        found = [
            m
            for m in found
            if not any(inside_any((v.start, v.end), as_planned) for v in (m.planned, m.placed))
        ]
        _add_spans(analysis, IMPLANT_AS_PLANNED, as_planned)
    found += bearing_mismatches(doc.tokens, doc.sentence_of)
    _add_spans(analysis, IMPLANT_SPEC_CONCEPT, [m.span for m in found])
    if found and (statements := analysis.concept(IMPLANT_AS_PLANNED)):
        # the implant told as the planned one by a value of another specification
        part = planned_in_part(doc.tokens, doc.sentence_of, statements, found)
        _add_spans(analysis, IMPLANT_PLANNED_IN_PART, part)


#: Concepts the implant-side reasoning (engine.implant_sides) adds to: the implant's side, the
#: operation's other side, and the side told as the implant's (which stops the wrong-site rules
#: when nothing was done on that side).
IMPLANT_SIDE_OF = {"left": "implant_left", "right": "implant_right"}
OPERATED_SIDE_OF = {"left": "operated_right", "right": "operated_left"}
IMPLANT_FOR_SIDE = "implant_for_side_opened"
#: Concept of an implant told as meant for another patient, eye or side (engine.implant_sides).
IMPLANT_FOR_ANOTHER = "implant_meant_for_another"
#: Concepts that tell an implant's own difference from the one meant: its specification, its
#: side, whom it was for, or what its box said.
IMPLANT_OWN_DIFFERENCE = (
    IMPLANT_SPEC_CONCEPT,
    *IMPLANT_SIDE_CONCEPTS,
    IMPLANT_FOR_ANOTHER,
    "implant_opened_mismatch",
)


def add_implant_side_reasoning(analysis: Analysis) -> None:
    """Add each implant told as of one side in a report whose operation is told of the other
    ("R eye lens opened for pt having L eye done", "the lens opened was for the LEFT eye, we
    were doing the right"): the side is the implant's (never event 2), not the operation's."""
    if not _mentions(analysis, "implant"):
        return
    doc = analysis.doc
    for found in side_mismatches(doc.tokens, doc.sentence_of):
        _add_spans(analysis, IMPLANT_SIDE_OF[found.implant_side], [found.implant])
        _add_spans(analysis, OPERATED_SIDE_OF[found.implant_side], [found.operation])
        _add_spans(analysis, IMPLANT_FOR_SIDE, [found.implant])
    # the eyes told by their capitals ("Cataract surgery RE") read as sides
    eyes = {i: doc.excerpt((i, i + 1)) for i, t in enumerate(doc.tokens) if t in ("re", "le")}
    tokens = eye_sides_read(doc.tokens, eyes) if eyes else doc.tokens
    _add_spans(analysis, IMPLANT_FOR_ANOTHER, implant_for_another(tokens, doc.sentence_of))


#: Concept the drug-strength reasoning (engine.drug_strengths) adds strengths >= 2 mg/ml to, and
#: the drug the rule using it also requires (the reasoning runs only then).
HIGH_STRENGTH_CONCEPT = "strength_2mg_per_ml_or_more"
MIDAZOLAM_CONCEPT = "midazolam"


def add_strength_reasoning(analysis: Analysis) -> None:
    """Add each stated strength of 2 mg/ml or more ("10mg/2ml", "5 mg in 1 ml") as a span."""
    if not _mentions(analysis, MIDAZOLAM_CONCEPT):
        return
    spans = [s.span for s in high_strengths(analysis.doc.tokens)]
    _add_spans(analysis, HIGH_STRENGTH_CONCEPT, spans)


#: Concepts the dose-reading reasoning (engine.drug_strengths) adds to: a dose written with a
#: trailing zero ("'10.0 units'") or read without its decimal point ("'2.5 units' read as 25"),
#: a decimal-point error, not an abbreviation; and a dose written with "U"/"IU" read as a
#: bigger number starting with it ("'8IU' read as 81").
DECIMAL_ERROR_CONCEPT = "decimal_point_error"
ABBREVIATION_MISREAD_CONCEPT = "insulin_abbreviation_misread"
#: Concept a dose written with "U"/"IU" and read back as the same number of units ("'10U' read
#: as 10 units") is added to: the abbreviation read as intended.
READ_AS_WRITTEN_CONCEPT = "insulin_read_correctly"
INSULIN_CONCEPTS = ("insulin", "insulin_unit_or_device_error")


def add_dose_reading_reasoning(analysis: Analysis) -> None:
    """Add the doses written with a trailing zero or read without their decimal point, the
    unit abbreviations read as digits, those read back as the same number of units (read as
    intended), the units a device held told equal to themselves and, beside a device error,
    the dose told right in a clause of its own (the dose itself right)."""
    if not _mentions(analysis, *INSULIN_CONCEPTS):
        return
    tokens = analysis.doc.tokens
    decimal_errors = trailing_zero_doses(tokens) + decimal_point_misreadings(tokens)
    _add_spans(analysis, DECIMAL_ERROR_CONCEPT, decimal_errors)
    # a misreading only asked about ("could that have been read as 180?") was not made
    misreadings = [
        span for span in abbreviation_misreadings(tokens) if not analysis.context.hypothetical(span)
    ]
    _add_spans(analysis, ABBREVIATION_MISREAD_CONCEPT, misreadings)
    _add_spans(
        analysis,
        READ_AS_WRITTEN_CONCEPT,
        abbreviation_read_as_written(tokens, misreadings=misreadings),
    )
    # the dose told given as written ("'Lantus 10U' ... given 10 units each night") is the "U"
    # read as intended, unless a syringe or pen error is told: the units given then are the
    # device's, not what the patient got
    given = abbreviation_given_as_written(tokens, misreadings=misreadings)
    if given and not _insulin_device_error_told(analysis):
        _add_spans(analysis, READ_AS_WRITTEN_CONCEPT, given)
    # the units the device held told equal to themselves ("the 8 units dialled were 8 units"):
    # a pen drawn from or a syringe used, the dose itself right, no overdose (a stop or a catch
    # told beside it still makes the near miss: NE6.ex.read_as_intended's except_if)
    _add_spans(analysis, READ_AS_WRITTEN_CONCEPT, units_told_equal(tokens))
    # ... or told right in a clause of its own beside a device error ("withdrew the prescribed
    # 14 units from the pen cartridge with a U-100 insulin syringe ... Correct dose, BM next am
    # 8.4"): the device misused, the dose itself right (batch dev-174701)
    if _insulin_device_error_told(analysis):
        _add_spans(analysis, READ_AS_WRITTEN_CONCEPT, dose_told_right_alone(analysis.doc))


#: Concept of an insulin error made, and the words of its device ("1ml luer syringe", "drawn
#: from the pen"), not those of a "U" misread.
INSULIN_ERROR_MADE_CONCEPT = "insulin_error_made"
INSULIN_DEVICE_WORDS = frozenset(
    {"syringe", "syringes", "pen", "pens", "cartridge", "cartridges", "penfill"}
)


def _insulin_device_error_told(analysis: Analysis) -> bool:
    """Whether an insulin error of the device (a non-insulin syringe, a pen drawn from) is told."""
    tokens = analysis.doc.tokens
    return any(
        not INSULIN_DEVICE_WORDS.isdisjoint(tokens[span[0] : span[1]])
        for span in analysis.concept(INSULIN_ERROR_MADE_CONCEPT)
    )


#: Concepts that make the closure-order reasoning worth running: an item that could be
#: retained, with a retention or a count.
RETAINED_OBJECT_CONCEPT = "foreign_object"
#: Concepts the closure-order reasoning adds its judgements to, beside the context cues: the
#: items found before the procedure ended and after it.
FOUND_BEFORE_CONCEPT = "item_found_before_the_end"
FOUND_AFTER_CONCEPT = "item_found_after_the_end"
COUNT_WORDS = frozenset({"count", "counts", "counted", "unaccounted", "missing", "short"})
#: Concept of the items found while the patient was still in the procedure (engine:
#: procedure_open), after a count or check that came up short or an item still in (SHORT_WORDS).
FOUND_WHILE_OPEN_CONCEPT = "item_found_while_open"


def add_closure_order_reasoning(analysis: Analysis) -> None:
    """Judge by word order whether a missing item was found before the wound was closed (a
    prevented cue: near miss) or after it (a reached cue: retained object), and add the
    judgement to the context cues. Runs only where a retained object could be described."""
    if not analysis.concept(RETAINED_OBJECT_CONCEPT):
        return
    doc = analysis.doc
    if not analysis.concept(RETAINED_CONCEPT) and COUNT_WORDS.isdisjoint(doc.tokens):
        return
    found = timing(doc.tokens, doc.sentence_of, frozenset(doc.clause_breaks))
    if found.before:
        analysis.context.add_found_before(list(found.before))
        _add_spans(analysis, FOUND_BEFORE_CONCEPT, list(found.before))
    if found.after:
        analysis.context.add_found_after(list(found.after))
        _add_spans(analysis, FOUND_AFTER_CONCEPT, list(found.after))
    # an item found while the patient was still in the procedure, after a count or check that
    # came up short: the retention caught, whatever words tell the find
    if found.while_open and not SHORT_WORDS.isdisjoint(doc.tokens):
        _add_spans(analysis, FOUND_WHILE_OPEN_CONCEPT, list(found.while_open))


#: Concept the digit reasoning adds a digit (or tooth) operated on but not consented or listed to.
DIGIT_MISMATCH_CONCEPT = "digit_mismatch"
#: Finger names, and the nouns that make them a digit ("ring finger", "middle digit").
DIGIT_NAMES = frozenset({"index", "middle", "ring", "little"})
DIGIT_NOUNS = frozenset({"finger", "fingers", "digit", "digits"})
#: A toe or hand/foot bone named by its number ("R 3rd toe", "fourth toe", "5th MC", "big toe"):
#: the ordinal (figure and ending, or word), then the noun naming the kind of digit.
DIGIT_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
NUMBERED_DIGIT_NOUNS = {
    "toe": "toe",
    "toes": "toe",
    "toenail": "toe",
    "metacarpal": "metacarpal",
    "mc": "metacarpal",
    "metatarsal": "metatarsal",
}
#: Toes named by word rather than number ("big toe", "great toe", "little toe", "hallux").
NAMED_TOES = {"big": 1, "great": 1, "little": 5}
HALLUX = "hallux"
#: A tooth in Palmer notation: its quadrant, then its number or deciduous letter ("UR5", "LL d").
TOOTH_QUADRANTS = frozenset({"ur", "ul", "lr", "ll"})
TOOTH_NUMBERS = frozenset({*"12345678", *"abcde"})
#: Words that tell the digit intended ("consent form says L middle finger", "listed for R ring
#: finger") and the digit operated on ("release done on R ring finger", "the ring finger
#: released"). A mark is neither: a wrong mark is the error itself.
DIGIT_PLAN_WORDS = frozenset(
    {
        "consent",
        "consented",
        "listed",
        "booked",
        "planned",
        "referred",
        "referral",
        "letter",
        "says",
        "said",
        "states",
        "stated",
        "symptomatic",
        "affected",
        "intended",
        "plan",
        # the digit it should have been ("should have been R middle", "was meant to be the
        # 2nd toe"), and the records told in the plural ("consent and booking say middle")
        "should",
        "meant",
        "supposed",
        "say",
        # the operation named as the patient's ("underwent L4/5 microdiscectomy ... MRI shows
        # the discectomy was performed at L3/4")
        "underwent",
    }
)
DIGIT_ACT_WORDS = frozenset(
    {
        "done",
        "performed",
        "placed",
        "inserted",
        "drilled",
        "accessed",
        "released",
        "operated",
        "injected",
        "excised",
        "repaired",
        "amputated",
        "treated",
        "decompressed",
        "incised",
        "divided",
        "explored",
        # an injection or the local anaesthetic put into the digit, the incision made over it
        # ("steroid injection given into the R ring finger", "incision made over the 3rd toe")
        "given",
        "infiltrated",
        "incision",
        "fused",
    }
)
#: Words telling, just after it, the digit intended ("R middle finger trigger release listed",
#: "L4/5 microdiscectomy planned").
DIGIT_PLANNED_AFTER_WORDS = frozenset({"listed", "booked", "planned", "consented", "intended"})
#: Words telling a digit done "as planned" ("as consented", "as agreed", "as requested").
AS_PLANNED_WORDS = DIGIT_PLAN_WORDS | {"agreed", "requested", "discussed"}
#: Words telling a digit of the patient's history or another patient's ("previously had the L
#: 4th toe amputated", "the previous pt's ring finger"): neither the plan nor the act.
DIGIT_HISTORY_WORDS = frozenset({"previously", "previous", "prior", "formerly"})
#: Record words that tell what was done, not what was planned, when the operation note says
#: them ("op note says ring finger").
RECORD_TELLING_WORDS = frozenset(
    {"says", "say", "said", "states", "stated", "documents", "documented", "records", "recorded"}
)
OPERATION_NOTE_WORDS = frozenset({"op", "operation", "operative", "operating"})
#: Tokens before (in its clause) and after a digit looked at for those words (before: far enough
#: to reach past "the A1 pulley of the right" to "released" or "consented for release of").
DIGIT_LOOK_BEFORE = 9
DIGIT_LOOK_AFTER = 3


def _digit_role(
    doc: Document, at: int, end: int, act_words: frozenset[str] = DIGIT_ACT_WORDS
) -> str | None:
    """Whether the digit (or list of spinal levels) named at tokens [at, end) is told as
    intended ("plan"), operated on ("act": one of `act_words`), set up ("set_up": a needle,
    marker or dam at it, engine.digit_told) or neither (None): a contrast or a set-up nearest
    it, else the nearest telling word before it in its clause, else an act word just after it,
    else a contrast after it ("UR4 instead of UR5")."""
    tokens = doc.tokens
    if _told_as_planned(doc, at, end):
        return PLAN_ROLE
    # told by a contrast or by what stood on it (engine.digit_told)
    if role := role_by_contrast_before(doc, at) or role_by_set_up(
        doc, at, end, DIGIT_PLAN_WORDS | act_words
    ):
        return role
    for i in doc.before_in_clause(at, DIGIT_LOOK_BEFORE):
        if tokens[i] in DIGIT_HISTORY_WORDS:
            return None
        if _said_by_operation_note(tokens, i):
            return ACT_ROLE
        if tokens[i] in DIGIT_PLAN_WORDS:
            return PLAN_ROLE
        if tokens[i] in act_words:
            return ACT_ROLE
    for i in doc.after_in_clause(at, end, DIGIT_LOOK_AFTER):
        if tokens[i] in act_words:
            return ACT_ROLE
        if tokens[i] in DIGIT_PLANNED_AFTER_WORDS:
            return PLAN_ROLE
    return role_by_contrast_after(doc, at, end) or role_by_recount(doc, at)


def _told_as_planned(doc: Document, at: int, end: int) -> bool:
    """Whether the digit named at tokens [at, end) is told done as planned in its clause ("R
    4th toe amputated today as planned"): a digit of the plan, whatever else is named."""
    tokens = doc.tokens
    return any(
        tokens[i] == "as" and i + 1 < len(tokens) and tokens[i + 1] in AS_PLANNED_WORDS
        for i in doc.after_in_clause(at, end, DIGIT_LOOK_AFTER + 3)
    )


def _said_by_operation_note(tokens: list[str], at: int) -> bool:
    """Whether the record word at `at` is said by the operation note ("op note says ring
    finger"): the note tells the digit operated on."""
    return (
        tokens[at] in RECORD_TELLING_WORDS
        and at >= 2
        and tokens[at - 1] in {"note", "notes"}
        and tokens[at - 2] in OPERATION_NOTE_WORDS
    )


def _numbered_digit(tokens: list[str], at: int) -> tuple[str, int] | None:
    """The toe, metacarpal or metatarsal named by its number from token `at` ("3rd toe",
    "fourth toe", "5th MC", "big toe", "hallux") as its kind and number ("toe3"), with the
    token after it; None if no such digit starts there."""
    first = tokens[at]
    if first == HALLUX:
        return "toe1", at + 1
    number, noun = None, at + 1
    if first.isdigit() and len(first) == 1:
        if at + 1 < len(tokens) and tokens[at + 1] in ORDINAL_ENDINGS:
            number, noun = int(first), at + 2
    elif first in DIGIT_ORDINAL_WORDS:
        number = DIGIT_ORDINAL_WORDS[first]
    elif first in NAMED_TOES:
        number = NAMED_TOES[first]
        if noun < len(tokens) and NUMBERED_DIGIT_NOUNS.get(tokens[noun]) != "toe":
            return None
    if number is None or not 1 <= number <= 5 or noun >= len(tokens):
        return None
    kind = NUMBERED_DIGIT_NOUNS.get(tokens[noun])
    return (f"{kind}{number}", noun + 1) if kind else None


def _named_digit(tokens: list[str], at: int) -> str | None:
    """The finger ("ring") or tooth ("ur5") named by tokens `at` and `at + 1`, if any."""
    first, second = tokens[at], tokens[at + 1]
    if first in DIGIT_NAMES and second in DIGIT_NOUNS:
        return first
    if first in TOOTH_QUADRANTS and second in TOOTH_NUMBERS:
        return first + second
    return None


#: A spinal level: its region letter and vertebra number, then the next vertebra ("L4/5",
#: "L5/S1", "C5-6") or none ("T11"). Levels joined by these words share the telling word of
#: the list ("L3/4 and L4/5 carried out", "plan was L4/5 and L5/S1").
SPINE_REGIONS = {"c": 8, "t": 12, "l": 5, "s": 5}
LEVEL_LIST_WORDS = frozenset({"and", "+", "&", "or"})
ORDINAL_ENDINGS = frozenset({"st", "nd", "rd", "th"})
#: Words telling a level operated on, beside DIGIT_ACT_WORDS ("level decompressed was L3/4",
#: "L3/4 and L4/5 carried out"); a marker or needle "placed" at a level is the level check.
LEVEL_ACT_WORDS = (DIGIT_ACT_WORDS | {"carried", "undertaken", "fused", "instrumented"}) - {
    "placed",
    "inserted",
    "accessed",
}


#: Words telling a level done as well as the planned one ("stenosis also found at L3/4, which
#: was decompressed as well"): an extension of the operation, not a wrong level.
LEVEL_EXTENSION_WORDS = frozenset({"also", "additional", "additionally", "extended", "extension"})


def _told_as_extension(doc: Document, levels: list[tuple[str, Span]]) -> bool:
    """Whether the sentence naming `levels` tells them done in addition to the plan."""
    start, end = doc.sentence_tokens(doc.sentence_of[levels[0][1][0]])
    return not LEVEL_EXTENSION_WORDS.isdisjoint(doc.tokens[start:end])


def _named_level(tokens: list[str], at: int) -> tuple[str, int] | None:
    """The spinal level named from token `at` ("l4-5", "l5-s1", "t11") and the token after it."""
    top = SPINE_REGIONS.get(tokens[at])
    if top is None or at + 1 >= len(tokens) or not tokens[at + 1].isdigit():
        return None
    if not 1 <= int(tokens[at + 1]) <= top:
        return None
    if at + 2 < len(tokens) and tokens[at + 2] in ORDINAL_ENDINGS:
        return None  # a digit told by side and ordinal ("L 4th toe"), not a level
    name, end = tokens[at] + tokens[at + 1], at + 2
    if end < len(tokens) and tokens[end].isdigit():
        return f"{name}-{tokens[end]}", end + 1
    if end + 1 < len(tokens) and tokens[end] in SPINE_REGIONS and tokens[end + 1].isdigit():
        return f"{name}-{tokens[end]}{tokens[end + 1]}", end + 2
    return name, end


def _level_lists(tokens: list[str]) -> list[list[tuple[str, Span]]]:
    """The spinal levels named, grouped into the lists they are told in."""
    lists: list[list[tuple[str, Span]]] = []
    at, last_end = 0, -1
    while at < len(tokens):
        level = _named_level(tokens, at) if tokens[at] in SPINE_REGIONS else None
        if level is None:
            at += 1
            continue
        name, end = level
        joined = last_end >= 0 and all(t in LEVEL_LIST_WORDS for t in tokens[last_end:at])
        if joined and lists:
            lists[-1].append((name, (at, end)))
        else:
            lists.append([(name, (at, end))])
        at = last_end = end
    return lists


#: Implants fixed at a spinal level: placed or inserted there, they are the operation at that
#: level ("pedicle screws placed at L2-L4", "cage inserted at L3/4"), where a marker or needle
#: placed at a level is the level check (LEVEL_ACT_WORDS leaves "placed" out for it).
LEVEL_IMPLANT_WORDS = frozenset(
    {
        *("screw", "screws", "cage", "cages", "rod", "rods", "spacer", "spacers", "implant"),
        *("implants", "prosthesis", "plate", "plates", "instrumentation"),
    }
)
#: Verbs that put an implant at a level.
LEVEL_PLACING_WORDS = frozenset({"placed", "inserted", "sited", "put"})
#: Tokens before a placing verb its implant may stand in ("pedicle screws placed at").
LEVEL_IMPLANT_BEFORE = 3


def _implant_placed_at(doc: Document, at: int) -> bool:
    """Whether the level at token `at` is told as where an implant was placed, in its clause
    ("screws placed at L2-L4", "inserted pedicle screws at L3-L5"): the nearest placing verb
    before it, no plan word nearer, with an implant between or just before it."""
    tokens = doc.tokens
    after = range(at + 1, min(len(tokens), at + DIGIT_LOOK_BEFORE))
    if any(
        tokens[i] in DIGIT_HISTORY_WORDS and doc.sentence_of[i] == doc.sentence_of[at]
        for i in after
    ):
        return False  # an implant of the patient's past ("stimulator placed at T10 previously")
    implant = False
    for i in doc.before_in_clause(at, DIGIT_LOOK_BEFORE):
        if tokens[i] in DIGIT_PLAN_WORDS or tokens[i] in DIGIT_HISTORY_WORDS:
            return False
        implant = implant or tokens[i] in LEVEL_IMPLANT_WORDS
        if tokens[i] in LEVEL_PLACING_WORDS:
            before = tokens[max(0, i - LEVEL_IMPLANT_BEFORE) : i]
            return implant or not LEVEL_IMPLANT_WORDS.isdisjoint(before)
    return False


def _level_role(doc: Document, at: int, end: int) -> str | None:
    """The role the words of the levels at tokens [at, end) tell (`_digit_role`); an implant
    placed at them, told by no other role, is the act."""
    role = _digit_role(doc, at, end, act_words=LEVEL_ACT_WORDS)
    if role is None and _implant_placed_at(doc, at):
        return ACT_ROLE
    return role


def _vertebrae(name: str) -> set[tuple[str, int]]:
    """The vertebrae a level named by `_named_level` spans: "l4-5" and "l4-l5" L4 and L5,
    "l2-l4" L2 to L4, "l5-s1" L5 and S1, "t10" T10 alone."""
    ends: list[tuple[str, int]] = []
    for part in name.split("-"):
        region = part[0] if part[0] in SPINE_REGIONS else ends[-1][0]
        ends.append((region, int(part.lstrip("ctls"))))
    if len(ends) == 2 and ends[0][0] == ends[1][0]:
        (region, low), (_, high) = ends
        return {(region, n) for n in range(min(low, high), max(low, high) + 1)}
    return set(ends)


def _implant_within_plan(doc: Document, levels: list[tuple[str, Span]], planned: set[str]) -> bool:
    """Whether `levels` are told as where an implant was placed (`_implant_placed_at`) and every
    vertebra they span lies in a planned level's: screws placed at L4 and L5, or a plate at
    C5-C6, are the L4/5 or C5/6 operation itself."""
    if not _implant_placed_at(doc, levels[0][1][0]):
        return False
    covered = set().union(*(_vertebrae(name) for name in planned))
    return all(_vertebrae(name) <= covered for name, _ in levels)


def _told_levels(doc: Document) -> list[tuple[str | None, list[tuple[str, Span]]]]:
    """The lists of spinal levels named, each with the role its words tell (`_level_role`)."""
    return [
        (_level_role(doc, levels[0][1][0], levels[-1][1][1]), levels)
        for levels in _level_lists(doc.tokens)
    ]


def _level_mismatches(
    doc: Document,
    held_back: bool = False,
    told_levels: list[tuple[str | None, list[tuple[str, Span]]]] | None = None,
) -> list[Span]:
    """Spinal levels told as operated on that no plan names, where a plan names another
    ("L4/5 microdiscectomy planned ... level decompressed was L3/4"). A list of levels done
    that holds every planned one is an extension of the operation ("stenosis also found so
    L3/4 and L4/5 decompressed"), not a wrong level. A level set up (a needle or marker at it)
    is where the act went unless the step is `held_back` (engine.digit_told). `told_levels`:
    `_told_levels` of the document, when already read."""
    if told_levels is None:
        told_levels = _told_levels(doc)
    planned: set[str] = set()
    acted: list[list[tuple[str, Span]]] = []
    for role, levels in told_levels:
        if role == PLAN_ROLE:
            planned.update(name for name, _ in levels)
        elif (
            role == ACT_ROLE or (role == SET_UP_ROLE and not held_back)
        ) and not _told_as_extension(doc, levels):
            acted.append(levels)
    if not planned:
        return []
    acted = [levels for levels in acted if not _implant_within_plan(doc, levels, planned)]
    return [
        span
        for levels in acted
        if not planned <= {name for name, _ in levels}
        for name, span in levels
        if name not in planned
    ]


#: Words naming the localiser of a level check ("marker needle", "localisation needle", "spinal
#: needle"): the level it is first imaged at is where the check looked, not where the
#: operation went.
LOCALISER_WORDS = frozenset({"marker", "needle", "localisation", "localization", "localiser"})
#: Words telling the localiser taken on from where it was first imaged ("repositioned", "moved
#: down one level"): the check did its work.
LOCALISER_MOVED_WORDS = frozenset({"moved", "repositioned", "re-positioned", "readjusted"})
#: Tokens before a level its localiser's word may stand in ("marker needle placed at C4/5").
LOCALISER_BEFORE = 4


def _level_at(lists: list[list[tuple[str, Span]]], at: int) -> tuple[str, int] | None:
    """The name and first token of the spinal level whose words hold token `at`, if any."""
    for levels in lists:
        for name, (start, end) in levels:
            if start <= at < end:
                return name, start
    return None


def _localiser_moved_at(doc: Document, at: int) -> bool:
    """Whether the level at token `at` is told as where a localiser was first imaged and then
    moved on ("marker needle placed at C4/5 on first image, repositioned"): a localiser word
    just before it in its clause, a moving word after it in its sentence."""
    tokens = doc.tokens
    if LOCALISER_WORDS.isdisjoint(tokens[i] for i in doc.before_in_clause(at, LOCALISER_BEFORE)):
        return False
    _, end = doc.sentence_tokens(doc.sentence_of[at])
    return not LOCALISER_MOVED_WORDS.isdisjoint(tokens[at:end])


def _levels_agree(doc: Document, lists: list[list[tuple[str, Span]]], span: Span) -> bool:
    """Whether a wrong site read across two spinal levels (the phrase "L4/5 ... performed at
    L4/5") sets no level against another: the level it ends on lies within the one it starts
    on ("L3-L5 planned ... screws placed at L3-L5"), or one of them is a localiser's first place,
    moved on from (`_localiser_moved_at`)."""
    first, last = _level_at(lists, span[0]), _level_at(lists, span[1] - 1)
    if first is None or last is None:
        return False
    if _vertebrae(last[0]) <= _vertebrae(first[0]):
        return True
    return any(_localiser_moved_at(doc, start) for _, start in (first, last))


def add_level_agreement_reasoning(analysis: Analysis) -> None:
    """Remove from the wrong site each span read across two spinal levels that agree
    (`_levels_agree`): the level named in the plan and the level acted on are one, or the only
    other level is where a localiser was first imaged before it was moved to the planned one.
    A level acted on outside the plan is still read by the level reasoning
    (`_level_mismatches`)."""
    tokens = analysis.doc.tokens
    if SPINE_REGIONS.keys().isdisjoint(tokens):
        return
    lists = _level_lists(tokens)
    agreeing = [
        span
        for span in analysis.found.get(concept_label(WRONG_SITE_CONCEPT), [])
        if _levels_agree(analysis.doc, lists, span)
    ]
    if agreeing:
        analysis.remove_found(concept_label(WRONG_SITE_CONCEPT), agreeing)
    # the planned level done after the localiser moved on ("repositioned and cage inserted at
    # the planned C6/7 level") is the operation itself, no redo after a wrong level
    moved = _localisers_moved(analysis.doc, lists)
    if moved and not _level_mismatches(analysis.doc):
        label = concept_label(REDO_OF_THE_CORRECT_SIDE)
        redone = [span for span in analysis.found.get(label, []) if span[0] > moved[0]]
        if redone:
            analysis.remove_found(label, redone)


def _localisers_moved(doc: Document, lists: list[list[tuple[str, Span]]]) -> list[int]:
    """The first tokens of the spinal levels told as a localiser's first place, moved on from
    (`_localiser_moved_at`)."""
    return [
        start for levels in lists for _, (start, _) in levels if _localiser_moved_at(doc, start)
    ]


def _levels_only_localised(analysis: Analysis, evidence: tuple[Span, ...]) -> bool:
    """Whether the evidence words hold a spinal level named, a localiser was moved on from the
    first level it was imaged at, and neither the level reasoning nor the wrong-site phrases
    read a level operated on outside the plan: the learned model read the level check's
    levels."""
    doc = analysis.doc
    lists = _level_lists(doc.tokens)
    if not _localisers_moved(doc, lists) or _level_mismatches(doc):
        return False
    spans = [span for levels in lists for _, span in levels]
    return any(inside_any(span, spans) for span in evidence) and not analysis.concept(
        WRONG_SITE_CONCEPT
    )


#: The side the referral named (the GP's letter or referral, outside the treating team) and the
#: side acted on, for each side; REFERRAL_SIDE_ACTED_ON is added when the procedure was done on
#: the referral's side only: the site was taken from the referral, so a wrong site is the
#: framework's "incorrect referral letter" (NE1.ex.referral_slip).
REFERRAL_SIDES = (("referral_named_left", "acted_left"), ("referral_named_right", "acted_right"))
REFERRAL_SIDE_ACTED_ON = "referral_side_acted_on"


def add_referral_side_reasoning(analysis: Analysis) -> None:
    """Add the referral's side as REFERRAL_SIDE_ACTED_ON when the procedure was done on that side
    and on no other ("GP referral said left ... had excision of a lump from the L forearm ... the
    lump was on the R"). An act on the other side too (a wrong side, then the referral's), or
    its set-up (prepped, draped), keeps the wrong site, as does a digit other than the one the
    plan named (the side then agrees, the part does not); an act read across the referral's own
    words is no act."""
    if not _mentions(analysis, *(named for named, _ in REFERRAL_SIDES)) or analysis.concept(
        DIGIT_MISMATCH_CONCEPT
    ):
        return
    tokens = analysis.doc.tokens
    # a referral's words holding the other side's too ("referral said BCC left cheek, the right
    # ...") name the first side only
    referrals = [
        [span for span in analysis.concept(named) if other.isdisjoint(tokens[span[0] : span[1]])]
        for (named, _), other in zip(REFERRAL_SIDES, reversed(SIDE_WORDS), strict=True)
    ]
    told = [span for spans in referrals for span in spans]
    acts = [
        [span for span in _evidence_spans(analysis, acted) if not _overlaps_any(span, told)]
        for _, acted in REFERRAL_SIDES
    ]
    # the other side set up first ("had cleaned and draped the L neck ... stopped ... R IJ line
    # placed") makes the referral's side the correction, not the slip, as an act there does
    set_ups = [_evidence_spans(analysis, set_up) for set_up in SET_UP_SIDES]
    for (side, other), spans in zip(((0, 1), (1, 0)), referrals, strict=True):
        if spans and acts[side] and not acts[other] and not set_ups[other]:
            _add_spans(analysis, REFERRAL_SIDE_ACTED_ON, spans)


#: Words just after an act that tell it as done after the first ("L excision done later").
LATER_WORDS = frozenset({"later", "subsequently", "afterwards", "next"})
LATER_AFTER = 2


def _told_as_later(doc: Document, span: Span) -> bool:
    """Whether the words just after an act tell it as done later than another."""
    return not LATER_WORDS.isdisjoint(doc.tokens[span[1] : span[1] + LATER_AFTER])


#: Words of a plan just before or inside an act's words: the act read is the plan ("consented for
#: R subacromial injection", "listed for L TKR").
PLAN_WORDS = frozenset({"consented", "consent", "listed", "booked", "planned", "scheduled"})
PLAN_BEFORE = 2


def add_document_side_reasoning(analysis: Analysis) -> None:
    """Add a report's, referral's or letter's side as REFERRAL_SIDE_ACTED_ON when the first act
    told is on the side that document gave before it (engine.document_source): the wrong site
    came from the document, upstream of the operator ("CT report stated L haemothorax ... drain
    put in on the L"). Not when a digit or spinal level other than the planned one was done
    (the side then agrees, the part does not)."""
    if not _mentions(analysis, *(acted for _, acted in REFERRAL_SIDES)):
        return
    if analysis.concept(DIGIT_MISMATCH_CONCEPT):
        return
    doc = analysis.doc
    sides = document_sides(doc)
    if not sides or _level_mismatches(doc):
        return
    told = [span for _, span in sides]
    # an act read over a plan's words ("consented for R subacromial injection") is the plan, and
    # one read over a set-up ("had drawn up and cleaned the L shoulder") is no act yet
    set_ups = [span for set_up in SET_UP_SIDES for span in analysis.concept(set_up)]
    left, right = (
        [
            span
            for span in _evidence_spans(analysis, acted)
            if not _overlaps_any(span, told)
            and not _overlaps_any(span, set_ups)
            and PLAN_WORDS.isdisjoint(doc.tokens[max(0, span[0] - PLAN_BEFORE) : span[1]])
        ]
        for _, acted in REFERRAL_SIDES
    )
    acts = (left, right)
    found = acted_on_the_documents_side(doc, sides, acts)
    if not found or _is_redo(analysis, found[-1]) or _told_as_later(doc, found[-1]):
        return  # none, or the first act is the redo ("marking removed and redone", "done later")
    # the wrong site is a wrong side only when the other side is told as the one meant ("the
    # haemothorax is on the RIGHT"): a site of the same side ("mole on the R wrist", the R forearm
    # excised) is another part, whatever the document said
    other = 1 if found[-1] in acts[0] else 0
    meant = [
        span
        for span in _evidence_spans(analysis, PLANNED_SIDES[other])
        if not _overlaps_any(span, told)
    ]
    if not meant:
        return
    # the other side set up or marked (prepped, draped, arrowed) makes the document's side the
    # correction
    if not _evidence_spans(analysis, SET_UP_SIDES[other]) and not analysis.concept(
        MARKED_SIDES[other]
    ):
        _add_spans(analysis, REFERRAL_SIDE_ACTED_ON, found)


#: Added to a side's mark (sides.MARKED_SIDES, in REFERRAL_SIDES' order) when the side acted on
#: is the other one: only then does a mark lift the referral's exclusion.
MARK_GONE_AGAINST = "mark_gone_against"


def add_mark_gone_against_reasoning(analysis: Analysis) -> None:
    """Add a side's mark as MARK_GONE_AGAINST when the procedure was done on the other side
    ("marked R ... L side done"): the operation went against the mark, whatever the referral
    said. A mark on the side the referral named and the act there too ("consent and marking on
    L, following the GP letter; arthroscopy of L knee") is the referral's slip carried through.
    Runs for every narrative: with no mark there is nothing to add, and the acts are not read."""
    if not _mentions(analysis, *MARKED_SIDES):
        return
    acts = [_evidence_spans(analysis, acted) for _, acted in REFERRAL_SIDES]
    for marked, other_acts in zip(MARKED_SIDES, reversed(acts), strict=True):
        marks = analysis.concept(marked)
        if marks and other_acts:
            _add_spans(analysis, MARK_GONE_AGAINST, marks)


#: Concepts of the operation told as completed on a side, and the act of that side.
COMPLETED_SIDES = (
    ("procedure_completed_left", "acted_left"),
    ("procedure_completed_right", "acted_right"),
)


def add_operation_completed_reasoning(analysis: Analysis) -> None:
    """Add the operation told as completed on a side ("Procedure completed uneventfully on the
    RIGHT knee") as the act of that side when no catch is told before it: with no catch the
    side set up was the side operated on. After a catch it is the redo on the side put right
    ("discrepancy raised, team stopped ... procedure completed on the left"), no act on the
    side set up."""
    prevented = analysis.context.cues["prevented"]
    for completed, acted in COMPLETED_SIDES:
        spans = [
            span
            for span in analysis.concept(completed)
            if not any(cue[0] < span[0] for cue in prevented)
        ]
        if spans:
            _add_spans(analysis, acted, spans)


#: Concept of a side and a joint replacement's abbreviation ("R TKR").
SIDE_HEADING = "side_heading"


def add_heading_side_reasoning(analysis: Analysis) -> None:
    """Add a side and operation standing alone as a sentence ("R TKR." as the case's heading) as
    the side planned: a heading names the case, where the same words in a sentence may tell a
    past operation ("pt had L TKR") or the side of an implant ("R TKR done with a L component").
    A report naming an implant's side is left to the implant readings ("L TKR. Femoral component
    'R, size D' opened"): the side there is the component's."""
    if _mentions(analysis, *IMPLANT_SIDE_CONCEPTS):
        return
    doc = analysis.doc
    for start, end in analysis.concept(SIDE_HEADING):
        if doc.sentence_tokens(doc.sentence_of[start]) == (start, end):
            side = "left" if doc.tokens[start] in SIDE_WORDS[0] else "right"
            _add_spans(analysis, f"planned_{side}", [(start, end)])


def add_digit_reasoning(analysis: Analysis) -> None:
    """Add each finger, tooth or spinal level operated on that no consent, listing, referral
    or plan names, where one does name another ("trigger finger release done on R ring
    finger, consent + marking R middle finger"; "implant placed at UL4, the plan was UL5"; "L
    4th toe amputated, listed for the L 3rd toe"), as a wrong-digit span."""
    doc = analysis.doc
    tokens = doc.tokens
    held_back = step_held_back(analysis)
    told: list[ToldDigit] = []
    if not SPINE_REGIONS.keys().isdisjoint(tokens):
        told_levels = _told_levels(doc)
        _add_spans(analysis, DIGIT_MISMATCH_CONCEPT, _level_mismatches(doc, held_back, told_levels))
        told += [
            (name, SPINAL_LEVEL, role, span)
            for role, levels in told_levels
            for name, span in levels
        ]
    fingers = not (DIGIT_NAMES.isdisjoint(tokens) or DIGIT_NOUNS.isdisjoint(tokens))
    numbered = HALLUX in tokens or not NUMBERED_DIGIT_NOUNS.keys().isdisjoint(tokens)
    if not fingers and not numbered and TOOTH_QUADRANTS.isdisjoint(tokens):
        if held_back:
            _add_spans(analysis, DIGIT_SET_UP_WRONG, set_ups_meant_otherwise(analysis, told))
        return
    planned: set[str] = set()
    acted: list[tuple[str, Span]] = []
    for at in range(len(tokens) - 1):
        digit, end = _named_digit(tokens, at), at + 2
        if digit is None and numbered:
            digit, end = _numbered_digit(tokens, at) or (None, end)
        if digit is None:
            continue
        role = _digit_role(doc, at, end)
        told.append((digit, _digit_kind(digit), role, (at, end)))
        if role == PLAN_ROLE:
            planned.add(digit)
        elif role == ACT_ROLE or (role == SET_UP_ROLE and not held_back):
            acted.append((digit, (at, end)))
    if held_back:
        _add_spans(analysis, DIGIT_SET_UP_WRONG, set_ups_meant_otherwise(analysis, told))
    # a toe or bone named by number is set against the planned ones of its kind only (a "3rd
    # toe" amputated is no wrong digit of a finger release)
    kinds = {_digit_kind(name) for name in planned}
    _add_spans(
        analysis,
        DIGIT_MISMATCH_CONCEPT,
        [
            span
            for name, span in acted
            if name not in planned and _digit_kind(name) in kinds and _act_affirmed(analysis, span)
        ],
    )


def _act_affirmed(analysis: Analysis, span: Span) -> bool:
    """Whether the digit named at `span` and the act word told just after it are affirmed (not
    "the 3rd toe might be amputated instead", "no ring finger injected")."""
    doc = analysis.doc
    if not analysis.context.affirmed(span):
        return False
    for i in doc.after_in_clause(span[0], span[1], DIGIT_LOOK_AFTER):
        if doc.tokens[i] in DIGIT_ACT_WORDS:
            return analysis.context.affirmed((i, i + 1))
    return True


def _digit_kind(name: str) -> str:
    """The kind of a digit key: "toe", "metacarpal" or "metatarsal" for a numbered one
    ("toe3"), else "finger_or_tooth" (fingers and teeth keep their shared reading)."""
    kind = name.rstrip("12345")
    return kind if kind in NUMBERED_DIGIT_NOUNS.values() else "finger_or_tooth"


#: Words that tell labour (a drug for it, its staff, its monitoring, the birth) and words that
#: tell an eye: "IOL" is the induction of labour only with the first and none of the second.
LABOUR_WORDS = frozenset(
    {
        *("syntocinon", "oxytocin", "propess", "prostin", "cervidil", "dinoprostone"),
        *("misoprostol", "angusta", "pessary", "labour", "labor", "midwife", "midwives"),
        *("mw", "ctg", "fhr", "contractions", "contracting", "cervix", "bishop", "svd"),
        *("lscs", "srom", "arom", "delivery", "lw", "antenatal", "gestation"),
    }
)
EYE_WORDS = frozenset(
    {
        *("eye", "eyes", "cataract", "phaco", "phacoemulsification", "lens", "lenses"),
        *("biometry", "dioptre", "dioptres", "diopter", "diopters", "ophthalmology"),
        *("ophthalmic", "capsule", "capsular", "toric", "cornea", "corneal", "vitrectomy"),
    }
)
INDUCTION_ABBREVIATION = "iol"


def add_labour_induction_reasoning(analysis: Analysis) -> None:
    """Add each "IOL" of a report that tells labour and no eye as LABOUR_INDUCTION: midwives
    write "IOL" for the induction of labour, theatre teams for an intraocular lens."""
    tokens = analysis.doc.tokens
    if INDUCTION_ABBREVIATION not in tokens:
        return
    told = set(tokens)
    if told.isdisjoint(LABOUR_WORDS) or not told.isdisjoint(EYE_WORDS):
        return
    at = [(i, i + 1) for i, token in enumerate(tokens) if token == INDUCTION_ABBREVIATION]
    _add_spans(analysis, LABOUR_INDUCTION, at)


#: The MR safety words of a device ("not MR conditional", "non MRI-safe"); the words of an MRI
#: scan made or screened for now; the words of a device put in, opened, changed or planned
#: (then "not MR conditional" may be the implant set against an MR-conditional plan).
MR_WORDS = frozenset({"mr", "mri"})
MR_SAFETY_WORDS = frozenset({"conditional", "safe", "compatible"})
SCAN_WORDS = frozenset(
    {
        *("scan", "scanned", "scanner", "scanning", "radiographer", "radiographers"),
        *("questionnaire", "screening", "checklist", "safety", "tesla"),
    }
)
IMPLANTING_WORDS = frozenset(
    {
        *("implanted", "implanting", "implantation", "implanter", "opened", "inserted"),
        *("connected", "plan", "planned", "specified", "listed", "booked", "stock"),
        *("new", "change", "changed", "replaced", "replacement", "upgrade", "referral"),
    }
)


def add_implant_at_mri_reasoning(analysis: Analysis) -> None:
    """Add each "not MR conditional" of a device as IMPLANT_AT_MRI in a report of an MRI scan
    that tells no device put in, opened, changed or planned: the device the patient already has,
    found at (or after) the scan, an MR safety incident and no wrong implant."""
    if not _mentions(analysis, WRONG_IMPLANT):
        return
    tokens = analysis.doc.tokens
    told = set(tokens)
    if told.isdisjoint(SCAN_WORDS) or not told.isdisjoint(IMPLANTING_WORDS):
        return
    spans = [
        span
        for span in analysis.concept(WRONG_IMPLANT)
        if not MR_WORDS.isdisjoint(tokens[span[0] : span[1]])
        and not MR_SAFETY_WORDS.isdisjoint(tokens[span[0] : span[1]])
    ]
    _add_spans(analysis, IMPLANT_AT_MRI, spans)


def detect(analysis: Analysis, taxonomy: Taxonomy, fields: StructuredFields) -> Detection:
    """The never event (reached the patient), the near miss (caught) and the patterns a
    framework exclusion ruled out."""
    add_rehearsal_reasoning(analysis)
    add_blood_group_reasoning(analysis)
    add_implant_spec_reasoning(analysis)
    add_implant_side_reasoning(analysis)
    add_implant_steps_reasoning(analysis)
    add_implant_act_reasoning(analysis)
    add_wrong_item_reached_reasoning(analysis, IMPLANT_CONCEPTS)
    add_strength_reasoning(analysis)
    add_dose_reading_reasoning(analysis)
    add_closure_order_reasoning(analysis)
    add_digit_reasoning(analysis)
    add_level_agreement_reasoning(analysis)
    drop_redo_prefix_sides(analysis)
    add_prep_side_apart_reasoning(analysis)
    add_side_put_right_reasoning(analysis)
    add_operation_completed_reasoning(analysis)
    add_act_record_reasoning(analysis)
    add_side_owner_reasoning(analysis)
    drop_sides_told_not_due(analysis)
    drop_lesion_parts_chosen_as_agreed(analysis)
    add_wrong_site_done_reasoning(analysis)
    add_put_right_record_reasoning(analysis)
    add_proceeded_acts(analysis)
    add_referral_side_reasoning(analysis)
    add_document_side_reasoning(analysis)
    add_mark_gone_against_reasoning(analysis)
    add_heading_side_reasoning(analysis)
    add_labour_induction_reasoning(analysis)
    _add_spans(analysis, DONOR_TISSUE_GRAFT, donor_tissue_grafts(analysis.doc))
    add_implant_at_mri_reasoning(analysis)
    add_start_stopped_reasoning(analysis)
    add_set_up_caught_reasoning(analysis)
    add_paperwork_catch_reasoning(analysis)
    drop_first_sides_told_wrong(analysis)
    add_unconsented_act_reasoning(analysis)
    add_wrong_person_reasoning(analysis)
    add_procedure_of_another_reasoning(analysis)
    add_act_begun_reasoning(analysis)
    add_site_act_reasoning(analysis)
    add_extra_dose_reasoning(analysis)
    add_methotrexate_overdose_reasoning(analysis)
    _add_insulin_larger_dose_instead(analysis)
    add_hazard_exposure_reasoning(analysis)
    add_rail_hold_reasoning(analysis)
    add_window_home_history_reasoning(analysis)
    add_water_reach_reasoning(analysis)
    add_contact_caught_reasoning(analysis)
    add_patient_at_hazard_reasoning(analysis)
    add_retained_intent_reasoning(analysis)
    add_item_fate_reasoning(analysis)
    add_potassium_source_reasoning(analysis)
    add_medicine_reach_reasoning(analysis)
    add_oral_liquid_route_reasoning(analysis)
    add_vinca_route_reasoning(analysis)
    add_strength_query_answered_reasoning(analysis)
    add_medicine_check_reasoning(analysis)
    add_sedation_area_reasoning(analysis)
    add_variant_known_reasoning(analysis)
    add_tube_and_air_reasoning(analysis)
    add_oxygen_need_reasoning(analysis)
    findings = site_over_retained(analysis, find_all(analysis, taxonomy, fields))
    kept = revise_extra_dose_reach(analysis, [f for f in findings if f.excluded_by is None])
    kept = implant_or_site(analysis, kept)
    excluded = tuple(f for f in findings if f.excluded_by is not None)
    never_event = _best([f for f in kept if not f.near_miss])
    near_miss = (
        None
        if never_event
        else _best(_implant_side_caught(analysis, [f for f in kept if f.near_miss]))
    )
    return Detection(never_event, near_miss, excluded)


#: A learned high-strength midazolam finding needs a high strength: a narrative that states the
#: low strength (1 mg/ml) and no high one, in figures or words, nor a product mis-selected,
#: tells of too much of the right product, not of a mis-selection. Air for oxygen needs air: a
#: narrative naming no air (the tubing off the flowmeter) tells of another oxygen failure.
LOW_STRENGTH_MIDAZOLAM = "midazolam_low_strength"
#: ... and midazolam itself (MIDAZOLAM_CONCEPT, above): with no midazolam nor sedation named, an
#: opioid or another sedative named is the drug overdosed, another medication error (a 5 mg/ml
#: ampoule given "for the OGD sedation with fentanyl" is still the midazolam, unnamed).
OTHER_SEDATIVE_CONCEPT = "sedative_not_midazolam"
SEDATION_CONCEPT = "conscious_sedation"
HIGH_STRENGTH_MIDAZOLAM = ("high_strength_midazolam", HIGH_STRENGTH_CONCEPT, "misselect_product")
#: The high strengths told of another drug than midazolam (engine.sedation_area).
OTHER_DRUG_STRENGTH = "high_strength_of_another_drug"
HIGH_STRENGTH_WORDS = frozenset(
    {"high", "higher", "strong", "stronger", "concentrated", "concentrate", "wrong", "incorrect"}
)
AIR_CONCEPT = "air_flowmeter"
#: What makes a tube never event 13: its misplacement told (a tube "checked with pH before
#: every feed", or one in the lung at another hospital, is no misplacement here).
MISPLACEMENT_CONCEPTS = ("misplaced_respiratory", "misplaced_tube")
#: The falls of never event 10: a learned finding whose only fall told is one from the bed or
#: chair ("fell from bed beside the window; restrictor reported broken") tells no window fall
#: (a fall told in the report's words is read unless negated: "no fall from the window").
WINDOW_FALL_CONCEPTS = (
    "fall_from_window",
    "fell_generic",
    "window_fall_landed",
    "window_fall_told",
)
#: Concept of an invasive procedure named (an operation, a block, an injection, a scope...).
SURGICAL_PROCEDURE_CONCEPT = "surgical_procedure"
#: Words naming imaging, an exposure rather than an invasive procedure.
IMAGING_WORDS = frozenset(
    {"x-ray", "xray", "x-rays", "xrays", "xr", "cxr", "radiograph", "film", "ct", "mri", "scan"}
)
#: Words that tell an error, or the one that should have been: the core of what a learned never
#: event 1, 2 or 7 needs told (IMPLANT_ERROR_WORDS, WRONG_SITE_ERROR_WORDS,
#: METHOTREXATE_OVERDOSE_WORDS).
ERROR_WORDS = frozenset(
    {
        *("wrong", "wrongly", "incorrect", "incorrectly", "error", "errors", "erroneous"),
        *("erroneously", "mistake", "mistakes", "mistaken", "mistakenly", "instead", "rather"),
        *("should", "meant", "intended", "supposed", "mismatch", "mismatched", "different"),
        *("discrepancy", "swapped", "confused", "transposed"),
    }
)
#: Words a wrong implant is told with: an error or a difference named, the plan or request it
#: differed from, or how it came to light (a sticker, a revision, a complaint). A learned never
#: event 2 in a report with none of them reads a routine implant record ("L THR, cup size 52
#: implanted, uneventful"); every learned never event 2 of dev holds one.
IMPLANT_ERROR_WORDS = ERROR_WORDS | frozenset(
    {
        *("inadvertently", "differed", "differs", "difference", "incompatible", "mixed"),
        *("expected", "requested", "specified"),
        *("plan", "plans", "planning", "planned", "templated", "listed", "consent", "consented"),
        *("documented", "other", "another", "not", "never", "revision", "revised", "exchange"),
        *("exchanged", "sticker", "stickers", "label", "labels", "noticed", "realised"),
        *("realized", "found", "flagged", "transcribed", "transcription", "recall", "recalled"),
        *("complaint", "identical", "picked"),
    }
)
#: Words naming air ("MA" is the label of a medical air outlet).
AIR_WORDS = frozenset({"air", "ma"})
#: What an insulin overdose of never event 6 is due to: a unit abbreviation or an incorrect
#: device. A learned finding naming none of them (a decimal point misread, the wrong insulin
#: picked, a hypo on a sulfonylurea) tells of another overdose or none.
INSULIN_ERROR_CAUSES = (
    "insulin_error_cause",
    "insulin_error_made",
    "insulin_unit_or_device_error",
    "insulin_pen_withdrawal",
)


#: What an overdose of methotrexate is told with: a daily or repeated dose, an extra or second
#: one, more than meant or the dose it should have been, an error or its toxicity. A learned
#: never event 7 in a report naming none of them reads a routine weekly dose ("methotrexate 10mg
#: once weekly (Mondays) for psoriasis, dose given today"); every learned never event 7 of dev
#: names one.
METHOTREXATE_OVERDOSE_WORDS = ERROR_WORDS | frozenset(
    {
        *("daily", "od", "every", "day", "days", "twice", "second", "extra", "again"),
        *("another", "overdose", "overdosed", "more", "consecutive", "both", "yesterday"),
        *("running", "row", "toxicity", "toxic", "repeated", "repeat", "duplicate"),
        *("duplicated", "double", "doubled", "further", "than", "higher"),
    }
)


#: The only products given by a wrong route of never event 5: a vinca alkaloid (intrathecally),
#: an oral or enteral product, an epidural medicine (intravenously). A learned finding naming
#: none of them reads another route ("Intrathecal methotrexate given in the day unit, headache
#: after" is its route). A vinca is also read by its name's start, as reporters spell it ("vin
#: christine", "VINCRISTIN").
WRONG_ROUTE_PRODUCTS = ("vinca_or_iv_chemo", "oral_enteral_product", "epidural_med")
VINCA_NAME_START = "vin"


#: What a wrong site, side, level, digit, procedure or patient is told with. A learned never
#: event 1 in a report telling none of them reads a routine report of a procedure done where it
#: was meant to be, with something else gone wrong or nothing ("R L4/5 facet joint injection
#: planned. Injected at L4/5, uneventful"; "fascia iliaca block L side for L NOF, pt still in
#: pain"): the model weighs the side, level and procedure words alone. Every learned never
#: event 1 of dev tells one of them: an error or the site it should have been told in words...
WRONG_SITE_ERROR_WORDS = ERROR_WORDS
#: ... the real or actual one named ("the real Mr P came to the desk", "the actual BCC"), not
#: real-time imaging...
REAL_ONE_WORDS = frozenset({"real", "actual", "actually"})
#: ... the plan, consent, booking, referral or request the act is set against ("consented for
#: frenuloplasty", "the patient due to be injected was Mr S"), not a procedure done "as
#: planned" / "as per referral" / "went to plan", a referral onward ("referred to the
#: endodontist") nor a cause ("due to staffing"); and set against it: the plan told with what
#: the act did not do, or how that came to light or was put right (PLAN_SET_AGAINST_WORDS). A
#: plan alone opens many a routine report ("Listed for R TKR, adductor canal block R done, pt
#: had PONV")...
SITE_PLAN_WORDS = frozenset(
    {
        *("plan", "planned", "listed", "booked", "consent", "consented", "referred"),
        *("referral", "request", "requested", "agreed", "due"),
    }
)
DONE_AS_PLANNED_WORDS = frozenset({"as", "per", "to"})
PLAN_SET_AGAINST_WORDS = frozenset(
    {
        # the act not the plan, or the planned one still to do ("had not consented to
        # ablation", "booked removal only", "BCC still there", "the lesion ... not touched")
        *("not", "never", "nor", "only", "still", "unnecessary", "unchanged", "untouched"),
        *("didnt", "hadnt", "wasnt", "didn", "hadn", "wasn", "weren"),
        # the record read against the act ("consent + list said left", "consent form shows
        # sterilisation crossed out", "she had changed her mind")
        *("said", "says", "shows", "showed", "states", "stated", "crossed", "changed"),
        # how it came to light ("noticed by the reg in recovery", "surgeon realised")
        *("realised", "realized", "noticed", "found", "discovered", "spotted", "pointed"),
        *("queried", "picked"),
        # what it leaves ("wants another baby", "will need a 2nd procedure", "relisted")
        *("another", "again", "rebooked", "relisted", "recalled", "further"),
        # its disclosure ("apologised", "duty of candour", "very distressed")
        *("apologised", "apologized", "apology", "candour", "doc", "distressed"),
    }
)
#: Plan words that tell something else before "to" ("referred to ENT", "due to staffing"), but
#: not before "to be" ("due to be injected").
PLAN_OR_CAUSE_WORDS = frozenset({"referred", "due"})
PLAN_TO_BE_WORDS = frozenset({"be", "have", "receive"})
#: ... two sides named, in words or in the lobes, lids, quadrants and fossae named by side
#: ("consent RUL ... LUL everted"); not a spinal level's "L", a volume's "1 L", an initial
#: ("Mr R Patel"), a review ("R/V"), nor "left" as a verb, told by the word after it
#: ("tourniquet left inflated", "pt left the unit")...
LEFT_SIDE_WORDS = SIDE_WORDS[0] | {"lul", "lll", "luq", "llq", "lif", "lij"}
RIGHT_SIDE_WORDS = SIDE_WORDS[1] | {"rul", "rml", "rll", "ruq", "rlq", "rif", "rij"}
INITIAL_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "master"})
SIDE_LETTER_NOT_AFTER = frozenset({"v", "o"})
LEFT_VERB_AFTER = frozenset(
    {
        *("in", "inside", "on", "with", "without", "unattended", "alone", "for", "at", "to"),
        *("behind", "over", "open", "inflated", "out", "the", "a", "an", "her", "his", "him"),
        *("them", "it", "home", "before", "after", "by", "until", "overnight", "when", "as"),
    }
)
#: ... two places numbered alike ("bed 2" and "bed 3", "segment 6" and "segment 7")...
NUMBERED_PLACE_NOUNS = frozenset({"bed", "bay", "room", "cubicle", "segment", "seg"})
#: ... or several lesions of the patient named, one taken for another ("3 lesions close
#: together on his back", "she has numerous seb Ks and naevi", "pt has 2 cysts").
LESION_NOUNS = frozenset(
    {
        *("lesion", "lesions", "cyst", "cysts", "mole", "moles", "naevi", "nevi", "naevus"),
        *("keratoses", "bccs", "lumps", "nodules"),
    }
)
SEVERAL_WORDS = frozenset({"several", "multiple", "numerous", "many", "two", "three", "both"})
#: ... or two people of one name, or an identity check that did not match ("2 pts called Mr
#: Patel on the list", "same surname, called by surname only").
IDENTITY_MISMATCH = "identity_mismatch"
SAME_NAME_WORDS = frozenset({"same", "similar", "identical"})
NAME_WORDS = frozenset({"name", "names", "surname", "surnames"})


def _wrong_site_told(analysis: Analysis) -> bool:
    """Whether the report tells what a wrong site is told with (WRONG_SITE_ERROR_WORDS and
    those after it): an error word, the real one, two sides, levels, digits, numbered places
    or patients, several lesions, or a plan set against the act."""
    tokens = analysis.doc.tokens
    if not WRONG_SITE_ERROR_WORDS.isdisjoint(tokens) or _real_one_named(tokens):
        return True
    levels = {frozenset(name for name, _ in names) for names in _level_lists(tokens)}
    digits = _digits_named(tokens)
    return (
        _sides_named(tokens) == {"left", "right"}
        or len(levels) > 1
        or len(digits) > 1
        or _places_numbered_apart(tokens)
        or _several_lesions(tokens)
        or bool(analysis.concept(IDENTITY_MISMATCH))
        or any(a in SAME_NAME_WORDS and b in NAME_WORDS for a, b in pairwise(tokens))
        # one spinal level or digit named, and no other: what the plan names was done
        or (_plan_set_against_act(tokens) and not (len(levels) == 1 or len(digits) == 1))
    )


def _real_one_named(tokens: list[str]) -> bool:
    """Whether "real" or "actual" names the one meant (not "real time" imaging)."""
    return any(
        token in REAL_ONE_WORDS and tokens[i + 1 : i + 2] != ["time"]
        for i, token in enumerate(tokens)
    )


def _sides_named(tokens: list[str]) -> set[str]:
    """The sides ("left", "right") the report names, outside spinal levels and teeth."""
    in_levels = {i for names in _level_lists(tokens) for _, (x, y) in names for i in range(x, y)}
    sides = set()
    for i, token in enumerate(tokens):
        before = tokens[i - 1] if i else ""
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if i in in_levels or (len(token) == 1 and _side_letter_other(before, after)):
            continue
        if token in LEFT_SIDE_WORDS and not (token == "left" and after in LEFT_VERB_AFTER):
            sides.add("left")
        elif token in RIGHT_SIDE_WORDS:
            sides.add("right")
    return sides


def _side_letter_other(before: str, after: str) -> bool:
    """Whether a lone "l"/"r" is a volume ("1 L"), an initial ("Mr R Patel") or part of an
    abbreviation ("R/V", "r/o"), by the tokens around it."""
    return before.isdigit() or before in INITIAL_TITLES or after in SIDE_LETTER_NOT_AFTER


def _digits_named(tokens: list[str]) -> set[str]:
    """The fingers, toes, hand or foot bones and teeth the report names ("ring finger", "the
    middle one", "3rd toe", "hallux", "UR6"), with the bare ordinals beside a numbered one
    ("3rd toe removed, consent was for the 4th")."""
    digits, kinds, ordinals = set(), set(), set()
    for at, token in enumerate(tokens):
        following = tokens[at + 1] if at + 1 < len(tokens) else ""
        if token in DIGIT_NAMES and following == "one":
            digits.add(token)
        elif following and (digit := _named_digit(tokens, at)) is not None:
            digits.add(digit)
        elif (numbered := _numbered_digit(tokens, at)) is not None:
            digits.add(numbered[0])
            kinds.add(numbered[0].rstrip("12345"))
        elif (number := _ordinal(token, following)) is not None:
            ordinals.add(number)
    if len(kinds) == 1:
        digits.update(f"{next(iter(kinds))}{number}" for number in ordinals)
    return digits


def _ordinal(token: str, following: str) -> int | None:
    """The number 1-5 told as an ordinal by `token` ("4th", "fourth"), if it is one."""
    if token.isdigit() and len(token) == 1 and following in ORDINAL_ENDINGS:
        number = int(token)
    else:
        number = DIGIT_ORDINAL_WORDS.get(token, 0)
    return number if 1 <= number <= 5 else None


def _places_numbered_apart(tokens: list[str]) -> bool:
    """Whether one kind of place is named by two numbers ("bed 2 ... bed 3")."""
    numbers: dict[str, set[str]] = {}
    for place, number in pairwise(tokens):
        if place in NUMBERED_PLACE_NOUNS and number.isdigit():
            numbers.setdefault(place, set()).add(number)
    return any(len(named) > 1 for named in numbers.values())


def _several_lesions(tokens: list[str]) -> bool:
    """Whether a number of lesions is named ("3 lesions", "numerous naevi")."""
    return any(
        noun in LESION_NOUNS and (count in SEVERAL_WORDS or (count.isdigit() and count != "1"))
        for count, noun in pairwise(tokens)
    )


def _plan_set_against_act(tokens: list[str]) -> bool:
    """Whether a plan, consent, booking, referral or request is told (SITE_PLAN_WORDS) and the
    act set against it (PLAN_SET_AGAINST_WORDS)."""
    for i, token in enumerate(tokens):
        if token not in SITE_PLAN_WORDS or (i and tokens[i - 1] in DONE_AS_PLANNED_WORDS):
            continue
        after = tokens[i + 1 : i + 3]
        if (
            token in PLAN_OR_CAUSE_WORDS
            and after[:1] == ["to"]
            and not PLAN_TO_BE_WORDS.issuperset(after[1:])
        ):
            continue
        return not PLAN_SET_AGAINST_WORDS.isdisjoint(tokens)
    return False


#: The potassium products of never event 4, and the words and word starts a report names
#: potassium by, spelt right or not ("KCl", "K+", "pot phos", "potasium").
POTASSIUM_PRODUCT_CONCEPTS = ("strong_potassium", "potassium_concentrate", "flush_from_potassium")
POTASSIUM_WORDS = frozenset({"kcl", "k", "k+", "pot", "phos", "kphos"})
POTASSIUM_WORD_STARTS = ("pota", "potta")


def _potassium_named(analysis: Analysis) -> bool:
    """Whether the report names potassium at all, as a product or a word."""
    return any(analysis.concept(c) for c in POTASSIUM_PRODUCT_CONCEPTS) or any(
        token in POTASSIUM_WORDS or token.startswith(POTASSIUM_WORD_STARTS)
        for token in analysis.doc.tokens
    )


def _needed_product_unnamed(analysis: Analysis, code: str) -> str | None:
    """Why a learned finding of never event 1, 2, 3, 4, 5, 6, 8, 10, 11, 13 or 15 lacks what its
    type is about: no potassium named at all, no unit abbreviation nor incorrect device named,
    no error of an implant told, the low midazolam strength stated and no high one, every high
    strength told another drug's, another drug and neither midazolam nor sedation named, no
    neck or chest told as caught (a limb entrapment, or "head, neck and chest were not
    involved"), no misplacement of the tube told or no feeding tube named at all, no air
    named at all, no fall told with the window, only imaging named for a wrong site, no wrong
    site told (a routine report of a procedure: _wrong_site_told), no vinca, oral, enteral or
    epidural product named for a wrong route, no overdose of methotrexate told, or no object
    named that could have been left in."""
    tokens = analysis.doc.tokens
    if code == "6" and not any(_found_undenied(analysis, c) for c in INSULIN_ERROR_CAUSES):
        return "no abbreviation or device named"
    if (
        code == "8"
        and analysis.concept(LOW_STRENGTH_MIDAZOLAM)
        and not any(analysis.concept(c) for c in HIGH_STRENGTH_MIDAZOLAM)
        and HIGH_STRENGTH_WORDS.isdisjoint(tokens)
    ):
        return "low strength stated"
    if (
        code == "8"
        and analysis.concept(OTHER_DRUG_STRENGTH)
        and not any(analysis.concept(c) for c in HIGH_STRENGTH_CONCEPTS)
    ):
        # every high strength told is another drug's (engine.sedation_area)
        return "the high strength another drug's"
    if (
        code == "8"
        and not analysis.concept(MIDAZOLAM_CONCEPT)
        and analysis.concept(OTHER_SEDATIVE_CONCEPT)
        and not analysis.concept(SEDATION_CONCEPT)
    ):
        return "another drug named, no midazolam nor sedation"
    if code == "4" and not _potassium_named(analysis):
        # another strong electrolyte mis-selected ("sodium chloride 30% drawn up for the flush")
        # is a medication error, not strong potassium
        return "no potassium named"
    if code == "11" and not _evidence_spans(analysis, CHEST_NECK):
        return "no neck or chest named"
    if code == "15" and AIR_WORDS.isdisjoint(tokens) and not analysis.concept(AIR_CONCEPT):
        return "no air named"
    if code == "15" and _only_room_air(analysis):
        return "no air supply named"
    if (
        code == "10"
        and analysis.concept(FALL_FROM_FURNITURE)
        and not any(
            analysis.context.affirmed(span)
            for c in WINDOW_FALL_CONCEPTS
            for span in _evidence_spans(analysis, c)
        )
    ):
        return "only a fall from the bed or chair told"
    if code == "10" and not any(
        analysis.context.affirmed(span)
        for c in WINDOW_FALL_CONCEPTS
        for span in analysis.concept(c)
    ):
        # a window with a failed restrictor and no fall told ("pt smoking out of the window,
        # restrictor found broken") is a hazard, not a fall
        return "no fall told"
    if (
        code == "1"
        and not analysis.concept(SURGICAL_PROCEDURE_CONCEPT)
        and not IMAGING_WORDS.isdisjoint(tokens)
    ):
        # imaging the wrong patient or side with no invasive procedure told ("the other Mr P
        # had the chest x-ray") is an exposure (IR(ME)R), not wrong site surgery
        return "only imaging named"
    if (
        code == "5"
        and not any(analysis.concept(c) for c in WRONG_ROUTE_PRODUCTS)
        and not any(t.startswith(VINCA_NAME_START) for t in tokens)
    ):
        return "no product of a wrong route named"
    if code == "1" and not _wrong_site_told(analysis):
        return "no wrong site told"
    if code == "7" and METHOTREXATE_OVERDOSE_WORDS.isdisjoint(tokens):
        return "no overdose told"
    if code == "7" and dose_told_correct_only(analysis):
        return "methotrexate dose told correct"
    if code == "7" and doses_on_regimen_days_only(analysis):
        return "methotrexate doses on the regimen's days"
    if code == "13" and not any(_evidence_spans(analysis, c) for c in MISPLACEMENT_CONCEPTS):
        return "no misplacement named"
    if code == "13" and not _evidence_spans(analysis, GASTRIC_TUBE_CONCEPT):
        # a drain's or a needle's aspirate and tip ("pleural aspirate pH 7.1 so chest drain
        # inserted, drain tip in the right lung") name no feeding tube
        return "no feeding tube named"
    if code == "2" and IMPLANT_ERROR_WORDS.isdisjoint(tokens):
        return "no error told"
    if code == "3" and not any(
        _evidence_spans(analysis, c) for c in (FOREIGN_OBJECT_CONCEPT, RETAINED_CONCEPT)
    ):
        # a complication of a procedure ("CXR after the CVC shows a small pneumothorax"): no
        # item named, nor anything told as found or left in ("a broken shaver tip in the joint")
        return "no object named"
    return None


#: Readings of an air word that name no air supply: the patient breathing room air ("sats 95%
#: on air"), a connection only feared, another hospital's patient, an air outlet capped out of
#: use, the air named only to be denied ("flowmeter was O2, not air").
AIR_WORD_READINGS = (
    "saturation_on_room_air",
    "room_air_for_oxygen",
    AIR_CONNECTION_POSSIBLE,
    EVENT_ELSEWHERE,
    AIR_OUTLET_CAPPED,
    AIR_DENIED,
)


def _only_room_air(analysis: Analysis) -> bool:
    """Whether every air word of the report sits inside a reading that names no air supply
    ("Pt sats 95% on air ... O2 weaned off"), and no air supply is told in other words."""
    if _evidence_spans(analysis, AIR_CONCEPT):
        return False
    readings = [span for concept in AIR_WORD_READINGS for span in analysis.concept(concept)]
    if not readings:
        return False
    tokens = analysis.doc.tokens
    return all(
        inside_any((i, i + 1), readings) for i, token in enumerate(tokens) if token in AIR_WORDS
    )


def _evidence_told_in(analysis: Analysis, concept: str, evidence: tuple[Span, ...]) -> bool:
    """Whether `concept` is found and every sentence of `evidence` holds one of its spans."""
    sentences = {analysis.sentence(span) for span in analysis.concept(concept)}
    return bool(sentences) and all(analysis.sentence(span) in sentences for span in evidence)


def _told_elsewhere(analysis: Analysis, evidence: tuple[Span, ...]) -> bool:
    """Whether every sentence of `evidence` tells an implant event as another organisation's, a
    safety alert's or a dated past operation's (IMPLANT_ELSEWHERE_CONCEPT)."""
    return _evidence_told_in(analysis, IMPLANT_ELSEWHERE_CONCEPT, evidence)


def _told_in_history(analysis: Analysis, evidence: tuple[Span, ...]) -> bool:
    """Whether a learned ABO finding reads a transfusion of the patient's past, dated and at
    another hospital (TRANSFUSION_IN_HISTORY): every sentence of `evidence` tells it ("Blood
    group history: she received A red cells ... in 2015 at another hospital, she is group O"),
    or the report's incompatible unit words all sit inside it ("Transfusion hx: given group A
    blood in error at another hospital in 2012, he is group O. 1 unit O pos given today")."""
    if not analysis.concept(TRANSFUSION_IN_HISTORY):
        return False
    if _evidence_told_in(analysis, TRANSFUSION_IN_HISTORY, evidence):
        return True
    units = [c for c in PAST_TRANSFUSION_DENIED if not c.startswith("patient_")]
    return _mentions(analysis, *units) and not any(_evidence_spans(analysis, c) for c in units)


#: Concept of a transfusion reaction told as not haemolytic (a febrile non-haemolytic reaction,
#: a negative DAT), and the concepts that tell the unit itself wrong: another patient's unit, an
#: incompatibility or groups that do not match, a haemolysis. A learned 12 whose report tells
#: only the first is a reaction to the patient's own unit, no ABO-incompatible transfusion.
NON_HAEMOLYTIC_REACTION = "non_haemolytic_reaction"
WRONG_UNIT_CONCEPTS = (
    "unit_for_other_patient",
    "abo_incompatible",
    "abo_haemolysis_sign",
    *ABO_MISMATCH_CONCEPTS.values(),
    ABO_FAR_MISMATCH_CONCEPT,
)


def _reaction_only_non_haemolytic(analysis: Analysis) -> bool:
    """Whether the report tells a transfusion reaction as not haemolytic ("febrile
    non-haemolytic reaction, DAT negative") and nothing of a wrong or incompatible unit nor of
    a haemolysis: the model's reaction words tell no ABO-incompatible transfusion."""
    if not analysis.concept(NON_HAEMOLYTIC_REACTION):
        return False
    return not any(analysis.concept(concept) for concept in WRONG_UNIT_CONCEPTS)


def _rail_only_in_history(analysis: Analysis) -> bool:
    """Whether every rail the report names sits in a sentence telling the patient's past
    ligature from a rail elsewhere or years back (RAIL_HISTORY_CONCEPT: "history of hanging
    from a curtain rail at his previous placement in 2022, the rail had held"): today's
    ligature, with no rail of its own, is no failed rail of this report."""
    return bool(analysis.concept(RAIL_HISTORY_CONCEPT)) and not _evidence_spans(analysis, "rail")


def _implant_error_only_elsewhere(analysis: Analysis) -> bool:
    """Whether the report tells implant-error words (a mismatch, a side, an implant opened) and
    every one of them in a sentence telling an implant event as another organisation's, an
    alert's or a dated past operation's ("Primary in 2015 elsewhere had a 28mm head in a 32mm
    liner"): the model's topic words ("revision", "liner") then name no event of this report."""
    elsewhere = {analysis.sentence(span) for span in analysis.concept(IMPLANT_ELSEWHERE_CONCEPT)}
    if not elsewhere:
        return False
    errors = [
        span
        for concept in IMPLANT_ELSEWHERE_DENIED
        for span in analysis.found.get(concept_label(concept), ())
    ]
    return bool(errors) and all(analysis.sentence(span) in elsewhere for span in errors)


def _scald_only_a_safeguard(analysis: Analysis) -> bool:
    """Whether every scald or hot-water word of the report is denied by a safeguard's name
    (SCALD_SAFEGUARD_CONCEPT, the denial EVIDENCE_DENIED_BY makes of "scald"): "anti-scald valve
    fitted to the bath" tells no scald, whatever the learned model reads in its words."""
    scalds = analysis.concept("scald")
    return bool(scalds) and not _not_denied_by(analysis, (SCALD_SAFEGUARD_CONCEPT,), scalds)


def _overdose_only_denied(analysis: Analysis) -> bool:
    """Whether the report tells the methotrexate overdose's words, and only negated."""
    return bool(analysis.found.get(concept_label(METHOTREXATE_OVERDOSE))) and not analysis.concept(
        METHOTREXATE_OVERDOSE
    )


#: A giving and its "again" telling no second dose (engine: extra_dose.next_weekly_dose_told),
#: and the concepts of a daily schedule or extra doses that make an overdose whatever it tells.
NEXT_WEEKLY_DOSE = "mtx_next_weekly_dose_again"
DAILY_OVERDOSE_CONCEPTS = (
    "mtx_daily",
    "mtx_taken_daily",
    "mtx_dose_daily",
    "mtx_had_daily",
    "mtx_extra_doses_counted",
)


def _overdose_only_the_next_weekly_dose(analysis: Analysis) -> bool:
    """Whether every methotrexate overdose word of the report is read inside the next weekly
    dose told given "again" ("given on Sunday, right dose, and again on the Sunday after"), with
    no daily schedule nor extra doses told: a learned never event 7 names no overdose."""
    overdose = analysis.concept(METHOTREXATE_OVERDOSE)
    return (
        bool(overdose)
        and not _not_denied_by(analysis, (NEXT_WEEKLY_DOSE,), overdose)
        and not any(map(analysis.concept, DAILY_OVERDOSE_CONCEPTS))
    )


#: The wrong route's words, and the readings of an oral product given by its own route
#: (engine medicine_reach: "given via NG", a luer syringe's dose "given orally").
WRONG_ROUTE_CONCEPTS = ("wrong_route_cue", "oral_liquid_given_through_a_line")
OWN_ROUTE_READINGS = (ENTERAL_WAY_CONCEPT, SYRINGE_FOR_ITS_ROUTE_CONCEPT)


def _route_only_the_products_own(analysis: Analysis) -> bool:
    """Whether the report tells the oral product given by its own route (down its enteral tube,
    or by mouth from a stand-in syringe) and no wrong route's word is left that those readings
    do not deny: a learned never event 5 there reads a line named beside the right route."""
    if not any(analysis.concept(c) for c in OWN_ROUTE_READINGS):
        return False
    return not any(
        _not_denied_by(analysis, EVIDENCE_DENIED_BY.get(c, ()), analysis.concept(c))
        for c in WRONG_ROUTE_CONCEPTS
    )


#: Words of a way into the body other than the mouth or the gut (a line, a needle, the
#: epidural, the spine, the airway, the skin...).
ROUTE_OTHER_THAN_THE_MOUTH = "route_other_than_the_mouth"
#: The framework's wrong routes and their products named by their own concepts (the vein, the
#: spine, a line, a vinca or an epidural medicine).
NAMED_WRONG_ROUTES = (
    "parenteral_route",
    "intrathecal",
    "access_device_used_as_route",
    "oral_product_into_line",
    "oral_liquid_given_through_a_line",
    "vinca_or_iv_chemo",
    "epidural_med",
)


def _no_route_but_the_mouth(analysis: Analysis) -> bool:
    """Whether an oral or enteral product is named and no way into the body other than the
    mouth or the gut is told anywhere in the report: a wrong dose or strength of an oral
    medicine given by mouth ("oxycodone oral solution concentrate 10mg/ml given instead of
    5mg/5ml ... 25mg orally"), or a syringe told for its volume, names no second route for a
    learned never event 5 to rest on."""
    # batch 108's dev-180674 (read never event 5 by the learned model at 1.100.0); review
    # R30's vl5 (a 10ml oral syringe instead of a 5ml one, the right volume given)
    if not analysis.concept("oral_enteral_product"):
        return False
    if any(t.startswith(VINCA_NAME_START) for t in analysis.doc.tokens):
        return False
    named = (ROUTE_OTHER_THAN_THE_MOUTH, *NAMED_WRONG_ROUTES)
    return not any(analysis.concept(c) for c in named)


def _add_insulin_larger_dose_instead(analysis: Analysis) -> None:
    """Add the spans of a larger insulin dose told given instead of a smaller one ("40 units
    given instead of 4 units"): an overdose told in numbers, which a terse "dose correct" of
    another drug ("Heparin dose correct") does not undo (NE6.ex.read_as_intended)."""
    # review R33's i1 (read null after batch 108's dev-180612 reading of "dose correct")
    if not analysis.concept("insulin"):
        return
    sentence_of = analysis.doc.sentence_of
    # a heparin or oxytocin dose told in the same sentence is that drug's, not insulin's
    other = {sentence_of[lo] for lo, _ in analysis.concept("unit_dosed_not_insulin")}
    spans = [
        span
        for span in larger_doses_instead(analysis, INSULIN_UNIT_WORDS)
        if sentence_of[span[1] - 1] not in other
    ]
    if spans:
        analysis.add_found(concept_label("insulin_larger_dose_instead"), spans)


def _only_an_underdose_told(analysis: Analysis) -> bool:
    """Whether the report tells methotrexate underdosed ("2.5mg given instead of 25mg ...
    underdose, dose repeated correctly") and no overdose word is left once the smaller dose
    given instead of a larger one is read (methotrexate_overdose.smaller_doses_instead): a dose
    below the one meant is no overdose (review r30's in2)."""
    if not analysis.concept("mtx_underdose"):
        return False
    overdose = (*OVERDOSE_CONCEPTS, "mtx_daily", "mtx_dose_daily", "mtx_toxicity")
    return not any(analysis.concept(c) for c in overdose)


#: Words telling a product taken for another or found to be potassium: a mis-selection told.
POTASSIUM_MIS_SELECTION_CONCEPTS = (
    "instead_of",
    "misselect_product",
    "potassium_not_diluent",
    "diluent_vial_was_potassium",
    "flush_from_potassium",
    "potassium_used_as_diluent",
    "potassium_revealed",
    "premixed_intended",
    "premix_unavailable",
)


def _potassium_only_as_prescribed(analysis: Analysis) -> bool:
    """Whether the strong potassium is told given as prescribed ("KCl 15% ampoules were added
    to the 1L sodium chloride bag as prescribed for hypokalaemia") and nothing tells another
    product taken for it or it for another: potassium was intended, a raised potassium after it
    is a dose or rate problem, not a mis-selection (the guide: "wrong potassium dose/rate when
    potassium was intended" is null)."""
    # review R29's d6 (read never event 4 by the learned model)
    if not analysis.concept("potassium_added_as_prescribed"):
        return False
    return not any(analysis.concept(c) for c in POTASSIUM_MIS_SELECTION_CONCEPTS)


def _daily_only_folic_acid(analysis: Analysis) -> bool:
    """Whether the report tells folic acid given daily, and every daily dose word is inside it,
    none opening with methotrexate ("folic acid 5mg had been given every day ... methotrexate
    correctly given weekly"; not "methotrexate 10mg given daily ... folic acid daily too")."""
    folic = analysis.concept(FOLIC_ACID_DAILY)
    if not folic:
        return False
    drug_starts = {span[0] for span in analysis.concept(METHOTREXATE_CONCEPT)}
    own = [span for concept in METHOTREXATE_DAILY for span in analysis.concept(concept)]
    if any(span[0] in drug_starts for span in own):
        return False
    daily = [span for concept in DAILY_DOSE_WORDS for span in analysis.concept(concept)]
    return all(inside_any(span, folic) for span in daily)


def _levels_only_extended(analysis: Analysis, evidence: tuple[Span, ...]) -> bool:
    """Whether the evidence words are all spinal levels named, and some level is told done in
    addition to the plan ("stenosis also found at L3/4, which was decompressed as well"): the
    level reasoning saw no wrong level, and the model read the extension's level names."""
    lists = _level_lists(analysis.doc.tokens)
    if not any(_told_as_extension(analysis.doc, levels) for levels in lists):
        return False
    spans = [span for levels in lists for _, span in levels]
    return all(inside_any(span, spans) for span in evidence)


def _units_all_compatible(analysis: Analysis) -> bool:
    """Whether the blood-group reading judged every unit the report names compatible with its
    recipient (`blood_groups.every_unit_compatible`: platelets by the plasma they carry, group O
    platelets with no titre told the routine case): the model's group words tell no
    ABO-incompatible transfusion."""
    doc = analysis.doc
    return every_unit_compatible(doc.tokens, doc.sentence_of, doc.clause_breaks)


def _past_ranges(analysis: Analysis) -> list[Span]:
    """The ranges telling a wrong site of the patient's past (WRONG_SITE_IN_HISTORY), and
    someone's accounts of their past elsewhere or long ago with no finding told after them
    ("she told us the wrong eye was injected at her previous clinic in 2021"; not "in 2020
    the L knee was scoped instead of the R, found on review today")."""
    tokens = analysis.doc.tokens
    accounts = [
        span
        for span in _accounts_of_the_past(analysis)
        if FINDING_WORDS.isdisjoint(tokens[span[1] :])
    ]
    return [*analysis.concept(WRONG_SITE_IN_HISTORY), *accounts]


def _wrong_site_only_in_the_past(analysis: Analysis) -> bool:
    """Whether the report tells a wrong site's error words (WRONG_SITE_ERROR_WORDS) and every
    one of them inside a dated past episode or an account of the past (`_past_ranges`): the
    learned wrong site reads today's procedure, told with none, by the past one's words ("He
    recalled the earlier episode in 2017 where the wrong finger was operated on. Today's
    trigger finger release on the R ring finger went as planned")."""
    past = _past_ranges(analysis)
    if not past:
        return False
    errors = [(i, i + 1) for i, t in enumerate(analysis.doc.tokens) if t in WRONG_SITE_ERROR_WORDS]
    return bool(errors) and all(inside_any(span, past) for span in errors)


def _in_sentences(analysis: Analysis, concept: str, sentences: tuple[int, int]) -> bool:
    """Whether a span of `concept` sits in sentences `sentences` (first, last)."""
    first, last = sentences
    return any(first <= analysis.sentence(span) <= last for span in analysis.concept(concept))


def _all_inside(analysis: Analysis, evidence: tuple[Span, ...], concept: str) -> bool:
    """Whether there is evidence and every span of it is inside a span of `concept`."""
    spans = analysis.concept(concept)
    return bool(spans and evidence) and all(inside_any(span, spans) for span in evidence)


def ruled_out_learned(
    analysis: Analysis,
    never_event: NeverEventType,
    evidence: tuple[Span, ...],
    fields: StructuredFields,
) -> str | None:
    """Why a never event a learned model names from the words `evidence` does not stand, if it
    does not: a framework exclusion or gate of its type, or a prevented cue in the evidence's
    sentences (a near miss is the rules' call; the model only names events that happened), or
    evidence words inside a past never event named as background, or only in sentences telling
    an implant event as another organisation's or a dated past operation's, or inside the
    reporter's own category ("Reporter ticked high strength midazolam"), or a retained object
    named by a swab taken for microbiology ("Swab: mixed growth"), or the type's product not
    named (the low midazolam strength alone, no neck or chest, no air at all)."""
    sentences = _sentence_range(analysis, evidence)
    if (exclusion := _exclusion(analysis, never_event, sentences, fields)) is not None:
        return exclusion
    if (
        analysis.context.prevented_in(*sentences) is not None
        and not (
            MEDICINE_THEME in never_event.implies_themes
            and _caught_only_after_the_dose(analysis, sentences, never_event.code)
        )
        and not (
            never_event.code == WRONG_SITE_CODE
            and done_before_its_catch(analysis, evidence, WRONG_SITE_ERROR_WORDS)
        )
    ):
        # (a catch told only after the dose was given came too late: "180 mg given IM.
        # Identified by the pharmacist at the day 4 review")
        return "prevented"
    past = [span for concept in OTHER_EVENTS for span in _denying_spans(analysis, concept)]
    if any(inside_any(span, past) for span in evidence):
        return "past never event"
    accounts = _accounts_of_the_past(analysis)
    if accounts and all(inside_any(span, accounts) for span in evidence):
        return "an account of the past"
    elsewhere = sentences_told_elsewhere(analysis)
    if elsewhere and all(analysis.sentence(span) in elsewhere for span in evidence):
        # every word of it in sentences telling another organisation's event ("a neighbouring
        # trust reported an ABO incompatible transfusion (group A red cells to a group O pt)")
        return "event elsewhere"
    if never_event.code == "2" and (
        _told_elsewhere(analysis, evidence) or _implant_error_only_elsewhere(analysis)
    ):
        return "implant event elsewhere"
    # ... told in the evidence's sentences or the one after them ("Old implants R 300cc and L
    # 325cc removed; new R 350cc and L 375cc inserted as planned"; review R23)
    if never_event.code == "2" and _in_sentences(
        analysis, IMPLANT_PLACED_AS_PLANNED, (sentences[0], sentences[1] + 1)
    ):
        return "the implant placed was the planned one"
    if never_event.code == "12" and _told_in_history(analysis, evidence):
        return "transfusion in the patient's history"
    if never_event.code == "12" and _units_all_compatible(analysis):
        return "every unit compatible with its recipient"
    if never_event.code == "12" and _reaction_only_non_haemolytic(analysis):
        return "a non-haemolytic reaction to the patient's own unit"
    if never_event.code == "9" and _rail_only_in_history(analysis):
        return "rail event in the patient's history"
    if never_event.code == "1" and _wrong_site_only_in_the_past(analysis):
        return "an account of the past"
    if never_event.code == "1" and _levels_only_extended(analysis, evidence):
        return "spinal level added to the plan"
    if never_event.code == "1" and _levels_only_localised(analysis, evidence):
        return "spinal level check moved to the planned level"
    if never_event.code == "1" and _in_sentences(analysis, CORRECT_SIDE_FIRST_TIME, sentences):
        return "procedure done on the correct side"
    if never_event.code == "1" and _all_inside(analysis, evidence, WRONG_SITE_IN_HISTORY):
        # (the words of a wrong site all told of the patient's past: engine site_act)
        return "wrong site in the patient's history"
    if never_event.code == "1" and analysis.concept(BILATERAL_PROCEDURE):
        # the learned model reads two sides named as a wrong side; both were booked
        return "both sides booked"
    if never_event.code == "14" and _scald_only_a_safeguard(analysis):
        return "scald safeguard named"
    if never_event.code == "7" and _overdose_only_denied(analysis):
        return "overdose denied"
    if never_event.code == "7" and _overdose_only_the_next_weekly_dose(analysis):
        return "the next weekly dose given again"
    if never_event.code == "7" and _daily_only_folic_acid(analysis):
        return "folic acid given daily"
    if never_event.code == "7" and repeat_only_folic_acids(analysis):
        return "folic acid given again"
    if never_event.code == "5" and _route_only_the_products_own(analysis):
        return "the product given by its own route"
    if never_event.code == "5" and _no_route_but_the_mouth(analysis):
        return "no route but the mouth's told"
    if never_event.code == "7" and _only_an_underdose_told(analysis):
        return "only an underdose told"
    if never_event.code == "4" and _potassium_only_as_prescribed(analysis):
        return "the potassium given was the one prescribed"
    specimen = analysis.concept(MICROBIOLOGY_SWAB)
    if never_event.code == "3" and any(inside_any(span, specimen) for span in evidence):
        return "microbiology swab"
    if never_event.code == "3" and _in_sentences(analysis, PATIENT_OWN_ITEM, sentences):
        # the object is the patient's own or came from an accident of daily life ("fragment of
        # glass in the palm after he fell onto a broken bottle"), as the rules read it
        return "the patient's own object"
    category = analysis.concept(REPORTER_CATEGORY)
    if category and all(inside_any(span, category) for span in evidence):
        return "reporter's category"
    if (
        never_event.code == "2"
        and analysis.concept(RECORD_LISTS_OTHER_IMPLANT)
        and analysis.concept(WRONG_IMPLANT)
        and not _evidence_spans(analysis, WRONG_IMPLANT)
    ):
        # the only words of another implant are a card's or record's ("implant card lists a
        # different lens")
        return "another implant named only by a record"
    if (unnamed := _needed_product_unnamed(analysis, never_event.code)) is not None:
        return unnamed
    if never_event.code == "1":
        # the act told as the one meant: done as planned, or on the side the patient chose
        return learned_wrong_site_vetoed(analysis)
    return None
