"""The screenshots of tools/screenshots.py at 1.0×, 1.5× and 2.0× scaling, to look at for
clipped text, blurry icons and overlapping widgets on high-DPI screens.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_dpi.py [OUT_DIR] [--lang es|en]

Each scale runs in its own process (Qt reads ``QT_SCALE_FACTOR`` once, when the application
starts) and writes OUT_DIR/<scale>x/*.png, plus the keyboard-shortcuts sheet.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

SCALES = ("1.0", "1.5", "2.0")
TOOLS = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default="screenshots/out/dpi")
    parser.add_argument("--lang", default="es")
    args = parser.parse_args()
    for scale in SCALES:
        env = {**os.environ, "QT_SCALE_FACTOR": scale, "QT_QPA_PLATFORM": "offscreen"}
        out = Path(args.out) / f"{scale}x"
        command = [sys.executable, str(TOOLS / "screenshots.py"), str(out), "--lang", args.lang]
        subprocess.run(command, env=env, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
