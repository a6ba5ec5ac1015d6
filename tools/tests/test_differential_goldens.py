"""The differential goldens are still CPython's: every program under Tests/PyModelTests/Differential is recorded
again with tools/golden/record.py (real CPython 3.11 on virtual time) and must give its committed golden.
Regenerate them all with: python3 tools/golden/record.py --write Tests/PyModelTests/Differential
"""
import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DIFFERENTIAL = ROOT / "Tests" / "PyModelTests" / "Differential"
sys.path.insert(0, str(ROOT / "tools" / "golden"))

import record  # noqa: E402

pytestmark = pytest.mark.skipif(sys.version_info[:2] != (3, 11), reason="the goldens are CPython 3.11's")

PROGRAMS = sorted(DIFFERENTIAL.glob("*.py"))


@pytest.fixture(scope="module")
def recorded():
    results = record.record_many(PROGRAMS, record.DEFAULT_TIMEOUT, os.cpu_count() or 1)
    return dict(zip((p.name for p in PROGRAMS), results))


def test_the_suite_is_large_enough_and_every_program_has_its_golden():
    assert len(PROGRAMS) >= 110
    goldens = sorted(DIFFERENTIAL.glob("*.json"))
    assert [g.stem for g in goldens] == [p.stem for p in PROGRAMS]


@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.stem)
def test_program_is_small_and_says_what_it_checks(program):
    lines = program.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# ") and len(lines[0]) > 10
    assert len(lines) <= 40


@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.stem)
def test_golden_is_what_cpython_does(program, recorded):
    golden = json.loads(program.with_suffix(".json").read_text(encoding="utf-8"))
    assert golden["program"] == program.name
    expected = {key: golden[key] for key in [*record.RESULT_KEYS, "wallClock"] if key in golden}
    got = recorded[program.name]
    if got != expected and "virtual_time." in (got.get("exception") or ""):
        # The recorder's worker threads are real threads: on a machine loaded by parallel recordings one can
        # miss the loop's wake-up; the recorder says so in its own exception. Record that program again, alone.
        got = record.record_many([program], record.DEFAULT_TIMEOUT, 1)[0]
    assert expected == got
