"""Goldens for PyModel's runtime algorithms (Sources/PyModel/Runtime), recorded from CPython 3.11.

Regenerate every file with one command, from the repository root:

    python3 tools/golden/runtime_cases.py

It writes one JSON file per section into tools/golden/runtime/ (read by the XCTests in Tests/PyModelTests/Runtime/). Every expected value is
what this CPython computed; inputs come from fixed lists and from a `random.Random` with a fixed seed,
so the output is deterministic. `tools/tests/test_runtime_goldens.py` regenerates them in memory and
checks the committed files are still CPython's. Floats travel as 16-hex-digit IEEE-754 bit patterns
so that no value is rounded on the way; a raised exception is recorded as {"error": [type, message]}.
"""
import json
import math
import random
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLDEN_DIR = ROOT / "tools" / "golden" / "runtime"


def bits(x):
    return struct.pack(">d", x).hex()


def from_bits(h):
    return struct.unpack(">d", bytes.fromhex(h))[0]


def outcome(fn):
    """The value fn returns, or the exception it raises as {"error": [type, message]}."""
    try:
        return {"value": fn()}
    except Exception as exc:  # every raised exception is part of the golden
        return {"error": [type(exc).__name__, str(exc)]}


def interesting_floats(rng, count):
    values = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 5.0, 1e16, 1e15, 9999999999999998.0,
              1e-4, 1e-5, 0.0001, 0.00001234, 123456789.0, 1e22, 1e23, 2.0 ** 53, 2.0 ** 53 + 2, 2e16 + 8,
              5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
              math.pi, math.e, 0.5, 1.5, 2.5, 0.125, 100.0, 1234.5678, 1e100, 1e-100, 123e-20,
              float("inf"), float("-inf"), float("nan"), 0.1 + 0.2, 1.1, 2.675, 1e300 * 1e-300]
    for _ in range(count):
        kind = rng.randrange(4)
        if kind == 0:
            values.append(from_bits("%016x" % rng.getrandbits(64)))
        elif kind == 1:
            values.append(rng.uniform(-1e6, 1e6))
        elif kind == 2:
            values.append(round(rng.uniform(-1000, 1000), rng.randrange(0, 6)))
        else:
            values.append(rng.random() * 10.0 ** rng.randrange(-30, 30))
    return values


def float_repr_cases():
    rng = random.Random(20261125)
    return [[bits(x), repr(x), str(x)] for x in interesting_floats(rng, 3000)]


SECTIONS = {
    "float_repr": float_repr_cases,
}


def render(cases):
    """A golden file's text: a header, then one case per line."""
    lines = ",\n".join(json.dumps(case, ensure_ascii=True) for case in cases)
    return ('{"generator": "tools/golden/runtime_cases.py", "python": %s,\n"cases": [\n%s\n]}\n'
            % (json.dumps("%d.%d" % sys.version_info[:2]), lines))


def build_goldens():
    """Section name -> the JSON text of its golden file."""
    return {name: render(make()) for name, make in SECTIONS.items()}


def main():
    GOLDEN_DIR.mkdir(parents=True, exist_ok=True)
    for name, text in build_goldens().items():
        (GOLDEN_DIR / f"{name}.json").write_text(text)


if __name__ == "__main__":
    main()
