"""Run the agent's command line: `python -m agent ask ...`."""

import sys

from agent.cli import main

sys.exit(main())
