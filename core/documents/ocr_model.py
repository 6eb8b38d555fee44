"""The recogniser model cut down to the characters claim documents use, made from the wheel's own.

rapidocr's PP-OCRv6 recogniser scores every time step of a line against 18,710 classes, most of
them CJK ideographs; that last layer and its softmax were a sixth of the recogniser's time and
most of the decoder's. `latin_rec_model` keeps the classes below U+2E80 (Latin, Greek, Cyrillic,
digits, punctuation, currency and other symbols: 1,748 characters, plus CTC's blank and the
space) by slicing the last layer's weights. Everything before that layer is untouched, so a
kept class's score is the full model's, renormalised over the kept classes; a line reads the
same unless a dropped character would have won, and then the best kept one does.

The model is rebuilt in memory from the wheel's file each time the engine loads (a fraction of
a second): nothing is downloaded, cached or committed. The ONNX file is a protobuf message; the
few fields changed here are declared below with their numbers from onnx.proto, and every other
field passes through unparsed (protobuf keeps unknown fields), so no `onnx` package is needed.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory

KEEP_BELOW = 0x2E80  # CJK radicals, kana, hangul and ideographs start here
WEIGHT, BIAS = "linear_8.w_0", "linear_8.b_0"  # the PP-OCRv6 recogniser's classifier
FLOAT = 1  # TensorProto.DataType.FLOAT

# (message, [(field, number, type, label, message type)]) from onnx.proto, only what is touched.
_FIELDS: dict[str, list[tuple[str, int, int, int, str]]] = {
    "Model": [("graph", 7, 11, 1, "Graph"), ("metadata_props", 14, 11, 3, "Entry")],
    "Entry": [("key", 1, 9, 1, ""), ("value", 2, 9, 1, "")],
    "Graph": [("initializer", 5, 11, 3, "Tensor"), ("output", 12, 11, 3, "ValueInfo"),
              ("value_info", 13, 11, 3, "ValueInfo")],
    "Tensor": [("dims", 1, 3, 3, ""), ("data_type", 2, 5, 1, ""), ("float_data", 4, 2, 3, ""),
               ("name", 8, 9, 1, ""), ("raw_data", 9, 12, 1, "")],
    "ValueInfo": [("name", 1, 9, 1, ""), ("type", 2, 11, 1, "Type")],
    "Type": [("tensor_type", 1, 11, 1, "TensorType")],
    "TensorType": [("elem_type", 1, 5, 1, ""), ("shape", 2, 11, 1, "Shape")],
    "Shape": [("dim", 1, 11, 3, "Dim")],
    "Dim": [("dim_value", 1, 3, 1, ""), ("dim_param", 2, 9, 1, "")],
}


@lru_cache(maxsize=1)
def _model_class() -> Any:
    """A protobuf class for onnx's ModelProto that knows only the fields in _FIELDS."""
    file = descriptor_pb2.FileDescriptorProto(name="claimdesk_onnx_subset.proto",
                                              package="claimdesk_onnx", syntax="proto2")
    for message, fields in _FIELDS.items():
        proto = file.message_type.add(name=message)
        for name, number, kind, label, type_name in fields:
            field = proto.field.add(name=name, number=number, type=kind, label=label)
            if type_name:
                field.type_name = f".claimdesk_onnx.{type_name}"
            if name == "float_data":  # declared [packed = true] in onnx.proto; dims are not
                field.options.packed = True
    pool = descriptor_pool.DescriptorPool()
    pool.Add(file)
    return message_factory.GetMessageClass(pool.FindMessageTypeByName("claimdesk_onnx.Model"))


def kept_characters(characters: list[str]) -> list[int]:
    """Positions in the model's character list of the characters the cut model keeps."""
    return [i for i, ch in enumerate(characters) if ch and ord(ch[0]) < KEEP_BELOW]


def latin_rec_model(path: Path) -> bytes:
    """The recogniser at `path` with its classes cut to those below U+2E80, as ONNX bytes."""
    model = _model_class().FromString(Path(path).read_bytes())
    meta = {entry.key: entry for entry in model.metadata_props}
    characters = meta["character"].value.splitlines()
    kept = kept_characters(characters)
    # Class 0 is CTC's blank, then the characters in order, then the space (rapidocr's layout).
    classes = np.array([0, *(1 + i for i in kept), len(characters) + 1])
    tensors = {t.name: t for t in model.graph.initializer}
    for name in (WEIGHT, BIAS):
        _slice_last_axis(tensors[name], classes, len(characters) + 2)
    meta["character"].value = "\n".join(characters[i] for i in kept)
    for info in [*model.graph.output, *model.graph.value_info]:
        for dim in info.type.tensor_type.shape.dim:
            if dim.dim_value == len(characters) + 2:
                dim.dim_value = len(classes)
    data: bytes = model.SerializeToString(deterministic=True)
    return data


def _slice_last_axis(tensor: Any, keep: np.ndarray, width: int) -> None:
    if tensor.data_type != FLOAT or list(tensor.dims)[-1] != width:
        raise ValueError(f"{tensor.name} is not the float classifier of {width} classes")
    values = (np.frombuffer(tensor.raw_data, dtype="<f4") if tensor.raw_data
              else np.asarray(tensor.float_data, dtype="<f4"))
    values = values.reshape(list(tensor.dims))[..., keep]
    del tensor.dims[:]
    tensor.dims.extend(values.shape)
    del tensor.float_data[:]
    tensor.raw_data = np.ascontiguousarray(values, dtype="<f4").tobytes()
