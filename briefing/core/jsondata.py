"""Dataclasses to and from JSON-ready data, by their fields: the one implementation.

`to_json` makes a dict of a dataclass's fields in their order: nested dataclasses become
dicts, tuples and lists become lists, datetimes ISO 8601 strings; anything else is taken
as it is. `from_json` is its inverse and tolerates what a file may hold: missing keys and
nulls give the field's default (or its type's empty value), and a malformed span is
dropped. A field's JSON form can be adjusted with `json_field`: another key, left out,
left out when None, rounded, or merged into its parent (a row's columns beside the
fields of the item that holds it).

Classes get `to_json()` / `from_json()` methods from `JsonData`. The plan for each class
is worked out once, from its type hints, and kept.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from datetime import datetime
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")
_META = "json"


def json_field(
    *,
    key: str | None = None,
    skip: bool = False,
    omit_none: bool = False,
    digits: int | None = None,
    flatten: bool = False,
    encode: Callable[[Any], Any] | None = None,
    **kwargs: Any,
) -> Any:
    """A dataclass field with a JSON form of its own (other arguments go to `field`).

    `key` names it in JSON; `skip` leaves it out both ways; `omit_none` leaves it out of
    `to_json` when None; `digits` rounds a number; `flatten` merges its (dict) JSON into
    the parent's; `encode` replaces the default conversion on the way out.
    """
    options = {
        "key": key,
        "skip": skip,
        "omit_none": omit_none,
        "digits": digits,
        "flatten": flatten,
        "encode": encode,
    }
    return dataclasses.field(metadata={_META: options}, **kwargs)


class JsonData:
    """Gives a dataclass `to_json()` and `from_json()` from its fields."""

    def to_json(self) -> dict[str, Any]:
        """The JSON-ready form (see `briefing.core.jsondata`)."""
        return to_json(self)

    @classmethod
    def from_json(cls: type[T], data: dict[str, Any] | None) -> T:
        """The inverse of `to_json`; tolerates missing keys, nulls and malformed spans."""
        return from_json(cls, data)


# To JSON ------------------------------------------------------------------------------
def to_json(item: Any) -> dict[str, Any]:
    """A dataclass instance as a dict of JSON-ready values (see the module docstring)."""
    plan, simple = _out_plan(type(item))
    if simple:
        return {key: encode(getattr(item, name)) for name, key, encode, _, _ in plan}
    out: dict[str, Any] = {}
    for name, key, encode, omit_none, flatten in plan:
        value = getattr(item, name)
        if value is None and omit_none:
            continue
        if flatten:
            out.update(encode(value))
        else:
            out[key] = encode(value)
    return out


@cache
def _out_plan(cls: type) -> tuple[tuple[tuple[str, str, Callable, bool, bool], ...], bool]:
    """(name, key, encoder, omit when None, flatten) of each field, and whether no field
    is left out or flattened (then one dict comprehension makes the dict)."""
    hints = typing.get_type_hints(cls)
    plan = []
    for spec in dataclasses.fields(cls):
        options = spec.metadata.get(_META, {})
        if options.get("skip") or not spec.init:
            continue
        encode = options.get("encode") or _encoder(hints[spec.name])
        if options.get("digits") is not None:
            encode = _rounded(encode, options["digits"])
        key = options.get("key") or spec.name
        plan.append(
            (spec.name, key, encode, bool(options.get("omit_none")), bool(options.get("flatten")))
        )
    simple = not any(omit_none or flatten for *_, omit_none, flatten in plan)
    return tuple(plan), simple


def _rounded(encode: Callable[[Any], Any], digits: int) -> Callable[[Any], Any]:
    return lambda value: round(encode(value), digits)


def _same(value: Any) -> Any:
    return value


_SCALARS = (str, int, float, bool)


def _encoder(hint: Any) -> Callable[[Any], Any]:
    """How a value of type `hint` becomes JSON-ready (None too, when the type allows it)."""
    inner = _without_none(hint)
    encode = _value_encoder(inner)
    if inner is hint or encode is _same:
        return encode
    return lambda value: None if value is None else encode(value)


def _value_encoder(hint: Any) -> Callable[[Any], Any]:
    if hint in _SCALARS or hint is Any:
        return _same if hint is not Any else _plain
    if dataclasses.is_dataclass(hint):
        return to_json
    if hint is datetime:
        return datetime.isoformat
    origin = typing.get_origin(hint)
    if origin in (list, tuple):
        args = {arg for arg in typing.get_args(hint) if arg is not Ellipsis}
        if len(args) != 1:
            return _plain
        inner = _value_encoder(args.pop())
        if inner is _same:
            return list
        if inner is list:
            return lambda value: [list(item) for item in value]
        return lambda value: [inner(item) for item in value]
    return _plain


def _plain(value: Any) -> Any:
    """A value whose type the plan does not know: containers copied, tuples as lists."""
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return to_json(value)
    if isinstance(value, datetime):
        return value.isoformat()
    return value


# From JSON ----------------------------------------------------------------------------
def from_json(cls: type[T], data: dict[str, Any] | None) -> T:
    """An instance of the dataclass `cls` from `to_json`'s form (see the module docstring)."""
    data = data if isinstance(data, dict) else {}
    values = {}
    for name, key, decode, empty in _in_plan(cls):
        value = data.get(key)
        if value is not None:
            try:
                values[name] = decode(value)
                continue
            except (TypeError, ValueError):
                pass
        if empty is not _DEFAULT:
            values[name] = empty() if callable(empty) else empty
    return cls(**values)


