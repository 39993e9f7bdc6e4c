"""Ingest: files, folders and globs; no-ops, replacements, skips, crashes and concurrent search."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

from click.testing import CliRunner

from bot.cli import cli
from bot.ingest import expand
from bot.service import Citebot
from bot.store.sqlite import SQLiteStore
from tests.conftest import WIKINEWS

ROOT = Path(__file__).parent.parent


def _cli(db: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["--db", f"sqlite:///{db}", *args])
    return result.exit_code, result.stdout


def test_folders_globs_and_missing_paths(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("One\n\n“Alpha beta,” said Ann Lee.\n")
    (tmp_path / "a" / "one.txt.meta.json").write_text('{"publisher": "P"}')
    (tmp_path / "a" / ".hidden.txt").write_text("x")
    (tmp_path / "b.txt").write_text("Two\n\nText.\n")
    files, missing = expand([str(tmp_path / "a"), str(tmp_path / "*.txt"), "nope.txt", "z*.q"])
    assert [f.name for f in files] == ["one.txt", "b.txt"]
    assert [(m.path, m.reason) for m in missing] == [
        ("nope.txt", "no such file or folder"),
        ("z*.q", "no file matches"),
    ]


def test_cli_ingest_summary_json_then_unchanged(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    code, out = _cli(db, "ingest", str(WIKINEWS / "*news*.txt"), "--json")
    assert code == 0
    summary = json.loads(out)
    assert summary["documents"] == summary["added"] > 20
    assert summary["quotes"] > 0 and summary["facts"] > 0 and summary["skipped"] == []
    code, out = _cli(db, "ingest", str(WIKINEWS / "*news*.txt"), "--json")
    again = json.loads(out)
    assert again["documents"] == 0 and again["unchanged"] == summary["added"]


def test_cli_ingest_skips_with_reasons_and_goes_on(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text("Good\n\n“All fine here,” said Ann Lee.\n")
    (tmp_path / "in" / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    code, out = _cli(db, "ingest", str(tmp_path / "in"), str(tmp_path / "gone.txt"))
    assert code == 0
    assert "1 document(s) ingested" in out
    assert "binary.txt" in out and "gone.txt: no such file or folder" in out
    binary_line = next(line for line in out.splitlines() if "binary.txt" in line)
    assert binary_line.count("binary.txt") == 1, binary_line  # the file named once
    assert "binary" in binary_line.split("binary.txt", 1)[1]
    code, out = _cli(db, "ingest", str(tmp_path / "gone.txt"))
    assert code == 1


def test_cli_sources_and_remove(tmp_path: Path) -> None:
    db = tmp_path / "e.db"
    doc = tmp_path / "doc.txt"
    doc.write_text("Doc\n\n“We will build forty new bridges,” said Jane Roe.\n")
    _cli(db, "ingest", str(doc))
    code, out = _cli(db, "sources", "--json")
    rows = json.loads(out)
    assert code == 0 and rows[0]["path"] == str(doc.resolve()) and rows[0]["quotes"] == 1
    code, out = _cli(db, "search", "forty bridges", "--json")
    assert json.loads(out)["results"][0]["speaker"] == "Jane Roe"
    code, out = _cli(db, "remove", str(doc), "--json")
    assert code == 0 and json.loads(out) == {"removed": {str(doc): True}}
    code, out = _cli(db, "search", "forty bridges", "--json")
    assert json.loads(out)["results"] == []
    code, out = _cli(db, "remove", "12345")
    assert code == 1 and "not in the store: 12345" in out
    assert "No documents yet" in _cli(db, "sources")[1]


def test_changed_file_replaces_the_old_version(tmp_path: Path) -> None:
    bot = Citebot(SQLiteStore(tmp_path / "f.db"))
    doc = tmp_path / "v.txt"
    doc.write_text("V\n\n“The old figure is forty bridges,” said Jane Roe.\n")
    assert bot.ingest([str(doc)]).documents == 1
    doc.write_text("V\n\n“The new figure is fifty bridges,” said Jane Roe.\n")
    summary = bot.ingest([str(doc)])
    assert [o.status for o in summary.outcomes] == ["updated"]
    texts = [m.snippet.text for m in bot.ask("figure bridges").matches]
    assert any("fifty" in t for t in texts) and not any("forty" in t for t in texts)


def test_sidecar_change_reingests(tmp_path: Path) -> None:
    bot = Citebot(SQLiteStore(tmp_path / "g.db"))
    doc = tmp_path / "s.txt"
    doc.write_text("S\n\n“Words,” said Ann Lee.\n")
    bot.ingest([str(doc)])
    (tmp_path / "s.txt.meta.json").write_text('{"publisher": "The Paper"}')
    assert [o.status for o in bot.ingest([str(doc)]).outcomes] == ["updated"]
    assert bot.store.sources()[0].document.publisher == "The Paper"


CRASH = """
import os, sys
from pathlib import Path
from bot.service import Citebot
from bot.store.sqlite import SQLiteStore
store = SQLiteStore(sys.argv[1])
bot = Citebot(store)
def die(statement):
    if statement.lstrip().upper().startswith("INSERT INTO SNIPPETS"):
        os._exit(17)  # the process dies mid-transaction: no rollback, no cleanup
