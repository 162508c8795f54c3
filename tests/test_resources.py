"""The one registry of resources: each resource is declared once in its domain, and the
routes, tags, writes, exports, search types and seed order all follow from the declarations."""

from dataclasses import replace

import pytest
from fastapi.testclient import TestClient

from app.main import TAGS
from app.resources import registry
from app.resources.declaration import Resource
from app.search.router import SEARCHABLE
from app.seed import writer as seed_writer
from tests.helpers import API

NAMES = [r.name for r in registry.RESOURCES]


def test_every_resource_is_declared_once_and_refers_to_declared_ones() -> None:
    assert len(NAMES) == len(set(NAMES))
    for r in registry.RESOURCES:
        assert set(r.after) <= set(NAMES), f"{r.name} refers to an undeclared resource"
        assert r.name not in r.after
        if r.writable is not None:  # the write API and the audit log call it by its name
            assert r.writable.resource == r.name
        if r.search is not None:
            assert r.search.resource == r.name
            # its writes keep its index entry current through the very same declaration
            assert r.writable is not None and r.writable.reindex == r.search.reindex


def test_the_tags_are_the_resources_then_the_services() -> None:
    names = [t["name"] for t in TAGS]
    assert names[: len(NAMES)] == [r.tag_name for r in registry.RESOURCES]
    assert len(names) == len(set(names))


def test_the_seed_writes_every_resource_after_what_it_refers_to() -> None:
    order = [r.name for r in registry.seed_order()]
    assert sorted(order) == sorted(NAMES)
    for r in registry.RESOURCES:
        assert all(order.index(target) < order.index(r.name) for target in r.after)
    assert registry.seed_steps() == seed_writer.STEPS
    assert seed_writer.STEPS[-1].collection == "articles"  # it refers to nearly everything


def test_a_circular_or_unknown_reference_cannot_be_ordered() -> None:
    a, b = registry.RESOURCES[0], registry.RESOURCES[1]
    with pytest.raises(ValueError, match="cannot be ordered"):
        registry.seed_order([replace(a, after=(b.name,)), replace(b, after=(a.name,))])
    with pytest.raises(ValueError, match="cannot be ordered"):
        registry.seed_order([replace(a, after=("no-such-resource",))])


def test_exports_writes_and_search_types_come_from_the_declarations() -> None:
    assert set(registry.exports()) == {r.name for r in registry.RESOURCES if r.exported}
    assert "documents" not in registry.exports()
    assert [w.resource for w, _ in registry.writes()] == [
        r.name for r in registry.RESOURCES if r.writable is not None
    ]
    assert tuple(r.name for r in registry.RESOURCES if r.search is not None) == SEARCHABLE


def _declared(resource: Resource) -> str:
    return f"{API}/{resource.name}"


@pytest.mark.parametrize("resource", registry.RESOURCES, ids=NAMES)
def test_every_declared_resource_is_served(client: TestClient, resource: Resource) -> None:
    page = client.get(_declared(resource), params={"limit": 2})
    assert page.status_code == 200, page.text
    assert set(page.json()) >= {"data", "links", "meta"}
    operations = client.get("/openapi.json").json()["paths"]
    if resource.writable is not None:
        assert "post" in operations[_declared(resource)]
    export = client.get(f"{API}/exports/{resource.name}.ndjson")
    assert export.status_code == (200 if resource.exported else 422), export.text
    if resource.search is not None:
        hits = client.get(f"{API}/search", params={"q": "jail", "type": resource.name})
        assert hits.status_code == 200, hits.text
        assert {h["type"] for h in hits.json()["data"]} <= {resource.name}


@pytest.mark.parametrize("resource", registry.RESOURCES, ids=NAMES)
def test_a_file_names_each_column_once_even_when_fields_names_the_key(
    client: TestClient, resource: Resource
) -> None:
    key = resource.spec.key_field
    other = next(f for f in resource.spec.fields if f != key)
    body = client.get(f"{_declared(resource)}.csv", params={"fields": f"{key},{other},{key}"})
    assert body.status_code == 200, body.text
    assert body.text.splitlines()[0] == f"{key},{other}"  # pandas would read `{key}.1` otherwise
