"""Which generated endpoint module serves which operation: matched by HTTP method and URL template.

The generator and the document spell path parameters differently (`{agent_id}` / `{agentId}`), so
templates are compared with parameter names blanked.
"""

from __future__ import annotations

import re
from pathlib import Path

Route = tuple[str, str]

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_PARAMETER = re.compile(r"\{[^}]*\}")
_METHOD = re.compile(r'"method": "(\w+)"')
_URL = re.compile(r'"url": "([^"]*)"')


def route(method: str, url_template: str) -> Route:
    return method.lower(), _PARAMETER.sub("{}", url_template)


def endpoint_modules(package: Path) -> dict[Route, Path]:
    """Route -> the endpoint module file under `package/api/<tag>/` whose `_get_kwargs` requests it."""
    found = {}
    for module in sorted((package / "api").glob("*/*.py")):
        source = module.read_text(encoding="utf-8")
        method, url = _METHOD.search(source), _URL.search(source)
        if method and url:
            found[route(method.group(1), url.group(1))] = module
    return found


def endpoint_module_names(package: Path, package_name: str = "dixa_client") -> dict[Route, str]:
    """Route -> the dotted name of its endpoint module, for importing it."""
    return {
        key: ".".join([package_name, *path.relative_to(package).with_suffix("").parts])
        for key, path in endpoint_modules(package).items()
    }
