"""What the subscription routes accept and return."""

from __future__ import annotations

import datetime as dt
import uuid
from functools import cache
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)
from pydantic.json_schema import JsonDict

from learning_feed.alerts.matching import AlertKind
from shared.classification import ThemeId
from shared.incident import NeverEventTypeCode, PhysicalHarmCode, reject_nul_characters
from shared.organisations import registry

Delivery = Literal["webhook", "feed"]


@cache
def _known() -> dict[str, frozenset[str]]:
    organisations = registry().values()
    return {
        "region": frozenset(o.region_code for o in organisations if o.region_code),
        "ICB": frozenset(o.icb_code for o in organisations if o.icb_code),
        "trust": frozenset(o.ods_code for o in organisations),
    }


def _known_codes(kind: str) -> Any:
    def check(codes: list[str]) -> list[str]:
        codes = [c.strip().upper() for c in codes]
        unknown = sorted(set(codes) - _known()[kind])
        if unknown:
            raise ValueError(f"unknown {kind} code(s): {', '.join(unknown)}")
        return sorted(set(codes))

    return AfterValidator(check)


def _distinct(values: list[Any]) -> list[Any]:
    return sorted(set(values))


RegionCodes = Annotated[list[str], _known_codes("region")]
IcbCodes = Annotated[list[str], _known_codes("ICB")]
TrustCodes = Annotated[list[str], _known_codes("trust")]

FILTERS_EXAMPLE: JsonDict = {
    "alert_kinds": ["never_event", "thematic_signal"],
    "themes": ["medication", "falls"],
    "never_event_types": [],
    "regions": ["Y61"],
    "icbs": [],
    "trusts": [],
    "min_harm": "3",
}
WEBHOOK_EXAMPLE: JsonDict = {
    "name": "East of England patient safety network",
    "delivery": "webhook",
    "webhook_url": "https://alerts.eoe-psn.example.nhs.uk/webhooks/patient-safety",
    "filters": FILTERS_EXAMPLE,
}
FEED_EXAMPLE: JsonDict = {
    "name": "Never events in our ICB (pull feed)",
    "delivery": "feed",
    "webhook_url": None,
    "filters": {
        "alert_kinds": ["never_event"],
        "themes": [],
        "never_event_types": ["1", "3", "5"],
        "regions": [],
        "icbs": ["S1Y5D"],
        "trusts": [],
        "min_harm": None,
    },
}


class SubscriptionFilters(BaseModel):
    """What to be alerted about; an empty list lets everything through."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [FILTERS_EXAMPLE]})

    alert_kinds: Annotated[list[AlertKind], AfterValidator(_distinct)] = Field(
        default_factory=lambda: list(AlertKind), description="never_event and/or thematic_signal"
    )
    themes: Annotated[list[ThemeId], AfterValidator(_distinct)] = Field(default_factory=list)
    never_event_types: Annotated[list[NeverEventTypeCode], AfterValidator(_distinct)] = Field(  # type: ignore[valid-type]
        default_factory=list, description="LFPSE never-event-type-5 codes"
    )
    regions: RegionCodes = Field(default_factory=list, description="NHS England region codes")
    icbs: IcbCodes = Field(default_factory=list, description="ICB codes")
    trusts: TrustCodes = Field(default_factory=list, description="Trust ODS codes")
    min_harm: PhysicalHarmCode | None = Field(  # type: ignore[valid-type]
        default=None,
        description="Never events at least this harmful (LFPSE physical harm: 1 fatal ... 5 none)",
    )


class SubscriptionCreate(BaseModel):
    """A new subscription; a webhook needs an https URL on a public address."""

    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=True,
        json_schema_extra={"examples": [WEBHOOK_EXAMPLE, FEED_EXAMPLE]},
    )

    @field_validator("*", mode="after")
    @classmethod
    def _no_nul_characters(cls, value: object) -> object:
        return reject_nul_characters(value)

    name: str = Field(min_length=1, max_length=200)
    delivery: Delivery
    webhook_url: str | None = Field(default=None, max_length=2000)
    filters: SubscriptionFilters = Field(default_factory=SubscriptionFilters)

    @model_validator(mode="after")
    def _url_matches_delivery(self) -> SubscriptionCreate:
        if self.delivery == "webhook" and not self.webhook_url:
            raise ValueError("a webhook subscription needs webhook_url")
        if self.delivery == "feed" and self.webhook_url:
            raise ValueError("a feed subscription has no webhook_url")
        return self


UPDATE_EXAMPLE: JsonDict = {
    "name": "East of England PSN (falls and medication)",
    "webhook_url": "https://alerts.eoe-psn.example.nhs.uk/webhooks/v2",
    "filters": FILTERS_EXAMPLE,
    "active": True,
}


class SubscriptionUpdate(BaseModel):
    """Changes to a subscription; `active: true` re-enables one a 410 disabled."""

    model_config = ConfigDict(
        extra="forbid", str_strip_whitespace=True, json_schema_extra={"examples": [UPDATE_EXAMPLE]}
    )

    @field_validator("*", mode="after")
    @classmethod
    def _no_nul_characters(cls, value: object) -> object:
        return reject_nul_characters(value)

    name: str | None = Field(default=None, min_length=1, max_length=200)
    webhook_url: str | None = Field(default=None, max_length=2000)
    filters: SubscriptionFilters | None = None
    active: bool | None = None


class SubscriptionRead(BaseModel):
    """A subscription (its secret is never shown again after creation)."""

    subscription_id: uuid.UUID
    ods_code: str
    name: str
    delivery: Delivery
    webhook_url: str | None
    filters: SubscriptionFilters
    active: bool
    disabled_reason: str | None
    created_at: dt.datetime
    updated_at: dt.datetime


class SubscriptionCreated(SubscriptionRead):
    """The new subscription with its signing secret, shown this once."""

    secret: str | None = Field(
        description="whsec_ secret to verify webhook signatures with; store it now"
    )
