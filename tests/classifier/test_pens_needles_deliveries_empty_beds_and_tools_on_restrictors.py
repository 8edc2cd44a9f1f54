"""Helper H61: insulin pens, needles not to hand, stock deliveries, empty beds and tools.

- Insulin withdrawn from a 100 units/ml pen with a U-100 syringe and given, the report's own
  verdict that the dose was right told with "received" ("Correct dose received, BM stable"):
  null, as dev-171689 (batch dev-176613). An overdose, or a catch, keeps its reading.
- Pen needles or syringes told not to hand are a supply missing from the stock, not an item
  left in anyone: no retained object; a non-insulin syringe drawn up and caught stays near
  miss 6 (batch dev-176686).
- High strength midazolam found in a pharmacy delivery or top-up at its goods-in check, not
  put away: a stock finding with no patient, null (batch dev-176716). Drawn up or given for
  the sedation, it keeps near miss or never event 8.
- An oxygen set-up found on the air flowmeter at an empty bed named by its number ("empty bed
  4"): nobody on it, null (batch dev-176945). A patient found on it stays never event 15, and
  a bed only "prepared for admission" is the incoming patient's (near miss 15, dev-74012).
- A restrictor told unscrewed with no doer named and the tool found on the patient ("a
  screwdriver in his pocket"): defeated with a tool, the framework's exclusion, null (batch
  dev-176971). A restrictor missing or broken with no tool stays near miss or never event 10.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

# --- insulin from a pen: the dose told received right ----------------------------------------

PEN_DOSE_RECEIVED_RIGHT = [
    # batch dev-176613
    "Intermediate care unit bed 7. No pen needles for pt's Humulin M3 KwikPen (100 units/ml) on "
    "the unit. Nurse in charge drew up the prescribed 18 units from the pen cartridge with a "
    "U-100 insulin syringe and gave it. Correct dose received, BM stable. Reporting because "
    "withdrawing from a pen is against policy. Pen needles now stocked.",
    "No pen needles on the ward for the Lantus SoloStar (100 units/ml). Staff nurse withdrew 12 "
    "units from the pen with a U-100 insulin syringe and gave it. Right dose received, CBG 7.2 "
    "at lunch. Reported as withdrawing from pens is against trust policy.",
    "Novorapid FlexPen 100 units/ml, no pen needles available. 6 units drawn out of the "
    "cartridge with an insulin syringe (U-100) and given. Correct dose injected, no hypo. "
    "Datix as against policy.",
]


@pytest.mark.parametrize("text", PEN_DOSE_RECEIVED_RIGHT)
def test_pen_withdrawal_with_the_right_dose_told_received_is_no_never_event(text: str) -> None:
    assert never_event_codes(
        text,
        service_type="16",
        location_type="5",
        reporter_never_event=True,
        reporter_never_event_type="6",
    ) == (None, None)


def test_pen_withdrawal_with_an_overdose_stays_never_event_6() -> None:
    text = (
        "No pen needles for the Humulin I pen. Nurse withdrew insulin from the pen cartridge "
        "with a 1ml syringe, drew to 0.2ml thinking it was 2 units and gave 20 units. Pt "
        "hypoglycaemic BM 2.1 two hours later, treated with glucogel."
    )
    assert never_event_codes(text)[0] == "6"


def test_pen_withdrawal_caught_before_it_was_given_stays_near_miss_6() -> None:
    text = (
        "No pen needles on the ward. Nurse withdrew 10 units of Humalog from the pen cartridge "
        "with an insulin syringe. Nurse in charge saw it before it was given and stopped it; "
        "syringe discarded, pen needles fetched from the next ward and the dose given by pen."
    )
    assert never_event_codes(text) == (None, "6")


# --- needles or syringes not to hand: no retained object -------------------------------------

NON_INSULIN_SYRINGE_CAUGHT_WITH_NEEDLES_MISSING = [
    # batch dev-176686
    "Childrens ward, 14yo T1DM, pen needles not available so the nurse took a 1ml luer syringe "
    "to draw up 6 units of Novorapid from a vial and drew to 0.6ml (60 units). Noticed by the "
    "checking nurse before going to the bedside. Syringe discarded, insulin syringes obtained "
    "from PAU. Dose 20 min late, BM fine.",
    "No insulin syringes on the ward so the staff nurse drew up 8 units of Actrapid in a 2ml "
    "syringe, drew to 0.8ml. Noticed by the second checker before it went to the patient. "
    "Discarded and insulin syringes borrowed from ward 3.",
    "Ward had run out of pen needles. HCA-trained nurse used a 1ml luer syringe to draw up 4 "
    "units of Humalog from a vial, drawing to 0.4ml. Spotted by the nurse in charge at the "
    "check before going to the patient, syringe binned.",
]


@pytest.mark.parametrize("text", NON_INSULIN_SYRINGE_CAUGHT_WITH_NEEDLES_MISSING)
def test_non_insulin_syringe_caught_with_needles_not_to_hand_is_near_miss_6(text: str) -> None:
    assert never_event_codes(text, service_type="1", location_type="4") == (None, "6")


def test_needle_left_in_a_wound_after_a_procedure_stays_retained_object() -> None:
    text = (
        "Post op x-ray after laparotomy showed a suture needle retained in the abdomen. Count "
        "had been recorded as correct. Pt returned to theatre for removal."
    )
    assert never_event_codes(text)[0] == "3"


# --- high strength midazolam found in a delivery ---------------------------------------------

MIDAZOLAM_IN_A_DELIVERY = [
    # batch dev-176716
    "Goods in check, endoscopy unit 10:15. Pharmacy top-up box contained 10 ampoules midazolam "
    "10mg/2ml instead of the 5mg/5ml we stock. Spotted by the HCA unpacking, not put into the "
    "cupboard, returned to pharmacy the same day.",
    "Endoscopy: pharmacy delivery contained 2 boxes of midazolam 10mg/2ml instead of the "
    "5mg/5ml. Noticed by the nurse unpacking it, quarantined and returned to pharmacy.",
    "While unpacking the pharmacy order in the bronchoscopy suite the HCA found midazolam "
    "5mg/ml ampoules in place of the 1mg/ml. Not put away, sent back to pharmacy.",
]


@pytest.mark.parametrize("text", MIDAZOLAM_IN_A_DELIVERY)
def test_high_strength_midazolam_found_in_a_delivery_is_no_near_miss(text: str) -> None:
    assert never_event_codes(text, service_type="1", location_type="4") == (None, None)


def test_high_strength_midazolam_from_a_delivery_drawn_up_and_caught_stays_near_miss_8() -> None:
    text = (
        "Endoscopy list. The pharmacy top-up had midazolam 10mg/2ml instead of 5mg/5ml and it "
        "had been put in the cupboard. Nurse drew up 5ml of the 10mg/2ml for the next OGD "
        "sedation; the checking nurse spotted the strength before the pt came in and the "
        "syringe was discarded."
    )
    assert never_event_codes(text) == (None, "8")


def test_high_strength_midazolam_a_top_up_put_in_the_drawer_and_given_stays_never_event_8() -> None:
    # dev-153612
    text = (
        "Bronchoscopy suite, EBUS under conscious sedation. Midazolam given in 1ml increments, "
        "intended 1mg/ml. After the 3rd increment pt became apnoeic, flumazenil given. The "
        "empty ampoules in the tray were midazolam 10mg/2ml. Pharmacy top-up had put high "
        "strength amps into the bronch sedation drawer."
    )
    assert never_event_codes(text, service_type="1")[0] == "8"


def test_high_strength_midazolam_given_for_sedation_stays_never_event_8() -> None:
    text = (
        "Colonoscopy sedation: midazolam 10mg/2ml given instead of the 1mg/ml, pt received 5mg "
        "and became drowsy with sats 86%, flumazenil given."
    )
    assert never_event_codes(text)[0] == "8"


# --- air set-up at an empty bed --------------------------------------------------------------

AIR_AT_AN_EMPTY_BED = [
    # batch dev-176945
    "Bedspace check bay C: empty bed 4 (awaiting admission) had nasal specs connected to the "
    "air flowmeter and left hanging. Removed and set up on the O2 outlet. No pt involved.",
    "Morning bed space checks: empty bed 12 had an oxygen mask connected to the air flowmeter. "
    "Moved to the oxygen outlet. No patient involved.",
    "Walk round of bay 2 at 07:00: empty bedspace 6 had a venturi mask connected to the air "
    "flowmeter, lying on the bed. Changed to the O2 flowmeter. No patient involved.",
]


@pytest.mark.parametrize("text", AIR_AT_AN_EMPTY_BED)
def test_oxygen_set_up_on_air_at_an_empty_bed_is_no_never_event(text: str) -> None:
    assert never_event_codes(text, service_type="1", specialty="2", location_type="4") == (
        None,
        None,
    )


def test_patient_found_on_air_in_a_bed_that_had_been_empty_stays_never_event_15() -> None:
    text = (
        "Pt admitted to bed 4 at 14:00 on 2L nasal specs. At 16:00 sats 84%, the nasal specs "
        "were found connected to the air flowmeter instead of oxygen. Moved to O2, sats "
        "recovered to 95%."
    )
    assert never_event_codes(text)[0] == "15"


def test_set_up_on_air_for_the_patient_on_the_way_stays_near_miss_15() -> None:
    # dev-74012
    text = (
        "Bed 3 HDU prepared for admission from ED: 40% Venturi set up and left on the pillow, "
        "connected to the medical air outlet. Found at bed safety check by NIC before pt "
        "arrived, reconnected to O2. Pt arrived 20 min later, no harm."
    )
    assert never_event_codes(text) == (None, "15")


# --- a restrictor undone with a tool found on the patient ------------------------------------

RESTRICTOR_UNDONE_TOOL_ON_THE_PATIENT = [
    # batch dev-176971
    "22:10 pt in room 14 found with his head and shoulders out of the window. The restrictor "
    "had been unscrewed from the frame - 4 screws on the floor and a flat head screwdriver in "
    "his pocket, believed taken from the handyman's toolbox left in the corridor earlier. "
    "Pulled back in by 2 staff, no injury. Contractors reminded about tools on the ward, "
    "restrictors to get tamper-proof screws.",
    "Pt found sitting on the window sill of her bedroom with the window wide open. Restrictor "
    "had been prised off and a butter knife was found in her hand. Staff helped her down, no "
    "injury.",
    "Resident found leaning out of the window at 03:00. The window limiter had been unscrewed, "
    "screws on the sill and a screwdriver in his dressing gown pocket. Brought back in by "
    "night staff, no harm.",
]


@pytest.mark.parametrize("text", RESTRICTOR_UNDONE_TOOL_ON_THE_PATIENT)
def test_restrictor_undone_with_a_tool_found_on_the_patient_is_no_near_miss(text: str) -> None:
    assert never_event_codes(
        text,
        service_type="4",
        specialty="3",
        location_type="10",
        reporter_never_event=True,
        reporter_never_event_type="10",
    ) == (None, None)


def test_restrictor_found_broken_and_patient_pulled_back_stays_near_miss_10() -> None:
    text = (
        "22:10 pt in room 14 found with his head and shoulders out of the window. The "
        "restrictor had snapped and the window opened fully. Pulled back in by 2 staff, no "
        "injury. Estates called to replace the restrictor."
    )
    assert never_event_codes(text, service_type="4", specialty="3", location_type="10") == (
        None,
        "10",
    )


def test_fall_from_a_window_with_a_broken_restrictor_stays_never_event_10() -> None:
    text = (
        "Pt fell from the first floor window of room 14. The restrictor was broken and the "
        "window opened fully. Found on the grass below with a fractured ankle."
    )
    assert never_event_codes(text, service_type="4", specialty="3", location_type="10")[0] == "10"
