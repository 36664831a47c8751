"""`python -m bench media` still runs and measures what it claims (nothing asserts speed)."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_media_bench_reports_throughput_and_exactly_what_dedup_saved(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    done = subprocess.run(
        [sys.executable, "-m", "bench", "media", "--files", "120", "--work", str(tmp_path / "w"),
         "--json", str(out)],
        cwd=REPO, capture_output=True, text=True, timeout=600,
    )  # fmt: skip

    assert done.returncode == 0, done.stderr
    results = json.loads(out.read_text())
    # What the bench wrote into its export, read back here: the files the posts reference.
    files = [p.read_bytes() for p in (tmp_path / "w" / "export" / "photos").iterdir()]
    distinct = set(files)
    imported = results["import"]
    assert imported["files_on_disk"] == len(distinct) < len(files)
    assert imported["bytes_on_disk"] == sum(len(f) for f in distinct)
    assert imported["bytes_referenced"] == sum(len(f) for f in files)
    assert imported["kept"] == len(files)
    assert imported["already_kept"] == len(files) - len(distinct)
    assert imported["verify_bad"] == 0
    for figure in (results["store"]["files_per_s"], imported["posts_per_s"]):
        assert math.isfinite(figure) and figure > 0
    assert "saved by dedup" in done.stdout
