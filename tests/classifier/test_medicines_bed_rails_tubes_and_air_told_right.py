"""Helper H59: medicines, bed rails, tubes and air, each read by what the report tells of it.

- High strength midazolam drawn up for a sedation list and the syringe taken off the trolley
  or tray, or discarded, before the patient came in: the error made and caught, near miss 8.
  Given for the sedation, it stays never event 8, whatever is done with the syringe after.
- Insulin withdrawn from a 100 units/ml pen with a U-100 syringe and given, the report's own
  verdict in a clause of its own that the dose was right ("Correct dose, BM next am 8.4"):
  null, as dev-171689. An overdose from a stronger pen, a catch, or a "correct dose:" that only
  heads the figures keeps its reading.
- A relative's quoted account ("Daughter ...: 'my mum has been given her methotrexate every
  day'") answered by the chart ("shows methotrexate given Saturday only"), the daily tablet
  folic acid: a concern answered, null. A chart upholding the daily doses, or methotrexate's
  own daily dose told as fact, stays never event 7.
- Bed rails the family bought but the provider's paid carers fitted ("our reablement carers
  fitted them"): the provider's, never event 11 (as dev-112079). Rails the family fitted
  themselves stay null.
- A tube queried in the airway ("?tip in R main bronchus") and the radiologist's report then
  putting it in the stomach ("tube in stomach, tip below the L hemidiaphragm, comment was an
  artefact"): no misplacement, null. A tube the report finds in the airway stays never event 13.
- An oxygen patient's nebuliser joined to an outlet told as saying air ("it said AIR on the
  tap") and moved before the mask went on: near miss 15.
- A rail gap the patient's head went over, held before the neck dropped into it: near miss 11.
  The neck or chest told held in the gap stays never event 11.
- A chest told trapped between the rail and the bed is never "clear" of the rail, whatever
  "half out of the bed with the rail" is told after it: never event 11. A limb with the chest
  and head told clear stays null.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

# --- midazolam: the syringe taken away before the patient came in ---------------------------

MIDAZOLAM_REMOVED_BEFORE_THE_PATIENT = [
    # dev-174652
    "community diagnostic centre - flexi sig list. HCA clearing the tray noticed the outer box "
    "for the midazolam used to draw up for the next pt was 2mg/ml not 1mg/ml. Nurse had already "
    "drawn 5ml into a syringe labelled 'midazolam 1mg/ml'. Syringe taken off the trolley before "
    "the pt came in. Pharmacy notified - wrong strength picked at the hub.",
    "Endoscopy unit. Midazolam 2mg/ml drawn up in error instead of the 1mg/ml for the next "
    "colonoscopy. Staff nurse checking the ampoule box spotted it and the syringe was removed "
    "from the trolley before the patient arrived. New 1mg/ml drawn up.",
    "bronchoscopy list - midazolam 5mg/ml ampoule used to draw up 5ml for sedation of pt 3 "
    "instead of 1mg/ml. picked up by the ODP, syringe discarded before the patient was brought "
    "in.",
    "OGD list: HCA noticed the empty amp on the tray was midazolam 2mg/ml, the syringe labelled "
    "1mg/ml. Syringe taken off the trolley before the next pt came in and pharmacy informed.",
]


@pytest.mark.parametrize("text", MIDAZOLAM_REMOVED_BEFORE_THE_PATIENT)
def test_high_strength_midazolam_taken_away_before_the_patient_came_in_is_near_miss_8(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, "8")


MIDAZOLAM_GIVEN = [
    "flexi sig list - midazolam 2mg/ml drawn up instead of 1mg/ml, 5ml given for sedation, pt "
    "became apnoeic and needed flumazenil. Syringe taken off the trolley afterwards.",
    "colonoscopy: 5mg/ml midazolam given for sedation instead of 1mg/ml, pt drowsy and sats "
    "dropped, reversed with flumazenil.",
    "Endoscopy: midazolam 2mg/ml was drawn up before the patient came in and 3ml given for the "
    "OGD sedation. Noticed afterwards when clearing the tray.",
    "Bronchoscopy: midazolam 5mg/ml drawn up and the syringe taken into the room before the "
    "patient arrived, 4ml given for sedation, pt needed flumazenil.",
]


@pytest.mark.parametrize("text", MIDAZOLAM_GIVEN)
def test_high_strength_midazolam_given_for_the_sedation_stays_never_event_8(text: str) -> None:
    assert never_event_codes(text) == ("8", None)


# --- insulin drawn from a pen, the dose told right in a clause of its own -------------------

PEN_WITHDRAWAL_DOSE_TOLD_RIGHT = [
    # dev-174701
    "DN visit, pt's Humulin I KwikPen (100 units/ml). Pt had run out of pen needles. DN withdrew "
    "the prescribed 14 units from the pen cartridge with a U-100 insulin syringe and gave it SC. "
    "Correct dose, BM next am 8.4. Reporting as insulin never event as withdrawing from a pen is "
    "not allowed.",
    "Care home. No pen needles for resident's NovoRapid FlexPen (100 units/ml). Nurse drew 8 "
    "units out of the cartridge with an insulin syringe and gave it. Right dose, BM 7.2 at "
    "lunch. Reported as against policy.",
    "DN visit: pt's Lantus SoloStar 100 units/ml, pen needle supply ran out. Withdrew 20 units "
    "from the pen with a U-100 syringe and administered. Dose correct. No hypo.",
    "Ward 7, no pen needles overnight. RN took the prescribed 10 units out of the Humalog "
    "KwikPen (100 units/ml) with a U100 insulin syringe and gave it. Correct dose given, BMs "
    "stable.",
]


@pytest.mark.parametrize("text", PEN_WITHDRAWAL_DOSE_TOLD_RIGHT)
def test_insulin_drawn_from_a_pen_with_the_dose_told_right_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


PEN_WITHDRAWAL_OVERDOSED_OR_CAUGHT = [
    (
        "DN withdrew the prescribed 30 units from the pt's Tresiba 200 units/ml FlexTouch with a "
        "U-100 insulin syringe and gave it. Pt hypo 2.1 later, actual dose 60 units.",
        ("6", None),
    ),
    (
        "No pen needles on the ward. HCA drew up the insulin from the pt's pen cartridge with a "
        "syringe and gave it. BM 2.3 an hour later, glucose gel given.",
        ("6", None),
    ),
    (
        "No pen needles. Nurse drew 14 units out of the KwikPen with an insulin syringe, NIC "
        "stopped her before it was given. Correct dose then given by pen.",
        (None, "6"),
    ),
    (
        "Correct dose: 4 units. Nurse withdrew the insulin from the pen with a 1ml syringe and "
        "gave 40 units, BM 1.9.",
        ("6", None),
    ),
]


@pytest.mark.parametrize(("text", "codes"), PEN_WITHDRAWAL_OVERDOSED_OR_CAUGHT)
def test_insulin_drawn_from_a_pen_overdosed_or_caught_keeps_its_reading(
    text: str, codes: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == codes


# --- methotrexate: a relative's quoted account answered by the chart ------------------------

METHOTREXATE_ACCOUNT_ANSWERED = [
    # dev-174712
    "PALS contact. Daughter of pt on ward 5: 'my mum has been given her methotrexate every day "
    "this week, she only has it on a Saturday, I watched the nurse give her a yellow tablet "
    "every morning'. Ward manager reviewed: chart and EPMA show methotrexate given Saturday "
    "only. The daily yellow tablet is folic acid 5mg, prescribed daily except Saturdays. Nobody "
    "had gone through the meds with the family. Manager phoned daughter, apologised for the "
    "worry and explained.",
    "Complaint via PALS. Son of pt in bay 3: 'dad has been given his methotrexate every morning "
    "since Monday, he only takes it on Fridays'. Sister checked: drug chart shows methotrexate "
    "given Friday only. The daily tablet is folic acid 5mg, prescribed daily except Fridays. "
    "Explained to son.",
    "Daughter rang the ward: 'mum has had methotrexate daily all week'. Checked the MAR - "
    "methotrexate given Wednesday only as prescribed. The tablets every day are folic acid. "
    "Daughter informed.",
]


@pytest.mark.parametrize("text", METHOTREXATE_ACCOUNT_ANSWERED)
def test_a_relatives_quoted_daily_methotrexate_answered_by_the_chart_is_no_never_event(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, None)


METHOTREXATE_DAILY_UPHELD = [
    "Daughter of pt on ward 5: 'my mum has been given her methotrexate every day this week'. "
    "Ward manager reviewed: chart and EPMA show methotrexate 10mg given daily for 5 days "
    "instead of weekly. DoC done.",
    "PALS contact. Son says dad was given methotrexate every day this week. Chart checked: "
    "methotrexate 15mg given daily Mon-Fri in error, should be weekly on Monday.",
    "Pt with RA, methotrexate 15mg weekly was charted daily and given for 4 days before the "
    "pharmacist noticed. Folic acid 5mg prescribed daily except Mondays.",
]


@pytest.mark.parametrize("text", METHOTREXATE_DAILY_UPHELD)
def test_methotrexate_given_daily_told_as_fact_stays_never_event_7(text: str) -> None:
    assert never_event_codes(text) == ("7", None)


# --- bed rails the family bought, fitted by the provider's carers ---------------------------

RAILS_FITTED_BY_THE_PROVIDERS_CARERS = [
    # dev-174920
    "Mrs K's daughter bought a set of clamp on bed rails on the internet for her mums own divan "
    "bed because mum kept rolling out. Our reablement carers fitted them on the Tuesday visit "
    "when the daughter asked, no bed rail risk assessment was done first. On Thursday the "
    "morning carer found Mrs K with her head and neck between the rail and the mattress - the "
    "mattress had slid across the divan. Carer freed her, she was distressed but breathing ok, "
    "red line around her neck. Our staff have now removed the rails. Daughter says she does not "
    "want a complaint.",
    "Homecare agency. Family bought clip-on bed rails online; our carers fitted them to his "
    "divan at the son's request without a risk assessment. Next morning carer found him with "
    "his neck trapped between the rail and the mattress, marks to neck. Rails removed.",
    "Reablement service. The pt's husband bought bed rails from a mobility shop and our "
    "reablement workers put them on her bed on Monday. On Wednesday she was found with her "
    "chest wedged between the rail and the mattress, bruising to chest, GP called.",
    "Domiciliary care: daughter had bought bed rails on Amazon and the agency carers fitted "
    "them to her bed. Two days later found with head and neck between the rail and the "
    "mattress, red mark on neck.",
]


@pytest.mark.parametrize("text", RAILS_FITTED_BY_THE_PROVIDERS_CARERS)
def test_rails_the_family_bought_fitted_by_the_providers_carers_are_never_event_11(
    text: str,
) -> None:
    assert never_event_codes(text) == ("11", None)


RAILS_FITTED_BY_THE_FAMILY_OR_SUPPLIED = [
    (
        "Daughter bought clamp on bed rails online and fitted them herself to her mum's divan. "
        "Our carers found Mrs K with her head and neck between the rail and the mattress, red "
        "mark around neck.",
        (None, None),
    ),
    (
        "Son bought bed rails on the internet and fitted them himself; our carers were not "
        "aware. Carer found him with his chest trapped between the rail and the mattress.",
        (None, None),
    ),
    (
        "Profiling bed with rails supplied by the community equipment service. Carer found her "
        "neck trapped between the rail and the mattress, marks to neck.",
        ("11", None),
    ),
]


@pytest.mark.parametrize(("text", "codes"), RAILS_FITTED_BY_THE_FAMILY_OR_SUPPLIED)
def test_rails_fitted_by_the_family_or_supplied_keep_their_reading(
    text: str, codes: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == codes


# --- an NG tube queried in the airway, the radiologist's report putting it in the stomach ---

TUBE_QUERY_ANSWERED_BY_RADIOLOGY = [
    # dev-174923
    "NG tube passed at 08:00 for time critical Parkinson's meds. Radiographer commented on the "
    "image '?tip in R main bronchus' and the ward held the meds. Radiology consultant reported "
    "at 14:30 - tube in stomach, tip below the L hemidiaphragm, comment was an artefact. Meds "
    "given 14:45, 2 doses of co-careldopa delayed ~6 hrs. Pt more rigid in afternoon.",
    "NGT inserted for feed. FY1 read the CXR as ?tip in the right lower lobe bronchus and feed "
    "was held. Consultant radiologist reported later: tip in the stomach, below the left "
    "hemidiaphragm. Feed started 4 hrs late.",
    "Radiographer flagged the NG film as ?in the airway so meds were withheld. The radiology "
    "report at 16:00: NG tube in stomach. The comment was an artefact. Meds given at 16:20, "
    "levodopa delayed.",
    "Post-stroke pt, NG passed, x-ray reported by the reg as ?tip in L main bronchus, feed held. "
    "Radiology consultant reviewed: tip below the diaphragm in the stomach, the appearance was "
    "an artefact. Feed started.",
]


@pytest.mark.parametrize("text", TUBE_QUERY_ANSWERED_BY_RADIOLOGY)
def test_a_tube_queried_in_the_airway_and_reported_in_the_stomach_is_no_never_event(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, None)


TUBE_FOUND_IN_THE_AIRWAY = [
    (
        "NG tube passed, radiographer commented '?tip in R main bronchus' but the ward started "
        "the feed. Radiology consultant reported at 14:30 - tube in R main bronchus, feed "
        "stopped, pt coughing, CXR shows aspiration.",
        ("13", None),
    ),
    (
        "NG passed, radiographer commented '?tip in R main bronchus', feed started anyway. "
        "Radiology consultant reported at 14:30 - the tip was not in the stomach, it was in the "
        "R main bronchus. Feed stopped.",
        ("13", None),
    ),
    (
        "NG placed, FY1 reviewed CXR as in stomach and feed given. Next morning radiology "
        "report: tip in R lower lobe bronchus. Feed stopped, pt pyrexial.",
        ("13", None),
    ),
    (
        "NG passed at 08:00, CXR reported by radiology as tip in R main bronchus. Tube removed "
        "before anything was given, re-passed, tube in stomach on repeat film.",
        (None, "13"),
    ),
]


@pytest.mark.parametrize(("text", "codes"), TUBE_FOUND_IN_THE_AIRWAY)
def test_a_tube_the_report_finds_in_the_airway_keeps_its_reading(
    text: str, codes: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == codes


# --- a nebuliser on an outlet told as saying air, moved before the mask went on -------------

AIR_TAP_CAUGHT_BEFORE_THE_MASK = [
    # dev-174930
    "my daughter (2) was being given a salbutamol neb on the childrens ward, she was on oxygen "
    "because her sats were low. the nurse connected the neb to the wall and I saw it said AIR on "
    "the tap, I asked her before the mask went on my daughters face and she changed it to the "
    "green oxygen one. nurse apologised. I am writing this through PALS as I want to make sure "
    "it doesnt happen to someone else.",
    "Pt on 2L oxygen for low sats. HCA set up his salbutamol neb and plugged it into the wall, I "
    "noticed it said AIR on the outlet before the mask went on and moved it to the oxygen. No "
    "harm.",
    "child with bronchiolitis needing oxygen. The neb was connected to the wall point, mum saw "
    "it had AIR written on the knob and asked before the mask was put on her face, nurse "
    "swapped to oxygen.",
]


@pytest.mark.parametrize("text", AIR_TAP_CAUGHT_BEFORE_THE_MASK)
def test_an_oxygen_patients_neb_on_an_outlet_saying_air_caught_before_the_mask_is_near_miss_15(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, "15")


AIR_TAP_REACHED_OR_NO_PATIENT = [
    (
        "pt on oxygen for low sats, neb connected to the wall and ran for 10 mins before I saw "
        "it said AIR on the tap. sats dropped to 85%, moved to oxygen.",
        ("15", None),
    ),
    (
        "Audit of bay 3: found the flowmeter said AIR on the tap where an oxygen flowmeter "
        "should be, no patient in the bed.",
        (None, None),
    ),
]


@pytest.mark.parametrize(("text", "codes"), AIR_TAP_REACHED_OR_NO_PATIENT)
def test_an_outlet_saying_air_reached_or_with_no_patient_keeps_its_reading(
    text: str, codes: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == codes


# --- a rail gap: the head held before the neck dropped in -----------------------------------

HEAD_HELD_BEFORE_THE_NECK_DROPPED_IN = [
    # dev-174932
    "Hospice IPU. After bed change the R side rail was not locked into its bracket. At 23:00 HCA "
    "found the rail had swung outwards leaving a gap between rail and mattress, pt (very frail, "
    "semi conscious) had rolled onto that side with his head and shoulders over the gap. HCA "
    "supported his head before his neck dropped into the gap and repositioned him. No marks. "
    "Rail re-fitted and checked, all staff reminded to check rail locks after bed changes.",
    "Ward 4. Bed rail not clipped in after the bed was made, the rail swung out leaving a gap "
    "between the rail and the mattress. Pt found rolled over with his head over the gap, nurse "
    "held his head before his neck slid into it. Repositioned, no marks.",
    "Night HCA found the side rail had come away from the mattress leaving a gap, pt's head and "
    "shoulders hanging over it. Supported her head before her chest dropped into the gap. No "
    "injury, rail refitted.",
]


@pytest.mark.parametrize("text", HEAD_HELD_BEFORE_THE_NECK_DROPPED_IN)
def test_a_head_held_before_the_neck_dropped_into_the_rail_gap_is_near_miss_11(
    text: str,
) -> None:
    assert never_event_codes(text) == (None, "11")


NECK_IN_THE_RAIL_GAP = [
    "After bed change the R side rail was not locked. At 23:00 HCA found pt's neck trapped in "
    "the gap between the rail and the mattress, red marks to neck, freed him.",
    "Rail not locked after the bed change. Pt found with his neck dropped into the gap between "
    "the rail and the mattress, struggling to breathe, HCA lifted him out.",
]


@pytest.mark.parametrize("text", NECK_IN_THE_RAIL_GAP)
def test_a_neck_told_in_the_rail_gap_stays_never_event_11(text: str) -> None:
    assert never_event_codes(text) == ("11", None)


# --- a chest told trapped is not clear of the rail ------------------------------------------

CHEST_TRAPPED_HALF_OUT_OF_BED = [
    # dev-174947
    "Resident was found by me at 2am, his chest was trapped between the bedrail and the bed, he "
    "was lying half out of the bed with the rail on his chest and he was breathing very fast. I "
    "called the nurse and we lifted the rail and put him back in bed. He has bruise on the chest "
    "and he was scared. The bed and the bed rails is from the home. GP informed in morning. The "
    "bed rail bumper was not on because it went to laundry and no spare.",
    "Found at 03:00 with his chest trapped between the bed rail and the mattress, half out of "
    "the bed with the rail across his chest, breathing fast. We lifted the rail and put him "
    "back. Bruise to chest.",
    "Resident's chest was wedged between the bedrail and the bed frame, lying half out of bed "
    "with the rail on her chest. Night nurse freed her. Marks on chest. Home's own bed and "
    "rails.",
]


@pytest.mark.parametrize("text", CHEST_TRAPPED_HALF_OUT_OF_BED)
def test_a_chest_trapped_by_the_rail_half_out_of_bed_is_never_event_11(text: str) -> None:
    assert never_event_codes(text) == ("11", None)


LIMB_ONLY_OR_PRIVATE_RAILS = [
    "His leg was trapped between the bed rail and the mattress, chest and head clear of the "
    "rail. Freed, small graze.",
    "R arm trapped between the split rails, head and chest well on the mattress. Freed by HCA.",
    "Resident found with her chest trapped between the bed rail and the mattress, freed, "
    "bruising. The rails were bought online by her son and fitted by him, not supplied by the "
    "home.",
]


@pytest.mark.parametrize("text", LIMB_ONLY_OR_PRIVATE_RAILS)
def test_a_limb_only_or_privately_fitted_rail_stays_null(text: str) -> None:
    assert never_event_codes(text) == (None, None)
