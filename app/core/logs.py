"""Logs a machine can read: every record one JSON object per line (the access line per request
is `app/middleware/access_log.py`). Nothing secret is logged: no headers, no bodies, no query strings (they may carry cursors but
never keys; keys travel only in the Authorization header).

On an event loop the lines are written once per turn of the loop, not one system call each:
under load a turn answers several requests, and logging a line (its record, formatting, a
write and a flush) was over a quarter of a 304's time (docs/benchmarks.md). Lines wait at most
until the loop's next turn, and whatever waits is written when logging shuts down."""

import asyncio
import logging
import math
import os
import sys
from datetime import UTC, datetime
from typing import Any, TextIO

import orjson

_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {
    "message",
    "asctime",
    "color_message",  # uvicorn's ANSI-coloured copy of the message
}


class _Stamps:
    """ISO 8601 times to the millisecond, the date and time of day formatted once a second
    (formatting a whole time each line was 2.8 of an access line's 3.1 us)."""

    def __init__(self) -> None:
        self.second, self.prefix = -1, ""
        self.millisecond, self.text = (-1, -1), ""

    def __call__(self, created: float) -> str:
        """`created` (seconds since the epoch) as `2026-11-28T08:26:19.123+00:00`."""
        fraction, whole = math.modf(created)
        micros = round(fraction * 1_000_000)  # rounded as datetime.fromtimestamp rounds
        second = int(whole) + micros // 1_000_000
        millisecond = second, micros % 1_000_000 // 1000
        if millisecond != self.millisecond:
            if second != self.second:
                moment = datetime.fromtimestamp(second, UTC)
                self.second, self.prefix = second, moment.strftime("%Y-%m-%dT%H:%M:%S")
            self.millisecond = millisecond
            self.text = f"{self.prefix}.{millisecond[1]:03d}+00:00"
        return self.text


stamp = _Stamps()


def entry(
    created: float, level: str, logger: str, pid: int | None, message: str, extra: dict[str, Any]
) -> dict[str, Any]:
    """One log line's object: time, level, logger, pid, message, then the extra fields."""
    return {
        "time": stamp(created),
        "level": level,
        "logger": logger,
        "pid": pid,
        "message": message,
        **extra,
    }


def dumps(line: dict[str, Any]) -> str:
    """A line's object as JSON text (values JSON lacks, as their str)."""
    return orjson.dumps(line, default=str).decode()


class JsonFormatter(logging.Formatter):
    """One JSON object per record: time, level, logger, message, extra fields, exception."""

    def format(self, record: logging.LogRecord) -> str:
        """Render the record as a single line of JSON."""
        extra = {k: v for k, v in vars(record).items() if k not in _STANDARD}
        line = entry(
            record.created,
            record.levelname.lower(),
            record.name,
            record.process,
            record.getMessage(),
            extra,
        )
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return dumps(line)


class JsonLines(logging.StreamHandler[TextIO]):
    """JSON lines to a stream; on an event loop's thread, written together once per turn."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__(stream)
        self.setFormatter(JsonFormatter())
        self._waiting: list[str] = []
        self._loop: asyncio.AbstractEventLoop | None = None  # where a write waits to run

    def emit(self, record: logging.LogRecord) -> None:
        """Format the record and write it (or queue it for this turn of the loop)."""
        try:
            self.write_line(self.format(record))
        except Exception:
            self.handleError(record)

    def write_line(self, line: str) -> None:
        """Write one line of JSON: queued on an event loop's thread, at once elsewhere."""
        self.write_lines([line])

    def write_lines(self, lines: list[str]) -> None:
        """Write lines of JSON (as `write_line` does each)."""
        text = "".join(f"{line}\n" for line in lines)
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            with self.lock:  # type: ignore[union-attr]
                self._write(self._take() + text)
            return
        with self.lock:  # type: ignore[union-attr]  # a worker thread may be taking the lines
            if self._loop is not loop:  # none waits on this loop (one that ended may have not)
                self._loop = loop
                loop.call_soon(self.flush)
            self._waiting.append(text)

    def flush(self) -> None:
        """Write what waits, then flush the stream."""
        with self.lock:  # type: ignore[union-attr]
            self._loop = None
            self._write(self._take())

    def _take(self) -> str:
        waiting, self._waiting = self._waiting, []
        return "".join(waiting)

    def _write(self, text: str) -> None:
        if text:
            self.stream.write(text)
        if self.stream and hasattr(self.stream, "flush"):
            self.stream.flush()


def sole_handler(logger: logging.Logger) -> JsonLines | None:
    """The JsonLines handler that alone receives `logger`'s INFO records (no handler or filter
    on the logger or its ancestors, the root logger's only handler, unfiltered, at INFO or
    below), or None when records must go through logging's own path (a test capturing logs,
    say)."""
    node: logging.Logger | None = logger
    while node is not None and node is not logging.root:
        if node.handlers or node.filters or not node.propagate:
            return None
        node = node.parent
    root = logging.root
    if len(root.handlers) != 1 or root.filters:
        return None
    handler = root.handlers[0]
    if type(handler) is not JsonLines or handler.filters or handler.level > logging.INFO:
        return None
    return handler


def configure(level: str = "INFO") -> None:
    """Send every logger's records to stderr as JSON lines (uvicorn's included, except its
    access lines: the one access line per request is `sjc_api.access`)."""
    handler = JsonLines(sys.stderr)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = name != "uvicorn.access"


PID = [os.getpid()]  # this process's id, kept current across forks
os.register_at_fork(after_in_child=lambda: PID.__setitem__(0, os.getpid()))
