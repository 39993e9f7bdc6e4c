"""The core imports nothing from Slack, the CLI or the adapters."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parent.parent / "bot"
CORE = [
    path
    for path in sorted(BOT.rglob("*.py"))
    if path.relative_to(BOT).parts[0] not in {"adapters", "cli", "__main__.py", "wiring.py"}
]
FORBIDDEN = ("slack_bolt", "slack_sdk", "click", "rich", "bot.adapters", "bot.cli", "bot.wiring")


def imported_modules(path: Path) -> set[str]:
    modules: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules.add(node.module)
    return modules


def test_core_modules_are_found() -> None:
    names = {p.relative_to(BOT).as_posix() for p in CORE}
    assert {"models.py", "service.py", "commands.py", "search/ranking.py"} <= names


@pytest.mark.parametrize("path", CORE, ids=lambda p: p.relative_to(BOT).as_posix())
def test_core_module_imports_no_platform(path: Path) -> None:
    bad = {
        module
        for module in imported_modules(path)
        if any(module == f or module.startswith(f + ".") for f in FORBIDDEN)
    }
    assert not bad, f"{path.relative_to(BOT)} imports {sorted(bad)}"
