"""The parser goldens under Tests/PyModelTests/Parser/cases are CPython 3.11's own answers:
re-run tools/golden/dump_ast.py against this interpreter and compare with what is committed."""
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "tools" / "golden" / "dump_ast.py"
CASES = ROOT / "Tests" / "PyModelTests" / "Parser" / "cases"


@pytest.mark.skipif(sys.version_info[:2] != (3, 11), reason="the goldens are CPython 3.11's")
def test_parser_goldens_match_cpython():
    result = subprocess.run([sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_case_has_a_golden():
    sources = sorted(CASES.glob("*.py")) + sorted((CASES / "errors").glob("*.py"))
    assert len(sources) >= 60
    for source in sources:
        suffix = ".err" if source.parent.name == "errors" else ".ast"
        assert source.with_suffix(suffix).exists(), source.name
