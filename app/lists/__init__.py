"""The list engine every collection shares, knowing no resource: a list's declaration
(`engine.ListSpec`), its filter objects (`filters`), its query parameters (`params`), the
page and item envelopes (`envelopes`) and the JSON/CSV/NDJSON rendering (`render`)."""
