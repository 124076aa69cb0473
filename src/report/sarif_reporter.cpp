#include "report/sarif_reporter.h"

#include <nlohmann/json.hpp>

#include <fmt/format.h>

#include <array>
#include <cctype>
#include <filesystem>
#include <map>

#include "report/fingerprint.h"

namespace docqc::report {

namespace {

using Json = nlohmann::ordered_json;

std::string_view level(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::info:
      return "note";
  }
  return "note";
}

// "doubled-punctuation" -> "DoubledPunctuation": SARIF wants a readable, id-like name.
std::string pascal_case(std::string_view id) {
  std::string name;
  bool upper = true;
  for (char c : id) {
    if (!std::isalnum(static_cast<unsigned char>(c))) {
      upper = true;
      continue;
    }
    name.push_back(upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c);
    upper = false;
  }
  return name;
}

// The first sentence (up to a full stop, Chinese or Latin), for shortDescription.
std::string first_sentence(std::string_view text) {
  std::size_t best = text.size();
  for (std::string_view stop :
       {std::string_view("。"), std::string_view(". "), std::string_view("\n")}) {
    std::size_t at = text.find(stop);
    if (at != std::string_view::npos && at + stop.size() < best) {
      best = at + (stop == "。" ? stop.size() : 1);
    }
  }
  std::string s(text.substr(0, best));
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) {
    s.pop_back();
  }
  return s;
}

// SARIF URIs: relative paths stay relative (to %SRCROOT%), with '/' separators and
// percent-escapes for characters a URI cannot hold; absolute paths become file:// URIs.
std::string to_uri(const std::string& path, bool& absolute) {
  std::filesystem::path p(path);
  absolute = p.is_absolute();
  std::string generic = p.lexically_normal().generic_string();
  while (generic.rfind("./", 0) == 0) {
    generic.erase(0, 2);
  }
  std::string out = absolute ? "file://" : "";
  static const char* k_hex = "0123456789ABCDEF";
  for (unsigned char c : generic) {
    if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~' || c >= 0x80) {
      out.push_back(static_cast<char>(c));  // IRIs may hold non-ASCII text as is
    } else {
      out.push_back('%');
      out.push_back(k_hex[c >> 4]);
      out.push_back(k_hex[c & 15]);
    }
  }
  return out;
}

Json artifact_location(const std::string& path, std::optional<std::size_t> index) {
  bool absolute = false;
  Json location;
  location["uri"] = to_uri(path, absolute);
  if (!absolute) {
    location["uriBaseId"] = "%SRCROOT%";
  }
  if (index) {
    location["index"] = *index;
  }
  return location;
}

// Longer snippets are left out: viewers show the file itself, and a duplicated paragraph
// or a broken one would otherwise be copied into the log once or twice per result.
constexpr std::size_t k_max_snippet_bytes = 160;
constexpr std::size_t k_max_context_bytes = 320;

Json region(const LocatedFinding& f) {
  Json r;
  r["startLine"] = f.line;
  r["startColumn"] = f.column;
  r["endLine"] = f.end_line;
  r["endColumn"] = f.end_column;
  r["charOffset"] = f.char_offset;
  r["charLength"] = f.char_length;
  r["byteOffset"] = f.byte_offset;
  r["byteLength"] = f.byte_length;
  if (f.text.size() <= k_max_snippet_bytes) {
    r["snippet"]["text"] = f.text;
  }
  return r;
}

int severity_rank(Severity severity) {
  switch (severity) {
    case Severity::error:
      return 0;
    case Severity::warning:
      return 1;
    case Severity::info:
      return 2;
  }
  return 2;
}

std::string fmt_help(const RuleDescriptor& d) {
  std::string help = d.description.empty() ? d.id : d.description;
  help += "\n\nRun `docqc explain " + d.id + "` for examples. Category: ";
  help += to_string(d.category);
  help += ".";
  return help;
}

}  // namespace

