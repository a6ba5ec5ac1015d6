"""Checks the Markdown goldens against the fixtures with Python's own string indexing.

Every `run`, `line`, `code-span`, `html-comment` and `fence` line of a dump names a range as
`line:column..<line:column` (1-based lines, code-point columns). This script cuts that range out
of the fixture with Python's str slicing, an independent count of code points, and checks it
spells what the dump says. Run: `python3 -m pytest -q Tests/NotesCheckTests/Goldens/Markdown`
(or `python3 test_markdown_dumps.py`). Re-record the dumps with
`NOTESCHECK_RECORD=1 swift test --filter DocumentGoldenTests`.
"""
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parents[1] / "Fixtures" / "Markdown"
ROOT = HERE.parents[3]

SPAN = r"(\d+):(\d+)\.\.<(\d+):(\d+)"
QUOTED = r'"((?:[^"\\]|\\.)*)"'
ESCAPES = {'"': '"', "\\": "\\", "n": "\n", "r": "\r", "t": "\t"}


def unquote(text):
    return re.sub(r"\\(.)", lambda m: ESCAPES[m.group(1)], text)


def goldens():
    """(golden path, source text) for every dump."""
    for golden in sorted(HERE.glob("*.txt")):
        name = golden.name.removesuffix(".txt")
        crlf = name.endswith(".crlf")
        base = name.removesuffix(".crlf")
        path = ROOT / "notes" / "async-python.md" if base == "async-python" else FIXTURES / f"{base}.md"
        text = path.read_bytes().decode("utf-8")
        yield golden, text.replace("\n", "\r\n") if crlf else text


def line_starts(text):
    starts = [0]
    for match in re.finditer(r"\r\n|\r|\n", text):
        starts.append(match.end())
    return starts


def cut(text, starts, match):
    l1, c1, l2, c2 = (int(g) for g in match.groups()[:4])
    return text[starts[l1 - 1] + c1 - 1 : starts[l2 - 1] + c2 - 1]


def check_dump(golden, text):
    starts = line_starts(text)
    problems = []
    checked = 0
    for number, line in enumerate(golden.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        kind = line.split(" ", 1)[0]
        span = re.search(SPAN, line)
        if not span or kind == "content" or kind == "indented-code" or kind == "prose":
            continue
        got = cut(text, starts, span)
        strings = [unquote(s) for s in re.findall(QUOTED, line[span.end():])]
        if kind == "run":
            want = strings[-1]
            ok = got == want
        elif kind == "line":
            padding = re.search(r"padding=(\d+)", line)
            want = strings[0][int(padding.group(1)) if padding else 0 :]
            ok = got == want
        elif kind == "code-span":
            want = "`...` around " + strings[0]
            ok = len(got) >= 2 and got.startswith("`") and got.endswith("`")
        elif kind == "html-comment":
            want = "<!--...-->"
            ok = got.startswith("<!--") and got.endswith("-->")
        elif kind == "fence":
            want = line.split()[3]
            ok = got.startswith(want)
        else:
            continue
        checked += 1
        if not ok:
            problems.append(f"{golden.name}:{number}: {line!r}: file has {got!r}, want {want!r}")
    return checked, problems


def test_every_dump_range_spells_its_text():
    total = 0
    for golden, text in goldens():
        checked, problems = check_dump(golden, text)
        assert not problems, "\n".join(problems)
        total += checked
    assert total > 100


if __name__ == "__main__":
    for golden, text in goldens():
        checked, problems = check_dump(golden, text)
        print(f"{golden.name}: {checked} ranges checked, {len(problems)} problems")
        for problem in problems:
            print("  " + problem)
