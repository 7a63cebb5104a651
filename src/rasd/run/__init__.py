"""Running ingest batches: in this process, over local worker processes, or on a Dask cluster.

:func:`rasd.run.batch.run_ingest` is the entry point; :mod:`rasd.run.worker` is what every worker runs,
:mod:`rasd.run.local` and :mod:`rasd.run.cluster` hand inputs to workers with a bounded window.
"""
