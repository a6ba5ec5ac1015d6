#!/usr/bin/env python3
"""Score a notes checker's JSON reports against the labelled notes' golds.

usage: score_notes.py NOTESCHECK_CMD DIR_OR_NOTE... [--min-output O] [--min-recall R] [--min-precision P]
                      [--min-confirmed C] [--timeout S] [--json] [-v]

Every `<name>.md` with a `<name>.gold.json` beside it (written by tools/golden/label_notes.py; folders are searched
recursively) is checked as `NOTESCHECK_CMD --format json NOTE` (NOTESCHECK_CMD is split like a shell would). Any exit
status is accepted when stdout is a version-1 report (DESIGN.md) with a `files` list; no JSON, no `files`, no entry
for the note or a timeout is a crash: the file's items all count as missed, and the run fails.

Metrics (the same definitions as ../shared/tools/score.py, so the numbers are comparable):
  output      gold snippets that run, whose reported snippet (the one whose range starts closest to the gold fence
              line, at most 1 line away) has exactly the gold stdout and virtualSeconds within 1 % (or both null);
              a snippet whose CPython run read the wall clock (`"wallClock": true`) is not counted
  recall      gold false claims reported `contradicted` by a claim whose range covers the gold line and whose text
              matches the gold quote (most of the quote's words are in the text, or most of a text of three or more
              words is in the quote; common short words are ignored)
  precision   reported `contradicted` claims that match a gold false claim, out of those plus the ones that match a
              gold true claim or lie on a gold true claim's line (contradictions elsewhere are unlabelled: ignored)
  confirmed   gold true claims reported `confirmed`
  stated      (reported, no threshold) gold stated outputs that differ from the run and have an `output-mismatch`
              diagnostic covering their line, and `output-mismatch` diagnostics on stated outputs that match or
              that the gold calls unverifiable (`"matches": null`: they depend on the wall clock)
A ratio with nothing to count (0/0) is 0. Prints a row per note and a summary line (--json: one JSON object instead);
exits 1 when a threshold fails or any note crashed, 2 on bad usage.
"""
import argparse
import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

COMMON_WORDS = frozenset("a an the is are be to of and or in on it its so as at that this by for with s we i".split())
COUNTERS = ("out", "out_n", "found", "false_n", "tp", "fp", "confirmed", "true_n", "stated", "stated_n", "alarms")


def content_words(text):
    return {w for w in re.findall(r"\w+", str(text or "").lower()) if w not in COMMON_WORDS}


def text_matches(quote, text):
    """The report's claim text is the labelled sentence: most of the quote is in it, or most of it is in the quote."""
    quote_words, text_words = content_words(quote), content_words(text)
    if not quote_words or not text_words:
        return False
    shared = len(quote_words & text_words)
    return shared >= 0.6 * len(quote_words) or (len(text_words) >= 3 and shared >= 0.8 * len(text_words))


def line_span(item):
    """(first line, last line) of a report item's range, or None when it has no usable range."""
    try:
        start = int(item["range"]["start"]["line"])
    except (KeyError, TypeError, ValueError):
        return None
    try:
        end = int(item["range"]["end"]["line"])
    except (KeyError, TypeError, ValueError):
        end = start
    return start, max(start, end)


def covers(item, line):
    span = line_span(item)
    return span is not None and span[0] <= line <= span[1]


def seconds_agree(reported, gold):
    if reported is None or gold is None:
        return reported is None and gold is None
    try:
        return abs(float(reported) - gold) <= max(0.01 * abs(gold), 1e-6)
    except (TypeError, ValueError):
        return False


def find_notes(paths):
    notes = set()
    for path in map(Path, paths):
        if path.is_dir():
            notes.update(g.with_name(g.name[: -len(".gold.json")] + ".md") for g in path.rglob("*.gold.json"))
        elif path.suffix == ".md" and path.with_name(path.stem + ".gold.json").exists():
            notes.add(path)
    return sorted(notes)


