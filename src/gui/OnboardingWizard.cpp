// SPDX-FileCopyrightText: 2026 ScimDesk developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OnboardingWizard.h"

#include "access/Profile.h"
#include "access/Roles.h"
#include "ui_WalkthroughPage.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QLineEdit>

namespace scimdesk {

WalkthroughPage::WalkthroughPage(Step step, QWidget *parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::WalkthroughPage>()), m_step(std::move(step))
{
    m_ui->setupUi(this);
    m_ui->walkDoButton->setIcon(QIcon(QStringLiteral(":/icons/start.svg")));
    m_ui->walkDoButton->setText(tr("Do it in the simulator"));
    connect(m_ui->walkDoButton, &QPushButton::clicked, this, [this] {
        m_started = true;
        m_ui->walkDoButton->setEnabled(false);
        setBusy(tr("Working…"));
        m_step.perform();
        recheck();
    });
}

WalkthroughPage::~WalkthroughPage() = default;

QWidget *WalkthroughPage::fields() const
{
    return m_ui->walkFields;
}

void WalkthroughPage::initializePage()
{
    setTitle(m_step.title());
    if (const QWizard *w = wizard())
        setSubTitle(tr("Step %1 of %2").arg(w->pageIds().indexOf(w->currentId()) + 1).arg(w->pageIds().size()));
    m_ui->walkTextLabel->setText(m_step.text());
    m_started = false;
    m_verified = false;
    m_ui->walkDoButton->setEnabled(true);
    m_ui->walkStatusLabel->setText(tr("Not done yet."));
    recheck();
}

void WalkthroughPage::setBusy(const QString &text)
{
    m_ui->walkStatusLabel->setText(text);
}

void WalkthroughPage::recheck()
{
    const QString missing = m_step.check();
    const bool verified = missing.isEmpty();
    if (verified) {
        m_ui->walkStatusLabel->setText(tr("<b>✔ Verified in ScimDesk.</b> Continue with Next."));
        m_ui->walkDoButton->setEnabled(false);
    } else if (m_started) {
        m_ui->walkStatusLabel->setText(tr("Waiting for ScimDesk to see it: %1").arg(missing));
    }
    if (verified != m_verified) {
        m_verified = verified;
        emit completeChanged();
    }
}

OnboardingWizard::OnboardingWizard(ConsoleBackend &backend, QWidget *parent) : QWizard(parent), m_backend(backend)
{
    setWindowTitle(tr("Onboarding walkthrough"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(720, 520);

    using Step = WalkthroughPage::Step;
    auto title = [this] { return Profile::byName(profile()).title; };

    // 1. The directory: what "enable SCIM provisioning" creates in the application.
    addStep(Step{
        [] { return tr("Enable SCIM provisioning"); },
        [title] {
            return tr("In %1, SCIM provisioning is enabled by creating a security integration: a SCIM base URL and a "
                      "bearer token for Okta. Choose the system you connect and a name; ScimDesk creates the "
                      "directory and starts its listener.")
                .arg(title());
        },
        [this] {
            DirectoryAdmin::NewDirectory spec;
            spec.name = m_nameEdit->text().trimmed();
            spec.profile = profile();
            m_directory = spec.name;
            if (!m_backend.listenerStatus().running)
                m_backend.startListener(ListenerConfig{});
            m_backend.createDirectory(spec);
        },
        [this] {
            if (m_directory.isEmpty())
                return tr("no directory yet");
            if (!m_detail || m_detail->summary.record.name != m_directory)
                return m_lastFailure.isEmpty() ? tr("directory %1 not created yet").arg(m_directory) : m_lastFailure;
            if (!m_backend.listenerStatus().running)
                return tr("the listener is not running");
            if (m_token.isEmpty())
                return tr("the token has not been issued yet");
            return QString();
        }});
    // The first page also asks which system and which name.
    auto *first = qobject_cast<WalkthroughPage *>(page(0));
    auto *form = new QFormLayout(first->fields());
    m_profileCombo = new QComboBox(first);
    m_profileCombo->setObjectName(QStringLiteral("walkProfileCombo"));
    m_profileCombo->setAccessibleName(tr("System to connect"));
    for (const QString &name : Profile::names())
        m_profileCombo->addItem(Profile::byName(name).title, name);
    m_profileCombo->setCurrentIndex(m_profileCombo->findData(QStringLiteral("deltastream")));
    m_nameEdit = new QLineEdit(first);
    m_nameEdit->setObjectName(QStringLiteral("walkDirectoryEdit"));
    m_nameEdit->setAccessibleName(tr("Directory name"));
    m_nameEdit->setText(
        QStringLiteral("onboarding-%1").arg(QDateTime::currentDateTime().toString(QStringLiteral("MMddHHmm"))));
    form->addRow(tr("System"), m_profileCombo);
    form->addRow(tr("Directory name"), m_nameEdit);
    connect(m_profileCombo, &QComboBox::currentIndexChanged, first, &WalkthroughPage::initializePage);

    // 2. The Okta side: the app, its attribute and the assignment and push groups.
    addStep(Step{
        [this] {
            return profile() == QLatin1StringView("deltastream") ? tr("Create the OrgAdmin attribute and the groups")
                                                                 : tr("Create the app and its groups in Okta");
        },
        [this] {
            if (profile() == QLatin1StringView("deltastream")) {
                return tr("In Okta's Profile Editor, add the boolean attribute <b>deltastreamOrgadmin</b> to the app "
                          "user profile. Create the assignment groups <b>DeltaStream OrgAdmins</b> (the attribute set "
                          "to true) and <b>DeltaStream Users</b>, and a group <b>development</b> to push later.");
            }
            return tr("Add the %1 app in Okta and create the groups you will assign to it (and, where %1 supports "
                      "it, a group <b>development</b> to push).")
                .arg(Profile::byName(profile()).title);
        },
        [this] {
            sim::EngineConfig config;
            config.baseUrl = m_backend.baseUrl(m_directory);
            config.token = m_token;
            m_session.reset(makeOrg(), config);
        },
        [this] {
            return m_session.org().groups.isEmpty() ? tr("the simulated Okta org has no groups yet") : QString();
        }});

    // 3. The security integration: base URL and token entered, connection tested.
    addStep(Step{[] { return tr("Configure the security integration"); },
                 [this] {
                     return tr("In the app's Provisioning &gt; Integration, enable API integration: SCIM connector "
                               "base URL <tt>%1</tt>, authentication mode HTTP Header, the bearer token. Then <b>Test "
                               "Connector Configuration</b>: Okta sends GET /Users?startIndex=1&amp;count=2.")
                         .arg(m_backend.baseUrl(m_directory).toHtmlEscaped());
                 },
                 [this] {
                     sim::Step s;
                     s.action = QStringLiteral("testConnection");
                     runSteps({s});
                 },
                 [this] {
                     if (!m_detail || m_detail->checklist.isEmpty() ||
                         m_detail->checklist.first().state != ChecklistItem::State::Done)
                         return m_lastFailure.isEmpty() ? tr("no connection test seen yet") : m_lastFailure;
                     return QString();
                 }});

    // 4. The provisioning options.
    addStep(Step{[] { return tr("Set the provisioning options"); },
                 [this] {
                     const Profile &pr = Profile::byName(profile());
                     return tr("Under To App, enable <b>Create Users</b>, <b>Update User Attributes</b> and "
                               "<b>Deactivate Users</b>; leave Sync Password off. Import Groups: <b>%1</b>. Push "
                               "Groups: <b>%2</b>.")
                         .arg(pr.importGroups ? tr("on") : tr("off"), pr.pushGroups ? tr("on") : tr("off"));
                 },
                 [this] {
                     const Profile &pr = Profile::byName(profile());
                     const bool importGroups = pr.importGroups;
                     const bool pushGroups = pr.pushGroups;
                     m_session.edit([importGroups, pushGroups](sim::OktaOrg &org) {
                         org.settings.createUsers = true;
                         org.settings.updateUserAttributes = true;
                         org.settings.deactivateUsers = true;
                         org.settings.syncPassword = false;
                         org.settings.importGroups = importGroups;
                         org.settings.pushGroups = pushGroups;
                     });
                 },
                 [this] {
                     const sim::AppSettings &s = m_session.org().settings;
                     const Profile &pr = Profile::byName(profile());
                     if (!s.createUsers || !s.updateUserAttributes || !s.deactivateUsers || s.syncPassword ||
                         s.importGroups != pr.importGroups || s.pushGroups != pr.pushGroups)
                         return tr("the simulated app's options do not match yet");
                     return QString();
                 }});

    // 5. Assign people.
    addStep(Step{[] { return tr("Assign people"); },
                 [this] {
                     return tr("Assign the groups to the app (Assignments &gt; Assign to Groups). Okta checks each "
                               "user with a userName filter, then creates it.%1")
                         .arg(profile() == QLatin1StringView("deltastream")
                                  ? tr(" Members of DeltaStream OrgAdmins are sent with deltastreamOrgadmin: true and "
                                       "become orgadmin.")
                                  : QString());
                 },
                 [this] {
                     QList<sim::Step> steps;
                     // Every group but the one to push is an assignment group.
                     for (const sim::Group &g : m_session.org().groups) {
                         if (g.name == QLatin1StringView("development"))
                             continue;
                         sim::Step s;
                         s.action = QStringLiteral("assignGroup");
                         s.group = g.name;
                         steps.append(s);
                     }
                     runSteps(steps);
                 },
                 [this] {
                     if (!m_detail || m_detail->users.size() < 3)
                         return m_lastFailure.isEmpty() ? tr("the people have not all arrived yet") : m_lastFailure;
                     if (profile() == QLatin1StringView("deltastream") && orgAdmin().isEmpty())
                         return tr("no user holds orgadmin yet");
                     return QString();
                 }});

    // 6. Push a group (or, without groups, deactivate and reactivate).
    addStep(Step{
        [this] { return Profile::byName(profile()).pushGroups ? tr("Push a group") : tr("Keep Push Groups off"); },
        [this] {
            const Profile &pr = Profile::byName(profile());
            if (!pr.pushGroups)
                return tr("%1 does not support groups. Leave Push Groups off; ScimDesk refuses group "
                          "requests with a message saying so. Check that deactivation and reactivation "
                          "work instead.")
                    .arg(pr.title);
            if (pr.groups == Profile::GroupPolicy::CustomRole)
                return tr("In Push Groups, push <b>development</b>. DeltaStream creates a custom role of the "
                          "same name, with no privileges yet.");
            return tr("In Push Groups, push <b>development</b>; it appears as a group in %1.").arg(pr.title);
        },
        [this] {
            sim::Step s;
            if (Profile::byName(profile()).pushGroups) {
                s.action = QStringLiteral("pushGroup");
                s.group = QStringLiteral("development");
                runSteps({s});
            } else {
                const QString person = m_session.org().people.last().login;
                s.action = QStringLiteral("deactivatePerson");
                s.person = person;
                sim::Step back = s;
                back.action = QStringLiteral("reactivatePerson");
                runSteps({s, back});
            }
        },
        [this] {
            if (!m_detail)
                return tr("no data yet");
            const Profile &pr = Profile::byName(profile());
            if (!pr.pushGroups) {
                const bool journaled =
                    std::any_of(m_detail->checklist.begin(), m_detail->checklist.end(), [](const ChecklistItem &c) {
                        return c.text.contains(u"Deactivate") && c.state == ChecklistItem::State::Done;
                    });
                return journaled ? QString() : tr("no deactivation seen yet");
            }
            if (pr.groups == Profile::GroupPolicy::CustomRole) {
                const RoleView *role = m_detail->access.role(QStringLiteral("development"));
                if (!role)
                    return tr("the role development does not exist yet");
                if (!role->privileges.isEmpty())
                    return tr("the role development should start with no privileges");
                return QString();
            }
            for (const GroupRow &g : m_detail->groups) {
                if (g.name == QLatin1StringView("development"))
                    return QString();
            }
            return tr("the group development has not arrived yet");
        }});

    // 7. Give the new role (or group) a privilege, as the application's admin.
    addStep(Step{[this] {
                     const Profile &pr = Profile::byName(profile());
                     if (!pr.pushGroups)
                         return tr("Deactivate a person");
                     return pr.groups == Profile::GroupPolicy::CustomRole ? tr("Grant the new role a privilege")
                                                                          : tr("Assign a role to the group");
                 },
                 [this] {
                     const Profile &pr = Profile::byName(profile());
                     if (!pr.pushGroups)
                         return tr("Unassigning or deactivating a person in Okta revokes their role in %1 and keeps "
                                   "the account.")
                             .arg(pr.title);
                     if (pr.groups == Profile::GroupPolicy::CustomRole)
                         return tr("Change your current role to <b>orgadmin</b> and grant <b>development</b> the "
                                   "privilege CREATE_DATABASE (Role Mappings). Only holders of MANAGE_GRANTS may.");
                     return tr("Assign the role <b>sysadmin</b> to the group <b>development</b>; its members hold it.");
                 },
                 [this] {
                     const Profile &pr = Profile::byName(profile());
                     if (!pr.pushGroups) {
                         sim::Step s;
                         s.action = QStringLiteral("deactivatePerson");
                         s.person = m_session.org().people.first().login;
                         runSteps({s});
                     } else if (pr.groups == Profile::GroupPolicy::CustomRole) {
                         m_backend.grant(m_directory, QStringLiteral("development"), QStringLiteral("CREATE_DATABASE"),
                                         {orgAdmin(), QString(Roles::OrgAdmin)});
                     } else {
                         m_backend.assignRole(
                             m_directory, QString(Roles::SysAdmin), QStringLiteral("development"),
                             {orgAdmin().isEmpty() ? QString(AccessModel::BootstrapAdmin) : orgAdmin(), {}});
                     }
                 },
                 [this] {
                     if (!m_detail)
                         return tr("no data yet");
                     const Profile &pr = Profile::byName(profile());
                     if (!pr.pushGroups) {
                         const QString login = m_session.org().people.first().login;
                         for (const UserRow &u : m_detail->users) {
                             if (u.userName.compare(login, Qt::CaseInsensitive) == 0)
                                 return u.status != QLatin1StringView("active") && u.roles.isEmpty()
                                            ? QString()
                                            : tr("%1 still holds a role").arg(login);
                         }
                         return tr("%1 is not provisioned").arg(login);
                     }
                     if (pr.groups == Profile::GroupPolicy::CustomRole) {
                         const RoleView *role = m_detail->access.role(QStringLiteral("development"));
                         return role && role->privileges.contains(QStringLiteral("CREATE_DATABASE"))
                                    ? QString()
                                    : (m_lastFailure.isEmpty() ? tr("the grant has not been seen yet") : m_lastFailure);
                     }
                     const RoleView *role = m_detail->access.role(QString(Roles::SysAdmin));
                     return role && !role->holders.isEmpty()
                                ? QString()
                                : (m_lastFailure.isEmpty() ? tr("no member holds sysadmin yet") : m_lastFailure);
                 }});

    connect(&m_backend, &ConsoleBackend::tokenIssued, this, [this](const QString &directory, const QByteArray &token) {
        if (directory != m_directory)
            return;
        m_token = token;
        emit directoryCreated(directory);
        m_backend.loadDirectory(directory);
    });
    connect(&m_backend, &ConsoleBackend::directoryLoaded, this, [this](const DirectoryDetail &detail) {
        if (detail.summary.record.name != m_directory)
            return;
        m_detail = detail;
        recheck();
    });
    connect(&m_backend, &ConsoleBackend::actionFinished, this, [this](bool ok, const QString &message) {
        m_lastFailure = ok ? QString() : message;
        if (!m_directory.isEmpty())
            m_backend.loadDirectory(m_directory);
        recheck();
    });
    connect(&m_backend, &ConsoleBackend::storeChanged, this, [this] {
        if (!m_directory.isEmpty())
            m_backend.loadDirectory(m_directory);
    });
    connect(&m_session, &sim::SimulatorSession::actionFinished, this, [this](const sim::ActionResult &r) {
        if (!r.ok)
            m_lastFailure = tr("the simulated Okta reported: %1").arg(r.message);
    });
    connect(&m_session, &sim::SimulatorSession::orgChanged, this, &OnboardingWizard::recheck);
    connect(&m_session, &sim::SimulatorSession::finished, this, [this] {
        if (!m_directory.isEmpty())
            m_backend.loadDirectory(m_directory);
    });
}

OnboardingWizard::~OnboardingWizard() = default;

void OnboardingWizard::addStep(WalkthroughPage::Step step)
{
    auto *page = new WalkthroughPage(std::move(step), this);
    page->setObjectName(QStringLiteral("walkPage%1").arg(pageIds().size() + 1));
    addPage(page);
}

void OnboardingWizard::recheck()
{
    if (auto *page = qobject_cast<WalkthroughPage *>(currentPage()))
        page->recheck();
}

void OnboardingWizard::runSteps(const QList<sim::Step> &steps)
{
    m_lastFailure.clear();
    m_session.run(steps);
}

QString OnboardingWizard::profile() const
{
    return m_profileCombo ? m_profileCombo->currentData().toString() : QStringLiteral("deltastream");
}

QString OnboardingWizard::orgAdmin() const
{
    if (!m_detail)
        return {};
    if (const RoleView *role = m_detail->access.role(QString(Roles::OrgAdmin))) {
        if (!role->holders.isEmpty())
            return role->holders.first().userName;
    }
    return {};
}

sim::OktaOrg OnboardingWizard::makeOrg() const
{
    const Profile &pr = Profile::byName(profile());
    sim::OktaOrg org;
    org.settings.kind = sim::AppKind::Oin;
    org.settings.uniqueIdentifier =
        pr.uniqueIdentifier == QLatin1StringView("email") ? QStringLiteral("email") : QStringLiteral("login");
    org.settings.importGroups = false; // set in the provisioning options step
    org.settings.pushGroups = true;
    org.settings.createUsers = false; // the options step turns these on, as an admin does in Okta
    org.settings.updateUserAttributes = false;
    org.settings.deactivateUsers = false;
    const QList<std::pair<QString, QString>> people{
        {QStringLiteral("Alex"), QStringLiteral("Rivera")},
        {QStringLiteral("Blair"), QStringLiteral("Chen")},
        {QStringLiteral("Casey"), QStringLiteral("Okafor")},
    };
    QStringList logins;
    for (const auto &[first, last] : people) {
        sim::Person p;
        p.oktaId = sim::OktaOrg::newOktaUserId();
        p.login = first.toLower() + QStringLiteral("@example.com");
        p.email = p.login;
        p.firstName = first;
        p.lastName = last;
        org.people.append(p);
        logins.append(p.login);
    }
    // Groups start unassigned and unpushed: the walkthrough's steps assign and push them.
    auto group = [&org](const QString &name, const QStringList &members, QJsonObject attributes = {}) {
        sim::Group g;
        g.name = name;
        g.members = members;
        g.attributes = attributes;
        org.groups.append(g);
    };
    if (pr.groups == Profile::GroupPolicy::CustomRole) {
        group(QStringLiteral("DeltaStream OrgAdmins"), {logins.at(0)}, {{QStringLiteral("deltastreamOrgadmin"), true}});
        group(QStringLiteral("DeltaStream Users"), {logins.at(1), logins.at(2)});
    } else {
        group(pr.title + QStringLiteral(" Users"), logins);
    }
    if (pr.pushGroups)
        group(QStringLiteral("development"), {logins.at(0), logins.at(1)});
    return org;
}

} // namespace scimdesk
