"""Options shared by the commands that fetch (analyze, ingest, watch), turned into config overrides."""

from __future__ import annotations

from typing import Any, Optional

import typer

AllowPrivateOption = typer.Option(
    False, "--allow-private", help="Fetch from private, loopback and link-local addresses (refused by default)."
)
UserAgentOption = typer.Option(None, "--user-agent", metavar="TEXT", help="User-Agent to send (default rasd/VERSION).")
DelayOption = typer.Option(None, "--delay", metavar="SECONDS", min=0.0, help="Pause between requests to one host [1].")
TimeoutOption = typer.Option(
    None, "--timeout", metavar="SECONDS", min=0.1, help="Wait this long for a server to connect or send [20]."
)
ConcurrencyOption = typer.Option(None, "--concurrency", metavar="N", min=1, help="Requests in flight at once [8].")
IgnoreRobotsOption = typer.Option(
    False, "--ignore-robots", help="Do not read robots.txt (only for sites you run or may crawl)."
)

PATHS_HELP = ("Files or folders of pages (.html, .htm, .html.gz, .txt), JSON lines (.jsonl), web archives (.warc, "
              ".warc.gz, .arc), page URLs, feed URLs or files (RSS/Atom), sitemaps, or - for stdin.")


def fetch_overrides(allow_private: bool, user_agent: Optional[str], delay: Optional[float],
                    timeout: Optional[float], concurrency: Optional[int], ignore_robots: bool) -> dict[str, Any]:
    """Config overrides for the fetch options given (None: not given, the configured value stays)."""
    return {
        "allow_private": True if allow_private else None,
        "user_agent": user_agent,
        "fetch_delay": delay,
        "fetch_timeout": timeout,
        "fetch_concurrency": concurrency,
        "respect_robots": False if ignore_robots else None,
    }
