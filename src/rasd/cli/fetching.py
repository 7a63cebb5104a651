"""The options of the commands that fetch (analyze, ingest, watch), declared once.

:func:`fetch_options` adds them to a command, which receives them as ``fetch`` — config overrides for
:func:`rasd.cli.common.config_for` (None: not given, the configured value stays).
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, Optional

import typer

PATHS_HELP = ("Files or folders of pages (.html, .htm, .html.gz, .txt), JSON lines (.jsonl), web archives (.warc, "
              ".warc.gz, .arc), page URLs, feed URLs or files (RSS/Atom), sitemaps, or - for stdin.")

# (parameter, annotation, option, config setting, value given -> setting value)
_OPTIONS: tuple[tuple[str, Any, Any, str, Callable[[Any], Any]], ...] = (
    ("allow_private", bool, typer.Option(
        False, "--allow-private", help="Fetch from private, loopback and link-local addresses (refused by default)."),
     "allow_private", lambda given: True if given else None),
    ("user_agent", Optional[str], typer.Option(
        None, "--user-agent", metavar="TEXT", help="User-Agent to send (default rasd/VERSION)."),
     "user_agent", lambda given: given),
    ("delay", Optional[float], typer.Option(
        None, "--delay", metavar="SECONDS", min=0.0, help="Pause between requests to one host [1]."),
     "fetch_delay", lambda given: given),
    ("timeout", Optional[float], typer.Option(
        None, "--timeout", metavar="SECONDS", min=0.1, help="Wait this long for a server to connect or send [20]."),
     "fetch_timeout", lambda given: given),
    ("concurrency", Optional[int], typer.Option(
        None, "--concurrency", metavar="N", min=1, help="Requests in flight at once [8]."),
     "fetch_concurrency", lambda given: given),
    ("ignore_robots", bool, typer.Option(
        False, "--ignore-robots", help="Do not read robots.txt (only for sites you run or may crawl)."),
     "respect_robots", lambda given: False if given else None),
)


def fetch_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Give ``command`` the fetch options; it is called with ``fetch=`` the config overrides they make."""
    signature = inspect.signature(command, eval_str=True)
    kept = [p for p in signature.parameters.values() if p.name != "fetch"]
    added = [inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=option, annotation=annotation)
             for name, annotation, option, _, _ in _OPTIONS]

    @functools.wraps(command)
    def with_fetch(*args: Any, **kwargs: Any) -> Any:
        overrides = {setting: convert(kwargs.pop(name)) for name, _, _, setting, convert in _OPTIONS}
        return command(*args, fetch=overrides, **kwargs)

    with_fetch.__signature__ = signature.replace(parameters=kept + added)  # type: ignore[attr-defined]
    return with_fetch
