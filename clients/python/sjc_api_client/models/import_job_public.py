from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.import_job_public_report_type_0 import ImportJobPublicReportType0
  from ..models.import_progress import ImportProgress





T = TypeVar("T", bound="ImportJobPublic")



@_attrs_define
class ImportJobPublic:
    """ An import job as the API shows it.

        Attributes:
            id (str): Job id (random; it names nothing else).
            status (str): queued, running, succeeded (written, or checked on a dry run), refused (the file has problems:
                nothing written; see report.problems), failed (an error outside the file: nothing written) or interrupted (the
                process running it stopped).
            file (str): Name of the uploaded file.
            size (int): Bytes uploaded.
            mapping (None | str): Mapping file used for a wide table, if named.
            dry_run (bool): True: checked and planned, nothing written.
            progress (ImportProgress): How far an import has got.
            report (ImportJobPublicReportType0 | None): The importer's report (as `sjc-api import --json` prints it), when
                done.
            error (None | str): What went wrong, for a failed job.
            actor (str): Name of the API key that uploaded.
            created_at (datetime.datetime): When the upload was accepted.
            finished_at (datetime.datetime | None): When the job ended.
     """

    id: str
    status: str
    file: str
    size: int
    mapping: None | str
    dry_run: bool
    progress: ImportProgress
    report: ImportJobPublicReportType0 | None
    error: None | str
    actor: str
    created_at: datetime.datetime
    finished_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.import_job_public_report_type_0 import ImportJobPublicReportType0 # noqa: PLC0415
        from ..models.import_progress import ImportProgress # noqa: PLC0415
        id = self.id

        status = self.status

        file = self.file

        size = self.size

        mapping: None | str
        mapping = self.mapping

        dry_run = self.dry_run

        progress = self.progress.to_dict()

        report: dict[str, Any] | None
        if isinstance(self.report, ImportJobPublicReportType0):
            report = self.report.to_dict()
        else:
            report = self.report

        error: None | str
        error = self.error

        actor = self.actor

        created_at = self.created_at.isoformat()

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "status": status,
            "file": file,
            "size": size,
            "mapping": mapping,
            "dry_run": dry_run,
            "progress": progress,
            "report": report,
            "error": error,
            "actor": actor,
            "created_at": created_at,
            "finished_at": finished_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_job_public_report_type_0 import ImportJobPublicReportType0 # noqa: PLC0415
        from ..models.import_progress import ImportProgress # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        status = d.pop("status")

        file = d.pop("file")

        size = d.pop("size")

        def _parse_mapping(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mapping = _parse_mapping(d.pop("mapping"))


        dry_run = d.pop("dry_run")

        progress = ImportProgress.from_dict(d.pop("progress"))




        def _parse_report(data: object) -> ImportJobPublicReportType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                report_type_0 = ImportJobPublicReportType0.from_dict(data)



                return report_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImportJobPublicReportType0 | None, data)

        report = _parse_report(d.pop("report"))


        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))


        actor = d.pop("actor")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)



                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finished_at"))


        import_job_public = cls(
            id=id,
            status=status,
            file=file,
            size=size,
            mapping=mapping,
            dry_run=dry_run,
            progress=progress,
            report=report,
            error=error,
            actor=actor,
            created_at=created_at,
            finished_at=finished_at,
        )


        import_job_public.additional_properties = d
        return import_job_public

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
