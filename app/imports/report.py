"""What an import did, or would do: counts, problems and notes, as text or JSON."""

from dataclasses import asdict, dataclass, field
from typing import Any

from app.imports.rows import RowProblem


@dataclass
class ImportReport:
    """What an import did (or, on a dry run or a refusal, would have done)."""

    file: str
    sha256: str = ""
    rows: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    jurisdictions_created: int = 0
    fips_padded: int = 0
    metrics_created: list[str] = field(default_factory=list)
    layout: str = "long"
    problems: list[RowProblem] = field(default_factory=list)
    notes: list[RowProblem] = field(default_factory=list)
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        """True when the file was accepted."""
        return not self.problems

    def summary(self) -> str:
        """Human-readable report."""
        if self.problems:
            count = len(self.problems)
            noun = "problem" if count == 1 else "problems"
            lines = [f"{self.file}: refused, nothing written ({count} {noun})"]
            return "\n".join(lines + [f"  {p}" for p in self.problems[:200]])
        verb = "would import" if self.dry_run else "imported"
        created = f"; metrics defined by the mapping: {', '.join(self.metrics_created)}"
        text = (
            f"{self.file} ({self.layout}): {verb} {self.rows} rows: {self.inserted} inserted, "
            f"{self.updated} updated, {self.unchanged} unchanged; {self.jurisdictions_created} "
            f"jurisdictions created from FIPS; {self.fips_padded} county FIPS codes given without "
            f"their leading zero were padded{created if self.metrics_created else ''}; "
            f"SHA-256 {self.sha256}"
        )
        if self.notes:
            text += f"\n{len(self.notes)} notes (the import is not refused for them):"
            text += "".join(f"\n  {n}" for n in self.notes[:50])
        return text

    def as_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data (`sjc-api import --json`)."""
        data = asdict(self)
        data["ok"] = self.ok
        for name in ("problems", "notes"):
            data[name] = [asdict(p) for p in getattr(self, name)]
        return data
