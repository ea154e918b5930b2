"""Rule folders for annotators: copy the shipped rules (``init``), check them against a schema
and the guidelines' vocabularies (``check``) and run the examples kept beside them (``examples``)."""
from .check import RuleProblem, check_rules
from .examples import ExampleResult, ExamplesError, examples_files, load_examples, run_examples
from .folder import RulesFolderError, init_rules

__all__ = ["RuleProblem", "check_rules", "ExampleResult", "ExamplesError", "examples_files",
           "load_examples", "run_examples", "RulesFolderError", "init_rules"]
