"""The hostile suite's contracts are well-formed, and the CPython answers kept beside them are still CPython's."""
import json
from pathlib import Path
import sys

import pytest

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = ROOT / "Tests" / "PyModelTests" / "Hostile"
sys.path.insert(0, str(ROOT / "tools" / "golden"))

import record  # noqa: E402

pytestmark = pytest.mark.skipif(sys.version_info[:2] != (3, 11), reason="the goldens are CPython 3.11's")

PROGRAMS = sorted(HOSTILE.glob("*.py"))
KINDS = {"budget": {"instructions", "virtual-time", "recursion-depth", "object-size"},
         "unsupported": {"import", "builtin"}}


def _contract(program):
    return json.loads(program.with_suffix(".json").read_text(encoding="utf-8"))


def _as_list(value):
    return value if isinstance(value, list) else [value]


def test_every_hostile_program_has_a_contract():
    assert len(PROGRAMS) >= 15
    assert sorted(p.stem for p in HOSTILE.glob("*.json")) == [p.stem for p in PROGRAMS]


@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.stem)
def test_contract_is_well_formed(program):
    contract = _contract(program)
    lines = program.read_text(encoding="utf-8").splitlines()
    assert contract["program"] == program.name
    assert contract["outcome"] in KINDS
    assert set(_as_list(contract["kind"])) <= KINDS[contract["outcome"]]
    assert all(1 <= line <= len(lines) for line in _as_list(contract["line"]))
    assert isinstance(contract["stdout"], list)
    assert ("cpython" in contract) != ("cpythonNote" in contract)
    if contract["outcome"] == "unsupported":
        assert contract["name"] in lines[contract["line"] - 1]


SAFE = [p for p in PROGRAMS if "cpython" in _contract(p)]


@pytest.mark.parametrize("program", SAFE, ids=lambda p: p.stem)
def test_kept_cpython_answer_is_still_cpythons(program):
    result = record.record_program(program, record.DEFAULT_TIMEOUT)
    assert {"stdout": result["stdout"], "exception": result["exception"]} == _contract(program)["cpython"]
