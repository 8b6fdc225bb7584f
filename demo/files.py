"""The data files of the demo content (demo/data/), read with the standard library."""

import tomllib
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def read(name):
    """The TOML file demo/data/<name> as a dict."""
    with open(DATA / name, "rb") as file:
        return tomllib.load(file)
