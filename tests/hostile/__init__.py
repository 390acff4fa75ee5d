"""The hostile-pack catalogue: broken and malicious packs and what the kiosk says of each."""
