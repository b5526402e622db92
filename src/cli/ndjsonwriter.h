#pragma once
// tidewatch-cli's output: NDJSON events written straight into one buffer (no JSON tree per
// event) and handed to stdout in batches.

#include <QByteArray>
#include <QJsonValue>
#include <QObject>
#include <QStringView>
#include <QTimer>

#include <cstring>

namespace Ndjson {

/// Appends bytes: a resize and a copy (QByteArray::append goes through insert, which costs
/// more than the few bytes of a key or a number it usually carries here).
inline void appendBytes(QByteArray &out, const char *bytes, qsizetype size)
{
    const qsizetype at = out.size();
    out.resize(at + size);
    std::memcpy(out.data() + at, bytes, size_t(size));
}

/// Appends text as a JSON string literal (quotes included), escaping what JSON requires.
/// A lone UTF-16 surrogate becomes U+FFFD, so the output is always valid UTF-8.
void appendString(QByteArray &out, QStringView text);
/// The same for text that is already UTF-8 (bytes >= 0x80 are copied as they are).
void appendString(QByteArray &out, QByteArrayView utf8);
/// Appends a value as compact JSON (numbers as QJsonDocument writes them).
void appendValue(QByteArray &out, const QJsonValue &value);
/// Whether text is exactly one JSON object or array (surrounding whitespace allowed),
/// checked without building a tree.
bool isContainer(QByteArrayView text);

} // namespace Ndjson

/// Buffers NDJSON lines and writes them to a file descriptor in batches.
///
/// When a person or a program reads the output as it comes (a pipe, a socket or a terminal),
/// the buffer is written whenever the event loop has handled what it had to do and is about
/// to wait: every event reaches the reader at once, yet a flood that delivers many messages
/// per socket read still costs one write per read. Into a file (or /dev/null) the buffer is
/// written when it holds 64 KiB, and otherwise at most 250 ms after an event.
class NdjsonWriter : public QObject
{
    Q_OBJECT
public:
    enum class Flush {
        WhenIdle,   ///< pipe, socket, terminal
        InBulk,     ///< regular file, /dev/null
    };

    /// What the descriptor is (fstat): WhenIdle for a FIFO, socket or terminal.
    static Flush flushModeFor(int fd);

    explicit NdjsonWriter(int fd, QObject *parent = nullptr);
    NdjsonWriter(int fd, Flush mode, QObject *parent = nullptr);
    ~NdjsonWriter() override;

    Flush mode() const { return m_mode; }
    /// The buffer events are appended to; call lineDone() after each complete line.
    QByteArray &buffer() { return m_buffer; }
    /// A complete line was appended: writes now when the buffer is large, otherwise arranges
    /// the next write (idle or timer).
    void lineDone();
    /// Writes everything buffered now. Returns false once the reader has gone (EPIPE).
    bool flush();
    bool readerGone() const { return m_readerGone; }

Q_SIGNALS:
    /// The reader closed the pipe: nothing written from now on reaches anyone.
    void readerClosed();

private:
    void onAboutToBlock();

    int m_fd;
    Flush m_mode;
    QByteArray m_buffer;
    QTimer m_bulkTimer;
    bool m_readerGone = false;
};
