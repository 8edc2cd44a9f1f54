"""A report naming the patient's own urinary catheter in use ("long term urethral catheter",
"SPC", "LTC", "12 weekly catheter change") tells a bare "catheter" later (blocked, encrusted,
"removed in ED") as that device, kept in on purpose and changed in its care: no item a procedure
left behind (never event 3). A piece or tip of a catheter left in, or another item found after a
procedure, stays never event 3."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

CATHETER_IN_USE = [
    "Resident with a long term urethral catheter, overdue change. Admitted with urosepsis, "
    "catheter heavily encrusted when removed in ED.",
    "Pt has an SPC, 12 weekly change missed. blocked and bypassing, catheter removed by the DN "
    "and found heavily encrusted",
    "LTC not changed for 4 months, catheter removed in A&E, full of debris",
    "Gentleman at home with an indwelling catheter, no change since March. Catheter removed by "
    "the DN on Friday, encrusted and blocked.",
]

RETAINED_KEPT = [
    "Pt with indwelling catheter. On removal a fragment of catheter tip left in the bladder "
    "found on cystoscopy 2 weeks later",
    "post TURP, catheter removed by the GP on day 10, a piece of swab was still in the bladder "
    "found at cystoscopy",
    "Long term catheter patient. After her hysterectomy a swab found in the vault and removed "
    "by the GP",
]


@pytest.mark.parametrize("text", CATHETER_IN_USE)
def test_catheter_in_use_removed_is_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", RETAINED_KEPT)
def test_item_left_in_stays_never_event_3(text: str) -> None:
    assert never_event_codes(text)[0] == "3"
