"""Resources declared once: the declaration (`declaration.py`) each domain fills in, and the
one registry (`registry.py`) every list of resources in the API is read from."""
