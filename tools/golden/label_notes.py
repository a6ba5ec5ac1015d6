#!/usr/bin/env python3
"""Turn hand-written claim labels into golds established by CPython 3.11.

usage: label_notes.py [--check] [--recorder PATH] [-j N] FILES_OR_DIRS...

For every `<name>.md` that has a `<name>.labels.json` beside it (directories are searched recursively),
the notes file is recorded with `tools/golden/record.py --notes NOTE` (CPython 3.11 on a virtual clock,
the session rules of DESIGN.md), each probe program of the labels is recorded with
`tools/golden/record.py PROGRAM`, every label's predicate is evaluated over the run it names, and
`<name>.gold.json` is written beside the note. Both formats are described in
Tests/NotesCheckTests/Fixtures/Notes/claims/README.md.

A stated output label names its fence and is compared with that fence's run line by line; one marked
`"unverifiable": "<why>"` (its text depends on the wall clock) gets `"matches": null`; a `pycon` output with
`"fence": null` is decided by doctest, prompt by prompt, one session per transcript block
(tools/golden/transcripts.py --note), `line` being where the example's expected output starts. A fence whose
CPython run read the wall clock (pinned by the recorder to its virtual time.time(), in UTC) has
`"wallClock": true` in the gold.

A predicate is a Python expression over `stdout` (list of lines), `seconds` (virtual seconds or None) and
`exception` (None or "Type: message"); it must give True or False. A label is rejected (exit 2, nothing
written) when its quote is not on its line, its kind is unknown, its fence does not exist, or its predicate
fails or gives a non-bool: a label that cannot be evaluated is a bug of the label, never a truth.

--check recomputes every gold and exits 1 when a committed gold differs from what CPython says now (or is
missing); it writes nothing. --recorder runs another recorder with the same interface (default: record.py
beside this file). -j runs that many recordings at once (default: the number of CPUs).
"""
import argparse
import builtins
import concurrent.futures
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_RECORDER = HERE / "record.py"
TRANSCRIPTS = HERE / "transcripts.py"
REGENERATE = "python3 tools/golden/label_notes.py Tests/NotesCheckTests/Fixtures/Notes"
KINDS = ("concurrency", "sequential", "ordering", "duration", "counterfactual", "necessity", "cause",
         "lifecycle", "api", "output")
OUTPUT_FORMS = ("output-fence", "output-paragraph", "comment-block", "hash-gt", "trailing-comment", "pycon")
SAFE_BUILTINS = {name: getattr(builtins, name)
                 for name in ("abs", "all", "any", "len", "min", "max", "sorted", "sum", "set", "list", "tuple",
                              "int", "float", "str", "round", "enumerate", "zip", "range", "map", "filter",
                              "True", "False", "None", "isinstance", "bool")}
RECORD_TIMEOUT = 120


class LabelError(Exception):
    """A label that cannot be evaluated: the label is wrong, not the note."""


def find_notes(paths):
    """Every notes file under `paths` that has a labels file beside it, sorted."""
    notes = set()
    for p in map(Path, paths):
        if p.is_dir():
            notes.update(l.with_name(l.name[: -len(".labels.json")] + ".md") for l in p.rglob("*.labels.json"))
        elif p.suffix == ".md":
            notes.add(p)
        elif p.name.endswith(".labels.json"):
            notes.add(p.with_name(p.name[: -len(".labels.json")] + ".md"))
    return sorted(notes)


def labels_path(note):
    return note.with_name(note.stem + ".labels.json")


def gold_path(note):
    return note.with_name(note.stem + ".gold.json")


def normalize(text):
    return re.sub(r"\s+", " ", text).strip()


def as_results(parsed):
    """record.py answers a list of fence results, or an object holding them under `snippets`; a single program
    answers one object (or a one-element list)."""
    if isinstance(parsed, dict) and isinstance(parsed.get("snippets"), list):
        return parsed["snippets"]
    if isinstance(parsed, list):
        return parsed
    return [parsed]


class Recorder:
    """Runs the recorder as a subprocess: a notes file, or a batch of probe programs (each recorded once)."""

    def __init__(self, path):
        self.path = Path(path)

    def _run(self, args, cwd):
        proc = subprocess.run([sys.executable, str(self.path), *args], capture_output=True, text=True,
                              cwd=cwd, timeout=RECORD_TIMEOUT)
        try:
            return as_results(json.loads(proc.stdout))
        except ValueError:
            tail = "\n".join(proc.stderr.strip().splitlines()[-5:])
            raise LabelError(f"recorder gave no JSON for {args} (exit {proc.returncode}): {tail}")

    def notes(self, note):
        with tempfile.TemporaryDirectory() as scratch:
            return self._run(["--notes", str(note.resolve())], scratch)

    def transcripts(self, note):
        """doctest's verdict on every example of the note's transcripts, by the file line of its expected output
        (tools/golden/transcripts.py --note; one session per transcript block)."""
        with tempfile.TemporaryDirectory() as scratch:
            proc = subprocess.run([sys.executable, str(TRANSCRIPTS), "--note", str(note.resolve())],
                                  capture_output=True, text=True, cwd=scratch, timeout=RECORD_TIMEOUT)
        try:
            return {example["line"]: example for example in json.loads(proc.stdout)}
        except ValueError:
            tail = "\n".join(proc.stderr.strip().splitlines()[-5:])
            raise LabelError(f"transcripts.py gave no JSON for {note.name} (exit {proc.returncode}): {tail}")

    def programs(self, sources):
        """One result per program, in order; the recorder runs them in parallel."""
        if not sources:
            return []
        with tempfile.TemporaryDirectory() as scratch:
            paths = []
            for index, source in enumerate(sources):
                probe = Path(scratch) / f"probe_{index}.py"
                probe.write_text(source, encoding="utf-8")
                paths.append(str(probe))
            results = self._run(paths, scratch)
        if len(results) != len(sources):
            raise LabelError(f"recorder gave {len(results)} results for {len(sources)} probe programs")
        return results


