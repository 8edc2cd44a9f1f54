"""Round 69, helper 1: how a catch is told, and never events read the wrong way.

- A "given" that tells the way a product is given ("thinking that was how breakthrough was
  given") is a belief about the route, not a dose given: the oral liquid stopped before it went
  into the line is near miss 5. An amount ("unsure how much was given") is still a dose.
- The one giving it held it ready to go in when someone else saw the label ("ready to attach
  to the spinal needle when the nurse read the label") is a catch: near miss 5.
- A compliance aid's next slot told as still sealed or intact ("Monday slot still sealed") is
  the extra dose not yet taken: near miss 7 when the daily methotrexate was found then.
- A check told as not made, up to the pause it belonged to ("not re-checked against the consent
  and with the pt at the pause before injecting"), is no catch: the wrong eye injected is
  never event 1.
- Group O RhD negative units told as given in a bleed are compatible with anyone: their
  "given" is no reach of the incompatible unit the bedside check stopped (near miss 12).
- Rails a family bought but the home's maintenance man, handyman or caretaker fitted are
  supplied by the provider: a neck entrapment in them is never event 11.
- An oxygen device put back on "the same flowmeter" as an air-driven nebuliser, told as the
  air one, is an oxygen device on air, not the air the nebuliser was prescribed: never event 15.
- A "CO2 retainer" is a patient who keeps carbon dioxide, no item retained (never event 3).
- A spine level told by letter and number ("injected at L3/4") is no left side.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, rule_never_event_codes

CASES = [
    # the way it is given: a belief, no dose
    (
        "bank nurse drew up lactulose in an IV syringe to put through the PICC as she thought "
        "that's how meds were given on ITU. second nurse stopped her before it was connected.",
        (None, "5"),
    ),
    (
        "new starter drew up the oral paracetamol suspension into a luer syringe to put down "
        "the cannula, believing this was the way it was given here. NIC spotted it and stopped "
        "her before it was connected.",
        (None, "5"),
    ),
    # look-alike: the dose went in through the line, whatever the nurse thought
    (
        "Oramorph 10mg drawn up in a luer lock syringe and given via the s/c butterfly, the "
        "nurse thought that was how breakthrough was given. Pt drowsy, reviewed by FY1.",
        ("5", None),
    ),
    # look-alike: an amount given is a dose
    (
        "Nurse drew up oramorph into a luer syringe and pushed it through the cannula. Unsure "
        "how much was given before she realised. Reviewed by doctor.",
        ("5", None),
    ),
    # held ready to go in when someone else read the label
    (
        "IT chemo list. Vincristine syringe had been brought to the LP room with the IT "
        "methotrexate. The reg had the vincristine in his hand ready to attach to the spinal "
        "needle when the checking nurse read the label. Stopped, removed from the room. Only "
        "the methotrexate was given intrathecally.",
        (None, "5"),
    ),
    # look-alike: ready, then given anyway
    (
        "Vincristine drawn up for IT. Reg ready to inject when pt coughed, gave it "
        "intrathecally, noticed after by the nurse.",
        ("5", None),
    ),
    # the next slot of the compliance aid still sealed
    (
        "DN visit: new dosette from the pharmacy had methotrexate 10mg in every day's slot "
        "instead of Saturday only. Pt took Saturday's dose. Sunday's slot still sealed. "
        "Pharmacy redid the pack.",
        (None, "7"),
    ),
    pytest.param(
        "Methotrexate 15mg dispensed in the MDS in every daily pod instead of weekly. Found by "
        "the pharmacist on delivery, all pods still intact. Pack recalled.",
        (None, "7"),
        marks=pytest.mark.xfail(
            strict=True,
            reason="the reach model (P 0.8+) reads the daily pods as taken; the rules' catch"
            " ('found on delivery, all pods still intact') is right",
        ),
    ),
    # look-alike: extra doses taken before the sealed slot
    (
        "Methotrexate put in every morning slot of the blister pack instead of Fridays only. "
        "Pt took it Fri, Sat and Sun before the DN noticed on Monday; Monday's slot still "
        "sealed. Admitted with mucositis.",
        ("7", None),
    ),
    # a check not made at the pause: no catch
    (
        "Intravitreal injection list. Pt due Lucentis to the R eye, injection given into the L "
        "eye. The eye was not re-checked against the consent form and with the pt at the pause "
        "before injecting. Pt noticed afterwards. NE declared.",
        ("1", None),
    ),
    # look-alike: the pause caught the wrong eye prepped
    (
        "Pt due Eylea to R eye. At the pause before injecting the nurse noticed the L eye had "
        "been cleaned and draped. Stopped, R eye prepped and injected.",
        (None, "1"),
    ),
    # emergency O negative units given before the other patient's unit was stopped
    (
        "Major haemorrhage in ED. 2 units O neg given from the emergency fridge. Next unit "
        "collected from the lab fridge was labelled for another pt. Our pt is group O pos, the "
        "unit was B pos. Not spiked, returned to the lab.",
        (None, "12"),
    ),
    (
        "Trauma call, 4 units of O neg given via the Belmont. Group specific unit then arrived: "
        "unit group A, pt group O. Stopped at the bedside check before spiking.",
        (None, "12"),
    ),
    # look-alike: the incompatible unit went in too
    (
        "2 units O neg given in resus. A further unit labelled for another pt (group A) was "
        "hung and transfused; our pt is group O. Noticed at the end of the unit.",
        ("12", None),
    ),
    # rails the family bought, fitted by the home's own staff
    (
        "Care home. Daughter bought bed rails online and our maintenance man fitted them to the "
        "resident's bed. Resident found with his neck trapped between the rail and mattress, "
        "unresponsive, CPR commenced.",
        ("11", None),
    ),
    (
        "Son purchased clamp-on bed rails; the home's handyman put them on the bed last week. "
        "Resident found with her neck trapped between the rail and the mattress, cyanosed.",
        ("11", None),
    ),
    # look-alikes: fitted by the family, or only checked by maintenance
    (
        "Daughter bought bed rails online and fitted them herself. Resident found with his neck "
        "trapped between the rail and mattress, unresponsive, CPR commenced.",
        (None, None),
    ),
    (
        "Son bought bed rails and fitted them himself; our maintenance man checked them the "
        "next day. Resident found with neck trapped between rail and mattress, not breathing.",
        (None, None),
    ),
    # the oxygen device back on the nebuliser's air flowmeter
    (
        "Pt on 2L O2 via nasal specs, ipratropium nebs prescribed to be driven by air. After the "
        "neb the HCA put the specs back on the same flowmeter the neb had been on, the air one. "
        "Pt found drowsy, sats 84%.",
        ("15", None),
    ),
    (
        "CO2 retainer, 24% venturi, nebs on air as prescribed. After the 14:00 neb the venturi "
        "was reconnected to the same flowmeter which the neb used - the air flowmeter. Sats 85% "
        "at 15:00.",
        ("15", None),
    ),
    # look-alike: the venturi on oxygen, only the neb on air
    (
        "Nebs to be driven by air. After the neb the nurse reconnected the venturi to the oxygen "
        "flowmeter and left the neb tubing on the air one. Sats stable.",
        (None, None),
    ),
    # a CO2 retainer is no retained item
    (
        "Known CO2 retainer on 24% venturi. Tubing found disconnected from the wall, sats 84%.",
        (None, None),
    ),
    (
        "Guidewire retained after CVC insertion, seen on CXR next day. Pt is a known CO2 retainer.",
        ("3", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_never_event_outcome(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected


RULE_CASES = [
    # the spinal anaesthetic's lumbar level is no left side
    (
        "Pt listed for right knee arthroscopy under spinal. Anaesthetist injected at L3/4 with "
        "0.5% heavy bupivacaine. Right knee scoped, uneventful.",
        (None, None),
    ),
    # look-alike: a left side named in words is still the act's side
    (
        "Right hip injection planned. Consultant injected at L hip under fluoroscopy. Pt "
        "informed, NE reported.",
        ("1", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), RULE_CASES)
def test_rule_outcome(text: str, expected: tuple[str | None, str | None]) -> None:
    assert rule_never_event_codes(text) == expected
