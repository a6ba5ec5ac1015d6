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


def with_outcome(case, fn):
    """case plus "out" (the value fn returns) or "err" ([type, message] of what fn raises)."""
    result = outcome(fn)
    if "value" in result:
        return {**case, "out": result["value"]}
    return {**case, "err": result["error"]}


FORMAT_INTS = [0, 1, -1, 7, 42, -42, 255, 1000, 65, 123456789, -1234567, 10 ** 30, -(2 ** 100), 0x10FFFF,
               0x110000, 2 ** 70, 9999]
FORMAT_FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.125, 3.14159, -0.0001, 1e-7, 123456.789,
                 -98765.4321, 1e16, 1.5e16, 1e22, 1e300, 5e-324, 0.1, 2 / 3, 1234567.0, 99.995,
                 float("inf"), float("-inf"), float("nan"), -float("nan"), -1e-10]
FORMAT_STRS = ["", "a", "abc", "hello world", "h\u00e9llo", "\u65e5\u672c\u8a9e", "e\u0301", "\U0001f600x"]
FORMAT_FIXED_SPECS = ["", "d", "5", "<5", ">8", "^9", "=+8", "*^11", "08", "+08", "-08", " 08", "#x", "#X",
                      "#o", "#b", "#010x", ",", "_", "_x", "_b", "015,", "015_", "020,.2f", ".2f", ".0f",
                      ".3e", ".3E", ".3g", "g", "G", ".10g", "#.3g", "#g", "%", ".1%", "n", ".3n", "c", "s",
                      ">10s", ".2s", "z.1f", "z", "+z.3f", "e", "f", "F", "E", "#.0f", "#.0e", "10.3",
                      ".0", ".1", ".12", "x<12,.3f", "0=10", "0<10", "0^10", "=10", "_o", ",x", ",b", ",o",
                      ",n", ",c", ",s", "_s", ",_", "_,", ".", "..2", "5.", "xx", "<<", "abc", "+s", " s",
                      "#s", "=5s", "zd", "zs", ".2d", ".2x", "+c", "#c", "\u00e9", "\u00e9>8", "\u0663",
                      "99999999999999999999", ".99999999999999999999", "5\u0665", "\x7f", "j", "i", "q"]


FORMAT_TYPES = {"int": "bcdoxXn" + "eEfFgG%", "float": "eEfFgGn%", "str": "s"}


def random_format_spec(rng, kind):
    """A spec that is mostly valid for kind, with an occasional wrong type, precision or option."""
    wrong = rng.random() < 0.1
    types = "bcdoxXneEfFgG%s" if wrong else FORMAT_TYPES[kind]
    integer_type = kind == "int" and rng.random() < 0.7
    if integer_type and not wrong:
        types = "bcdoxXn"
    parts = [
        rng.choice(["", "", "<", ">", "^", "=", "*<", "0>", "x^", "\u20ac=", "0="]),
        rng.choice(["", "", "+", "-", " "]) if kind != "str" or wrong else "",
        rng.choice(["", "", "", "z"]) if kind == "float" or wrong else "",
        rng.choice(["", "", "#"]) if kind != "str" or wrong else "",
        rng.choice(["", "", "0"]),
        rng.choice(["", "", "1", "8", "12", "20"]),
        rng.choice(["", "", "", ",", "_"]) if kind != "str" or wrong else "",
        rng.choice(["", "", ".0", ".1", ".3", ".10", ".17"]) if not integer_type or wrong else "",
        rng.choice(["", ""] + list(types)),
    ]
    return "".join(parts)


def format_spec_cases():
    rng = random.Random(515)
    kinds = [("int", FORMAT_INTS, str), ("float", FORMAT_FLOATS, bits), ("str", FORMAT_STRS, str)]
    cases = []
    for kind, values, encode in kinds:
        for spec in FORMAT_FIXED_SPECS:
            for value in values:
                cases.append(with_outcome({"kind": kind, "value": encode(value), "spec": spec},
                                          lambda: format(value, spec)))
        for _ in range(2500):
            spec = random_format_spec(rng, kind)
            value = rng.choice(values)
            cases.append(with_outcome({"kind": kind, "value": encode(value), "spec": spec},
                                      lambda: format(value, spec)))
    return cases


