"""Never events 1, 2, 12 and 15 on hard negatives (round 42): a consequence told in general
after its whole subject ("a group AB unit given to a group O patient would be fatal") is a
lesson, not a transfusion; an audit or review whose subject is the never events of a kind ("audit
of wrong digit never events across the region") names no event; staged procedures each done as
planned, or a procedure told at the level it was consented for, keep a learned wrong site from
standing; a device told as implanted as planned, with the other kind named as not indicated, is
no wrong implant; an air outlet told as capped is no air supply; a fear told without its "that"
("I was worried the wrong finger would be injected") and a faded mark drawn again are no error
made, so no near miss. Each reading also has true never events (and near misses) in which its
words appear beside the real event."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NONE = (None, None)

CONSEQUENCE_TOLD_IN_GENERAL_IS_A_LESSON_NOT_A_TRANSFUSION_CASES = [
    # NE12: a consequence told in general after its subject is a lesson
    (
        "Teaching session for new starters: the transfusion practitioner explained that a "
        "group AB unit given to a group O patient would be fatal and showed the bedside check.",
        NONE,
    ),
    (
        "Transfusion training today: staff were reminded that group A blood given to a group "
        "O pt could be fatal.",
        NONE,
    ),
    (
        "Ward huddle: the sister reminded everyone that a group B unit transfused to a group A "
        "patient can be life threatening and the bedside check must be done.",
        NONE,
    ),
    (
        "Induction talk for HCAs: giving group A red cells to a group O recipient may be "
        "lethal, so two person checks are used.",
        NONE,
    ),
    (
        "Reminder to all staff at the safety huddle: a group B unit given to a group A "
        "patient would cause a severe reaction.",
        NONE,
    ),
    (
        "E-learning module: red cells of group A given to a group O recipient can be fatal, "
        "always complete the bedside check.",
        NONE,
    ),
    # ... and real transfusions told with such words
    (
        "Group A unit given to a group O patient on ward 7; pt developed rigors and "
        "haemoglobinuria, transfusion stopped after 40 ml.",
        ("12", None),
    ),
    (
        "Group A red cells given to group O pt in error can cause haemolysis, pt monitored "
        "closely on AMU.",
        ("12", None),
    ),
    (
        "Group A unit given to group O pt on ward 7 would cause a reaction, transfusion "
        "stopped after 50ml, rigors and haemoglobinuria.",
        ("12", None),
    ),
    (
        "Pt group O received group A red cells in error which could be fatal, ITU review.",
        ("12", None),
    ),
    (
        "Group B unit transfused to a group O patient, 100ml in before the error was noticed, "
        "this could be fatal and pt moved to ICU.",
        ("12", None),
    ),
    (
        "Group A unit hung for a group O pt would have been fatal but stopped at bedside "
        "check before spiking.",
        (None, "12"),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), CONSEQUENCE_TOLD_IN_GENERAL_IS_A_LESSON_NOT_A_TRANSFUSION_CASES
)
def test_consequence_told_in_general_is_a_lesson_not_a_transfusion(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


AUDIT_OF_NEVER_EVENTS_OF_A_KIND_NAMES_NO_EVENT_CASES = [
    # NE1: an audit or review of never events of a kind
    (
        "Audit of wrong digit never events across the region presented at the hand surgery "
        "M&M; no incidents at this trust this year.",
        NONE,
    ),
    (
        "Regional review of wrong site block never events shared at the anaesthetic "
        "governance meeting, none at our hospital.",
        NONE,
    ),
    (
        "Wrong level spinal surgery never events nationally were discussed at the spinal MDT "
        "as learning; nothing to report locally.",
        NONE,
    ),
    # ... and real wrong site surgery told beside such words
    (
        "Wrong digit operated on: R ring finger released instead of R middle finger. To be "
        "presented at the audit of wrong site never events.",
        ("1", None),
    ),
    (
        "Audit of wrong site never events presented today. Separately, pt in theatre 3 had "
        "the wrong toe amputated this morning, L 3rd toe instead of L 4th.",
        ("1", None),
    ),
    (
        "Block performed on the wrong side (L instead of R); this will be included in the "
        "regional review of wrong site block never events.",
        ("1", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), AUDIT_OF_NEVER_EVENTS_OF_A_KIND_NAMES_NO_EVENT_CASES)
def test_audit_of_never_events_of_a_kind_names_no_event(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


PROCEDURES_DONE_AS_PLANNED_OR_AT_THE_CONSENTED_LEVEL_ARE_NO_WRONG_SITE_CASES = [
    # NE1 (learned): staged procedures each done as planned, or at the consented level
    (
        "Pt booked for release of R ring finger in March and R middle finger in June, both "
        "done on the planned dates, no issues.",
        NONE,
    ),
    (
        "Staged bilateral carpal tunnel release: L side in May, R side in August, both "
        "procedures performed as planned.",
        NONE,
    ),
    (
        "Two toes listed for separate dates, L 2nd toe in Jan and L 3rd toe in Feb, each done "
        "as booked without problems.",
        NONE,
    ),
    (
        "Marker placed at L4/5 under fluoroscopy then repositioned at L3/4 after counting "
        "from the sacrum, decompression at L3/4 as consented.",
        NONE,
    ),
    (
        "Needle initially at L5/S1 on screening, moved up a level after recounting, facet "
        "injection at L4/5 as planned.",
        NONE,
    ),
    (
        "Level confirmed with image intensifier after re-counting from C2, discectomy at C5/6 "
        "as consented, uneventful.",
        NONE,
    ),
    # ... and real wrong digits and levels
    (
        "Trigger finger injection given into the R ring finger; consent and skin mark were "
        "for the R middle finger. Pt informed.",
        ("1", None),
    ),
    (
        "Decompression performed at L4/5; the plan and consent were for L3/4, level check "
        "x-ray was not taken.",
        ("1", None),
    ),
    (
        "Discectomy at L4/5 as consented was not done; the surgeon operated at L3/4 in error, "
        "noticed on post op MRI.",
        ("1", None),
    ),
    (
        "Injection at L3/4 as planned but the needle was actually at L2/3 on review of the "
        "images, wrong level injected.",
        ("1", None),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    PROCEDURES_DONE_AS_PLANNED_OR_AT_THE_CONSENTED_LEVEL_ARE_NO_WRONG_SITE_CASES,
)
def test_procedures_done_as_planned_or_at_the_consented_level_are_no_wrong_site(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


DEVICE_IMPLANTED_AS_PLANNED_IS_NO_WRONG_IMPLANT_CASES = [
    # NE2: a device told as implanted as planned
    (
        "PPM: single chamber implanted as planned, dual chamber not indicated as pt in "
        "permanent AF.",
        NONE,
    ),
    (
        "Dual chamber PPM implanted as planned, single chamber not suitable as pt has sinus "
        "node disease.",
        NONE,
    ),
    (
        "CRT-P implanted as planned rather than CRT-D as pt declined a defibrillator.",
        NONE,
    ),
    (
        "ICD: single chamber inserted as planned, dual chamber not required as no "
        "bradycardia indication.",
        NONE,
    ),
    # ... and real wrong implants beside such words
    (
        "Dual chamber PPM was planned and consented but a single chamber device was implanted "
        "as the wrong box was opened; pt needs a revision.",
        ("2", None),
    ),
    (
        "R eye: lens implanted as planned. L eye (same list): 21.0D lens implanted instead of "
        "the planned 23.5D, wrong power noticed at the post op check.",
        ("2", None),
    ),
    (
        "Single chamber implanted as planned for bed 3; for bed 4 a single chamber device was "
        "implanted but dual chamber was planned and consented.",
        ("2", None),
    ),
    (
        "CRT-D was planned; a dual chamber ICD was implanted in error and pt needs a revision.",
        ("2", None),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), DEVICE_IMPLANTED_AS_PLANNED_IS_NO_WRONG_IMPLANT_CASES
)
def test_device_implanted_as_planned_is_no_wrong_implant(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


CAPPED_AIR_OUTLET_IS_NO_AIR_SUPPLY_CASES = [
    # NE15: an air outlet told as capped
    (
        "Adapter connected to the oxygen flowmeter; the air outlet beside it was capped. Sats "
        "96% on 2L.",
        NONE,
    ),
    (
        "Nasal specs connected to the O2 flowmeter at bed 4, air flowmeter next to it blanked "
        "off. Sats 95% on 2 litres.",
        NONE,
    ),
    (
        "Venturi mask attached to the wall oxygen; medical air points in the bay are all "
        "capped off since the estates work. Pt sats 94%.",
        NONE,
    ),
    (
        "Pt on 4L via Hudson mask plugged into the oxygen outlet, cap in place on the air "
        "outlet. Obs stable.",
        NONE,
    ),
    # ... and real air connections beside such words
    (
        "Pt on nasal specs found connected to the air flowmeter instead of oxygen, sats 84%.",
        ("15", None),
    ),
    (
        "Pt needing 2L O2 found connected to the air flowmeter by mistake, sats 86%; air "
        "outlets in the bay have now been capped.",
        ("15", None),
    ),
    (
        "Specs plugged into the air flowmeter, the air outlet was not capped as it should be, "
        "pt on O2 for COPD desatted to 82%.",
        ("15", None),
    ),
    (
        "Pt connected to the oxygen flowmeter which was actually air, sats 85%.",
        ("15", None),
    ),
    (
        "Physio noticed pt's venturi mask running off the medical air point - the oxygen "
        "outlet was blanked off by the bed head. Pt had been on it since the night.",
        ("15", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CAPPED_AIR_OUTLET_IS_NO_AIR_SUPPLY_CASES)
def test_capped_air_outlet_is_no_air_supply(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


FEAR_OR_FADED_MARK_REDRAWN_IS_NO_ERROR_MADE_CASES = [
    # NM1: a fear with no error made, and a faded mark drawn again
    (
        "Before the trigger finger injection I was worried the wrong finger would be injected "
        "as the marking had rubbed off, so we re-marked it with the patient awake and "
        "injected the correct finger.",
        NONE,
    ),
    (
        "Scrub nurse was worried the wrong level might be decompressed as the films were old, "
        "so a fresh x-ray was taken at sign in and L4/5 confirmed before incision.",
        NONE,
    ),
    (
        "Worried the wrong toe could be injected because the arrow had faded, the podiatrist "
        "redrew it with the pt and injected the correct toe.",
        NONE,
    ),
    (
        "Mark had washed off in the shower, re-marked R knee on the ward before TKR, pt agreed.",
        NONE,
    ),
    # ... and real site errors and catches beside such words
    (
        "Pt worried the wrong finger had been injected; on review the R ring finger was "
        "injected but consent and mark were for the R middle finger, wrong digit.",
        ("1", None),
    ),
    (
        "Mark on the L leg (wrong side) was rubbed off and re-marked on the R at sign in "
        "before any incision.",
        (None, "1"),
    ),
    (
        "The marking had faded, pt re-marked on the wrong side by the reg, noticed at time out "
        "and corrected before incision.",
        (None, "1"),
    ),
    (
        "At time out the L knee was found prepped and draped but the consent and mark were "
        "for the R knee; stopped before incision and the correct side prepped.",
        (None, "1"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FEAR_OR_FADED_MARK_REDRAWN_IS_NO_ERROR_MADE_CASES)
def test_fear_or_faded_mark_redrawn_is_no_error_made(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


GUARDS_STAY_RIGHT_CASES = [
    # guards: right before this round, and still right
    (
        "Pre-assessment notes: pt had a haemolytic transfusion reaction 5 years ago at "
        "another trust after receiving a unit meant for another patient; antibody card "
        "issued. Today's transfusion of 2 units uneventful.",
        NONE,
    ),
    (
        "Governance risk note: 5mg/ml midazolam ampoules found stocked in the endoscopy "
        "cupboard alongside 1mg/ml, no patient involved, stock removed and pharmacy informed.",
        NONE,
    ),
    (
        "Risk assessment for ENT theatres: a throat pack could be left in if the swab board "
        "is not used; action to add throat pack to the board.",
        NONE,
    ),
]


@pytest.mark.parametrize(("text", "expected"), GUARDS_STAY_RIGHT_CASES)
def test_guards_stay_right(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
