"""``rasd tag``: tag tokens with the shipped NER model (CoNLL in, CoNLL out)."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from rasd.cli import app
from rasd.cli.common import fail, reasons
from rasd.ner.conll import read_conll, write_conll
from rasd.ner.tagger import Tagger


@app.command()
def tag(
    path: str = typer.Argument(..., metavar="FILE", help="CoNLL file: one token per line (first column; other "
                               "columns are ignored), blank lines between sentences; - for stdin."),
    fmt: str = typer.Option("conll", "--format", help="Input and output format; only conll for now."),
) -> None:
    """Tag named entities: writes token<TAB>BIO-tag lines (ANERcorp tags PERS, LOC, ORG, MISC) in the same layout."""
    if fmt != "conll":
        raise fail(f"--format {fmt!r} is not supported (use conll)")
    try:
        handle = sys.stdin if path == "-" else Path(path).open(encoding="utf-8-sig")
    except OSError as exc:
        raise fail(f"cannot read {path}: {exc.strerror or exc}") from None
    with handle, reasons():
        sentences = [[row[0] for row in sentence] for sentence in read_conll(handle)]
        tags = Tagger.load().tag(sentences)
    write_conll(sys.stdout, zip(sentences, tags))
