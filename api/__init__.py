"""The chat event stream over HTTP (SSE): an ASGI app for /api, served next to the Streamlit page."""

from api.server import ChatApi, create
from api.settings import ApiSettings

__all__ = ["ApiSettings", "ChatApi", "create"]
