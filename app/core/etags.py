"""Entity tags shared by the HTTP cache (which makes them) and the write engine (which checks
If-Match against them)."""

GZIP_SUFFIX = "-gz"  # marks the content ETag of a gzip-compressed response


def same_entity(tag: str, current: str) -> bool:
    """Whether a client's tag names `current`, ignoring the gzip marker this middleware adds to
    content ETags of compressed responses (If-Match compares representations, not encodings)."""
    tag = tag.strip()
    return tag == current or tag == current[:-1] + GZIP_SUFFIX + '"'
