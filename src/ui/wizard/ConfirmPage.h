#pragma once

#include <QWizardPage>
#include <memory>

namespace Ui {
class WizardConfirmPage;
}

namespace epistle::ui {

struct WizardContext;

// Shown when a chosen server lies outside the address's domain and was learnt from DNS or plain
// HTTP (RFC 6186 section 6, RFC 7817): nothing is sent to it until the user confirms the domain.
class ConfirmPage : public QWizardPage
{
    Q_OBJECT

public:
    ConfirmPage(WizardContext &context, QWidget *parent = nullptr);
    ~ConfirmPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    WizardContext &m_context;
    std::unique_ptr<Ui::WizardConfirmPage> m_ui;
};

} // namespace epistle::ui
