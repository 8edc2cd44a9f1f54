"""Risk-only findings (stock, storage, an empty room) and products or settings the framework
leaves out (ICU sedation infusions, planned ABO-mismatched stem cell transplants, high-titre
negative platelets, nerve catheters, NJ tubes, oxygen switched off) are no never event and no
near miss; the look-alikes with a patient harmed or an error caught keep their tag."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    "text",
    [
        # high strength midazolam found at a stock check, the register shows none used
        (
            "CD stock check in the bronchoscopy unit: 2 x midazolam 10mg/2ml ampoules in the "
            "cupboard, only 1mg/ml should be kept. Not used on any pt according to the CD "
            "register. Returned to pharmacy."
        ),
        # a broken restrictor found with the room empty
        (
            "Housekeeping check, 2nd floor side room 6: window restrictor arm snapped, window "
            "opens fully. Room empty at the time. Locked and estates informed."
        ),
        # vinca and IT syringes kept together, filed as a risk only
        (
            "Risk only - vincristine minibags and the IT cytarabine syringes for Monday's list "
            "kept on one shelf in the chemo fridge. Nothing has been given wrongly. Pharmacy "
            "informed."
        ),
        # a midazolam sedation infusion made up by the unit's protocol on ICU
        (
            "Midazolam infusion made up as per unit protocol with 5mg/ml (50mg in 10ml), rate "
            "set at 10ml/hr instead of 1ml/hr. Ventilated pt oversedated."
        ),
        # a planned ABO-mismatched allogeneic stem cell transplant
        (
            "Day +14 after a planned ABO major mismatched allogeneic stem cell transplant "
            "(donor B, recipient O). Ongoing haemolysis, reported as an ABO incompatible "
            "transplant."
        ),
        # group O platelets tested high titre negative and issued to a group B pt by policy
        (
            "Group O platelets given to a group B pt due to stock - the platelets were tested "
            "high titre negative and issued per blood bank policy. Reported as incompatible "
            "transfusion by the ward. No reaction."
        ),
        # the local anaesthetic of a nerve catheter (not an epidural) run into a vein
        (
            "Sciatic nerve catheter infusion of levobupivacaine 0.1% was connected to the IV "
            "cannula instead of the catheter at the bag change. Pt had perioral tingling, "
            "stopped."
        ),
        # an NJ tube whose tip was short of the jejunum
        (
            "NJ tube tip seen in the stomach rather than the jejunum on the x-ray after the feed "
            "had started, ?misplaced. Repositioned at endoscopy."
        ),
        # a home concentrator switched off at the wall: no air outlet
        (
            "Community nurse visit: the pt's oxygen concentrator had been switched off at the "
            "wall by a relative. Pt needs 2L continuously, found breathless, sats 83%. "
            "Restarted."
        ),
        # the wrong patient's unit given to a patient of the same group
        (
            "Unit crossmatched for pt X (group A Pos) was given to pt Y in the next bay, who is "
            "also group A Pos. Whole unit transfused. No reaction."
        ),
    ],
)
def test_risk_only_or_excluded_product_is_neither(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # high strength midazolam given in endoscopy: the stock words do not undo it
        (
            "Endoscopy: midazolam 10mg/2ml used for conscious sedation instead of 1mg/ml, pt "
            "needed flumazenil. Stock check afterwards found 3 more boxes on the shelf.",
            ("8", None),
        ),
        # a window fall with the room empty before it: a fall, a never event
        (
            "Pt climbed out of the 2nd floor side room window and fell to the courtyard, the "
            "restrictor had been broken for weeks. Room empty at the time of the checks.",
            ("10", None),
        ),
        # a vinca given intrathecally with a risk named after it
        (
            "Vincristine given intrathecally in the IT room. Storage on one shelf flagged as a "
            "risk.",
            ("5", None),
        ),
        # an epidural infusion run IV, with a wound catheter named elsewhere in the report
        (
            "Epidural bupivacaine infusion connected to the IV cannula in error on the ward, pt "
            "had a seizure.",
            ("5", None),
        ),
        # an NG tube in the lung with feed given
        (
            "NG tube feed started on the ward, CXR then showed the NGT in the R lower lobe.",
            ("13", None),
        ),
        # an oxygen tubing on the air flowmeter with the cylinder empty named too
        (
            "Pt on 4L O2 found connected to the air flowmeter after the cylinder ran empty on "
            "return from CT, sats 84%.",
            ("15", None),
        ),
        # a wrong-patient unit of another group: the incompatible transfusion stands
        (
            "Unit for pt X (group A Pos) given to pt Y (group O Pos) in the next bay. Pt Y "
            "developed rigors and haemoglobinuria.",
            ("12", None),
        ),
        # "also group A" told of the patient the unit was meant for, not the one it was given to
        (
            "Pt with group O given a unit of group A red cells meant for bed 4 who is also group "
            "A. Reaction, fever, loin pain.",
            ("12", None),
        ),
        # a high strength infusion set up for conscious sedation is no ICU sedation
        (
            "high strength midazolam infusion 5mg/ml set up for conscious sedation on the "
            "endoscopy unit, pt over-sedated, flumazenil given.",
            ("8", None),
        ),
    ],
)
def test_look_alikes_with_the_event_keep_their_tag(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


def test_vinca_syringe_stopped_before_the_lp_is_near_miss_5() -> None:
    text = (
        "Vincristine syringe taken into the IT treatment room with the methotrexate for the "
        "LP. Stopped at the final check before the LP. Not given."
    )
    assert never_event_codes(text) == (None, "5")


def test_midazolam_borrowed_from_icu_for_a_bronchoscopy_is_never_event_8() -> None:
    text = (
        "Bronchoscopy: midazolam 5mg/ml given for conscious sedation when 1mg/ml was intended, "
        "pt apnoeic and given flumazenil. The ampoules had been borrowed from ICU stock."
    )
    assert never_event_codes(text) == ("8", None)


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        (
            "Bronchoscopy sedation: midazolam 5mg/ml vial that was left on the side from the "
            "anaesthetic room given, 2mg. Pt drowsy, needed flumazenil.",
            ("8", None),
        ),
        (
            "Endoscopy list: nurse noticed the midazolam syringe had been drawn from the 5mg/ml "
            "amp that was lying on the trolley from the anaesthetic room. Discarded before "
            "given, redrawn from 1mg/ml.",
            (None, "8"),
        ),
    ],
)
def test_midazolam_left_out_from_the_anaesthetic_room_is_brought_from_elsewhere(
    text: str, outcome: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == outcome


def test_midazolam_given_in_error_in_a_valve_work_up_is_not_a_wrong_implant() -> None:
    text = (
        "For conscious sedation during a TAVI work-up angiogram midazolam 5mg/ml was given in "
        "error instead of 1mg/ml. Needed flumazenil."
    )
    assert never_event_codes(text) == ("8", None)
