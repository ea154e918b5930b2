"""Throughput, screening recall and memory benchmark for koebner, on synthetic notes.

Run from the repository root:

    .venv/bin/python benchmarks/run.py              # full run, writes benchmarks/results.md
    .venv/bin/python benchmarks/run.py --quick      # smoke test on small N (well under a minute)

Every measurement runs in its own subprocess (this script re-invoked with ``--child``) so that
peak memory (``ru_maxrss``) belongs to one measurement only and imports do not leak between
rows. Synthetic notes (``pipeline.synth``) are template-made: the numbers are about speed and
scale, never accuracy.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOTES_PER_PATIENT = 4.85  # a little under the generator's average (~5), so cohorts reach their size
SEED = 2024


# --------------------------------------------------------------------------- child measurements

def _texts(path: Path, limit: int | None = None) -> list[str]:
    import pyarrow.parquet as pq

    texts = pq.read_table(path, columns=["text"]).column(0).to_pylist()
    return texts[:limit] if limit else texts


def _peak_mb(pid: int | str = "self") -> float:
    """Peak RSS of one process (VmHWM). Not ru_maxrss: Linux carries that over fork+exec, so a
    child would report at least its parent's size."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 if pid == "self" else 0.0


def _descendants(pid: int) -> list[int]:
    found, stack = [], [pid]
    while stack:
        current = stack.pop()
        try:
            tasks = Path(f"/proc/{current}/task").iterdir()
            children = [int(c) for t in tasks
                        for c in (t / "children").read_text().split()]
        except (OSError, ValueError):
            continue
        found.extend(children)
        stack.extend(children)
    return found


def _time_pipe(make_docs, texts: list[str]) -> dict:
    n_bytes = sum(len(t.encode("utf-8")) for t in texts)
    wall, cpu = time.perf_counter(), time.process_time()
    n = 0
    for _ in make_docs(texts):
        n += 1
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {"notes": n, "bytes": n_bytes, "seconds": wall, "cpu_seconds": cpu}


def _medspacy_nlp():
    from loguru import logger

    logger.remove()  # PyRuSH logs every sentence at DEBUG through loguru
    import medspacy
    from medspacy.target_matcher import TargetRule

    nlp = medspacy.load()
    from pipeline.nlp.targets import read_targets

    rules = [TargetRule(r["literal"], r["category"], pattern=r.get("pattern"))
             for r in read_targets(ROOT / "configs" / "targets")["target_rules"]]
    nlp.get_pipe("medspacy_target_matcher").add(rules)
    return nlp


def child_throughput(kind: str, path: Path, batch_size: int) -> dict:
    texts = _texts(path)
    started = time.perf_counter()
    if kind == "floor":
        import spacy

        nlp = spacy.blank("en")
        make_docs = lambda ts: nlp.tokenizer.pipe(ts, batch_size=batch_size)  # noqa: E731
    elif kind == "medspacy":
        nlp = _medspacy_nlp()
        make_docs = lambda ts: nlp.pipe(ts, batch_size=batch_size)  # noqa: E731
    elif kind in ("ours", "ours_python"):
        if kind == "ours_python":  # the Python modules even where a compiled build matches them
            os.environ["KOEBNER_PURE_PYTHON"] = "1"
        import pipeline

        nlp = pipeline.load()
        make_docs = lambda ts: nlp.pipe(ts, batch_size=batch_size)  # noqa: E731
    else:
        raise ValueError(kind)
    load_seconds = time.perf_counter() - started
    for _ in make_docs(texts[:5]):  # warm caches (vocab, lazy regexes) outside the timing
        pass
    out = _time_pipe(make_docs, texts)
    out.update(load_seconds=load_seconds, peak_mb=_peak_mb())
    if kind == "medspacy":
        out["pipe_names"] = nlp.pipe_names
    return out


def child_screen(path: Path, kept_out: Path) -> dict:
    from pipeline.screen import flag_patients

    result = flag_patients(path)
    kept_out.write_text("\n".join(sorted(result.kept_patient_ids)) + "\n", encoding="utf-8")
    out = result.summary()
    out.update(peak_mb=_peak_mb(), cpu_seconds=result.scan_cpu_seconds)
    return out