store._db.set_trace_callback(die)
bot.ingest([sys.argv[2]])
"""


def test_crash_mid_ingest_leaves_the_old_version_whole(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    doc = tmp_path / "c.txt"
    doc.write_text("C\n\n“The old version has forty bridges,” said Jane Roe.\n")
    bot = Citebot(SQLiteStore(db))
    bot.ingest([str(doc)])
    before = [(s.id, s.text) for s in bot.store.iter_snippets()]
    counts = bot.store.counts()
    doc.write_text("C\n\n“The new version has fifty bridges,” said Jane Roe.\n")
    run = subprocess.run(
        [sys.executable, "-c", CRASH, str(db), str(doc)],
        cwd=ROOT,
        capture_output=True,
        timeout=60,
    )
    assert run.returncode == 17, run.stderr
    after = Citebot(SQLiteStore(db))
    assert [(s.id, s.text) for s in after.store.iter_snippets()] == before
    assert after.store.counts() == counts
    assert "forty" in after.ask("version bridges").matches[0].snippet.text
    # and the next ingest completes the update
    assert [o.status for o in after.ingest([str(doc)]).outcomes] == ["updated"]
    assert "fifty" in after.ask("version bridges").matches[0].snippet.text


def test_search_while_another_thread_ingests(tmp_path: Path) -> None:
    db = tmp_path / "i.db"
    seed = Citebot(SQLiteStore(db))
    seed.load_sample()
    files = sorted(WIKINEWS.glob("*.txt"))
    problems: list[str] = []
    searches = 0
    done = threading.Event()

    def ingest() -> None:
        writer = Citebot(SQLiteStore(db))
        try:
            for start in range(0, len(files), 6):
                writer.ingest([str(path) for path in files[start : start + 6]])
        except Exception as exc:  # pragma: no cover - reported below
            problems.append(f"ingest: {exc!r}")
        finally:
            done.set()

    def search() -> None:
        nonlocal searches
        reader = Citebot(SQLiteStore(db))
        while not done.is_set() or searches < 5:
            try:
                result = reader.ask("middle corridor capacity", kind="fact")
                if "six million" not in result.matches[0].snippet.text:
                    problems.append("wrong answer during ingest")
                reader.ask("iodine deficiency pregnant women")
            except Exception as exc:  # pragma: no cover - reported below
                problems.append(f"search: {exc!r}")
                return
            searches += 1

    threads = [threading.Thread(target=ingest), threading.Thread(target=search)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert problems == []
    assert searches >= 5
    final = Citebot(SQLiteStore(db)).ask("iodine deficiency pregnant women")
    assert final.confident and "iodine" in final.matches[0].snippet.citation.path


SEARCHER = """
import sys, time
from bot.service import Citebot
from bot.store.sqlite import SQLiteStore
bot = Citebot(SQLiteStore(sys.argv[1]))
answers = set()
deadline = time.time() + 60
while time.time() < deadline:
    best = bot.ask("middle corridor capacity", kind="fact").matches[0].snippet.text
    answers.add("six million" in best)
    if bot.ask("iodine deficiency pregnant women").confident:
        break
print(sorted(answers), flush=True)
"""


def test_search_in_another_process_while_ingesting(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    Citebot(SQLiteStore(db)).load_sample()
    searcher = subprocess.Popen(
        [sys.executable, "-c", SEARCHER, str(db)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    writer = Citebot(SQLiteStore(db))
    for path in sorted(WIKINEWS.glob("*.txt")):
        writer.ingest([str(path)])
    out, err = searcher.communicate(timeout=90)
    assert searcher.returncode == 0, err
    assert out.strip() == "[True]"
