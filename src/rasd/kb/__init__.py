"""The knowledge base: who and what rasd can link a mention to (``kb_id``, ``name_en``), and English names."""
