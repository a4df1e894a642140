#pragma once

#include "imap/Response.h"
#include "storage/MessageTypes.h"

namespace epistle::sync {

// Translation between what an IMAP server reports and what the store keeps.
namespace ImapSummary {

// A message summary from a FETCH of Session::summaryItems() (UID, FLAGS, INTERNALDATE,
// RFC822.SIZE, ENVELOPE, BODYSTRUCTURE, MODSEQ): every value decoded. References are not in an
// ENVELOPE; threading then works from In-Reply-To.
storage::MessageSummary fromFetch(const imap::FetchData &data);

// System flags to bits, everything else to keywords.
void splitFlags(const QList<QByteArray> &imapFlags, storage::MessageFlags *flags, QStringList *keywords);
QList<QByteArray> toImapFlags(storage::MessageFlags flags, const QStringList &keywords = {});

// Whether a body structure has parts a user would call attachments.
bool hasAttachments(const imap::BodyStructure &structure);

} // namespace ImapSummary

} // namespace epistle::sync