def run_checker(command, note, timeout):
    """The report's entry for `note`, or (None, why it counts as a crash)."""
    try:
        proc = subprocess.run(command + ["--format", "json", str(note)], capture_output=True, text=True,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, f"timeout (> {timeout:g} s)"
    except OSError as error:
        return None, f"cannot run: {error}"
    try:
        report = json.loads(proc.stdout)
    except ValueError:
        last = (proc.stderr.strip().splitlines() or [""])[-1]
        return None, f"no JSON on stdout (exit {proc.returncode}) {last[:100]}"
    files = report.get("files") if isinstance(report, dict) else None
    if not isinstance(files, list) or not files:
        return None, "report has no `files` list"
    entries = [f for f in files if isinstance(f, dict)]
    named = [f for f in entries if Path(str(f.get("path", ""))).name == note.name]
    if named:
        return named[0], None
    if len(entries) == 1 and len(files) == 1:
        return entries[0], None
    return None, f"report has no entry for {note.name}"


def dict_items(entry, key):
    value = entry.get(key)
    return [x for x in value if isinstance(x, dict)] if isinstance(value, list) else []


def score_note(gold, entry, say):
    """Counters for one note; `say` receives the verbose lines."""
    counts = dict.fromkeys(COUNTERS, 0)
    snippets = [s for s in dict_items(entry, "snippets") if line_span(s)]
    claims = dict_items(entry, "claims")
    mismatches = [d for d in dict_items(entry, "diagnostics") if d.get("code") == "output-mismatch"]

    for want in gold["snippets"]:
        if not want["runs"] or want.get("wallClock"):
            continue
        counts["out_n"] += 1
        near = [s for s in snippets if abs(line_span(s)[0] - want["startLine"]) <= 1]
        got = min(near, key=lambda s: abs(line_span(s)[0] - want["startLine"]), default=None)
        ok = got is not None and got.get("stdout") == want["stdout"] and \
            seconds_agree(got.get("virtualSeconds"), want["virtualSeconds"])
        counts["out"] += ok
        if not ok:
            seen = (got.get("stdout"), got.get("virtualSeconds")) if got else "no snippet reported there"
            say(f"    snippet @{want['startLine']}: want {want['stdout']} {want['virtualSeconds']}; got {seen}")

    hits_false, hits_true = set(), set()
    for want in gold["claims"]:
        matching = [i for i, c in enumerate(claims) if covers(c, want["line"]) and text_matches(want["quote"], c.get("text"))]
        verdicts = {claims[i].get("verdict") for i in matching}
        if want["truth"]:
            counts["true_n"] += 1
            counts["confirmed"] += "confirmed" in verdicts
            hits_true.update(matching)
        else:
            counts["false_n"] += 1
            counts["found"] += "contradicted" in verdicts
            hits_false.update(i for i in matching if claims[i].get("verdict") == "contradicted")
        expected = "confirmed" if want["truth"] else "contradicted"
        mark = "ok" if expected in verdicts else "--"
        say(f"    {mark} L{want['line']} {'true ' if want['truth'] else 'false'} {want['quote'][:60]!r}: "
            f"{sorted(v for v in verdicts if isinstance(v, str)) or 'not reported'}")
    true_lines = [c["line"] for c in gold["claims"] if c["truth"]]
    for i, claim in enumerate(claims):
        if claim.get("verdict") != "contradicted":
            continue
        if i in hits_false:
            counts["tp"] += 1
        elif i in hits_true or any(covers(claim, line) for line in true_lines):
            counts["fp"] += 1
            say(f"    FALSE POSITIVE {line_span(claim)} {str(claim.get('text'))[:80]!r}")

    for stated in gold.get("outputs", []):
        flagged = any(covers(d, stated["line"]) for d in mismatches)
        if stated["matches"] is not False:
            counts["alarms"] += flagged
        else:
            counts["stated_n"] += 1
            counts["stated"] += flagged
    return counts


def ratio(part, whole):
    return part / whole if whole else 0.0


def crash_counts(gold):
    counts = dict.fromkeys(COUNTERS, 0)
    counts["out_n"] = sum(s["runs"] and not s.get("wallClock") for s in gold["snippets"])
    counts["false_n"] = sum(not c["truth"] for c in gold["claims"])
    counts["true_n"] = sum(c["truth"] for c in gold["claims"])
    counts["stated_n"] = sum(o["matches"] is False for o in gold.get("outputs", []))
    return counts


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("command", help="the checker, e.g. '.build/debug/notescheck' (split like a shell would)")
    ap.add_argument("paths", nargs="+", help="folders or notes files with <name>.gold.json beside them")
    for metric in ("output", "recall", "precision", "confirmed"):
        ap.add_argument(f"--min-{metric}", type=float, default=0.0, metavar="RATIO")
    ap.add_argument("--timeout", type=float, default=20.0, help="seconds per note (default %(default)s)")
    ap.add_argument("--json", action="store_true", help="print one JSON object with the totals and per-note rows")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    command = shlex.split(args.command)
    notes = find_notes(args.paths)
    if not command or not notes:
        print("nothing to score: give a command and folders holding <name>.md + <name>.gold.json", file=sys.stderr)
        return 2
    quiet = args.json
    totals = dict.fromkeys(COUNTERS, 0)
    rows, crashes = [], []
    if not quiet:
        print(f"{'note':36s} {'output':>7s} {'false found':>11s} {'contra TP/FP':>12s} {'confirmed':>9s}")
    for note in notes:
        gold = json.loads(note.with_name(note.stem + ".gold.json").read_text(encoding="utf-8"))
        entry, why = run_checker(command, note, args.timeout)
        if entry is None:
            counts = crash_counts(gold)
            crashes.append({"note": note.name, "why": why})
            if not quiet:
                print(f"{note.name:36s} FAILED: {why}")
        else:
            lines = []
            counts = score_note(gold, entry, lines.append)
            if not quiet:
                print(f"{note.name:36s} {counts['out']:>3d}/{counts['out_n']:<3d} {counts['found']:>5d}/{counts['false_n']:<5d} "
                      f"{counts['tp']:>6d}/{counts['fp']:<5d} {counts['confirmed']:>4d}/{counts['true_n']:<4d}")
                if args.verbose:
                    print("\n".join(lines))
        rows.append({"note": note.name, **counts})
        for key in COUNTERS:
            totals[key] += counts[key]
    metrics = {
        "output": ratio(totals["out"], totals["out_n"]),
        "recall": ratio(totals["found"], totals["false_n"]),
        "precision": ratio(totals["tp"], totals["tp"] + totals["fp"]),
        "confirmed": ratio(totals["confirmed"], totals["true_n"]),
    }
    failed = [m for m, value in metrics.items() if value < getattr(args, f"min_{m}")]
    if quiet:
        print(json.dumps({"metrics": metrics, "totals": totals, "crashes": crashes, "failed": failed, "notes": rows}))
    else:
        print(f"output {totals['out']}/{totals['out_n']} ({metrics['output']:.0%}) · false-claim recall "
              f"{totals['found']}/{totals['false_n']} ({metrics['recall']:.0%}) · precision {totals['tp']}/"
              f"{totals['tp'] + totals['fp']} ({metrics['precision']:.0%}) · confirmed {totals['confirmed']}/"
              f"{totals['true_n']} ({metrics['confirmed']:.0%}) · stated-output mismatches flagged {totals['stated']}/"
              f"{totals['stated_n']}, false alarms {totals['alarms']} · crashes {len(crashes)}")
        for metric in failed:
            print(f"FAIL: {metric} {metrics[metric]:.1%} < {getattr(args, f'min_{metric}'):.1%}", file=sys.stderr)
    return 1 if failed or crashes else 0


if __name__ == "__main__":
    sys.exit(main())
