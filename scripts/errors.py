"""The one error type pipeline steps raise: the run stops and the output directory is left as it was."""


class GenerationError(Exception):
    """A pipeline step failed; the output directory was left as it was."""
