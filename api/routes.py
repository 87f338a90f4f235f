"""The /api endpoints as one lean ASGI app: CORS, the router, bearer-token checks, the stream responses."""

from __future__ import annotations

import hmac

from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route, Router
from starlette.types import ASGIApp

from api import requests, sse
from api.asgi import PREFIX, CorsWhenOrigin, Endpoint, JsonErrors, not_found
from api.replay import StreamRecord
from api.requests import RequestError
from api.service import ApiState
from api.settings import LOOPBACK_ORIGINS, ApiSettings


def build_app(api: ApiState) -> ASGIApp:
    """The API as one ASGI app for paths under /api: CORS, then the endpoints (each reads `api`, checks auth)."""
    settings = api.settings

    async def health(request: Request) -> Response:
        return JSONResponse({"success": True, "status": "ok", "running": api.pool.running,
                             "waiting": api.pool.waiting, "streams": len(api.store)})

    async def chat_stream(request: Request) -> Response:
        _authorize(request, settings)
        if request.method == "POST":
            chat = await requests.from_body(request, settings)
        else:
            chat = requests.from_query(request.scope["query_string"], settings)
        last_event_id = request.headers.get("last-event-id", "").strip()
        if last_event_id:
            return _resume(api, last_event_id, chat.user_id)
        if request.method == "HEAD":
            return Response(media_type="text/event-stream", headers=sse.HEADERS)
        agent = await api.agent()
        slot = await api.admit()
        if slot.waited and await request.is_disconnected():  # gave up while waiting for a slot: run nothing
            slot.release()
            return Response(status_code=204)
        record = api.store.create(chat)
        api.start(record, agent, slot)
        return _respond(api, record, 0)

    async def init_stream(request: Request) -> Response:
        _authorize(request, settings)
        record = api.store.create(await requests.from_body(request, settings))
        return JSONResponse({"success": True, "stream_id": record.id,
                             "expires_in_seconds": settings.replay_seconds})

    async def stream_by_id(request: Request) -> Response:
        _authorize(request, settings)
        user_id = requests.user_of(request.scope["query_string"])
        record = _owned(api, request.path_params["stream_id"], user_id,
                        "no such stream: the id is unknown or has expired")
        after = 0
        last_event_id = request.headers.get("last-event-id", "").strip()
        if last_event_id:
            after = _event_number(last_event_id, record)
        if record.state == "pending" and request.method != "HEAD":
            agent = await api.agent()
            slot = await api.admit()
            if record.state == "pending":
                api.start(record, agent, slot)
            else:  # another request started it while this one waited
                slot.release()
        return _respond(api, record, after)

    router = Router(
        routes=[
            Route(f"{PREFIX}/health", Endpoint(health), methods=["GET"]),
            Route(f"{PREFIX}/chat/stream", Endpoint(chat_stream), methods=["GET", "POST"]),
            Route(f"{PREFIX}/chat/stream/init", Endpoint(init_stream), methods=["POST"]),
            Route(f"{PREFIX}/chat/stream/{{stream_id}}", Endpoint(stream_by_id), methods=["GET"]),
        ],
        default=not_found,
    )
    return _cors(settings, JsonErrors(router))


def _respond(api: ApiState, record: StreamRecord, after: int) -> Response:
    """Stream `record`'s events after number `after`; 204 when it is finished and nothing is left."""
    if record.terminated and after >= len(record.events):
        return Response(status_code=204, headers={"Cache-Control": "no-cache"})
    record.attach()
    return sse.StreamResponse(record, after, heartbeat_seconds=api.settings.heartbeat_seconds,
                              on_close=record.detach, server_exit=api.server_exit)


def _resume(api: ApiState, last_event_id: str, user_id: str | None) -> Response:
    parsed = sse.parse_event_id(last_event_id)
    if parsed is None:
        raise RequestError(400, "Last-Event-ID is not an event id of this server")
    record = _owned(api, parsed[0], user_id, "the stream to resume is unknown or has expired; ask again")
    return _respond(api, record, min(parsed[1], len(record.events)))


def _owned(api: ApiState, stream_id: str, user_id: str | None, missing: str) -> StreamRecord:
    """The stream `stream_id` when `user_id` asked for it; else a 404.

    Every other case is the same 404: another user's stream is indistinguishable from one that never
    existed.
    """
    record = api.store.get(stream_id)
    if record is None or record.request.user_id != user_id:
        raise RequestError(404, missing)
    return record


def _event_number(last_event_id: str, record: StreamRecord) -> int:
    parsed = sse.parse_event_id(last_event_id)
    if parsed is None or parsed[0] != record.id:
        raise RequestError(400, "Last-Event-ID is not an event id of this stream")
    return min(parsed[1], len(record.events))


def _authorize(request: Request, settings: ApiSettings) -> None:
    """With a token configured, require `Authorization: Bearer <token>` (or `?access_token=` for EventSource)."""
    if settings.token is None:
        return
    header = request.headers.get("authorization", "")
    given = header[7:].strip() if header[:7].lower() == "bearer " else request.query_params.get("access_token", "")
    if not hmac.compare_digest(given.encode(), settings.token.encode()):
        raise RequestError(401, "missing or wrong bearer token", {"WWW-Authenticate": "Bearer"})


def _cors(settings: ApiSettings, app: ASGIApp) -> ASGIApp:
    origins = list(settings.cors_origins)
    return CorsWhenOrigin(app, CORSMiddleware(
        app,
        allow_origins=origins,
        allow_origin_regex=None if origins else LOOPBACK_ORIGINS,
        allow_methods=["GET", "POST"],
        allow_headers=["Authorization", "Content-Type", "Last-Event-ID", "Cache-Control"],
        expose_headers=["Retry-After"],
        max_age=600,
    ))
