import sys

from tacitus.cli import main

sys.exit(main())
