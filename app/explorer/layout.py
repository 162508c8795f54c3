"""The one page shell of the front door and the explorer: style sheet, navigation, landmarks,
and a Content-Security-Policy that allows the inline style by its hash and nothing else."""

import base64
import hashlib
from html import escape

STYLE = """
body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fff}
header,main,footer{max-width:52rem;margin:0 auto;padding:1rem 1.25rem}
header{border-bottom:3px solid #1d4f91}
nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:1rem;margin:0;padding:0}
h1{font-size:1.6rem;margin:.2rem 0}
a{color:#1d4f91}
a:focus,input:focus,select:focus,button:focus{outline:3px solid #f2a900;outline-offset:2px}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #d0d0d0;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
dt{font-weight:600}
code{background:#f1f3f5;padding:0 .25rem}
blockquote{margin:.25rem 0;padding:.25rem .75rem;border-left:4px solid #1d4f91;background:#f6f8fa}
form{display:flex;flex-wrap:wrap;gap:.75rem;align-items:end;margin:1rem 0}
label{display:flex;flex-direction:column;font-weight:600}
input,select,button{font:inherit;padding:.3rem .5rem;border:1px solid #555;border-radius:3px}
button{background:#1d4f91;color:#fff;border-color:#1d4f91}
svg{max-width:100%;height:auto}
.muted{color:#444}
footer{color:#444;font-size:.9rem}
"""
_STYLE_HASH = base64.b64encode(hashlib.sha256(STYLE.encode()).digest()).decode()


def page_csp(*, forms: bool = False) -> str:
    """No script, no other origin, no framing; forms submit to this site only when allowed."""
    action = "'self'" if forms else "'none'"
    return (
        f"default-src 'none'; style-src 'sha256-{_STYLE_HASH}'; frame-ancestors 'none'; "
        f"base-uri 'none'; form-action {action}"
    )


NAV = (
    ("/", "Home"),
    ("/explore", "Jurisdictions"),
    ("/explore/articles", "Articles"),
    ("/docs", "API documentation"),
)


def page(title: str, body: str, *, lead: str = "sjc-api") -> str:
    """A whole HTML page: `title` is text (escaped here), `body` is HTML already escaped."""
    links = "".join(f'<li><a href="{href}">{text}</a></li>' for href, text in NAV)
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}: Safety and Justice Challenge data</title>
<style>{STYLE}</style>
</head>
<body>
<header>
<nav aria-label="Site"><ul>{links}</ul></nav>
<p class="muted">{escape(lead)}</p>
<h1>{escape(title)}</h1>
</header>
<main>
{body}
</main>
<footer>
<p>Every page here is built from the public API (<a href="/api/v1">/api/v1</a>); reads are
open to everyone.</p>
</footer>
</body>
</html>
"""


def paragraphs(text: str | None) -> str:
    """Plain text as escaped paragraphs (blank lines separate them)."""
    if not text:
        return ""
    return "\n".join(
        "<p>" + "<br>".join(escape(line) for line in part.strip().split("\n")) + "</p>"
        for part in text.split("\n\n")
        if part.strip()
    )
