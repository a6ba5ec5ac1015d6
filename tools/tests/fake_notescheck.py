#!/usr/bin/env python3
"""A stand-in for `notescheck --format json NOTE` that answers from the note's gold, to test the scorer.

usage: fake_notescheck.py --mode MODE --format json NOTE

It writes a version-1 report (DESIGN.md's JSON contract) whose snippets and claims come from `<name>.gold.json`:
  perfect         every run as recorded, every claim with the verdict its truth calls for, a mismatch diagnostic on
                  every stated output that differs from the run
  contradict-all  every claim contradicted            confirm-all   every claim confirmed
  invert          true claims contradicted, false ones confirmed
  unverifiable    every claim unverifiable            wrong-output  every run with its stdout reversed and 1 s more
  off-topic       perfect verdicts, but each claim's text is unrelated to its quote
  stray           perfect, plus a contradicted claim on a line no label names and one on a true claim's line
  crash           nothing on stdout, exit 3          no-files      a JSON object without `files`
"""
import argparse
import json
import sys
from pathlib import Path

MODES = ("perfect", "contradict-all", "confirm-all", "invert", "unverifiable", "wrong-output", "off-topic", "stray",
         "crash", "no-files")


def line_range(first, last=None):
    return {"start": {"line": first, "column": 1}, "end": {"line": last or first, "column": 80}}


def verdict(mode, truth):
    if mode == "contradict-all":
        return "contradicted"
    if mode == "confirm-all":
        return "confirmed"
    if mode == "unverifiable":
        return "unverifiable"
    if mode == "invert":
        return "confirmed" if not truth else "contradicted"
    return "confirmed" if truth else "contradicted"


def report(note, mode):
    gold = json.loads(note.with_name(note.stem + ".gold.json").read_text(encoding="utf-8"))
    snippets = []
    for s in gold["snippets"]:
        stdout, seconds = s["stdout"], s["virtualSeconds"]
        if mode == "wrong-output":
            stdout, seconds = list(reversed(stdout)) + ["extra line"], (seconds or 0.0) + 1.0
        snippets.append({"range": line_range(s["startLine"], s["startLine"] + 2), "status": "ran",
                         "entry": s["entry"], "stdout": stdout, "virtualSeconds": seconds,
                         "exception": s["exception"], "tasks": []})
    claims = []
    for c in gold["claims"]:
        text = "zebras juggle marmalade quietly" if mode == "off-topic" else c["quote"]
        claims.append({"range": line_range(c["line"]), "text": text, "kind": c["kind"],
                       "verdict": verdict(mode, c["truth"]), "evidence": "from the gold"})
    if mode == "stray":
        labelled = {c["line"] for c in gold["claims"]}
        free = next(line for line in range(1, 10_000) if line not in labelled)
        claims.append({"range": line_range(free), "text": "an unlabelled sentence", "kind": "ordering",
                       "verdict": "contradicted", "evidence": "stray"})
        true_line = next((c["line"] for c in gold["claims"] if c["truth"]), None)
        if true_line is not None:
            claims.append({"range": line_range(true_line), "text": "another sentence on that line", "kind": "duration",
                           "verdict": "contradicted", "evidence": "stray"})
    diagnostics = [{"range": line_range(o["line"], o["line"] + len(o["expected"])), "severity": "error",
                    "code": "output-mismatch", "message": "stated output differs"}
                   for o in gold.get("outputs", []) if not o["matches"] and mode == "perfect"]
    counts = {v: sum(c["verdict"] == v for c in claims) for v in ("confirmed", "contradicted", "unverifiable")}
    return {"version": 1, "tool": {"name": "notescheck", "version": "0.0.0-fake"},
            "files": [{"path": str(note), "snippets": snippets, "claims": claims, "diagnostics": diagnostics}],
            "summary": {"files": 1, "snippets": len(snippets), "sentences": len(claims), "claims": len(claims), **counts}}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mode", choices=MODES, required=True)
    ap.add_argument("--format", choices=["json"], required=True)
    ap.add_argument("note", type=Path)
    args = ap.parse_args()
    if args.mode == "crash":
        print("fake crash", file=sys.stderr)
        return 3
    if args.mode == "no-files":
        print(json.dumps({"version": 1}))
        return 0
    print(json.dumps(report(args.note, args.mode)))
    return 1 if any(c["verdict"] == "contradicted" for c in report(args.note, args.mode)["files"][0]["claims"]) else 0


if __name__ == "__main__":
    sys.exit(main())
