"""Dense-note throughput, the Dask engine against the local one, and time per component.

Run from the repository root:

    .venv/bin/python benchmarks/scale.py                 # full: 5,000 dense notes, 20,000 notes
    .venv/bin/python benchmarks/scale.py --quick         # smoke test, about a minute
    .venv/bin/python benchmarks/scale.py --only engines --out /tmp/engines.md  # some rows only

It rewrites only its own section of ``benchmarks/results.md`` (between the ``scale`` markers; the
other rows there come from ``benchmarks/run.py`` and keep their own date and command) and writes
the raw numbers to ``benchmarks/results-scale.json``.

Rows:

1. dense notes (the ``annotations/`` notes, which pass the screen and hold ~15 mentions each,
   repeated to ``--dense-notes``): ``pipeline.load()`` vs medspaCy's default pipeline with our
   target rules vs spaCy's blank English tokenizer (the floor), each in its own process;
2. ``koebner extract`` on the same ``--dask-notes`` synthetic notes: the local engine with 1 and
   2 worker processes vs ``--engine dask`` on a 2-worker LocalCluster, whole command wall clock
   (interpreter start, cluster start and pipeline load included: that is the Dask overhead);
3. time of each pipeline component per note, on the dense and on the synthetic notes.

``--only ROW`` (dense, engines, components; repeatable) measures some rows only, and
``--engines local1,dask2`` some of the engine variants; such a partial report goes to the ``--out``
that must then be given, so that the full section of ``results.md`` is never replaced by a part.

Every timed row runs ``--repeats`` times (the engines row ``--engine-repeats`` times),
interleaved (each round runs every variant once), and the report gives the median and the best
run: the machine may be shared, and a busy neighbour slows single runs.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run as base  # noqa: E402  (benchmarks/run.py: children, cohorts, machine info)

ROOT = base.ROOT
BEGIN, END = "<!-- scale:begin -->", "<!-- scale:end -->"
ROWS = ("dense", "engines", "components")
ENGINES = {"local1": ["--workers", "1"], "local2": ["--workers", "2"],
           "dask2": ["--engine", "dask", "--workers", "2"]}


# --------------------------------------------------------------------------- children

def child_components(path: Path, batch_size: int, repeats: int) -> dict:
    """Per component, the seconds over all notes, in batches as ``nlp.pipe`` runs them: each
    batch through the tokenizer, then each component in turn."""
    import pipeline

    texts = base._texts(path)
    nlp = pipeline.load()
    list(nlp.pipe(texts[:5]))
    runs: dict[str, list[float]] = {}
    for _ in range(repeats):
        spent = {"tokenizer": 0.0, **{name: 0.0 for name in nlp.pipe_names}}
        for i in range(0, len(texts), batch_size):
            batch = texts[i:i + batch_size]
            t = time.process_time()
            docs = [nlp.make_doc(text) for text in batch]
            spent["tokenizer"] += time.process_time() - t
            for name, proc in nlp.pipeline:
                t = time.process_time()
                docs = [proc(doc) for doc in docs]
                spent[name] += time.process_time() - t
        for name, seconds in spent.items():
            runs.setdefault(name, []).append(seconds)
    return {"notes": len(texts), "bytes": sum(len(t.encode()) for t in texts), "runs": runs}


# --------------------------------------------------------------------------- inputs

def dense_notes(dst: Path, n: int) -> Path:
    """The annotated notes (dense with lesions, sites, traumas, dates), repeated to ``n``."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from pipeline.ingest import open_notes

    texts = [note.text for chunk in open_notes(ROOT / "annotations" / "notes.csv").chunks()
             for note in chunk.notes]
    repeated = [texts[i % len(texts)] for i in range(n)]
    pq.write_table(pa.table({"text": repeated}), dst)
    return dst


def _summary(seconds: list[float]) -> dict:
    done = [s for s in seconds if s]
    return {"median": statistics.median(done) if done else None,
            "best": min(done) if done else None, "all": seconds}


# --------------------------------------------------------------------------- measurements

