"""The API probes decide general claims ("gather returns a future"); their answers must be CPython's.

`notescheck probes` lists the probe programs and `notescheck probes --run` prints what each prints on the
model. This runs every program on CPython 3.11 and requires the same lines (no golden: CPython is asked
each time).
"""
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BINARY = ROOT / ".build" / "debug" / "notescheck"


def notescheck(*args):
    if not BINARY.exists():
        pytest.skip("notescheck is not built (make test builds it first)")
    return json.loads(subprocess.run([str(BINARY), "probes", *args], capture_output=True, text=True, check=True).stdout)


def test_probes_print_what_cpython_prints(tmp_path):
    programs = notescheck()
    model = notescheck("--run")
    assert sorted(programs) == sorted(model)
    assert len(programs) >= 8
    for name, program in sorted(programs.items()):
        path = tmp_path / f"{name}.py"
        path.write_text(program)
        cpython = subprocess.run([sys.executable, str(path)], capture_output=True, text=True, timeout=60)
        assert cpython.returncode == 0, f"{name} fails on CPython: {cpython.stderr}"
        assert model[name] == cpython.stdout.splitlines(), f"probe {name}: model and CPython differ"
