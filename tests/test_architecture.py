"""The design holds: no function above the complexity ceiling (radon), measured on app/."""

from pathlib import Path

from radon.complexity import cc_visit

APP = Path(__file__).resolve().parents[1] / "app"
CEILING = 15  # docs/architecture.md, "Complexity"


def blocks() -> list[tuple[str, int]]:
    """(file:function, cyclomatic complexity) of every function and method in app/."""
    found = []
    for path in sorted(APP.rglob("*.py")):
        for block in cc_visit(path.read_text(encoding="utf-8")):
            name = f"{path.relative_to(APP)}:{block.fullname}"
            found.append((name, block.complexity))
            found += [(f"{name}.{m.name}", m.complexity) for m in getattr(block, "methods", [])]
    return found


def test_no_function_above_the_ceiling() -> None:
    measured = blocks()
    assert len(measured) > 500  # the whole of app/ was read
    over = sorted((c, name) for name, c in measured if c > CEILING)
    assert not over, f"above complexity {CEILING}: {over}"


def test_the_measure_catches_a_tangled_function() -> None:
    branches = "\n".join(f"    if x == {i}:\n        return {i}" for i in range(CEILING + 1))
    (block,) = cc_visit(f"def tangled(x):\n{branches}\n    return -1\n")
    assert block.complexity > CEILING
