"""Whether a methotrexate overdose is told, and whether it reached the patient: a daily chart,
a stronger strength dispensed or a miscalculated dose is never event 7 only when an extra or
bigger dose was taken or given, near miss 7 when the error was made and caught before any
(the first dose still due, nothing taken, queried before release). Look-alikes stay null: the
overdose words of another drug named beside a correct weekly methotrexate, toxicity with the
dose told correct (an interaction, an AKI, results not looked at), a protocol second dose for
an ectopic, and a patient's own daily taking when every label and prescription said weekly."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    # --- made and caught before any extra dose: near miss 7
    (
        (
            "clerking: MTX 15mg prescribed OD on the kardex, next dose due tomorrow am. pt had "
            "his weekly dose sunday at home. pharmacist amended to weekly (sundays)"
        ),
        (None, "7"),
    ),
    (
        (
            "Methotrexate 10 mg charted once daily by FY1, first dose due 08:00 tomorrow. Ward "
            "pharmacist changed it to once weekly on Fridays, other days blocked out."
        ),
        (None, "7"),
    ),
    (
        (
            "Pt came back to the pharmacy - we supplied methotrexate 10mg tabs instead of 2.5mg, "
            "label said take 3 tablets once a week. She spotted the tablets looked different and "
            "has not taken any. Replaced."
        ),
        (None, "7"),
    ),
    (
        (
            "community pharmacy: daughter returned dads MTX, 10 mg tablets given in error for his "
            "2.5 mg ones, label 'take FOUR tablets weekly'. no doses taken, swapped over"
        ),
        (None, "7"),
    ),
    (
        (
            "Ectopic - methotrexate dose prescribed as 140mg, the weight had been entered in the "
            "wrong units in the BSA calculator. Pharmacist queried before release, corrected to "
            "85mg."
        ),
        (None, "7"),
    ),
    (
        (
            "medical ectopic mgmt: IM methotrexate calculated at 160 mg as the height was typed in "
            "the wrong units in the BSA calculator; aseptic pharmacist queried it before release "
            "and dose re-done at 78 mg."
        ),
        (None, "7"),
    ),
    # --- reached: never event 7
    (
        (
            "RA pt. Methotrexate 15mg written OD on the drug chart on admission, given on 3 "
            "consecutive days before the pharmacist spotted it. Bloods sent."
        ),
        ("7", None),
    ),
    (
        (
            "Psoriasis pt given 10mg methotrexate tablets instead of 2.5mg with label 'take FOUR "
            "tablets once a week'; took 40mg that week. Admitted with mucositis."
        ),
        ("7", None),
    ),
    (
        (
            "crohns pt - mtx 25mg sc given mon and again weds on the ward as the chart wasnt "
            "marked weekly"
        ),
        ("7", None),
    ),
    (
        (
            "Care home: MAR printed methotrexate 7.5mg daily, resident given it every day for 5 "
            "days. RA. GP informed, admitted."
        ),
        ("7", None),
    ),
    (
        (
            "Pt self-administering, dosette from the pharmacy had methotrexate in every daily slot "
            "so she took it daily for 10 days. Rheumatoid. Pancytopenic on admission"
        ),
        ("7", None),
    ),
    # --- another drug's overdose beside a correct weekly methotrexate: null
    (
        (
            "RA pt on methotrexate 20mg weekly (correct) and prednisolone. Prednisolone given as "
            "40 mg instead of 4 mg for 3 days after transcription. Methotrexate not involved."
        ),
        (None, None),
    ),
    (
        (
            "Pt with psoriasis on MTX weekly, correctly charted. Hydroxychloroquine charted as "
            "400mg instead of 200mg and given for 2 days, picked up by ward pharmacist."
        ),
        (None, None),
    ),
    (
        (
            "Alendronate 70 mg once weekly given daily x4 on ward 7, chart not marked weekly. "
            "Pharmacist picked it up. Reporter chose the methotrexate never event in error"
        ),
        (None, None),
    ),
    (
        (
            "Pharmacy errors this month: 1) ramipril 10mg dispensed instead of 2.5mg, caught at "
            "final check 2) stock check found methotrexate 10mg tabs in a 2.5mg box, removed, "
            "nothing supplied from it"
        ),
        (None, None),
    ),
    (
        (
            "Risedronate 35mg once weekly charted daily by the FY1 and given for 3 days. "
            "Reporter ticked the methotrexate never event category by mistake."
        ),
        (None, None),
    ),
    # --- toxicity with the dose told correct: null
    (
        (
            "On methotrexate 17.5mg weekly, correct dose and correctly taken. Started on "
            "co-trimoxazole by the GP for a UTI, admitted a week later with pancytopenia."
        ),
        (None, None),
    ),
    (
        (
            "AKI on admission (creat 310). Weekly MTX continued and not withheld per guidance. "
            "Neutropenic on day 8. Dose and weekly frequency were correct."
        ),
        (None, None),
    ),
    (
        (
            "pt on methotrexate 10mg weekly - right dose, right day - given trimethoprim by "
            "OOH, presented with mouth ulcers and neutropenia 9 days later"
        ),
        (None, None),
    ),
    (
        (
            "Methotrexate 15 mg SC given in rheum day unit though neuts were 0.7 on bloods from "
            "2 days before; the results were not looked at before giving. Admitted neutropenic."
        ),
        (None, None),
    ),
    (
        (
            "Weekly methotrexate given as normal on the derm day unit, FBC from monday not "
            "reviewed (plts 60). Pt later admitted with mucositis."
        ),
        (None, None),
    ),
    # --- protocol second dose: null
    (
        (
            "Medical mx of ectopic. Second IM methotrexate dose given day 7 as per protocol, hCG "
            "had not fallen 15%. Reporter ticked methotrexate overdose because she had 2 doses."
        ),
        (None, None),
    ),
    (
        (
            "ectopic - repeat dose of methotrexate given per protocol on day 7 but 2 days late as "
            "the hCG result was not reviewed. Reporter chose NE methotrexate as pt had 2 doses"
        ),
        (None, None),
    ),
    # --- the patient's own daily taking, every paper weekly: null
    (
        (
            "Admitted with pancytopenia, on methotrexate for RA - pt says he took it every day "
            "with his other tablets. Pharmacy label and GP repeat both clearly state once weekly, "
            "counselling documented."
        ),
        (None, None),
    ),
    (
        (
            "Mucositis on admission; psoriasis pt on MTX says she took it every day 'like the "
            "others'. The label and the prescription both clearly state once a week, alert card "
            "given."
        ),
        (None, None),
    ),
    # --- other look-alikes that stay null
    (
        (
            "Methotrexate for AML maintenance given daily instead of weekly for 4 days, "
            "haematology aware."
        ),
        (None, None),
    ),
    (
        (
            "Weekly methotrexate dose missed on admission (Tues), not charted, given Weds "
            "instead. No harm."
        ),
        (None, None),
    ),
    (
        (
            "Folic acid 5mg charted daily instead of weekly; methotrexate 15mg correctly charted "
            "weekly on Mondays. Pharmacist amended."
        ),
        (None, None),
    ),
    (
        (
            "MTX bloods not done for 5 months under shared care, pt on 20mg weekly correctly. "
            "Recall failed. GP informed."
        ),
        (None, None),
    ),
    (
        "Methotrexate 15mg weekly on Mondays, correct dose given monday as usual. No issues.",
        (None, None),
    ),
    (
        (
            "Pt on methotrexate 12.5mg weekly, correct, and lisinopril. Lisinopril given as "
            "20mg instead of 2.5mg for 5 days after the chart was rewritten."
        ),
        (None, None),
    ),
    (
        (
            "Ectopic: methotrexate 50mg/m2 correctly calculated and given. Follow up hCG not "
            "booked, pt had to chase."
        ),
        (None, None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_methotrexate_reach(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