def check_label_shape(note, lines, fence_count, index, claim):
    where = f"{note.name} claim {index + 1}"
    for key in ("line", "quote", "kind", "check"):
        if key not in claim:
            raise LabelError(f"{where}: missing `{key}`")
    if claim["kind"] not in KINDS:
        raise LabelError(f"{where}: unknown kind {claim['kind']!r}")
    line = claim["line"]
    if not (isinstance(line, int) and 1 <= line <= len(lines)):
        raise LabelError(f"{where}: line {line} is outside the file")
    following = normalize(" ".join(lines[line - 1: line + 4]))
    start = following.find(normalize(claim["quote"]))
    if not 0 <= start < len(normalize(lines[line - 1])):
        raise LabelError(f"{where}: quote {claim['quote']!r} does not start on line {line}")
    check = claim["check"]
    if "predicate" not in check or ("fence" in check) == ("probe" in check):
        raise LabelError(f"{where}: check needs a predicate and exactly one of `fence`, `probe`")
    if "fence" in check and not (isinstance(check["fence"], int) and 1 <= check["fence"] <= fence_count):
        raise LabelError(f"{where}: fence {check['fence']} does not exist (the note has {fence_count})")


def evaluate(predicate, run, where):
    names = {"stdout": run.get("stdout", []), "seconds": run.get("virtualSeconds"), "exception": run.get("exception")}
    try:
        value = eval(predicate, {"__builtins__": SAFE_BUILTINS, **names})
    except Exception as error:
        raise LabelError(f"{where}: predicate {predicate!r} failed: {type(error).__name__}: {error} "
                         f"(stdout={names['stdout']!r}, seconds={names['seconds']!r}, exception={names['exception']!r})")
    if not isinstance(value, bool):
        raise LabelError(f"{where}: predicate {predicate!r} gave {value!r}, not True/False")
    return value


def describe(predicate, run, value, source):
    return (f"{source}: `{predicate}` is {value} with stdout={run.get('stdout', [])!r}, "
            f"seconds={run.get('virtualSeconds')!r}, exception={run.get('exception')!r}")


TRACEBACK_HEADER = "Traceback (most recent call last):"
GROUP_HEADER = "+ Exception Group Traceback (most recent call last):"
CHAIN_SEPARATORS = ("The above exception was the direct cause of the following exception:",
                    "During handling of the above exception, another exception occurred:")


def _indented(line):
    return line[:1] in (" ", "\t", "|")


def _chain_end(lines, index):
    """The last exception line of the traceback chain whose first frame line is at `index`, and the index after it."""
    while True:
        while index < len(lines) and (_indented(lines[index]) or lines[index].strip() in ("...", "\u2026")):
            index += 1
        if index >= len(lines):
            return None, index
        exception, following = lines[index], index + 1
        while following < len(lines) and not lines[following].strip():
            following += 1
        if following >= len(lines) or lines[following].strip() not in CHAIN_SEPARATORS:
            return exception, index + 1
        following += 1
        while following < len(lines) and not lines[following].strip():
            following += 1
        if following >= len(lines) or not lines[following].endswith(TRACEBACK_HEADER):
            return exception, index + 1
        index = following + 1


def collapsing_tracebacks(lines):
    """Each traceback reduced to its header and the exception it ends with (a chain counts as one; an exception
    group's box as its header and the group's own line): frames name the author's own file and lines."""
    kept, index = [], 0
    while index < len(lines):
        line = lines[index]
        if line.strip() == GROUP_HEADER:
            kept.append(GROUP_HEADER)
            index += 1
            while index < len(lines) and _indented(lines[index]):
                own = lines[index]
                if own.startswith("  | ") and own[4:5] not in ("", " ") and kept[-1] == GROUP_HEADER:
                    kept.append(own[4:])
                index += 1
        elif line.endswith(TRACEBACK_HEADER):
            exception, index = _chain_end(lines, index + 1)
            kept.append(TRACEBACK_HEADER)
            if exception is not None:
                kept.append(exception)
        else:
            kept.append(line)
            index += 1
    return kept


