// Server: checking documents, publishing diagnostics, code actions and rule doc links.
#include <fmt/format.h>
#include <re2/re2.h>

#include <cstdlib>
#include <filesystem>

#include "cli/rule_doc.h"
#include "engine/checker.h"
#include "fix/atomic_file.h"
#include "lsp/server.h"

namespace docqc::lsp {

namespace {

bool is_markdown(const std::string& path, const std::string& language) {
  auto extension = std::filesystem::path(path).extension().string();
  return language == "markdown" || extension == ".md" || extension == ".markdown";
}

std::filesystem::path default_cache_dir() {
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) {
    return std::filesystem::path(xdg) / "docqc";
  }
  if (const char* home = std::getenv("HOME"); home && *home) {
    return std::filesystem::path(home) / ".cache" / "docqc";
  }
  return {};
}

std::size_t line_of_request(const nlohmann::json& range, const char* end) {
  const auto& position = range.at(end);
  return position.at("line").get<std::size_t>();
}

}  // namespace

void Server::publish_config_error(const std::string& error) {
  // `file:line:col: error: message` lines: diagnostics on the config or rule file itself.
  static const RE2 k_line(R"((.+?):(\d+):(\d+): error: (.*))");
  static const RE2 k_unlocated(R"((.+?): error: (.*))");
  std::map<std::string, nlohmann::json> by_uri;
  std::size_t begin = 0;
  while (begin < error.size()) {
    std::size_t end = std::min(error.find('\n', begin), error.size());
    std::string line = error.substr(begin, end - begin);
    begin = end + 1;
    std::string file;
    std::string message;
    std::size_t row = 1;
    std::size_t column = 1;
    if (!RE2::FullMatch(line, k_line, &file, &row, &column, &message) &&
        !RE2::FullMatch(line, k_unlocated, &file, &message)) {
      continue;
    }
    std::error_code ec;
    std::string uri = uri_of_path(std::filesystem::absolute(file, ec).lexically_normal().string());
    nlohmann::json position = {{"line", row == 0 ? 0 : row - 1},
                               {"character", column == 0 ? 0 : column - 1}};
    auto& list = by_uri[uri];
    if (list.is_null()) {
      list = nlohmann::json::array();
    }
    list.push_back({{"range", {{"start", position}, {"end", position}}},
                    {"severity", 1},
                    {"source", "docqc"},
                    {"message", message}});
  }
  for (auto& [uri, diagnostics] : by_uri) {
    m_config_uris.insert(uri);
    send(notification("textDocument/publishDiagnostics",
                      {{"uri", uri}, {"diagnostics", std::move(diagnostics)}}));
  }
}

void Server::check(OpenDocument& document) {
  document.dirty = false;
  const auto extension = std::filesystem::path(document.path).extension();
  if (extension == ".yaml" || extension == ".yml" || extension == ".docqc-ignore") {
    return;  // configs and rule files are not prose; their load errors are published instead
  }
  CheckResult result = m_workspace.check(document.path, document.text);
  if (!result.config_error.empty()) {
    send(notification("window/showMessage",
                      {{"type", 1},
                       {"message", fmt::format("docqc: the rules for {} do not load:\n{}",
                                               document.path, result.config_error)}}));
    publish_config_error(result.config_error);
  } else if (!m_config_uris.empty()) {
    // A config that failed before loads now: clear its diagnostics.
    for (const auto& uri : m_config_uris) {
      send(notification("textDocument/publishDiagnostics",
                        {{"uri", uri}, {"diagnostics", nlohmann::json::array()}}));
    }
    m_config_uris.clear();
  }
  if (!result.skipped.empty()) {
    log(3, fmt::format("docqc: {} not checked: {}", document.path, result.skipped));
  }
  auto checked = std::make_unique<Checked>();
  checked->text = document.text;
  checked->lines = doc::LineIndex(checked->text);
  checked->findings = std::move(result.findings);
  checked->version = document.version;
  checked->markdown = is_markdown(document.path, document.language);
  publish(document, *checked);
  m_checked[document.uri] = std::move(checked);
}

void Server::publish(const OpenDocument& document, const Checked& checked) {
  nlohmann::json diagnostics = nlohmann::json::array();
  DocUrl url = [this](const std::string& rule) { return doc_url(rule); };
  // A related place in another open document: its range in that document's checked text.
  OtherFile other = [this](const report::LocatedRelated& place) -> nlohmann::json {
    std::string uri = uri_of_path(place.file);
    for (const auto& [open_uri, open] : m_documents.all()) {
      if (open.path == place.file) {
        uri = open_uri;  // as the client spells it
      }
    }
    auto found = m_checked.find(uri);
    if (found != m_checked.end()) {
      return {{"uri", uri},
              {"range", range_of(found->second->lines, place.byte_offset, place.byte_length)}};
    }
    // Not open (any more): the line and column the rule recorded.
    nlohmann::json at = {{"line", place.line == 0 ? 0 : place.line - 1},
                         {"character", place.column == 0 ? 0 : place.column - 1}};
    return {{"uri", uri}, {"range", {{"start", at}, {"end", at}}}};
  };
  std::size_t index = 0;
  for (const auto* list : {&checked.findings, &checked.cross}) {
    for (const auto& finding : *list) {
      diagnostics.push_back(
          to_diagnostic(finding, index++, checked.lines, document.uri, url, other));
    }
  }
  send(notification("textDocument/publishDiagnostics", {{"uri", document.uri},
                                                        {"version", document.version},
                                                        {"diagnostics", std::move(diagnostics)}}));
}

