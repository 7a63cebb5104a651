"""rasd (رصد): Arabic-first news intelligence.

The Python API offers the same verbs as the command line::

    import rasd
    article = rasd.analyze_path("page.txt")            # read and analyze one input, no store
    article = rasd.analyze_url("https://...")          # fetch politely and analyze one page
    with rasd.open_store("rasd.db") as store:
        report = rasd.ingest(["pages/"], store)         # read, analyze and store many
        print(store.get(report.stored[0]).headline)
"""

__version__ = "0.1.0"

from rasd.service import analyze_path, analyze_text, analyze_url, ingest, open_store  # noqa: E402

__all__ = ["__version__", "analyze_path", "analyze_text", "analyze_url", "ingest", "open_store"]
