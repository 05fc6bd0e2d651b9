"""Where this package came from; written by scripts/postprocess.py."""

__api_version__ = "beta"
__spec_sha256__ = "4ce69e044044e69d297c4bc7580d70631c0e676a428e90eeb79b570f9358ba1b"
__generator_version__ = "openapi-python-client 0.29.1"
__server_url__ = "https://dev.dixa.io"
__version__ = "0.1.0+beta.4ce69e044044.e76cd21e"
