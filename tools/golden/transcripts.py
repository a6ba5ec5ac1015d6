"""CPython 3.11's doctest as the yardstick for REPL transcripts (```pycon fences and >>> sessions).

Reads the committed cases and writes what doctest itself says about them:

- Tests/NotesCheckTests/Fixtures/Transcripts/*.pycon, each the content of one pycon fence:
  - Goldens/Transcripts/parse.json: `doctest.DocTestParser().get_examples(text)` for each (source, want,
    exc_msg, lineno, indent, options by name), or the ValueError doctest raises (message and its line);
  - Goldens/Transcripts/runs.json: each transcript run by `doctest.DocTestRunner` as one session, per example
    whether it passed, what it printed (`got`, without the traceback doctest appends) and its exception
    (`traceback.format_exception_only`, the part doctest compares); object addresses in `got` read `at 0x...`. Top-level `await` runs as `python -m asyncio`
    and IPython run it: the example compiles with PyCF_ALLOW_TOP_LEVEL_AWAIT and its coroutine runs on one event
    loop that lives across the transcript's examples. Event loops are virtual (tools/golden/virtual_time.py).
- Tests/NotesCheckTests/Fixtures/Transcripts/checks.json, a list of {name, source, want, options}: one example
  each, run by `doctest.DocTestRunner`; Goldens/Transcripts/checks.json records the example's want as doctest
  normalises it, what it printed, its exception and whether doctest's OutputChecker passed it.

Regenerate: python3 tools/golden/transcripts.py      Verify:  python3 tools/golden/transcripts.py --check

`transcripts.py --note NOTES.md` instead prints, as JSON, what doctest says about each transcript of a notes
file (a ```pycon fence, or a python fence whose first line is a `>>>` prompt; one session per block): for each
example, the file line where its expected output starts (`line`), `passed`, `got` and `exception`. It runs the
note's code for real: give it only notes you wrote or trust (tools/golden/label_notes.py uses it).
The cases are our own programs; they run for real here (never inside notescheck).
"""
from __future__ import annotations

import ast
import asyncio
import doctest
import inspect
import json
import re
import sys
import traceback
import types
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import virtual_time  # noqa: E402
from virtual_time import CLOCK  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "Tests" / "NotesCheckTests" / "Fixtures" / "Transcripts"
GOLDENS = ROOT / "Tests" / "NotesCheckTests" / "Goldens" / "Transcripts"
ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")
FLAG_NAMES = {flag: name for name, flag in doctest.OPTIONFLAGS_BY_NAME.items()}


class _Session:
    """The event loop top-level-await examples of one transcript share, and the exceptions doctest saw."""

    def __init__(self) -> None:
        self.loop: asyncio.AbstractEventLoop | None = None
        self.exceptions: list[str | None] = []
        self.printed = ""

    def execute(self, code, globs) -> None:
        """Stands in for `exec` inside doctest: a coroutine body runs on the session's loop."""
        try:
            if code.co_flags & inspect.CO_COROUTINE:
                if self.loop is None:
                    self.loop = asyncio.new_event_loop()
                self.loop.run_until_complete(types.FunctionType(code, globs)())
            else:
                exec(code, globs)
        finally:
            self.printed = sys.stdout.getvalue()

    def close(self) -> None:
        if self.loop is not None:
            self.loop.close()


def without_addresses(text: str) -> str:
    """Object addresses (`<object object at 0x7f...>`) differ from run to run: the goldens keep `at 0x...`."""
    return ADDRESS.sub(" at 0x...", text)


def exception_text(exc_type, exc_value) -> str:
    """What doctest compares with a traceback's want: format_exception_only, from the line naming the type."""
    lines = traceback.format_exception_only(exc_type, exc_value)
    if issubclass(exc_type, SyntaxError):
        lines = lines[-1:]
    return "".join(lines).rstrip("\n")


class _RecordingRunner(doctest.DocTestRunner):
    """A DocTestRunner that records each example's outcome instead of printing a report."""

    def __init__(self, session: _Session, **kwargs) -> None:
        super().__init__(**kwargs)
        self.session = session
        self.outcomes: list[dict] = []

    def _record(self, example, got: str, passed: bool) -> None:
        exception = self.session.exceptions[-1] if self.session.exceptions else None
        self.session.exceptions.clear()
        self.outcomes.append({"line": example.lineno, "passed": passed, "got": without_addresses(got),
                              "exception": exception})

    def report_start(self, out, test, example):
        self.session.exceptions.clear()
        self.session.printed = ""

    def report_success(self, out, test, example, got):
        self._record(example, got, True)

    def report_failure(self, out, test, example, got):
        self._record(example, got, False)

    def report_unexpected_exception(self, out, test, example, exc_info):
        self.session.exceptions[:] = [exception_text(*exc_info[:2])]
        self._record(example, self.session.printed, False)


