"""tools/score_notes.py computes what its docstring says, proved with a fake checker that answers from the golds
(over a sample of the claims corpus) and with hand-made reports for the matching rules."""
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCORER = ROOT / "tools" / "score_notes.py"
FAKE = Path(__file__).resolve().parent / "fake_notescheck.py"
CORPUS = ROOT / "Tests" / "NotesCheckTests" / "Fixtures" / "Notes" / "claims"

spec = importlib.util.spec_from_file_location("score_notes", SCORER)
score_notes = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score_notes)


def score(mode_or_command, *paths, extra=()):
    command = mode_or_command if " " in mode_or_command else f"{sys.executable} {FAKE} --mode {mode_or_command}"
    proc = subprocess.run([sys.executable, str(SCORER), command, *map(str, paths), "--json", *extra],
                          capture_output=True, text=True, timeout=600)
    return proc.returncode, json.loads(proc.stdout)


def sample_notes():
    """A few labelled notes (one of them with a wrong stated output): enough for every metric, quick to run."""
    notes = [g.with_name(g.name.replace(".gold.json", ".md")) for g in sorted(CORPUS.glob("*.gold.json"))]
    wrong_output = next(n for n in notes if any(not o["matches"] for o in gold_of(n)["outputs"]))
    return sorted(set(notes[:3]) | {wrong_output})


def gold_of(note):
    return json.loads(note.with_name(note.stem + ".gold.json").read_text(encoding="utf-8"))


SAMPLE = sample_notes()


def corpus_golds():
    return [gold_of(note) for note in SAMPLE]


def corpus_counts():
    golds = corpus_golds()
    return {
        "notes": len(golds),
        "runs": sum(s["runs"] for g in golds for s in g["snippets"]),
        "false": sum(not c["truth"] for g in golds for c in g["claims"]),
        "true": sum(c["truth"] for g in golds for c in g["claims"]),
        "stated_wrong": sum(not o["matches"] for g in golds for o in g["outputs"]),
        "notes_with_true": sum(any(c["truth"] for c in g["claims"]) for g in golds),
    }


def test_a_perfect_checker_scores_everything_and_passes_the_thresholds():
    code, result = score("perfect", *SAMPLE, extra=["--min-recall", "0.9", "--min-precision", "0.95"])
    n = corpus_counts()
    assert code == 0
    assert result["metrics"] == {"output": 1.0, "recall": 1.0, "precision": 1.0, "confirmed": 1.0}
    assert result["totals"]["out"] == n["runs"] and result["totals"]["found"] == n["false"]
    assert result["totals"]["stated"] == n["stated_wrong"] and result["totals"]["alarms"] == 0
    assert result["crashes"] == []


def test_contradicting_every_claim_finds_all_false_claims_but_fails_precision():
    code, result = score("contradict-all", *SAMPLE, extra=["--min-recall", "0.9", "--min-precision", "0.95"])
    n = corpus_counts()
    assert result["metrics"]["recall"] == 1.0
    assert result["totals"]["tp"] == n["false"] and result["totals"]["fp"] == n["true"]
    assert result["metrics"]["precision"] == pytest.approx(n["false"] / (n["false"] + n["true"]))
    assert result["metrics"]["confirmed"] == 0.0
    assert result["failed"] == ["precision"] and code == 1


def test_inverted_verdicts_score_zero_on_claims_and_fail_recall():
    code, result = score("invert", *SAMPLE, extra=["--min-recall", "0.9"])
    assert result["metrics"]["recall"] == 0.0 and result["metrics"]["precision"] == 0.0
    assert result["metrics"]["confirmed"] == 0.0 and result["metrics"]["output"] == 1.0
    assert code == 1


def test_unverifiable_everywhere_counts_nothing_and_zero_over_zero_is_zero():
    _, result = score("unverifiable", *SAMPLE)
    assert result["totals"]["tp"] + result["totals"]["fp"] == 0
    assert result["metrics"] == {"output": 1.0, "recall": 0.0, "precision": 0.0, "confirmed": 0.0}


def test_wrong_runs_fail_output_fidelity_only():
    code, result = score("wrong-output", *SAMPLE, extra=["--min-output", "0.5"])
    assert result["metrics"]["output"] == 0.0 and result["metrics"]["recall"] == 1.0
    assert result["failed"] == ["output"] and code == 1


def test_claims_whose_text_is_not_the_labelled_sentence_do_not_count():
    _, result = score("off-topic", *SAMPLE)
    assert result["totals"]["found"] == 0 and result["totals"]["confirmed"] == 0
    assert result["totals"]["tp"] == 0


def test_stray_contradictions_count_only_on_a_true_claims_line():
    _, result = score("stray", *SAMPLE)
    n = corpus_counts()
    assert result["totals"]["tp"] == n["false"]
    assert result["totals"]["fp"] == n["notes_with_true"]


@pytest.mark.parametrize("mode", ["crash", "no-files"])
def test_a_checker_without_a_report_is_a_crash_that_fails_the_run(mode):
    code, result = score(mode, *SAMPLE)
    n = corpus_counts()
    assert code == 1 and len(result["crashes"]) == n["notes"]
    assert result["totals"]["false_n"] == n["false"] and result["totals"]["found"] == 0