def measure(args, work: Path, log) -> dict:
    """The rows of ``args.only`` (all by default), measured on inputs made (or reused) in
    ``work``."""
    rows: dict = {}
    if "dense" in args.only or "components" in args.only:
        dense = dense_notes(work / f"dense_{args.dense_notes}.parquet", args.dense_notes)
    if "dense" in args.only:
        rows["dense"] = measure_dense(args, work, dense, log)
    synthetic = base.cohort(work / f"cohort_{args.dask_notes}.parquet", args.dask_notes, base.SEED)
    synthetic = base.head_notes(synthetic, work / f"synthetic_{args.dask_notes}.parquet",
                                args.dask_notes)
    if "engines" in args.only:
        rows.update(measure_engines(args, work, synthetic, log))
    if "components" in args.only:
        rows["components"] = {}
        for label, path in (("dense", base.head_notes(dense, work / "dense_comp.parquet",
                                                      args.component_notes)),
                            ("synthetic", base.head_notes(synthetic, work / "synth_comp.parquet",
                                                          args.component_notes))):
            log(f"components on {args.component_notes} {label} notes")
            rows["components"][label] = _run_own_child(
                ["components", str(path), str(args.batch_size), str(args.repeats)], args.timeout)
    return rows


def measure_dense(args, work: Path, dense: Path, log) -> dict:
    """Row 1: notes/s (wall and CPU) of ours, medspaCy and the floor on the dense notes."""
    dense_med = base.head_notes(dense, work / f"dense_{args.medspacy_notes}.parquet",
                                args.medspacy_notes)
    runs: dict[str, list[dict]] = {}
    for attempt in range(1, args.repeats + 1):
        for kind, path in (("ours", dense), ("ours_python", dense), ("medspacy", dense_med),
                           ("floor", dense)):
            log(f"dense: {kind} (run {attempt} of {args.repeats})")
            runs.setdefault(kind, []).append(base.run_child(
                ["throughput", kind, str(path), str(args.batch_size)], args.timeout))
    found_rows = {}
    for kind, found in runs.items():
        ok = [r for r in found if "error" not in r]
        rates = [r["notes"] / r["seconds"] for r in ok]
        cpu_rates = [r["notes"] / r["cpu_seconds"] for r in ok if r.get("cpu_seconds")]
        found_rows[kind] = {
            "notes_per_cpu_s": cpu_rates,
            "cpu_median": statistics.median(cpu_rates) if cpu_rates else None,
            "notes": ok[0]["notes"] if ok else None,
            "bytes_per_note": ok[0]["bytes"] / ok[0]["notes"] if ok else None,
            "notes_per_s": rates, "errors": [r["error"] for r in found if "error" in r],
            "median": statistics.median(rates) if rates else None,
            "best": max(rates) if rates else None,
        }
    return found_rows


def measure_engines(args, work: Path, synthetic: Path, log) -> dict:
    """Row 2: whole ``koebner extract`` commands of ``args.engines``, interleaved; wall clock
    and CPU seconds of the command's process tree."""
    variants = {name: ENGINES[name] for name in args.engines}
    runs: dict[str, list[dict]] = {}
    found: dict = {}
    for attempt in range(1, args.engine_repeats + 1):
        for name, options in variants.items():
            log(f"koebner extract {' '.join(options)} on {args.dask_notes} notes "
                f"(run {attempt} of {args.engine_repeats})")
            out = work / f"extract_{name}"
            shutil.rmtree(out, ignore_errors=True)
            runs.setdefault(name, []).append(base.run_command_measured(
                [sys.executable, str(ROOT / "cli.py"), "extract", str(synthetic), "--out",
                 str(out), "--no-progress", *options], args.timeout))
        if attempt == 1 and "dask2" in variants and len(variants) > 1:
            local = "local2" if "local2" in variants else "local1"
            found["dask_identical"] = _same_tables(work / f"extract_{local}",
                                                   work / "extract_dask2")
    found["engines"] = {name: {**_summary([r.get("seconds") for r in done]),
                               "cpu": _summary([r.get("cpu_seconds") for r in done]),
                               "errors": [r["error"] for r in done if "error" in r],
                               "tree_peak_mb": max((r.get("tree_peak_mb", 0) for r in done),
                                                   default=0)}
                        for name, done in runs.items()}
    found["engines_notes"] = args.dask_notes
    return found