_DEFAULT = object()


@cache
def _in_plan(cls: type) -> tuple[tuple[str, str, Callable[[Any], Any], Any], ...]:
    hints = typing.get_type_hints(cls)
    plan = []
    for spec in dataclasses.fields(cls):
        options = spec.metadata.get(_META, {})
        if options.get("skip") or options.get("flatten") or not spec.init:
            continue
        hint = hints[spec.name]
        has_default = (
            spec.default is not dataclasses.MISSING
            or spec.default_factory is not dataclasses.MISSING
        )
        empty = _DEFAULT if has_default else _empty(hint)
        plan.append((spec.name, options.get("key") or spec.name, _decoder(hint), empty))
    return tuple(plan)


def _empty(hint: Any) -> Any:
    """The value of a required field that the data leaves out."""
    if _without_none(hint) is not hint:
        return None
    origin = typing.get_origin(hint)
    if origin is tuple:
        return tuple(_empty(arg) for arg in typing.get_args(hint))
    if origin in (list, dict):
        return origin
    return {str: "", int: 0, float: 0.0, bool: False}.get(hint)


def _decoder(hint: Any) -> Callable[[Any], Any]:
    """How a JSON value becomes a value of type `hint`; raises TypeError or ValueError."""
    hint = _without_none(hint)
    origin = typing.get_origin(hint)
    if dataclasses.is_dataclass(hint):
        return lambda value: from_json(hint, value)
    if hint is datetime:
        return datetime.fromisoformat
    if hint in (str, int, float, bool):
        return hint
    if origin is tuple:
        parts = [_decoder(arg) for arg in typing.get_args(hint)]
        size = len(parts)
        same = parts[0] if len(set(parts)) == 1 else None

        def fixed(value: Any) -> tuple:
            if not isinstance(value, (list, tuple)) or len(value) != size:
                raise ValueError(f"not {size} items")
            if same is not None:
                return tuple(map(same, value))
            return tuple(part(item) for part, item in zip(parts, value, strict=True))

        return fixed
    if origin is list:
        (inner,) = typing.get_args(hint) or (Any,)
        decode = _decoder(inner)
        return lambda value: _decoded_items(decode, value)
    if origin is dict:
        return dict
    return _same


def _decoded_items(decode: Callable[[Any], Any], value: Any) -> list:
    """The items of a JSON list that decode (the malformed ones are left out)."""
    if not isinstance(value, list):
        raise TypeError("not a list")
    try:
        return [decode(item) for item in value]
    except (TypeError, ValueError):
        pass
    items = []
    for item in value:
        try:
            items.append(decode(item))
        except (TypeError, ValueError):
            continue
    return items


def _without_none(hint: Any) -> Any:
    """`X` for `X | None` (and `Optional[X]`); anything else as it is."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        args = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        if len(args) == 1:
            return args[0]
    return hint
