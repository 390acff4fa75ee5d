"""What the deck models allow at a key path of raw deck data: keys, choices, list lengths."""

from __future__ import annotations

import types
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from annotated_types import MaxLen, MinLen
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from kiosk.deck.model import Deck
from kiosk.deck.problems import KeyPath


def _unwrap(annotation: Any) -> Any:
    """Strip Annotated[...] and `| None` down to the type that matters."""
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            annotation = get_args(annotation)[0]
        elif origin in (Union, types.UnionType):
            args = [arg for arg in get_args(annotation) if arg is not type(None)]
            if len(args) != 1:
                return annotation
            annotation = args[0]
        else:
            return annotation


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def _literal_values(annotation: Any) -> tuple[Any, ...]:
    annotation = _unwrap(annotation)
    return get_args(annotation) if get_origin(annotation) is Literal else ()


def _pick(annotation: Any, node: Any) -> type[BaseModel] | None:
    """The model `node` is validated as: the only one, or the one its `type` names."""
    if _is_model(annotation):
        model: type[BaseModel] = annotation
        return model
    models = [_unwrap(arg) for arg in get_args(annotation)]
    models = [arg for arg in models if _is_model(arg)]
    tag = node.get("type") if isinstance(node, dict) else None
    for candidate in models:
        field = candidate.model_fields.get("type")
        if field is not None and tag in _literal_values(field.annotation):
            picked: type[BaseModel] = candidate
            return picked
    return None


def model_at(path: KeyPath, data: Any) -> type[BaseModel] | None:
    """The model that validates the mapping at `path` (None if it cannot be told)."""
    model: type[BaseModel] = Deck
    node, i = data, 0
    while i < len(path):
        name = path[i]
        if not isinstance(name, str) or name not in model.model_fields:
            return None
        annotation = _unwrap(model.model_fields[name].annotation)
        node = node.get(name) if isinstance(node, dict) else None
        i += 1
        if get_origin(annotation) is tuple:
            index = path[i] if i < len(path) else None
            if not isinstance(index, int):
                return None
            node = node[index] if isinstance(node, list) and 0 <= index < len(node) else None
            annotation = _unwrap(get_args(annotation)[0])
            i += 1
        picked = _pick(annotation, node)
        if picked is None:
            return None
        model = picked
    return model


def field_at(path: KeyPath, data: Any) -> FieldInfo | None:
    """The field the last key of `path` names."""
    if not path or not isinstance(path[-1], str):
        return None
    model = model_at(path[:-1], data)
    return model.model_fields.get(path[-1]) if model is not None else None


def keys_at(path: KeyPath, data: Any) -> tuple[str, ...]:
    """The keys the mapping at `path` may have."""
    model = model_at(path, data)
    return tuple(model.model_fields) if model is not None else ()


def choices_at(path: KeyPath, data: Any) -> tuple[str, ...]:
    """The words a one-of-these value at `path` may be."""
    field = field_at(path, data)
    values = _literal_values(field.annotation) if field is not None else ()
    return tuple(str(value) for value in values)


def length_limits(path: KeyPath, data: Any) -> tuple[int | None, int | None]:
    """The fewest and most items the list at `path` may have."""
    field = field_at(path, data)
    metadata = field.metadata if field is not None else []
    least = next((m.min_length for m in metadata if isinstance(m, MinLen)), None)
    most = next((m.max_length for m in metadata if isinstance(m, MaxLen)), None)
    return least, most


def value_at(path: KeyPath, data: Any) -> Any:
    """The raw value at `path`, or None."""
    for part in path:
        if isinstance(part, int) and isinstance(data, list) and 0 <= part < len(data):
            data = data[part]
        elif isinstance(part, str) and isinstance(data, dict):
            data = data.get(part)
        else:
            return None
    return data