void SarifReporter::write(const Report& report, std::ostream& out) {
  Json rules = Json::array();
  std::map<std::string, std::size_t> rule_index;
  auto add_rule = [&](const RuleDescriptor& d) {
    if (rule_index.count(d.id) != 0) {
      return;
    }
    Json rule;
    rule["id"] = d.id;
    rule["name"] = pascal_case(d.id);
    std::string description = d.description.empty() ? d.id : d.description;
    rule["shortDescription"]["text"] = first_sentence(description);
    rule["fullDescription"]["text"] = description;
    rule["help"]["text"] = fmt_help(d);
    rule["defaultConfiguration"]["level"] = level(d.severity);
    rule["properties"]["category"] = to_string(d.category);
    rule["properties"]["kind"] = d.kind;
    rule["properties"]["tags"] = Json::array({to_string(d.category)});
    rule_index[d.id] = rules.size();
    rules.push_back(std::move(rule));
  };
  for (const auto& d : report.rules) {
    add_rule(d);
  }
  for (const auto& file : report.files) {
    for (const auto& f : file.findings) {
      if (rule_index.count(f.rule) == 0) {
        add_rule({f.rule, "", f.category, f.severity, "", ""});
      }
    }
  }

  Json artifacts = Json::array();
  std::map<std::string, std::size_t> artifact_index;
  Json results = Json::array();
  for (const auto& file : report.files) {
    std::size_t index = artifacts.size();
    artifact_index[file.path] = index;
    Json artifact;
    artifact["location"] = artifact_location(file.path, std::nullopt);
    artifact["length"] = file.bytes;
    if (!file.encoding.empty()) {
      artifact["encoding"] = file.encoding;
    }
    artifacts.push_back(std::move(artifact));
  }
  // GitHub code scanning rejects a run of more than k_max_sarif_results results: keep the most
  // severe (errors, then warnings, then notes; in report order within a severity).
  std::size_t total = 0;
  std::array<std::size_t, 3> by_rank{};
  for (const auto& file : report.files) {
    for (const auto& f : file.findings) {
      ++by_rank[severity_rank(f.severity)];
      ++total;
    }
  }
  int keep_rank = 2;                      // every rank up to this one is kept whole ...
  std::size_t keep_at_rank = by_rank[2];  // ... except this many of the last kept rank
  std::size_t room = m_max_results;
  for (int rank = 0; rank < 3; ++rank) {
    if (by_rank[rank] > room) {
      keep_rank = rank;
      keep_at_rank = room;
      break;
    }
    room -= by_rank[rank];
  }
  std::size_t kept_at_rank = 0;
  for (const auto& file : report.files) {
    auto prints = fingerprints(file.findings);
    std::size_t index = artifact_index[file.path];
    for (std::size_t i = 0; i < file.findings.size(); ++i) {
      const auto& f = file.findings[i];
      int rank = severity_rank(f.severity);
      if (rank > keep_rank || (rank == keep_rank && kept_at_rank++ >= keep_at_rank)) {
        continue;
      }
      Json result;
      result["ruleId"] = f.rule;
      result["ruleIndex"] = rule_index[f.rule];
      result["level"] = level(f.severity);
      result["message"]["text"] = f.message;
      Json physical;
      physical["artifactLocation"] = artifact_location(file.path, index);
      if (f.line > 0) {
        physical["region"] = region(f);
        // The context is the finding's first line: it can only contain a one-line region
        // (SARIF1008); multi-line findings (a broken paragraph, a duplicate block) go without.
        if (!f.context.empty() && f.end_line <= f.line && f.context.size() <= k_max_context_bytes) {
          Json context;
          context["startLine"] = f.line;
          context["snippet"]["text"] = f.context;
          physical["contextRegion"] = std::move(context);
        }
      }
      result["locations"] = Json::array({Json{{"physicalLocation", std::move(physical)}}});
      result["partialFingerprints"]["docqcSpan/v1"] = prints[i];
      if (!f.related.empty()) {
        Json related = Json::array();
        for (std::size_t k = 0; k < f.related.size(); ++k) {
          const auto& r = f.related[k];
          const std::string& path = r.file.empty() ? file.path : r.file;
          Json loc;
          loc["id"] = k;
          auto it = artifact_index.find(path);
          loc["physicalLocation"]["artifactLocation"] = artifact_location(
              path, it == artifact_index.end() ? std::nullopt : std::optional(it->second));
          if (r.line > 0) {
            loc["physicalLocation"]["region"]["startLine"] = r.line;
            loc["physicalLocation"]["region"]["startColumn"] = r.column;
          }
          loc["message"]["text"] = r.message.empty() ? std::string("related location") : r.message;
          related.push_back(std::move(loc));
        }
        result["relatedLocations"] = std::move(related);
      }
      if (f.fix) {
        Json replacement;
        if (f.fix->byte_offset == f.byte_offset && f.fix->byte_length == f.byte_length &&
            f.line > 0) {
          Json deleted = region(f);
          deleted.erase("snippet");
          deleted.erase("charOffset");  // the lines, columns and bytes say it already
          deleted.erase("charLength");
          replacement["deletedRegion"] = std::move(deleted);
        } else {
          replacement["deletedRegion"]["byteOffset"] = f.fix->byte_offset;
          replacement["deletedRegion"]["byteLength"] = f.fix->byte_length;
        }
        replacement["insertedContent"]["text"] = f.fix->replacement;
        Json change;
        change["artifactLocation"] = artifact_location(file.path, index);
        change["replacements"] = Json::array({std::move(replacement)});
        for (const auto& edit : f.fix->extra_edits) {
          Json more;
          more["deletedRegion"]["byteOffset"] = edit.byte_offset;
          more["deletedRegion"]["byteLength"] = edit.byte_length;
          more["insertedContent"]["text"] = edit.replacement;
          change["replacements"].push_back(std::move(more));
        }
        Json fix;
        fix["description"]["text"] = f.fix->replacement.empty()
                                         ? std::string("Delete \"") + f.text + "\""
                                         : std::string("Replace with \"") + f.fix->replacement +
                                               "\"" +
                                               (f.fix->safe ? "" : " (unsafe: check the meaning)");
        fix["artifactChanges"] = Json::array({std::move(change)});
        result["fixes"] = Json::array({std::move(fix)});
      }
      results.push_back(std::move(result));
    }
  }

  Json driver;
  driver["name"] = report.tool_name;
  driver["version"] = report.tool_version;
  driver["semanticVersion"] = report.tool_version;
#ifdef DOCQC_HOMEPAGE_URL
  driver["informationUri"] = DOCQC_HOMEPAGE_URL;
#endif
  driver["rules"] = std::move(rules);
  Json run;
  run["tool"]["driver"] = std::move(driver);
  Json invocation{{"executionSuccessful", true}};
  if (results.size() < total) {
    Json note;
    note["level"] = "warning";
    note["descriptor"]["id"] = "docqc-results-capped";
    note["message"]["text"] = fmt::format(
        "{} findings, {} in this log: GitHub code scanning rejects a run of more than {} "
        "results, so only the most severe are kept (see --format json for all)",
        total, results.size(), k_max_sarif_results);
    invocation["toolExecutionNotifications"] = Json::array({std::move(note)});
  }
  run["invocations"] = Json::array({std::move(invocation)});
  run["columnKind"] = "unicodeCodePoints";
  run["artifacts"] = std::move(artifacts);
  run["results"] = Json::array();  // written below, one per line
  Json log;
  log["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  log["version"] = "2.1.0";
  log["runs"] = Json::array({std::move(run)});
  // Indented, except one result per line: a third of the size, still readable and diffable.
  std::string text = log.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
  static constexpr std::string_view k_empty_results = "\"results\": []";
  std::size_t at = text.rfind(k_empty_results);
  out << text.substr(0, at) << "\"results\": [";
  for (std::size_t i = 0; i < results.size(); ++i) {
    out << (i == 0 ? "\n        " : ",\n        ")
        << results[i].dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  }
  out << (results.empty() ? "]" : "\n      ]") << text.substr(at + k_empty_results.size()) << '\n';
}

}  // namespace docqc::report
