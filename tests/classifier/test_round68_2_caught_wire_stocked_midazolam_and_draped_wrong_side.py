"""Round 68, helper 2: near misses the rules did not read.

- A guidewire told without a verb as still in the line it placed ("guidewire still within the
  line", "wire visible inside the catheter lumen") is a retained item; found with the drapes
  still on and taken out, it is near miss 3.
- High-strength midazolam the sedation area keeps "for end-of-life patients" or "for palliative
  pts" names the patients the stock is for, not the area of the sedation: drawn up for a
  bronchoscopy and stopped, it is near miss 8, not the palliative-care exclusion.
- A referral naming the correct side, with the other side prepped and draped first and then
  the referral's side done, is no referral slip: the referral's side was the correction, and
  the wrong side caught before any needle is near miss 1.
"""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CASES = [
    # the guidewire still in the line, found on screening with the drapes on, taken out
    (
        "Femoral CVC in ED resus. once the line was in, the ODP checking the sharps tray could "
        "not find the guidewire. screened with the drapes still on: wire visible within the "
        "line lumen up to the IVC. pulled out whole, pt unharmed.",
        (None, "3"),
    ),
    # look-alike: the guidewire counted back intact
    (
        "Femoral CVC in ED resus. once the line was in, the ODP counted the guidewire back onto "
        "the sharps tray, intact. screened with the drapes still on: good tip position. pt "
        "unharmed.",
        (None, None),
    ),
    # high-strength midazolam the ward stocks for end-of-life patients, drawn up for a
    # bronchoscopy and stopped before any was given
    (
        "Bronchoscopy on ward 9 as pt on NIV. the ward CD cupboard only had midazolam 5mg/ml "
        "ampoules (the ward holds them for its palliative patients). I drew up 2ml expecting 2mg; "
        "the respiratory physician questioned the volume and the ampoule was checked before any "
        "was given. discarded and 1mg/ml sent for.",
        (None, "8"),
    ),
    # look-alike: the palliative team named as using the ampoules is still the exclusion's area
    (
        "Bronchoscopy on ward 9 as pt on NIV. the ward CD cupboard only had midazolam 5mg/ml "
        "ampoules, the palliative team had been using them. I drew up 2ml expecting 2mg; the "
        "respiratory physician questioned the volume and the ampoule was checked before any was "
        "given. discarded and 1mg/ml sent for.",
        (None, None),
    ),
    # look-alike: the palliative service's own stock, used in its own syringe driver
    (
        "Hospice at home visit: syringe driver for a pt at end of life with midazolam 10mg/24hr. "
        "the nurse used the 10mg/2ml ampoules (the strength we keep for palliative care) but "
        "worked the volume out as if 1mg/ml, so 50mg went in. pt very drowsy at the next visit, "
        "driver stopped and GP told.",
        (None, None),
    ),
    # the referral names the correct side; the wrong side prepped and draped, caught at time out
    (
        "pt listed for R knee aspiration - should have been L (the GP referral said left, as did "
        "the consent form). the R knee had been prepped and draped when the nurse doing the time "
        "out read the consent aloud. stopped before any needle. L knee aspirated without issue.",
        (None, "1"),
    ),
    # look-alike: the referral itself gave the wrong side, which was the side done
    (
        "GP referral letter said R knee. R knee aspirated in clinic. at review the effusion was "
        "in the L knee; GP confirmed typed wrong side in referral. L knee aspirated.",
        (None, None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_never_event_outcome(text: str, expected: tuple[str | None, str | None]) -> None:
    assert never_event_codes(text) == expected
