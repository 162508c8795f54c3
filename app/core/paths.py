"""Where the service finds its shipped files and keeps its data, installed or from a checkout.

A wheel carries `migrations/` and `seed_data/` inside the package (`app/_shipped/`); a source
checkout (an editable install, `make run`) uses the repository's own folders. Data the service
writes (the SQLite file, a generated secret) never goes inside site-packages: it lives in the
checkout when run from one, else in `$XDG_DATA_HOME/sjc-api` (or `SJC_DATA_DIR`)."""

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parents[1]
_CHECKOUT = PACKAGE_DIR.parent


def running_from_checkout() -> bool:
    """True when the code runs from the repository (its pyproject.toml beside the package)."""
    return (_CHECKOUT / "pyproject.toml").is_file() and (_CHECKOUT / "migrations").is_dir()


def shipped(name: str) -> Path:
    """A folder shipped with the code: `migrations` or `seed_data`."""
    bundled = PACKAGE_DIR / "_shipped" / name
    return bundled if bundled.is_dir() else _CHECKOUT / name


def default_data_dir() -> Path:
    """The checkout when run from one, else the user's data folder (never site-packages)."""
    if running_from_checkout():
        return _CHECKOUT
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "sjc-api"
