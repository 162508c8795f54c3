"""Unknown query parameters are refused (400 naming them and the allowed ones) instead of being
silently ignored: `?stat=WI` for `?state=WI` must not quietly return everything."""

from fastapi import Request
from fastapi.dependencies.models import Dependant

from app.core.errors import BadRequestError, FieldProblem

_ALLOWED: dict[int, frozenset[str]] = {}


def _query_names(dependant: Dependant) -> set[str]:
    names = {param.alias for param in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


def allowed_query_parameters(route: object) -> frozenset[str]:
    """The query parameters a route declares (cached per route)."""
    key = id(route)
    if key not in _ALLOWED:
        dependant = getattr(route, "dependant", None)
        _ALLOWED[key] = frozenset(_query_names(dependant) if dependant else ())
    return _ALLOWED[key]


async def refuse_unknown_query_parameters(request: Request) -> None:
    """A dependency of every route: 400 when the query has a parameter the route does not take."""
    if not request.query_params:
        return
    allowed = allowed_query_parameters(request.scope.get("route"))
    unknown = sorted(set(request.query_params.keys()) - allowed)
    if unknown:
        names = ", ".join(sorted(allowed)) or "none"
        raise BadRequestError(
            f"Unknown query parameter: {', '.join(repr(u) for u in unknown)}. Allowed: {names}.",
            errors=[
                FieldProblem(parameter=name, detail=f"Not a parameter of this operation ({names}).")
                for name in unknown
            ],
        )
