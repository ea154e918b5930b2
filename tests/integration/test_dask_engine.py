"""The Dask engine on a real 2-worker LocalCluster: the run folder must equal the local engine's,
also when a worker is killed in the middle of the run."""
from __future__ import annotations

import csv
import os
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from pipeline.engine.partition import default_partitions, partition_by_patient
from pipeline.records import Note
from pipeline.runner import extract_run

ROOT = Path(__file__).resolve().parents[2]
TABLES = ("notes", "mentions", "relations", "facts")

# (patient, note_id, date, type, text): written for these tests
NOTES = [
    ("P1", "N101", "2021-03-02", "progress",
     "Dialysis patient on insulin glargine, injects into both thighs. No skin lesions today."),
    ("P2", "N201", "2021-01-15", "dermatology",
     "Assessment: calciphylaxis. Painful retiform purpura on the left lower abdomen, at her "
     "insulin injection sites, first noted 2 weeks ago. ESRD on hemodialysis, on warfarin."),
    ("P1", "N102", "2021-05-20", "dermatology",
     "Exam: necrotic eschar on the right thigh where he gives his insulin shots. Skin biopsy "
     "confirms calciphylaxis. Started sodium thiosulfate on 5/18/2021."),
    ("P3", "N301", "2020-11-03", "progress",
     "History of hip fracture. Denies any ulcers. Diabetes mellitus type 2, A1c 8.1."),
    ("P4", "N401", "2022-02-10", "wound care",
     "Wound care: two ulcers on the posterior left calf since January, after an ice pack was "
     "left on the calf for hours. Concern for calciphylaxis vs venous ulcer; no biopsy yet."),
    ("P2", "N202", "2021-02-01", "progress",
     "Calciphylaxis of the abdomen, improving. Eschar on the L lower abdomen smaller. Family "
     "history of lupus in her sister."),
    ("P5", "N501", "2019-07-07", "progress",
     "Elderly woman who rests her elbows on her thighs while watching TV; now with painful "
     "violaceous plaques on both anterior thighs for 3 weeks. Differential includes "
     "calciphylaxis. Albumin 2.9, PTH 812."),
    ("P6", "N601", "2023-04-12", "progress",
     "Follow up for hypertension. Bruise on the left forearm after a fall last week. No rash."),
    ("P3", "N302", "2021-01-19", "dermatology",
     "Biopsy-proven calciphylaxis with ulcerated plaques on the buttocks. Heparin injections "
     "given in the abdomen during admission; no lesions there."),
    ("P4", "N402", "2022-03-15", "dermatology",
     "Punch biopsy of the left calf ulcer: calciphylaxis. Patient on peritoneal dialysis."),
    ("P5", "N502", "2019-08-01", "dermatology",
     "Calciphylaxis of the bilateral thighs. Lesions began where she presses her elbows. "
     "Started on hyperbaric oxygen."),
    ("P6", "N602", "2023-06-01", "progress", ""),   # empty text: quarantined by ingest
    ("P7", "N701", "2020-09-09", "progress",
     "No evidence of calciphylaxis. Rule out cellulitis of the right shin after a scrape."),
    ("P7", "N702", "2020-09-30", "progress",
     "Right shin erythema resolved. Continue lisinopril and metformin."),
]


def write_notes(path: Path, notes=NOTES) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["patient_id", "note_id", "note_date", "note_type", "text"])
        writer.writerows(notes)
    return path


def tables(run: Path) -> dict[str, pd.DataFrame]:
    found = {name: pd.read_parquet(run / f"{name}.parquet") for name in TABLES}
    found["quarantine"] = pd.read_csv(run / "quarantine.csv")
    return found


def assert_same_run(dask_run: Path, local_run: Path) -> None:
    ours, theirs = tables(dask_run), tables(local_run)
    for name in ours:
        pd.testing.assert_frame_equal(ours[name], theirs[name], obj=name)
    assert not (dask_run / "parts").exists()


@pytest.fixture(scope="module")
def cluster():
    from distributed import Client, LocalCluster

    local = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                         dashboard_address="127.0.0.1:0")
    client = Client(local)
    yield local, client
    client.close()
    local.close()


