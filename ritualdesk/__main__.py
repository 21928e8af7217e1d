"""`python -m ritualdesk`: the command line (the desktop app starts from `ritualdesk`)."""

import sys

from .cli import main

sys.exit(main())
