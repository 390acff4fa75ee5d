"""The Shandong pack's illustrations, drawn as SVG by tools/make_pictures.py."""
