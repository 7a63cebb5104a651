"""The HTTP API (FastAPI): the same library functions as the CLI, under ``/api/``, with the web reader.

``create_app(config)`` builds the application; ``rasd serve`` runs it.
"""

from rasd.api.app import create_app

__all__ = ["create_app"]
