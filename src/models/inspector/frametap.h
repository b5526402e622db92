#pragma once
// Shared use of a connection's frame tap: the inspector and the recorder may both need it;
// the tap stays on until the last user releases it.

class Connection;

namespace FrameTap {
void acquire(Connection *connection);
void release(Connection *connection);
int users(const Connection *connection);
} // namespace FrameTap
