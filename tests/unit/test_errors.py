"""Every error a user can act on is a KoebnerError whose exit_code is the documented one."""
from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import pipeline
from pipeline.commands.extract import run_errors
from pipeline.errors import KoebnerError

# the exit codes documented in `koebner run --help` and the README: 2 input unusable, 3 cannot
# resume, 4 run folder / --db / --out not writable, 5 Dask cluster
DOCUMENTED = {
    "pipeline.corpus.agreement.AgreementError": 2,
    "pipeline.corpus.brat.BratFormatError": 2,
    "pipeline.corpus.brat_io.BratImportError": 2,
    "pipeline.corpus.build.CorpusSourceError": 2,
    "pipeline.corpus.labelstudio.LabelStudioError": 2,
    "pipeline.db.omop.OmopError": 2,
    "pipeline.db.results.ResultsError": 2,
    "pipeline.db.results.DatabaseWriteError": 4,
    "pipeline.db.url.DatabaseUrlError": 2,
    "pipeline.diff.compare.DiffError": 2,
    "pipeline.engine.ClusterError": 5,
    "pipeline.engine.worker.WorkerMismatch": 5,
    "pipeline.errors.InputError": 2,
    "pipeline.evaluate.context_kit.KitFormatError": 2,
    "pipeline.evaluate.docs_figures.FiguresUnavailable": 2,
    "pipeline.evaluate.report.EvaluationInputError": 2,
    "pipeline.evaluate.run_files.RunFormatError": 2,
    "pipeline.explain.run.ExplainError": 2,
    "pipeline.explain.why_not.PhraseNotFound": 2,
    "pipeline.ingest.problems.IngestError": 2,
    "pipeline.link.config.LinkerConfigError": 2,
    "pipeline.link.frames.RunTableError": 2,
    "pipeline.nlp.packaging.PackageError": 2,
    "pipeline.nlp.packaging.PackageOutputError": 4,
    "pipeline.nlp.risk_factors.RiskFactorRulesError": 2,
    "pipeline.nlp.timex.rules.TimexRulesError": 2,
    "pipeline.rank.uncertainty.RankError": 2,
    "pipeline.resources.ConfigError": 2,
    "pipeline.rules.examples.ExamplesError": 2,
    "pipeline.rules.folder.RulesFolderError": 2,
    "pipeline.rules.vocabularies.VocabularyError": 2,
    "pipeline.runfolder.ResumeError": 3,
    "pipeline.runfolder.OutputError": 4,
    "pipeline.runner.NoUsableRows": 2,
    "pipeline.screen.terms.ScreenConfigError": 2,
    "pipeline.serve.store.ReviewStoreError": 2,
    "pipeline.stats.inputs.RunInputError": 2,
}
# the base each class had before KoebnerError, which callers may still catch
OLD_BASE = {"DatabaseWriteError": OSError, "ClusterError": ConnectionError,
            "WorkerMismatch": RuntimeError, "FiguresUnavailable": RuntimeError,
            "ResumeError": RuntimeError, "OutputError": RuntimeError}


def _exception_classes() -> dict[str, type]:
    found = {}
    for info in pkgutil.walk_packages(pipeline.__path__, "pipeline."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if (inspect.isclass(value) and issubclass(value, BaseException)
                    and value.__module__ == module.__name__ and value is not KoebnerError):
                found[f"{module.__name__}.{name}"] = value
    return found


def _class(path: str) -> type:
    module, name = path.rsplit(".", 1)
    return getattr(importlib.import_module(module), name)


def test_every_exception_class_of_the_package_is_listed_with_its_code():
    # a new error class must be added here with its documented exit code
    assert sorted(_exception_classes()) == sorted(DOCUMENTED)


@pytest.mark.parametrize("path", sorted(DOCUMENTED))
def test_each_error_is_a_koebner_error_with_its_code_and_keeps_its_old_base(path):
    cls = _class(path)
    assert issubclass(cls, KoebnerError)
    assert cls.exit_code == DOCUMENTED[path]
    assert issubclass(cls, OLD_BASE.get(cls.__name__, ValueError))


@pytest.mark.parametrize(("path", "message"), [
    ("pipeline.ingest.problems.IngestError", "row 7: note_date '31/02/2021' is not a date"),
    ("pipeline.runner.NoUsableRows", "every row of notes.csv was quarantined"),
    ("pipeline.runfolder.ResumeError", "run folder holds parts of another input"),
    ("pipeline.runfolder.OutputError", "cannot write /tmp/run: read-only file system"),
    ("pipeline.db.results.DatabaseWriteError", "PostgreSQL refused the results: permission denied"),
    ("pipeline.engine.ClusterError", "cannot reach the scheduler tcp://127.0.0.1:1"),
    ("pipeline.evaluate.docs_figures.FiguresUnavailable", "docs/evaluation.md does not exist"),
])
def test_run_errors_maps_a_koebner_error_by_its_exit_code(path, message):
    assert run_errors(_class(path)(message)) == (DOCUMENTED[path], message)


def test_a_bug_is_not_mapped_to_a_documented_code():
    assert run_errors(KeyError("note_id")) is None
    assert run_errors(RuntimeError("unexpected state")) is None
    assert run_errors(AttributeError("'NoneType' object has no attribute 'start'")) is None
