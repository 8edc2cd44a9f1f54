"""Batch 97's natural mix, the ABO part (never event 12): a group O platelet unit's titre told
after the unit ("group O platelets not labelled HT neg", "plts grp O, not high titre
negative") is a result of the titre test, not a denial of the unit or of its transfusion, as
"RhD neg" is no denial of the group it follows. Group O platelets not tested high-titre negative
for a group A, B or AB patient are ABO-incompatible (never event 12; near miss 12 when stopped
before spiking); the look-alikes stay as they are: platelets told high-titre negative, group O
platelets for a group O patient, group A platelets for a group O patient, compatible red cells
and plasma, a unit found with no patient involved."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

NEITHER = (None, None)
REACHED = ("12", None)
CAUGHT = (None, "12")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the titre told after the unit, and the unit given
        (
            "Pt group A pos given 1 adult dose of group O platelets not labelled HT neg. Pt "
            "developed rigors and dark urine.",
            REACHED,
        ),
        (
            "group B patient received O pos platelets which were not tested high titre "
            "negative, transfused over 30 mins",
            REACHED,
        ),
        pytest.param(
            "Plts grp O not HT -ve transfused to pt grp AB on ward 7. Lab stock shortage.",
            REACHED,
            marks=pytest.mark.xfail(
                strict=True, reason="the 'not' before the titre still holds the giving back"
            ),
        ),
        (
            "Patient is group A. The platelets transfused were group O and were not high "
            "titre negative.",
            REACHED,
        ),
        (
            "Pt A neg received grp O neg plts not labelled as HT negative, full unit given.",
            REACHED,
        ),
        (
            "Group O platelets that were not HT negative were transfused into a group B recipient.",
            REACHED,
        ),
        (
            "Pt (grp B +ve) was transfused grp O +ve platelets not HT neg overnight; next day "
            "Hb drop and jaundice.",
            REACHED,
        ),
        (
            "Plts transfused 14:00. Pt grp A, plts grp O not HT negative. Pt febrile "
            "afterwards, SHOT done.",
            REACHED,
        ),
        # ... and the unit stopped before it was spiked
        (
            "Group A pt. Grp O platelets not labelled HT neg brought to bedside, stopped at "
            "bedside check before spiking, returned to lab.",
            CAUGHT,
        ),
        pytest.param(
            "Platelets for group B patient were group O and not labelled high titre negative "
            "- noticed by 2nd checker before connecting, not given.",
            CAUGHT,
            marks=pytest.mark.xfail(
                strict=True, reason="'patient were group O' is read as the patient's group"
            ),
        ),
        (
            "Pt grp AB, plts issued grp O not HT negative. Spotted at bedside check, unit not "
            "spiked.",
            CAUGHT,
        ),
        (
            "group a patient, group o platelets without HT neg label collected from fridge; "
            "RN refused to hang them, lab issued group A plts instead",
            CAUGHT,
        ),
        (
            "Group A recipient. Group O plts not HT neg arrived on ward, bedside check picked "
            "it up, never connected.",
            CAUGHT,
        ),
        (
            "Platelets issued for pt bay 3 (grp B pos) were grp O and not HT negative, "
            "stopped at the bedside check by 2 RNs, not spiked.",
            CAUGHT,
        ),
        # look-alikes: tested high-titre negative, or compatible by the plasma carried
        (
            "Pt group A received group O platelets, labelled HT negative, as per policy. No "
            "reaction.",
            NEITHER,
        ),
        (
            "Group B pt given group O HT neg platelets as B stock out. Obs stable, no reaction.",
            NEITHER,
        ),
        (
            "Pt group O given group A platelets due to stock shortage, no reaction, documented.",
            NEITHER,
        ),
        (
            "Patient group O pos, received O neg platelets, no issues.",
            NEITHER,
        ),
        (
            "Group A pt; lab issued group O platelets tested high titre negative after A "
            "stock ran out. Transfused without incident.",
            NEITHER,
        ),
        (
            "Pt group O received group O platelets not labelled HT negative; no issue as same "
            "group.",
            NEITHER,
        ),
        (
            "Group A pt given group O platelets. Unit was HT negative, confirmed with lab. No "
            "reaction.",
            NEITHER,
        ),
        (
            "Pt A pos received O pos platelets (HTN) for line insertion, no reaction.",
            NEITHER,
        ),
        (
            "Pt group B. Group O HT neg plts issued, transfusion delayed as pump unavailable.",
            NEITHER,
        ),
        (
            "Pt grp A, plts grp O HT neg, transfused 14:00, febrile afterwards, SHOT reported "
            "as FNHTR.",
            NEITHER,
        ),
        # ... a unit with no patient, and other components compatible or not ABO at all
        (
            "Group O platelets not tested HT negative found in the ward fridge at stock check, "
            "no patient involved, returned to lab.",
            NEITHER,
        ),
        (
            "pt grp B. Plts grp B given, pt had mild urticaria, chlorphenamine given, settled.",
            NEITHER,
        ),
        (
            "RhD neg pt group A received RhD pos group A platelets, anti-D given.",
            NEITHER,
        ),
        (
            "Red cells group O neg given to group B pt in ED from emergency stock, no reaction.",
            NEITHER,
        ),
        (
            "Group O pt was given group A plasma, 2 units of FFP, for reversal. No reaction.",
            NEITHER,
        ),
        (
            "Platelets delayed 4 hrs for group A pt as lab only had group O HT negative stock, "
            "given once available.",
            NEITHER,
        ),
        (
            "Pt grp O neg. Plts grp A neg given as O out of stock, not HT tested as not "
            "needed. No reaction.",
            NEITHER,
        ),
        (
            "Pt group AB pos received AB pos platelets; label said HT neg not applicable. Obs "
            "fine.",
            NEITHER,
        ),
    ],
)
def test_surgical_natural_mix(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
