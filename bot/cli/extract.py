"""`citebot extract`: show what extraction reads from files, without touching any store."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from bot.cli.core import CliContext, cli, pass_context
from bot.models import Extraction


def extraction_json(extraction: Extraction) -> dict[str, Any]:
    """The JSON shape `citebot extract --json` prints for one document."""
    doc = extraction.document
    return {
        "document": {
            "title": doc.title,
            "publisher": doc.publisher,
            "published": doc.published,
            "url": doc.url,
            "path": doc.path,
        },
        "quotes": [
            {
                "text": q.text,
                "speaker": q.speaker,
                "speaker_role": q.speaker_role,
                "paragraph": q.paragraph,
                "start": q.start,
                "end": q.end,
                "cue": q.cue,
                "kind": q.kind,
            }
            for q in extraction.quotes
        ],
        "facts": [
            {
                "text": f.text,
                "paragraph": f.paragraph,
                "start": f.start,
                "end": f.end,
                "figures": list(f.figures),
                "attributed_to": f.attributed_to,
            }
            for f in extraction.facts
        ],
    }


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _table(extraction: Extraction) -> str:
    doc = extraction.document
    lines = [
        f"{doc.title}",
        "  " + " · ".join(x for x in (doc.publisher, doc.published, doc.url, doc.path) if x),
        "",
        f"Quotes ({len(extraction.quotes)})",
        f"  {'¶':>3}  {'kind':<10} {'speaker':<24} text",
    ]
    for q in extraction.quotes:
        lines.append(
            f"  {q.paragraph:>3}  {q.kind:<10} {_clip(q.speaker, 24):<24} {_clip(q.text, 70)}"
        )
        if q.speaker_role:
            lines.append(f"  {'':>3}  {'':<10} {'':<24} ({_clip(q.speaker_role, 68)})")
    lines += ["", f"Facts ({len(extraction.facts)})", f"  {'¶':>3}  {'figures':<28} text"]
    for f in extraction.facts:
        figures = _clip(", ".join(f.figures), 28)
        lines.append(f"  {f.paragraph:>3}  {figures:<28} {_clip(f.text, 66)}")
        if f.attributed_to:
            lines.append(f"  {'':>3}  {'':<28} — {f.attributed_to}")
    return "\n".join(lines)


@cli.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print JSON (one object per file).")
@pass_context
def extract_command(ctx: CliContext, paths: tuple[Path, ...], as_json: bool) -> None:
    """Extract quotes and facts from files and print them; no store is read or written.

    Plain text, Markdown, HTML and PDF are read; a file that cannot be read is reported on
    stderr and the others go on (exit status 1 if any failed).
    """
    from bot.documents import DocumentError
    from bot.extraction import extract_file

    max_bytes = int(ctx.settings["CITEBOT_MAX_FILE_BYTES"])
    failed = 0
    for number, path in enumerate(paths):
        try:
            extraction = extract_file(path, max_bytes)
        except DocumentError as exc:
            failed += 1
            click.echo(f"error: {exc}", err=True)
            continue
        if as_json:
            indent = 2 if len(paths) == 1 else None
            click.echo(json.dumps(extraction_json(extraction), ensure_ascii=False, indent=indent))
        else:
            if number:
                click.echo("")
            click.echo(_table(extraction))
    if failed:
        sys.exit(1)


__all__ = ["extract_command", "extraction_json"]
