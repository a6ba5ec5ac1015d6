"""The transcript goldens under Tests/NotesCheckTests/Goldens/Transcripts are CPython 3.11's doctest's own answers:
re-run tools/golden/transcripts.py against this interpreter and compare with what is committed."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "tools" / "golden" / "transcripts.py"
CASES = ROOT / "Tests" / "NotesCheckTests" / "Fixtures" / "Transcripts"
GOLDENS = ROOT / "Tests" / "NotesCheckTests" / "Goldens" / "Transcripts"


@pytest.mark.skipif(sys.version_info[:2] != (3, 11), reason="the goldens are CPython 3.11's")
def test_transcript_goldens_match_doctest():
    result = subprocess.run([sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_transcript_is_in_the_goldens():
    names = sorted(path.name for path in CASES.glob("*.pycon"))
    assert len(names) >= 25
    parsed = json.loads((GOLDENS / "parse.json").read_text(encoding="utf-8"))
    assert sorted(parsed) == names
    runs = json.loads((GOLDENS / "runs.json").read_text(encoding="utf-8"))
    assert sorted(runs) == [name for name in names if "error" not in parsed[name]]


def test_the_goldens_hold_both_verdicts():
    checks = json.loads((GOLDENS / "checks.json").read_text(encoding="utf-8"))
    assert {check["passed"] for check in checks} == {True, False}
    runs = json.loads((GOLDENS / "runs.json").read_text(encoding="utf-8"))
    assert {outcome["passed"] for outcomes in runs.values() for outcome in outcomes} == {True, False}
