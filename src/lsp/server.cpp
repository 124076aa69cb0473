#include "lsp/server.h"

#include <fmt/format.h>
#include <poll.h>

#include <filesystem>

namespace docqc::lsp {

namespace {

constexpr const char* k_recheck_command = "docqc.recheck";

struct InvalidParams : std::runtime_error {
  using std::runtime_error::runtime_error;
};
struct MethodNotFound : std::runtime_error {
  using std::runtime_error::runtime_error;
};

const nlohmann::json& member(const nlohmann::json& object, const char* key) {
  if (!object.is_object() || !object.contains(key)) {
    throw InvalidParams(fmt::format("missing '{}'", key));
  }
  return object.at(key);
}

std::string string_member(const nlohmann::json& object, const char* key) {
  const auto& value = member(object, key);
  if (!value.is_string()) {
    throw InvalidParams(fmt::format("'{}' is not a string", key));
  }
  return value.get<std::string>();
}

long version_of(const nlohmann::json& document) {
  if (document.is_object() && document.contains("version") &&
      document["version"].is_number_integer()) {
    return document["version"].get<long>();
  }
  return 0;
}

bool input_waiting(std::istream& in, int fd) {
  if (in.rdbuf()->in_avail() > 0) {
    return true;
  }
  if (fd < 0) {
    return false;
  }
  pollfd entry{fd, POLLIN, 0};
  return poll(&entry, 1, 0) > 0 && (entry.revents & POLLIN);
}

}  // namespace

Server::Server(ServerOptions options, std::ostream& out)
    : m_options(std::move(options)), m_out(out), m_workspace(m_options.workspace) {}
Server::~Server() = default;

void Server::send(const nlohmann::json& message) {
  m_out << frame(message);
  m_out.flush();
}

void Server::log(int type, const std::string& text) {
  send(notification("window/logMessage", {{"type", type}, {"message", text}}));
}

int Server::run(std::istream& in, int input_fd) {
  while (!m_exited) {
    Frame next = read_frame(in, m_options.max_message);
    if (next.status == Frame::Status::eof) {
      break;
    }
    if (next.status == Frame::Status::bad_frame) {
      send(error_response(nullptr, error_code::parse_error, next.error));
    } else {
      handle_body(next.body);
    }
    if (!m_exited && !input_waiting(in, input_fd)) {
      check_pending();
      if (m_cross_pending && !m_shutdown && !wait_for_input(in, input_fd)) {
        check_workspace();
      }
    }
  }
  return m_shutdown ? 0 : 1;
}

bool Server::wait_for_input(std::istream& in, int fd) {
  if (in.rdbuf()->in_avail() > 0) {
    return true;
  }
  if (fd < 0 || m_options.cross_file_delay_ms <= 0) {
    return false;
  }
  pollfd entry{fd, POLLIN, 0};
  return poll(&entry, 1, m_options.cross_file_delay_ms) > 0 && (entry.revents & (POLLIN | POLLHUP));
}

void Server::handle_body(std::string_view body) {
  handle(parse_message(body));
}

void Server::handle(const Message& message) {
  switch (message.kind) {
    case Message::Kind::invalid:
      send(error_response(message.id, message.error, message.error_message));
      return;
    case Message::Kind::response:
      return;  // to our client/registerCapability request: nothing to do
    case Message::Kind::notification:
      try {
        dispatch_notification(message.method, message.params);
      } catch (const std::exception& error) {
        log(1, fmt::format("{}: {}", message.method, error.what()));
      }
      return;
    case Message::Kind::request:
      break;
  }
  if (m_shutdown) {
    send(error_response(message.id, error_code::invalid_request, "the server is shut down"));
    return;
  }
  if (!m_initialized && message.method != "initialize") {
    send(error_response(message.id, error_code::server_not_initialized,
                        "the server is not initialized"));
    return;
  }
  try {
    send(response(message.id, dispatch_request(message.method, message.params)));
  } catch (const InvalidParams& error) {
    send(error_response(message.id, error_code::invalid_params, error.what()));
  } catch (const nlohmann::json::exception& error) {
    send(error_response(message.id, error_code::invalid_params, error.what()));
  } catch (const MethodNotFound& error) {
    send(error_response(message.id, error_code::method_not_found, error.what()));
  } catch (const std::exception& error) {
    send(error_response(message.id, error_code::internal_error, error.what()));
  }
}

nlohmann::json Server::dispatch_request(const std::string& method, const nlohmann::json& params) {
  if (method == "initialize") {
    if (m_initialized) {
      throw InvalidParams("initialize was already called");
    }
    return initialize(params);
  }
  if (method == "shutdown") {
    m_shutdown = true;
    return nullptr;
  }
  if (method == "textDocument/codeAction") {
    return code_action(params);
  }
  if (method == "workspace/executeCommand") {
    std::string command = string_member(params, "command");
    if (command != k_recheck_command) {
      throw InvalidParams(fmt::format("unknown command '{}'", command));
    }
    recheck_all();
    return nullptr;
  }
  throw MethodNotFound(fmt::format("unknown method '{}'", method));
}

nlohmann::json Server::initialize(const nlohmann::json& params) {
  m_initialized = true;
  if (params.is_object()) {
    const auto& options = params.value("initializationOptions", nlohmann::json());
    if (options.is_object() && options.contains("docUrl") && options["docUrl"].is_string()) {
      m_options.doc_url = options["docUrl"].get<std::string>();
    }
    const auto capabilities = params.value("capabilities", nlohmann::json::object());
    const nlohmann::json::json_pointer pointer(
        "/workspace/didChangeWatchedFiles/dynamicRegistration");
    m_watch_registration = capabilities.is_object() && capabilities.contains(pointer) &&
                           capabilities[pointer].is_boolean() && capabilities[pointer].get<bool>();
  }
  return {
      {"capabilities",
       {{"positionEncoding", "utf-16"},
        {"textDocumentSync",
         {{"openClose", true}, {"change", 2}, {"save", {{"includeText", false}}}}},
        {"codeActionProvider",
         {{"codeActionKinds", nlohmann::json::array({"quickfix", "source.fixAll.docqc"})}}},
        {"executeCommandProvider", {{"commands", nlohmann::json::array({k_recheck_command})}}}}},
      {"serverInfo", {{"name", "docqc"}, {"version", DOCQC_VERSION}}}};
}

void Server::dispatch_notification(const std::string& method, const nlohmann::json& params) {
  if (method == "exit") {
    m_exited = true;
    return;
  }
  if (!m_initialized || m_shutdown) {
    return;
  }
  if (method == "initialized") {
    if (m_watch_registration) {
      nlohmann::json watchers = nlohmann::json::array({{{"globPattern", "**/.docqc.yaml"}},
                                                       {{"globPattern", "**/*.{yaml,yml}"}},
                                                       {{"globPattern", "**/*.docqc-ignore"}}});
      send({{"jsonrpc", "2.0"},
            {"id", fmt::format("docqc-{}", m_next_request++)},
            {"method", "client/registerCapability"},
            {"params",
             {{"registrations",
               {{{"id", "docqc-watch"},
                 {"method", "workspace/didChangeWatchedFiles"},
                 {"registerOptions", {{"watchers", watchers}}}}}}}}});
    }
    return;
  }
  if (method == "textDocument/didOpen") {
    const auto& item = member(params, "textDocument");
    m_documents.open(string_member(item, "uri"), string_member(item, "text"), version_of(item),
                     item.value("languageId", ""));
    m_cross_pending = true;
    return;
  }
  if (method == "textDocument/didChange") {
    const auto& id = member(params, "textDocument");
    OpenDocument* document = m_documents.find(string_member(id, "uri"));
    if (!document) {
      throw InvalidParams("didChange for a document that is not open");
    }
    const auto& changes = member(params, "contentChanges");
    if (!changes.is_array()) {
      throw InvalidParams("contentChanges is not an array");
    }
    for (const auto& change : changes) {
      if (!apply_change(document->text, change)) {
        throw InvalidParams("a content change without text or with a bad range");
      }
    }
    document->version = version_of(id);
    document->dirty = true;
    m_cross_pending = true;
    return;
  }
  if (method == "textDocument/didSave") {
    std::string uri = string_member(member(params, "textDocument"), "uri");
    auto extension = std::filesystem::path(path_of_uri(uri).value_or(uri)).extension();
    if (extension == ".yaml" || extension == ".yml" || extension == ".docqc-ignore") {
      recheck_all();  // a config, rule file or ignore list: every document may change
    } else if (OpenDocument* document = m_documents.find(uri)) {
      document->dirty = true;
      m_cross_pending = true;
    }
    return;
  }
  if (method == "textDocument/didClose") {
    std::string uri = string_member(member(params, "textDocument"), "uri");
    m_documents.close(uri);
    m_checked.erase(uri);
    m_cross_pending = true;
    send(notification("textDocument/publishDiagnostics",
                      {{"uri", uri}, {"diagnostics", nlohmann::json::array()}}));
    return;
  }
  if (method == "workspace/didChangeWatchedFiles" || method == "workspace/didChangeConfiguration") {
    recheck_all();
  }
}

void Server::recheck_all() {
  m_workspace.invalidate();
  m_doc_urls.clear();
  for (auto& [uri, document] : m_documents.all()) {
    document.dirty = true;
  }
  m_cross_pending = true;
  check_pending();
}

void Server::check_pending() {
  for (auto& [uri, document] : m_documents.all()) {
    if (document.dirty) {
      check(document);
    }
  }
}

}  // namespace docqc::lsp
