"""The committed runtime goldens (tools/golden/runtime) are still what this CPython computes."""
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools" / "golden"))

import runtime_cases  # noqa: E402


@pytest.mark.skipif(sys.version_info[:2] != (3, 11), reason="the goldens are CPython 3.11's")
@pytest.mark.parametrize("section", sorted(runtime_cases.SECTIONS))
def test_committed_golden_is_cpythons(section):
    expected = runtime_cases.build_golden(section)
    committed = (runtime_cases.GOLDEN_DIR / f"{section}.json").read_text()
    assert committed == expected, f"regenerate with: python3 tools/golden/runtime_cases.py ({section})"