@pytest.fixture(scope="module")
def local_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("local")
    notes = write_notes(base / "notes.csv")
    extract_run(notes, base / "run", progress=False)
    return notes, base / "run"


# ---------------------------------------------------------------- partitions


def _note(patient: str, note_id: str, text: str) -> Note:
    return Note(patient_id=patient, note_id=note_id, note_date=date(2021, 1, 1), note_type="x",
                text=text)


def test_each_patients_notes_meet_in_one_partition_in_input_order():
    notes = [_note(p, f"N{i}", "x" * size) for i, (p, size) in enumerate(
        [("A", 900), ("B", 100), ("A", 50), ("C", 400), ("D", 400), ("B", 300), ("E", 10)])]
    rows = list(range(2, 2 + len(notes)))
    parts = partition_by_patient(notes, rows, 3)
    home = {}
    for part in parts:
        assert part.rows == sorted(part.rows)
        for note, row in zip(part.notes, part.rows):
            assert home.setdefault(note.patient_id, part.index) == part.index
            assert notes[row - 2] is note
    assert sum(p.n_notes for p in parts) == len(notes)
    # longest first into the lightest: A (950) alone; B (400) then D (400) on one, C (400) then
    # E (10) on the last
    by_patient = sorted(sorted({n.patient_id for n in p.notes}) for p in parts)
    assert by_patient == [["A"], ["B", "D"], ["C", "E"]]
    again = partition_by_patient(notes, rows, 3)
    assert [[n.note_id for n in p.notes] for p in again] == [[n.note_id for n in p.notes]
                                                             for p in parts]


def test_default_partitions_gives_every_worker_several_and_caps_their_size():
    assert default_partitions(10, 2) == 8
    assert default_partitions(3, 2) == 3
    assert default_partitions(20_000, 2) == 80
    with pytest.raises(ValueError, match="at least 1"):
        partition_by_patient([], [], 0)


# ---------------------------------------------------------------- on a real LocalCluster


def test_dask_run_equals_local_run(cluster, local_run, tmp_path):
    from pipeline.engine.dask_engine import extract_run_dask

    local, _ = cluster
    notes, expected = local_run
    summary = extract_run_dask(notes, tmp_path / "run", progress=False,
                               scheduler=local.scheduler_address, partitions=5)
    assert_same_run(tmp_path / "run", expected)
    assert (summary.rows_read, summary.notes_processed, summary.quarantined) == (14, 13, 1)
    mentions = pd.read_parquet(tmp_path / "run" / "mentions.parquet")
    # the biopsy-proven diagnosis of P3 and the lesion under P2's insulin injections are found
    assert {"P2", "P3", "P4", "P5"} <= set(mentions[mentions.label == "CALCIPHYLAXIS"].patient_id)
    import json

    settings = json.loads((tmp_path / "run" / "run.json").read_text())["settings"]
    assert settings["engine"] == "dask" and settings["partitions"] == 5


def test_dask_run_with_screened_patients_equals_local(cluster, tmp_path):
    from pipeline.engine.dask_engine import extract_run_dask

    _, client = cluster
    notes = write_notes(tmp_path / "notes.csv")
    keep = {"P2", "P5"}
    extract_run(notes, tmp_path / "local", progress=False, keep_patients=keep)
    summary = extract_run_dask(notes, tmp_path / "dask", progress=False, keep_patients=keep,
                               client=client, partitions=4)
    assert_same_run(tmp_path / "dask", tmp_path / "local")
    assert summary.screened_out == 9 and summary.notes_processed == 4  # P2 and P5: 2 notes each


