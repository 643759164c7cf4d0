"""examples/negotiations.ipynb runs top to bottom in a fresh kernel, and shows the rich display."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")


def test_notebook_executes(tmp_path: Path) -> None:
    # run in a scratch copy of examples/ so the notebook's outputs land in tmp_path
    shutil.copytree(EXAMPLES / "seeds", tmp_path / "seeds")
    shutil.copy(EXAMPLES / "negotiations.py", tmp_path / "negotiations.py")
    nb = nbformat.read(EXAMPLES / "negotiations.ipynb", as_version=4)
    client = nbclient.NotebookClient(
        nb, kernel_name="python3", timeout=600, resources={"metadata": {"path": str(tmp_path)}}
    )
    client.execute()
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    rich = [o for o in outputs if "text/html" in o.get("data", {}) and "Timeline:" in o["data"]["text/html"]]
    assert rich, "the Timeline's rich display did not show"
    assert "data:image/svg+xml;base64," in rich[0]["data"]["text/html"]
    assert "<table" in rich[0]["data"]["text/html"]
    charts = [o for o in outputs if "image/svg+xml" in o.get("data", {})]
    assert len(charts) >= 3  # the negotiations, sources and conflicts charts
    assert (tmp_path / "output" / "negotiations-notebook.html").exists()
