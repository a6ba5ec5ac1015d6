"""The AsyncModel scenario expectations are still what CPython 3.11 prints for their Python twins."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def have_recorder() -> bool:
    oracle = os.environ.get("NOTESCHECK_ORACLE", "/work/shared/tools/cpython_oracle.py")
    return (ROOT / "tools" / "golden" / "record.py").exists() or Path(oracle).exists()


def test_scenario_expectations_match_cpython():
    if not have_recorder():
        pytest.skip("neither tools/golden/record.py nor the team's cpython_oracle.py is available")
    script = ROOT / "tools" / "golden" / "rerun_asyncmodel_scenarios.py"
    completed = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert completed.returncode == 0, completed.stderr + completed.stdout


def test_every_scenario_has_an_expectation():
    folder = ROOT / "Tests" / "AsyncModelTests" / "Scenarios"
    programs = sorted(folder.glob("*.py"))
    assert programs, "no scenario programs found"
    missing = [p.stem for p in programs if not p.with_name(p.stem + ".expected.json").exists()]
    assert missing == []
