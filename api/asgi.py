"""The small ASGI pieces the API is made of: dispatch ahead of Streamlit, plain endpoints, errors, CORS."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from api.requests import RequestError

log = logging.getLogger(__name__)
PREFIX = "/api"


class ApiFirst:
    """`st.App` middleware: requests under /api go straight to the API, ahead of Streamlit's own middleware.

    Streamlit's stack (path checks, sessions, gzip, its exception wrappers and router) serves the page; an
    event stream needs none of it, and each layer would stay in memory for as long as the stream is open.
    """

    def __init__(self, app: ASGIApp, api_app: ASGIApp) -> None:
        self.app, self.api_app = app, api_app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Send requests under /api to the API, everything else to Streamlit."""
        path = scope.get("path", "") if scope["type"] == "http" else ""
        if path == PREFIX or path.startswith(PREFIX + "/"):
            await self.api_app(scope, receive, send)
        else:
            await self.app(scope, receive, send)


class Endpoint:
    """A plain ASGI endpoint for `handler(request) -> Response`.

    A refusal (`RequestError`) or a failure before the response becomes the one JSON error shape. Unlike a
    function endpoint, no exception-handling wrapper stays around the response while it streams.
    """

    __slots__ = ("handler",)

    def __init__(self, handler: Callable[[Request], Awaitable[Response]]) -> None:
        self.handler = handler

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer one request with the handler's response, or with the JSON error shape."""
        try:
            response = await self.handler(Request(scope, receive))
        except RequestError as exc:
            response = error_response(exc.status, exc.message, exc.headers)
        except Exception as exc:  # last resort: a handler's bug is a logged 500, not a dropped connection
            log.exception("%s %s failed", scope.get("method"), scope.get("path"))
            response = error_response(500, f"internal error ({type(exc).__name__})")
        await response(scope, receive, send)


class JsonErrors:
    """The router's own refusals (no such endpoint: 404, method not allowed: 405) in the JSON error shape."""

    __slots__ = ("app",)

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Run the app, answering its 404 and 405 refusals in the JSON error shape."""
        try:
            await self.app(scope, receive, send)
        except HTTPException as exc:
            message = {404: "no such endpoint", 405: "method not allowed"}.get(exc.status_code, str(exc.detail))
            await error_response(exc.status_code, message, getattr(exc, "headers", None))(scope, receive, send)


async def not_found(scope: Scope, receive: Receive, send: Send) -> None:
    """The router's default: no route matched, a 404 (put in the JSON error shape by `JsonErrors`)."""
    raise HTTPException(404)


class CorsWhenOrigin:
    """CORS for requests that carry an `Origin` (a page on another origin); others go straight to the app.

    Starlette's CORS middleware passes those through too, but only after parsing the headers, which it then
    holds for as long as an event stream is open.
    """

    __slots__ = ("app", "cors")

    def __init__(self, app: ASGIApp, cors: ASGIApp) -> None:
        self.app, self.cors = app, cors

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Send requests with an `Origin` through CORS, the others straight to the app."""
        if any(name == b"origin" for name, _ in scope.get("headers", ())):
            await self.cors(scope, receive, send)
        else:
            await self.app(scope, receive, send)


def error_response(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    """The one error shape: `{"success": false, "error": "..."}`."""
    return JSONResponse({"success": False, "error": message}, status_code=status, headers=headers)
