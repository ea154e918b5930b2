"""Benchmark: review-server worklist page time on 10,000 synthetic patients.

Builds a run folder directly from a synthetic cohort (``pipeline.synth``: realistic note texts,
~3 notes per patient; patients.csv and links.parquet filled from each patient's profile, since
only the worklist is measured, not extraction), starts the real server (``cli.py serve``) in a
subprocess, logs in, and times whole HTTP requests for typical worklist pages. Also records how
long the server takes to load the run. Writes benchmarks/worklist-results.md.

    .venv/bin/python benchmarks/worklist.py                  # 10,000 patients
    .venv/bin/python benchmarks/worklist.py --patients 2000  # quicker
"""
from __future__ import annotations

import argparse
import http.cookiejar
import platform
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.serve import ReviewStore  # noqa: E402
from pipeline.synth import CohortShares  # noqa: E402
from pipeline.synth.cohort import iter_chunks  # noqa: E402

PAGES = {  # name -> query string
    "first page, no filter": "",
    "calciphylaxis = yes": "calciphylaxis=yes",
    "trauma type injection, site abdomen": "trauma_type=injection&site=abdomen",
    "note search 'ice pack'": "q=ice+pack",
    "note search, 3 words": "q=calciphylaxis+left+thigh",
    "sort by interval, descending, page 40": "sort=interval_days&dir=desc&page=40",
    "in disagreement (1,000 reviewed)": "review=disagreement",
    "100 per page, sorted by notes": "per_page=100&sort=n_notes&dir=desc",
}


def build_run(folder: Path, n_patients: int, seed: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    notes, patients, links = [], [], []
    shares = CohortShares(0.1, 0.04, 0.02)  # more flagged patients than real life: busier lists
    for chunk in iter_chunks(n_patients, seed, shares):
        notes.append(chunk.notes)
        for p in chunk.profiles:
            calci = {"calciphylaxis": "yes", "koebner": "yes", "possible": "possible"}.get(p.group, "no")
            koebner = "yes" if p.group == "koebner" and p.trauma else "no"
            trauma = p.trauma.trauma_type if koebner == "yes" else ""
            side = {"L": "left", "R": "right"}.get(p.lesion_site.side, p.lesion_site.side) \
                if p.lesion_site else ""
            site = f"{p.lesion_site.region}:{side}".rstrip(":") if koebner == "yes" and p.lesion_site else ""
            interval = str(14 + p.index % 60) if koebner == "yes" and p.index % 3 else ""
            patients.append([p.patient_id, calci, koebner, trauma, site, "", "", interval,
                             "yes" if p.dialysis != "none" else "no", p.dialysis,
                             "yes" if p.diabetes else "no", "yes" if p.insulin else "no", "", "", "",
                             p.n_notes, ""])
            if koebner == "yes":
                for k in range(4):
                    links.append((p.patient_id, f"{p.patient_id}:T{k}", f"{p.patient_id}:L{k}", trauma,
                                  p.lesion_site.region, None, None, "exact", None, None, "before",
                                  None, 0.8, True, "same site, before the lesion"))
    pd.concat(notes).to_parquet(folder / "notes.parquet", index=False)
    pd.DataFrame(patients, columns=[
        "patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
        "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
        "obesity", "bmi", "n_notes", "evidence"]).to_csv(folder / "patients.csv", index=False)
    pd.DataFrame(links, columns=[
        "patient_id", "trauma_id", "lesion_id", "trauma_type", "region", "trauma_laterality",
        "lesion_laterality", "site_match", "trauma_date", "lesion_onset", "order",
        "interval_days", "score", "linked", "reason"]).to_parquet(folder / "links.parquet", index=False)
    store = ReviewStore.for_run(folder)
    ana = store.add_user("ana", "reviewer", "bench-password")
    ben = store.add_user("ben", "reviewer", "bench-password")
    store.add_user("cy", "adjudicator", "bench-password")
    for i, pid in enumerate(p[0] for p in patients[:1000]):
        store.record_review(ana, pid, {"koebner": "no"}, "")
        store.record_review(ben, pid, {"koebner": "no" if i % 10 else "yes"}, "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--patients", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--repeats", type=int, default=15, help="requests per page")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "worklist-results.md")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        run = Path(tmp) / "run"
        started = time.perf_counter()
        build_run(run, args.patients, args.seed)
        n_notes = len(pd.read_parquet(run / "notes.parquet", columns=["note_id"]))
        print(f"built {args.patients} patients, {n_notes} notes in {time.perf_counter() - started:.1f} s")
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        base = f"http://127.0.0.1:{port}"
        launched = time.perf_counter()
        server = subprocess.Popen([sys.executable, str(ROOT / "cli.py"), "serve", str(run), "--port",
                                   str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while True:
                try:
                    urllib.request.urlopen(base + "/login", timeout=2)
                    break
                except OSError:
                    if server.poll() is not None:
                        raise SystemExit("server exited")
                    time.sleep(0.2)
            ready = time.perf_counter() - launched
            jar = http.cookiejar.CookieJar()
            opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
            form = opener.open(base + "/login").read().decode()
            csrf = re.search(r'name="csrf" value="([^"]+)"', form).group(1)
            opener.open(base + "/login", urllib.parse.urlencode(
                {"csrf": csrf, "name": "cy", "password": "bench-password"}).encode()).read()
            rows = []
            for name, query in PAGES.items():
                times = []
                for _ in range(args.repeats):
                    t0 = time.perf_counter()
                    body = opener.open(f"{base}/?{query}").read().decode()
                    times.append((time.perf_counter() - t0) * 1000)
                match = re.search(r"(\d+) of (\d+) patients match", body)
                times.sort()
                rows.append((name, query, match.group(1), statistics.median(times),
                              times[int(0.9 * (len(times) - 1))]))
                print(f"{name:42s} {match.group(1):>6s} match  median {rows[-1][3]:7.1f} ms  "
                      f"p90 {rows[-1][4]:7.1f} ms")
        finally:
            server.terminate()
            server.wait(timeout=20)
    command = "python benchmarks/worklist.py" + (f" --patients {args.patients}" if args.patients != 10_000 else "")
    lines = [
        "# Review server: worklist page time", "",
        f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, {platform.machine()}, "
        f"{len(__import__('os').sched_getaffinity(0))} cores (shared), Python {platform.python_version()}.",
        f"Command: `{command}`. {args.patients:,} synthetic patients, {n_notes:,} notes; "
        f"1,000 patients reviewed by two reviewers (100 in disagreement).",
        "Whole HTTP requests (server-side filter, search, sort, page of 50 rendered to HTML) "
        f"from a logged-in client, {args.repeats} per page.", "",
        f"Server start-up until the login page answers (reads the run folder): {ready:.1f} s.", "",
        "| page | query | patients matching | median ms | p90 ms |", "|---|---|---:|---:|---:|",
        *(f"| {n} | `{q or '(none)'}` | {m} | {med:.1f} | {p90:.1f} |" for n, q, m, med, p90 in rows), "",
    ]
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