def child_flagged(path: Path, flagged_out: Path, batch_size: int) -> dict:
    """Patients with any CALCIPHYLAXIS mention (any assertion) by the full pipeline: a superset
    of those it flags yes or possible, so screen recall against it is the stricter test."""
    import pyarrow.parquet as pq

    import pipeline
    from pipeline.nlp.extensions import mentions

    table = pq.read_table(path, columns=["patient_id", "text"])
    nlp = pipeline.load()
    flagged = set()
    pids = table.column(0).to_pylist()
    wall = time.perf_counter()
    for pid, doc in zip(pids, nlp.pipe(table.column(1).to_pylist(), batch_size=batch_size)):
        if any(span.label_ == "CALCIPHYLAXIS" for span in mentions(doc)):
            flagged.add(pid)
    flagged_out.write_text("\n".join(sorted(flagged)) + "\n", encoding="utf-8")
    return {"notes": len(pids), "patients": len(set(pids)), "flagged": len(flagged),
            "seconds": time.perf_counter() - wall, "peak_mb": _peak_mb()}


def run_child(args: list[str], timeout: float) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", *args]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s"}
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        return {"error": " | ".join(tail) or f"exit code {done.returncode}"}
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_command_measured(cmd: list[str], timeout: float) -> dict:
    """Run a command; wall time, CPU seconds (user + system) of the command and of every
    descendant it waited for, and peak RSS of its main process and of its whole process tree
    (sum of each process's own peak, polled from /proc every 20 ms)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    errors = tempfile.TemporaryFile(mode="w+")  # a file, not a pipe: a chatty command cannot block
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=errors, text=True)
    peaks: dict[int, float] = {}
    while proc.poll() is None:
        for pid in [proc.pid, *_descendants(proc.pid)]:
            peak = _peak_mb(pid)
            if peak:
                peaks[pid] = max(peaks.get(pid, 0.0), peak)
        if time.perf_counter() - started > timeout:
            proc.kill()
            proc.wait()
            return {"error": f"timed out after {timeout:.0f} s"}
        time.sleep(0.02)
    seconds = time.perf_counter() - started
    errors.seek(0)
    stderr = errors.read()
    errors.close()
    if proc.returncode != 0:
        tail = stderr.strip().splitlines()[-3:]
        return {"error": " | ".join(tail) or f"exit code {proc.returncode}"}
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"seconds": seconds, "cpu_seconds": cpu, "peak_mb": peaks.get(proc.pid, 0.0),
            "tree_peak_mb": sum(peaks.values()), "processes": len(peaks)}


# --------------------------------------------------------------------------- orchestration

@dataclass
class Plan:
    notes: int            # notes for the three throughput rows
    screen_notes: int     # cohort size for screening throughput and recall
    recall_notes: int     # notes the full pipeline runs on for the recall check
    worker_notes: int     # notes for the 1 vs 2 workers row
    memory_notes: tuple[int, int]
    batch_size: int = 64
    timeout: float = 3600.0
    repeats: int = 3      # timed rows run this many times, interleaved; the best run counts


@dataclass
class Report:
    rows: dict[str, dict] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def cohort(path: Path, n_notes: int, seed: int, **shares) -> Path:
    from pipeline.synth import write_cohort

    if not path.exists():
        patients = max(2, int(n_notes / NOTES_PER_PATIENT) + 1)
        write_cohort(path, patients, seed, **shares)
    return path


def head_notes(src: Path, dst: Path, n: int) -> Path:
    import pyarrow.parquet as pq

    table = pq.read_table(src)
    pq.write_table(table.slice(0, min(n, table.num_rows)), dst)
    return dst


def recall_subset(src: Path, kept: set[str], dst: Path, n_notes: int, seed: int) -> dict:
    """All notes of a sample of patients: kept ones (where the flags should be) and dropped ones
    (where a miss would hide), half the note budget each. Whole patients, so flags are complete."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    table = pq.read_table(src)
    counts: dict[str, int] = {}
    for pid in table.column("patient_id").to_pylist():
        counts[pid] = counts.get(pid, 0) + 1
    rng = random.Random(seed)
    chosen: set[str] = set()
    for pool in (sorted(p for p in counts if p in kept), sorted(p for p in counts if p not in kept)):
        rng.shuffle(pool)
        budget = n_notes // 2
        for pid in pool:
            if budget <= 0:
                break
            chosen.add(pid)
            budget -= counts[pid]
    mask = pc.is_in(table.column("patient_id"), value_set=pa.array(sorted(chosen)))
    subset = table.filter(mask)
    pq.write_table(subset, dst)
    kept_chosen = len(chosen & kept)
    return {"notes": subset.num_rows, "patients": len(chosen), "kept_patients": kept_chosen,
            "dropped_patients": len(chosen) - kept_chosen}


