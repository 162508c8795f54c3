"""Metric definitions and the figures they define, declared once: every registry of the API
reads these."""

from app import models as m
from app.metrics import service, writes
from app.metrics.router import ObservationItem, observations_router, router
from app.resources.declaration import Resource, SeedStep
from app.writes.columns import read_row

METRICS = Resource(
    name="metrics",
    description="Definitions of what each figure measures (the data dictionary).",
    router=router,
    spec=service.METRICS,
    seed=(  # the relations once every metric exists: metrics refer to each other
        SeedStep("metric", "metrics", m.Metric, "key", read_row, writes.save_metric),
        SeedStep(
            "metric_relation",
            "metrics",
            m.Metric,
            "key",
            writes.load_relations,
            writes.save_relations,
        ),
    ),
)
OBSERVATIONS = Resource(
    name="observations",
    description="Figures, each with its period, qualifier and source passage.",
    router=observations_router,
    spec=service.OBSERVATIONS,
    item=ObservationItem,
    writable=writes.WRITABLE,
    seed=(  # derived figures once the figures they are computed from exist
        SeedStep.of("observations", writes.WRITABLE),
        SeedStep(
            "observation", "derived", m.Observation, "key", writes.load_derived, writes.save_derived
        ),
    ),
    after=("metrics", "jurisdictions", "strategies", "sources"),
)
