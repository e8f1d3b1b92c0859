// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend/ConsoleBackend.h"
#include "simulator/SimulatorSession.h"

#include <QWizard>
#include <QWizardPage>

#include <functional>
#include <memory>

namespace Ui {
class WalkthroughPage;
}
class QComboBox;
class QLineEdit;

namespace scimdesk {

// One step of the walkthrough: what to do in Okta, a button that does it in the simulator, and the check of its
// effect in ScimDesk; the wizard moves on only once the check passes.
class WalkthroughPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WalkthroughPage)

public:
    struct Step
    {
        std::function<QString()> title;
        std::function<QString()> text;
        std::function<void()> perform;
        // Empty when the effect is verified; otherwise what is still missing.
        std::function<QString()> check;
    };

    WalkthroughPage(Step step, QWidget *parent = nullptr);
    ~WalkthroughPage() override;

    void initializePage() override;
    bool isComplete() const override { return m_verified; }
    // Runs the check again (after new data arrived) and shows its outcome.
    void recheck();
    QWidget *fields() const;
    void setBusy(const QString &text);

private:
    const std::unique_ptr<Ui::WalkthroughPage> m_ui;
    Step m_step;
    bool m_verified = false;
    bool m_started = false;
};

// The onboarding walkthrough: for the chosen profile, the seed system's setup guide step by step, each step done
// in the simulator against the embedded listener and its effect verified in the console's data.
class OnboardingWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OnboardingWizard)

public:
    explicit OnboardingWizard(ConsoleBackend &backend, QWidget *parent = nullptr);
    ~OnboardingWizard() override;

    QString directory() const { return m_directory; }

signals:
    void directoryCreated(const QString &name);

private:
    void addStep(WalkthroughPage::Step step);
    void recheck();
    void runSteps(const QList<sim::Step> &steps);
    sim::OktaOrg makeOrg() const;
    QString profile() const;
    QString orgAdmin() const; // the provisioned user holding orgadmin, if any

    ConsoleBackend &m_backend;
    sim::SimulatorSession m_session;
    QComboBox *m_profileCombo = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QString m_directory;
    QByteArray m_token;
    std::optional<DirectoryDetail> m_detail;
    QString m_lastFailure;
};

} // namespace scimdesk
