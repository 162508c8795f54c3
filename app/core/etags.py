"""Entity tags shared by the HTTP cache (which makes them) and the write engine (which checks
If-Match against them), and what their salt is made of."""

import hashlib
from functools import lru_cache
from pathlib import Path

GZIP_SUFFIX = "-gz"  # marks the content ETag of a gzip-compressed response


def same_entity(tag: str, current: str) -> bool:
    """Whether a client's tag names `current`, ignoring the gzip marker this middleware adds to
    content ETags of compressed responses (If-Match compares representations, not encodings)."""
    tag = tag.strip()
    return tag == current or tag == current[:-1] + GZIP_SUFFIX + '"'


def fingerprint(root: Path) -> str:
    """A digest of every file under `root` (names and bytes; caches of compiled code aside)."""
    digest = hashlib.blake2b(digest_size=12)
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """The digest of the installed `app` package: what the ETags of a release are salted with,
    so a deploy that changes any response's bytes changes its validators, and replicas running
    the same code agree on them."""
    return fingerprint(Path(__file__).resolve().parents[1])
