"""An oral or enteral liquid told given or pushed "to the cannula" ("I give slow to the
cannula", "pushed the lactulose to his PICC"): the preposition "to" right before the line and
its determiner is the way in, as "into" or "via" is, so the wrong route reached the patient,
never event 5. A syringe handed to a colleague, a patient taken to a ward, an IV product given
to its own cannula, or an oral dose given by mouth beside a line stay as they are."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

#: A finding told "after" the giving is still read as a catch before it (another reading).
NOTICED_AFTER = "a finding told after the giving is read as its catch"

GIVEN_TO_THE_LINE = [
    pytest.param(
        "pt nil by mouth, oral paracetamol suspension drawn up in a syringe and I give it slow to "
        "the cannula. nurse in charge noticed after, cannula removed, pt ok.",
        marks=pytest.mark.xfail(strict=True, reason=NOTICED_AFTER),
    ),
    "Lactulose 10ml drawn into a luer syringe and pushed to his PICC by the agency nurse in error. "
    "Dr informed, obs stable.",
    "oramorph 2.5ml given to the cannula by mistake instead of orally, realised straight after.",
    "Oral morphine solution given to her venflon in error; patient monitored, no harm.",
    "Nimodipine liquid drawn from the capsule and injected to the picc line accidentally, BP "
    "dropped, ITU review.",
    "The baby's milk feed was pushed to the UVC instead of the NG tube. Neonatal team called.",
    "sodium valproate oral liquid given slowly to the pt's cannula, pt unable to swallow. "
    "Pharmacist realised on review.",
    "Liquid carbamazepine given to the cannula as pt had no NG - nurse did not know oral "
    "liquids cannot go IV. DATIX, pt observed.",
    "Agency RN gave the oral suspension (amoxicillin) slow to his cannula because he was "
    "vomiting. Found at handover, microbiology advised.",
    "Phenytoin oral suspension pushed to the midline in error by FY1, cardiac monitoring started.",
    "i gave the oramorph to the cannula not knowing it was oral only. sorry. pt fine.",
    "Oral potassium (Sando-K) dissolved and pushed slowly to the pt's venflon, pt complained of "
    "arm pain.",
]

STAY_AS_THEY_ARE = [
    "Oramorph 5mg given orally. Saline flush given to the cannula afterwards as the line was "
    "due a flush.",
    "Oral syringe with paracetamol suspension handed to the nurse; the patient had a cannula in "
    "situ for IV antibiotics.",
    "Patient taken to the ward with a cannula in situ, oral medicines given by mouth on arrival.",
    "IV paracetamol 1g given to the cannula over 15 minutes as prescribed, oral not possible.",
    "Lactulose given orally at 1800. Later the cannula tissued and was resited.",
    "oral syringes out of stock, ordered from pharmacy. IV antibiotics given to the picc as "
    "normal.",
    "Feed running via NG as prescribed. IV fluids connected to the cannula, pump checked.",
    "Paracetamol suspension given by mouth; the flush was given to the cannula by the night nurse.",
    "student nurse took the oral syringe to the medicine room, no cannula issues.",
    "Cannula flushed at 0800. Oral co-amoxiclav given at 0810, pt swallowed without difficulty.",
    "pt's cannula pulled out, oral antibiotics given instead as per micro.",
    "IV morphine 2mg given to her cannula for pain, oral morphine withheld as NBM.",
    "Oramorph drawn up in a purple oral syringe; nurse went to the bedside and gave it orally.",
    "Milk feed given via NG, UVC flushed separately with heparinised saline.",
    "Liquid given to the patient, IV line in situ for fluids, no error.",
    "Oral dexamethasone given; IV ondansetron given to the cannula at the same time.",
    "Pt asked why the oral syringe was not given to the cannula; explained oral only, given PO.",
    "Oramorph due at 1400 given at 1500, late, IV fluids given to the cannula as planned.",
]


@pytest.mark.parametrize("text", GIVEN_TO_THE_LINE)
def test_oral_liquid_given_to_the_line_is_never_event_5(text: str) -> None:
    assert never_event_codes(text) == ("5", None)


@pytest.mark.parametrize("text", STAY_AS_THEY_ARE)
def test_giving_to_a_line_of_its_own_or_to_a_person_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)
