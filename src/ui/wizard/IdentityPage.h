#pragma once

#include <QWizardPage>
#include <memory>

namespace Ui {
class WizardIdentityPage;
}

namespace epistle::ui {

struct WizardContext;

// Name, address and password; "Set up manually" skips discovery.
class IdentityPage : public QWizardPage
{
    Q_OBJECT

public:
    IdentityPage(WizardContext &context, QWidget *parent = nullptr);
    ~IdentityPage() override;

    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    void updateProblem();

    WizardContext &m_context;
    std::unique_ptr<Ui::WizardIdentityPage> m_ui;
    bool m_manual = false;
};

} // namespace epistle::ui
