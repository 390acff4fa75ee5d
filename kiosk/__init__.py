"""Exhibition kiosk: a full-screen, touch-friendly slide tour driven by YAML content packs."""

__version__ = "0.1.0"
