"""Whether a report tells any act with an implant (`engine.implant_act`), and whether the wrong
implant was found after it went in (`engine.implant_steps.found_after_put_in`).

Error words near a word that may name an implant ("cup", "nail", "screws", "plate", "shunt
valve", "teat") are no wrong implant when nothing is told picked, opened, handed, put in, used,
received or exchanged: a cup of thin tea, a nail file, door-closer screws, a shunt valve's
setting. An implant told put in and then found at closure, at the sticker check or at the day 1
review was no intentional change, whatever decision the report tells elsewhere ("decided not to
revise", "list order changed because of transport"). Look-alikes: wrong implants told tersely
("+22.5D IOL implanted, the planned lens was +19.0D", "the lens that was put in belonged to
another pt") stay never event 2; an intentional documented change that a later audit or review
found and confirmed deliberate stays excluded.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, rule_never_event_codes

NO_IMPLANT_ACT = [
    (
        None,
        None,
        "Pt on ward 7 found with the nail clippers from her bag, cut her wrist "
        "superficially. Clippers should have been removed at admission search, changed to a "
        "locked property box.",
    ),
    (
        None,
        None,
        "HCA gave the wrong cup to bed 4, pt on thickened fluids had thin tea. coughed, "
        "SALT r/v, no aspiration.",
    ),
    (
        None,
        None,
        "Mum's breast pump had the wrong size flange and the plate with her lunch was left "
        "out of reach. MW apologised.",
    ),
    (
        None,
        None,
        "Dental: the screw top on the specimen pot was the wrong type and leaked in "
        "transit, sample rejected by lab.",
    ),
    (
        None,
        None,
        "Physio noted the walking frame had the wrong height setting, should have been set "
        "at 2 holes higher. Adjusted, pt mobilised safely.",
    ),
    (
        None,
        None,
        "baby given bottle with the wrong teat (fast flow instead of slow), choked briefly, "
        "recovered with back blows. neonatal nurse informed",
    ),
    (
        None,
        None,
        "Security screws on the bedroom door closer were the wrong type - estates replaced "
        "them. no pt harm.",
    ),
    (
        None,
        None,
        "Wrong size stoma bag supplied by community pharmacy, leakage overnight, stoma "
        "nurse visited and changed to the correct size.",
    ),
    (
        None,
        None,
        "Pt with a VP shunt: the programmable valve was read at the wrong setting (2.0 "
        "rather than 1.5) after her MRI, neurosurgery reprogrammed it on the ward.",
    ),
    (
        None,
        None,
        "Ward round: the dressing plate on the pt's PICC was the wrong type "
        "(non-breathable), replaced by the IV team.",
    ),
    (
        None,
        None,
        "Cast clinic: pt's plaster had the wrong window cut, should have been over the "
        "wound. Reapplied.",
    ),
    (
        None,
        None,
        "Hearing aid batteries were the wrong size, pt could not hear the discharge "
        "instructions, daughter fetched the right ones.",
    ),
    (
        None,
        None,
        "Pt's dentures were given to the wrong pt (bed 3 instead of bed 5), cleaned and "
        "returned, both pts apologised to.",
    ),
    (
        None,
        None,
        "Wrong mattress setting (static instead of alternating) found at skin check, grade "
        "2 sore to sacrum, changed.",
    ),
]

TOLD_TERSELY = [
    (
        "2",
        None,
        "Cataract R eye. +22.5D IOL implanted, the planned lens was +19.0D. Wrong lens "
        "picked from the rack. Exchange next wk.",
    ),
    (
        "2",
        None,
        "TKR: tibial tray implanted was a size 4, templated size 3. Found on the sticker audit.",
    ),
    (
        "2",
        None,
        "Wrong mesh used for the incisional hernia - synthetic put in where biologic was "
        "planned due to contamination.",
    ),
    (
        "2",
        None,
        "Hip hemi: uncemented stem implanted although cemented was planned. Noticed on check xray.",
    ),
    (
        "2",
        None,
        "Pt had her breast implants put in the wrong way round: the 300cc went into the L "
        "and the 350cc into the R, plan was the opposite.",
    ),
    # No rule reads a size told against the plan ('10mm longer ... than planned'): only the
    # learned model names it (it ranked none first after the batch 93 retrain, never event 2
    # again after batch 94's, none again after batches 101 and 103's).
    pytest.param(
        "2",
        None,
        "Reg put in a 10mm longer screw than planned and it went through the far cortex, revised.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="only the learned never-event model read it; the retrain with batches 101 "
            "and 103 (dev-44996) ranks no never event first, and no rule reads a size told "
            "against the plan",
        ),
    ),
    (
        "2",
        None,
        "Pacemaker: single chamber device implanted instead of the dual chamber on the "
        "plan. Upgrade arranged.",
    ),
    (
        "2",
        None,
        "wrong lens in pt's L eye, power was +25 instead of +21, picked from wrong pts "
        "tray. refractive surprise at 1/52",
    ),
    (
        "2",
        None,
        "the lens that was put in belonged to another pt, noticed when the other pts lens "
        "was missing from the tray after the case.",
    ),
    (
        "2",
        None,
        "Pt received the wrong power IOL - 20.0 instead of 23.5. Lens exchange booked.",
    ),
    (
        "2",
        None,
        "Elbow revision: a standard ulnar component was cemented in though the long-stem "
        "one was templated. Seen on the post op film.",
    ),
    (
        "2",
        None,
        "Port: a non power-injectable port implanted, plan said power port. IR cons informed.",
    ),
    (
        "2",
        None,
        "Knee: cemented femoral component put in, the plan was cementless. Pt told.",
    ),
    (
        "2",
        None,
        "Wrong-sized stent deployed in the LAD (3.0 instead of 3.5 on the plan).",
    ),
]

FOUND_AFTER_IT_WENT_IN = [
    (
        "2",
        None,
        "THR list, 3 cases. Case 1 cons decided to use a dual mobility cup as planned "
        "pre-op. Case 2: templated 50mm cup, 54mm cup impacted after the rep handed the "
        "wrong box. Found on the post-op xray review next day, pt informed.",
    ),
    (
        "2",
        None,
        "Phaco L eye: IOL inserted +18.5D. Plan +22.0D. Surgeon had deliberately moved the "
        "pt up the list because of her dementia. Noticed at the 1 week refraction that the "
        "lens was the previous pts.",
    ),
    (
        "2",
        None,
        "TKA. plan cemented. Cementless tibial tray impacted 10:05. Identified by the scrub "
        "nurse when filling in the implant sheet at 10:30. Consultant chose not to revise.",
    ),
    (
        "2",
        None,
        "Breast recon: plan 400cc textured, 400cc smooth put in. It was discovered at the "
        "registry entry. Because of the theatre overrun the stickers were not checked on "
        "the day.",
    ),
]

INTENDED_AND_CONFIRMED = [
    (
        None,
        None,
        "Phaco R eye complicated by PC rupture, surgeon decided to put a 3-piece IOL in the "
        "sulcus instead of the planned in-the-bag lens, documented. Nurse found the "
        "mismatch on the lens wall after the list and datixed; review confirmed "
        "intentional.",
    ),
    (
        None,
        None,
        "THR: 52mm cup templated, 54mm implanted - consultant chose the bigger cup after "
        "reaming due to bone quality, reason in the op note. Audit found the change later "
        "and confirmed it was a deliberate decision.",
    ),
    (
        None,
        None,
        "Hip hemi: uncemented stem inserted as the cons decided intra-op the bone was good "
        "enough, documented in the op note. Found by the ward FY1 on the discharge summary, "
        "who queried it; confirmed intentional.",
    ),
    (
        None,
        None,
        "Knee: surgeon opted for a PS insert instead of the CR planned after finding the "
        "PCL deficient, recorded in the op note with the reason. No error.",
    ),
    (
        None,
        None,
        "TAVI: 26mm valve planned on CT, operator decided on a 29mm after the balloon "
        "sizing showed the annulus larger, documented. Identified at the implant audit as "
        "different from plan - deliberate and documented, not an error.",
    ),
]


@pytest.mark.parametrize(
    ("never_event", "near_miss", "text"),
    NO_IMPLANT_ACT + TOLD_TERSELY + FOUND_AFTER_IT_WENT_IN + INTENDED_AND_CONFIRMED,
)
def test_implant_act_and_finding_after_it_went_in(
    never_event: str | None, near_miss: str | None, text: str
) -> None:
    assert never_event_codes(text) == (never_event, near_miss)


#: The noun "implant" right after the plan's values names the planned item, not its placement
#: (`engine.implant_specs`): the value told on the plan against the one put in is read by the rules.
PLAN_NAMED_BY_ITS_NOUN = [
    "Ortho, consented for: a cemented 28mm implant. Uncemented 28mm implant opened and impacted "
    "by the SpR. Seen on check film.",
    "Plastics, delayed recon L side. Plan on the board: anatomical 375cc implant. Round 375cc "
    "implant was opened and put in, picked up at the sticker check 2 days later.",
]


@pytest.mark.parametrize("text", PLAN_NAMED_BY_ITS_NOUN)
def test_plan_named_by_its_noun_against_the_implant_put_in(text: str) -> None:
    assert rule_never_event_codes(text) == ("2", None)