def measure(plan: Plan, work: Path, report: Report, log) -> None:
    big = cohort(work / f"cohort_{plan.screen_notes}.parquet", plan.screen_notes, SEED)
    sample = head_notes(big, work / f"sample_{plan.notes}.parquet", plan.notes)

    # On a shared machine a neighbour can slow any one run; interleaving the rows and keeping
    # each one's best run compares them under the same conditions.
    runs: dict[str, list[dict]] = {}
    for attempt in range(1, plan.repeats + 1):
        for kind in ("ours", "medspacy", "floor"):
            log(f"throughput: {kind} on {plan.notes} notes (run {attempt} of {plan.repeats})")
            runs.setdefault(kind, []).append(run_child(
                ["throughput", kind, str(sample), str(plan.batch_size)], plan.timeout))
    for kind, rows in runs.items():
        report.rows[kind] = _best(rows)

    log(f"screening {plan.screen_notes} notes")
    kept_path = work / "screen_kept.txt"
    report.rows["screen"] = run_child(["screen", str(big), str(kept_path)], plan.timeout)
    if "error" not in report.rows["screen"]:
        kept = set(kept_path.read_text().split())
        subset = work / "recall_subset.parquet"
        info = recall_subset(big, kept, subset, plan.recall_notes, SEED)
        log(f"recall: full pipeline on {info['notes']} notes of {info['patients']} patients")
        flagged_path = work / "pipeline_flagged.txt"
        row = run_child(["flagged", str(subset), str(flagged_path), str(plan.batch_size)],
                        plan.timeout)
        row.update(subset=info)
        if "error" not in row:
            flagged = set(flagged_path.read_text().split())
            row["missed"] = sorted(flagged - kept)
            row["recall"] = (len(flagged & kept) / len(flagged)) if flagged else None
        report.rows["recall"] = row

    workers_input = head_notes(big, work / f"workers_{plan.worker_notes}.parquet", plan.worker_notes)
    runs = {}
    for attempt in range(1, plan.repeats + 1):
        for n in (1, 2):
            log(f"koebner extract --workers {n} on {plan.worker_notes} notes "
                f"(run {attempt} of {plan.repeats})")
            out = work / f"extract_w{n}"
            shutil.rmtree(out, ignore_errors=True)
            runs.setdefault(f"workers{n}", []).append(run_command_measured(
                [str(Path(sys.executable).with_name("koebner")), "extract", str(workers_input),
                 "--out", str(out), "--workers", str(n)], plan.timeout))
    for key, rows in runs.items():
        report.rows[key] = _best(rows)

    for n in plan.memory_notes:
        path = cohort(work / f"memory_{n}.parquet", n, SEED + 1)
        log(f"koebner extract (streaming) on {n} notes for peak memory")
        report.rows[f"memory{n}"] = run_command_measured(
            [str(Path(sys.executable).with_name("koebner")), "extract", str(path),
             "--out", str(work / f"extract_mem{n}")], plan.timeout)
        report.rows[f"memory{n}"]["notes"] = _count_rows(path)


def _best(rows: list[dict]) -> dict:
    """The fastest successful run, with every run's seconds kept beside it."""
    done = [row for row in rows if "error" not in row]
    if not done:
        return rows[0]
    best = dict(min(done, key=lambda row: row["seconds"]))
    best["all_seconds"] = [row.get("seconds") for row in rows]
    return best


def _count_rows(path: Path) -> int:
    import pyarrow.parquet as pq

    return pq.ParquetFile(path).metadata.num_rows


