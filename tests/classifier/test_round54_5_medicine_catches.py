"""Round 54, helper 5: how medicine reports tell a never-event error caught (or not) before it
reached the patient (never events 4, 5, 6, 7).

- An oral liquid drawn up into a syringe for the vein, its strength told between the verb and
  the syringe, and stopped at the bedside: near miss 5 (made ready and given by mouth after a
  catch; the making ready alone, uncaught, is no wrong route given).
- A methotrexate script put right, and "nothing dispensed" told in the next sentence: near miss 7.
- Insulin drawn from a pen cartridge "with one of the insulin syringes", the nurse about to
  inject and stopped: near miss 6 (the correct dose given after it is the redo).
- A methotrexate dose made ready from a chart written daily, "stopped in time" a few lines on:
  near miss 7.
- "looks almost identical - and gave it" tells how alike two ampoules look, not a dose all but
  given: the potassium concentrate given is never event 4.
- "bag not inverted/mixed before it was hung" is a step left out, not a catch: the concentrate
  added on the ward in place of the missing premix, then run, is never event 4.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

ORAL_LIQUID_DRAWN_FOR_THE_VEIN_CAUGHT = [
    "student nurse drew up oramorph 10mg/5ml into a standard luer syringe as she thought the "
    "chart said IV, pt has a cannula in his R arm. I was checking with her and stopped her at "
    "the bedside before she took the cap off the cannula. not given, oramorph then given by "
    "mouth as prescribed.",
    "RN drew up lactulose 15ml liquid into a 20ml IV syringe for a pt with a PICC. 2nd nurse "
    "spotted the syringe on the tray. not given, discarded.",
]

METHOTREXATE_SCRIPT_PUT_RIGHT = (
    "EPS script from the surgery for methotrexate 2.5mg tablets 'take 3 tablets daily' qty 84. "
    "Our records show 7.5mg once weekly for psoriasis. Phoned the practice: the GP had picked "
    "daily from the list in error. Script cancelled and a new one sent for weekly. nothing "
    "dispensed, pt not aware."
)
#: the same script supplied and taken daily: the overdose reached the patient
METHOTREXATE_SCRIPT_TAKEN = (
    "EPS script from the surgery for methotrexate 2.5mg tablets 'take 3 tablets daily' qty 84. "
    "Our records show 7.5mg once weekly for psoriasis. Dispensed as written and the pt took 3 "
    "tablets daily for 6 days, admitted with mouth ulcers and low WCC."
)

INSULIN_FROM_CARTRIDGE_STOPPED = (
    "District nurse visit. The pt's Novomix pen would not dial so my student took the "
    "cartridge out and drew 18 units up from it with one of the insulin syringes kept in the "
    "house - she was about to inject when I finished the BM and stopped her. A new pen was "
    "used from the fridge and 18 units given correctly."
)
#: the insulin drawn from the cartridge and given: the framework's never event 6
INSULIN_FROM_CARTRIDGE_GIVEN = (
    "District nurse visit. The pt's Novomix pen would not dial so the carer took the cartridge "
    "out and drew 18 units up from it with one of the insulin syringes kept in the house and "
    "injected it. BM 2.1 two hours later."
)

METHOTREXATE_DAILY_CHART_STOPPED_IN_TIME = (
    "Pharmacist on ward 9. Pt with RA on methotrexate 15mg once weekly (MONDAYS) subcut. On the "
    "drug chart it is charted as regular with all seven daily boxes left open. Monday's dose "
    "was given correctly. At 08:50 today I noticed the 09:00 box was still open and rang the "
    "ward - the nurse had the syringe on her tray ready. Stopped in time. Chart rewritten as "
    "weekly."
)
#: no catch told: the daily dose made ready and given is the overdose
METHOTREXATE_DAILY_CHART_GIVEN = (
    "Pharmacist on ward 9. Pt with RA on methotrexate 15mg once weekly (MONDAYS) subcut. On the "
    "drug chart it is charted as regular with all seven daily boxes left open. Monday's dose "
    "was given. The nurse gave another 15mg on Tuesday and on Wednesday from the daily boxes."
)

POTASSIUM_GIVEN_LOOKS_ALIKE = (
    "I made up the co-amoxiclav with what i believed was water for injection from the IV "
    "cupboard - 10ml plastic ampoule, looks almost identical - and gave it IV. At the end of "
    "the shift the potassium chloride concentrate count was one down and the empty ampoule "
    "was in my tray. K 5.6, ECG reviewed."
)
#: caught before anything went in: a near miss 4
POTASSIUM_CAUGHT_LOOKS_ALIKE = (
    "I was about to make up the co-amoxiclav with what i believed was water for injection - "
    "10ml plastic ampoule, looks almost identical - and my colleague read the label: it was "
    "potassium chloride concentrate. Not given, drew up WFI instead."
)

CONCENTRATE_FOR_MISSING_PREMIX_RUN = (
    "Night shift. No premixed potassium bags left on the ward and pharmacy closed. Pt (K 3.0) "
    "prescribed KCl 40mmol in 1L sodium chloride 0.9% over 10hrs. The nurse fetched a KCl 15% "
    "ampoule from ITU and added it to a litre of saline herself. Bag not inverted/mixed "
    "before it was hung. 20 mins later pt bradycardic, infusion stopped, K 6.1, calcium "
    "gluconate given."
)


@pytest.mark.parametrize("text", ORAL_LIQUID_DRAWN_FOR_THE_VEIN_CAUGHT)
def test_oral_liquid_drawn_for_the_vein_and_stopped_is_a_near_miss(text: str) -> None:
    assert never_event_codes(text) == (None, "5")


def test_oral_liquid_in_an_oral_syringe_is_nothing() -> None:
    text = (
        "student nurse drew up oramorph 10mg/5ml into a purple oral syringe and gave it by "
        "mouth as prescribed, no issue, reported only as the chart was hard to read."
    )
    assert never_event_codes(text) == (None, None)


def test_methotrexate_script_put_right_then_nothing_dispensed_is_a_near_miss() -> None:
    assert never_event_codes(METHOTREXATE_SCRIPT_PUT_RIGHT) == (None, "7")


def test_methotrexate_script_taken_daily_stays_a_never_event() -> None:
    assert never_event_codes(METHOTREXATE_SCRIPT_TAKEN) == ("7", None)


def test_insulin_from_a_cartridge_stopped_is_a_near_miss() -> None:
    assert never_event_codes(INSULIN_FROM_CARTRIDGE_STOPPED) == (None, "6")


def test_insulin_from_a_cartridge_given_is_a_never_event() -> None:
    assert never_event_codes(INSULIN_FROM_CARTRIDGE_GIVEN) == ("6", None)


def test_methotrexate_daily_chart_stopped_in_time_is_a_near_miss() -> None:
    assert never_event_codes(METHOTREXATE_DAILY_CHART_STOPPED_IN_TIME) == (None, "7")


def test_methotrexate_daily_chart_given_stays_a_never_event() -> None:
    assert never_event_codes(METHOTREXATE_DAILY_CHART_GIVEN) == ("7", None)


def test_almost_identical_ampoule_given_is_a_never_event() -> None:
    assert never_event_codes(POTASSIUM_GIVEN_LOOKS_ALIKE) == ("4", None)


def test_almost_identical_ampoule_caught_stays_a_near_miss() -> None:
    assert never_event_codes(POTASSIUM_CAUGHT_LOOKS_ALIKE) == (None, "4")


def test_bag_not_mixed_before_it_was_hung_is_no_catch() -> None:
    assert never_event_codes(CONCENTRATE_FOR_MISSING_PREMIX_RUN) == ("4", None)


def test_missing_premix_replaced_by_oral_potassium_is_no_never_event() -> None:
    text = (
        "Night shift. No premixed potassium bags left on the ward and pharmacy closed. Pt (K "
        "3.0) prescribed KCl 40mmol in 1L sodium chloride 0.9% over 10hrs. The reg changed it "
        "to oral Sando-K 2 tabs tds until the premix arrives in the morning."
    )
    assert never_event_codes(text) == (None, None)
