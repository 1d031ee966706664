"""Light commands stay light: importing tacitus and the CLI does not load spaCy."""

from __future__ import annotations

import subprocess
import sys


def test_import_tacitus_does_not_load_spacy():
    code = "import sys, tacitus, tacitus.cli, tacitus.ontology; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_pipeline_functions_load_on_first_use():
    code = "import tacitus; f = tacitus.code_text; import sys; print(callable(f), 'spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True True"
