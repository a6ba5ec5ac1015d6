"""The python fences of a Markdown file, found by libcmark itself (through ctypes), as notescheck finds them.

A fence is a fenced code block whose info string's first word is `python`, `py` or `python3` (any case,
backticks or tildes), wherever cmark finds it: top level, list items, block quotes.
"""
from __future__ import annotations

import ctypes
import ctypes.util
from dataclasses import dataclass

PYTHON_INFO_WORDS = {"python", "py", "python3"}
_CMARK_NODE_CODE_BLOCK = 5  # cmark 0.30: DOCUMENT=1, BLOCK_QUOTE, LIST, ITEM, CODE_BLOCK
_CMARK_EVENT_ENTER = 2


@dataclass(frozen=True)
class Fence:
    start_line: int  # the line of the opening fence, 1-based
    source: str      # the content as cmark gives it (a list item's indentation removed)


def _load_cmark() -> ctypes.CDLL:
    name = ctypes.util.find_library("cmark")
    if name is None:
        raise RuntimeError("libcmark not found: install libcmark-dev (make deps does)")
    lib = ctypes.CDLL(name)
    lib.cmark_parse_document.restype = ctypes.c_void_p
    lib.cmark_parse_document.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_int]
    lib.cmark_iter_new.restype = ctypes.c_void_p
    lib.cmark_iter_new.argtypes = [ctypes.c_void_p]
    lib.cmark_iter_next.restype = ctypes.c_int
    lib.cmark_iter_next.argtypes = [ctypes.c_void_p]
    lib.cmark_iter_get_node.restype = ctypes.c_void_p
    lib.cmark_iter_get_node.argtypes = [ctypes.c_void_p]
    lib.cmark_iter_free.argtypes = [ctypes.c_void_p]
    lib.cmark_node_get_type.restype = ctypes.c_int
    lib.cmark_node_get_type.argtypes = [ctypes.c_void_p]
    lib.cmark_node_get_fence_info.restype = ctypes.c_char_p
    lib.cmark_node_get_fence_info.argtypes = [ctypes.c_void_p]
    lib.cmark_node_get_literal.restype = ctypes.c_char_p
    lib.cmark_node_get_literal.argtypes = [ctypes.c_void_p]
    lib.cmark_node_get_start_line.restype = ctypes.c_int
    lib.cmark_node_get_start_line.argtypes = [ctypes.c_void_p]
    lib.cmark_node_free.argtypes = [ctypes.c_void_p]
    return lib


def python_fences(markdown: str) -> list[Fence]:
    """Every python fence of `markdown`, in document order."""
    return [fence for word, fence in code_blocks(markdown) if word.lower() in PYTHON_INFO_WORDS]


def code_blocks(markdown: str) -> list[tuple[str, Fence]]:
    """Every code block of `markdown` (fenced or indented) with its info string's first word ("" for none)."""
    lib = _load_cmark()
    data = markdown.encode("utf-8")
    root = lib.cmark_parse_document(data, len(data), 0)
    iterator = lib.cmark_iter_new(root)
    fences: list[tuple[str, Fence]] = []
    try:
        while True:
            event = lib.cmark_iter_next(iterator)
            if event == 1:  # CMARK_EVENT_DONE
                break
            if event != _CMARK_EVENT_ENTER:
                continue
            node = lib.cmark_iter_get_node(iterator)
            if lib.cmark_node_get_type(node) != _CMARK_NODE_CODE_BLOCK:
                continue
            info = (lib.cmark_node_get_fence_info(node) or b"").decode("utf-8", "replace")
            words = info.split()
            literal = (lib.cmark_node_get_literal(node) or b"").decode("utf-8", "replace")
            fences.append((words[0] if words else "", Fence(lib.cmark_node_get_start_line(node), literal)))
    finally:
        lib.cmark_iter_free(iterator)
        lib.cmark_node_free(root)
    return fences
