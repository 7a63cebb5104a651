"""The ``rasd`` command: thin commands over the library functions in :mod:`rasd.service` and friends.

Exit codes, for every command:
  0  the command did its job for every input;
  1  some inputs failed (each is reported with its reason; the others were processed and stored);
  2  the command could not run at all (bad arguments, the store cannot be opened, a misconfigured pipeline).
"""

from __future__ import annotations

import importlib

import typer

from rasd import __version__

app = typer.Typer(
    name="rasd",
    help="rasd (رصد): Arabic-first news intelligence. Read news pages into structured, linked, searchable records.\n\n"
    "Exit codes: 0 all inputs done; 1 some inputs failed (reported with reasons, the rest done); "
    "2 the command could not run (bad arguments, store or pipeline errors).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

# Each module adds its commands to ``app``; one line per module keeps features out of each other's way.
COMMAND_MODULES = ("rasd.cli.articles", "rasd.cli.serve", "rasd.cli.tag", "rasd.cli.kb", "rasd.cli.events",
                   "rasd.cli.watch", "rasd.cli.search", "rasd.cli.migrate")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"rasd {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
) -> None:
    """rasd (رصد): Arabic-first news intelligence."""


for _module in COMMAND_MODULES:
    importlib.import_module(_module)


def main() -> None:
    app()