# --------------------------------------------------------------------------- report

def machine_info() -> dict:
    import medspacy
    import spacy

    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                                capture_output=True, text=True).stdout.strip()
    except OSError:
        commit = "unknown"
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gb": round(mem_gb, 1),
            "python": platform.python_version(), "platform": platform.platform(),
            "spacy": spacy.__version__, "medspacy": getattr(medspacy, "__version__", "1.3.1"),
            "commit": commit, "load_average": os.getloadavg(), "compiled": _compiled_modules()}


def _compiled_modules() -> str:
    """How many of the pipeline's compilable modules a fresh process loads compiled."""
    from pipeline.nlp import compiled

    found = compiled.status()
    return f"{sum(state == 'compiled' for state in found.values())} of {len(found)}"


def _rate(row: dict) -> tuple[float, float] | None:
    if not row or "error" in row or not row.get("seconds"):
        return None
    return row["notes"] / row["seconds"], row["bytes"] / 1e6 / row["seconds"]


def _verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("PASS" if ok else "FAIL")


def _every_run(label: str, row: dict) -> str:
    runs = ", ".join(f"{x:.1f} s" if x else "failed" for x in row["all_seconds"])
    return f"- {label}, every run: {runs}"


def render(plan: Plan, report: Report, info: dict, command: str, started: str,
           elapsed: float) -> str:
    r = report.rows
    lines = [
        "# koebner benchmark results", "",
        f"- date: {started} (UTC), wall time {elapsed:.0f} s",
        f"- command: `{command}`",
        f"- machine: {info['cpu']}, {info['cores']} cores, {info['memory_gb']} GiB; "
        f"{info['platform']}; Python {info['python']}, spaCy {info['spacy']}, "
        f"medspaCy {info['medspacy']}; commit {info['commit']}; compiled modules (`koebner compile`): "
        f"{info.get('compiled', 'n/a')}",
        f"- load average at start: {', '.join(f'{x:.2f}' for x in info['load_average'])} "
        "(other work on the machine slows wall-clock rows; CPU-second rates are given where "
        "they matter)",
        "- data: synthetic notes from `pipeline.synth` (seed "
        f"{SEED}), about 1.7 KB per note; speed and scale only, not accuracy", "",
        "## Extraction throughput (one process, same notes for every row)", "",
        f"{plan.notes} notes, `nlp.pipe(texts, batch_size={plan.batch_size})`; load time excluded; "
        f"best of {plan.repeats} interleaved runs per row (seconds of every run below).", "",
        "| pipeline | notes/s | MB/s | CPU s | peak RSS MB | load s |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    labels = {"ours": "koebner `pipeline.load()`",
              "medspacy": "medspaCy default `medspacy.load()` + our target rules",
              "floor": "spaCy blank English tokenizer (floor)"}
    for kind, label in labels.items():
        row = r.get(kind, {})
        rate = _rate(row)
        if rate is None:
            lines.append(f"| {label} | failed: {row.get('error', 'not run')} | | | | |")
        else:
            lines.append(f"| {label} | {rate[0]:.1f} | {rate[1]:.2f} | {row['cpu_seconds']:.1f} | "
                         f"{row['peak_mb']:.0f} | {row['load_seconds']:.1f} |")
    ours, med, floor = (_rate(r.get(k, {})) for k in ("ours", "medspacy", "floor"))
    vs_med = ours[0] / med[0] if ours and med else None
    vs_floor = ours[0] / floor[0] if ours and floor else None
    lines += ["",
              f"- ours / medspaCy: {vs_med:.2f}x (target >= 10x): "
              f"{_verdict(vs_med >= 10 if vs_med else None)}" if vs_med else
              "- ours / medspaCy: n/a (a row failed)",
              f"- ours / floor: {vs_floor:.2f}x (target >= 0.5x): "
              f"{_verdict(vs_floor >= 0.5)}" if vs_floor else "- ours / floor: n/a (a row failed)"]
    for kind, label in labels.items():
        if r.get(kind, {}).get("all_seconds"):
            lines.append(_every_run(label, r[kind]))
    if r.get("medspacy", {}).get("pipe_names"):
        lines.append(f"- medspaCy components: {', '.join(r['medspacy']['pipe_names'])}")

    s = r.get("screen", {})
    lines += ["", "## Screening (`pipeline.screen.flag_patients`, pass 1, one thread)", ""]
    if "error" in s or not s:
        lines.append(f"failed: {s.get('error', 'not run')}")
    else:
        lines += [
            f"- input: {s['notes_in']} notes of {s['patients_in']} patients, "
            f"{s['mb_scanned']:.1f} MB of text (Parquet, reader `{s['reader']}`)",
            f"- kept: {s['patients_kept']} patients ({s['notes_matched']} notes matched a term)",
            f"- throughput: {s['scan_mb_per_s']:.1f} MB/s wall, {s['scan_mb_per_cpu_s']:.1f} MB "
            f"per CPU second (target >= 100 MB/s on one core: "
            f"{_verdict(max(s['scan_mb_per_s'], s['scan_mb_per_cpu_s']) >= 100)} on CPU time; "
            f"wall {_verdict(s['scan_mb_per_s'] >= 100)}); peak RSS {s['peak_mb']:.0f} MB",
        ]
    rc = r.get("recall", {})
    if rc:
        sub = rc.get("subset", {})
        lines += ["", "### Patient recall against the full pipeline", ""]
        if "error" in rc:
            lines.append(f"failed: {rc['error']}")
        else:
            recall = rc.get("recall")
            lines += [
                f"- the full pipeline (`pipeline.load()`) ran on a subset of the "
                f"{s.get('notes_in', '?')}-note screening cohort: all {sub.get('notes')} notes of "
                f"{sub.get('patients')} patients ({sub.get('kept_patients')} the screen kept, "
                f"{sub.get('dropped_patients')} it dropped, sampled at random; `--recall-notes` "
                f"sets the size); {rc.get('notes', 0) / rc.get('seconds', 1):.0f} notes/s",
                f"- patients with any CALCIPHYLAXIS mention (any assertion, a superset of those "
                f"flagged yes/possible): {rc['flagged']}; missed by the screen: "
                f"{len(rc.get('missed', []))} {rc.get('missed', [])[:10]}",
                f"- recall: {recall:.1%} (target 100%: {_verdict(recall == 1.0)})"
                if recall is not None else "- recall: n/a (the pipeline flagged nobody)",
                f"- screen cohort size >= 100,000 notes: "
                f"{_verdict(s.get('notes_in', 0) >= 100_000) if s and 'error' not in s else 'n/a'}",
            ]

    lines += ["", "## Scaling: `koebner extract --workers N`", "",
              f"{plan.worker_notes} notes, best of {plan.repeats} interleaved runs; wall clock of "
              "the whole command including interpreter "
              "start and pipeline load (2 cores; CPU-bound rows compete with anything else "
              "running; `--worker-notes` sets the size).", "",
              "| workers | seconds | notes/s | peak RSS MB (all processes) |",
              "|---:|---:|---:|---:|"]
    for n in (1, 2):
        row = r.get(f"workers{n}", {})
        if "error" in row or not row:
            lines.append(f"| {n} | not available: {row.get('error', 'not run')} | | |")
        else:
            lines.append(f"| {n} | {row['seconds']:.1f} | {plan.worker_notes / row['seconds']:.1f} "
                         f"| {row['tree_peak_mb']:.0f} |")
    w1, w2 = r.get("workers1", {}), r.get("workers2", {})
    if w1.get("seconds") and w2.get("seconds"):
        speedup = w1["seconds"] / w2["seconds"]
        for n, row in ((1, w1), (2, w2)):
            if row.get("all_seconds"):
                lines.append(_every_run(f"{n} worker(s)", row))
        lines.append(f"\n- speed-up 2 vs 1 worker: {speedup:.2f}x (target >= 1.7x): "
                     f"{_verdict(speedup >= 1.7)}")
    else:
        lines.append("\n- speed-up: not available")

    small, large = plan.memory_notes
    lines += ["", "## Peak memory of streaming extraction (`koebner extract`)", "",
              "| notes | seconds | peak RSS MB (main process) | peak RSS MB (all processes) |",
              "|---:|---:|---:|---:|"]
    for n in (small, large):
        row = r.get(f"memory{n}", {})
        if "error" in row or not row:
            lines.append(f"| {n} | not available: {row.get('error', 'not run')} | | |")
        else:
            lines.append(f"| {row.get('notes', n)} | {row['seconds']:.1f} | {row['peak_mb']:.0f} | "
                         f"{row['tree_peak_mb']:.0f} |")
    ms, ml = r.get(f"memory{small}", {}), r.get(f"memory{large}", {})
    if ms.get("peak_mb") and ml.get("peak_mb"):
        ratio = ml["peak_mb"] / ms["peak_mb"]
        lines.append(f"\n- peak ratio {ml.get('notes', large)} / {ms.get('notes', small)} notes: "
                     f"{ratio:.2f}x (target <= 1.25x): "
                     f"{_verdict(ratio <= 1.25)}")
    else:
        lines.append("\n- peak ratio: not available")
    if (small, large) != (20_000, 200_000):
        lines.append(f"- note: measured at {small} vs {large} notes, not the target's "
                     "20,000 vs 200,000")
    lines += ["", *[f"- {n}" for n in report.notes]] if report.notes else []
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--notes", type=int, default=2000, help="notes for the throughput rows")
    parser.add_argument("--screen-notes", type=int, default=100_000)
    parser.add_argument("--recall-notes", type=int, default=2000,
                        help="notes the full pipeline runs on for the recall check")
    parser.add_argument("--worker-notes", type=int, default=10_000,
                        help="notes for the 1 vs 2 workers row; each run also pays ~2 s of "
                             "interpreter start and pipeline load, which a small input magnifies")
    parser.add_argument("--memory-notes", default="20000,200000",
                        help="two note counts for the streaming peak-memory row")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--timeout", type=float, default=3600, help="seconds per measurement")
    parser.add_argument("--repeats", type=int, default=3,
                        help="runs of each timed row (throughput, workers), interleaved; the best "
                             "counts, so a busy neighbour on a shared machine skews no ratio")
    parser.add_argument("--quick", action="store_true", help="small N smoke test")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results.md")
    parser.add_argument("--workdir", type=Path, help="keep generated data here (reused if present)")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        kind, *rest = args.child
        if kind == "throughput":
            out = child_throughput(rest[0], Path(rest[1]), int(rest[2]))
        elif kind == "screen":
            out = child_screen(Path(rest[0]), Path(rest[1]))
        elif kind == "flagged":
            out = child_flagged(Path(rest[0]), Path(rest[1]), int(rest[2]))
        else:
            raise SystemExit(f"unknown child measurement {kind!r}")
        print(json.dumps(out))
        return 0

    small, large = (int(x) for x in args.memory_notes.split(","))
    if args.quick:
        plan = Plan(notes=40, screen_notes=1500, recall_notes=120, worker_notes=40,
                    memory_notes=(60, 300), batch_size=args.batch_size, timeout=args.timeout,
                    repeats=1)
    else:
        plan = Plan(args.notes, args.screen_notes, args.recall_notes, args.worker_notes,
                    (small, large), args.batch_size, args.timeout, max(1, args.repeats))
    command = ".venv/bin/python benchmarks/run.py " + " ".join(argv if argv is not None else sys.argv[1:])
    started = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M")
    t0 = time.perf_counter()
    info = machine_info()
    report = Report()
    log = lambda msg: print(f"[{time.perf_counter() - t0:7.1f}s] {msg}", file=sys.stderr, flush=True)  # noqa: E731
    if args.workdir:
        args.workdir.mkdir(parents=True, exist_ok=True)
        measure(plan, args.workdir, report, log)
    else:
        with tempfile.TemporaryDirectory(prefix="koebner-bench-") as tmp:
            measure(plan, Path(tmp), report, log)
    text = render(plan, report, info, command.strip(), started, time.perf_counter() - t0)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(text)
    (args.out.with_suffix(".json")).write_text(json.dumps(
        {"plan": plan.__dict__, "machine": info, "rows": report.rows}, indent=2, default=str) + "\n",
        encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