def test_a_checker_that_hangs_is_stopped_and_counted_as_a_crash():
    code, result = score(f"{sys.executable} -c 'import time; time.sleep(30)'", SAMPLE[0], extra=["--timeout", "0.5"])
    assert code == 1 and result["crashes"][0]["why"].startswith("timeout")


GOLD = {
    "snippets": [
        {"startLine": 5, "runs": True, "entry": "own", "stdout": ["a", "b"], "virtualSeconds": 2.0, "exception": None},
        {"startLine": 20, "runs": True, "entry": "rerun", "stdout": [], "virtualSeconds": None, "exception": None},
        {"startLine": 30, "runs": False, "entry": "none", "stdout": [], "virtualSeconds": None, "exception": None},
    ],
    "claims": [
        {"line": 10, "quote": "both tasks run concurrently", "kind": "concurrency", "truth": True, "why": ""},
        {"line": 11, "quote": "the whole run takes five seconds", "kind": "duration", "truth": False, "why": ""},
        {"line": 12, "quote": "'hello' is printed before 'world'", "kind": "ordering", "truth": False, "why": ""},
    ],
    "outputs": [
        {"line": 40, "fence": 1, "form": "output-fence", "expected": ["b", "a"], "matches": False},
        {"line": 50, "fence": 1, "form": "output-fence", "expected": ["a", "b"], "matches": True},
    ],
}


def at(first, last=None):
    return {"start": {"line": first, "column": 1}, "end": {"line": last or first, "column": 9}}


def test_snippets_match_one_line_off_and_within_one_percent():
    entry = {"snippets": [
        {"range": at(6, 9), "stdout": ["a", "b"], "virtualSeconds": 2.019},
        {"range": at(22, 25), "stdout": [], "virtualSeconds": None},
        {"range": at(30, 31), "stdout": ["never compared"], "virtualSeconds": 9.0},
    ]}
    counts = score_notes.score_note(GOLD, entry, lambda line: None)
    assert (counts["out"], counts["out_n"]) == (1, 2)
    entry["snippets"][0]["virtualSeconds"] = 2.03
    assert score_notes.score_note(GOLD, entry, lambda line: None)["out"] == 0


def test_claims_match_by_covering_range_and_shared_words():
    entry = {"claims": [
        {"range": at(9, 10), "text": "Here both tasks run concurrently, of course.", "verdict": "confirmed"},
        {"range": at(11), "text": "takes five seconds", "verdict": "contradicted"},
        {"range": at(13), "text": "'hello' is printed before 'world'", "verdict": "contradicted"},
        {"range": at(10), "text": "an unlabelled sentence sharing the true claim's line", "verdict": "contradicted"},
        {"range": at(70), "text": "far from any label", "verdict": "contradicted"},
    ]}
    counts = score_notes.score_note(GOLD, entry, lambda line: None)
    assert (counts["confirmed"], counts["true_n"]) == (1, 1)
    assert (counts["found"], counts["false_n"]) == (1, 2)
    assert (counts["tp"], counts["fp"]) == (1, 1)


def test_stated_outputs_count_mismatch_diagnostics_and_false_alarms():
    entry = {"diagnostics": [
        {"range": at(39, 43), "code": "output-mismatch"},
        {"range": at(50, 52), "code": "output-mismatch"},
        {"range": at(60), "code": "claim-contradicted"},
    ]}
    counts = score_notes.score_note(GOLD, entry, lambda line: None)
    assert (counts["stated"], counts["stated_n"], counts["alarms"]) == (1, 1, 1)


def test_word_matching_ignores_common_words_and_needs_most_of_the_quote():
    assert score_notes.text_matches("the task is cancelled when run returns", "Task cancelled when asyncio.run returns")
    assert not score_notes.text_matches("the task is cancelled when run returns", "the task returns")
    assert score_notes.text_matches("a very long quote about tasks being cancelled at shutdown", "tasks cancelled shutdown")
    assert not score_notes.text_matches("anything", "")


def test_wall_clock_snippets_and_unverifiable_outputs_are_not_scored_as_runs_or_mismatches():
    gold = {
        "snippets": [{"startLine": 5, "runs": True, "stdout": ["[22:13:20] a"], "virtualSeconds": 1.0,
                      "wallClock": True}],
        "claims": [],
        "outputs": [
            {"line": 40, "fence": 1, "form": "output-fence", "expected": ["[14:02:11] a"], "matches": None,
             "unverifiable": "datetime.now() timestamps"},
        ],
    }
    quiet = {"snippets": [{"range": at(5, 8), "stdout": ["[09:00:00] a"], "virtualSeconds": 1.0}]}
    counts = score_notes.score_note(gold, quiet, lambda line: None)
    assert (counts["out"], counts["out_n"], counts["stated_n"], counts["alarms"]) == (0, 0, 0, 0)
    flagged = dict(quiet, diagnostics=[{"range": at(40, 41), "code": "output-mismatch"}])
    assert score_notes.score_note(gold, flagged, lambda line: None)["alarms"] == 1
    assert score_notes.crash_counts(gold)["out_n"] == 0 and score_notes.crash_counts(gold)["stated_n"] == 0