RANDOM_SEEDS = [0, 1, 42, -7, 12345, 2 ** 32, 2 ** 40 + 3, 2 ** 100 - 1, 12345678901234567890]


def random_op(rng):
    """One call on a random.Random, as [name, *args] with every argument a string."""
    name = rng.choice(["random", "getrandbits", "randrange", "randrange3", "randint", "choice", "shuffle",
                       "sample", "sample_counts", "choices", "choices_w", "choices_cw", "uniform", "triangular",
                       "normalvariate", "gauss", "gauss", "expovariate", "gammavariate", "betavariate", "lognormvariate",
                       "seed"])
    small = lambda: str(rng.choice([0, 1, 2, 3, 5, 10, 100, 1000, 2 ** 31, 2 ** 32, 2 ** 53, 10 ** 20, -5]))
    if name == "getrandbits":
        return [name, str(rng.choice([0, 1, 5, 31, 32, 33, 53, 63, 64, 65, 100, 200, -1]))]
    if name == "seed":
        return [name, str(rng.choice([0, 3, -3, 2 ** 64 + 1]))]
    if name == "randrange":
        return [name, small()]
    if name == "randrange3":
        return [name, str(rng.randrange(-20, 20)), str(rng.randrange(-20, 40)), str(rng.choice([1, 2, 3, -1, -4, 0]))]
    if name == "randint":
        a = rng.randrange(-50, 50)
        return [name, str(a), str(a + rng.choice([0, 1, 6, 99, 10 ** 12, -1]))]
    if name in ("choice", "shuffle"):
        return [name, str(rng.choice([0, 1, 2, 7, 30]))]
    if name == "sample":
        n = rng.choice([0, 3, 10, 30, 200, 10 ** 6])
        return [name, str(n), str(rng.choice([0, 1, 2, 6, 25, 40, 4]))]
    if name == "sample_counts":
        return [name, str(rng.choice([1, 3, 7, 12])), *[str(rng.randrange(0, 5)) for _ in range(4)]]
    if name == "choices":
        return [name, str(rng.choice([1, 4, 50])), str(rng.choice([0, 1, 5]))]
    if name in ("choices_w", "choices_cw"):
        weights = [str(rng.choice([0, 1, 2, 0.5, 3.25, 10])) for _ in range(rng.choice([3, 4]))]
        if name == "choices_cw":
            weights.sort(key=float)
        return [name, str(rng.choice([1, 5])), *weights]
    if name == "uniform":
        return [name, str(rng.choice([0.0, -1.5, 10.0])), str(rng.choice([1.0, 2.5, 1e6]))]
    if name == "triangular":
        return [name, "0.0", str(rng.choice([1.0, 10.0, 0.0])), *rng.choice([[], ["0.25"], ["9.0"]])]
    if name in ("normalvariate", "gauss", "lognormvariate"):
        return [name, str(rng.choice([0.0, 5.0])), str(rng.choice([1.0, 0.5, 2.0]))]
    if name == "expovariate":
        return [name, str(rng.choice([1.0, 0.1, 2.5, 0.0]))]
    return [name, str(rng.choice([0.5, 1.0, 2.0, 7.5, -1.0])), str(rng.choice([1.0, 3.0, 0.25]))]


