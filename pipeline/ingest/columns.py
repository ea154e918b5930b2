"""Which input column holds which contract field."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ColumnMap:
    """Input column names for each contract field; the defaults are the contract's own names."""
    patient_id: str = "patient_id"
    note_id: str = "note_id"
    note_date: str = "note_date"
    note_type: str = "note_type"
    text: str = "text"

    @property
    def required(self) -> tuple[str, ...]:
        """Columns every input must have: patient_id, note_id, note_date and text (note_type is optional)."""
        return (self.patient_id, self.note_id, self.note_date, self.text)

    @classmethod
    def parse(cls, spec: str | None) -> "ColumnMap":
        """Build from ``"omop"`` or ``"text=note_text,patient_id=person_id"``."""
        if not spec:
            return cls()
        if spec.strip().lower() == "omop":
            return OMOP
        fields = {}
        for item in spec.split(","):
            key, sep, value = item.partition("=")
            key, value = key.strip(), value.strip()
            if not sep or key not in cls.__dataclass_fields__ or not value:
                raise ValueError(
                    f"bad column mapping {item!r}: expected FIELD=COLUMN with FIELD one of "
                    f"{', '.join(cls.__dataclass_fields__)}"
                )
            fields[key] = value
        return cls(**fields)


OMOP = ColumnMap(
    patient_id="person_id", note_id="note_id", note_date="note_date",
    note_type="note_title", text="note_text",
)
