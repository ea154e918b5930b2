"""How to read a file: its encoding, its delimiter and how its dates are written.

Every field left as ``None`` is found from the file: UTF-8 (a byte-order mark dropped), the
delimiter from the header line, the order of day and month from the dates themselves.
"""
from __future__ import annotations

import codecs
from dataclasses import dataclass

from .problems import IngestError

SEP_NAMES = {"tab": "\t", "\\t": "\t", "comma": ",", "semicolon": ";", "pipe": "|"}


@dataclass(frozen=True)
class ReadOptions:
    """How to read an input file; a field left None is detected from the file.

    Raises IngestError for an unknown encoding, a separator that is not one character (or tab,
    comma, semicolon, pipe), a date format without ``%``, or both ``date_format`` and ``dayfirst``.
    """
    encoding: str | None = None     # None: UTF-8; e.g. "latin-1", "cp1252"
    sep: str | None = None          # None: by suffix, sniffed from the header line of a .csv
    date_format: str | None = None  # strptime format such as "%d/%m/%Y"; None: detected
    dayfirst: bool | None = None    # for slash dates; None: detected per file

    def __post_init__(self):
        if self.encoding is not None:
            try:
                codecs.lookup(self.encoding)
            except LookupError:
                raise IngestError(f"unknown --encoding {self.encoding!r}; use a Python codec "
                                  "name such as utf-8, latin-1 or cp1252") from None
        if self.sep is not None:
            sep = SEP_NAMES.get(self.sep.lower(), self.sep)
            if len(sep) != 1 or sep in "\"\r\n":
                raise IngestError(f"bad --sep {self.sep!r}: one character, or tab, comma, "
                                  "semicolon, pipe")
            object.__setattr__(self, "sep", sep)
        if self.date_format is not None and "%" not in self.date_format:
            raise IngestError(f"bad --date-format {self.date_format!r}: a strptime format "
                              "such as %d/%m/%Y or %Y-%m-%d")
        if self.date_format is not None and self.dayfirst is not None:
            raise IngestError("give --date-format or --dayfirst/--monthfirst, not both")
