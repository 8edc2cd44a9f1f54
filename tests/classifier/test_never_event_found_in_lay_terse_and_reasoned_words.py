"""Round 29, never events 1 to 8 and 12: patterns told in lay words, tersely or only through
the numbers, found.

- A dose written with "U" made ready or given as the bigger number the abbreviation makes of it
  ("Chart: '5U' ... drew up 50 units", "dialled up 120 on the pen") is the abbreviation misread,
  insulin named or not; a number with another measure ("60mg of furosemide") is not.
- "The 10 in 2" in a sedation room is high-strength midazolam; "a stronger midazolam" is high
  strength; a lay letter may tell the sedation three sentences before the drug.
- Lay implant parts ("the cup part", "the wrong size part was opened"), parts "implanted
  with" one another, an oral liquid about to go "to PICC" or screwed "onto the port of his
  drip", a block "done R side", a methotrexate frequency queried as "the daily frequency", an
  ampoule taken from the diluents' drawer that was strong potassium.
- Blood groups told tersely ("unit B, pt A"), by the patient's card ("blood group card (A)") or
  by the patient ("the label said group B, but I am group A").
- "The family were told before the operation ..." dates the talk, it catches nothing; "pt not yet
  informed" is the disclosure still to come; a dressing on the wrong leg after an operation done on
  a side against the plan is its sign, not a look-alike.
"""

from __future__ import annotations

import pytest

from classifier.engine.drug_strengths import abbreviation_misreadings
from classifier.engine.text import read
from tests.classifier.outcomes import never_event_codes

