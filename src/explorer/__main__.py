"""python -m explorer: the same as the career-explorer command."""

import sys

from .cli import main

sys.exit(main())
