"""The PostgreSQL tests skip on a laptop without a server and fail in CI, which requires them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEEDS_SERVER = """
from tests.pg import pg_schema_urls  # noqa: F401


def test_uses_a_schema(pg_schema_urls):
    assert pg_schema_urls()
"""


def _run_pytest(tmp_path: Path, **environ: str) -> subprocess.CompletedProcess[str]:
    test_file = tmp_path / "test_needs_pg.py"
    test_file.write_text(NEEDS_SERVER)
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("CITEBOT_")},
        "PYTHONPATH": str(ROOT),
        # Nothing listens on port 1: the refusal is immediate.
        "CITEBOT_TEST_POSTGRES_URL": "postgresql://postgres@127.0.0.1:1/test",
        **environ,
    }
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-rs", "-p", "no:cacheprovider", str(test_file)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_without_a_server_the_postgres_tests_skip_saying_why(tmp_path: Path) -> None:
    run = _run_pytest(tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "1 skipped" in run.stdout
    assert "PostgreSQL is unreachable at postgresql://postgres@127.0.0.1:1/test" in run.stdout


def test_ci_requires_the_server(tmp_path: Path) -> None:
    run = _run_pytest(tmp_path, CITEBOT_REQUIRE_POSTGRES="1")
    assert run.returncode != 0
    assert "1 error" in run.stdout and "skipped" not in run.stdout
    assert "CITEBOT_REQUIRE_POSTGRES is set, so the PostgreSQL tests must run" in run.stdout


def test_ci_script_requires_postgres_and_runs_make_test() -> None:
    script = (ROOT / ".ci" / "run").read_text()
    assert "export CITEBOT_REQUIRE_POSTGRES=1" in script
    assert "export CITEBOT_TEST_POSTGRES_URL=" in script
    assert script.rstrip().endswith("make test")
