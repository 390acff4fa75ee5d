"""Keep QML off the network: every request that is not for a local file is refused."""

from __future__ import annotations

import logging

from PySide6.QtCore import QIODevice, QObject, QUrl
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest
from PySide6.QtQml import QQmlNetworkAccessManagerFactory

log = logging.getLogger(__name__)

LOCAL_SCHEMES = frozenset({"file", "qrc", "data"})
# Where refused requests are sent instead: a local path that cannot exist.
REFUSED = QUrl("file:///nonexistent/kiosk-refused-a-network-request")


class OfflineNetworkAccessManager(QNetworkAccessManager):
    """A network access manager that serves local files and refuses everything else."""

    def createRequest(self, operation: QNetworkAccessManager.Operation,
                      request: QNetworkRequest, data: QIODevice | None = None) -> QNetworkReply:
        if request.url().scheme().lower() in LOCAL_SCHEMES:
            return super().createRequest(operation, request, data)
        log.warning("refused to fetch %s: the kiosk never uses the network",
                    request.url().toDisplayString())
        return super().createRequest(operation, QNetworkRequest(REFUSED), data)


class OfflineNetworkFactory(QQmlNetworkAccessManagerFactory):
    """Gives every QML engine thread an OfflineNetworkAccessManager."""

    def create(self, parent: QObject) -> QNetworkAccessManager:
        return OfflineNetworkAccessManager(parent)
