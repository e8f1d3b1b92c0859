// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimulatorSession.h"

#include <QAtomicInteger>

#include <deque>
#include <memory>

namespace scimdesk::sim {

class SimulatorSession::Worker final : public QObject
{
    Q_OBJECT

public:
    void reset(const OktaOrg &org, const EngineConfig &config)
    {
        m_queue.clear();
        m_engine.reset();
        m_org = org;
        m_engine = std::make_unique<ProvisioningEngine>(m_org, config);
        connect(m_engine.get(), &ProvisioningEngine::actionFinished, this, [this](const ActionResult &r) {
            emit actionFinished(r, m_org);
            next();
        });
        emit orgChanged(m_org);
    }
    void edit(const std::function<void(OktaOrg &)> &change)
    {
        change(m_org);
        emit orgChanged(m_org);
    }
    void enqueue(const QList<Step> &steps)
    {
        m_queue.insert(m_queue.end(), steps.begin(), steps.end());
        if (m_engine && !m_engine->isBusy())
            next();
    }
    int cancel()
    {
        const int dropped = int(m_queue.size());
        m_queue.clear();
        return dropped;
    }

signals:
    void actionFinished(const scimdesk::sim::ActionResult &result, const scimdesk::sim::OktaOrg &org);
    void orgChanged(const scimdesk::sim::OktaOrg &org);

private:
    void next()
    {
        if (m_queue.empty() || !m_engine)
            return;
        const Step step = m_queue.front();
        m_queue.pop_front();
        m_engine->start(step);
    }

    OktaOrg m_org;
    std::unique_ptr<ProvisioningEngine> m_engine;
    std::deque<Step> m_queue;
};

SimulatorSession::SimulatorSession(QObject *parent) : QObject(parent), m_worker(new Worker)
{
    qRegisterMetaType<OktaOrg>();
    qRegisterMetaType<ActionResult>();
    m_thread.setObjectName(QStringLiteral("scimdesk-simulator"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &Worker::orgChanged, this, [this](const OktaOrg &org) {
        m_org = org;
        emit orgChanged(m_org);
    });
    connect(m_worker, &Worker::actionFinished, this, [this](const ActionResult &r, const OktaOrg &org) {
        m_org = org;
        m_pending = std::max(0, m_pending - 1);
        ++m_done;
        emit actionFinished(r);
        emit orgChanged(m_org);
        emit progress(m_done, m_total);
        if (m_pending == 0)
            emit finished(false);
    });
    m_thread.start();
}

SimulatorSession::~SimulatorSession()
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->cancel(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SimulatorSession::reset(const OktaOrg &org, const EngineConfig &config)
{
    m_pending = m_total = m_done = 0;
    m_org = org;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, org, config] { w->reset(org, config); }, Qt::QueuedConnection);
}

void SimulatorSession::edit(std::function<void(OktaOrg &)> change)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, change = std::move(change)] { w->edit(change); }, Qt::QueuedConnection);
}

void SimulatorSession::run(const QList<Step> &steps)
{
    if (steps.isEmpty())
        return;
    if (m_pending == 0)
        m_total = m_done = 0;
    m_pending += int(steps.size());
    m_total += int(steps.size());
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, steps] { w->enqueue(steps); }, Qt::QueuedConnection);
}

void SimulatorSession::cancel()
{
    int dropped = 0;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, &dropped] { dropped = w->cancel(); }, Qt::BlockingQueuedConnection);
    m_pending -= dropped;
    m_total -= dropped;
    if (m_pending == 0)
        emit finished(true);
}

QStringList SimulatorSession::addPeople(OktaOrg &org, int count, const QString &prefix, const QString &domain)
{
    QStringList logins;
    int n = 0;
    for (int added = 0; added < count;) {
        ++n;
        const QString login = prefix + QString::number(n) + u'@' + domain;
        if (org.person(login))
            continue;
        Person p;
        p.oktaId = OktaOrg::newOktaUserId();
        p.login = login;
        p.email = login;
        p.firstName = prefix;
        p.lastName = QString::number(n);
        org.people.append(p);
        logins.append(login);
        ++added;
    }
    return logins;
}

} // namespace scimdesk::sim

#include "SimulatorSession.moc"
