"""Hand-written overrides: document rules (spec/), templates, runtime modules."""
