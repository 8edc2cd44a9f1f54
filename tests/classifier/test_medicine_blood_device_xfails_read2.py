"""A methotrexate dose told given once more ("and again on Tuesday"): whatever spelling or brand
names the drug ("metotrexate", "Maxtrex", "Nordimet") and whatever verb tells the first dose
("had her usual dose", "received the correct dose"), the second giving is an extra dose that
reached the patient, never event 7, even with a catch told after it. The look-alikes stay as
they are: another drug given again beside a right methotrexate dose (folic acid, paracetamol)
is no methotrexate overdose, the next weekly dose given a week later is no error, and a
second giving only asked about and stopped is the near miss."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    # the drug named with a spelling or brand, the first dose given, then "again": never event 7
    (
        "metotrexate 15 mg s/c - correct dose given friday and again saturday as the chart was "
        "daily. Rheum team informed.",
        ("7", None),
    ),
    (
        "Maxtrex 2.5mg x 4 given sat as usual and then again sun, prescription said daily. "
        "Spotted by pharmacist on the ward round.",
        ("7", None),
    ),
    (
        "Nordimet 12.5mg pen given on Monday correctly and again on Tuesday, prescribed daily "
        "on EPMA. Found by the pharmacist; pt informed.",
        ("7", None),
    ),
    # the first dose told with "had" or "received"
    (
        "Methatrexate 10mg charted as daily on the ward. Pt had her usual dose on Monday and "
        "again on Tuesday before the pharmacist noticed.",
        ("7", None),
    ),
    (
        "pt received the correct weekly mtx dose wed and again thurs as the MAR showed OD. "
        "Pharmacy informed, bloods sent.",
        ("7", None),
    ),
    (
        "Methotrexate 7.5 mg on the dosette every day by mistake. She had the right dose tues "
        "and again weds, DN found it on thurs and removed the pods.",
        ("7", None),
    ),
    # look-alikes: another drug given again beside a right methotrexate dose
    (
        "Methotrexate 20mg taken on Sunday as usual. Folic acid 5mg given on Monday and again "
        "on Tuesday, prescribed once weekly. GP informed.",
        (None, None),
    ),
    (
        "pt had her methotrexate on tues as normal. Paracetamol 1g given at 10:00 and again at "
        "11:00 by two nurses, no harm.",
        (None, None),
    ),
    # look-alikes: the next weekly dose, a week on
    (
        "Pt had his usual methotrexate dose on Friday and again the following Friday. Reported "
        "as the blood test was overdue.",
        (None, None),
    ),
    (
        "Metotrexate 10mg weekly given Mon, and given again 7 days later as due. Datix for the "
        "missing monitoring booklet.",
        (None, None),
    ),
    # look-alikes: the second giving asked about and stopped, or the error caught after the
    # usual dose only: near miss 7
    (
        "Methotrexate weekly given Thursday; the HCA asked whether it should be given again "
        "Friday as the chart said daily. Checked, not given, chart amended.",
        (None, "7"),
    ),
    (
        "Metotrexate 10mg charted daily in error; the correct weekly dose was given on Monday. "
        "Pharmacist changed it to weekly on Monday afternoon before any more was given.",
        (None, "7"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_methotrexate_given_again_read_however_told(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
