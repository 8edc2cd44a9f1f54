"""Medicine never events told in words the rules did not read (round 41, d): strong potassium
believed to be the diluent and identified lines later, taken from the place labelled for the
diluent, put in "instead", or made up for a missing premix from ampoules told with their
strength; insulin "U" read as a digit and the misread dose given; high strength midazolam
unnamed but reversed with flumazenil after a sedation; methotrexate worked out on weight or a
mis-keyed BSA, given again because the first dose was unsigned, or 10 mg tablets taken by the
2.5 mg count. Look-alikes: stock findings, a catch before use, a "U" misread and corrected,
oral potassium for the missing premix, another benzodiazepine or ICU sedation, a protocol's
second dose, another drug's extra dose, a weight error with no dose worked from it, a weekly
dose taken on another day, news of other trusts."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, rule_never_event_codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # believed to be the diluent, identified as potassium afterwards
        (
            "Night RN drew up 10ml from what she believed was a WFI ampoule and reconstituted "
            "the pip-taz. Given via PICC at 01:00. Pt c/o chest pain. Ampoule later identified "
            "as potassium chloride 15% on the sharps check.",
            "4",
        ),
        # taken from the place labelled for the diluent
        (
            "Cefuroxime made up using KCl 15% from the tray labelled 'WFI' in the clean "
            "utility. Given IV, pt felt burning up the arm.",
            "4",
        ),
        # "instead" ending the clause
        (
            "Prescribed 10ml saline flush for the midline. Pot chloride ampoule drawn up and "
            "used instead. Pt complained of pain, K 5.8.",
            "4",
        ),
        # the premix missing, made up from ampoules told with their strength
        (
            "No premixed potassium bags on the ward overnight so RN added KCl 20mmol/10ml "
            "amps x2 to a litre of saline and hung it. Pharmacist found it in the morning.",
            "4",
        ),
        # high strength unnamed, reversed with flumazenil after a sedation
        (
            "OGD list: 5mg/ml ampoules were in the sedation drawer, 2ml drawn up for 2mg. Pt "
            "apnoeic, flumazenil given x2, procedure abandoned.",
            "8",
        ),
        # insulin "U" read as a digit and the misread dose given, the low sugar told later
        (
            "DN visit 08:00. Insulin record card says 'Levemir 16U'. Agency nurse read it as "
            "160 and dialled 160 units on the pen. Gave it. On the way to the next pt she "
            "rechecked the card and rang back. Pt found drowsy at 10:30, BM 1.9, 999 called.",
            "6",
        ),
        # methotrexate worked out on weight, or a BSA keyed wrongly
        (
            "EPU: IM methotrexate 50mg/m2 for a tubal ectopic. Calculated using her weight in "
            "kg instead of BSA so 160mg given. Folinic acid started.",
            "7",
        ),
        (
            "Gynae ward, ectopic: methotrexate 50mg/m2. BSA typed as 2.9 into the calculator "
            "instead of 1.6 and 145mg given IM.",
            "7",
        ),
        # given again because the first dose was not signed
        (
            "RA pt in the care home: methotrexate 20mg given by the day carer at 09:00 and "
            "again at 17:00 by the evening carer as the MAR was blank.",
            "7",
        ),
        # the 10 mg tablets taken by the 2.5 mg count
        (
            "Methotrexate 7.5mg weekly (3 x 2.5mg) for psoriasis. Pharmacy supplied 10mg "
            "tablets and she took three tablets on Friday as always. Vomiting, LFTs up.",
            "7",
        ),
    ],
)
def test_rules_find_the_never_event(text: str, code: str) -> None:
    assert rule_never_event_codes(text)[0] == code


@pytest.mark.parametrize(
    "text",
    [
        "Audit: KCl 15% ampoules found in the drawer labelled 'sodium chloride flushes'. "
        "Removed. No patient involved.",
        "Risk: the KCl ampoules and the WFI ampoules sit next to each other in the cupboard. "
        "No error has occurred.",
        "Training session: if an ampoule is later identified as potassium chloride after a "
        "flush, call 2222. No patient incident.",
        "KCl ampoules are kept on ICU only. The premixed bag was not available on the ward so "
        "the reg changed to oral Sando-K.",
        "ICU: pt on sedation infusion 5mg/ml, oversedated, flumazenil given. Sedation hold done.",
        "Endoscopy: lorazepam 2mg/ml given for agitation before the OGD, pt oversedated, "
        "flumazenil given.",
        "Stock check in endoscopy found 5mg/ml ampoules in the sedation drawer; removed. "
        "Flumazenil stock also in date. No pt involved.",
        "Ectopic: second dose of methotrexate 85mg given on day 7 as per protocol as hCG had "
        "not fallen by 15%.",
        "Nurse gave another 10mg of morphine at 14:00 for pain; pt on weekly methotrexate for "
        "RA, dose not due until Friday.",
        "Methotrexate for RA: pt weight recorded wrongly on EPMA, corrected by the dietitian. "
        "MTX dose is a fixed 15mg weekly.",
        "Pt self-administers methotrexate weekly and also took her folic acid on Sunday as "
        "usual. No issues.",
        "Insulin chart said 'Lantus 14U'. The HCA read it as 140 when reading out the chart; "
        "the RN checked the chart and gave 14 units correctly. Abbreviation risk reported.",
        "National data include methotrexate doses miscalculated at other trusts. None at our "
        "trust this quarter.",
        "Crohn's pt: methotrexate 25mg weekly. Clinic Mon, Tue, Wed this week for infliximab "
        "assessment. No dosing issues.",
    ],
)
def test_look_alikes_give_no_never_event(text: str) -> None:
    assert rule_never_event_codes(text)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "Pt sitting next to the window on ward 4 fell asleep; K 3.1 replaced with strong "
        "potassium via central line on ICU as per protocol.",
        "Pharmacy audit: strong potassium ampoules sit next to each other with other concentrates "
        "in the locked cupboard on ICU, as per policy; no issues found.",
        "Strong potassium ampoules look like the water ampoules; risk raised by pharmacy, no "
        "incident.",
    ],
)
def test_how_potassium_could_be_confused_told_alone_is_no_never_event_4(text: str) -> None:
    assert never_event_codes(text) == (None, None)


def test_potassium_from_the_tray_labelled_diluents_drawn_up_as_a_flush_is_never_event_4() -> None:
    text = (
        "Nurse took an ampoule from the tray labelled diluents and drew it up as a flush; it was "
        "KCl 15%, flushed via the cannula, pt had burning pain and bradycardia."
    )
    assert never_event_codes(text)[0] == "4"
