#include "lsp/message.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <limits>

namespace docqc::lsp {

namespace {

constexpr std::size_t k_max_header_line = 1024;
constexpr std::size_t k_max_header_lines = 32;

// One header line without its CR LF; false at end of input or for an overlong line.
bool read_header_line(std::istream& in, std::string& line, bool& eof) {
  line.clear();
  while (true) {
    int c = in.get();
    if (c == std::char_traits<char>::eof()) {
      eof = true;
      return false;
    }
    if (c == '\n') {
      if (!line.empty() && line.back() == '\r') {
        line.pop_back();
      }
      return true;
    }
    if (line.size() >= k_max_header_line) {
      return false;
    }
    line.push_back(static_cast<char>(c));
  }
}

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

}  // namespace

Frame read_frame(std::istream& in, std::size_t max_body) {
  Frame frame;
  std::string line;
  bool eof = false;
  bool have_length = false;
  std::size_t length = 0;
  std::size_t lines = 0;
  while (true) {
    if (!read_header_line(in, line, eof)) {
      if (eof && lines == 0 && line.empty()) {
        frame.status = Frame::Status::eof;
        return frame;
      }
      frame.status = eof ? Frame::Status::eof : Frame::Status::bad_frame;
      frame.error = eof ? "end of input inside a header" : "header line too long";
      if (!eof) {
        // Resynchronise: drop the rest of the line.
        in.ignore(std::numeric_limits<std::streamsize>::max(), '\n');
      }
      return frame;
    }
    if (line.empty()) {
      if (lines == 0) {
        continue;  // stray blank line between messages
      }
      break;
    }
    if (++lines > k_max_header_lines) {
      frame.status = Frame::Status::bad_frame;
      frame.error = "too many header lines";
      return frame;
    }
    auto colon = line.find(':');
    if (colon == std::string::npos) {
      frame.status = Frame::Status::bad_frame;
      frame.error = fmt::format("not a header line: '{}'", line.substr(0, 80));
      return frame;
    }
    std::string name = lower(line.substr(0, colon));
    std::string value = line.substr(colon + 1);
    value.erase(0, value.find_first_not_of(" \t"));
    value.erase(value.find_last_not_of(" \t") + 1);
    if (name == "content-length") {
      if (value.empty() || value.size() > 18 ||
          !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        frame.status = Frame::Status::bad_frame;
        frame.error = fmt::format("bad Content-Length '{}'", value.substr(0, 40));
        return frame;
      }
      length = std::stoull(value);
      have_length = true;
    }
  }
  if (!have_length) {
    frame.status = Frame::Status::bad_frame;
    frame.error = "no Content-Length header";
    return frame;
  }
  if (length > max_body) {
    in.ignore(static_cast<std::streamsize>(length));
    frame.status = in.eof() ? Frame::Status::eof : Frame::Status::bad_frame;
    frame.error = fmt::format("message of {} bytes is over the limit of {}", length, max_body);
    return frame;
  }
  frame.body.resize(length);
  in.read(frame.body.data(), static_cast<std::streamsize>(length));
  if (static_cast<std::size_t>(in.gcount()) != length) {
    frame.status = Frame::Status::eof;
    frame.error = "end of input inside a message";
    frame.body.clear();
    return frame;
  }
  frame.status = Frame::Status::ok;
  return frame;
}

std::string frame(const nlohmann::json& message) {
  // Invalid UTF-8 cannot reach here from parsed input; replace it rather than throw.
  std::string body = message.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return fmt::format("Content-Length: {}\r\n\r\n{}", body.size(), body);
}

Message parse_message(std::string_view body) {
  Message message;
  nlohmann::json json = nlohmann::json::parse(body, nullptr, false);
  if (json.is_discarded()) {
    message.error = error_code::parse_error;
    message.error_message = "the message is not valid JSON (or not valid UTF-8)";
    return message;
  }
  auto invalid = [&](const std::string& why) {
    message.kind = Message::Kind::invalid;
    message.error = error_code::invalid_request;
    message.error_message = why;
    return message;
  };
  if (!json.is_object()) {
    return invalid("a JSON-RPC message is an object");
  }
  auto version = json.find("jsonrpc");
  if (version == json.end() || *version != "2.0") {
    return invalid("missing \"jsonrpc\": \"2.0\"");
  }
  auto id = json.find("id");
  if (id != json.end()) {
    if (!id->is_string() && !id->is_number_integer() && !id->is_null()) {
      return invalid("an id is a string or an integer");
    }
    message.id = *id;
  }
  auto method = json.find("method");
  auto params = json.find("params");
  if (params != json.end()) {
    if (!params->is_object() && !params->is_array()) {
      message.id = id != json.end() ? *id : nlohmann::json();
      return invalid("params are an object or an array");
    }
    message.params = *params;
  }
  if (method != json.end()) {
    if (!method->is_string()) {
      return invalid("a method is a string");
    }
    message.method = method->get<std::string>();
    message.kind = id != json.end() ? Message::Kind::request : Message::Kind::notification;
    return message;
  }
  if (id != json.end() && (json.contains("result") || json.contains("error"))) {
    message.kind = Message::Kind::response;
    return message;
  }
  return invalid("neither a request, a notification nor a response");
}

nlohmann::json response(const nlohmann::json& id, nlohmann::json result) {
  return {{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}};
}

nlohmann::json error_response(const nlohmann::json& id, int code, const std::string& message) {
  return {{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}};
}

nlohmann::json notification(const std::string& method, nlohmann::json params) {
  return {{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}};
}

}  // namespace docqc::lsp
