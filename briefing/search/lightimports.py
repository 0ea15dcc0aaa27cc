"""Lighter Whoosh imports: stand-ins for modules Whoosh imports but never uses to search.

Start-up time. whoosh-reloaded imports things it never needs to search an index:
`whoosh.compat` takes `urlretrieve` from `urllib.request` (which loads http.client,
email and ssl), `whoosh.reading` takes `cached_property` from the package of that name
(which loads asyncio for coroutine support), and `whoosh.query.terms` takes
`variations` from `whoosh.lang.morph_en` (which compiles a large regex, for a query
type we never build). Together that is about half of Whoosh's import time. While just
those modules execute, the finder below gives them a light stand-in: a `urlretrieve`
and a `variations` that import the real ones when called, and the standard library's
`functools.cached_property` (the same caching of a computed attribute). The stand-ins
leave `sys.modules` as soon as the module has run, so any other import of those
modules gets the real one. With `whoosh3` (no `whoosh.compat`, and
`functools.cached_property` already) only the last one applies.

`install()` puts the finder first on `sys.meta_path`; `briefing.search` calls it as it is
imported, before any of its modules imports Whoosh.
"""

from __future__ import annotations

import sys
from importlib.machinery import PathFinder


def _urlretrieve(*args, **kwargs):
    from urllib.request import urlretrieve

    return urlretrieve(*args, **kwargs)


def _variations(word):
    from whoosh.lang.morph_en import variations

    return variations(word)


def _stand_in(name: str):
    from types import ModuleType

    module = ModuleType(name)
    if name == "urllib.request":
        module.urlretrieve = _urlretrieve
    elif name == "whoosh.lang.morph_en":
        module.variations = _variations
    else:
        from functools import cached_property

        module.cached_property = cached_property
    return module


class _LightWhooshImports:
    """A meta path finder for those Whoosh modules only."""

    STAND_INS = {
        "whoosh.compat": "urllib.request",
        "whoosh.reading": "cached_property",
        "whoosh.query.terms": "whoosh.lang.morph_en",
    }

    def find_spec(self, fullname, path=None, target=None):
        stand_in = self.STAND_INS.get(fullname)
        if stand_in is None or stand_in in sys.modules:
            return None
        spec = PathFinder.find_spec(fullname, path, target)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return None
        spec.loader = _StandInLoader(spec.loader, stand_in)
        return spec


class _StandInLoader:
    """Runs the real loader with a stand-in module in `sys.modules`, then removes it."""

    def __init__(self, loader, stand_in: str) -> None:
        self._loader = loader
        self._stand_in = stand_in

    def __getattr__(self, name: str):
        return getattr(self._loader, name)

    def create_module(self, spec):
        return self._loader.create_module(spec)

    def exec_module(self, module) -> None:
        name = self._stand_in
        placeholder = None
        if name not in sys.modules:
            placeholder = sys.modules[name] = _stand_in(name)
        try:
            self._loader.exec_module(module)
        finally:
            if placeholder is not None and sys.modules.get(name) is placeholder:
                del sys.modules[name]


def install() -> None:
    """Put the finder first on `sys.meta_path` (once)."""
    if not any(isinstance(finder, _LightWhooshImports) for finder in sys.meta_path):
        sys.meta_path.insert(0, _LightWhooshImports())
