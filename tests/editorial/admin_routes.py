"""The admin URLs of our apps that take parameters, found by walking the URL configuration:
shared by the robustness test (tests/editorial/test_admin_robustness.py) and the fuzz test
(tests/test_fuzz_parameters.py), so a new admin view is checked by both."""

import re

from django.apps import apps
from django.conf import settings
from django.urls import URLResolver, get_resolver

import pytest

OUR_APPS = {
    config.label
    for config in apps.get_app_configs()
    if config.path.startswith(str(settings.BASE_DIR)) and "site-packages" not in config.path
}
# Values for the other parameters while one of them is bad.
GOOD_VALUES = {
    "app_label": "news",
    "model_name": "newspage",
    "revision_id_a": "earliest",
    "revision_id_b": "latest",
}
ROUTE_PARAM = re.compile(r"<(?:(?P<converter>\w+):)?(?P<name>\w+)>")


def _walk(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern))
        else:
            yield prefix + str(pattern.pattern), pattern


def segments(route):
    """The route as a list of literal strings and (name, converter) parameters; handles both
    path() routes and the regex routes Wagtail uses for comparisons."""
    parts, position = [], 0
    while position < len(route):
        if route.startswith("(?P<", position):
            name_end = route.index(">", position)
            name = route[position + 4 : name_end]
            depth, index = 1, name_end + 1
            while depth:
                depth += {"(": 1, ")": -1}.get(route[index], 0)
                index += 1
            parts.append((name, "regex"))
            position = index
        elif match := ROUTE_PARAM.match(route, position):
            parts.append((match["name"], match["converter"] or "str"))
            position = match.end()
        else:
            char = route[position]
            if char == "\\":
                position += 1
                char = route[position]
            if char not in "^$":
                parts.append(char)
            position += 1
    return parts


def admin_routes():
    """Admin URL patterns with parameters that our apps register: by our views, or by the
    snippet viewsets of our models (only their non-integer parameters: Wagtail's <int:>
    converter already refuses anything else)."""
    routes = []
    for route, pattern in _walk(get_resolver().url_patterns):
        if not route.startswith("admin/"):
            continue
        params = [part for part in segments(route) if isinstance(part, tuple)]
        module = getattr(pattern.callback, "__module__", "")
        if module.split(".")[0] in OUR_APPS:
            checked = params
        elif route.split("/")[1:3][0] == "snippets" and route.split("/")[2] in OUR_APPS:
            checked = [param for param in params if param[1] != "int"]
        else:
            continue
        if checked:
            routes.append(pytest.param(route, checked, id=route))
            ROUTE_NAMES.add(pattern.name)
    return routes


ROUTE_NAMES = set()
ADMIN_ROUTES = admin_routes()
