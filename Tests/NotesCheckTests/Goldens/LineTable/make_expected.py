"""Writes the LineTable fixture and, from Python's own string model, the position of every byte.

Regenerate (both files) with: `python3 Tests/NotesCheckTests/Goldens/LineTable/make_expected.py`.
Python is the independent source of truth here: a column is 1 + the number of code points
before the character on its line (Python `str` indexing), a UTF-16 column is the length of the
UTF-16 encoding of those code points, and lines end at LF, CRLF or a lone CR.
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXTURE = HERE.parents[1] / "Fixtures" / "LineTable" / "mixed.txt"
EXPECTED = HERE / "expected.json"

# Accents (precomposed and combining), CJK, emoji (astral: two UTF-16 units), a ZWJ sequence,
# tabs, CRLF, a lone CR, an empty line, and no final line ending.
TEXT = (
    "café naïve\r\n"
    "\tindented\ttab\n"
    "日本語 テキスト\r"
    "emoji 🐍 and 👩‍💻 here\n"
    "e\u0301 combining\r\n"
    "\n"
    "last line, no ending 🎉"
)


def main():
    FIXTURE.parent.mkdir(parents=True, exist_ok=True)
    FIXTURE.write_bytes(TEXT.encode("utf-8"))
    line_starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", TEXT)]
    content_ends = [m.start() for m in re.finditer(r"\r\n|\r|\n", TEXT)] + [len(TEXT)]
    positions = []
    for char_index, char in enumerate(TEXT + "\0"):
        line = max(i for i, start in enumerate(line_starts) if start <= char_index)
        end = min(char_index, content_ends[line])
        before = TEXT[line_starts[line] : end]
        position = [line + 1, len(before) + 1, line, len(before.encode("utf-16-le")) // 2]
        width = len(char.encode("utf-8")) if char_index < len(TEXT) else 1
        positions.extend([position] * width)
    # positions[i] is the position of byte offset i (the last entry: the end of the file).
    EXPECTED.write_text(json.dumps({"byteCount": len(TEXT.encode("utf-8")), "positions": positions}) + "\n")


if __name__ == "__main__":
    main()
