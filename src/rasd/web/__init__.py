"""The web reader: server-rendered, right-to-left first, Arabic and English interface, no CDN.

Pages are Jinja2 templates with autoescaping on; article text is only ever inserted as escaped text, so
nothing from an ingested page can run. Routes: ``/``, ``/search``, ``/articles/{id}``, ``/entities/{key}``,
``/threads``, ``/threads/{id}``, ``/events/{id}``, ``/ingest``, ``/errors``, and ``/docs`` (the API).
"""
