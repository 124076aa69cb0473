#include "cli/rule_doc.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <stdexcept>

#include "engine/example_runner.h"
#include "fix/atomic_file.h"

namespace docqc::cli {

namespace {

// A table cell: no line breaks, pipes escaped.
std::string cell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|') {
      out += "\\|";
    } else if (c == '\n') {
      out += "<br>";
    } else if (c != '\r') {
      out += c;
    }
  }
  return out;
}

// Inline code that survives backticks inside: a longer backtick run around it.
std::string code(std::string_view text) {
  std::size_t longest = 0;
  std::size_t run = 0;
  for (char c : text) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  std::string ticks(longest + 1, '`');
  bool pad = text.empty() || text.front() == '`' || text.back() == '`' || text.front() == ' ' ||
             text.back() == ' ';
  return pad ? fmt::format("{} {} {}", ticks, text, ticks)
             : fmt::format("{}{}{}", ticks, text, ticks);
}

std::string fenced(std::string_view text) {
  std::size_t longest = 0;
  std::size_t run = 0;
  for (char c : text) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  std::string fence(std::max<std::size_t>(3, longest + 1), '`');
  std::string body(text);
  if (body.empty() || body.back() != '\n') {
    body += '\n';
  }
  return fmt::format("{}text\n{}{}\n", fence, body, fence);
}

std::string number(double value) {
  return fmt::format("{}", value);
}

std::string option_rows(const rules::RuleInfo& info) {
  std::string out;
  for (const auto& spec : info.options) {
    std::string type(rules::to_string(spec.type));
    if (spec.min || spec.max) {
      type += fmt::format(" in [{}, {}]", spec.min ? number(*spec.min) : "",
                          spec.max ? number(*spec.max) : "");
    }
    if (spec.required) {
      type += ", required";
    }
    out += fmt::format("| `{}` | {} | {} | {} |\n", spec.key, cell(type),
                       spec.value ? cell(code(*spec.value)) : "(default)",
                       spec.fallback.empty() ? "" : cell(code(spec.fallback)));
  }
  return out;
}

std::string fix_text(const report::LocatedFinding& finding) {
  if (!finding.fix) {
    return "";
  }
  std::string what = finding.fix->replacement.empty()
                         ? std::string("delete")
                         : fmt::format("replace with {}", code(finding.fix->replacement));
  if (!finding.fix->extra_edits.empty()) {
    what += fmt::format(" (and {} more edits)", finding.fix->extra_edits.size());
  }
  return fmt::format("{}, {}", what, finding.fix->safe ? "safe" : "unsafe");
}

std::string example_section(const rules::Rule& rule, const rules::RuleExample& example) {
  std::string out =
      fmt::format("### {}\n\n{}\n", example.bad ? "Bad" : "Good", fenced(example.text));
  auto result = engine::run_example(rule, example);
  if (result.findings.empty()) {
    out += "No findings.\n\n";
    return out;
  }
  out += "| at | text | message | fix |\n|---|---|---|---|\n";
  for (const auto& finding : result.findings) {
    out += fmt::format("| {}:{} | {} | {} | {} |\n", finding.line, finding.column,
                       finding.text.empty() ? "" : cell(code(finding.text)), cell(finding.message),
                       cell(fix_text(finding)));
  }
  out += "\n";
  if (result.fixed != example.text) {
    out += fmt::format("Fixed (`--fix --unsafe-fixes`):\n\n{}\n", fenced(result.fixed));
  }
  return out;
}

std::string header(const rules::RuleInfo& info) {
  std::string out = fmt::format("# {}\n\n", info.id);
  if (!info.description.empty()) {
    std::string description = info.description;
    while (!description.empty() && description.back() == '\n') {
      description.pop_back();
    }
    out += description + "\n\n";
  }
  out += "| | |\n|---|---|\n";
  if (!info.kind.empty()) {
    out += fmt::format("| kind | `{}` |\n", info.kind);
  }
  out += fmt::format("| category | `{}` |\n| severity | `{}` |\n", to_string(info.category),
                     to_string(info.severity));
  return out;
}

}  // namespace

