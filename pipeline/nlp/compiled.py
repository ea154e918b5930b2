"""Optional compiled builds of the pipeline's busiest modules, used only while they match their source.

The components are plain Python, and they stay the reference. ``make install`` also compiles the
modules in :data:`MODULES` with Cython, unchanged (no type declarations, Python semantics), into
``pipeline/nlp/_compiled/``; on notes dense with mentions that takes about a fifth off the time per
note. Outputs are the same: ``tests/integration/test_compiled.py`` extracts the annotated notes both
ways.

A compiled module is loaded in place of its ``.py`` only while the source is byte for byte the one it
was built from (SHA-256 in ``_compiled/manifest.json``): edit a rule module and it runs as Python
until the next build, so a stale build can never shadow an edit. Set ``KOEBNER_PURE_PYTHON=1`` to use
the Python modules regardless (for cProfile, which cannot see inside compiled functions, or a
debugger). Build or inspect by hand::

    koebner compile            # what `make install` runs
    koebner compile --status   # which modules load compiled, and why the others do not
"""
from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import shutil
import sys
import sysconfig
import tempfile
import typing
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
BUILD_DIR = PACKAGE_DIR / "_compiled"
MANIFEST = "manifest.json"
PURE_PYTHON_ENV = "KOEBNER_PURE_PYTHON"

# the modules a dense note spends its time in (per-token and per-mention loops); modules that
# mostly wait on compiled regexes or spaCy gain little and are left out
MODULES = tuple(f"pipeline.nlp.{name}" for name in (
    "batching", "context", "context_graph", "doc_memo", "extensions", "joint_regex",
    "line_headings", "matching", "mention_table", "regex_heads", "relation_features", "relations",
    "risk_factors", "sections", "sentences", "site_references", "sites", "targets", "tokenizer",
    "timex.component", "timex.context", "timex.find", "timex.normalize", "timex.order",
))

# Python semantics throughout: annotations are not read as C types (``found: set = frozenset()``
# stays legal), and functions keep their signatures for spaCy's config validation
DIRECTIVES = {"language_level": 3, "annotation_typing": False, "binding": True}


def source_of(module: str) -> Path:
    """The ``.py`` file of a dotted module name in :data:`MODULES`."""
    parts = module.split(".")[2:]
    return PACKAGE_DIR.joinpath(*parts[:-1], parts[-1] + ".py")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _ext_suffix() -> str:
    return sysconfig.get_config_var("EXT_SUFFIX") or ".so"


