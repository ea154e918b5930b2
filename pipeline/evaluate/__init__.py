"""Scoring a run folder against a gold corpus (contract, "Scoring"), and the NegEx test kit."""
from .metrics import PRF, Accuracy
from .report import EvaluationInputError, EvaluationResult, evaluate_run, write_evaluation
from .run_files import RunFormatError

__all__ = ["PRF", "Accuracy", "EvaluationInputError", "EvaluationResult", "RunFormatError",
           "evaluate_run", "write_evaluation"]
