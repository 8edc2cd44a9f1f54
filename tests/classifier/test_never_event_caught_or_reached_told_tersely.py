"""Never events and near misses told tersely: the catch named by the check or by the plain verb
("we stop before inject", "double check picked it up", "no units issued"), the product told by
its kind ("K phos concentrate", "1ml luer slip syringe", "group specific A units"), and the
reach told by a duration or a transplant. Each cue that can turn a never event off has look-alikes
in which the product had already reached the patient."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the catch told with the plain verb
        (
            "Colonoscopy sedation: midazolam 5mg/ml drawn up instead of 1mg/ml. Endoscopist "
            "noticed and we stop before inject, replaced.",
            "8",
        ),
        # the check named first, then what it did
        (
            "Conscious sedation for TOE: midazolam 10mg/2ml ampoule taken from the CD cupboard. "
            "Independent check caught it, 1mg/ml obtained.",
            "8",
        ),
        # the prepared product challenged
        (
            "Cystoscopy under sedation. Staff nurse drew up midazolam 5 mg/ml intending 1 mg/ml; "
            "the ODP questioned the ampoule and a new syringe was made up.",
            "8",
        ),
        # a list of what had not yet gone down the tube
        (
            "Fine bore NG inserted, pH 7, CXR showed the tube in the L main bronchus. Pulled out "
            "before any water, feed or medication.",
            "13",
        ),
        # the bag made up with concentrate but never put up
        (
            "Neonatal fluids: strong potassium chloride added instead of sodium chloride. Bag had "
            "not been hung when the second nurse checked, discarded.",
            "4",
        ),
        # potassium phosphate concentrate told short
        (
            "K phos concentrate selected instead of water for injection to reconstitute "
            "meropenem, caught at second check.",
            "4",
        ),
        # the concentrate stocked in the diluent's own place and picked up
        (
            "Potassium chloride 15% ampoules stocked in the WFI drawer. A nurse picked one up "
            "to reconstitute ceftriaxone and read the label. Not given.",
            "4",
        ),
        # a general syringe by its kind
        (
            "Nurse drew up 8 units of Humulin I in a 1 ml general-purpose syringe. Second checker "
            "refused and it was discarded.",
            "6",
        ),
        (
            "Lantus 10 units drawn up in a 1ml luer slip syringe, stopped by the ward manager "
            "before given.",
            "6",
        ),
        # the syringe taken off the nurse, then the redo
        (
            "Insulin drawn up in a 2ml syringe as none on the unit. The NIC saw the syringe on "
            "the trolley and took it away, redrawn in an insulin syringe, correct dose given.",
            "6",
        ),
        # a twin brought instead of the other, caught at sign in
        (
            "Twin 2 brought to the anaesthetic room for orchidopexy instead of twin 1. Caught "
            "at sign in on the wristband.",
            "1",
        ),
    ],
)
def test_catch_told_tersely_is_near_miss(text: str, code: str) -> None:
    assert never_event_codes(text) == (None, code)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the catch cue told AFTER the product went in: still a never event
        (
            "Midazolam 5mg/ml given for bronchoscopy sedation, 2ml pushed, pt apnoeic and "
            "flumazenil given. The consultant then questioned the ampoule.",
            "8",
        ),
        (
            "NG tube passed, 50ml water flush and meds given down it. CXR later: tube in the R "
            "lower lobe bronchus. Tube removed before any further feed or flush.",
            "13",
        ),
        (
            "Insulin 10 units given by the ward nurse with a 1ml luer slip syringe; BM 1.9 an "
            "hour later, treated. Incident reviewed by the diabetes team.",
            "6",
        ),
        # a transfusion that reached her, then nothing more issued
        (
            "A pos into O pos pt at the DGH before transfer, rigors after 20 min. No further "
            "units issued until the reaction was investigated.",
            "12",
        ),
        # the infusion ran for hours until someone noticed
        (
            "Concentrated potassium chloride added to the maintenance bag instead of sodium "
            "chloride. Ran for 3 hours until the night nurse spotted the label. K 6.9.",
            "4",
        ),
        # the strong potassium added instead of the prescribed premixed bag, and hung
        (
            "Pt prescribed 0.9% saline with 20mmol KCl premixed bag. None left, so the HCA "
            "fetched KCl 15% concentrate and added it to a plain bag, which was hung.",
            "4",
        ),
        # group-specific units of one trauma patient given to the other
        (
            "Two unknown trauma pts in resus. Group specific B units crossmatched for one were "
            "given to the other, who is group A. Haemoglobinuria, to ICU.",
            "12",
        ),
        # a misspelt "received"
        (
            "Baby on NNU recieved group B red cells although he is group O; samples mixed up.",
            "12",
        ),
        # an organ transplanted, the recipient's missing pre-treatment told with "no ... given"
        (
            "Renal transplant: kidney transplanted into a group A recipient from a group B "
            "donor. Not a planned ABO-incompatible transplant; no plasma exchange had been given.",
            "12",
        ),
        # medicines named down a misplaced tube
        (
            "NGT re-sited overnight, pH not tested, omeprazole given. Morning CXR: tube in the "
            "L bronchus.",
            "13",
        ),
        # a later check that found the evidence, not the error before the dose
        (
            "KCl 15% ampoule used instead of sodium chloride flush, pt complained of burning "
            "arm, double check picked up the empty KCl ampoule in the tray afterwards.",
            "4",
        ),
        # the bedside check skipped before the unit went up
        (
            "Bedside check not done before hang, unit for bed 4 given to bed 5, group A into "
            "group O pt, reaction after 10 min.",
            "12",
        ),
        # "before feed" told of the check that was skipped, the feed given
        (
            "pH not checked before any feed or medication was given; CXR next day showed the "
            "NGT in the right lung, pt had received 2 feeds.",
            "13",
        ),
        # the ampoule queried only after the patient was oversedated
        (
            "Midazolam 2mg/ml given for colonoscopy instead of 1 mg/ml, 2.5ml given. Nurse "
            "challenged the ampoule after pt became over sedated, flumazenil.",
            "8",
        ),
        # the wrong twin operated on
        (
            "The wrong twin was brought to theatre and the incision was made before anyone "
            "checked the wristband.",
            "1",
        ),
    ],
)
def test_product_reached_before_the_catch_is_never_event(text: str, code: str) -> None:
    assert never_event_codes(text) == (code, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wrong blood in tube, caught in the lab, nothing issued: neither
        (
            "Lab: sample grouped A pos, historic group O pos. Repeat sample O pos; first sample "
            "wrong blood in tube. No units issued.",
            (None, None),
        ),
        # an oxygen outlet label queried after the connection: not a catch
        (
            "Child on the ward needing O2 found with the tubing on the air flowmeter after the "
            "parents queried the label. Sats 88%.",
            ("15", None),
        ),
        # a feeding tube named ("had a feeding tube"), nothing given: not a use of it
        (
            "My mum had a feeding tube put in and the x-ray showed it was in her lung. They "
            "took it out straight away before anything went down it.",
            (None, "13"),
        ),
    ],
)
def test_look_alikes_of_terse_catches(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
