"""An installable Python package of a koebner pipeline, built with ``spacy package``.

The pipeline is saved with ``nlp.to_disk`` (its components write their rule data and the
relation model's weights), spaCy's ``package`` lays out the package, and setuptools builds its
sdist without the network. The package requires ``koebner`` (whose entry points give spaCy the
components and the tokenizer); once installed, ``spacy.load("en_NAME")`` loads the pipeline with
the rules it was saved with.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from ..errors import EXIT_OUTPUT, KoebnerError
from .serialization import koebner_version

DEFAULT_NAME = "koebner_clinical"


class PackageError(KoebnerError, ValueError):
    """A pipeline package that cannot be built: a bad name or version, or a failed build."""


class PackageOutputError(PackageError):
    """The output folder cannot take the package (not a folder, or the package exists)."""

    exit_code = EXIT_OUTPUT


@dataclass(frozen=True)
class BuiltPackage:
    """Where ``spacy package`` put the package: its folder, its sdist and its import name."""

    name: str          # e.g. en_koebner_clinical: what spacy.load() takes
    version: str
    folder: Path       # OUT_DIR/en_NAME-VERSION (setup.py, meta.json, the package)
    sdist: Path        # OUT_DIR/en_NAME-VERSION/dist/en_NAME-VERSION.tar.gz


def koebner_requirement(version: str | None = None) -> str:
    """The requirement a package puts on koebner: this minor version (``koebner>=0.1.0,<0.2.0``)."""
    from spacy.util import get_minor_version_range

    return f"koebner{get_minor_version_range(version or koebner_version())}"


def package_folder(out_dir: str | Path, name: str = DEFAULT_NAME, version: str | None = None,
                   force: bool = False, lang: str = "en") -> Path:
    """The folder a package will be built in (``OUT_DIR/<lang>_<name>-<version>``), after
    checking the name, the version and the output folder; raises PackageError naming the
    problem (PackageOutputError for the output folder)."""
    version = version or koebner_version()
    if not name.isidentifier() or "__" in name or not name.isascii():
        raise PackageError(f"--name {name!r}: use letters, digits and single underscores, "
                           f"starting with a letter (it becomes the module {lang}_NAME)")
    from packaging.version import InvalidVersion, Version

    try:
        Version(version)
    except InvalidVersion:
        raise PackageError(f"--version {version!r}: not a version such as 1.0.0") from None
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise PackageOutputError(f"{out}: not a folder")
    folder = out / f"{lang}_{name}-{version}"
    if folder.exists() and not force:
        raise PackageOutputError(f"{folder} exists; remove it or pass --force")
    return folder


def build_package(out_dir: str | Path, nlp: Language | None = None, name: str = DEFAULT_NAME,
                  version: str | None = None, force: bool = False) -> BuiltPackage:
    """Save ``nlp`` (default: ``pipeline.load()``) as package ``en_<name>`` in ``out_dir`` and
    build its sdist; ``version`` defaults to koebner's. An existing package folder of the same
    name and version is refused unless ``force``. Raises PackageError naming the problem."""
    from spacy.cli.package import package

    version = version or koebner_version()
    if nlp is None:
        from .build import load

        nlp = load()
    folder = package_folder(out_dir, name, version, force, nlp.lang)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    module = f"{nlp.lang}_{name}"
    with tempfile.TemporaryDirectory(prefix="koebner-package-") as tmp:
        saved = Path(tmp) / "pipeline"
        nlp.to_disk(saved)
        meta_path = saved / "meta.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        meta.update(name=name, version=version, license="Apache-2.0",
                    description=meta.get("description") or
                    "koebner clinical pipeline: calciphylaxis, lesions, body sites, trauma, "
                    "time expressions and their context, with the rules it was saved with.")
        requirements = [r for r in meta.get("requirements", []) if not r.startswith("koebner")]
        meta["requirements"] = [koebner_requirement(), *requirements]
        meta_path.write_text(json.dumps(meta, indent=2), encoding="utf-8")
        try:
            package(saved, out, name=name, version=version, create_sdist=False, force=force,
                    silent=True)
        except SystemExit as exc:   # spaCy's package reports its errors by exiting
            raise PackageError(f"spacy package could not lay out {folder} (exit {exc.code})") \
                from None
    built = subprocess.run([sys.executable, "setup.py", "--quiet", "sdist"], cwd=folder,
                           capture_output=True, text=True)
    sdist = folder / "dist" / f"{module}-{version}.tar.gz"
    if built.returncode != 0 or not sdist.is_file():
        raise PackageError(f"building the sdist in {folder} failed: "
                           f"{(built.stderr or built.stdout).strip()[-1500:]}")
    return BuiltPackage(module, version, folder, sdist)
