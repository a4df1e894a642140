#include "sync/SecretStore.h"

#include <qt6keychain/keychain.h>

namespace epistle::sync {

namespace {

SecretStore::Result resultOf(const QKeychain::Job &job)
{
    SecretStore::Result result;
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = SecretStore::Status::Ok;
        return result;
    case QKeychain::EntryNotFound:
        result.status = SecretStore::Status::NotFound;
        result.message = SecretStore::tr("No password is stored for this account.");
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = SecretStore::Status::Unavailable;
        break;
    default:
        // QtKeychain reports a missing or locked Secret Service on Linux as OtherError.
        result.status = SecretStore::Status::Unavailable;
        break;
    }
    result.message = SecretStore::tr("The system keychain is not available (%1). Epistle will ask for the password "
                                     "when it needs it and keep it only until it quits.")
                         .arg(job.errorString());
    return result;
}

} // namespace

SecretStore::SecretStore(const core::Profile &profile, QObject *parent)
    : QObject(parent)
    , m_service(profile.keychainService())
{
}

void SecretStore::read(const QString &key, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        Result result = resultOf(*finished);
        if (result.ok())
            result.password = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
        done(result);
    });
    job->start();
}

void SecretStore::write(const QString &key, const QString &password, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        done(resultOf(*finished));
    });
    job->start();
}

void SecretStore::remove(const QString &key, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *finished) {
        Result result = resultOf(*finished);
        if (result.status == Status::NotFound)
            result = Result{Status::Ok, QString(), QString()};
        done(result);
    });
    job->start();
}

} // namespace epistle::sync
