"""Goldens for PyModel's runtime algorithms (Sources/PyModel/Runtime), recorded from CPython 3.11.

Regenerate every file with one command, from the repository root:

    python3 tools/golden/runtime_cases.py

It writes one JSON file per section into tools/golden/runtime/ (read by the XCTests in
Tests/PyModelTests/Runtime/). Every expected value is what this CPython computed; inputs come from
fixed lists and from a `random.Random` with a fixed seed, so the output is deterministic.
`tools/tests/test_runtime_goldens.py` regenerates them in memory and checks the committed files are
still CPython's. Floats travel as 16-hex-digit IEEE-754 bit patterns
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
                       "sample", "sample_counts", "choices", "choices_w", "choices_cw", "uniform", "uniform_int",
                       "triangular", "normalvariate", "gauss", "gauss", "expovariate", "gammavariate",
                       "betavariate", "lognormvariate", "seed"])
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
    if name == "uniform_int":
        return [name, str(rng.choice([0, -3, 2 ** 60 + 1])), str(rng.choice([1, 10, 2 ** 64 - 1]))]
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
    integer_ops = ("seed", "uniform_int", "getrandbits", "randrange", "randrange3", "randint", "choice", "shuffle",
                   "sample", "sample_counts", "choices")
    ints = [int(a) for a in args] if name in integer_ops else None
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
    if name == "uniform_int":
        return [bits(r.uniform(*ints))]
    return [bits(getattr(r, name)(*floats))]


def random_cases():
    cases = []
    first = random.Random(0)
    cases.append({"seed": "0", "ops": [["random"]] * 30, "out": [[bits(first.random())] for _ in range(30)]})
    for x in [0.5, -2.5, 1e300, 3.0, float("inf"), float("-inf"), -0.0, 1e-300, 2.0 ** 70, -1.0]:
        r = random.Random(x)
        outputs = [[bits(r.random())] for _ in range(5)]
        cases.append({"seed": "float:" + bits(x), "ops": [["random"]] * 5, "out": outputs})
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
        if "value" in result and op == "int_str":
            cases.append({"op": op, "args": args, "out": result["value"]})
        elif "value" in result:
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
        if x == x:
            add("float_hash", [bits(x)], lambda: hash(x))
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
    for _ in range(400):
        a, b = rng.choice(big), rng.choice(big + [0, 1, -1, 2, -3])
        add("int_floordiv", [str(a), str(b)], lambda: a // b)
        add("int_mod", [str(a), str(b)], lambda: a % b)
        add("int_divmod", [str(a), str(b)], lambda: divmod(a, b))
    for n in [10 ** 4299, -(10 ** 4299), 10 ** 4300 - 1, 10 ** 4300, 2 ** 14300, 2 ** 14301, -(2 ** 20000), 0, -5]:
        add("int_str", [hex(n)], lambda: str(n))
    for text in INT_STRINGS:
        for base in [10, 0, 2, 8, 16, 36, 1, 37]:
            add("int_parse", [text, str(base)], lambda: int(text, base))
    for text in FLOAT_STRINGS:
        add("float_parse", [text], lambda: float(text))
    number_alphabet = [" ", "0", "1", "7", "9", "_", "+", "-", ".", "e", "E", "x", "X", "o", "b", "B", "f", "a",
                       "i", "n", "N", "t", "y", "\t", "\u0661", "\u00a0", "\u2003", "z", "0x", "inf", "nan"]
    for _ in range(1500):
        text = "".join(rng.choice(number_alphabet) for _ in range(rng.randrange(0, 7)))
        add("float_parse", [text], lambda: float(text))
        base = rng.choice([0, 10, 16, 2, 36])
        add("int_parse", [text, str(base)], lambda: int(text, base))
    for _ in range(300):
        x = from_bits("%016x" % rng.getrandbits(64))
        text = rng.choice([repr(x), "%.17g" % x, "%.3e" % x, "%.25f" % x if abs(x) < 1e30 else repr(x)])
        add("float_parse", [text], lambda: float(text))
    return cases


STR_SAMPLES = ["", " ", "abc", "  hello  world  ", "a,b,,c,", "\tTab\tsep\n", "ab\tc\rd\te\nf\tg",
               "line1\nline2\r\nline3\rline4\x0bx\x0cy\x1cz\x85w\u2028v\u2029u\n\n",
               "\u0391\u03a3 \u03a3\u0391\u03a3 \u1f48\u0394\u03a5\u03a3\u03a3\u0395\u038e\u03a3",
               "stra\u00dfe", "\u0130stanbul", "\u01c5ungla \u01c8", "\ufb01re \ufb02y", "hello wORLD",
               "they're bill's friends", "a\u0301b", "\u65e5\u672c\u8a9e", "\U0001f600 emoji \U0001f600",
               "123", "\u0661\u0662\u0663", "\u00b2\u00b3", "\u00bd", "\u216b", "x\u00a0y\u2003z",
               "\x1c\x1d", "-42", "+7", "abcabcabc", "aaaa", "_private", "2abc", "class", "n\u00e9v",
               "\x00nul", "\ufb00", "\u1fb3", "\u03a3", "a\u03a3", "a\u03a3b", "a\u03a3.", "a.\u03a3",
               "A\u03a3'", "Hello World", "Hello world", "HELLO", "hello", "ABC def", "\u01c5", "it's",
               "say \"hi\"", "both ' and \"", "back\\slash", "\x07bell\x7f", "\x85\xa0\xad",
               "\u200b\u2028\ud7ff\ue000\U000e0001\U0010ffff", "\u0378", "caf\u00e9 \u00c9COLE",
               "\u1e9e", "\u0149", "\u13a0\uab70", "mixed\tTabs and spaces   ", "aXbXc", "XaX"]

STR_CALLS = {
    "split": [[], [None, 1], [","], [",", 1], ["a"], [""], [" "], ["abc", 2], [None, 0], [None, -1], ["X", 1]],
    "rsplit": [[], [None, 1], [","], [",", 1], ["a"], [""], [" "], ["abc", 2], [None, 0], ["X", 1]],
    "splitlines": [[], [True]],
    "strip": [[], ["a"], [" a"], ["abc"], [""], ["\u03a3X"]],
    "lstrip": [[], ["a"], [" ah"]],
    "rstrip": [[], ["c"], [" \n"]],
    "replace": [["a", "X"], ["a", "X", 1], ["", "-"], ["", "-", 2], ["abc", ""], ["b", "bb"], ["a", "X", 0],
                [" ", ""], ["aa", "b"]],
    "find": [["a"], ["a", 1], ["a", -3], ["a", 1, -1], [""], ["", 100], ["", 2, 1], ["abc"], ["z"], ["", -100],
             ["a", None, 2], ["l"], ["\u03a3"]],
    "rfind": [["a"], ["a", 1], ["a", -3], ["a", 1, -1], [""], ["", 100], ["", 2, 1], ["abc"], ["z"], ["l"]],
    "index": [["a"], ["z"], ["", 100], ["l", 3]],
    "rindex": [["a"], ["z"], ["l", 0, 4]],
    "count": [["a"], [""], ["", 2], ["", 100], ["a", 1, -1], ["aa"], ["abc"], ["l"], [" "]],
    "startswith": [["a"], [["x", "a"]], [""], ["", 100], ["b", 1], ["a", -2, -1], [["he", "HE"]], ["hello"]],
    "endswith": [["c"], [["x", "c"]], [""], ["", 100], ["b", 0, 2], ["!", -2], [["ld", "LD"]], ["\n"]],
    "upper": [[]], "lower": [[]], "title": [[]], "capitalize": [[]], "swapcase": [[]], "casefold": [[]],
    "center": [[10], [10, "*"], [3], [11, "\u00e9"], [10, "ab"], [0], [12, "-"]],
    "ljust": [[10], [10, "*"], [2]],
    "rjust": [[10], [10, "*"], [2]],
    "zfill": [[5], [10], [1]],
    "expandtabs": [[], [4], [0], [1]],
    "partition": [[","], ["a"], [""], ["zz"], ["l"]],
    "rpartition": [[","], ["a"], [""], ["zz"], ["l"]],
    "isspace": [[]], "isalpha": [[]], "isdecimal": [[]], "isdigit": [[]], "isnumeric": [[]], "isalnum": [[]],
    "isprintable": [[]], "isascii": [[]], "isupper": [[]], "islower": [[]], "istitle": [[]],
    "isidentifier": [[]],
}


def str_method_cases():
    cases = []
    for method, calls in STR_CALLS.items():
        for args in calls:
            for text in STR_SAMPLES:
                call_args = [tuple(a) if isinstance(a, list) else a for a in args]
                result = outcome(lambda: getattr(text, method)(*call_args))
                if "value" in result:
                    value = result["value"]
                    cases.append({"m": method, "s": text, "a": args,
                                  "out": list(value) if isinstance(value, tuple) else value})
                else:
                    cases.append({"m": method, "s": text, "a": args, "err": result["error"]})
    rng = random.Random(77)
    alphabet = ["a", "b", "A", " ", ",", "\t", "\n", "\r", "\x0b", "\x1c", "\u2028", "\u00a0", "'", "\u03a3",
                "\u03c3", "\u00df", "\u0130", "\u01c5", "\ufb01", "1", "_", "-", "+", "\u0301", "\U0001f600", "."]
    fuzz_calls = [("split", []), ("split", [","]), ("rsplit", [None, 1]), ("splitlines", [True]), ("strip", []),
                  ("title", []), ("capitalize", []), ("swapcase", []), ("lower", []), ("upper", []),
                  ("casefold", []), ("replace", ["a", "bc"]), ("find", ["ab"]), ("rfind", ["a", 1]),
                  ("count", ["a"]), ("expandtabs", [4]), ("partition", [","]), ("rpartition", [" "]),
                  ("zfill", [6]), ("center", [9, "*"]), ("isidentifier", []), ("istitle", []), ("isspace", []),
                  ("startswith", [["a", " "], 1]), ("endswith", [".", -3, -1])]
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 10)))
        for method, args in fuzz_calls:
            call_args = [tuple(a) if isinstance(a, list) else a for a in args]
            result = outcome(lambda: getattr(text, method)(*call_args))
            value = result.get("value")
            case = {"m": method, "s": text, "a": args}
            if "value" in result:
                cases.append({**case, "out": list(value) if isinstance(value, tuple) else value})
            else:
                cases.append({**case, "err": result["error"]})
    for parts in [["a", "b", "c"], [], ["x"], ["\u00e9", "", "z"]]:
        for sep in ["", ", ", "\u03a3"]:
            cases.append({"m": "join", "s": sep, "a": parts, "out": sep.join(parts)})
    for items in [["a", 1], [b"x"], ["a", "b", None]]:
        result = outcome(lambda: "-".join(items))
        bad = next(i for i, item in enumerate(items) if not isinstance(item, str))
        cases.append({"m": "join_error", "s": "-", "a": [bad, type(items[bad]).__name__], "err": result["error"]})
    for text in STR_SAMPLES + ["'", '"', "'\"", "\\", "\r\n\t", "\x00\x1f\x7f\x80\x9f\xa0\xff",
                               "\u0100\u2029\ufeff\uffff", "\U00010000\U0001d400\U000f0000"]:
        cases.append({"m": "repr", "s": text, "a": [], "out": repr(text)})
    return cases


def code_point_ranges(predicate, code_points):
    ranges = []
    for cp in code_points:
        if predicate(cp):
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1][1] = cp
            else:
                ranges.append([cp, cp])
    return ranges


def unicode_table_cases():
    """Character classes and case mappings of every code point of Python's Unicode database that is
    assigned and not a surrogate, leaving out planes 15 and 16 (private use only, as U+E000-U+F8FF)."""
    import unicodedata
    assigned = [cp for cp in range(0xF0000) if unicodedata.category(chr(cp)) not in ("Cn", "Cs")]
    cases = [{"table": "assigned", "ranges": code_point_ranges(lambda cp: True, assigned),
              "unicode": unicodedata.unidata_version}]
    for name in ["isspace", "isalpha", "isdecimal", "isdigit", "isnumeric", "isalnum", "isprintable", "isupper",
                 "islower", "istitle", "isidentifier"]:
        method = getattr(str, name)
        cases.append({"table": name, "ranges": code_point_ranges(lambda cp: method(chr(cp)), assigned)})
    mappings = []
    for cp in assigned:
        c = chr(cp)
        row = [c.upper(), c.lower(), c.title(), c.casefold()]
        if any(m != c for m in row):
            mappings.append([cp] + row)
    cases.append({"table": "case_mappings", "rows": mappings})
    return cases


class Point:
    """The one user-defined class of the string formatting goldens (the Swift test models it)."""

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def decode_value(v):
    """A typed JSON value of the goldens as a Python object."""
    (kind, data), = v.items()
    if kind == "int":
        return int(data, 16)
    if kind == "float":
        return from_bits(data)
    if kind == "list":
        return [decode_value(x) for x in data]
    if kind == "tuple":
        return tuple(decode_value(x) for x in data)
    if kind == "dict":
        return {decode_value(k): decode_value(x) for k, x in data}
    if kind == "point":
        return Point(*data)
    return data  # str, bool


def I(n):
    return {"int": hex(n)}


def S(s):
    return {"str": s}


def F(x):
    return {"float": bits(x)}


FORMAT_POSITIONAL = [I(10), S("abc"), {"list": [I(1), I(2), I(3)]},
                     {"dict": [[S("k"), S("v")], [S("1"), S("one")], [I(2), S("two")]]}, F(3.5),
                     {"point": [1, 2]}, S("h\u00e9llo"), I(-7), {"bool": True}]
FORMAT_KEYWORDS = [["name", S("Ada")], ["n", I(42)], ["w", I(8)], ["p", I(3)], ["pt", {"point": [3, 4]}],
                   ["d", {"dict": [[S("a"), {"list": [I(5), I(6)]}]]}], ["lst", {"list": [S("x"), S("y")]}],
                   ["f", F(2.25)], ["spec", S(">6")], ["\u00e9", S("accent")], ["big", I(10 ** 30)]]
FORMAT_STRINGS = [
    "", "plain", "{}", "{} {}", "{0} {1} {0}", "{name}", "{name!r}", "{1!r}", "{1!s}", "{6!a}", "{6!r}", "{2!r}",
    "{3!r}", "{4}", "{4!r:>8}", "{5}", "{5!r}", "{5.x} {5.y}", "{pt.x},{pt.y}", "{2[0]}{2[2]}", "{3[k]}", "{3[1]}",
    "{3[2]}", "{d[a][1]}", "{lst[1]}", "{1[0]}", "{0:5}", "{0:<5}|", "{0:^7}|", "{0:*>6}", "{0:+}", "{7:=+6}",
    "{0:x} {0:#o} {0:b}", "{n:,}", "{big:_}", "{f:.1f}", "{4:e}", "{name:>{w}}", "{name:{spec}}", "{0:{w}.{p}f}",
    "{4:{w}.{p}}", "{:{}}", "{:{}} {}", "{0:{1}}", "{{}}", "{{{0}}}", "}}{{", "{{0}}", "a}b", "a{b", "{", "}",
    "{0", "{0!r", "{0!}", "{!}", "{0!x}", "{0!rr}", "{0!:x}", "{:}}", "{0[}", "{0[}]}", "{0]}", "{0.}", "{0..x}",
    "{0[]}", "{5[0]}", "{0.foo}", "{5.z}", "{9}", "{missing}", "{} {0}", "{0} {}", "{:{1}}", "{0:{}}",
    "{0:{1:{2}}}", "{:{:{}}}", "{2[5]}", "{2[x]}", "{1[9]}", "{1[x]}", "{3[zz]}", "{3[9]}", "{0[0]}",
    "{2:x}", "{5:>3}", "{5!s:>12}", "{3:}", "{4!s:>6}", "{1:d}", "{0:s}", "{4:d}", "{0!r:>4}", "{8}", "{8:d}",
    "{8:>6}", "{8!r}", "{\u00e9}", "{\u0661}", "{99999999999999999999}", "{0[99999999999999999999]}",
    "{0:{}}{}", "{name[0]}", "{name.upper", "{:{}{}}", "{:%}", "{f:%}", "{n:c}", "{0:{w}}|{1:{w}}|",
    "{0!a}", "{1!a}", "{4!a}", "x{0}y{1}z", "\u00e9{0}\u00e9", "{lst}", "{d}", "{0]x}", "{0[1]x}",
    "{0[1].y}", "{2[1]:>{w}}", "{  }", "{ 0}", "{0 }", "{-1}", "{0!r:}", "{:} {:}", "{!r}", "{!r:>5}",
]
PERCENT_CASES = [
    ("%s", S("x")),
    ("%s", I(5)),
    ("%s %s", {"tuple": [I(1), S("b")]}),
    ("%d", I(42)),
    ("%5d|%-5d|", {"tuple": [I(3), I(4)]}),
    ("%05d", I(-42)),
    ("%+d % d", {"tuple": [I(0), I(0)]}),
    ("%x %X %o", {"tuple": [I(255), I(255), I(8)]}),
    ("%#x %#X %#o", {"tuple": [I(255), I(255), I(8)]}),
    ("%#010x", I(255)),
    ("%-#10x|", I(255)),
    ("%.3d", I(-5)),
    ("%+.3x", I(255)),
    ("%5.2f", F(3.14159)),
    ("%.0f %.1f", {"tuple": [F(2.5), F(0.25)]}),
    ("%e", F(12345.678)),
    ("%E %G %g", {"tuple": [F(1e20), F(1e-5), F(1e20)]}),
    ("%F %f", {"tuple": [F(float("inf")), F(float("nan"))]}),
    ("%#.0f %#g", {"tuple": [F(3.0), F(2.0)]}),
    ("%010.3f", F(-3.14159)),
    ("%-10.3f|", F(3.14159)),
    ("%+.2e", F(0.0)),
    ("% f", F(1.5)),
    ("%r", S("it's")),
    ("%a", S("h\u00e9")),
    ("%r", S("h\u00e9")),
    ("%5s|%-5s|", {"tuple": [S("ab"), S("cd")]}),
    ("%.2s", S("abcdef")),
    ("%5.1s|", S("xyz")),
    ("%c", I(65)),
    ("%c", S("\u00e9")),
    ("%c", S("ab")),
    ("%c", I(0x110000)),
    ("%c", I(-1)),
    ("%c", F(65.0)),
    ("%3c|", I(66)),
    ("%%", {"tuple": []}),
    ("%d%%", I(5)),
    ("100%%", {"tuple": []}),
    ("%5%", I(1)),
    ("%y", {"tuple": []}),
    ("%y", I(1)),
    ("%(a)s %s", {"dict": [[S("a"), I(1)]]}),
    ("%(a)s-%(b)5.1f", {"dict": [[S("a"), I(1)], [S("b"), F(2.25)]]}),
    ("%(a)s", I(1)),
    ("%(a", {"dict": [[S("a"), I(1)]]}),
    ("%(zz)s", {"dict": [[S("a"), I(1)]]}),
    ("%s", {"dict": [[S("a"), I(1)]]}),
    ("abc", {"dict": [[S("a"), I(1)]]}),
    ("%(a)s %(a)r", {"dict": [[S("a"), S("q")]]}),
    ("%((x))s", {"dict": [[S("(x)"), I(7)]]}),
    ("%*d", {"tuple": [I(5), I(3)]}),
    ("%*d|", {"tuple": [I(-5), I(3)]}),
    ("%.*f", {"tuple": [I(2), F(3.14159)]}),
    ("%.*f", {"tuple": [I(-2), F(3.14159)]}),
    ("%*.*f|", {"tuple": [I(8), I(3), F(2.0)]}),
    ("%*d", {"tuple": [S("x"), I(3)]}),
    ("%*d", {"tuple": [I(5)]}),
    ("%hd %ld %Ld", {"tuple": [I(1), I(2), I(3)]}),
    ("%", {"tuple": []}),
    ("%5", I(1)),
    ("%.", I(1)),
    ("%*", I(5)),
    ("%d", S("x")),
    ("%x", F(1.5)),
    ("%d", F(1.9)),
    ("%d", F(-0.5)),
    ("%i %u", {"tuple": [I(7), I(8)]}),
    ("%d", F(float("nan"))),
    ("%d", F(float("inf"))),
    ("%f", S("x")),
    ("%f", I(3)),
    ("%f", {"list": [I(1)]}),
    ("%d", {"list": [I(1)]}),
    ("%x", {"point": [1, 2]}),
    ("%s", {"point": [1, 2]}),
    ("%r", {"list": [S("a"), I(1)]}),
    ("%s %s", {"tuple": [I(1)]}),
    ("%s", {"tuple": [I(1), I(2)]}),
    ("abc", {"tuple": []}),
    ("abc", I(1)),
    ("abc", {"tuple": [I(1)]}),
    ("%s", {"list": [I(1), I(2)]}),
    ("%s", {"tuple": [{"tuple": [I(1), I(2)]}]}),
    ("%d", {"bool": True}),
    ("%s", {"bool": False}),
    ("%\x01", I(1)),
    ("%\u00e9", I(1)),
    ("%d", I(10 ** 30)),
    ("%x", I(-(10 ** 30))),
    ("%.40d", I(7)),
    ("%s", I(10 ** 5000)),
    ("%d", I(10 ** 5000)),
    ("%x", I(10 ** 5000)),
    ("%-+8.3f|", F(2.5)),
    ("%- 8d|", I(5)),
    ("%0-8d|", I(5)),
    ("%+05s", S("ab")),
    ("%08.3e", F(-1234.5)),
    ("%#8o|", I(8)),
    ("%#08o|", I(-8)),
    ("%+#x", I(0)),
    ("%.0e", F(5e-324)),
    ("%g", F(100000.0)),
    ("%g %g", {"tuple": [F(1000000.0), F(0.0001)]}),
    ("%.3g|%10.4G|", {"tuple": [F(3.14159), F(0.000012345)]}),
    ("%s and %r", {"tuple": [F(0.1), F(1e16)]}),
    ("%c%c", {"tuple": [I(72), S("i")]}),
    ("%-5c|", S("z")),
    ("%(n)d items", {"dict": [[S("n"), I(3)]]}),
    ("%()s", {"dict": [[S(""), S("empty")]]}),
]


def string_formatting_cases():
    cases = []
    positional = tuple(decode_value(v) for v in FORMAT_POSITIONAL)
    keywords = {k: decode_value(v) for k, v in FORMAT_KEYWORDS}
    environment = {"positional": FORMAT_POSITIONAL, "keywords": FORMAT_KEYWORDS}
    cases.append({"environment": environment})
    for fmt in FORMAT_STRINGS:
        result = outcome(lambda: fmt.format(*positional, **keywords))
        case = {"kind": "format", "fmt": fmt}
        cases.append({**case, "out": result["value"]} if "value" in result else {**case, "err": result["error"]})
    rng = random.Random(3101)
    brace_alphabet = ["{", "}", "{", "}", "0", "1", "3", "9", ":", "!", "r", "s", "a", "x", ".", "[", "]", "k", "y",
                      "name", "w", ">", "<", "^", "=", "+", " ", ",", "_", "#", "%", "e", "f", "d", "\u00e9", "*"]
    fuzzed = ["".join(rng.choice(brace_alphabet) for _ in range(rng.randrange(1, 9))) for _ in range(1500)]
    for fmt in fuzzed:
        result = outcome(lambda: fmt.format(*positional, **keywords))
        case = {"kind": "format", "fmt": fmt}
        cases.append({**case, "out": result["value"]} if "value" in result else {**case, "err": result["error"]})
    percent_alphabet = ["%", "%", "%", "(", ")", "a", "n", "s", "r", "d", "x", "X", "o", "f", "e", "g", "c", "-", "+",
                        " ", "#", "0", "5", ".", "*", "2", "h", "l", "y", "\u00e9"]
    percent_args = [I(42), S("z"), F(-2.5), {"tuple": [I(7), F(0.125), S("q")]}, {"tuple": [I(3), I(-4)]},
                    {"dict": [[S("a"), I(1)], [S("n"), F(1.5)]]}, {"tuple": []}, {"list": [I(1)]}]
    for _ in range(1500):
        fmt = "".join(rng.choice(percent_alphabet) for _ in range(rng.randrange(1, 9)))
        PERCENT_CASES.append((fmt, rng.choice(percent_args)))
    for fmt, args in PERCENT_CASES:
        result = outcome(lambda: fmt % decode_value(args))
        case = {"kind": "percent", "fmt": fmt, "args": args}
        cases.append({**case, "out": result["value"]} if "value" in result else {**case, "err": result["error"]})
    return cases


SECTIONS = {
    "float_repr": float_repr_cases,
    "format_spec": format_spec_cases,
    "random": random_cases,
    "numeric": numeric_cases,
    "str_methods": str_method_cases,
    "unicode_tables": unicode_table_cases,
    "string_formatting": string_formatting_cases,
}


def render(cases):
    """A golden file's text: a header, then one case per line."""
    lines = ",\n".join(json.dumps(case, ensure_ascii=True) for case in cases)
    return ('{"generator": "tools/golden/runtime_cases.py", "python": %s,\n"cases": [\n%s\n]}\n'
            % (json.dumps("%d.%d" % sys.version_info[:2]), lines))


def build_golden(section):
    """The JSON text of one section's golden file."""
    return render(SECTIONS[section]())


def build_goldens():
    """Section name -> the JSON text of its golden file."""
    return {name: build_golden(name) for name in SECTIONS}


def main():
    GOLDEN_DIR.mkdir(parents=True, exist_ok=True)
    for name, text in build_goldens().items():
        (GOLDEN_DIR / f"{name}.json").write_text(text)


if __name__ == "__main__":
    main()
