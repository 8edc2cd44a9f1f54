"""How blood groups are told (helper H20): a group told "grouped", "grp", in brackets, or of
units named by a pronoun ("they were group A pos", "it was grp B"), with the recipient's group
and the units' in different sentences, still pairs the unit with the recipient. Compatible
emergency units given before ("2 x O neg given") are not the incompatible unit's reach: an
incompatible unit stopped before it was spiked or connected is near miss 12, one that ran is
never event 12, and a unit that turns out ABO compatible is neither."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NOTHING = (None, None)
NEVER_EVENT_12 = ("12", None)
NEAR_MISS_12 = (None, "12")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # units named by a pronoun, the recipient's group told in another sentence
        (
            "Two units came up from the lab for the pt in side room 2. They were group B pos. "
            "Pt's sample grouped A pos. Mismatch seen at the bedside check, not spiked, both "
            "returned to the lab.",
            NEAR_MISS_12,
        ),
        (
            "Set primed with the unit before the 2nd checker arrived; it was grp B and the pt "
            "grp O. Never connected to the patient, unit discarded.",
            NEAR_MISS_12,
        ),
        (
            "pt grp O neg. bag grp A neg hung on the drip stand, not spiked, caught at the 2 "
            "person check",
            NEAR_MISS_12,
        ),
        (
            "Patient is group O, confirmed on 2 samples. The unit collected was meant for bed 3 "
            "and it was group AB. Not spiked, sent back to the lab.",
            NEAR_MISS_12,
        ),
        (
            "Pts blood grouped as B neg. the unit brought to the bedside was A neg and was hung "
            "but the check found the mismatch before it was connected. returned",
            NEAR_MISS_12,
        ),
        (
            "pt grp AB pos. FFP grp A hung on the pump, not spiked, caught at the bedside check "
            "and swapped for AB FFP.",
            NEAR_MISS_12,
        ),
        # compatible emergency units given earlier are not the wrong unit's reach
        (
            "MHP called, 4 x O neg transfused in ED. Then group specific: pt grouped A pos. "
            "The 2 units brought down were group B pos, for another pt; hung but not spiked "
            "when the second nurse checked. Returned to lab.",
            NEAR_MISS_12,
        ),
        (
            "Emergency O neg units x2 given on arrival. Her sample later grouped B pos. Next "
            "unit from the fridge - they were A pos, meant for another trauma pt - was spotted "
            "at the bedside before spiking and returned.",
            NEAR_MISS_12,
        ),
        (
            "trauma call. 2 units O neg given via rapid infuser. his sample grouped O pos. "
            "runner fetched units from issue fridge, they were grp B pos for pt in bay 4. "
            "hung on infuser, nurse checked tag vs band before spiking, not given, back to lab.",
            NEAR_MISS_12,
        ),
        # ... and an incompatible unit that ran is never event 12 however the groups are told
        (
            "Pt grouped O pos. The unit, which was group A pos and crossmatched for bed 7, ran "
            "for 15 mins before the error was noticed. Transfusion stopped, reaction bloods sent.",
            NEVER_EVENT_12,
        ),
        (
            "2 x O neg given on arrival. His sample grouped O pos. The next units were for the "
            "pt in bay 4: they were group B pos. One was transfused for 20 minutes before the "
            "lab rang. Stopped.",
            NEVER_EVENT_12,
        ),
        (
            "unit grp A hung for pt grp O & ran approx 50mls before HCA noticed name on bag. "
            "stopped, dr informed",
            NEVER_EVENT_12,
        ),
        (
            "Pt (group O) received approximately 100ml of a group B unit meant for the next bay "
            "before it was stopped.",
            NEVER_EVENT_12,
        ),
        (
            "2 units for the lady in bed 9 hung on our lady in bed 10: they were grp A, our lady "
            "grp O. about half a unit in when noticed. stopped.",
            NEVER_EVENT_12,
        ),
        (
            "Group O platelets, not tested high titre negative, given in full to a group A "
            "child overnight.",
            NEVER_EVENT_12,
        ),
        # look-alikes: compatible units, however they are told, stay as they are
        (
            "2 x O neg given in resus. Sample grouped A pos, group specific units were A pos "
            "and were given without issue.",
            NOTHING,
        ),
        (
            "Units were group O neg; pt grouped B pos. Transfused uneventfully, no reaction.",
            NOTHING,
        ),
        (
            "Two units brought from the lab; they were group A pos and the pt grouped A pos. "
            "Wrong pt name on the tag, caught before spiking and returned.",
            NOTHING,
        ),
        (
            "Pt grouped O pos. 2 units O pos collected, checked at the bedside and transfused "
            "over 3 hrs.",
            NOTHING,
        ),
        (
            "First sample grouped as A, the second sample grouped O - wrong blood in tube. "
            "No units issued, pt re-bled.",
            NOTHING,
        ),
        (
            "pt grp A pos. they were grp O units, hung and given with no reaction.",
            NOTHING,
        ),
        (
            "They were group B; the pt's sample grouped B too. Units given over 2 hours, obs "
            "stable throughout.",
            NOTHING,
        ),
        (
            "It was O neg, given as the emergency unit, then the pt grouped A pos and group "
            "specific blood followed. No issues.",
            NOTHING,
        ),
        (
            "grp O platelets, HT neg, given to a grp B pt. routine, no reaction.",
            NOTHING,
        ),
        (
            "pt grp O. FFP grp AB given, 4 units, as per haematology advice.",
            NOTHING,
        ),
        (
            "Unit for another pt brought to the bedside, grp O neg, pt grp A pos; noticed at the "
            "ID check before spiking, returned.",
            NOTHING,
        ),
        (
            "2 x O neg given pre-hospital. In ED his sample grouped A pos and the crossmatched "
            "units, group A pos, were transfused. Delay of 40 mins getting them from the lab.",
            NOTHING,
        ),
        (
            "pt grp B pos, unit (grp B pos) hung, wrong DOB on tag noticed before spiking, lab "
            "reissued.",
            NOTHING,
        ),
        (
            "Group O neg red cells given to pt of grp AB pos in the emergency, compatible, "
            "pt stable.",
            NOTHING,
        ),
        (
            "Her sample grouped O pos; they were group O neg units from the emergency fridge, "
            "two given in theatre, no reaction.",
            NOTHING,
        ),
        (
            "They were grp A pos - we had asked for O neg. Checked: pt is grp AB pos, so "
            "compatible; given.",
            NOTHING,
        ),
        # a unit named "this" or "that" by the patient, a group shared by two components,
        # a group in brackets after the person's details
        (
            "Pt glanced at the bag as it was being hung and said this says AB, I am group B. "
            "Not yet spiked, unit returned to the lab.",
            NEAR_MISS_12,
        ),
        pytest.param(
            "pt said that is group O, same as me, I am O. unit checked and given.",
            NOTHING,
            marks=pytest.mark.xfail(
                strict=True,
                reason="'that' with no unit named before it is not read as the unit; the "
                "learned model's never event 12 stands",
            ),
        ),
        (
            "Pt group B. Lab issued group A red cells and FFP in error; 1 unit of red cells "
            "transfused before the error was found.",
            NEVER_EVENT_12,
        ),
        (
            "Pt group A. Group A red cells and FFP issued and transfused over the afternoon.",
            NOTHING,
        ),
        (
            "The lady in bay 2 (DOB 12/03/51, hosp no 4471, group B pos) was due 2 units; the "
            "unit brought to her was group A pos, caught at the check before spiking.",
            NEAR_MISS_12,
        ),
        (
            "Woman (G2P1, grp O neg) PPH in room 6. Unit hung was A neg, not spiked when the "
            "midwife checked the label.",
            NEAR_MISS_12,
        ),
        (
            "Woman (G2P1, grp O neg) PPH in room 6. O neg units given, bleeding settled.",
            NOTHING,
        ),
        (
            "Pt grp O. Lab issued grp A FFP & red cells; the red cells were transfused, 1 unit, "
            "before the lab phoned.",
            NEVER_EVENT_12,
        ),
        (
            "pt grp A. grp AB FFP and platelets given for the bleed, no reaction.",
            NOTHING,
        ),
    ],
)
def test_blood_groups_told(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
