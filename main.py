"""Start the kiosk: `python main.py [run|check|screenshot] ...` (see `kiosk --help`)."""

import sys

from kiosk.cli import main

if __name__ == "__main__":
    sys.exit(main())
