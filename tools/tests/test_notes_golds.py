"""The labelled notes' golds are what CPython says now, and the claims corpus has the shape issue 5 asks for."""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NOTES = ROOT / "Tests" / "NotesCheckTests" / "Fixtures" / "Notes"
CLAIMS = NOTES / "claims"
LABEL_NOTES = ROOT / "tools" / "golden" / "label_notes.py"
KINDS = {"concurrency", "sequential", "ordering", "duration", "counterfactual", "necessity", "cause", "lifecycle",
         "api", "output"}


def labelled(folder):
    return sorted(folder.rglob("*.labels.json"))


def test_every_committed_gold_is_what_cpython_says_now():
    proc = subprocess.run([sys.executable, str(LABEL_NOTES), "--check", str(NOTES)], capture_output=True, text=True,
                          timeout=900)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_every_labelled_note_has_its_note_and_gold_and_no_hand_written_truth():
    for labels_file in labelled(NOTES):
        stem = labels_file.name[: -len(".labels.json")]
        assert labels_file.with_name(stem + ".md").exists(), labels_file
        assert labels_file.with_name(stem + ".gold.json").exists(), labels_file
        labels = json.loads(labels_file.read_text(encoding="utf-8"))
        for claim in labels["claims"]:
            assert "truth" not in claim and "truth" not in claim["check"], (labels_file.name, claim["quote"])


def test_the_claims_corpus_is_large_mixed_and_about_a_third_false():
    golds = [json.loads(p.with_name(p.name.replace(".labels.json", ".gold.json")).read_text(encoding="utf-8"))
             for p in labelled(CLAIMS)]
    claims = [c for g in golds for c in g["claims"]]
    assert len(golds) >= 16
    assert all(6 <= len(g["claims"]) <= 15 for g in golds)
    assert {c["kind"] for c in claims} == KINDS
    false_share = sum(not c["truth"] for c in claims) / len(claims)
    assert 0.25 <= false_share <= 0.38, false_share
