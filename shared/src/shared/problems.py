"""RFC 9457 problem details for every service's HTTP errors."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger(__name__)

PROBLEM_JSON = "application/problem+json"


class FieldError(BaseModel):
    """One invalid field: a JSON pointer into the request body and what is wrong with it."""

    pointer: str
    detail: str


class Problem(BaseModel):
    """An RFC 9457 problem document."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str | None = None
    instance: str | None = None
    errors: list[FieldError] | None = None


class ProblemError(Exception):
    """Raise to answer with a problem document."""

    def __init__(
        self,
        status: int,
        title: str,
        detail: str | None = None,
        *,
        errors: list[FieldError] | None = None,
        headers: dict[str, str] | None = None,
        type_: str = "about:blank",
    ) -> None:
        super().__init__(detail or title)
        self.problem = Problem(type=type_, title=title, status=status, detail=detail, errors=errors)
        self.headers = headers or {}


def json_pointer(location: tuple[Any, ...] | list[Any]) -> str:
    """RFC 6901 pointer for a pydantic error location (escaping ~ and /)."""
    parts = [str(p).replace("~", "~0").replace("/", "~1") for p in location]
    return "/" + "/".join(parts) if parts else ""


def field_errors(errors: list[dict[str, Any]] | Any, *, drop_prefix: int = 0) -> list[FieldError]:
    """Turn pydantic errors into field errors; `drop_prefix` strips e.g. the leading 'body'."""
    return [
        FieldError(pointer=json_pointer(tuple(e["loc"])[drop_prefix:]), detail=e["msg"])
        for e in errors
    ]


def problem_response(problem: Problem, headers: dict[str, str] | None = None) -> JSONResponse:
    """Serialise a problem with the problem+json media type."""
    return JSONResponse(
        problem.model_dump(exclude_none=True),
        status_code=problem.status,
        media_type=PROBLEM_JSON,
        headers=headers,
    )


def install_problem_handlers(app: FastAPI) -> None:
    """Answer every error of `app` as application/problem+json, and document it so."""
    _document_problems_in_openapi(app)

    @app.exception_handler(ProblemError)
    async def _problem(request: Request, exc: ProblemError) -> JSONResponse:
        exc.problem.instance = request.url.path
        return problem_response(exc.problem, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [e for e in exc.errors()]
        body_errors = all(tuple(e["loc"])[:1] == ("body",) for e in errors)
        problem = Problem(
            title="Invalid request",
            status=422,
            detail="The request does not match the schema; see errors.",
            instance=request.url.path,
            errors=field_errors(errors, drop_prefix=1 if body_errors else 0),
        )
        return problem_response(problem)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        problem = Problem(
            title=_title(exc.status_code),
            status=exc.status_code,
            detail=str(exc.detail),
            instance=request.url.path,
        )
        return problem_response(problem, getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error", extra={"path": request.url.path})
        problem = Problem(title="Internal Server Error", status=500, instance=request.url.path)
        return problem_response(problem)


def _title(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


PROBLEM_SCHEMA_REF = {"$ref": "#/components/schemas/Problem"}


def _document_problems_in_openapi(app: FastAPI) -> None:
    """Make the OpenAPI say what the handlers do: errors are application/problem+json.

    FastAPI documents error responses (including its automatic 422) as application/json;
    every 4xx/5xx response that is not explicitly another media type (e.g. a FHIR
    OperationOutcome) is rewritten to the Problem schema under application/problem+json.
    """
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = build()
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        components.setdefault(
            "Problem", Problem.model_json_schema(ref_template="#/components/schemas/{model}")
        )
        components["Problem"].pop("$defs", None)
        components.setdefault("FieldError", FieldError.model_json_schema())
        for path_item in schema.get("paths", {}).values():
            for operation in path_item.values():
                for status, response in operation.get("responses", {}).items():
                    if status[:1] in ("4", "5"):
                        _as_problem(response)
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


def _as_problem(response: dict[str, Any]) -> None:
    content = response.get("content", {})
    other = {
        media: value
        for media, value in content.items()
        if "json" in media and media not in ("application/json", PROBLEM_JSON)
    }
    if other:
        if PROBLEM_JSON in content:
            other[PROBLEM_JSON] = {"schema": PROBLEM_SCHEMA_REF}
        response["content"] = other
        return
    response["content"] = {PROBLEM_JSON: {"schema": PROBLEM_SCHEMA_REF}}
