"""Shared types: slugs, state codes, and short references to related resources."""

import html
import re
from typing import Annotated

from fastapi import Path
from pydantic import AfterValidator, BaseModel, Field, StringConstraints

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"

SlugPath = Annotated[
    str,
    Path(
        pattern=SLUG_PATTERN,
        max_length=200,
        description="Stable lowercase slug of the resource.",
    ),
]


class Ref(BaseModel):
    """A short reference to a related resource."""

    slug: str = Field(description="Slug of the related resource.")
    name: str = Field(description="Display name as written in the source.")


class RoleRef(Ref):
    """A related resource with the role it plays."""

    role: str = Field(description="Role as the source words it.")


# Markdown that a frontend may render as HTML: raw HTML and script-bearing links are refused,
# so what any Markdown renderer makes of a stored body carries no markup of its author's.
_RAW_HTML = re.compile(r"<(?!https?://|mailto:)(?:[/?]?[A-Za-z]|!)", re.IGNORECASE)
_INLINE_LINK = re.compile(r"\]\(\s*<?([^)\s>]*)")
_REFERENCE_LINK = re.compile(r"^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)", re.MULTILINE)
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):")
SAFE_SCHEMES = ("http", "https", "mailto")
MARKDOWN_MAX = 200_000


def _safe_markdown(text: str) -> str:
    if found := _RAW_HTML.search(text):
        raise ValueError(
            f"raw HTML is not allowed in Markdown (found {text[found.start() : found.start() + 20]!r} "
            f"at character {found.start()}); write it as text or as Markdown"
        )
    for pattern in (_INLINE_LINK, _REFERENCE_LINK):
        for target in pattern.findall(text):
            plain = "".join(c for c in html.unescape(target) if c.isprintable() and not c.isspace())
            scheme = _SCHEME.match(plain.lower())
            if scheme and scheme.group(1) not in SAFE_SCHEMES:
                raise ValueError(
                    f"links may use only {', '.join(SAFE_SCHEMES)} or relative targets "
                    f"(found {target[:40]!r})"
                )
    return text


SafeMarkdown = Annotated[
    str,
    StringConstraints(min_length=1, max_length=MARKDOWN_MAX),
    AfterValidator(_safe_markdown),
]
"""A Markdown text (CommonMark) without raw HTML and with http(s)/mailto/relative links only."""
