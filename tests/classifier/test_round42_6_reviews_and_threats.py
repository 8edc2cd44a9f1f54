"""Round 42 (helper 6), never events 4 to 15: a report or review that finds the event did not
happen ("No error.", an allegation of the event not upheld), a "U" alleged and the chart found
with units written in full, a syringe told as the proper one, an oral route told only in a first
account later gone back on, hanging told only as a threat, the never event's kind named as what
the report was filed under, and a patient told as never connected to air. Each beside the true
event told in the same words."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        # the report's own finding that nothing happened
        "IT methotrexate and the IV vinblastine for the same pt came up from pharmacy in one bag, "
        "against policy. Each was checked on its own, the vinblastine went IV on the unit that "
        "afternoon. No error.",
        "Relative worried her husband had been left on the air outlet overnight rather than O2. "
        "Checked by the nurse in charge: the specs ran from the O2 flowmeter all night. No error.",
        # an allegation of the event that the review did not uphold
        "Son alleged his mum was scalded in the bath by the care staff. Bath water logged at 37C "
        "with the thermometer, skin checked by TVN and normal. Allegation unfounded.",
        "Pt's wife claims he was burnt by the shower on the ward as his back was red. TMV checked "
        "by estates at 40C, redness was from lying on a crease. Allegation of scald not "
        "substantiated.",
        # the "U" alleged, the chart found with units in full
        "Daughter alleges her dad got an insulin overdose as the chart had 'U'. On review the "
        "chart showed 10 units written in full and 10 units were given with the pen.",
        # the syringe told as the proper one for an infusion
        "Insulin infusion made up as 50 units in 10ml instead of 50ml. Pt BM 2.0. A proper 50ml "
        "syringe was used in the driver.",
        # hanging told only as a threat
        "Pt on the acute MH ward threatened to hang himself from the wardrobe rail, 1:1 started, "
        "no attempt made.",
        "Pt on the PICU said she would hang herself from the curtain rail if left alone. Obs "
        "increased, rail checked by estates and collapses as designed.",
        # the kind named only as what the report was filed under
        "Pt climbed over the raised rails and was found on the floor, skin tear to elbow. Logged "
        "as bed rail entrapment NE by the agency HCA - no entrapment.",
        # nobody connected to air
        "Medical gases audit found 3 air flowmeters left in the wall outlets, none in use. No "
        "patient had been connected to air.",
    ],
)
def test_event_found_not_to_have_happened_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a step cleared beside the event, a complaint about something else
        (
            "Strong KCl 15% ampoule drawn up instead of sodium chloride flush and given IV to the "
            "pt in bed 4. Pharmacy reviewed the dispensing: no error in the dispensing.",
            "4",
        ),
        (
            "Strong KCl 15% ampoule drawn up instead of the saline flush and given IV, pt "
            "developed hyperkalaemia. Complaint about staff attitude from the family not upheld.",
            "4",
        ),
        (
            "Oramorph 10mg oral solution given via the IV cannula by the agency nurse. Pt drowsy, "
            "naloxone given. Reviewed at panel, no error in prescribing.",
            "5",
        ),
        # an oral route first claimed, then gone back on
        (
            "Nurse initially said the oramorph was given orally but later admitted it was pushed "
            "via the PICC line; pt became drowsy.",
            "5",
        ),
        # a device error told beside units written in full
        (
            "Insulin drawn from a pen cartridge with a 1ml syringe and given, pt hypo 2.1. Chart "
            "says 6 units written in full.",
            "6",
        ),
        # a threat, then the act
        (
            "Pt said he would hang himself from the curtain rail on the MH ward. Later that night "
            "found hanging from the curtain rail, rail did not collapse, cut down by staff.",
            "9",
        ),
        # the kind filed, and the neck trapped told
        (
            "Reported as bed rail entrapment NE by the HCA: pt's neck was trapped between the "
            "rail and mattress, released by staff, marks to neck.",
            "11",
        ),
        # an allegation of the event upheld
        (
            "Pt scalded on both legs in the bath, water from the hot tap at 60C, TMV failed. "
            "Family complaint upheld.",
            "14",
        ),
    ],
)
def test_true_event_beside_such_words_still_counts(text: str, expected: str) -> None:
    assert never_event_codes(text)[0] == expected
