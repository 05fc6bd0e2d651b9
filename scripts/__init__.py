"""The regeneration pipeline: fetch -> normalize -> generate -> post-process -> verify."""
