"""The only place that knows the /api/v1 prefix: every versioned router is mounted here."""

from fastapi import APIRouter

from app.api import root as api_root
from app.api.datapackage import router as datapackage
from app.api.exports import router as exports
from app.api.snapshot import router as snapshot
from app.audit.deletions import router as deletions
from app.audit.router import router as audit
from app.imports.router import router as imports
from app.resources import registry
from app.search.router import router as search
from app.writes.router import restore_router, write_router

PREFIX = "/api/v1"

router = APIRouter(prefix=PREFIX)
api_root.install(router)
for resource in registry.RESOURCES:
    router.include_router(resource.routes)
for sub in (search, exports, imports, audit, datapackage, snapshot, deletions):
    router.include_router(sub)
for writable, item in registry.writes():
    router.include_router(write_router(writable, item))
router.include_router(restore_router(registry.writes()))
