"""A methotrexate dose told given once more ("and again on Tuesday"): whatever spelling or brand
names the drug ("metotrexate", "Maxtrex", "Nordimet") and whatever verb tells the first dose
("had her usual dose", "received the correct dose"), the second giving is an extra dose that
reached the patient, never event 7, even with a catch told after it. The look-alikes stay as
they are: another drug given again beside a right methotrexate dose (folic acid, paracetamol)
is no methotrexate overdose, the next weekly dose given a week later is no error, and a
second giving only asked about and stopped is the near miss.

An oral liquid or a feed whose way in is told as its own route (down its enteral tube, or by
mouth after being drawn into a luer syringe for want of oral ones) went the right way: a line
named beside it ("UVC flushed separately") or the syringe's kind is no wrong route (neither).
The same product told into the line is never event 5, and stopped on its way near miss 5."""

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


ROUTE_CASES = [
    # the product told given by its own route: neither
    (
        "Feed given down the PEG; the PICC was flushed with saline afterwards by the same nurse.",
        (None, None),
    ),
    (
        "EBM given via NGT, long line flushed at the same time with hep saline.",
        (None, None),
    ),
    (
        "Paracetamol suspension drawn up in a luer lock syringe as no enfit ones left, "
        "administered PO. Logged.",
        (None, None),
    ),
    (
        "oramorph 5mg measured in an IV syringe because no oral syringes on the ward, given "
        "orally to the pt. Reported as a risk.",
        (None, None),
    ),
    (
        "Lactulose drawn into a luer syringe as there were no purple ones, and given by mouth. "
        "Datix for stock.",
        (None, None),
    ),
    # look-alikes: the product told into the line, or stopped on its way
    (
        "Milk feed given via the UVC instead of the NG tube. Neonatal reg informed.",
        ("5", None),
    ),
    (
        "Oramorph drawn up in a luer syringe as no oral syringes and given via the cannula by "
        "the bank nurse.",
        ("5", None),
    ),
    (
        "Lactulose given via the PICC in error, the NG was blocked. Dr informed.",
        ("5", None),
    ),
    (
        "Oral paracetamol drawn up in an IV syringe as no purple ones; nurse about to push it "
        "into the cannula when the NIC stopped her. Given orally instead.",
        (None, "5"),
    ),
    (
        "Feed connected to the PICC line instead of the NG, pump started, noticed after 10 mins.",
        ("5", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUTE_CASES)
def test_oral_product_by_its_own_route_read_apart_from_a_line(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == expected
