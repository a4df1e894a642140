#pragma once

namespace epistle::sync {

// How much of a message SyncEngine::fetchMessage() brings. Displayed: for a large message
// (PartialMessage::Threshold) its text and small parts, the large attachments left out and
// marked; smaller messages come whole either way. Whole: every byte (to open or save an
// attachment that was left out).
enum class MessageContent { Displayed, Whole };

} // namespace epistle::sync
