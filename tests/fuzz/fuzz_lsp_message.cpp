// Fuzz target: the language server's input side on arbitrary bytes: lsp::read_frame() and
// lsp::parse_message() on the stream, then a whole lsp::Server session fed the same bytes
// (with no rules and no config files, so it is fast and does not depend on the disk).
//
// Invariants: nothing throws or crashes; a frame's body is never longer than announced or
// than the limit; every message the server writes is a well-formed frame of valid JSON-RPC
// 2.0 JSON; run() returns 0 or 1.
#include <nlohmann/json.hpp>

#include <sstream>
#include <string>

#include "fuzz_check.h"
#include "lsp/message.h"
#include "lsp/server.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string bytes(docqc::fuzz::as_text(data, size));
  constexpr std::size_t k_limit = 1 << 16;
  {
    std::istringstream in(bytes);
    for (int i = 0; i < 64; ++i) {
      auto frame = docqc::lsp::read_frame(in, k_limit);
      if (frame.status == docqc::lsp::Frame::Status::eof) {
        break;
      }
      FUZZ_CHECK(frame.body.size() <= k_limit, "a body stays within the limit");
      FUZZ_CHECK(frame.status == docqc::lsp::Frame::Status::ok || !frame.error.empty(),
                 "a bad frame says why");
      auto message = docqc::lsp::parse_message(frame.body);
      FUZZ_CHECK(message.kind != docqc::lsp::Message::Kind::invalid || message.error != 0,
                 "an invalid message has an error code");
    }
  }
  docqc::lsp::parse_message(bytes);

  docqc::lsp::ServerOptions options;
  options.workspace.no_default_rules = true;
  options.workspace.no_config = true;
  options.workspace.max_bytes = 1 << 16;
  options.max_message = k_limit;
  options.doc_url = "https://example.invalid/{id}";
  std::istringstream in(bytes);
  std::ostringstream out;
  docqc::lsp::Server server(options, out);
  int status = server.run(in);
  FUZZ_CHECK(status == 0 || status == 1, "run() returns 0 or 1");
  std::istringstream written(out.str());
  while (true) {
    auto frame = docqc::lsp::read_frame(written, 1 << 26);
    if (frame.status == docqc::lsp::Frame::Status::eof) {
      break;
    }
    FUZZ_CHECK(frame.status == docqc::lsp::Frame::Status::ok, "the server writes whole frames");
    auto json = nlohmann::json::parse(frame.body, nullptr, false);
    FUZZ_CHECK(!json.is_discarded(), "the server writes valid JSON");
    FUZZ_CHECK(json.value("jsonrpc", "") == "2.0", "the server writes JSON-RPC 2.0");
  }
  return 0;
}
