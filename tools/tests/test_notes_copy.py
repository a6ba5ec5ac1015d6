"""The project keeps a byte-for-byte copy of the user's notes; when ../shared is beside it, they must agree."""
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED_NOTES = ROOT.parent / "shared" / "notes" / "async-python.md"


def test_notes_copy_matches_shared():
    if not SHARED_NOTES.exists():
        pytest.skip("no ../shared beside this clone")
    assert (ROOT / "notes" / "async-python.md").read_bytes() == SHARED_NOTES.read_bytes()
