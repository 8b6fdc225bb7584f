"""Test settings for the install a subprocess of tests/operations runs: its own database
(DATABASE_URL) and its own media folder (MEDIA_ROOT), both from the environment."""

import os
from pathlib import Path

from config.settings.test import *  # noqa: F403

MEDIA_ROOT = Path(os.environ["MEDIA_ROOT"])
