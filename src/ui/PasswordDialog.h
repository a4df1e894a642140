#pragma once

#include "sync/AccountState.h"

#include <QDialog>
#include <memory>

namespace Ui {
class PasswordDialog;
}

namespace epistle::ui {

// Asks for an account's password when the engine needs it (passwordNeeded).
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    PasswordDialog(const QString &accountName, sync::PasswordKind kind, const QString &reason, QWidget *parent = nullptr);
    ~PasswordDialog() override;
    QString password() const;
    bool remember() const;
    void setPassword(const QString &password);

private:
    std::unique_ptr<Ui::PasswordDialog> m_ui;
};

} // namespace epistle::ui
