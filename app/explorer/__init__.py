"""The explorer: HTML pages for people, built only on the public JSON API (called in-process
through the whole application, middleware included), with no script and no other origin."""
