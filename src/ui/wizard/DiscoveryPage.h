#pragma once

#include <QWizardPage>
#include <memory>

class QTreeWidgetItem;

namespace Ui {
class WizardDiscoveryPage;
}

namespace epistle::autoconfig {
class Discovery;
struct ServerSetting;
} // namespace epistle::autoconfig

namespace epistle::ui {

struct WizardContext;

// Runs discovery for the address with a live log of what is tried; can be stopped at any time,
// which goes on to the settings page with whatever was found.
class DiscoveryPage : public QWizardPage
{
    Q_OBJECT

public:
    DiscoveryPage(WizardContext &context, QWidget *parent = nullptr);
    ~DiscoveryPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

    bool isRunning() const;

private:
    void onFinished(const QList<autoconfig::ServerSetting> &results, bool cancelled);
    void stop();
    void addLog(const QString &line);

    WizardContext &m_context;
    std::unique_ptr<Ui::WizardDiscoveryPage> m_ui;
    autoconfig::Discovery *m_discovery;
    QList<QTreeWidgetItem *> m_methods; // SRV, autoconfig, MX, guessing
};

} // namespace epistle::ui