def test_dask_run_windows_long_notes_and_accounts_for_every_patient(cluster, tmp_path):
    """A note over --max-note-chars is processed in windows on the workers as it is locally,
    and run.json counts the patients whose notes were all quarantined (P6's only other note is
    empty here, so P6 keeps one note; P8's single note is empty)."""
    import json

    from pipeline.engine.dask_engine import extract_run_dask

    _, client = cluster
    filler = "Vitals stable. Tolerated dialysis without cramping. " * 40
    long_note = ("P9", "N901", "2022-05-05", "progress",
                 filler + "\nExam: black eschar on the left thigh at her insulin injection "
                 "sites. Biopsy-proven calciphylaxis.")
    notes = write_notes(tmp_path / "notes.csv",
                        NOTES + [("P8", "N801", "2022-01-01", "progress", ""), long_note])
    extract_run(notes, tmp_path / "local", progress=False, max_note_chars=800)
    summary = extract_run_dask(notes, tmp_path / "dask", progress=False, client=client,
                               partitions=3, max_note_chars=800)
    assert_same_run(tmp_path / "dask", tmp_path / "local")
    mentions = pd.read_parquet(tmp_path / "dask" / "mentions.parquet")
    eschar = mentions[(mentions.note_id == "N901") & (mentions.label == "CALCIPHYLAXIS")]
    assert len(eschar) == 1 and eschar.iloc[0].start > 2000   # found past the first window
    run = json.loads((tmp_path / "dask" / "run.json").read_text())
    local = json.loads((tmp_path / "local" / "run.json").read_text())
    assert summary.patients["patients_processed_none"] == 1           # P8
    assert run["patients"] == local["patients"]


def test_worker_killed_mid_run_loses_nothing_and_writes_nothing_twice(cluster, tmp_path):
    """SIGKILL a worker while it holds partitions: the scheduler runs them again elsewhere (the
    nanny restarts the worker), and the run folder is still the local engine's."""
    from pipeline.engine.dask_engine import extract_run_dask

    _, client = cluster
    many = [(f"{p}-{copy}", f"{n}-{copy}", d, t, text) for copy in range(6)
            for p, n, d, t, text in NOTES]
    notes = write_notes(tmp_path / "notes.csv", many)
    extract_run(notes, tmp_path / "local", progress=False)
    killed = []
    written = []

    def kill_a_busy_worker(done: int, total: int) -> None:
        written.append(done)
        if killed:
            return
        busy = {addr: keys for addr, keys in client.processing().items() if keys}
        if not busy:
            return
        address = max(busy, key=lambda a: len(busy[a]))
        pid = client.run(os.getpid, workers=[address])[address]
        os.kill(pid, signal.SIGKILL)
        killed.append((pid, len(busy[address])))

    summary = extract_run_dask(notes, tmp_path / "dask", progress=False, client=client,
                               partitions=30, on_partition=kill_a_busy_worker)
    assert killed, "no worker was busy after the first partition: nothing was tested"
    pid, in_flight = killed[0]
    assert in_flight >= 1
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
    assert written == list(range(1, 31))  # each partition written exactly once
    assert summary.rows_read == len(many)
    assert_same_run(tmp_path / "dask", tmp_path / "local")
    client.wait_for_workers(2, timeout=60)


def test_unreachable_scheduler_is_a_clear_error(tmp_path, monkeypatch):
    from pipeline.engine import ClusterError, dask_engine

    monkeypatch.setattr(dask_engine, "CONNECT_TIMEOUT", "1s")
    notes = write_notes(tmp_path / "notes.csv", NOTES[:2])
    with pytest.raises(ClusterError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        dask_engine.extract_run_dask(notes, tmp_path / "run", progress=False,
                                     scheduler="tcp://127.0.0.1:9")


def test_run_pipeline_on_dask_equals_local_engine(cluster, nlp, tmp_path):
    """The whole run (extract, link, stats, report) on the cluster: the same links and
    patients.csv as the local engine."""
    from pipeline.workflow import run_pipeline

    local, _ = cluster
    notes = write_notes(tmp_path / "notes.csv")
    run_pipeline(notes, tmp_path / "local", progress=False, nlp=nlp)
    run_pipeline(notes, tmp_path / "dask", progress=False, engine="dask",
                 scheduler=local.scheduler_address)
    assert_same_run(tmp_path / "dask", tmp_path / "local")
    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "dask" / "links.parquet"),
                                  pd.read_parquet(tmp_path / "local" / "links.parquet"))
    assert (tmp_path / "dask" / "patients.csv").read_bytes() == \
        (tmp_path / "local" / "patients.csv").read_bytes()
    patients = pd.read_csv(tmp_path / "dask" / "patients.csv").set_index("patient_id")
    assert patients.loc["P2", "calciphylaxis"] == "yes"


