#pragma once

#include <QString>

namespace epistle::autoconfig {

// Name comparisons for the "is this server really my provider's?" question.
namespace DomainRules {

// host equals domain or is below it ("imap.example.org" in "example.org"); case-insensitive,
// trailing dots ignored. "badexample.org" is not in "example.org".
bool isWithin(const QString &host, const QString &domain);

// The registrable part of a host name, for MX-based discovery ("mx1.mail.provider.co.uk" ->
// "provider.co.uk"). A small built-in list of common two-level public suffixes stands in for
// the full Public Suffix List.
QString baseDomain(const QString &host);

// "user@example.org" -> "example.org" (lower case, IDN converted to ACE); empty if malformed.
QString domainOf(const QString &address);
QString localPartOf(const QString &address);

} // namespace DomainRules
} // namespace epistle::autoconfig