def run_random_op(r, op):
    """The strings the Swift test compares: floats as bit patterns, ints in decimal."""
    name, args = op[0], op[1:]
    ints = [int(a) for a in args] if name in ("seed", "getrandbits", "randrange", "randrange3", "randint", "choice",
                                               "shuffle", "sample", "sample_counts", "choices") else None
    floats = [float(a) for a in args]
    if name == "random":
        return [bits(r.random())]
    if name == "seed":
        r.seed(ints[0])
        return []
    if name == "getrandbits":
        return [str(r.getrandbits(ints[0]))]
    if name == "randrange":
        return [str(r.randrange(ints[0]))]
    if name == "randrange3":
        return [str(r.randrange(*ints))]
    if name == "randint":
        return [str(r.randint(*ints))]
    if name == "choice":
        return [str(r.choice(list(range(ints[0]))))]
    if name == "shuffle":
        items = list(range(ints[0]))
        r.shuffle(items)
        return [str(i) for i in items]
    if name == "sample":
        return [str(i) for i in r.sample(range(ints[0]), ints[1])]
    if name == "sample_counts":
        k, counts = ints[0], ints[1:]
        return [str(i) for i in r.sample(list(range(len(counts))), k, counts=counts)]
    if name == "choices":
        return [str(i) for i in r.choices(list(range(ints[0])), k=ints[1])]
    if name in ("choices_w", "choices_cw"):
        k, weights = int(args[0]), floats[1:]
        keyword = "weights" if name == "choices_w" else "cum_weights"
        return [str(i) for i in r.choices(list(range(len(weights))), k=k, **{keyword: weights})]
    if name == "triangular":
        return [bits(r.triangular(*floats))]
    return [bits(getattr(r, name)(*floats))]


def random_cases():
    cases = []
    first = random.Random(0)
    cases.append({"seed": "0", "ops": [["random"]] * 30, "out": [[bits(first.random())] for _ in range(30)]})
    for index, seed in enumerate(RANDOM_SEEDS):
        program_rng = random.Random(1000 + index)
        ops = [random_op(program_rng) for _ in range(150)]
        r = random.Random(seed)
        out = []
        for op in ops:
            result = outcome(lambda: run_random_op(r, op))
            out.append(result.get("value", {"error": result.get("error")}))
        cases.append({"seed": str(seed), "ops": ops, "out": out})
    return cases


def numeric_value(x):
    """Floats as bit patterns, ints in hex (no digit limit), tuples joined by commas, complex as "complex"."""
    if isinstance(x, tuple):
        return ",".join(numeric_value(v) for v in x)
    if isinstance(x, complex):
        return "complex"
    if isinstance(x, float):
        return bits(x)
    return hex(x)


NUMERIC_FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5, 2.675, 0.125, 0.375, 1e-7, 123.456, -123.456,
                  1e16, 1e22, 1e300, 1.7976931348623157e308, 5e-324, 3.0, -3.0, 7.0, 0.1, 1 / 3, 10.0, 2.0,
                  float("inf"), float("-inf"), float("nan"), 1e-300, 0.9999999999999999, 1.0000000000000002]
NUMERIC_INTS = [0, 1, -1, 2, 3, -3, 7, 10, 15, 25, -25, 35, 45, 150, 250, 12345, -98765, 2 ** 53 + 1, 2 ** 64,
                -(2 ** 70) - 12345, 10 ** 20 + 5, 10 ** 308, 3 * 10 ** 400, -(10 ** 500), 2 ** 1024 - 2 ** 970,
                2 ** 1024 - 2 ** 971, 2 ** 1024]
INT_STRINGS = ["0", "12_3", "_1", "1_", "1__2", "0x_1f", "0_0", "00", "010", "0b102", " 12 ", "\u0661\u0662",
               "1" * 4301, "1_" * 4300 + "1", "1" * 4301 + "x", "x" * 300, "a'b", "+_1", "-0x10", "\u00a012\u2003",
               "1e5", "", "0x", "0b", "0o7_7", "0_7", "0 7", "- 1", "+-1", "0X1F", "0O17", "0B11", "\x00", "z", "1z",
               " -42\n", "+7", "\t\x1c9\x1f", "99999999999999999999999", "0x" + "f" * 40, "\u00e9", "1\x002"]
