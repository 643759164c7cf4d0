"""`python -m timeline` runs the command line."""

import sys

from timeline.cli import main

sys.exit(main())
