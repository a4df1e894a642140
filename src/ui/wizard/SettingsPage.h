#pragma once

#include "autoconfig/ServerSetting.h"

#include <QWizardPage>
#include <memory>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Ui {
class WizardSettingsPage;
}

namespace epistle::ui {

struct WizardContext;

// The incoming and outgoing servers: chosen among those found (with where each came from) or
// entered by hand. Also the page for manual set-up.
class SettingsPage : public QWizardPage
{
    Q_OBJECT

public:
    SettingsPage(WizardContext &context, QWidget *parent = nullptr);
    ~SettingsPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    struct Side
    {
        bool incoming = true;
        QFormLayout *form = nullptr;
        QComboBox *choice = nullptr;
        QComboBox *protocol = nullptr; // incoming only
        QLineEdit *host = nullptr;
        QSpinBox *port = nullptr;
        QComboBox *security = nullptr;
        QLineEdit *user = nullptr;
        QLabel *source = nullptr;
        QList<autoconfig::ServerSetting> candidates;
        // What the protocol and security boxes showed before their latest change.
        autoconfig::Service shownService = autoconfig::Service::Imap;
        net::Security shownSecurity = net::Security::ImplicitTls;
    };

    void setUp(Side &side);
    void fill(Side &side);
    void choose(Side &side, int index);
    void onServerEdited(Side &side);
    void onSecurityOrProtocolChanged(Side &side);
    autoconfig::ServerSetting current(const Side &side) const;
    void updateWarning();
    QString defaultUser() const;

    WizardContext &m_context;
    std::unique_ptr<Ui::WizardSettingsPage> m_ui;
    Side m_incoming;
    Side m_outgoing;
    QString m_filledFor; // the discovery run, manual choice and address the fields were filled for
    bool m_filling = false;
};

} // namespace epistle::ui