def _run_own_child(child_args: list[str], timeout: float) -> dict:
    import subprocess

    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", *child_args]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s"}
    if done.returncode != 0:
        return {"error": " | ".join((done.stderr or done.stdout).strip().splitlines()[-3:])}
    return json.loads(done.stdout.strip().splitlines()[-1])


def _same_tables(a: Path, b: Path) -> bool | None:
    import pyarrow.parquet as pq

    try:
        return all(pq.read_table(a / f"{n}.parquet").equals(pq.read_table(b / f"{n}.parquet"))
                   for n in ("notes", "mentions", "relations", "facts"))
    except OSError:
        return None


# --------------------------------------------------------------------------- report

def _f(x, digits=1) -> str:
    return "n/a" if x is None else f"{x:.{digits}f}"


def render(args, rows: dict, info: dict, command: str, started: str, elapsed: float) -> str:
    """The ``scale`` section of results.md (markers included) for the rows that were measured."""
    lines = [
        BEGIN, "", "## Dense notes, the Dask engine, and time per component (`benchmarks/scale.py`)",
        "",
        f"- date: {started} (UTC), wall time {elapsed:.0f} s; command: `{command}`; "
        f"commit {info['commit']}; compiled modules (`koebner compile`): {info.get('compiled', 'n/a')}",
        f"- load average at start: {', '.join(f'{x:.2f}' for x in info['load_average'])} on "
        f"{info['cores']} cores. The machine was shared with other work while this ran: single "
        "runs vary; medians of interleaved runs are the figures to read, the best run is beside them.",
    ]
    if "dense" in rows:
        lines += _render_dense(args, rows["dense"], info)
    if "engines" in rows:
        lines += _render_engines(args, rows)
    if "components" in rows:
        lines += _render_components(args, rows["components"])
    lines += ["", END]
    return "\n".join(lines) + "\n"


def _render_dense(args, d: dict, info: dict) -> list[str]:
    lines = [
        "",
        "### Dense notes (the `annotations/` notes, which pass the screen, repeated)", "",
        f"`nlp.pipe(texts, batch_size={args.batch_size})`, one process each, load time excluded; "
        f"{args.repeats} interleaved runs.", "",
        "| pipeline | notes | KB/note | notes/s median | notes/s best | notes per CPU s median "
        "| every run (notes/s) |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    labels = {"ours": "koebner `pipeline.load()`",
              "ours_python": "koebner `pipeline.load()`, Python modules (`KOEBNER_PURE_PYTHON=1`)",
              "medspacy": "medspaCy default `medspacy.load()` + our target rules",
              "floor": "spaCy blank English tokenizer (floor)"}
    for kind, label in labels.items():
        row = d.get(kind, {})
        lines.append(f"| {label} | {row.get('notes')} | {_f((row.get('bytes_per_note') or 0) / 1000, 2)} "
                     f"| {_f(row.get('median'))} | {_f(row.get('best'))} | {_f(row.get('cpu_median'))} | "
                     f"{', '.join(f'{x:.1f}' for x in row.get('notes_per_s', []))} "
                     f"{'; errors: ' + '; '.join(row['errors']) if row.get('errors') else ''} |")
    ours, med, floor = (d.get(k, {}).get("median") for k in ("ours", "medspacy", "floor"))
    if ours and med:
        lines.append(f"\n- ours / medspaCy (medians): {ours / med:.1f}x (target >= 10x): "
                     f"{base._verdict(ours / med >= 10)}")
    if ours and floor:
        lines.append(f"- ours / floor (medians): {ours / floor:.2f}x (target >= 0.5x): "
                     f"{base._verdict(ours / floor >= 0.5)}")
    cpu = [d.get(k, {}).get("cpu_median") for k in ("ours", "medspacy", "floor")]
    if all(cpu):
        lines.append(f"- by CPU time, which other work on the machine disturbs less (medians): ours / "
                     f"medspaCy {cpu[0] / cpu[1]:.1f}x, ours / floor {cpu[0] / cpu[2]:.2f}x")
    python = d.get("ours_python", {}).get("median")
    if ours and python:
        lines.append(f"- the first row loads {info.get('compiled', 'n/a')} modules compiled (`koebner compile`); "
                     f"compiled / Python modules (medians): {ours / python:.2f}x")
    if args.medspacy_notes != args.dense_notes:
        lines.append(f"- medspaCy ran on the first {args.medspacy_notes} of the dense notes (it "
                     "is the slowest row; notes/s is per note either way)")
    return lines