def output_matches(form, expected, stdout, stderr=()):
    """A stated output matches when it is the run's stdout line by line, or what a terminal shows (stdout, then
    stderr) with each traceback compared by its header and final exception; a trailing comment states only some
    lines, so it matches when its lines appear in stdout in that order."""
    if form == "trailing-comment":
        it = iter(stdout)
        return all(any(line == got for got in it) for line in expected)
    terminal = [line.rstrip() for line in list(stdout) + list(stderr)]
    shows_terminal = form in ("output-fence", "output-paragraph", "comment-block") and bool(stderr)
    return expected == stdout or (shows_terminal and collapsing_tracebacks(expected) == collapsing_tracebacks(terminal))


def snippet_gold(result):
    entry = result.get("entry")
    wall_clock = {"wallClock": True} if result.get("wallClock") else {}
    return {
        "startLine": result.get("startLine"),
        "runs": entry not in (None, "none"),
        "entry": entry,
        "stdout": result.get("stdout", []),
        "virtualSeconds": result.get("virtualSeconds"),
        "exception": result.get("exception"),
        **wall_clock,
    }


def build_gold(note, recorder, pool):
    """The gold for one note: its fences' runs, each label's truth and why, each stated output's match."""
    labels = json.loads(labels_path(note).read_text(encoding="utf-8"))
    lines = note.read_text(encoding="utf-8").splitlines()
    probes = sorted({c["check"]["probe"] for c in labels.get("claims", []) if "probe" in c["check"]})
    pending_probes = pool.submit(recorder.programs, probes)
    runs = recorder.notes(note)
    for index, claim in enumerate(labels.get("claims", [])):
        check_label_shape(note, lines, len(runs), index, claim)
    probe_runs = dict(zip(probes, pending_probes.result()))
    claims = []
    for index, claim in enumerate(labels.get("claims", [])):
        check, where = claim["check"], f"{note.name} claim {index + 1} (line {claim['line']})"
        if "fence" in check:
            run, source = runs[check["fence"] - 1], f"fence {check['fence']}"
        else:
            run, source = probe_runs[check["probe"]], "probe"
        truth = evaluate(check["predicate"], run, where)
        claims.append({"line": claim["line"], "quote": claim["quote"], "kind": claim["kind"], "truth": truth,
                       "why": describe(check["predicate"], run, truth, source)})
    outputs = []
    transcripts = None
    for index, out in enumerate(labels.get("outputs", [])):
        where = f"{note.name} output {index + 1}"
        if out.get("form") not in OUTPUT_FORMS:
            raise LabelError(f"{where}: unknown form {out.get('form')!r}")
        gold = {"line": out["line"], "fence": out.get("fence"), "form": out["form"], "expected": out["expected"]}
        if out["form"] == "pycon" and out.get("fence") is None:
            transcripts = transcripts if transcripts is not None else recorder.transcripts(note)
            example = transcripts.get(out["line"])
            if example is None:
                raise LabelError(f"{where}: no transcript example's expected output starts on line {out['line']}")
            gold["matches"] = example["passed"]
        elif not (isinstance(out.get("fence"), int) and 1 <= out["fence"] <= len(runs)):
            raise LabelError(f"{where}: fence {out.get('fence')} does not exist")
        elif "unverifiable" in out:
            gold["matches"] = None
            gold["unverifiable"] = out["unverifiable"]
        else:
            run = runs[out["fence"] - 1]
            gold["matches"] = output_matches(out["form"], out["expected"], run.get("stdout", []), run.get("stderr", []))
        outputs.append(gold)
    return {
        "generatedBy": f"tools/golden/label_notes.py from {labels_path(note).name} and CPython 3.11 on a virtual "
                       f"clock (tools/golden/record.py); regenerate: {REGENERATE}",
        "snippets": [snippet_gold(r) for r in runs],
        "claims": claims,
        "outputs": outputs,
    }


def render(gold):
    return json.dumps(gold, indent=1, ensure_ascii=False) + "\n"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="+", help="notes files or folders holding <name>.labels.json files")
    ap.add_argument("--check", action="store_true", help="fail when a committed gold differs; write nothing")
    ap.add_argument("--recorder", default=str(DEFAULT_RECORDER), help="recorder script (default: %(default)s)")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
    args = ap.parse_args(argv)
    notes = find_notes(args.paths)
    if not notes:
        print("no labelled notes found", file=sys.stderr)
        return 2
    recorder = Recorder(args.recorder)
    stale = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as note_pool:
            futures = {note: note_pool.submit(build_gold, note, recorder, pool) for note in notes}
            for note, future in futures.items():
                try:
                    text = render(future.result())
                except LabelError as error:
                    print(f"label error: {error}", file=sys.stderr)
                    return 2
                target = gold_path(note)
                if args.check:
                    if not target.exists() or target.read_text(encoding="utf-8") != text:
                        stale.append(target)
                        print(f"stale: {target} differs from what CPython says now", file=sys.stderr)
                else:
                    target.write_text(text, encoding="utf-8")
                    gold = json.loads(text)
                    false = sum(not c["truth"] for c in gold["claims"])
                    print(f"{target}: {len(gold['claims'])} claims ({false} false), {len(gold['outputs'])} outputs")
    if args.check:
        print(f"{len(notes) - len(stale)}/{len(notes)} golds up to date")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
