#include "input/file_set.h"

#include <fnmatch.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <utility>

namespace docqc::input {

namespace fs = std::filesystem;

bool glob_matches(const std::string& glob, const std::string& path) {
  if (glob.find('/') == std::string::npos) {
    std::string name = fs::path(path).filename().string();
    return fnmatch(glob.c_str(), name.c_str(), 0) == 0;
  }
  return fnmatch(glob.c_str(), path.c_str(), 0) == 0 ||
         fnmatch(("*/" + glob).c_str(), path.c_str(), 0) == 0;
}

namespace {

bool matches_any(const std::vector<std::string>& globs, const std::string& path) {
  return std::any_of(globs.begin(), globs.end(),
                     [&](const std::string& glob) { return glob_matches(glob, path); });
}

class Walker {
 public:
  Walker(const WalkOptions& options, FileSet& result) : m_options(options), m_result(result) {}

  void walk(const fs::path& dir, std::vector<std::string>& found) {
    struct stat st {};
    if (::stat(dir.c_str(), &st) == 0 && !m_seen.emplace(st.st_dev, st.st_ino).second) {
      return;  // entered already (a followed link back into the tree)
    }
    std::error_code error;
    fs::directory_iterator it(dir, error);
    if (error) {
      m_result.errors.push_back(dir.string() + ": cannot list this directory: " + error.message());
      return;
    }
    std::vector<fs::directory_entry> entries;
    for (; !error && it != fs::directory_iterator(); it.increment(error)) {
      entries.push_back(*it);
    }
    if (error) {
      m_result.errors.push_back(dir.string() + ": cannot list this directory: " + error.message());
    }
    std::sort(entries.begin(), entries.end(),
              [](const auto& a, const auto& b) { return a.path() < b.path(); });
    for (const auto& entry : entries) {
      std::string name = entry.path().string();
      std::error_code ec;
      bool link = entry.is_symlink(ec);
      if (link && !m_options.follow_symlinks) {
        ++m_result.skipped_links;
        continue;
      }
      fs::file_status status = entry.status(ec);  // follows a link (only with --follow)
      if (ec) {
        if (!link) {
          m_result.errors.push_back(name + ": " + ec.message());
        }
        continue;  // a dangling link
      }
      if (fs::is_directory(status)) {
        if (!matches_any(m_options.excludes, name)) {
          walk(entry.path(), found);
        }
      } else if (fs::is_regular_file(status) && matches_any(m_includes, name) &&
                 !matches_any(m_options.excludes, name)) {
        found.push_back(name);
      }
    }
  }

  void set_includes(std::vector<std::string> includes) { m_includes = std::move(includes); }

 private:
  const WalkOptions& m_options;
  FileSet& m_result;
  std::vector<std::string> m_includes;
  std::set<std::pair<dev_t, ino_t>> m_seen;
};

// A file named twice (`a.txt a.txt`, `a.txt ./a.txt`, or inside a directory also given) is
// checked once, under the name it first appeared with: the same (device, inode), or for a
// file that cannot be stat()ed the same path; stdin once.
void drop_repeats(std::vector<InputFile>& files) {
  std::set<std::pair<dev_t, ino_t>> identities;
  std::set<std::string> paths;
  std::erase_if(files, [&](const InputFile& file) {
    struct stat info {};
    if (!file.is_stdin && ::stat(file.path.c_str(), &info) == 0) {
      return !identities.insert({info.st_dev, info.st_ino}).second;
    }
    return !paths.insert(file.is_stdin ? std::string("\0stdin", 6) : file.path).second;
  });
}

}  // namespace

FileSet collect_files(const std::vector<std::string>& paths, const WalkOptions& options) {
  FileSet result;
  Walker walker(options, result);
  walker.set_includes(options.includes.empty() ? std::vector<std::string>{"*.txt", "*.md", "*.text"}
                                               : options.includes);
  for (const auto& path : paths) {
    if (path == "-") {
      result.files.push_back({"-", true, options.max_bytes});
      continue;
    }
    std::error_code error;
    fs::file_status status = fs::status(path, error);
    if (error || !fs::exists(status)) {
      fs::file_status link = fs::symlink_status(path, error);
      result.errors.push_back(path + ": " +
                              (fs::is_symlink(link) ? std::string("dangling symbolic link")
                               : error              ? error.message()
                                                    : "no such file or directory"));
      continue;
    }
    if (!fs::is_directory(status)) {
      result.files.push_back({path, false, options.max_bytes});
      continue;
    }
    std::vector<std::string> found;
    walker.walk(path, found);
    std::sort(found.begin(), found.end());
    for (auto& entry : found) {
      result.files.push_back({std::move(entry), false, options.max_bytes});
    }
  }
  drop_repeats(result.files);
  return result;
}

FileSet collect_files(const std::vector<std::string>& paths, std::vector<std::string> includes,
                      const std::vector<std::string>& excludes) {
  WalkOptions options;
  options.includes = std::move(includes);
  options.excludes = excludes;
  return collect_files(paths, options);
}

bool read_input(const InputFile& file, std::string& bytes, std::string& error,
                FileIdentity* identity) {
  ReadLimits limits;
  limits.max_bytes = file.max_bytes;
  if (file.is_stdin) {
    return read_stream(STDIN_FILENO, limits, bytes, error);
  }
  return read_path(file.path, limits, bytes, error, identity);
}

}  // namespace docqc::input
