"""The sources imported rows cite: one per distinct citation of a file, under the file's
document, its id the document's key and a tag of the citation's words. A later file can then
tell, from a stored row's source id alone, whether that row cites the same words."""

import hashlib
from functools import lru_cache

DOCUMENT_PREFIX = "import-"
DOCUMENT_KEY_LENGTH = len(DOCUMENT_PREFIX) + 16


def document_key(sha256: str) -> str:
    """The key of the document a file becomes (one per file content)."""
    return f"{DOCUMENT_PREFIX}{sha256[:16]}"


@lru_cache(maxsize=4096)  # a file repeats a few citations over many rows
def tag(citation: str) -> str:
    """What a citation adds to its source's id: a short hash of its words ('' for none)."""
    if not citation:
        return ""
    return "-" + hashlib.blake2b(citation.encode(), digest_size=4).hexdigest()


def source_id(document: str, citation: str) -> str:
    """The id of the source a row of the document with this citation points at."""
    return document + tag(citation)


def cited_tag(stored_source_id: str) -> str | None:
    """The citation tag of a stored row's source; None when that source is not an import's
    (a page of the source material, whose passage a file's citation is not compared with)."""
    if not stored_source_id.startswith(DOCUMENT_PREFIX):
        return None
    return stored_source_id[DOCUMENT_KEY_LENGTH:]


def same_citation(stored_source_id: str, citation: str) -> bool:
    """Whether a stored row cites what a staged row with `citation` would (always so for a
    row that cites the source material itself)."""
    stored = cited_tag(stored_source_id)
    return stored is None or stored == tag(citation)
