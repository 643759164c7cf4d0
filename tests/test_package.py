"""The package imports quickly, exposes its few public names, and its errors form one hierarchy."""

import subprocess
import sys

import pytest

import timeline
from tests.conftest import SEEDS, shared_data_dir


def test_error_names_are_eager():
    for name in timeline.__all__:
        if name.endswith("Error"):
            assert name in vars(timeline)


def test_unknown_attribute():
    with pytest.raises(AttributeError):
        timeline.no_such_thing  # noqa: B018


def test_error_hierarchy():
    assert issubclass(timeline.ReferenceDateError, timeline.InputError)
    assert issubclass(timeline.InputError, timeline.TimelineError)
    assert issubclass(timeline.InputError, ValueError)
    assert issubclass(timeline.UnreadableFileError, OSError)


def test_import_does_not_load_pandas():
    code = "import sys, timeline; print('pandas' in sys.modules, 'altair' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_seeds_are_byte_copies():
    shared = None if shared_data_dir() is None else shared_data_dir().parent.parent / "seeds"
    if shared is None or not shared.is_dir():
        pytest.skip("../shared/seeds not present")
    for src in sorted(shared.glob("*.txt")):
        assert (SEEDS / src.name).read_bytes() == src.read_bytes()
