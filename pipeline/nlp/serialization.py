"""Rule data that travels with a saved pipeline, and the koebner version it was saved under.

A koebner component is compiled from rule DATA (the parsed content of its rule files, or the
relation model's weights). :class:`RuleDataComponent` gives a component spaCy's serialization
methods over that data: ``nlp.to_disk`` writes it into the component's folder, and
``spacy.load`` rebuilds the component from what was saved, never from the rule files installed
where it is loaded. So that loading a saved pipeline neither reads nor needs the rule files its
config names (they may not exist on the other machine), a component reads its files only when
its compiled rules are first needed (its first doc, ``initialize()``, or ``to_disk``), unless
``from_disk``/``from_bytes`` gave it the data first. ``pipeline.load()`` initializes every
component at once, so a broken rule file fails there, naming the file.

``nlp.meta["koebner"]`` records the koebner version and a SHA-256 of every rule file the
components were built from (:func:`describe_pipeline`); a pipeline created under another koebner
version logs a warning (:func:`warn_if_other_version`).
"""
from __future__ import annotations

import hashlib
import json
import logging
import weakref
from importlib.resources import files
from pathlib import Path
from typing import Any

import srsly
from spacy import util
from spacy.language import Language

log = logging.getLogger(__name__)

META_KEY = "koebner"          # nlp.meta["koebner"]: {"version", "rules"}
DATA_FORMAT = 1               # of the files written below; bumped when their layout changes
_checked: weakref.WeakSet = weakref.WeakSet()   # pipelines whose saved version was looked at


def koebner_version() -> str:
    """The installed koebner version (``pipeline.__version__``)."""
    from .. import __version__

    return __version__


def file_sha256(path: str | Path) -> str:
    """SHA-256 (hex) of a file's bytes."""
    return hashlib.sha256(Path(str(path)).read_bytes()).hexdigest()


def source_name(path: str | Path) -> str:
    """How meta names a rule file: relative to the shipped ``configs/`` or ``models/`` folder
    (``targets/lesion.json``), else relative to the active rules folder, else as given."""
    from ..resources import CONFIG_PACKAGE, MODEL_PACKAGE, active_rules_dir

    resolved = Path(str(path)).resolve()
    roots = [Path(str(files(CONFIG_PACKAGE))), Path(str(files(MODEL_PACKAGE)))]
    active = active_rules_dir()
    if active is not None:
        roots.append(active)
    for root in roots:
        try:
            return resolved.relative_to(root.resolve()).as_posix()
        except ValueError:
            continue
    return str(path)


def hashed(paths: list[str | Path]) -> dict[str, str]:
    """``{source_name: sha256}`` of the given rule files."""
    return {source_name(p): file_sha256(p) for p in paths}


