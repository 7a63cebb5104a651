"""``python -m rasd.schema``: rewrite article.schema.json from the records in rasd.model."""

from rasd.schema import write_schema

print(f"wrote {write_schema()}")
