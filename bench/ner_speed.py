"""NER tagging speed before and after a change, in the same conditions: the tagger code of a git revision
(default ``main``) and of this checkout, each tagging the ANERcorp CAMeL test split on one core, in turns
(so both see the same machine load), with the same shipped model; wall-clock and CPU time, best of each.

    PYTHONPATH=src python bench/ner_speed.py [--base main] [--rounds 3] [--shared ../shared]

The code of ``--base`` is taken with ``git archive`` into a temporary folder; the model files of this checkout
are used by both, so only the code differs. Both must produce the same tags (checked).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, shared_dir, write_report  # noqa: E402

# Run in a fresh process with the code under test first on the path; prints one JSON line.
PROBE = r"""
import hashlib, json, sys, time
from pathlib import Path
from rasd.ner.conll import read_conll
from rasd.ner.tagger import Tagger
text = Path(sys.argv[1]).read_text(encoding="utf-8").splitlines()
sentences = [[row[0] for row in s] for s in read_conll(text)]
tagger = Tagger.load(Path(sys.argv[2]))
times = []
for _ in range(int(sys.argv[3])):
    wall, cpu = time.perf_counter(), time.process_time()
    tags = tagger.tag(sentences)
    times.append((time.perf_counter() - wall, time.process_time() - cpu))
digest = hashlib.sha1(json.dumps(tags).encode()).hexdigest()
print(json.dumps({"tokens": sum(map(len, sentences)), "wall": min(t[0] for t in times),
                  "cpu": min(t[1] for t in times), "tags_sha1": digest, "code": __import__("rasd").__file__}))
"""


def probe(src: Path, test: Path, repeats: int) -> dict:
    env = {**os.environ, "PYTHONPATH": str(src), "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    model = ROOT / "src/rasd/models/ner"
    out = subprocess.run([sys.executable, "-c", PROBE, str(test), str(model), str(repeats)], env=env,
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def base_source(revision: str, into: Path) -> Path:
    archive = subprocess.run(["git", "archive", revision, "src/rasd"], cwd=ROOT, capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    return into / "src"


def summary(runs: list[dict]) -> dict:
    tokens = runs[0]["tokens"]
    wall, cpu = min(r["wall"] for r in runs), min(r["cpu"] for r in runs)
    return {"tokens": tokens, "wall_s": round(wall, 3), "cpu_s": round(cpu, 3),
            "tokens_per_s": round(tokens / wall), "tokens_per_cpu_s": round(tokens / cpu),
            "tags_sha1": sorted({r["tags_sha1"] for r in runs})}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="main", help="git revision whose tagger code is the 'before'")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds (each: 3 taggings per side)")
    parser.add_argument("--shared", help="the shared data folder (default ../shared)")
    args = parser.parse_args()
    test = shared_dir(args.shared) / "data/ner/anercorp-camellab/ANERCorp_CamelLab_test.txt"
    loads = [os.getloadavg()]
    runs: dict[str, list[dict]] = {"before": [], "after": []}
    with tempfile.TemporaryDirectory() as tmp:
        sides = {"before": base_source(args.base, Path(tmp)), "after": ROOT / "src"}
        for _ in range(args.rounds):
            for name, src in sides.items():
                runs[name].append(probe(src, test, 3))
            loads.append(os.getloadavg())
    result = {name: summary(r) for name, r in runs.items()}
    same = result["before"]["tags_sha1"] == result["after"]["tags_sha1"]
    markdown = report(args, result, loads, same)
    command = f"PYTHONPATH=src python bench/ner_speed.py --base {args.base} --rounds {args.rounds}"
    print(write_report("ner_speed", command, markdown, {"result": result, "same_tags": same, "load_average": loads}))


def report(args, result: dict, loads: list, same: bool) -> str:
    rows = ["| code | tokens | wall s (best) | tokens/s wall | CPU s (best) | tokens per CPU s |",
            "|---|---|---|---|---|---|"]
    for name, label in (("before", f"`{args.base}`"), ("after", "this checkout")):
        r = result[name]
        rows.append(f"| {name}: {label} | {r['tokens']} | {r['wall_s']} | {r['tokens_per_s']} | {r['cpu_s']} | "
                    f"**{r['tokens_per_cpu_s']}** |")
    speedup = result["before"]["cpu_s"] / result["after"]["cpu_s"]
    load_text = ", ".join(f"{one:.1f}" for one, _, _ in loads)
    return "\n\n".join([
        "## NER tagging speed, ANERcorp CAMeL test split, one core (OMP_NUM_THREADS=1), same model files",
        "\n".join(rows),
        f"Speed-up in CPU time: **{speedup:.2f}x**. Same tags from both: **{'yes' if same else 'NO'}**.",
        f"{args.rounds} alternating rounds, 3 taggings per side per round, best taken. One-minute load average "
        f"before and after each round: {load_text} on {os.cpu_count()} cores (a shared machine: wall-clock "
        "figures include time other jobs held the core; CPU time does not).",
    ])


if __name__ == "__main__":
    main()
