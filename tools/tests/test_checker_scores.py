"""The built checker, scored on the labelled fixture notes, and run on notes made to be awkward.

Every label was established by CPython (tools/golden/label_notes.py). Contradiction precision must stay at or
above 95 % (a contradicted verdict is an error in someone's notes, so it must be right), output fidelity at or
above 95 %, and no file may crash. False-claim recall is guarded at the level reached so far (issue 5 asks for
90 %; see the issue's notes for where it stands): these floors catch regressions, they are not the target.
"""
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BINARY = ROOT / ".build" / "debug" / "notescheck"
NOTES = ROOT / "Tests" / "NotesCheckTests" / "Fixtures" / "Notes"
AWKWARD = ROOT / "Tests" / "NotesCheckTests" / "Fixtures" / "Awkward"
SCORER = ROOT / "tools" / "score_notes.py"

FLOORS = {
    "claims": {"output": 0.95, "precision": 0.95, "recall": 0.62},
    "real": {"output": 0.95, "precision": 0.95, "recall": 0.36},
}


def built():
    if not BINARY.exists():
        pytest.skip("notescheck is not built (make test builds it first)")
    return str(BINARY)


@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_scores_on_the_labelled_notes(corpus):
    floors = FLOORS[corpus]
    args = [sys.executable, str(SCORER), built(), str(NOTES / corpus), "--json"]
    args += [f"--min-{metric}={value}" for metric, value in floors.items()]
    proc = subprocess.run(args, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]


@pytest.mark.parametrize("note", sorted(p.name for p in AWKWARD.glob("*.md")))
def test_awkward_notes_get_a_report_without_a_crash(note):
    # The timeout only catches a hang; how fast each awkward note is checked is measured by `make bench`.
    proc = subprocess.run([built(), "--format", "json", str(AWKWARD / note)], capture_output=True, text=True, timeout=600)
    if note == "not-utf8.md":
        assert proc.returncode == 2 and "not-utf8.md" in proc.stderr
        return
    assert proc.returncode in (0, 1), proc.stderr[-2000:]
    report = json.loads(proc.stdout)
    assert report["files"][0]["path"].endswith(note)
