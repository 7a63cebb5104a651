"""``rasd serve``: the web reader and the HTTP API over the store."""

from __future__ import annotations

import ipaddress
from typing import Optional

import typer

from rasd.cli import app
from rasd.cli.common import DbOption, config_for, err, reasons
from rasd.store import open_store


@app.command()
def serve(
    db: Optional[str] = DbOption,
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (loopback by default)."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
) -> None:
    """Serve the web reader (/) and the HTTP API (/api, docs at /docs) over the store."""
    import uvicorn

    from rasd.api import create_app

    with reasons():
        config = config_for(db)
        open_store(config.db).close()  # fail now, with the reason, if the store cannot be opened
        application = create_app(config)
    if not _loopback(host):
        err.print(f"rasd: warning: listening on {host}: anyone who can reach it can read and add articles",
                  markup=False)
    err.print(f"rasd: serving {config.db} at http://{_display(host)}:{port}/ (API docs at /docs)", markup=False)
    uvicorn.run(application, host=host, port=port, log_level="warning")


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _display(host: str) -> str:
    return f"[{host}]" if ":" in host else host
