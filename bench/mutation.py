"""A mutation-testing run you can repeat: mutmut 3 over nncore/ and the output stage's pure parts.

    python bench/mutation.py                  # both groups, 2 workers
    python bench/mutation.py nncore --jobs 1  # one group
    python bench/mutation.py output --only scenes/output/jobs.py
    python bench/mutation.py nncore --only nncore/costs.py --tests tests/test_network.py --work /tmp/m-costs
    python bench/mutation.py nncore --only nncore/history.py --tests tests/test_history.py --deselect "round_trip"

Each group is copied (sources and tests only) into its own work folder (default
/tmp/nn-mutation/<group>) with a [tool.mutmut] section of its own, so the project's tree
never holds mutmut's `mutants/` folder and the two groups never share results. A second run
in the same folder is incremental: mutmut keeps each function's verdicts until its code or
its tests change. Only the fast tests run (no chapter renders, no digits or convnet
training): mutmut first runs them once to learn which tests reach which function, then each
mutant runs only the tests that reach it. The output group mutates only the pure functions
it names (text, times, keys, pages); the rest of those files is marked `# pragma: no mutate
block` in the copy, never in the project.

The score printed per module and per group is killed / (killed + survived + no tests):
a mutant no test reaches counts as a survivor. Timeouts count as killed (the mutant made a
loop never end, which a test notices by hanging). Results are also written to
<work>/scores.json. See docs/testing.md for the last run and its survivors.
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MUTMUT = Path(sys.executable).with_name("mutmut")

# what is mutated, and the fast tests that guard it
GROUPS = {
    "nncore": {
        "mutate": ["nncore/activations.py", "nncore/costs.py", "nncore/layers.py", "nncore/init.py",
                   "nncore/network.py", "nncore/datasets.py", "nncore/history.py", "nncore/options.py",
                   "nncore/presets.py", "nncore/landscape.py", "nncore/train.py"],
        "tests": ["tests/test_activations.py", "tests/test_costs.py", "tests/test_network.py", "tests/test_init.py", "tests/test_datasets.py", "tests/test_options.py",
                  "tests/test_presets.py", "tests/test_landscape.py", "tests/test_autodiff.py", "tests/test_train.py",
                  "tests/test_history.py", "tests/test_csv_edges.py", "tests/test_option_edges.py"],
        # the digits preset, the convnet and the companion stories train for seconds each (so do
        # history's tests over a saved story: its hand-built history's tests check the same reading
        # and writing), and two tests start fresh Pythons: too slow per mutant
        "deselect": "not digits and not convnet_history and not convnet_companion and not same_bytes "
                    "and not huge_learning_rate and not recipe_is_kept and not whatever_the_hash_seed "
                    "and not records_snapshots_and_stop_are_typed and not companion_runs_read_as_typed "
                    "and not same_run_as_ever and not fingerprint_sees and not redone_from",
    },
    "output": {
        "mutate": ["scenes/output/jobs.py", "scenes/output/captions.py", "scenes/narration.py",
                   "scenes/output/cache.py", "scenes/output/blogkit.py"],
        # the pure parts only: text, times, keys and pages. The rest of these files burns subtitles
        # into frames, runs the voices or moves cache folders; it needs clips, voices or renders,
        # which no fast test has (tests/test_captions.py, test_cache.py and the chapters' own
        # tests reach it). Its functions are left unmutated (`# pragma: no mutate block` in the copy).
        "functions": {
            "scenes/output/captions.py": ["write_subtitles", "plain_text", "active_cue"],
            "scenes/output/cache.py": ["fingerprint", "file_sha256", "sources", "kit_key", "history_key",
                                       "code_key"],
            "scenes/narration.py": ["check_pace", "as_plain", "spoken", "_words", "_boundaries", "_match",
                                    "estimate_word_boundaries", "_speech_span",
                                    "caption_cues", "_split_words", "_stamp", "write_srt", "write_vtt",
                                    "_write_text"],
            "scenes/output/blogkit.py": ["timestamp", "chapter_starts", "chapters_txt", "shifted_cues",
                                         "transcript", "_rgb", "_mix", "theme_css", "script_json", "fill",
                                         "page", "replay_html", "index_html", "snippet_block", "video_tag",
                                         "embed_snippet", "replay_iframe", "mime_type"],
        },
        "tests": ["tests/test_jobs.py", "tests/test_captions.py", "tests/test_narration.py",
                  "tests/test_cue_timing.py", "tests/test_cache.py", "tests/test_blogkit.py"],
        # the real voices speak for seconds; the cue tests over rendered chapters render the video;
        # the cache's and the blog kit's tests over a rendered run (and in the browsers) render chapters
        "deselect": "not piper and not festival and not espeak and not missing_engine and not each_cue "
                    "and not never_overlap and not subtitle_files and not render and not thumbnail "
                    "and not ctrl_c and not damaged and not truncated and not heals and not moved_out "
                    "and not firefox and not works_ and not published and not voiceover "
                    "and not command_line and not crossorigin and not transcript_gives and not index_links "
                    "and not rendered_dark",
    },
}
COPIED = ["nncore", "scenes", "tests", "render.py"]
KILLED = {"killed", "timeout", "segfault", "caught by type check"}
COUNTED = KILLED | {"survived", "no tests"}


def leave_unmutated(path: Path, keep: list[str]) -> None:
    """Mark every function and method of the file at `path` (the work folder's copy) that is
    not named in `keep` with mutmut's `# pragma: no mutate block`; a method is named
    "Class.method" or by its own name."""
    import ast
    lines = path.read_text().splitlines()
    tree = ast.parse("\n".join(lines))

    def walk(body, owner=""):
        for node in body:
            if isinstance(node, ast.ClassDef):
                walk(node.body, node.name + ".")
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                if node.name in keep or owner + node.name in keep:
                    continue
                # the pragma goes on the line that ends the signature (the one with the colon)
                colon = next(i for i in range(node.body[0].lineno - 2, node.lineno - 2, -1)
                             if lines[i].split("#")[0].rstrip().endswith(":"))
                lines[colon] += "  # pragma: no mutate block"
    walk(tree.body)
    path.write_text("\n".join(lines) + "\n")


def prepare(group: str, work: Path, only: list[str] | None, tests: list[str] | None = None,
            deselect: str | None = None) -> None:
    """`work` holds a copy of the project's code and tests and a pyproject.toml for mutmut."""
    spec = GROUPS[group]
    keep = spec["deselect"] + (f" and not ({deselect})" if deselect else "")
    work.mkdir(parents=True, exist_ok=True)
    for name in COPIED:
        src, dst = ROOT / name, work / name
        if src.is_dir():
            shutil.copytree(src, dst, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(src, dst)
    mutate = only or spec["mutate"]
    for name, pure in spec.get("functions", {}).items():
        if name in mutate:
            leave_unmutated(work / name, pure)
    tests = [t for t in (tests or spec["tests"]) if (ROOT / t).exists()]
    (work / "pyproject.toml").write_text(
        "[tool.mutmut]\n"
        f"source_paths = {json.dumps(sorted({m.split('/')[0] + '/' for m in mutate}))}\n"
        f"only_mutate = {json.dumps(mutate)}\n"
        f"pytest_add_cli_args_test_selection = {json.dumps([*tests, '-k', keep])}\n"
        'pytest_add_cli_args = ["-p", "no:cacheprovider", "-x", "-q"]\n'
        "use_git_change_detection = false\n")


def results(work: Path) -> dict[str, str]:
    """mutant name -> status, as mutmut reports them."""
    out = subprocess.run([str(MUTMUT), "results", "--all", "true"], cwd=work, capture_output=True, text=True).stdout
    found = {}
    for line in out.splitlines():
        m = re.match(r"\s*(\S+):\s*(.+?)\s*$", line)
        if m and "__mutmut_" in m.group(1):
            found[m.group(1)] = m.group(2)
    return found


def module_of(mutant: str) -> str:
    # nncore.train.x_train__mutmut_12, nncore.history.xǁHistoryǁload__mutmut_3 -> the module
    return mutant.rsplit(".", 1)[0]


def scores(found: dict[str, str]) -> dict:
    per = defaultdict(Counter)
    for name, status in found.items():
        per[module_of(name)][status] += 1
    table = {}
    for module, counts in sorted(per.items()):
        counted = sum(n for s, n in counts.items() if s in COUNTED)
        killed = sum(n for s, n in counts.items() if s in KILLED)
        table[module] = {"killed": killed, "counted": counted, "score": killed / counted if counted else None,
                         "statuses": dict(counts)}
    return table


def run(group: str, work: Path, jobs: int, only: list[str] | None, report_only: bool = False,
        tests: list[str] | None = None, deselect: str | None = None) -> dict:
    seconds, code = 0.0, None
    if not report_only:
        prepare(group, work, only, tests, deselect)
        started = time.monotonic()
        code = subprocess.run([str(MUTMUT), "run", "--max-children", str(jobs)], cwd=work).returncode
        seconds = time.monotonic() - started
    found = results(work)
    table = scores(found)
    killed = sum(t["killed"] for t in table.values())
    counted = sum(t["counted"] for t in table.values())
    summary = {"group": group, "seconds": round(seconds), "exit": code, "not checked": sum(s == "not checked" for s in found.values()), "killed": killed,
               "counted": counted, "score": killed / counted if counted else None, "modules": table,
               "survivors": sorted(n for n, s in found.items() if s in {"survived", "no tests"})}
    (work / "scores.json").write_text(json.dumps(summary, indent=1))
    print(f"\n{group}: {killed}/{counted} killed = {summary['score'] or 0:.1%} in {seconds:.0f} s "
          f"({summary['not checked']} mutants not checked yet)")
    for module, t in table.items():
        print(f"  {module:40s} {t['killed']:4d}/{t['counted']:<4d} {t['score'] or 0:6.1%}  {t['statuses']}")
    return summary


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("groups", nargs="*", choices=list(GROUPS), default=[])
    parser.add_argument("--jobs", type=int, default=2, help="mutants tested side by side (default 2)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/nn-mutation"), help="where the copies live")
    parser.add_argument("--only", nargs="+", help="mutate only these files (paths from the project root)")
    parser.add_argument("--tests", nargs="+",
                        help="run only these test files (e.g. the one mirroring --only's module): quicker per mutant")
    parser.add_argument("--deselect", metavar="EXPR",
                        help="also leave out the tests pytest's -k EXPR picks (e.g. slow ones that train a story)")
    parser.add_argument("--fresh", action="store_true", help="forget earlier verdicts")
    parser.add_argument("--report", action="store_true",
                        help="only score the verdicts so far (e.g. of a run stopped early)")
    args = parser.parse_args()
    if not MUTMUT.exists():
        print("mutmut is not installed: pip install -e '.[mutation]'", file=sys.stderr)
        return 2
    for group in args.groups or list(GROUPS):
        work = args.work / group
        if args.fresh:
            shutil.rmtree(work, ignore_errors=True)
        run(group, work, args.jobs, args.only, report_only=args.report, tests=args.tests,
            deselect=args.deselect)
    return 0


if __name__ == "__main__":
    sys.exit(main())