def test_cli_extract_on_its_own_local_cluster(local_run, tmp_path):
    """`koebner extract --engine dask --workers 2` starts a LocalCluster for the run and stops
    it; quarantined rows are reported as by the local engine, and no note text is printed."""
    notes, expected = local_run
    done = subprocess.run(
        [sys.executable, str(ROOT / "cli.py"), "extract", str(notes), "--out",
         str(tmp_path / "dask"), "--engine", "dask", "--workers", "2", "--no-progress"],
        capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert_same_run(tmp_path / "dask", expected)
    assert "13 notes extracted, 1 quarantined" in done.stdout
    assert "quarantined row 12: empty text" in done.stderr
    assert "retiform purpura" not in done.stderr + done.stdout


def test_scheduler_without_dask_engine_is_refused(tmp_path):
    notes = write_notes(tmp_path / "notes.csv", NOTES[:2])
    done = subprocess.run([sys.executable, str(ROOT / "cli.py"), "extract", str(notes), "--out",
                           str(tmp_path / "run"), "--scheduler", "tcp://127.0.0.1:8786"],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 2
    assert "--scheduler is the address of a Dask scheduler: use it with --engine dask" in done.stderr


def test_screen_on_dask_equals_local_screen(cluster, tmp_path):
    """Pass 1 of the screen on the cluster, workers reading row groups of a Parquet input: the
    same patients, counts and kept notes as the local screen."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from pipeline.engine.screen_dask import screen_notes_dask
    from pipeline.screen import screen_notes

    _, client = cluster
    rows = [dict(zip(("patient_id", "note_id", "note_date", "note_type", "text"), note))
            for copy in range(3) for note in
            [(f"{p}-{copy}", f"{n}-{copy}", d, t, text) for p, n, d, t, text in NOTES]]
    path = tmp_path / "notes.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=5)  # 9 row groups
    local = screen_notes(path, out=tmp_path / "local.csv", collect_note_ids=False)
    dask = screen_notes_dask(path, out=tmp_path / "dask.csv", client=client)
    assert dask.reader == "arrow (dask)"
    assert dask.kept_patient_ids == local.kept_patient_ids
    # every patient whose notes name calciphylaxis (P7's "no evidence of calciphylaxis" too:
    # the screen is lexical), in each of the 3 copies; P6 never does
    assert dask.kept_patient_ids == {f"{p}-{c}" for p in ("P1", "P2", "P3", "P4", "P5", "P7")
                                     for c in range(3)}
    assert (dask.notes_in, dask.patients_in, dask.notes_matched, dask.bytes_scanned) == (
        local.notes_in, local.patients_in, local.notes_matched, local.bytes_scanned)
    assert (tmp_path / "dask.csv").read_bytes() == (tmp_path / "local.csv").read_bytes()


def test_interrupted_dask_run_resumes_with_only_the_unfinished_partitions(cluster, local_run,
                                                                          tmp_path):
    from pipeline.engine.dask_engine import extract_run_dask

    _, client = cluster
    notes, expected = local_run

    class Interrupted(Exception):
        pass

    def stop_after_two(done: int, total: int) -> None:
        if done == 2:
            raise Interrupted

    with pytest.raises(Interrupted):
        extract_run_dask(notes, tmp_path / "run", progress=False, client=client, partitions=5,
                         on_partition=stop_after_two)
    assert len(list((tmp_path / "run" / "parts").glob("chunk-*.json"))) == 2
    redone = []
    summary = extract_run_dask(notes, tmp_path / "run", progress=False, client=client,
                               partitions=5, resume=True,
                               on_partition=lambda done, total: redone.append(done))
    assert summary.chunks_resumed == 2 and redone == [3, 4, 5]
    assert_same_run(tmp_path / "run", expected)


# ---------------------------------------------------------------- who writes a partition


def _as_notes(rows) -> list[Note]:
    return [Note(patient_id=p, note_id=n, note_date=date.fromisoformat(d), note_type=t, text=x)
            for p, n, d, t, x in rows]


def test_worker_writes_its_parts_only_into_the_run_folder_of_its_run(nlp, tmp_path, monkeypatch):
    """A worker writes a partition's part files where it reads this run's token in parts/, and
    sends the rows back as Arrow tables where it does not (another machine's folder of the same
    name, or a run started since); the partition counts as done only once committed."""
    from pipeline.engine import worker
    from pipeline.runfolder import Checkpoints

    monkeypatch.setattr(worker, "_preloaded", nlp)
    checkpoints = Checkpoints(tmp_path / "run")
    checkpoints.open({"input": "notes.csv"}, resume=False)
    (checkpoints.dir / worker.WRITER_FILE).write_text("run-1")
    # P2's two notes and P4's one, in input order
    notes = _as_notes([NOTES[1], NOTES[4], NOTES[5]])
    part = partition_by_patient(notes, [3, 6, 7], 1)[0]
    before = sorted(p.name for p in checkpoints.dir.iterdir())

    record, tables = worker.extract_partition(part, None, False, worker.environment(),
                                              out=(str(tmp_path / "run"), "run-2"))
    assert sorted(p.name for p in checkpoints.dir.iterdir()) == before  # nothing written
    assert tables["notes"].column("note_id").to_pylist() == ["N201", "N401", "N202"]
    mentions = tables["mentions"].to_pandas()
    assert set(mentions[mentions.label == "CALCIPHYLAXIS"].note_id) == {"N201", "N401", "N202"}

    record_here, none = worker.extract_partition(part, None, False, worker.environment(),
                                                 out=(str(tmp_path / "run"), "run-1"))
    assert none is None and record_here == record
    written = sorted(p.name for p in checkpoints.dir.iterdir() if p.name not in before)
    assert written == ["facts-00000.parquet", "mentions-00000.parquet", "notes-00000.parquet",
                       "relations-00000.parquet"]
    assert checkpoints.done(0) is None        # not done until this process commits it
    for name, table in tables.items():        # the same rows as the ones sent back
        assert pd.read_parquet(checkpoints.dir / f"{name}-00000.parquet").equals(table.to_pandas())
    checkpoints.commit(0, record)
    assert checkpoints.done(0) == record and record["processed"] == 3


def test_a_partition_written_twice_at_once_leaves_one_whole_file_per_table(tmp_path):
    """Two executions of one partition (a worker thought lost that was not) rename their own
    temporary files into place: one file per table, no temporary file left, the same rows."""
    import pyarrow as pa

    from pipeline.runfolder import TABLES as SCHEMAS
    from pipeline.runfolder import Checkpoints

    checkpoints = Checkpoints(tmp_path / "run")
    checkpoints.open({"input": "notes.csv"}, resume=False)
    rows = {name: schema.empty_table() for name, schema in SCHEMAS.items()}
    rows["notes"] = pa.Table.from_pylist([{"patient_id": "P1", "note_id": "N101",
                                           "note_date": date(2021, 3, 2), "note_type": "progress",
                                           "text": "No skin lesions today."}],
                                         schema=SCHEMAS["notes"])
    checkpoints.write_parts(7, rows)
    checkpoints.write_parts(7, {**rows, "notes": rows["notes"].to_pylist()})
    assert sorted(p.name for p in checkpoints.dir.iterdir()) == [
        "facts-00007.parquet", "mentions-00007.parquet", "notes-00007.parquet",
        "relations-00007.parquet", "run-key.json"]
    assert pd.read_parquet(checkpoints.dir / "notes-00007.parquet").note_id.tolist() == ["N101"]


def test_rows_sent_back_when_workers_do_not_write_equal_local(cluster, local_run, tmp_path):
    from pipeline.engine.dask_engine import extract_run_dask

    _, client = cluster
    notes, expected = local_run
    summary = extract_run_dask(notes, tmp_path / "run", progress=False, client=client,
                               partitions=4, workers_write=False)
    assert_same_run(tmp_path / "run", expected)
    assert summary.notes_processed == 13
