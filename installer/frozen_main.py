"""The bundle's entry point (installer/pengaduan.spec): `pengaduan` as installed by pip, plus
what a frozen program needs first."""

import multiprocessing
import sys

from pengaduan_desktop.cli import main

if __name__ == "__main__":
    # `pengaduan demo` starts helper processes ("spawn"): in a frozen program each is this
    # executable again, which must run the helper instead of the command line.
    multiprocessing.freeze_support()
    sys.exit(main())
