#include "core/llm/network_pool.h"

#include <QNetworkAccessManager>

#include <algorithm>

namespace helios::llm {

NetworkPool::NetworkPool(int maxConcurrent, QObject *parent)
{
    const int managers =
        std::max(1, (maxConcurrent + kConnectionsPerManager - 1) / kConnectionsPerManager);
    for (int i = 0; i < managers; ++i)
        m_managers.append(new QNetworkAccessManager(parent));
}

QNetworkAccessManager *NetworkPool::next()
{
    QNetworkAccessManager *manager = m_managers.at(m_next);
    m_next = (m_next + 1) % m_managers.size();
    return manager;
}

} // namespace helios::llm
