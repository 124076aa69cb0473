// `docqc lsp`: a Language Server Protocol server (JSON-RPC over a byte stream, usually stdio).
//
// Contract: the server answers every request exactly once (a result or a JSON-RPC error)
// and never throws out of run(): malformed frames and messages get JSON-RPC errors (with
// id null when the id cannot be read), a failing handler gets InternalError, and the
// server goes on. Requests before `initialize` get ServerNotInitialized; requests after
// `shutdown` get InvalidRequest; `exit` ends run() with 0 after a shutdown, 1 without. It
// checks a document after didOpen, didChange and didSave, but only when no further input
// is already waiting (so a burst of edits is checked once, at its last version), and
// publishes its diagnostics with that version. Saving a .yaml file, a watched-file change
// or the `docqc.recheck` command reloads configs and rules and re-checks every open
// document. The rules that compare files (cross-file-duplicate) run over all open documents
// once no message has come for `cross_file_delay_ms` after the last open, change, save or
// close (a burst of typing runs them once); their findings join each document's
// diagnostics, with relatedInformation at the other document, until that document changes.
#pragma once

#include <nlohmann/json.hpp>

#include <istream>
#include <map>
#include <memory>
#include <ostream>
#include <set>
#include <string>

#include "lsp/diagnostics.h"
#include "lsp/document_store.h"
#include "lsp/message.h"
#include "lsp/workspace.h"

namespace docqc::lsp {

struct ServerOptions {
  WorkspaceOptions workspace;
  std::size_t max_message = 64u << 20;
  // URL of a rule's documentation with "{id}" for the rule id; empty: a page written from
  // the loaded rule into a cache directory (file://).
  std::string doc_url;
  std::string cache_dir;          // for those pages; empty: $XDG_CACHE_HOME or ~/.cache, /docqc
  int cross_file_delay_ms = 300;  // quiet time before the cross-file pass
};

class Server {
 public:
  Server(ServerOptions options, std::ostream& out);
  ~Server();

  // Serves until `exit` or the end of the input; `input_fd` (or -1) is polled to tell
  // whether more input is waiting before checking.
  int run(std::istream& in, int input_fd = -1);

  // One message body, as run() handles it (tests and fuzzing).
  void handle_body(std::string_view body);
  // Checks every document changed since its last check and publishes the results.
  void check_pending();
  // The cross-file pass over the open documents, now (run() waits for a quiet period), when
  // any changed since the last pass; re-publishes the documents whose findings it changed.
  void check_workspace();
  bool exited() const { return m_exited; }

 private:
  void handle(const Message& message);
  nlohmann::json dispatch_request(const std::string& method, const nlohmann::json& params);
  void dispatch_notification(const std::string& method, const nlohmann::json& params);
  void send(const nlohmann::json& message);
  void log(int type, const std::string& text);
  void check(OpenDocument& document);
  void recheck_all();
  std::string doc_url(const std::string& rule);
  nlohmann::json initialize(const nlohmann::json& params);
  nlohmann::json code_action(const nlohmann::json& params);

  // A document as last checked: the text the findings' offsets refer to.
  struct Checked {
    std::string text;
    doc::LineIndex lines;  // over `text`
    std::vector<report::LocatedFinding> findings;
    std::vector<report::LocatedFinding> cross;  // of the last cross-file pass over `text`
    long version = 0;
    bool markdown = false;
  };
  void publish_config_error(const std::string& error);
  void publish(const OpenDocument& document, const Checked& checked);
  bool wait_for_input(std::istream& in, int fd);
  ServerOptions m_options;
  std::ostream& m_out;
  DocumentStore m_documents;
  Workspace m_workspace;
  std::map<std::string, std::unique_ptr<Checked>> m_checked;  // uri -> last check
  std::set<std::string> m_config_uris;                        // config files with published errors
  std::map<std::string, std::string> m_doc_urls;
  bool m_initialized = false;
  bool m_shutdown = false;
  bool m_exited = false;
  bool m_watch_registration = false;
  bool m_cross_pending = false;  // documents changed since the last cross-file pass
  long m_next_request = 1;
};

}  // namespace docqc::lsp
