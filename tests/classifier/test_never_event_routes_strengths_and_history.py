"""Round 25, pass 3 of never events 3 to 15: an enteral product joined to a vascular line told
in the past, loaded into the line's pump or lined up to it, an oral liquid withdrawn into an IV
syringe (never event 5); a vinca alkaloid prescribed for the intrathecal route and caught before
anything was prepared; strong potassium chosen as the flush (4); a guidewire gone from view and a
fragment found on an organ, caught before the end (3); a methotrexate tablet strength told by what
it should have been, a decimal slip, a first dose given before the catch (7). Look-alikes: packs
left on purpose whose plan was lost at handover, an item imaging only "looks like" then listed for
removal, a hanging attempt dated years ago on another ward, and learned findings without the
product their type is about (the low midazolam strength alone, no air at all)."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import learned_finding_ruled_out, never_event_codes

CASES = [
    # --- never event 5: feed joined to a vascular line, told in the past
    (
        "PICU. Nurse connected the PEG feed extension set to the central line stopcock by "
        "mistake. Noticed by the second nurse before the pump was switched on. Nothing ran.",
        (None, "5"),
    ),
    (
        "Adult ICU. HCA connected the NG feed giving set to the arterial line 3-way tap and the "
        "pump ran for 20 minutes before the RN saw milky fluid in the transducer tubing.",
        ("5", None),
    ),
    # the enteral syringe loaded into the driver of the line
    (
        "SCBU. Syringe of expressed breast milk loaded into the syringe pump for the UVC and run "
        "at 1ml/hr for 2 hours before the error was noticed. Baby transferred to NICU.",
        ("5", None),
    ),
    (
        "NNU. Donor milk syringe put into the syringe driver for the long line, spotted at the "
        "double check before the driver was started. Nothing infused.",
        (None, "5"),
    ),
    # the TPN put in the line's driver is the right product: no enteral product loaded
    (
        "NNU. TPN syringe placed in the syringe driver for the long line as prescribed, and "
        "the lipid changed at 14:00. No issues.",
        (None, None),
    ),
    # an oral liquid withdrawn into an IV syringe, lined up to the line
    (
        "Oramorph solution withdrawn from the bottle into a luer syringe by an agency RN, who "
        "was lining it up to the PICC when her colleague stopped her. Not given.",
        (None, "5"),
    ),
    (
        "Omeprazole suspension withdrawn from the bottle into an IV syringe and pushed through "
        "the cannula. Pt had no reaction, doctor informed.",
        ("5", None),
    ),
    # --- never event 5: vinca alkaloid prescribed intrathecally, caught before preparation
    (
        "EPMA order for vinblastine showed route intrathecal after a template edit. The "
        "pharmacist rejected the prescription before anything was prepared.",
        (None, "5"),
    ),
    # --- never event 4: the strong potassium chosen as the flush
    (
        "Surgical ward. KCl 15% ampoule selected as the saline flush, found by the checking "
        "nurse before the syringe was attached to the cannula.",
        (None, "4"),
    ),
    (
        "Strong potassium ampoule picked as water for injection and used to flush the cannula. "
        "Pt complained of burning in the arm and went into VT.",
        ("4", None),
    ),
    # --- never event 3: a guidewire gone from view, a fragment on an organ
    (
        "Subclavian CVC: on railroading the catheter the registrar saw the guidewire was no "
        "longer visible at the hub. Wire retrieved with the catheter before the line was "
        "sutured. New line sited.",
        (None, "3"),
    ),
    (
        "Femoral line put in overnight in ED. Guidewire no longer visible at the end and the "
        "post insertion xray next morning showed the wire in the IVC. Pt transferred to IR for "
        "snare retrieval.",
        ("3", None),
    ),
    (
        "Lap appendicectomy. Tip of the diathermy hook insulation missing at the instrument "
        "check. Camera back in, fragment found on the bowel serosa and removed before the "
        "ports were removed.",
        (None, "3"),
    ),
    (
        "Lap chole 2 weeks ago. CT for ongoing pain showed a metallic fragment; at "
        "re-laparoscopy it was found on the liver surface and removed.",
        ("3", None),
    ),
    # packs left on purpose with a plan, the plan lost at handover: not retained
    (
        "Trauma laparotomy yesterday, 3 packs left in intentionally with a relook planned at "
        "48h and documented. Packs were not mentioned at the ICU to ward handover, picked up "
        "on the consultant round; relook booked.",
        (None, None),
    ),
    # not named in the op note: left with no record
    (
        "Vaginal pack inserted after the perineal repair, not mentioned in the op note or on "
        "the count board. Found by the community midwife on day 3 with offensive discharge.",
        ("3", None),
    ),
    # an item imaging can only name by its look, then listed for removal: found, not planned
    (
        "Post op CXR after sternotomy shows what looks like a needle in the mediastinum. Count "
        "had been recorded as correct. Pt informed and listed for removal tomorrow.",
        ("3", None),
    ),
    # --- never event 7: a tablet strength told by what it should have been; a decimal slip
    (
        "Pt with psoriasis collected methotrexate 10mg tablets from the community pharmacy, "
        "should have been 2.5mg tablets. Wife spotted the different box before he took any.",
        (None, "7"),
    ),
    (
        "RA pt dispensed methotrexate 10mg tablets (should have been 2.5mg) and took 4 tablets "
        "on Sunday as usual. Admitted with mucositis and neutropenia.",
        ("7", None),
    ),
    (
        "Methotrexate for an ectopic prescribed with a decimal error, 1000mg instead of 100mg. "
        "The pharmacist queried it before it was dispensed. Nothing prepared.",
        (None, "7"),
    ),
    (
        "Ectopic pregnancy: methotrexate given IM and a decimal point error meant ten times the "
        "dose was given. Bloods showed neutropenia on day 5.",
        ("7", None),
    ),
    # the first dose given, the wrong frequency caught before the next
    (
        "RA pt on the medical ward: methotrexate 15mg charted daily, with the first dose "
        "recorded as given on Tuesday. Pharmacist queried the chart before the Wednesday dose "
        "and it was corrected to weekly.",
        (None, "7"),
    ),
    (
        "Methotrexate 10mg prescribed daily for psoriasis, with the first dose given Mon and "
        "the next doses given Tues and Weds before the pharmacist spotted it.",
        ("7", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_route_strength_and_retained_readings(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


# --- cues that can make a never event a near miss, with their words in an innocent role
REACHED_DESPITE_CUE_WORDS = [
    # "before anything was prepared" told of a check made before the error reached the pt
    (
        "Vincristine was given intrathecally at 14:00 and the pt developed leg weakness. On "
        "review the EPMA route had been changed to IT and the pharmacist had screened it before "
        "anything was prepared.",
        ("5", None),
    ),
    (
        "Nystatin suspension was given via the PICC by the night nurse, who had drawn it into "
        "an IV syringe. Pharmacy had labelled it correctly before anything was dispensed.",
        ("5", None),
    ),
    (
        "NG feed giving set connected to the PICC and the feed had been running for 2 hours "
        "before anyone noticed. The pump had been set up before anything was issued from stores.",
        ("5", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), REACHED_DESPITE_CUE_WORDS)
def test_nothing_prepared_yet_cue_keeps_reached_events(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


HISTORY_CASES = [
    # a hanging attempt dated years ago on another ward is history
    (
        "On admission he told staff he had tried to hang himself from a curtain rail at "
        "another hospital 3 years ago. Risk assessment updated, obs level 2.",
        (None, None),
    ),
    (
        "Pt disclosed that in 2018 on another unit she attempted to hang herself from a shower "
        "rail. No self-harm on this admission.",
        (None, None),
    ),
    # this admission's hanging still counts beside the history
    (
        "Pt tried to hang herself from the shower rail in her en suite at 02:00, the rail did "
        "not collapse. She had also tried this on another ward in 2019.",
        ("9", None),
    ),
    (
        "Pt found hanging from the curtain rail in her bedroom tonight, the rail held. In 2019 "
        "on another ward she had tried to hang herself too.",
        ("9", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), HISTORY_CASES)
def test_hanging_attempt_of_the_past_is_history(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text, location_type="10") == expected


@pytest.mark.parametrize(
    ("text", "code", "reason"),
    [
        # the low strength stated, too much of it given: no mis-selection
        (
            "Colonoscopy, midazolam 1mg/ml used but 9mg given in increments to an 86yo. Pt "
            "became unresponsive, flumazenil given.",
            "8",
            "low strength stated",
        ),
        # the low strength named as the one intended, a high one used: stands
        (
            "Endoscopy: 1mg/ml was intended but the 5mg/ml ampoule was drawn up and 5mg given "
            "for sedation. Pt oversedated.",
            "8",
            None,
        ),
        (
            "Bronchoscopy: the 1 mg/ml ampoules had run out so the high strength box was used "
            "for sedation. 4 mg given.",
            "8",
            None,
        ),
        (
            "Cystoscopy sedation: midazolam 1mg/ml charted, wrong ampoule picked from the "
            "cupboard and 3ml given. Pt apnoeic.",
            "8",
            None,
        ),
        # no air named at all: another oxygen failure
        (
            "O2 tubing found disconnected from the wall flowmeter behind the bed, pt on 2L, "
            "sats 86%. Reconnected.",
            "15",
            "no air named",
        ),
        (
            "Nasal specs tubing found on the medical air flowmeter, pt on 2L for COPD, sats 84%.",
            "15",
            None,
        ),
        (
            "Pt's mask was plugged into the AIR outlet on the pendant after the transfer; sats "
            "dropped to 85%.",
            "15",
            None,
        ),
        # air named only by the outlet's label
        (
            "Pt's nasal specs were plugged into the wrong wall outlet, the one marked MA, for 2 "
            "hours overnight; sats dropped to 84%. Moved to the O2 outlet.",
            "15",
            None,
        ),
    ],
)
def test_learned_finding_needs_its_product(text: str, code: str, reason: str | None) -> None:
    assert learned_finding_ruled_out(text, code) == reason
