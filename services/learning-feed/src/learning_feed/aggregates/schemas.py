"""What the aggregate routes accept (query parameters) and return."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from learning_feed.aggregates.query import TIME_DIMENSIONS, AggregateQuery, Dimension, whole_periods
from learning_feed.subscriptions.schemas import IcbCodes, RegionCodes, TrustCodes
from shared.classification import ThemeId
from shared.incident import NeverEventTypeCode, PhysicalHarmCode, ServiceTypeCode

MAX_GROUP_BY = 4


def _distinct(values: list[object]) -> list[object]:
    return sorted(set(values), key=str)


class AggregateParams(BaseModel):
    """Grouping, filters (any of the listed values) and a date range of occurrence."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    group_by: list[Dimension] = Field(default_factory=list, description="Up to 4 dimensions")
    theme: Annotated[list[ThemeId], AfterValidator(_distinct)] = Field(default_factory=list)
    never_event_type: Annotated[list[NeverEventTypeCode], AfterValidator(_distinct)] = Field(  # type: ignore[valid-type]
        default_factory=list, description="Counting never events only"
    )
    harm: Annotated[list[PhysicalHarmCode], AfterValidator(_distinct)] = Field(  # type: ignore[valid-type]
        default_factory=list, description="LFPSE physical harm codes (1 fatal ... 5 none)"
    )
    service_type: Annotated[list[ServiceTypeCode], AfterValidator(_distinct)] = Field(  # type: ignore[valid-type]
        default_factory=list
    )
    trust: TrustCodes = Field(default_factory=list)
    icb: IcbCodes = Field(default_factory=list)
    region: RegionCodes = Field(default_factory=list)
    from_: dt.date | None = Field(default=None, alias="from", description="First day (occurred)")
    to: dt.date | None = Field(default=None, description="Last day (occurred)")

    @model_validator(mode="after")
    def _consistent(self) -> AggregateParams:
        if len(set(self.group_by)) != len(self.group_by):
            raise ValueError("group_by lists a dimension twice")
        if len(self.group_by) > MAX_GROUP_BY:
            raise ValueError(f"group_by takes at most {MAX_GROUP_BY} dimensions")
        if sum(d in TIME_DIMENSIONS for d in self.group_by) > 1:
            raise ValueError("group by week or by month, not both")
        if self.from_ and self.to and self.from_ > self.to:
            raise ValueError("'from' is after 'to'")
        if len(self.theme) > 1 and Dimension.THEME not in self.group_by:
            raise ValueError(
                "several themes need group_by=theme (an incident can carry more than one)"
            )
        return self

    def filters(self) -> dict[Dimension, tuple[str, ...]]:
        """The non-empty filters by dimension."""
        given = {
            Dimension.THEME: tuple(t.value for t in self.theme),
            Dimension.NEVER_EVENT_TYPE: tuple(self.never_event_type),
            Dimension.HARM: tuple(self.harm),
            Dimension.SERVICE_TYPE: tuple(self.service_type),
            Dimension.TRUST: tuple(self.trust),
            Dimension.ICB: tuple(self.icb),
            Dimension.REGION: tuple(self.region),
        }
        return {d: values for d, values in given.items() if values}

    def to_query(
        self, *, today: dt.date, default_days: int, extra_group: Dimension | None = None
    ) -> AggregateQuery:
        """The query over whole periods: ISO weeks when grouped by week, else months."""
        group_by = (*self.group_by, *([extra_group] if extra_group else []))
        end = self.to or today
        start = self.from_ or end - dt.timedelta(days=default_days)
        start, end = whole_periods(start, end, monthly=Dimension.WEEK not in group_by)
        return AggregateQuery(tuple(group_by), self.filters(), start, end)


class SeriesParams(AggregateParams):
    """A time series: counts per week or month for each group."""

    interval: Literal["week", "month"] = "week"

    @model_validator(mode="after")
    def _no_time_grouping(self) -> SeriesParams:
        if any(d in TIME_DIMENSIONS for d in self.group_by):
            raise ValueError("a series is already per interval; group_by takes no week or month")
        if len(self.group_by) >= MAX_GROUP_BY:
            raise ValueError(f"a series takes at most {MAX_GROUP_BY - 1} group_by dimensions")
        return self


class PublishedCount(BaseModel):
    """A count as published: null and `suppressed` when it is small."""

    count: int | None
    suppressed: bool


class Disclosure(BaseModel):
    """How the counts of this answer are protected."""

    level: Literal["national", "sub-national"]
    exact: bool = Field(description="Whether the cells are exact")
    total_exact: bool = Field(description="Whether the total is exact (no place filter)")
    suppressed_up_to: int | None = Field(description="Counts up to this (zero too) show as null")
    rounding_base: int | None = Field(
        description="Other counts are rounded up or down, at random but unbiased, to a "
        "multiple of this: a published count is within rounding_base - 1 of the true one"
    )


class AggregateRow(PublishedCount):
    """One cell: its values of the grouped dimensions and its count."""

    group: dict[str, str]


class AggregateRead(BaseModel):
    """A complete table: every combination of the grouped dimensions' values."""

    model_config = ConfigDict(populate_by_name=True)

    group_by: list[Dimension]
    filters: dict[str, list[str]]
    from_: dt.date = Field(alias="from", serialization_alias="from")
    to: dt.date
    disclosure: Disclosure
    total: PublishedCount | None = Field(
        description="The same query ungrouped (null when filtering several themes)"
    )
    rows: list[AggregateRow]


class SeriesPoint(PublishedCount):
    """One period of a series."""

    period: dt.date


class Series(BaseModel):
    """The counts of one group, period by period."""

    group: dict[str, str]
    points: list[SeriesPoint]


class SeriesRead(BaseModel):
    """One series per group over every period of the range."""

    model_config = ConfigDict(populate_by_name=True)

    interval: Literal["week", "month"]
    group_by: list[Dimension]
    filters: dict[str, list[str]]
    from_: dt.date = Field(alias="from", serialization_alias="from")
    to: dt.date
    disclosure: Disclosure
    periods: list[dt.date]
    series: list[Series]
