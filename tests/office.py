"""LibreOffice for the tests that open a written Word file as a reader would (skipped where it is missing)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


def pdf_of(document: Path, folder: Path) -> Path:
    """`document` converted to PDF by LibreOffice in `folder` (its own profile, so runs do not collide)."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        pytest.skip("LibreOffice is not installed (Debian: apt-get install --no-install-recommends "
                    "libreoffice-writer-nogui)")
    subprocess.run([office, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(folder), str(document)],
                   check=True, capture_output=True, timeout=300)
    return folder / (document.stem + ".pdf")
