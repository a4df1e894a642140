#include "ui/wizard/DiscoveryPage.h"

#include "autoconfig/Discovery.h"
#include "ui/wizard/AccountWizard.h"
#include "ui/wizard/WizardContext.h"

#include "ui_wizarddiscovery.h"

#include <QHeaderView>

#include <algorithm>

namespace epistle::ui {

using autoconfig::ServerSetting;
using autoconfig::Source;

DiscoveryPage::DiscoveryPage(WizardContext &context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::WizardDiscoveryPage>())
    , m_discovery(new autoconfig::Discovery(this))
{
    m_ui->setupUi(this);
    for (const QString &name : {tr("DNS service records (SRV)"), tr("Provider configuration file"),
                                tr("Mail exchanger (MX) of the domain"), tr("Usual server names (guessing)")})
        m_methods << new QTreeWidgetItem(m_ui->methodsTree, QStringList{name});
    m_ui->methodsTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    connect(m_discovery, &autoconfig::Discovery::logMessage, this, &DiscoveryPage::addLog);
    connect(m_discovery, &autoconfig::Discovery::finished, this, &DiscoveryPage::onFinished);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &DiscoveryPage::stop);
}

DiscoveryPage::~DiscoveryPage() = default;

void DiscoveryPage::initializePage()
{
    m_ui->logList->clear();
    m_ui->progressBar->setRange(0, 0);
    m_ui->stopButton->setEnabled(true);
    m_context.discoveryCancelled = false;
    const autoconfig::DiscoveryOptions options = m_context.effectiveDiscoveryOptions();
    const bool enabled[] = {options.useSrv, options.useAutoconfig, options.useMx, options.useGuess};
    for (int i = 0; i < m_methods.size(); ++i)
        m_methods[i]->setText(1, !enabled[i] ? tr("switched off") : i == 3 ? tr("only if needed") : tr("searching…"));
    m_ui->statusLabel->setText(tr("Looking for the servers of %1…").arg(m_context.domain()));
    m_discovery->setOptions(options);
    if (!m_discovery->start(m_context.email)) {
        m_ui->statusLabel->setText(tr("%1 is not an address Epistle can look up.").arg(m_context.email));
        onFinished({}, false);
    }
}

void DiscoveryPage::cleanupPage()
{
    // Back to the first page: the search is for an address that may change.
    m_discovery->cancel();
}

bool DiscoveryPage::isComplete() const
{
    return !m_discovery->isRunning();
}

bool DiscoveryPage::isRunning() const
{
    return m_discovery->isRunning();
}

int DiscoveryPage::nextId() const
{
    return AccountWizard::SettingsPageId;
}

void DiscoveryPage::addLog(const QString &line)
{
    m_ui->logList->addItem(line);
    m_ui->logList->scrollToBottom();
}

void DiscoveryPage::stop()
{
    if (m_discovery->isRunning())
        m_discovery->cancel(); // finished() follows at once, with what was found so far
    wizard()->next();
}

void DiscoveryPage::onFinished(const QList<ServerSetting> &results, bool cancelled)
{
    m_context.found = results;
    m_context.notOffered = m_discovery->notOffered();
    m_context.discoveryCancelled = cancelled;
    ++m_context.discoveryRun;
    m_ui->progressBar->setRange(0, 1);
    m_ui->progressBar->setValue(1);
    m_ui->stopButton->setEnabled(false);

    const auto count = [&](std::initializer_list<Source> sources) {
        return int(std::count_if(results.begin(), results.end(),
                                 [&](const ServerSetting &s) { return std::find(sources.begin(), sources.end(), s.source) != sources.end(); }));
    };
    const int counts[] = {count({Source::Srv}), count({Source::Autoconfig, Source::AutoconfigInsecure}), count({Source::Mx}),
                          count({Source::Guess})};
    const autoconfig::DiscoveryOptions &options = m_discovery->options();
    const bool enabled[] = {options.useSrv, options.useAutoconfig, options.useMx, options.useGuess};
    for (int i = 0; i < m_methods.size(); ++i) {
        QString state;
        if (!enabled[i])
            state = tr("switched off");
        else if (counts[i] > 0)
            state = tr("%n server(s) found", nullptr, counts[i]);
        else if (cancelled)
            state = tr("stopped");
        else
            state = i == 3 && !results.isEmpty() ? tr("not needed") : tr("nothing found");
        m_methods[i]->setText(1, state);
    }
    if (cancelled)
        m_ui->statusLabel->setText(tr("Stopped. Enter the settings by hand, starting from what was found."));
    else if (results.isEmpty())
        m_ui->statusLabel->setText(tr("No mail server was found for %1. Go on to enter the settings by hand.").arg(m_context.domain()));
    else
        m_ui->statusLabel->setText(tr("Found %n server setting(s) for %1. Go on to review them.", nullptr, int(results.size()))
                                       .arg(m_context.domain()));
    Q_EMIT completeChanged();
}

} // namespace epistle::ui
