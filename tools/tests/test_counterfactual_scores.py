"""The built checker on the counterfactual notes (claims/23-*, claims/24-*): every claim there is decided on a
variant run (the snippet edited and re-run), so these floors guard the condition rules and the snippet editor.
The labels' truths come from CPython runs of the edited programs (tools/golden/label_notes.py).
"""
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BINARY = ROOT / ".build" / "debug" / "notescheck"
CLAIMS = ROOT / "Tests" / "NotesCheckTests" / "Fixtures" / "Notes" / "claims"
SCORER = ROOT / "tools" / "score_notes.py"


def test_counterfactual_notes_are_decided_on_their_variants():
    if not BINARY.exists():
        pytest.skip("notescheck is not built (make test builds it first)")
    notes = sorted(str(p) for p in CLAIMS.glob("2[34]-*.md"))
    assert len(notes) == 2
    args = [sys.executable, str(SCORER), str(BINARY), *notes, "--min-recall=0.9", "--min-precision=1.0", "--min-output=0.95",
            "--min-confirmed=0.85"]
    proc = subprocess.run(args, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]


def test_call_variant_notes_are_decided_on_their_variants():
    """claims/60-64: calls with other arguments, named values, unwrapped wrappers, table rows (see ConditionRules)."""
    if not BINARY.exists():
        pytest.skip("notescheck is not built (make test builds it first)")
    notes = sorted(str(p) for p in CLAIMS.glob("6[0-4]-*.md"))
    assert len(notes) == 5
    args = [sys.executable, str(SCORER), str(BINARY), *notes, "--min-recall=0.8", "--min-precision=1.0", "--min-output=0.95",
            "--min-confirmed=0.9"]
    proc = subprocess.run(args, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
