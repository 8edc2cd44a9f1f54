"""Round 34, never events 4 to 8 and 12: medicine and blood errors told late, tersely or by a
record.

Reached: an empty ampoule fetched back out of the bin after the patient reacted, named as strong
potassium, with the potassium then high (4). Caught: the made-up syringe told as never used, or
the catch told as coming "before she pushed anything" (5, 8: nothing went in, wherever in the
report it is told); a record the dose is given from stating weekly methotrexate as daily,
queried before the next dose (7); a unit collected for one named patient instead of another and
told tersely as an incompatible "A into O" (12). Look-alikes: a group told after "compatible with"
is the recipient's, not the unit's (O cells "compatible with group A" is no mismatch, 12); a
terse "O into A" is compatible.

Every new catch is probed where its words stand in an innocent role and the dose still went in.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes, rule_never_event_codes

POTASSIUM_FOUND_IN_THE_BIN = [
    (
        "Surgical ward, 02:10. RN drew up what she took to be a saline flush for the IV "
        "antibiotic. Within minutes pt became bradycardic and grey. Crash call. Empty ampoule "
        "recovered from the sharps box: strong potassium chloride 15%. Serum K+ 6.9, treated "
        "and moved to ICU.",
        ("4", None),
    ),
    (
        "Day unit. Pt complained of severe pain in the arm on the flush before the iron "
        "infusion. HR 41. The used vial taken out of the bin was KCl concentrate. K 6.3 on the "
        "gas. Pt transferred to CCU.",
        ("4", None),
    ),
]

# an empty ampoule found in the bin after a bag made up with potassium as prescribed is not
# this: only one fetched back out of it after the patient reacted
POTASSIUM_BAG_AS_PRESCRIBED = [
    (
        "KCl 20mmol added to 1L sodium chloride 0.9% as prescribed. Empty ampoule found in the "
        "sharps bin, potassium chloride, kept for the check. Next day K+ 6.1 on the routine "
        "bloods, infusion stopped, reviewed.",
        (None, None),
    ),
    # ... but a bag made up as prescribed does not hide a second ampoule used as the flush
    (
        "KCl 20mmol added to 1L sodium chloride 0.9% as prescribed. The nurse then drew up the "
        "second KCl ampoule as the flush for the cannula by mistake. Empty ampoule found in the "
        "sharps bin. K+ 6.8, arrest call.",
        ("4", None),
    ),
]


# a bag made up with potassium told by its volume ("added to 1L saline") rules out only an empty
# ampoule read as that bag's, not a flush made from the concentrate beside it
POTASSIUM_BAG_AS_PRESCRIBED += [
    (
        "Pt on KCl 40mmol added to 1L saline over 8h. At 10:00 the nurse drew up a 10ml flush "
        "for the IV abx; the second checker saw the empty KCl 15% ampoule on the tray next to "
        "it. Flush had been given, K 6.6.",
        ("4", None),
    ),
    (
        "KCl 20mmol added to 1 litre of saline. The student drew up a flush from the KCl "
        "ampoule left on the trolley and gave it via the cannula. Pt arrested.",
        ("4", None),
    ),
    (
        "Resus: KCl was added to a 1L bag for pt A. For pt B the nurse used the strong "
        "potassium ampoule as the saline flush by mistake; K+ 7.0, treated.",
        ("4", None),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), POTASSIUM_FOUND_IN_THE_BIN + POTASSIUM_BAG_AS_PRESCRIBED
)
def test_potassium_named_by_the_empty_ampoule(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    # the rules' reading (the learned model may still flag a high potassium after a bag)
    assert rule_never_event_codes(text) == expected


SYRINGE_NEVER_USED = [
    (
        "Day surgery bronchoscopy list: midazolam 10mg in 2ml supplied in place of the 5mg in 5ml "
        "for conscious sedation. The nurse drew up 2ml for the first patient. The consultant "
        "asked to see the ampoule before starting. Syringe was not used and was discarded.",
        (None, "8"),
    ),
    (
        "Care home resident with a PEG. Carer prepared crushed baclofen in water in a luer "
        "syringe and attached it to the IV cannula. The nurse saw it before he pushed anything "
        "and removed it. Oral/enteral syringes now stocked.",
        (None, "5"),
    ),
]

# the same words said of another syringe, another time, or after part of the dose went in
SYRINGE_WORDS_INNOCENT = [
    (
        "Endoscopy: midazolam 10mg/2ml given for conscious sedation instead of the 1mg/ml. The "
        "5ml syringe prepared by the nurse was not used; the endoscopist gave 5mg from the "
        "strong ampoule. Pt oversedated, flumazenil given.",
        ("8", None),
    ),
    (
        "Student nurse gave oral morphine solution IV via the cannula using a luer syringe "
        "instead of the oral syringe. The oral syringe was never used. Pt drowsy, naloxone.",
        ("5", None),
    ),
    (
        "Crushed tablets in water drawn up in a luer syringe for the NG tube were connected to "
        "the cannula and 8ml had already gone in. The mentor noticed before she pushed anything "
        "else. "
        "Pt monitored, no harm.",
        ("5", None),
    ),
    (
        "Midazolam 10mg/2ml used for conscious sedation in endoscopy instead of 5mg/5ml. Before "
        "she pushed anything the nurse checked the label but read it wrongly, and 3ml was "
        "given. Pt required flumazenil.",
        ("8", None),
    ),
]


SYRINGE_WORDS_INNOCENT += [
    (
        "Enteral feed drawn up in a luer syringe and given via the PICC line instead of the NG "
        "tube. The purple enteral syringe was not used as none were in the bay. Pt observed.",
        ("5", None),
    ),
    (
        "Crushed tablets for the PEG drawn up in a luer syringe and connected to the cannula in "
        "error. The nurse noticed before she pushed anything more, but 10ml had already gone in "
        "IV.",
        ("5", None),
    ),
    (
        "Novorapid 8 units drawn up in a 1ml syringe instead of an insulin syringe and 80 units "
        "given. The insulin syringe was not used. Hypo 1.9.",
        ("6", None),
    ),
    (
        "Insulin drawn up in a 1ml luer syringe and 40 units of Actrapid given instead of 4 "
        "units. A second syringe drawn up for the next pt was discarded unused. BM 2.1.",
        ("6", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SYRINGE_NEVER_USED + SYRINGE_WORDS_INNOCENT)
def test_made_up_syringe_never_used(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected


METHOTREXATE_RECORD_SAYS_DAILY = [
    (
        "Community hospital. Methotrexate 10mg once weekly (Mondays) for psoriasis. The "
        "kardex from the transferring ward reads 'daily'. Monday dose given as normal. Tuesday the "
        "nurse queried it before giving and withheld it; GP confirmed weekly.",
        (None, "7"),
    ),
    (
        "Methotrexate 15mg weekly for RA. The discharge letter stated once daily. Carers gave "
        "it every morning for 6 days. Admitted with mouth ulcers.",
        ("7", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), METHOTREXATE_RECORD_SAYS_DAILY)
def test_methotrexate_record_says_daily(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected


UNIT_FOR_A_NAMESAKE = [
    (
        "Near miss, ward 3: red cells collected for Mr P Jones instead of Mr P Jonas. The "
        "bedside check found the mismatch and the unit was not hung. Would have been B into O.",
        (None, "12"),
    ),
]

# the namesake's unit transfused with an incompatible group is reached
UNIT_FOR_A_NAMESAKE += [
    (
        "Red cells collected for Mrs Y Patel instead of Mrs Y Patil and transfused in full. Mrs "
        "Patil is group O and the unit was group A. Haemolytic reaction, ICU.",
        ("12", None),
    ),
]

GROUP_JUDGED_AGAINST = [
    # the unit's group is told first; the group after "compatible with" is the recipient's
    (
        "Wrong patient transfused on ward 2: red cells crossmatched for the lady in bed 5 (O "
        "neg) were given to the lady in bed 6 (B pos). O red cells are compatible with group B "
        "and she had no reaction.",
        (None, None),
    ),
    # ... and a group judged against is still the recipient's when it is incompatible
    (
        "Group A red cells transfused to Mr T. The unit was not compatible with group O, his "
        "group. Haemolysis followed.",
        ("12", None),
    ),
    # a terse compatible pairing names no mismatch
    (
        "Unit collected for Mrs A Khan instead of Mrs A Kahn; found at the bedside check, not "
        "spiked. Would have been O into A.",
        (None, None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNIT_FOR_A_NAMESAKE + GROUP_JUDGED_AGAINST)
def test_blood_unit_for_a_namesake(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
