"""What every benchmark shares: where the shared data is, machine facts, and writing dated reports."""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"


def shared_dir(given: str | None = None) -> Path:
    path = Path(given or os.environ.get("RASD_SHARED") or ROOT.parent / "shared")
    if not path.is_dir():
        sys.exit(f"shared data folder not found: {path} (pass --shared or set RASD_SHARED)")
    return path


def machine() -> dict[str, Any]:
    cpu = ""
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                   if line.startswith("model name"))
    except (OSError, StopIteration):
        cpu = platform.processor()
    return {"python": platform.python_version(), "platform": platform.platform(), "cpu": cpu,
            "cores": os.cpu_count(), "commit": _commit()}


def _commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def write_report(name: str, command: str, markdown: str, data: dict[str, Any]) -> Path:
    """bench/results/<name>-<date>.md and .json, with the command and the machine in both."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    today = dt.date.today().isoformat()
    facts = machine()
    header = (f"# {name} — {today}\n\nCommand: `{command}`\n\nMachine: {facts['cpu']}, {facts['cores']} cores, "
              f"Python {facts['python']}, commit {facts['commit']}\n\n")
    md_path = RESULTS / f"{name}-{today}.md"
    md_path.write_text(header + markdown.rstrip() + "\n", encoding="utf-8")
    payload = {"name": name, "date": today, "command": command, "machine": facts, **data}
    (RESULTS / f"{name}-{today}.json").write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n",
                                                   encoding="utf-8")
    return md_path
