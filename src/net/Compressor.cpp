#include "net/Compressor.h"

#include <zlib.h>

namespace epistle::net {

struct Compressor::Streams
{
    z_stream deflater{};
    z_stream inflater{};
    bool deflaterReady = false;
    bool inflaterReady = false;
};

Compressor::Compressor()
    : m_streams(std::make_unique<Streams>())
{
    // Negative window bits: raw deflate without zlib header, as RFC 4978 requires.
    m_streams->deflaterReady = deflateInit2(&m_streams->deflater, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -15, 8,
                                            Z_DEFAULT_STRATEGY) == Z_OK;
    m_streams->inflaterReady = inflateInit2(&m_streams->inflater, -15) == Z_OK;
}

Compressor::~Compressor()
{
    if (m_streams->deflaterReady)
        deflateEnd(&m_streams->deflater);
    if (m_streams->inflaterReady)
        inflateEnd(&m_streams->inflater);
}

bool Compressor::isValid() const
{
    return m_streams->deflaterReady && m_streams->inflaterReady;
}

QByteArray Compressor::compress(const QByteArray &data)
{
    QByteArray out;
    z_stream &z = m_streams->deflater;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    char chunk[16384];
    do {
        z.next_out = reinterpret_cast<Bytef *>(chunk);
        z.avail_out = sizeof chunk;
        deflate(&z, Z_SYNC_FLUSH);
        out.append(chunk, qsizetype(sizeof chunk - z.avail_out));
    } while (z.avail_out == 0);
    return out;
}

bool Compressor::decompress(const QByteArray &data, QByteArray *out)
{
    z_stream &z = m_streams->inflater;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    char chunk[65536];
    do {
        z.next_out = reinterpret_cast<Bytef *>(chunk);
        z.avail_out = sizeof chunk;
        const int status = inflate(&z, Z_SYNC_FLUSH);
        if (status != Z_OK && status != Z_BUF_ERROR && status != Z_STREAM_END)
            return false;
        out->append(chunk, qsizetype(sizeof chunk - z.avail_out));
        if (status != Z_OK) // end of stream, or no progress possible until more input arrives
            break;
    } while (z.avail_in > 0 || z.avail_out == 0);
    return true;
}

} // namespace epistle::net