def read_manifest(build_dir: Path = BUILD_DIR) -> dict:
    """The build's manifest (``{}`` when there is no build, or one for another Python)."""
    try:
        manifest = json.loads((build_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return manifest if manifest.get("ext_suffix") == _ext_suffix() else {}


def why_not_compiled(module: str, manifest: dict, build_dir: Path = BUILD_DIR) -> str | None:
    """None when ``module`` can load compiled; otherwise the reason it loads as Python."""
    if os.environ.get(PURE_PYTHON_ENV):
        return f"{PURE_PYTHON_ENV} is set"
    entry = manifest.get("modules", {}).get(module)
    if entry is None:
        return "not built"
    if not (build_dir / entry["file"]).is_file():
        return "built file missing"
    if _digest(source_of(module)) != entry["sha256"]:
        return "source changed since the build"
    return None


class _Loader(importlib.machinery.ExtensionFileLoader):
    """Loads a compiled module; its ``__spec__.origin`` is the compiled file, and its
    ``__file__`` the source it was built from (checked by hash), where ``inspect`` and spaCy's
    packaging look for a class's source lines."""

    def exec_module(self, module) -> None:
        super().exec_module(module)
        module.__file__ = str(source_of(module.__name__))
        _resolve_annotations(module)


def is_compiled(module) -> bool:
    """Whether a loaded module came from a compiled build."""
    return isinstance(getattr(module, "__loader__", None), _Loader)


def _resolve_annotations(module) -> None:
    """Cython keeps annotations as strings; spaCy reads a factory's signature to validate its
    config and cannot evaluate them. Evaluate them here, in the module's own namespace, as the
    Python module's are (a name it cannot evaluate is left as it is)."""
    namespace = vars(module)
    for value in list(namespace.values()):
        if getattr(value, "__module__", None) != module.__name__:
            continue
        targets = [value.__dict__.get("__init__")] if isinstance(value, type) else [value]
        for target in targets:
            annotations = getattr(target, "__annotations__", None)
            if not annotations or not any(isinstance(a, str) for a in annotations.values()):
                continue
            try:
                target.__annotations__ = typing.get_type_hints(target, globalns=namespace)
            except (NameError, TypeError, SyntaxError):  # a name only a type checker sees
                continue


class CompiledFinder(importlib.abc.MetaPathFinder):
    """Finds the compiled build of a module in :data:`MODULES` whose source it was built from."""

    def __init__(self, manifest: dict, build_dir: Path = BUILD_DIR):
        self.manifest = manifest
        self.build_dir = build_dir

    def find_spec(self, fullname, path=None, target=None):
        """The compiled module's spec, or None (the usual finders then find the ``.py``)."""
        if fullname not in self.manifest.get("modules", {}) or why_not_compiled(
                fullname, self.manifest, self.build_dir):
            return None
        location = str(self.build_dir / self.manifest["modules"][fullname]["file"])
        return importlib.util.spec_from_file_location(fullname, location,
                                                      loader=_Loader(fullname, location))


def install() -> None:
    """Put the compiled modules' finder first on ``sys.meta_path`` (once; nothing without a build)."""
    if any(isinstance(finder, CompiledFinder) for finder in sys.meta_path):
        return
    manifest = read_manifest()
    if manifest and not os.environ.get(PURE_PYTHON_ENV):
        sys.meta_path.insert(0, CompiledFinder(manifest))


def status() -> dict[str, str]:
    """Per module: ``compiled``, or ``python (<why>)``; for the loaded ones, what was loaded."""
    manifest = read_manifest()
    found = {}
    for module in MODULES:
        loaded = sys.modules.get(module)
        if loaded is not None:
            found[module] = "compiled" if is_compiled(loaded) else \
                f"python ({why_not_compiled(module, manifest) or 'imported before the build'})"
        else:
            reason = why_not_compiled(module, manifest)
            found[module] = "compiled" if reason is None else f"python ({reason})"
    return found


# --------------------------------------------------------------------------- the build

def build(build_dir: Path = BUILD_DIR, jobs: int = 2) -> list[str]:
    """Compile :data:`MODULES` into ``build_dir`` and write its manifest; returns the modules
    built. Raises ImportError without Cython or setuptools, and the compiler's error if it fails.
    The new build replaces the old one whole, at the end."""
    from Cython import __version__ as cython_version
    from Cython.Build import cythonize
    from setuptools import Distribution, Extension

    with tempfile.TemporaryDirectory(prefix="koebner-compile-") as scratch:
        work = Path(scratch)
        digests = {module: _digest(source_of(module)) for module in MODULES}
        extensions = [Extension(module, [str(source_of(module))]) for module in MODULES]
        extensions = cythonize(extensions, build_dir=str(work / "c"), compiler_directives=DIRECTIVES,
                               nthreads=jobs, quiet=True)
        # a Distribution of our own: setuptools would otherwise read the project's pyproject.toml
        dist = Distribution({"name": "koebner-compiled", "ext_modules": extensions})
        command = dist.get_command_obj("build_ext")
        command.build_lib, command.build_temp = str(work / "lib"), str(work / "tmp")
        command.parallel = jobs
        dist.run_command("build_ext")

        staged = work / "out"
        staged.mkdir()
        entries = {}
        for module in MODULES:
            built = work / "lib" / Path(*module.split(".")[:-1]) / (module.split(".")[-1] + _ext_suffix())
            if _digest(source_of(module)) != digests[module]:
                continue  # edited while it compiled: it runs as Python until the next build
            name = module + _ext_suffix()
            shutil.copy2(built, staged / name)
            entries[module] = {"file": name, "sha256": digests[module]}
        manifest = {"ext_suffix": _ext_suffix(), "cython": cython_version, "directives": DIRECTIVES,
                    "modules": entries}
        (staged / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
        old = build_dir.with_name(build_dir.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if build_dir.exists():
            build_dir.rename(old)
        shutil.move(str(staged), str(build_dir))
        shutil.rmtree(old, ignore_errors=True)
    return sorted(entries)
