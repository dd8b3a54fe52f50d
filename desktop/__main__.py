"""Entry point for ``python -m desktop``: the same command line as ``ippc-coop``."""

from __future__ import annotations

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
