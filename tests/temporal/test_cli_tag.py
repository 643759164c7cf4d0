"""`timeline tag FILE`: table and JSON-lines output, stdin, header-date fallback, clear errors."""

import io
import json

import pytest

from timeline.cli import main


def test_table(seeds_dir, capsys):
    path = next(seeds_dir.glob("003_*.txt"))
    assert main(["tag", str(path), "--reference", "2024-05-05"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["text", "type", "value", "mod", "earliest", "latest", "rule"]
    assert any(line.startswith("nearly seven months ago") and "LESS_THAN" in line for line in out)


def test_json_lines_from_stdin(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("Talks began in May and resume on Tuesday."))
    assert main(["tag", "-", "--reference", "2024-07-14", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["text"], r["value"]) for r in rows] == [("May", "2024-05"), ("Tuesday", "2024-07-09")]


def test_reference_from_header(seeds_dir, capsys):
    path = next(seeds_dir.glob("002_*.txt"))  # header line 'date 2024-07-14'
    assert main(["tag", str(path), "--json"]) == 0
    captured = capsys.readouterr()
    assert "2024-07-14" in captured.err
    values = [json.loads(line)["value"] for line in captured.out.splitlines()]
    assert "2024-07-13" in values  # "yesterday"


def test_no_reference_warns(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("He left on Sunday."))
    assert main(["tag", "-", "--json"]) == 0
    captured = capsys.readouterr()
    assert "unresolved" in captured.err
    assert json.loads(captured.out)["value"] == "XXXX-XX-XX"


@pytest.mark.parametrize("argv", [["tag", "no/such/file.txt"], ["tag", "-", "--reference", "yesterday"]])
def test_errors_exit_2(argv, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("x"))
    assert main(argv) == 2
    assert "error:" in capsys.readouterr().err