void Server::check_workspace() {
  check_pending();  // compare the documents as they are now
  m_cross_pending = false;
  std::vector<Workspace::OpenText> texts;
  for (auto& [uri, document] : m_documents.all()) {
    auto checked = m_checked.find(uri);
    if (!document.dirty && checked != m_checked.end()) {
      texts.push_back({document.path, checked->second->text});
    }
  }
  std::map<std::string, std::vector<report::LocatedFinding>> found;
  if (texts.size() >= 2) {
    found = m_workspace.check_cross_file(texts);
  }
  for (auto& [uri, document] : m_documents.all()) {
    auto checked = m_checked.find(uri);
    if (document.dirty || checked == m_checked.end()) {
      continue;
    }
    auto mine = found.find(document.path);
    std::vector<report::LocatedFinding> cross;
    if (mine != found.end()) {
      cross = std::move(mine->second);
    }
    Checked& entry = *checked->second;
    if (cross.empty() && entry.cross.empty()) {
      continue;  // nothing was and nothing is: no need to publish again
    }
    entry.cross = std::move(cross);
    publish(document, entry);
  }
}

nlohmann::json Server::code_action(const nlohmann::json& params) {
  const std::string uri = params.at("textDocument").at("uri").get<std::string>();
  OpenDocument* document = m_documents.find(uri);
  if (!document) {
    return nlohmann::json::array();
  }
  if (document->dirty || !m_checked.count(uri)) {
    check(*document);
  }
  auto found = m_checked.find(uri);
  if (found == m_checked.end()) {
    return nlohmann::json::array();  // not checked (a rule file)
  }
  const Checked& checked = *found->second;
  const auto& range = params.at("range");
  CodeActionRequest request;
  request.uri = uri;
  request.text = checked.text;
  request.markdown = checked.markdown;
  request.first_line = line_of_request(range, "start");
  request.last_line = line_of_request(range, "end");
  if (request.last_line < request.first_line) {
    std::swap(request.first_line, request.last_line);
  }
  std::vector<report::LocatedFinding> findings = checked.findings;  // in diagnostic order
  findings.insert(findings.end(), checked.cross.begin(), checked.cross.end());
  nlohmann::json actions = code_actions(request, findings, checked.lines,
                                        [this](const std::string& rule) { return doc_url(rule); });
  // A client asking only for some kinds (say source.fixAll) gets only those.
  const auto context = params.value("context", nlohmann::json::object());
  if (context.is_object() && context.contains("only") && context["only"].is_array()) {
    nlohmann::json wanted = nlohmann::json::array();
    for (auto& action : actions) {
      const std::string kind = action.value("kind", "");
      for (const auto& only : context["only"]) {
        if (only.is_string() &&
            (kind == only.get<std::string>() || kind.starts_with(only.get<std::string>() + "."))) {
          wanted.push_back(action);
          break;
        }
      }
    }
    return wanted;
  }
  return actions;
}

std::string Server::doc_url(const std::string& rule) {
  if (!m_options.doc_url.empty()) {
    std::string url = m_options.doc_url;
    for (auto at = url.find("{id}"); at != std::string::npos; at = url.find("{id}", at)) {
      url.replace(at, 4, rule);
      at += rule.size();
    }
    return url;
  }
  auto cached = m_doc_urls.find(rule);
  if (cached != m_doc_urls.end()) {
    return cached->second;
  }
  std::string url;
  try {
    std::filesystem::path dir = m_options.cache_dir.empty()
                                    ? default_cache_dir()
                                    : std::filesystem::path(m_options.cache_dir);
    std::string page;
    if (const rules::Rule* found = m_workspace.find_rule(rule)) {
      page = cli::rule_page(*found);
    } else {
      for (const auto& info : engine::builtin_rules()) {
        if (info.id == rule) {
          page = cli::builtin_page(info);
        }
      }
    }
    if (!dir.empty() && !page.empty()) {
      dir /= "rules";
      std::filesystem::create_directories(dir);
      fix::AtomicFile file(dir / (rule + ".md"));
      file.write(page);
      file.commit();
      url = uri_of_path(std::filesystem::absolute(dir / (rule + ".md")).string());
    }
  } catch (const std::exception& error) {
    log(2, fmt::format("docqc: cannot write the page of {}: {}", rule, error.what()));
  }
  m_doc_urls[rule] = url;
  return url;
}

}  // namespace docqc::lsp
