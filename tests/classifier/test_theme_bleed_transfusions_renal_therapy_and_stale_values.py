"""Round 69, helper 5: themes of critical care, renal and oncology reports.

- Blood told as a bleed (blood lost, pooled on the bed, left in a clotted circuit) is no
  blood component, and the units that treated a bleed told by what was lost ("approx 300ml
  lost", "frank haematuria") or by a haemoglobin told as fallen or low are its treatment: no
  blood_transfusion_tissues on them alone. A transfusion that itself went wrong (another
  patient's unit, a rejected group and save sample) keeps it.
- The patient named as a transplant recipient ("renal transplant pt", "post kidney
  transplant") is who the patient is, not an organ given: no blood_transfusion_tissues.
- A treatment mask's breaks or rests ("no mask breaks overnight") are no PPE: no infection.
  Staff without masks still are.
- A renal replacement therapy run wrong: its fluid removal set wrong, its therapy off for hours
  or its sessions cancelled (treatment_procedure); a setting keyed in wrong on the machine or
  a clotted filter or circuit is also medical_device. The fluid removal set wrong from an old
  weight or from memory, with no machine at fault, is no device theme.
- A dose worked out from an old value the record carried over, with the prescribing system
  named (ChemoCare, Mosaiq, EPMA), and a named chemotherapy system told down: it_systems. The
  same sums done on an old weight by hand are medication alone.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import theme_ids

CASES = [
    # blood lost and the units that replaced it
    (
        "HD unit: fistula needle came out under the blanket, lost approx 300ml onto the "
        "floor, Hb 68, 1 unit RBC given on the unit",
        "blood_transfusion_tissues",
        False,
    ),
    (
        "arterial line came apart at the connector during the roll, blood all over the "
        "sheets, Hb dropped from 95 to 70, transfused 1 unit",
        "blood_transfusion_tissues",
        False,
    ),
    (
        "drain fell out on the ward and the site bled heavily, estimated blood loss 500ml, "
        "2 units RBC given and surgical reg reviewed",
        "blood_transfusion_tissues",
        False,
    ),
    (
        "haemofilter clotted twice and the circuit blood couldnt be returned, about 400ml "
        "lost, Hb 70, transfused",
        "blood_transfusion_tissues",
        False,
    ),
    # look-alike: a transfusion that itself went wrong after a bleed
    (
        "GI bleed Hb 65, 2 units RBC prescribed at 14:00 but not given until 22:00 as the "
        "group and save sample was rejected by the lab for a missing label",
        "blood_transfusion_tissues",
        True,
    ),
    (
        "massive haemorrhage in theatre, unit crossmatched for the woman in theatre 2 was "
        "transfused, group A into a group O pt",
        "blood_transfusion_tissues",
        True,
    ),
    # the transplant recipient named
    (
        "renal transplant pt 3 months post op, mycophenolate not prescribed on admission "
        "and 4 doses missed, renal team not told until the ward round",
        "blood_transfusion_tissues",
        False,
    ),
    (
        "pt 18 months post live donor kidney transplant admitted with D&V, tacrolimus "
        "omitted twice as not in stock on the ward",
        "blood_transfusion_tissues",
        False,
    ),
    # look-alike: an organ of the wrong group
    (
        "kidney from a group B donor transplanted into a group O recipient, donor group "
        "transcribed wrongly on the offer form, graft removed",
        "blood_transfusion_tissues",
        True,
    ),
    # a treatment mask's breaks
    (
        "NIV via full face mask for 3 days on HDU, no mask breaks given overnight, cat 2 "
        "pressure ulcer to the bridge of the nose",
        "infection",
        False,
    ),
    # look-alike: staff without masks
    (
        "staff not wearing masks in the bay during the flu outbreak, 3 further cases",
        "infection",
        True,
    ),
    # a renal replacement therapy run wrong
    (
        "UF goal keyed in as 3.0L instead of 0.3L on the dialysis machine, pt cramped and "
        "BP dropped to 70/40 at 2 hrs",
        "treatment_procedure",
        True,
    ),
    (
        "UF goal keyed in as 3.0L instead of 0.3L on the dialysis machine, pt cramped and "
        "BP dropped to 70/40 at 2 hrs",
        "medical_device",
        True,
    ),
    (
        "HD unit: ultrafiltration volume programmed as 3.5L instead of 1.5L, pt became "
        "hypotensive and vomited",
        "treatment_procedure",
        True,
    ),
    (
        "CVVHDF filter clotted 3 times overnight, therapy off for 6 hours, K up to 6.4",
        "treatment_procedure",
        True,
    ),
    (
        "CRRT circuit clotted twice on the night shift and had to be changed",
        "medical_device",
        True,
    ),
    (
        "8 dialysis sessions cancelled on the main unit this morning, pts moved to the "
        "afternoon and 2 sent to the satellite unit",
        "treatment_procedure",
        True,
    ),
    # look-alike: fluid removal set from memory, no machine at fault
    (
        "renal EPR down so one pt's UF target was set from memory at 3.5L instead of 2L, "
        "cramps and BP 78/40 at hour 3",
        "medical_device",
        False,
    ),
    # look-alike: a dialysis patient's fall or behaviour is no treatment gone wrong
    (
        "dialysis pt fell in the car park on the way to the unit, x-ray NAD",
        "treatment_procedure",
        False,
    ),
    # a dose worked out from an old value the system carried over
    (
        "cyclophosphamide dose calculated on the old weight on ChemoCare, pt has lost 15kg "
        "since cycle 1",
        "it_systems",
        True,
    ),
    (
        "Dose calculated on Mosaiq using a height carried forward from 2019",
        "it_systems",
        True,
    ),
    (
        "ChemoCare down all morning, 8 pts chemo delayed",
        "it_systems",
        True,
    ),
    # look-alike: the sums done by hand on an old weight
    (
        "pharmacist calculated the methotrexate dose on an old BSA by hand, 20% overdose",
        "it_systems",
        False,
    ),
    # look-alike: a chemo system named as where a dose was prescribed
    (
        "Pre-med dexamethasone 8mg prescribed PO on ChemoCare; pharmacy sent oral solution, "
        "nurse gave it IV through the port",
        "it_systems",
        False,
    ),
]


@pytest.mark.parametrize(("text", "theme", "expected"), CASES)
def test_theme_bleed_transfusions_renal_therapy_and_stale_values(
    text: str, theme: str, expected: bool
) -> None:
    assert (theme in theme_ids(text)) is expected
