"""Pictures made screen-sized with Pillow, a disk cache of them and preloading; no Qt here."""
