import sys

from tg_archiver.cli import main

sys.exit(main())
