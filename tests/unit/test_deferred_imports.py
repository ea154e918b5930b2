"""NLTK, which medspaCy's import drags in unused, is imported only when something reads it."""
import subprocess
import sys
from pathlib import Path

from pipeline.deferred_imports import DeferredModule, defer

ROOT = Path(__file__).resolve().parents[2]


def _fresh_python(code: str) -> str:
    # a new interpreter: which modules an import brings in depends on what was imported before
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_loading_the_pipeline_imports_neither_nltk_nor_what_it_imports():
    found = _fresh_python(
        "import sys, pipeline\n"
        "nlp = pipeline.load()\n"
        "doc = nlp('Necrotic eschar of the L thigh at her insulin site.')\n"
        "print(type(sys.modules['nltk']).__name__, 'sklearn' in sys.modules,\n"
        "      sorted({s.label_ for s in doc.spans['koebner']}))")
    assert found == "DeferredModule False ['LESION', 'SITE', 'TRAUMA']"


def test_code_that_reads_nltk_gets_the_real_module():
    # a user's own import, and QuickUMLS's name bound to the stand-in while medspaCy loaded
    found = _fresh_python(
        "import sys, pipeline, medspacy, quickumls.core\n"
        "import nltk\n"
        "from nltk.corpus import stopwords\n"
        "real = sys.modules['nltk']\n"
        "print(type(real).__name__, nltk.corpus is real.corpus, quickumls.core.nltk.corpus is real.corpus,\n"
        "      stopwords.__class__.__name__)")
    assert found == "module True True LazyCorpusLoader"


def test_defer_leaves_imported_or_missing_modules_alone(monkeypatch):
    assert defer("json") is False  # imported already
    assert defer("koebner_no_such_module") is False
    monkeypatch.delitem(sys.modules, "colorsys", raising=False)
    assert defer("colorsys") is True
    stand_in = sys.modules["colorsys"]
    assert isinstance(stand_in, DeferredModule)
    assert stand_in.rgb_to_hsv(1.0, 0.0, 0.0) == (0.0, 1.0, 1.0)  # the first read imports it
    assert not isinstance(sys.modules["colorsys"], DeferredModule)
