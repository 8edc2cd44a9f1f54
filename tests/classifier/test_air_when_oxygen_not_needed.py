"""Never event 15 needs a patient who requires oxygen: air on a flowmeter for a patient whose
oxygen was stopped, weaned off or never prescribed, breathing room air, is neither a never event
nor a near miss; oxygen prescribed again, or the patient hypoxic or falling on room air, is a
need. A denial of the patient on air told as a claim beside a reach ("staff said he was never
on air, but he was found on it, sats 84%") is no catch. Each kind has look-alikes in which the
same words tell a patient who needed oxygen, or a real catch."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NEITHER = (None, None)
REACHED = ("15", None)
CAUGHT = (None, "15")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # oxygen stopped / weaned / on room air: no patient requiring oxygen
        (
            "Bed 12 - pt weaned off O2 on Tuesday, on RA since with sats 96%. Found this am "
            "with nasal specs on attached to the air flowmeter, had asked for them back for "
            "comfort. Removed.",
            NEITHER,
        ),
        (
            "oxygen was discontinued by the resp team yesterday and pt self ventilating on "
            "room air. nasal cannula later found plugged into the medical air outlet by student "
            "nurse. obs stable, sats 98%",
            NEITHER,
        ),
        (
            "Mr X no longer requires oxygen (stopped on the drug chart 2 days ago). HCA put a "
            "hudson mask on him connected to the air flowmeter as he felt breathless after "
            "walking. sats 97% throughout, mask removed",
            NEITHER,
        ),
        (
            "Pt on room air since day 2 post op, O2 crossed off the chart. Venturi mask found "
            "on pt running from the AIR outlet - unclear who set it up. No change in obs.",
            NEITHER,
        ),
        (
            "Pt had been weaned off oxygen last week. Specs tubing connected to the air "
            "flowmeter by the HCA, who noticed before putting them on the pt and took them "
            "down.",
            NEITHER,
        ),
        (
            "O2 stopped by the medical team this morning, sats 95% RA. Relative asked for the "
            "mask to be put on; mask attached to air flowmeter and put on pt. Sats unchanged.",
            NEITHER,
        ),
        (
            "child off oxygen since yesterday, sats 99% in air. mum found the nasal prongs on "
            "him running off the medical air, nurse removed them.",
            NEITHER,
        ),
        (
            "Pt not on an O2 prescription at all. Specs found connected to the air flowmeter "
            "on the pt in bay 3, sats 97%.",
            NEITHER,
        ),
        # ... look-alikes: the patient needed oxygen
        (
            "Pt weaned off O2 yesterday but desaturated to 87% overnight, 2L O2 restarted by "
            "the FY1. Nasal specs then connected to the air flowmeter by mistake and pt on it "
            "until the morning, sats 86%.",
            REACHED,
        ),
        (
            "O2 being weaned, currently on 1L via specs. At 14:00 the specs were found running "
            "from the medical air flowmeter, sats 88%.",
            REACHED,
        ),
        (
            "Sats 86% on room air so 2L O2 prescribed. HCA connected the nasal specs to the air "
            "flowmeter and put them on the pt. Found 1 hour later, sats 85%.",
            REACHED,
        ),
        (
            "pt on 28% venturi as prescribed for COPD, found attached to the air flowmeter at "
            "the 10:00 obs, sats 84%. Moved to O2.",
            REACHED,
        ),
        (
            "Pt hypoxic on arrival, needing 4L O2. Hudson mask tubing plugged into the air "
            "outlet by the porter and the pt was on it for 30 mins, sats dropped to 85%.",
            REACHED,
        ),
        (
            "Oxygen prescribed at 2L, target 94-98%. RN went to put the specs on and saw they "
            "were attached to the air flowmeter; changed to O2 before they went on the pt.",
            CAUGHT,
        ),
        (
            "O2 weaned to 1L this morning, still on specs. Tubing plugged into the air "
            "flowmeter by the student; noticed before the specs were put on the pt, moved to O2.",
            CAUGHT,
        ),
        (
            "COPD pt on room air on admission, sats dropped to 85% and 24% venturi prescribed. "
            "Venturi tubing connected to the air outlet, error seen before the mask went on "
            "the pt.",
            CAUGHT,
        ),
        # a denial of the patient on air told as a claim beside a reach: no catch
        (
            "HCA said the pt was never on air but the nurse in charge found him on the air "
            "flowmeter via specs with sats of 83%.",
            REACHED,
        ),
        (
            "Pt on 2L O2 via nasal specs. The handover sheet stated the pt was never on air, "
            "however he was found connected to the air flowmeter at 06:00, sats 85%.",
            REACHED,
        ),
        (
            "Pt needs 4L O2. Found on the air outlet for 2 hours, sats 84%, although the "
            "agency nurse insisted the pt was never on air.",
            REACHED,
        ),
        (
            "night staff documented pt never on air. day staff found pt on 35% venturi running "
            "off the air flowmeter, sats 82% and drowsy.",
            REACHED,
        ),
        # ... look-alikes: a real catch, the denial the reporter's own
        (
            "Pt prescribed 2L O2. Specs tubing connected to the air flowmeter by HCA; RN moved "
            "it to O2 before the specs went on the pt. Pt never on air, sats 96% throughout.",
            CAUGHT,
        ),
        (
            "Hudson mask for pt on 4L O2 attached to the air outlet. Spotted before it was "
            "applied and swapped over - the pt was never on air, sats stayed 95%.",
            CAUGHT,
        ),
        (
            "Nasal cannula for hypoxic pt plugged into the air point; the nurse saw it before "
            "putting it on him. Pt did not receive any air, sats 93% on his own cylinder.",
            CAUGHT,
        ),
        (
            "Pt needs O2 via specs. Before the specs were put on, the RN noticed the tubing on "
            "the air flowmeter and moved it. The pt was never on air but the incident was "
            "reported for learning.",
            CAUGHT,
        ),
        # more not needed, told in other ways
        (
            "pt doesnt need oxygen, sats 98% RA. HCA set up specs on the air flowmeter and put "
            "them on pt anyway, removed by RN.",
            NEITHER,
        ),
        (
            "O2 no longer needed as per ward round, pt back on room air. Mask later found on pt "
            "attached to the medical air, no change in sats (97%).",
            NEITHER,
        ),
        (
            "Weaned off O2 this morning & on RA. Pt's specs were then found on him running from "
            "the air flowmeter, obs unchanged.",
            NEITHER,
        ),
        # ... look-alikes: oxygen needed again, or only the air stopped
        (
            "Oxygen was stopped in error by the HCA, who put the specs on the air flowmeter "
            "instead. Pt prescribed 2L O2, sats fell to 86%.",
            REACHED,
        ),
        (
            "Pt came off O2 on Monday but was put back on 2L today for sats 89%; specs found "
            "on the air flowmeter at the evening obs, sats 87%.",
            REACHED,
        ),
        (
            "Pt on 3L O2 via specs. Found on the air flowmeter; the air was stopped and the "
            "specs moved to the O2 flowmeter, sats recovered from 85% to 95%.",
            REACHED,
        ),
        (
            "Pt requiring 15L via non-rebreathe. Mask tubing found connected to the medical air "
            "outlet while on the pt, sats 79%.",
            REACHED,
        ),
        (
            "O2 weaned off yesterday, restarted tonight for sats 88% on RA. Specs plugged into "
            "the air flowmeter; RN noticed before she put them on the pt.",
            CAUGHT,
        ),
    ],
)
def test_air_when_oxygen_not_needed(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
