"""uvicorn's httptools protocol with the header deadline (imported only when httptools is)."""

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from app.server import HeaderDeadline


class DeadlineHttpToolsProtocol(HeaderDeadline, HttpToolsProtocol):
    """uvicorn's httptools protocol with the header deadline."""