def _render_engines(args, rows: dict) -> list[str]:
    e = rows["engines"]
    n = rows["engines_notes"]
    lines = ["", f"### `koebner extract` on {n} synthetic notes: local engine vs Dask", "",
             "Wall clock of the whole command: interpreter start, pipeline load and, for Dask, "
             f"starting the 2-worker LocalCluster; {args.engine_repeats} interleaved runs. CPU seconds: "
             "user + system time of the command and of every process it started.", "",
             "| engine | seconds median | seconds best | notes/s (median) | CPU s median "
             "| peak RSS MB (all processes) | every run |",
             "|---|---:|---:|---:|---:|---:|---|"]
    names = {"local1": "local, `--workers 1`", "local2": "local, `--workers 2`",
             "dask2": "`--engine dask --workers 2` (LocalCluster)"}
    for key, label in names.items():
        if key not in e:
            continue
        row = e[key]
        med_s = row.get("median")
        lines.append(f"| {label} | {_f(med_s)} | {_f(row.get('best'))} | "
                     f"{_f(n / med_s if med_s else None)} | "
                     f"{_f((row.get('cpu') or {}).get('median'))} | "
                     f"{_f(row.get('tree_peak_mb'), 0)} | "
                     f"{', '.join(_f(x) for x in row.get('all', []))}"
                     f"{' errors: ' + '; '.join(row['errors']) if row.get('errors') else ''} |")
    l1, l2, d2 = (e.get(k, {}).get("median") for k in ("local1", "local2", "dask2"))
    if l1 and d2:
        lines.append(f"\n- Dask 2 workers vs local 1 worker (medians): {l1 / d2:.2f}x "
                     f"(target >= 1.6x): {base._verdict(l1 / d2 >= 1.6)}")
    if l2 and d2:
        lines.append(f"- Dask overhead against the local engine with 2 workers (medians): "
                     f"{d2 - l2:+.1f} s ({d2 / l2:.2f}x its time)")
    if "dask_identical" in rows:
        lines.append(f"- Dask output identical to the local engine's (notes, mentions, "
                     f"relations, facts): {rows['dask_identical']}")
    return lines


def _render_components(args, comp: dict) -> list[str]:
    lines = ["", "### Time per component (ms per note, CPU time)", "",
              f"{args.component_notes} notes of each kind, in batches of {args.batch_size} as "
              f"`nlp.pipe` runs them; median (best) of {args.repeats} runs.", ""]
    dense_c, synth_c = comp.get("dense", {}), comp.get("synthetic", {})
    if "error" in dense_c or "error" in synth_c:
        lines.append(f"failed: {dense_c.get('error') or synth_c.get('error')}")
    else:
        lines += [f"| component | dense ({dense_c['bytes'] / dense_c['notes'] / 1000:.2f} KB/note) "
                  f"| synthetic ({synth_c['bytes'] / synth_c['notes'] / 1000:.2f} KB/note) |",
                  "|---|---:|---:|"]
        totals = {"dense": [0.0, 0.0], "synthetic": [0.0, 0.0]}
        for name in dense_c["runs"]:
            cells = []
            for label, c in (("dense", dense_c), ("synthetic", synth_c)):
                runs = c["runs"].get(name, [])
                med_ms = 1000 * statistics.median(runs) / c["notes"]
                best_ms = 1000 * min(runs) / c["notes"]
                totals[label][0] += med_ms
                totals[label][1] += best_ms
                cells.append(f"{med_ms:.3f} ({best_ms:.3f})")
            lines.append(f"| {name} | {cells[0]} | {cells[1]} |")
        lines.append(f"| **total** | {totals['dense'][0]:.2f} ({totals['dense'][1]:.2f}) | "
                     f"{totals['synthetic'][0]:.2f} ({totals['synthetic'][1]:.2f}) |")
    return lines


