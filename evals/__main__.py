"""`python -m evals` builds the bank (see evals.build)."""

import sys

from evals.build import main

sys.exit(main())
