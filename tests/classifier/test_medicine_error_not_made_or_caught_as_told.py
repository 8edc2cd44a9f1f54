"""A medicine never event's words told of no error, or of one caught, read as told.

- An oral dose drawn up in an IV (luer) syringe for want of enteral ones and then given by
  mouth or down its own tube went by the right route: a risk, no error to catch (both null).
  The same syringe pushed into the cannula is never event 5; stopped on the way, near miss 5.
- A methotrexate overdose kept in the patient's drug history, dated by a past year
  ("Drug history notes 'MTX toxicity 2020 - took daily by mistake'"), is the patient's past,
  not this report's event (both null); today's toxicity from daily tablets stays never event 7.
- A "daily" queried on a chart and found to be the folic acid's row ("it was the folic acid
  row underneath that was daily") is no methotrexate error (both null).
- A strong potassium ampoule picked for a flush and seen by someone before it was drawn up is
  near miss 4, however the finding's verb is told ("my mentor see it", "she spots it", "nurse
  notice it before I draw up"); flushed into the line it stays never event 4.
- A flush made up for a patient on the round whose empty ampoule the check before giving found
  to be strong potassium is near miss 4, not a stock check's finding (a risk); a stock or
  cupboard check finding potassium beside the flushes stays null.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    # oral doses in IV syringes given by mouth: no wrong route
    (
        "No oral syringes on ward over the weekend so oramorph doses were drawn up in IV luer "
        "syringes and then given orally. Supplies ordered.",
        (None, None),
    ),
    (
        "purple syringes out of stock - lactulose measured into a luer syringe and given by "
        "mouth. risk raised with procurement",
        (None, None),
    ),
    (
        "Enteral syringes unavailable on night shift; liquid paracetamol drawn into IV syringes "
        "and administered PO to 3 pts. No harm.",
        (None, None),
    ),
    (
        "Oral morphine solution drawn up using a luer lock syringe as no enteral ones left, given "
        "orally to pt. Incident logged as a risk.",
        (None, None),
    ),
    (
        "ENFit syringes not delivered. Oramorph drawn up in non enteral syringes and given by "
        "mouth all weekend, no wrong route.",
        (None, None),
    ),
    # look-alikes: the same syringe into the line, or stopped on its way
    (
        "Oramorph drawn up in an IV luer syringe and pushed into the cannula by the agency nurse. "
        "Pt monitored.",
        ("5", None),
    ),
    (
        "Oral morphine drawn into an IV syringe and given via the venflon in error, realised "
        "straight after.",
        ("5", None),
    ),
    (
        "lactulose drawn up in a luer syringe was about to be connected to the cannula when the "
        "NIC stopped her, nothing given. given orally after.",
        (None, "5"),
    ),
    # methotrexate toxicity kept as dated history
    (
        "Pt admitted with a chest infection. Drug history records 'methotrexate toxicity 2019 - "
        "took daily in error'. Today the evening antibiotics were given 3 hours late.",
        (None, None),
    ),
    (
        "Medication history shows MTX overdose 2021 (daily instead of weekly). On this admission "
        "her warfarin was omitted for 2 days.",
        (None, None),
    ),
    (
        "drug hx: methotrexate toxicity in 2018, took it every day by mistake. this adm pt's "
        "insulin was given late due to staffing",
        (None, None),
    ),
    # look-alikes: today's toxicity from daily tablets
    (
        "Pt admitted with methotrexate toxicity after taking 10mg daily instead of weekly for "
        "6 days; pancytopenic.",
        ("7", None),
    ),
    (
        "Methotrexate given daily on the ward for 4 days instead of weekly, pt developed "
        "mucositis.",
        ("7", None),
    ),
    # the daily belonged to the folic acid's row
    (
        "HCA asked why methotrexate was signed daily - it was the folic acid row below that was "
        "daily, MTX weekly as prescribed. Other meds delayed while checked.",
        (None, None),
    ),
    (
        "Pharmacist queried methotrexate being charted daily: it was the folate 5mg line under it "
        "which was daily, methotrexate correct weekly.",
        (None, None),
    ),
    (
        "query raised re MTX signed for daily; turned out the folic acid entry beneath that was "
        "daily. mtx given once weekly. no error",
        (None, None),
    ),
    # look-alike: methotrexate itself daily and given
    (
        "Methotrexate 15mg was charted daily instead of weekly and given on 3 consecutive days "
        "before pharmacy noticed.",
        ("7", None),
    ),
    # strong potassium picked, seen before it was drawn up (base and present forms)
    (
        "i pick potassium chloride ampoule thinking it sodium chloride for the flush, the staff "
        "nurse see it before I draw up. we report it.",
        (None, "4"),
    ),
    (
        "Student takes KCl 15% amp instead of saline for flushing the cannula; mentor spots it in "
        "her hand before she draws it up.",
        (None, "4"),
    ),
    (
        "nurse took strong potassium chloride amp by mistake for the saline flush, colleague "
        "notice it before drawing up. put back, ward manager aware",
        (None, "4"),
    ),
    (
        "Potassium chloride concentrate selected in place of sodium chloride 0.9% for the flush; "
        "the nurse in charge sees the label before it is drawn up.",
        (None, "4"),
    ),
    (
        "Student nurse picked KCl amp for flush instead of saline; mentor saw it before she drew "
        "it up.",
        (None, "4"),
    ),
    # look-alikes: the potassium flushed into the line
    (
        "Potassium chloride 15% ampoule drawn up instead of sodium chloride and flushed into the "
        "cannula. Pt complained of pain, ECG done.",
        ("4", None),
    ),
    (
        "KCl amp picked instead of saline for the flush and pushed through the venflon before "
        "anyone noticed.",
        ("4", None),
    ),
    # a flush made up on the round, its empty ampoule found to be strong potassium at the
    # check before giving: near miss 4, not a stock finding
    (
        "Staff nurse made up a saline flush syringe for bed 4; on checking the sharps bin before "
        "giving it the NIC found the empty amp was KCl 15%. Flush binned, not given.",
        (None, "4"),
    ),
    (
        "RN prepared a sodium chloride flush for the 1400 IVs. Routine check of the tray prior to "
        "administration found the ampoule used was potassium chloride. Syringe discarded.",
        (None, "4"),
    ),
    (
        "Routine stock check of the treatment room found KCl 15% ampoules in the same drawer as "
        "sodium chloride flushes. Moved by pharmacy.",
        (None, None),
    ),
    (
        "Weekly cupboard check found strong potassium ampoules next to WFI; flushes are prepared "
        "from that drawer. Pharmacy informed.",
        (None, None),
    ),
    # look-alikes of every kind that stay null
    (
        "KCl ampoules found stored next to sodium chloride flushes in the cupboard at audit, "
        "moved by pharmacy.",
        (None, None),
    ),
    (
        "Student asked mentor to see the potassium chloride amps in the CD cupboard before the "
        "teaching session.",
        (None, None),
    ),
    (
        "Pt given oral morphine by mouth as prescribed; IV paracetamol given via cannula.",
        (None, None),
    ),
    (
        "Methotrexate 2.5mg weekly on Mondays; folic acid 5mg daily except Mondays. Bloods missed "
        "for 3 months.",
        (None, None),
    ),
    (
        "PMH: RA on weekly methotrexate since 2019. Admitted after a fall at home, no injury.",
        (None, None),
    ),
    (
        "no luer syringes on the ward so IV antibiotics delayed by 2 hours until supplies came.",
        (None, None),
    ),
    (
        "Patient's own methotrexate not brought in, dose omitted this week, rheum informed.",
        (None, None),
    ),
    (
        "Oral syringes ran out; dose of liquid paracetamol given as tablets instead. no harm.",
        (None, None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_medicine_error_read_as_told(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