# -------------------------------------------------------------- numbers and strengths


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chart said Lantus '8U'. Nurse drew up 80 units; the second nurse checked the chart "
            "before giving and it was stopped. 8 units given.",
            (None, "6"),
        ),
        (
            "Chart: '5U' with lunch. Student nurse drew up 50 units; the practice assessor "
            "stopped it before it was given and 5 units were drawn up.",
            (None, "6"),
        ),
        (
            "Lantus 12U at night on the drug chart. The bank nurse dialled up 120 on the pen; "
            "the pt's husband queried the dose before it was injected and the pen was reset.",
            (None, "6"),
        ),
        (
            "Chart said Levemir '3U' nocte. The night HCA drew up 30 units and gave it. BM 1.9 at "
            "03:00, treated with glucogel.",
            ("6", None),
        ),
        (
            "Chart said Humalog '6U' with meals, given correctly. Later the nurse gave 60mg of "
            "furosemide IV as prescribed.",
            (None, None),
        ),
    ],
)
def test_unit_abbreviation_made_ready_as_a_bigger_number(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "misread"),
    [
        ("chart said '4U', nurse drew up 40 units", ["drew up 40"]),
        ("'8IU' on the chart; dialled 81 on the pen", ["dialled 81"]),
        ("written 10U tds; gave 100 units at tea", ["gave 100"]),
        # the right number, another measure, or a number that is not the written one grown
        ("written 10U tds; gave 10 units at tea", []),
        ("written 6U; gave 60 mg furosemide", []),
        ("written 4U; drew up 24 units", []),
    ],
)
def test_abbreviation_misread_when_made_ready(text: str, misread: list[str]) -> None:
    tokens = read(text).tokens
    assert [" ".join(tokens[a:b]) for a, b in abbreviation_misreadings(tokens)] == misread


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Colonoscopy room: during the check the ODP saw the sedation had been drawn from the "
            "10 in 2 ampoules. The syringe was discarded and a 1mg/ml ampoule used.",
            (None, "8"),
        ),
        (
            "I had a colonoscopy with sedation in March. I was meant to be drowsy but awake. I "
            "remember nothing until I woke in recovery on oxygen with a doctor reversing the "
            "sedation. A letter later said a stronger midazolam had been used than intended.",
            ("8", None),
        ),
        (
            "I had a colonoscopy with sedation in March and it went well. The nurse explained "
            "the sedation beforehand. I was drowsy but could talk. I later read that some "
            "hospitals use stronger midazolam in ICU, and I would like to know which one I had.",
            (None, None),
        ),
    ],
)
def test_high_strength_midazolam_in_lay_words(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


# ------------------------------------------------------------- implants, routes, sides


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "My mother's hip replacement was redone last month. The new surgeon said the cup "
            "part she had been given did not match the head; they came from different makers' "
            "systems.",
            ("2", None),
        ),
        (
            "PALS: the surgeon told my aunt that during her shoulder replacement a wrong sized "
            "part had been opened and set aside before it was used; the right one was fetched.",
            (None, "2"),
        ),
        (
            "Estates: the wrong size part was ordered for the bariatric commode and it could not "
            "be used; pt used a bedpan overnight.",
            (None, None),
        ),
        (
            "Revision knee: a tibial insert of one brand implanted with a femoral component of a "
            "different brand. The registry clerk noticed on data entry.",
            ("2", None),
        ),
        (
            "Revision knee: a tibial insert of one brand opened with a femoral component of a "
            "different brand; the scrub nurse noticed before implantation.",
            (None, "2"),
        ),
        (
            "EVAR: the 28mm main body was deployed instead of the planned 32mm; the 32mm device "
            "was not deployed and was returned to stock.",
            ("2", None),
        ),
        (
            "EVAR: a 28mm main body was opened against a 32mm plan and was about to be loaded "
            "when the radiologist checked the box. Not deployed; the 32mm was fetched.",
            (None, "2"),
        ),
    ],
)
def test_implant_parts_in_lay_words_or_implanted_together(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Enteral feed giving set primed; agency nurse was about to connect it to PICC when the "
            "NIC stopped her.",
            (None, "5"),
        ),
        (
            "Bolus NG feed syringe connected to PICC by the bank nurse and 50ml pushed before the "
            "mistake was seen. ICU review.",
            ("5", None),
        ),
        (
            "My son's nurse went to screw the oral syringe of his Oramorph onto the port of his "
            "drip. I asked if it should go in his mouth; she stopped, checked and gave it by "
            "mouth. None of it went into the drip.",
            (None, "5"),
        ),
        (
            "Adductor canal block done R side by the registrar; the op was a L TKA. No stop "
            "before you block. Found when the surgeon prepped.",
            ("1", None),
        ),
        (
            "Popliteal block about to be given L side for a R ankle ORIF; the ODP stopped it at "
            "SBYB and the block was given R side.",
            (None, "1"),
        ),
        (
            "For IV ceftriaxone the HCA took an ampoule out of the diluents tray; the RN checking "
            "it read potassium chloride 15% and it was discarded.",
            (None, "4"),
        ),
        (
            "Potassium chloride 20mmol in 1L sodium chloride 0.9% premixed bag put up as "
            "prescribed. Rate checked by two nurses. No issues.",
            (None, None),
        ),
    ],
)
def test_routes_sides_and_products_told_tersely(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


# ------------------------------------------------------------------------ blood groups


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wrong unit at the bedside (another pt's, similar surname). Tags compared: unit B, pt "
            "A. Returned to the lab unspiked.",
            (None, "12"),
        ),
        (
            "After a records merge the lab issued group B red cells. At the bedside the pt "
            "showed the nurse his blood group card (A) and the unit was not spiked.",
            (None, "12"),
        ),
        (
            "Letter from a pt. I was due a blood transfusion. I read it myself: the label said "
            "group B, but I am group A. She had not hung it. She took it away.",
            (None, "12"),
        ),
        (
            "Letter. The nurse brought the blood for my husband. I told the nurse before she "
            "connected it that the name on the bag was not his. The bag said B and he is O. It "
            "was taken back unused.",
            (None, "12"),
        ),
        (
            "Unit for another pt transfused in error in bay 2: unit B, pt O. Reaction at 20 "
            "mins, unit stopped, haem reg attended.",
            ("12", None),
        ),
        # the checks started, then the unit: still transfused
        (
            "Group A unit to a group O pt: the nurse started reading the label, then connected it "
            "and it ran for 20 mins before the reaction.",
            ("12", None),
        ),
        (
            "Nurse started checking at the bedside, then transfused the unit: unit B, pt A. "
            "Reaction within 10 mins.",
            ("12", None),
        ),
        (
            "The nurse brought the bag and started reading out the details, then the transfusion "
            "was started; the bag was AB and the pt is O.",
            ("12", None),
        ),
        (
            "Mum's kidney transplant in March: the family were told before the operation that "
            "the kidney matched. It failed within a week; the donor was group A and mum is group "
            "O, a transcription error.",
            ("12", None),
        ),
    ],
)
def test_blood_groups_told_tersely_by_card_or_by_the_patient(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected


# ------------------------------------------------- disclosure, dressing and the first dose


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "L hip hemiarthroplasty: a R-sided stem was implanted. Seen on the implant log after "
            "the list. Pt not yet informed.",
            ("2", None),
        ),
        (
            "Wrong level: L4/5 discectomy done, consent and imaging L5/S1. Seen on the post-op "
            "MRI. Family not yet informed, DoC meeting booked.",
            ("1", None),
        ),
        (
            "Insulin drawn up in a 1ml luer syringe by the student. Not yet given when the "
            "mentor saw it; discarded and redrawn with an insulin syringe.",
            (None, "6"),
        ),
        (
            "Arthroscopic menisectomy performed on the L knee; the consent and site mark were "
            "for the R. His wife noticed at visiting that the bandage was on the wrong leg.",
            ("1", None),
        ),
        (
            "R knee arthroscopy done as consented. The recovery nurse applied the post-op "
            "dressing to the wrong leg; noticed by the pt on the ward and moved.",
            (None, None),
        ),
        (
            "Eye clinic: consent for drops in the R eye. The HCA instilled the dilating drops "
            "into the wrong eye (L). Noticed before the pt left; no treatment given.",
            (None, None),
        ),
    ],
)
def test_disclosure_to_come_and_a_dressing_that_shows_the_side(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
