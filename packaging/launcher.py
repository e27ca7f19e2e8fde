"""Entry point of the frozen program: the same as the career-explorer command.

PyInstaller needs a script, not a package's __main__ with relative imports.
"""

import sys

from explorer.cli import main

if __name__ == "__main__":
    sys.exit(main())
