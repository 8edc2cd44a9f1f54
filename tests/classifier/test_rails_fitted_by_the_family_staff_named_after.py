"""Rails bought and fitted by the family are outside never event 11 (guide hard case), and the
provider's staff named after the family in the same sentence ("fitted by the family in March -
our nurses were not aware") did not fit them: the fitter is the one straight after "by" (its
article and words of the provider's service between: "fitted by our community equipment service
technician"). Rails the provider's staff fitted stay never event 11."""

from __future__ import annotations

import pytest

from tests.classifier.outcomes import never_event_codes

FITTED_BY_THE_FAMILY = [
    "Pt found at home with his neck trapped between the bed rail and the mattress, died at the "
    "scene. The rails were bought online by his daughter and fitted by the family in March - "
    "our nurses were not aware they had been fitted.",
    "Neck entrapment at home between bed rail and mattress, pt bruised. Rails bought online by "
    "her son and fitted by the family, but our DNs had seen them at the last visit.",
]

FITTED_BY_THE_PROVIDER = [
    "Pt's neck found trapped between the bed rail and headboard by carer, marks to neck. The "
    "rails were bought by the family online but were fitted by our community equipment "
    "service technician last month.",
    "Resident found with her neck wedged between the bed rail and mattress at the care home, "
    "red mark to neck. Rails bought by the son and fitted by the home's maintenance man.",
]


@pytest.mark.parametrize("text", FITTED_BY_THE_FAMILY)
def test_rails_fitted_by_the_family_are_no_never_event(text: str) -> None:
    assert never_event_codes(text) == (None, None)


@pytest.mark.parametrize("text", FITTED_BY_THE_PROVIDER)
def test_rails_fitted_by_the_providers_staff_stay_never_event_11(text: str) -> None:
    assert never_event_codes(text) == ("11", None)
