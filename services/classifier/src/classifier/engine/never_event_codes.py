"""The never-event codes the readings name (LFPSE never-event-type-5), in one place that
imports nothing, so both never_events and the reading modules it imports can use them."""

WRONG_SITE_CODE = "1"
WRONG_IMPLANT_CODE = "2"
RETAINED_CODE = "3"
POTASSIUM_CODE = "4"
ROUTE_CODE = "5"
INSULIN_CODE = "6"
METHOTREXATE_CODE = "7"
MIDAZOLAM_CODE = "8"
TUBE_CODE = "13"
AIR_CODE = "15"
