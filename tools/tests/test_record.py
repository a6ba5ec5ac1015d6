"""The recorder itself: which fences it finds (libcmark's view), how the session rules label each fence's run,
and its guards. Printed values here are what CPython prints for trivial code; the entry labels are our rules.
"""
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools" / "golden"))

import fences  # noqa: E402
import record  # noqa: E402

pytestmark = pytest.mark.skipif(sys.version_info[:2] != (3, 11), reason="the goldens are CPython 3.11's")
import sessions  # noqa: E402

FENCED = textwrap.dedent("""\
    # Title

    ```python
    print("top")
    ```

    - a list item

      ~~~py
      print("in a list")
      ~~~

    > ```Python3 extra words
    > print("in a quote")
    > ```

    ```pycon
    >>> print("transcript")
    ```

    ```text
    not code
    ```

        print("indented code block")

    ```
    print("no info string")
    ```
    """)


def test_fences_are_found_as_libcmark_finds_them():
    found = fences.python_fences(FENCED)
    assert [(f.start_line, f.source) for f in found] == [
        (3, 'print("top")\n'),
        (9, 'print("in a list")\n'),
        (13, 'print("in a quote")\n'),
    ]


def _write_notes(tmp_path, *blocks):
    text = "\n\n".join(f"```python\n{textwrap.dedent(block).strip()}\n```" for block in blocks) + "\n"
    path = tmp_path / "notes.md"
    path.write_text(text)
    return path


def test_session_rules_label_each_fence(tmp_path):
    notes = _write_notes(
        tmp_path,
        """
        import asyncio
        async def greet():
            print("hello")
        async def main():
            await greet()
        if __name__ == "__main__":
            asyncio.run(main())
        """,
        """
        async def greet():
            print("hello again")
        """,
        "x = 1",
        "await greet()",
        "this is not python (",
    )
    results = record.record_notes(notes, timeout=20)
    assert [(r["entry"], r["stdout"]) for r in results] == [
        ("own", ["hello"]),
        ("rerun", ["hello again"]),
        ("none", []),
        ("top-level-await", ["hello again"]),
        ("none", []),
    ]
    assert results[-1]["exception"].startswith("SyntaxError")
    assert [r["virtualSeconds"] for r in results[:3]] == [0.0, 0.0, None]


def test_implicit_main_only_in_a_file_without_entry_points(tmp_path):
    notes = _write_notes(
        tmp_path,
        """
        import asyncio, time
        async def main():
            await asyncio.sleep(2)
            print("main ran", time.monotonic())
        """,
        "def helper(): pass",
    )
    results = record.record_notes(notes, timeout=20)
    assert [(r["entry"], r["stdout"], r["virtualSeconds"]) for r in results] == [
        ("implicit", ["main ran 2.0"], 2.0),
        ("none", [], None),
    ]


def test_earlier_fences_contribute_definitions_not_output_nor_entry_points(tmp_path):
    notes = _write_notes(
        tmp_path,
        """
        import asyncio
        calls = []
        print("first fence prints")
        async def main():
            calls.append(1)
        asyncio.run(main())
        """,
        "print(len(calls))",
    )
    results = record.record_notes(notes, timeout=20)
    assert results[1]["stdout"] == ["0"]
    assert results[1]["entry"] == "none"


def test_entry_points_are_main_guards_and_top_level_asyncio_run_calls():
    facts = sessions.analyse(textwrap.dedent("""\
        import asyncio
        async def main():
            asyncio.run(other())
        result = asyncio.run(main())
        if "__main__" == __name__:
            pass
        if True:
            print(asyncio.run(main()))
        """))
    assert facts.entry_indices == [2, 3, 4]
    assert facts.callable_async_main


def test_wall_clock_guard_stops_a_run(tmp_path):
    program = tmp_path / "spin.py"
    program.write_text("while True: pass\n")
    result = record.record_program(program, timeout=1)
    assert result["exception"].startswith("RecorderTimeout")


def test_a_loop_that_can_never_wake_is_reported_at_once(tmp_path):
    program = tmp_path / "deadlock.py"
    program.write_text("import asyncio\nasyncio.run(asyncio.Event().wait())\n")
    result = record.record_program(program, timeout=20)
    assert result["exception"] == "virtual_time.LoopWaitsForever: the event loop waits forever: nothing is scheduled"


def test_no_loop_means_null_virtual_seconds(tmp_path):
    program = tmp_path / "plain.py"
    program.write_text("print('x')\n")
    assert record.record_program(program, timeout=20) == {
        "stdout": ["x"], "virtualSeconds": None, "exception": None, "stderr": []}
