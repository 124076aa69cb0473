#include "lsp/server.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include "lsp_test_support.h"

using nlohmann::json;

TEST_SUITE_BEGIN("lsp::server");

namespace {

struct Session {
  lsp_test::Project project;
  std::ostringstream out;
  docqc::lsp::Server server;
  std::size_t seen = 0;

  explicit Session(const std::string& name) : project(name), server(options(project), out) {}

  static docqc::lsp::ServerOptions options(const lsp_test::Project& project) {
    docqc::lsp::ServerOptions options;
    options.workspace.rule_paths = {project.path("rules.yaml")};
    options.workspace.no_default_rules = true;
    options.doc_url = "https://docs.example/{id}.md";
    return options;
  }
  void send(const json& message) { server.handle_body(message.dump()); }
  void request(int id, const std::string& method, json params = json::object()) {
    send({{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", params}});
  }
  void notify(const std::string& method, json params = json::object()) {
    send({{"jsonrpc", "2.0"}, {"method", method}, {"params", params}});
  }
  // Messages written since the last call.
  std::vector<json> fresh() {
    auto all = lsp_test::frames(out.str());
    std::vector<json> result(all.begin() + static_cast<long>(seen), all.end());
    seen = all.size();
    return result;
  }
  void initialize() {
    request(1, "initialize", {{"capabilities", json::object()}});
    notify("initialized");
    fresh();
  }
  std::string uri(const std::string& name) { return docqc::lsp::uri_of_path(project.path(name)); }
};

json only_diagnostics(const std::vector<json>& messages) {
  json result = json::array();
  for (const auto& message : messages) {
    if (message.value("method", "") == "textDocument/publishDiagnostics") {
      result.push_back(message["params"]);
    }
  }
  return result;
}

}  // namespace

TEST_CASE("lifecycle: not initialized, initialize, shutdown, exit") {
  Session session("lifecycle");
  session.request(5, "textDocument/codeAction");
  auto before = session.fresh();
  REQUIRE(before.size() == 1);
  CHECK(before[0]["error"]["code"] == docqc::lsp::error_code::server_not_initialized);
  session.request(1, "initialize", {{"capabilities", json::object()}});
  auto init = session.fresh();
  REQUIRE(init.size() == 1);
  CHECK(init[0]["id"] == 1);
  CHECK(init[0]["result"]["capabilities"]["textDocumentSync"]["change"] == 2);
  CHECK(init[0]["result"]["serverInfo"]["name"] == "docqc");
  session.request(2, "no/such/method");
  CHECK(session.fresh()[0]["error"]["code"] == docqc::lsp::error_code::method_not_found);
  session.request(3, "shutdown");
  auto shutdown = session.fresh();
  CHECK(shutdown[0]["id"] == 3);
  CHECK(shutdown[0]["result"].is_null());
  session.request(4, "textDocument/codeAction");
  CHECK(session.fresh()[0]["error"]["code"] == docqc::lsp::error_code::invalid_request);
  CHECK_FALSE(session.server.exited());
  session.notify("exit");
  CHECK(session.server.exited());
}

TEST_CASE("malformed messages get JSON-RPC errors and the server goes on") {
  Session session("malformed");
  session.initialize();
  session.server.handle_body("{not json");
  session.server.handle_body("\"\xc3\x28\"");
  session.server.handle_body(R"({"jsonrpc":"2.0","id":9,"method":"x","params":1})");
  session.request(10, "textDocument/codeAction", {{"textDocument", 3}});
  session.notify("textDocument/didChange", {{"textDocument", {{"uri", "file:///nope"}}}});
  auto errors = session.fresh();
  REQUIRE(errors.size() == 5);
  CHECK(errors[0]["error"]["code"] == docqc::lsp::error_code::parse_error);
  CHECK(errors[0]["id"].is_null());
  CHECK(errors[1]["error"]["code"] == docqc::lsp::error_code::parse_error);
  CHECK(errors[2]["error"]["code"] == docqc::lsp::error_code::invalid_request);
  CHECK(errors[2]["id"] == 9);
  CHECK(errors[3]["error"]["code"] == docqc::lsp::error_code::invalid_params);
  CHECK(errors[4]["method"] == "window/logMessage");  // a notification cannot be answered
}

TEST_CASE("diagnostics on open and change, with the document's version") {
  Session session("diagnostics");
  session.initialize();
  std::string uri = session.uri("a.txt");
  session.notify(
      "textDocument/didOpen",
      {{"textDocument",
        {{"uri", uri}, {"languageId", "plaintext"}, {"version", 1}, {"text", "中XXX\n"}}}});
  session.server.check_pending();
  auto opened = only_diagnostics(session.fresh());
  REQUIRE(opened.size() == 1);
  CHECK(opened[0]["version"] == 1);
  REQUIRE(opened[0]["diagnostics"].size() == 1);
  auto diagnostic = opened[0]["diagnostics"][0];
  CHECK(diagnostic["code"] == "placeholder-xxx");
  CHECK(diagnostic["severity"] == 1);
  CHECK(diagnostic["range"]["start"]["character"] == 1);
  CHECK(diagnostic["codeDescription"]["href"] == "https://docs.example/placeholder-xxx.md");
  // Two edits in a burst: one check, at the last version.
  json change = {
      {"range",
       {{"start", {{"line", 1}, {"character", 0}}}, {"end", {{"line", 1}, {"character", 0}}}}},
      {"text", "QQ"}};
  session.notify("textDocument/didChange",
                 {{"textDocument", {{"uri", uri}, {"version", 2}}}, {"contentChanges", {change}}});
  session.notify("textDocument/didChange", {{"textDocument", {{"uri", uri}, {"version", 3}}},
                                            {"contentChanges", {{{"text", "QQ XXX"}}}}});
  session.server.check_pending();
  auto changed = only_diagnostics(session.fresh());
  REQUIRE(changed.size() == 1);
  CHECK(changed[0]["version"] == 3);
  CHECK(changed[0]["diagnostics"].size() == 2);
  session.notify("textDocument/didClose", {{"textDocument", {{"uri", uri}}}});
  auto closed = only_diagnostics(session.fresh());
  REQUIRE(closed.size() == 1);
  CHECK(closed[0]["diagnostics"].empty());
}

TEST_CASE("code actions and the re-check command; config errors land on the config") {
  Session session("actions");
  session.initialize();
  std::string uri = session.uri("a.txt");
  session.notify("textDocument/didOpen",
                 {{"textDocument", {{"uri", uri}, {"version", 1}, {"text", "XXX QQ XXX"}}}});
  json range = {{"start", {{"line", 0}, {"character", 0}}},
                {"end", {{"line", 0}, {"character", 1}}}};
  session.request(7, "textDocument/codeAction",
                  {{"textDocument", {{"uri", uri}}},
                   {"range", range},
                   {"context", {{"diagnostics", json::array()}}}});
  auto replies = session.fresh();
  json actions = replies.back()["result"];
  REQUIRE(actions.size() == 3);  // two fixes on line 0, and fix all
  CHECK(actions[0]["isPreferred"] == true);
  CHECK(actions.back()["edit"]["changes"][uri].size() == 2);
  session.request(8, "textDocument/codeAction",
                  {{"textDocument", {{"uri", uri}}},
                   {"range", range},
                   {"context", {{"only", {"source.fixAll"}}}}});
  CHECK(session.fresh().back()["result"].size() == 1);

  session.project.write(".docqc.yaml", "ignore: [doubel-q]\n");
  session.request(9, "workspace/executeCommand", {{"command", "docqc.recheck"}});
  auto recheck = session.fresh();
  bool shown = false;
  bool on_config = false;
  for (const auto& message : recheck) {
    shown = shown || message.value("method", "") == "window/showMessage";
    if (message.value("method", "") == "textDocument/publishDiagnostics" &&
        message["params"]["uri"] == session.uri(".docqc.yaml")) {
      on_config = message["params"]["diagnostics"][0]["range"]["start"] ==
                  json({{"line", 0}, {"character", 9}});
    }
  }
  CHECK(shown);
  CHECK(on_config);
  session.project.write(".docqc.yaml", "ignore: [double-q]\n");
  session.request(10, "workspace/executeCommand", {{"command", "docqc.recheck"}});
  auto fixed = only_diagnostics(session.fresh());
  bool cleared = false;
  for (const auto& params : fixed) {
    if (params["uri"] == uri) {
      CHECK(params["diagnostics"].size() == 2);  // QQ ignored now
    } else {
      cleared = params["diagnostics"].empty();
    }
  }
  CHECK(cleared);
  session.request(11, "workspace/executeCommand", {{"command", "docqc.nope"}});
  CHECK(session.fresh().back()["error"]["code"] == docqc::lsp::error_code::invalid_params);
}

TEST_CASE("run() reads frames until exit and answers bad frames") {
  lsp_test::Project project("run");
  std::string input =
      docqc::lsp::frame(
          {{"jsonrpc", "2.0"}, {"id", 1}, {"method", "initialize"}, {"params", json::object()}}) +
      "Content-Length: x\r\n\r\n" +
      docqc::lsp::frame({{"jsonrpc", "2.0"}, {"id", 2}, {"method", "shutdown"}}) +
      docqc::lsp::frame({{"jsonrpc", "2.0"}, {"method", "exit"}});
  std::istringstream in(input);
  std::ostringstream out;
  docqc::lsp::Server server(Session::options(project), out);
  CHECK(server.run(in) == 0);
  auto replies = lsp_test::frames(out.str());
  REQUIRE(replies.size() == 3);
  CHECK(replies[1]["error"]["code"] == docqc::lsp::error_code::parse_error);
  CHECK(replies[2]["id"] == 2);
  // Without shutdown, exit (or the end of input) is status 1.
  std::istringstream abrupt(docqc::lsp::frame({{"jsonrpc", "2.0"}, {"method", "exit"}}));
  docqc::lsp::Server other(Session::options(project), out);
  CHECK(other.run(abrupt) == 1);
}

TEST_SUITE_END();