class RuleDataComponent:
    """Base of the koebner components compiled from rule data; see the module docstring.

    A subclass sets ``compiled`` (the attributes :meth:`_build` sets), ``data_file`` (the file
    name in its saved folder), and implements :meth:`_read` (the data and the files it came
    from, from the component's settings) and :meth:`_build` (compile the data). Its constructor
    calls :meth:`_defer` instead of reading anything. A name spaCy probes with ``hasattr``
    (``model``, ``labels``, ...) must not be in ``compiled``: probing it would read rule files.
    """

    compiled: tuple[str, ...] = ()
    data_file = "rules.json"

    def _defer(self, nlp: Language) -> None:
        self._rule_data: Any = None
        self._loaded = False
        self.rule_sources: dict[str, str] = {}
        warn_if_other_version(nlp)

    def _read(self) -> tuple[Any, dict[str, str]]:
        """The rule data named by the component's settings, and ``{file: sha256}`` of its files."""
        raise NotImplementedError

    def _build(self, data: Any) -> None:
        """Compile ``data`` into the attributes named in ``compiled``."""
        raise NotImplementedError

    @classmethod
    def from_data(cls, nlp: Language, name: str, data: Any):
        """A component built from rule data (what its rule files hold), reading no file."""
        component = cls(nlp, name)
        component._use(data, {})
        return component

    def _use(self, data: Any, sources: dict[str, str]) -> None:
        self._build(data)
        self._rule_data = data
        self.rule_sources = dict(sources)
        self._loaded = True

    def __getattr__(self, name: str) -> Any:
        # reached only for attributes not set yet: a compiled one reads the rule files first
        if name in type(self).compiled and not self.__dict__.get("_loaded", True):
            self.initialize()
            return getattr(self, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        """Read and compile the rule files now (a no-op once the rules are loaded or restored).

        Raises the component's rule error (naming the file) when a file is missing or invalid.
        ``nlp.initialize()`` calls it too.
        """
        if not self._loaded:
            self._use(*self._read())

    @property
    def rule_data(self) -> Any:
        """The rule data the component is compiled from (JSON-safe; what ``to_disk`` writes)."""
        self.initialize()
        return self._rule_data

    def _payload(self) -> dict[str, Any]:
        return {"format": DATA_FORMAT, "koebner_version": koebner_version(),
                "sources": self.rule_sources, "data": self.rule_data}

    def _restore(self, payload: dict[str, Any], where: str) -> None:
        if not isinstance(payload, dict) or "data" not in payload:
            raise ValueError(f"{where}: not a koebner component's saved rules")
        if payload.get("format", DATA_FORMAT) > DATA_FORMAT:
            raise ValueError(f"{where}: saved by a newer koebner ({payload.get('koebner_version')});"
                             f" upgrade koebner to load it")
        self._use(payload["data"], payload.get("sources", {}))

    def to_bytes(self, *, exclude=tuple()) -> bytes:
        """The component's rule data (and the hashes of its source files) as msgpack bytes."""
        return srsly.msgpack_dumps(self._payload())

    def from_bytes(self, bytes_data: bytes, *, exclude=tuple()):
        """Rebuild the component from :meth:`to_bytes` output; returns the component."""
        self._restore(srsly.msgpack_loads(bytes_data), type(self).__name__)
        return self

    def to_disk(self, path: str | Path, *, exclude=tuple()) -> None:
        """Write the rule data to ``path/<data_file>`` (JSON, floats exact)."""
        def write(file: Path) -> None:
            file.write_text(json.dumps(self._payload(), ensure_ascii=False, indent=1),
                            encoding="utf-8")

        util.to_disk(path, {self.data_file: write}, exclude)

    def from_disk(self, path: str | Path, *, exclude=tuple()):
        """Rebuild the component from the data :meth:`to_disk` wrote; returns the component."""
        def read(file: Path) -> None:
            if not file.is_file():   # saved by a koebner whose components did not save rules
                log.warning("%s: not in the saved pipeline; %s reads its rules from its "
                            "settings instead (save the pipeline again to keep them with it)",
                            file, getattr(self, "name", type(self).__name__))
                return
            self._restore(json.loads(file.read_text(encoding="utf-8")), str(file))

        util.from_disk(path, {self.data_file: read}, exclude)
        return self


def warn_if_other_version(nlp: Language) -> None:
    """Log a warning (once per pipeline) when ``nlp.meta`` says it was saved under another
    koebner version than the one installed: its saved rules still load, but the code that
    applies them has changed."""
    if nlp in _checked:
        return
    _checked.add(nlp)
    saved = (nlp.meta.get(META_KEY) or {}).get("version")
    if saved and saved != koebner_version():
        log.warning("this pipeline was saved with koebner %s and is loaded with koebner %s; "
                    "its rules are the saved ones, but results may differ (rebuild it with "
                    "`pipeline.load()` and save it again to match)", saved, koebner_version())


def describe_pipeline(nlp: Language) -> dict[str, Any]:
    """``nlp.meta["koebner"]``: the koebner version and, per component, the SHA-256 of each
    rule file (or model) it was built from."""
    rules = {name: dict(proc.rule_sources) for name, proc in nlp.pipeline
             if isinstance(proc, RuleDataComponent)}
    return {"version": koebner_version(), "rules": rules}
