// JSON-RPC 2.0 over LSP's base protocol: framing (`Content-Length: N\r\n\r\n` + N bytes) and
// message classification.
//
// Contract: read_frame() never throws and never reads past the frame it returns; a header
// block that is not `Name: value` lines, lacks Content-Length, or announces more than
// `max_body` bytes is `bad_frame` (an oversized body is skipped, so the stream stays in
// sync). parse_message() never throws: it classifies a body as a request (id + method), a
// notification (method, no id), a response (id, result or error), or invalid, with the
// JSON-RPC error code to answer (-32700 for bytes that are not JSON, including invalid
// UTF-8; -32600 for JSON that is not a message). `params` is null when absent.
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <istream>
#include <string>
#include <string_view>

namespace docqc::lsp {

namespace error_code {
inline constexpr int parse_error = -32700;
inline constexpr int invalid_request = -32600;
inline constexpr int method_not_found = -32601;
inline constexpr int invalid_params = -32602;
inline constexpr int internal_error = -32603;
inline constexpr int server_not_initialized = -32002;
inline constexpr int request_failed = -32803;
}  // namespace error_code

struct Frame {
  enum class Status { ok, eof, bad_frame };
  Status status = Status::eof;
  std::string body;
  std::string error;  // for bad_frame: what was wrong
};
Frame read_frame(std::istream& in, std::size_t max_body);
std::string frame(const nlohmann::json& message);

struct Message {
  enum class Kind { request, notification, response, invalid };
  Kind kind = Kind::invalid;
  nlohmann::json id;  // null for notifications and unparseable bodies
  std::string method;
  nlohmann::json params;
  int error = 0;  // for invalid: the JSON-RPC error code
  std::string error_message;
};
Message parse_message(std::string_view body);

nlohmann::json response(const nlohmann::json& id, nlohmann::json result);
nlohmann::json error_response(const nlohmann::json& id, int code, const std::string& message);
nlohmann::json notification(const std::string& method, nlohmann::json params);

}  // namespace docqc::lsp
