#pragma once

#include <QByteArray>
#include <memory>

namespace epistle::net {

// Raw DEFLATE in both directions for RFC 4978 (IMAP COMPRESS=DEFLATE): every chunk written is
// flushed with Z_SYNC_FLUSH so the server can act on each command at once.
class Compressor
{
public:
    Compressor();
    ~Compressor();
    Compressor(const Compressor &) = delete;
    Compressor &operator=(const Compressor &) = delete;

    bool isValid() const;
    QByteArray compress(const QByteArray &data);
    // Appends the inflated bytes to out; false on a corrupt stream.
    bool decompress(const QByteArray &data, QByteArray *out);

private:
    struct Streams;
    std::unique_ptr<Streams> m_streams;
};

} // namespace epistle::net