def write_section(path: Path, section: str) -> None:
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        tail = rest.split(END, 1)[1].lstrip("\n")
        text = head + section + tail
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dense-notes", type=int, default=5000)
    parser.add_argument("--medspacy-notes", type=int, default=1000,
                        help="dense notes for the medspaCy row (about 6x slower than the others)")
    parser.add_argument("--dask-notes", type=int, default=20_000)
    parser.add_argument("--component-notes", type=int, default=1000)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--engine-repeats", type=int, default=5,
                        help="runs of each engine variant: single whole commands on a shared "
                             "machine spread by +-15%%, which the median of 5 evens out better "
                             "than that of 3")
    parser.add_argument("--timeout", type=float, default=3600)
    parser.add_argument("--quick", action="store_true", help="small N smoke test")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results.md")
    parser.add_argument("--workdir", type=Path, help="keep generated data here (reused if present)")
    parser.add_argument("--only", action="append", choices=ROWS,
                        help="measure only this row (repeatable; default: every row); needs --out")
    parser.add_argument("--engines", default=",".join(ENGINES),
                        help=f"engine variants of the engines row, comma-separated, of "
                             f"{', '.join(ENGINES)} (default: all; fewer needs --out)")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    default_out = parser.get_default("out")
    args.engines = [name.strip() for name in args.engines.split(",") if name.strip()]
    unknown = [name for name in args.engines if name not in ENGINES]
    if unknown or not args.engines:
        parser.error(f"--engines: unknown variant(s) {', '.join(unknown) or '(none given)'}; "
                     f"choose from {', '.join(ENGINES)}")
    partial = bool(args.only) or list(ENGINES) != args.engines
    args.only = tuple(args.only or ROWS)
    if partial and args.out == default_out and not args.child:
        parser.error("--only/--engines measure part of the rows: give --out FILE so that the "
                     "full section of benchmarks/results.md is not replaced by a part")
    if args.child:
        kind, *rest = args.child
        if kind != "components":
            raise SystemExit(f"unknown child measurement {kind!r}")
        print(json.dumps(child_components(Path(rest[0]), int(rest[1]), int(rest[2]))))
        return 0
    if args.quick:
        args.dense_notes, args.medspacy_notes, args.dask_notes = 200, 50, 300
        args.component_notes, args.repeats, args.engine_repeats = 100, 1, 1
    # every child imports this checkout's pipeline, whatever is installed in the environment
    os.environ["PYTHONPATH"] = os.pathsep.join(
        [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])
    command = ".venv/bin/python benchmarks/scale.py " + " ".join(
        argv if argv is not None else sys.argv[1:])
    started = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M")
    t0 = time.perf_counter()
    info = base.machine_info()
    log = lambda msg: print(f"[{time.perf_counter() - t0:7.1f}s] {msg}", file=sys.stderr, flush=True)  # noqa: E731
    if args.workdir:
        args.workdir.mkdir(parents=True, exist_ok=True)
        rows = measure(args, args.workdir, log)
    else:
        with tempfile.TemporaryDirectory(prefix="koebner-scale-") as tmp:
            rows = measure(args, Path(tmp), log)
    section = render(args, rows, info, command.strip(), started, time.perf_counter() - t0)
    write_section(args.out, section)
    args.out.with_name("results-scale.json").write_text(json.dumps(
        {"args": {k: v for k, v in vars(args).items() if k != "child"}, "machine": info,
         "rows": rows}, indent=2, default=str) + "\n", encoding="utf-8")
    print(section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
