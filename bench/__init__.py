"""Benchmarks: the kiosk against Qt's and Pillow's own limits, measured in the same run."""