def _run(test: doctest.DocTest) -> list[dict]:
    session = _Session()

    def traceback_text(exc_info) -> str:
        session.exceptions.append(exception_text(*exc_info[:2]))
        return ""

    doctest.exec = session.execute
    doctest._exception_traceback = traceback_text
    CLOCK.begin_run()
    runner = _RecordingRunner(session, verbose=False)
    try:
        runner.run(test, compileflags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, out=lambda _text: None, clear_globs=True)
    finally:
        session.close()
    return runner.outcomes


def _options(options: dict) -> dict:
    return {FLAG_NAMES[flag]: value for flag, value in sorted(options.items())}


def parse_case(text: str) -> dict:
    try:
        examples = doctest.DocTestParser().get_examples(text, "transcript")
    except ValueError as error:
        line = re.match(r"line (\d+) ", str(error))
        return {"error": {"message": str(error), "line": int(line.group(1)) if line else None}}
    return {"examples": [{"source": e.source, "want": e.want, "excMsg": e.exc_msg, "line": e.lineno,
                          "indent": e.indent, "options": _options(e.options)} for e in examples]}


def run_case(text: str) -> list[dict] | None:
    try:
        test = doctest.DocTestParser().get_doctest(text, {"__name__": "__main__"}, "transcript", None, 0)
    except ValueError:
        return None
    return _run(test)


def check_pair(case: dict) -> dict:
    options = {doctest.OPTIONFLAGS_BY_NAME[name]: value for name, value in case.get("options", {}).items()}
    # As DocTestParser._parse_example finds a traceback's exception message (a want may start with "...",
    # which no parsed transcript can say: the parser reads such a line as a continuation of the source).
    traceback_match = doctest.DocTestParser._EXCEPTION_RE.match(case["want"])
    exc_msg = traceback_match.group("msg") if traceback_match else None
    example = doctest.Example(case["source"], case["want"], exc_msg, options=options)
    test = doctest.DocTest([example], {"__name__": "__main__"}, case["name"], None, 0, None)
    (outcome,) = _run(test)
    return {"name": case["name"], "want": example.want, "excMsg": example.exc_msg, "options": case.get("options", {}),
            "got": outcome["got"], "exception": outcome["exception"], "passed": outcome["passed"]}


def note_transcripts(markdown: str) -> list[dict]:
    """Every example of every transcript block of a notes file, with the file line of its expected output."""
    import fences

    virtual_time.install()
    results = []
    for word, block in fences.code_blocks(markdown):
        first = block.source.lstrip("\n").split("\n", 1)[0].lstrip()
        if word.lower() != "pycon" and not (word.lower() in fences.PYTHON_INFO_WORDS and first.startswith(">>>")):
            continue
        content_line = block.start_line + 1
        try:
            examples = doctest.DocTestParser().get_examples(block.source, "transcript")
        except ValueError:
            continue
        outcomes = {outcome["line"]: outcome for outcome in run_case(block.source) or []}
        for example in examples:
            outcome = outcomes.get(example.lineno)
            if outcome is None:
                continue
            want_line = content_line + example.lineno + example.source.count("\n")
            results.append({"line": want_line, "passed": outcome["passed"], "got": outcome["got"],
                            "exception": outcome["exception"]})
    return results


def goldens() -> dict[str, str]:
    virtual_time.install()
    cases = sorted(CASES.glob("*.pycon"))
    parsed, runs = {}, {}
    for path in cases:
        text = path.read_text(encoding="utf-8")
        parsed[path.name] = parse_case(text)
        outcomes = run_case(text)
        if outcomes is not None:
            runs[path.name] = outcomes
    pairs = json.loads((CASES / "checks.json").read_text(encoding="utf-8"))
    checks = [check_pair(case) for case in pairs]

    def dump(value) -> str:
        return json.dumps(value, indent=1, ensure_ascii=False, sort_keys=True) + "\n"

    return {"parse.json": dump(parsed), "runs.json": dump(runs), "checks.json": dump(checks)}


def main(argv: list[str]) -> int:
    if sys.version_info[:2] != (3, 11):
        print("the transcript goldens are CPython 3.11's; run this with python3.11", file=sys.stderr)
        return 2
    if argv[:1] == ["--note"] and len(argv) == 2:
        print(json.dumps(note_transcripts(Path(argv[1]).read_text(encoding="utf-8")), indent=1, ensure_ascii=False))
        return 0
    check = "--check" in argv
    stale = []
    for name, text in goldens().items():
        path = GOLDENS / name
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            GOLDENS.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    if stale:
        print("stale transcript goldens (re-run tools/golden/transcripts.py): " + ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
