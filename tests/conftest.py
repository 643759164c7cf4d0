"""Shared fixtures: where the repository, the examples and the (optional) shared data live."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SEEDS = EXAMPLES / "seeds"


def shared_data_dir() -> Path | None:
    """The TempEval-3 data: $TIMELINE_DATA, else ../shared/data/tempeval3 beside the repo."""
    env = os.environ.get("TIMELINE_DATA")
    candidates = [Path(env)] if env else []
    candidates.append(ROOT.parent / "shared" / "data" / "tempeval3")
    for c in candidates:
        if c.is_dir():
            return c
    return None


@pytest.fixture(scope="session")
def tempeval_dir() -> Path:
    d = shared_data_dir()
    if d is None:
        pytest.skip("TempEval-3 data not found (set TIMELINE_DATA or place it at ../shared/data/tempeval3)")
    return d


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS
