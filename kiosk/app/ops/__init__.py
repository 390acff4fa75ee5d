"""Running unattended: the log file, status and metrics files, systemd's notifications, and
exceptions and fatal states handled rather than lost."""
