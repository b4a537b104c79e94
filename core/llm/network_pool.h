#pragma once

#include <QList>

class QNetworkAccessManager;
class QObject;

namespace helios::llm {

// Qt 6.4's QNetworkAccessManager opens at most six HTTP/1.1 connections to one host and queues
// the rest (the setting only arrived in 6.5), so a provider allowed more calls at once than that
// spreads them over several managers, taken in turn. Each keeps its own connections alive.
class NetworkPool
{
public:
    static constexpr int kConnectionsPerManager = 6;

    // The managers are children of parent.
    NetworkPool(int maxConcurrent, QObject *parent);

    QNetworkAccessManager *next();
    int size() const { return static_cast<int>(m_managers.size()); }

private:
    QList<QNetworkAccessManager *> m_managers;
    qsizetype m_next = 0;
};

} // namespace helios::llm
