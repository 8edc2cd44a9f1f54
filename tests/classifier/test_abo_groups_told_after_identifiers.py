"""A unit's or a patient's group told after their identifiers ("Red cells labelled for Mary
Jones dob [..] MRN [..] group AB pos") is theirs: the redacted date of birth, MRN or hospital
number between them is read over, so an incompatible unit stopped at the bedside is near miss
12, one hung never event 12, and a compatible one neither."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

GROUPS_AFTER_IDENTIFIERS = [
    (
        "Bedside check for a red cell transfusion. Red cells labelled for Mary Jones dob "
        "01/01/1940 MRN 1234567 group AB pos. Our pt in bay 3 Mary Jones dob 02/02/1945 MRN "
        "7654321 is group O pos. Spotted at the bedside check, unit not spiked and returned to "
        "the lab.",
        (None, "12"),
    ),
    (
        "Unit labelled for pt in bed 2 dob 14/05/1962 hosp no K445566, group A neg, hung on pt in "
        "bed 3 dob 09/09/1958 hosp no K778899 who is group O pos. 100ml went in before the error "
        "was noticed, pt rigors and haemoglobinuria.",
        ("12", None),
    ),
    (
        "Unit labelled for Tom Hill dob 01/01/1950 MRN 1112223 group O neg. Pt in bed 6 Tom Hill "
        "dob 03/03/1953 MRN 3334445 group B pos. Wrong patient's unit given, noticed after. ABO "
        "compatible by chance, no reaction.",
        (None, None),
    ),
]


@pytest.mark.parametrize(("text", "codes"), GROUPS_AFTER_IDENTIFIERS)
def test_groups_told_after_identifiers_are_judged(
    text: str, codes: tuple[str | None, str | None]
) -> None:
    assert never_event_codes(text) == codes
