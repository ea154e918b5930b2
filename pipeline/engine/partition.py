"""Notes grouped into partitions by patient: every note of a patient lands in the same partition.

Deterministic (the same input and partition count give the same partitions, which a resumed run
relies on) and balanced by text length: patients are placed, longest first, into the partition
with the fewest characters so far.
"""
from __future__ import annotations

import heapq
from dataclasses import dataclass, field

from ..records import Note


@dataclass
class Partition:
    """The notes of one partition, with the input row number of each."""
    index: int
    notes: list[Note] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)  # the input row of each note

    @property
    def n_notes(self) -> int:
        """Number of notes in the partition."""
        return len(self.notes)


def default_partitions(n_notes: int, workers: int, notes_per_partition: int = 250) -> int:
    """Enough partitions that every worker gets several (a lost one costs little to redo) and
    none holds more than about ``notes_per_partition`` notes."""
    by_size = -(-n_notes // notes_per_partition)
    return max(1, min(n_notes, max(4 * workers, by_size)))


def partition_by_patient(notes: list[Note], rows: list[int], n_partitions: int) -> list[Partition]:
    """``n_partitions`` partitions (some may be empty when patients are few), each note in the
    partition of its patient, notes kept in input order within a partition."""
    if n_partitions < 1:
        raise ValueError(f"partitions must be at least 1, got {n_partitions}")
    size: dict[str, int] = {}
    first_seen: dict[str, int] = {}
    for position, note in enumerate(notes):
        size[note.patient_id] = size.get(note.patient_id, 0) + len(note.text)
        first_seen.setdefault(note.patient_id, position)
    # longest patient first; ties by first appearance, so the result never depends on hashing
    order = sorted(size, key=lambda p: (-size[p], first_seen[p]))
    heap = [(0, i) for i in range(n_partitions)]
    home: dict[str, int] = {}
    for patient in order:
        load, index = heapq.heappop(heap)
        home[patient] = index
        heapq.heappush(heap, (load + size[patient], index))
    partitions = [Partition(i) for i in range(n_partitions)]
    for note, row in zip(notes, rows):
        part = partitions[home[note.patient_id]]
        part.notes.append(note)
        part.rows.append(row)
    return partitions


__all__ = ["Partition", "default_partitions", "partition_by_patient"]