FLOAT_STRINGS = ["1_000.5", "1__0", "_1.0", "1._5", "inf", "-Infinity", "nAn", "+nan", "-nan", "1e", ".5", "5.",
                 ".", "1e+5", " 1.5\n", "1.5e-400", "1e400", "0x1p3", "infinit", "\u0661\u066b\u0665",
                 "\u0661.\u0665", "1_e5", "1e_5", "1e1_0", "in f", "--1", "1.5_", "iNfInItY", "nan(1)", "",
                 " ", "0.1", "2.675", "123456789012345678901234567890", "4.9e-324", "2.4703282292062328e-324",
                 "1.7976931348623158e308", "1.7976931348623159e308", "-0", "+.e1", "1.e1", "\u2003-3.5\u00a0",
                 "1e-05", "12e", "0e0", "0.000000000000000000000000000001e30", "\x00"]


def numeric_cases():
    rng = random.Random(4)
    cases = []

    def add(op, args, fn):
        result = outcome(fn)
        if "value" in result:
            cases.append({"op": op, "args": args, "out": numeric_value(result["value"])})
        else:
            cases.append({"op": op, "args": args, "err": result["error"]})

    floats = NUMERIC_FLOATS + [rng.uniform(-1000, 1000) for _ in range(60)] + \
        [from_bits("%016x" % rng.getrandbits(64)) for _ in range(40)]
    for x in floats:
        add("round_float", [bits(x)], lambda: round(x))
        for nd in [-400, -309, -308, -300, -20, -5, -2, -1, 0, 1, 2, 3, 5, 10, 15, 17, 20, 300, 323, 324, 400]:
            add("round_float_ndigits", [bits(x), str(nd)], lambda: round(x, nd))
        add("float_to_int", [bits(x)], lambda: int(x))
    for _ in range(500):
        x = rng.choice(floats)
        nd = rng.randrange(-20, 20)
        add("round_float_ndigits", [bits(x), str(nd)], lambda: round(x, nd))
    for n in NUMERIC_INTS + [rng.randrange(-10 ** 12, 10 ** 12) for _ in range(40)]:
        for nd in [-1000, -30, -3, -2, -1, 0, 2]:
            add("round_int", [str(n), str(nd)], lambda: round(n, nd))
        add("int_to_float", [str(n)], lambda: float(n))
    pairs = [(x, y) for x in NUMERIC_FLOATS for y in NUMERIC_FLOATS]
    pairs += [(rng.uniform(-100, 100), rng.choice([rng.uniform(-10, 10), rng.randrange(-9, 9) + 0.0]))
              for _ in range(400)]
    for x, y in pairs:
        add("float_floordiv", [bits(x), bits(y)], lambda: x // y)
        add("float_mod", [bits(x), bits(y)], lambda: x % y)
        add("float_divmod", [bits(x), bits(y)], lambda: divmod(x, y))
        add("float_div", [bits(x), bits(y)], lambda: x / y)
        add("float_pow", [bits(x), bits(y)], lambda: x ** y)
    big = NUMERIC_INTS + [rng.getrandbits(rng.choice([10, 60, 200, 1100])) * rng.choice([1, -1]) for _ in range(60)]
    for _ in range(1500):
        a, b = rng.choice(big), rng.choice(big)
        add("int_truediv", [str(a), str(b)], lambda: a / b)
    for a in NUMERIC_INTS:
        for b in [1, 3, 7, -10, 2 ** 60, 10 ** 400, 0]:
            add("int_truediv", [str(a), str(b)], lambda: a / b)
    for text in INT_STRINGS:
        for base in [10, 0, 2, 8, 16, 36, 1, 37]:
            add("int_parse", [text, str(base)], lambda: int(text, base))
    for text in FLOAT_STRINGS:
        add("float_parse", [text], lambda: float(text))
    for _ in range(300):
        x = from_bits("%016x" % rng.getrandbits(64))
        text = rng.choice([repr(x), "%.17g" % x, "%.3e" % x, "%.25f" % x if abs(x) < 1e30 else repr(x)])
        add("float_parse", [text], lambda: float(text))
    return cases


SECTIONS = {
    "float_repr": float_repr_cases,
    "format_spec": format_spec_cases,
    "random": random_cases,
    "numeric": numeric_cases,
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