std::string rule_page(const rules::Rule& rule) {
  const auto& info = rule.info();
  std::string out = header(info);
  out += fmt::format("| scope | `{}` |\n", rules::to_string(info.scope));
  if (!info.pack.empty()) {
    out += fmt::format("| pack | `{}` |\n", info.pack);
  }
  out += fmt::format("| defined in | `{}:{}` |\n", info.source_file, info.source_line);
  out += fmt::format("| message | {} |\n", cell(code(info.message)));
  if (!info.paths.empty()) {
    std::string paths;
    for (const auto& path : info.paths) {
      paths += (paths.empty() ? "" : ", ") + code(path);
    }
    out += fmt::format("| paths | {} |\n", cell(paths));
  }
  out += "\n## Options\n\n";
  if (info.options.empty()) {
    out += "None.\n\n";
  } else {
    out += "Set in the rule file, or per project in `.docqc.yaml` under `options: {" + info.id +
           ": {...}}`.\n\n| option | type | value | default |\n|---|---|---|---|\n" +
           option_rows(info) + "\n";
  }
  out += "## Examples\n\n";
  if (info.examples.empty()) {
    out += "None.\n";
  }
  for (const auto& example : info.examples) {
    out += example_section(rule, example);
  }
  while (out.size() >= 2 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') {
    out.pop_back();
  }
  return out;
}

std::string builtin_page(const rules::RuleInfo& info) {
  return header(info) + "| scope | built into the decoder |\n";
}

std::string index_page(const std::vector<const rules::RuleInfo*>& rules) {
  std::string out =
      "# Rule reference\n\nGenerated by `docqc rules --doc docs/rules` from the rule packs; do "
      "not edit by hand.\n\n| rule | category | severity | what it finds |\n|---|---|---|---|\n";
  for (const auto* info : rules) {
    std::string summary = info->description.substr(0, info->description.find('\n'));
    // The first sentence: up to the first 。 or ". ", whichever comes first.
    const auto cjk = summary.find("。");
    const auto latin = summary.find(". ");
    if (cjk != std::string::npos && (latin == std::string::npos || cjk < latin)) {
      summary = summary.substr(0, cjk + 3);
    } else if (latin != std::string::npos) {
      summary = summary.substr(0, latin + 1);
    }
    out += fmt::format("| [{}]({}.md) | {} | {} | {} |\n", info->id, info->id,
                       to_string(info->category), to_string(info->severity), cell(summary));
  }
  return out;
}

std::size_t write_rule_docs(const std::filesystem::path& dir,
                            const std::vector<const rules::Rule*>& rules,
                            const std::vector<rules::RuleInfo>& builtins) {
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  if (error) {
    throw std::runtime_error(fmt::format("cannot create {}: {}", dir.string(), error.message()));
  }
  std::vector<std::pair<std::string, std::string>> pages;
  std::vector<const rules::RuleInfo*> infos;
  for (const auto& info : builtins) {
    pages.emplace_back(info.id, builtin_page(info));
    infos.push_back(&info);
  }
  for (const auto* rule : rules) {
    pages.emplace_back(rule->info().id, rule_page(*rule));
    infos.push_back(&rule->info());
  }
  std::sort(infos.begin(), infos.end(), [](const auto* a, const auto* b) { return a->id < b->id; });
  std::set<std::string> written;
  auto write = [&](const std::string& name, const std::string& text) {
    fix::AtomicFile file(dir / name);
    file.write(text);
    file.commit();
    written.insert(name);
  };
  for (const auto& [id, text] : pages) {
    write(id + ".md", text);
  }
  write("README.md", index_page(infos));
  for (const auto& entry : std::filesystem::directory_iterator(dir, error)) {
    const auto name = entry.path().filename().string();
    if (entry.is_regular_file() && entry.path().extension() == ".md" && !written.count(name)) {
      std::filesystem::remove(entry.path(), error);
    }
  }
  return pages.size();
}

}  // namespace docqc::cli
