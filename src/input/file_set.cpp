#include "input/file_set.h"

#include <fnmatch.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <set>
#include <sstream>

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

}  // namespace

namespace {

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

FileSet collect_files(const std::vector<std::string>& paths, std::vector<std::string> includes,
                      const std::vector<std::string>& excludes) {
  if (includes.empty()) {
    includes = {"*.txt", "*.md", "*.text"};
  }
  FileSet result;
  for (const auto& path : paths) {
    if (path == "-") {
      result.files.push_back({"-", true});
      continue;
    }
    std::error_code error;
    fs::file_status status = fs::status(path, error);
    if (error || !fs::exists(status)) {
      result.errors.push_back(path + ": " +
                              (error ? error.message() : "no such file or directory"));
      continue;
    }
    if (!fs::is_directory(status)) {
      result.files.push_back({path, false});
      continue;
    }
    std::vector<std::string> found;
    auto options = fs::directory_options::skip_permission_denied;
    for (auto it = fs::recursive_directory_iterator(path, options, error);
         !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
      std::string entry = it->path().string();
      if (it->is_directory(error) && matches_any(excludes, entry)) {
        it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(error) && matches_any(includes, entry) &&
          !matches_any(excludes, entry)) {
        found.push_back(entry);
      }
    }
    if (error) {
      result.errors.push_back(path + ": " + error.message());
    }
    std::sort(found.begin(), found.end());
    for (auto& entry : found) {
      result.files.push_back({std::move(entry), false});
    }
  }
  drop_repeats(result.files);
  return result;
}

bool read_input(const InputFile& file, std::string& bytes, std::string& error) {
  if (file.is_stdin) {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    bytes = buffer.str();
    return true;
  }
  std::ifstream stream(file.path, std::ios::binary);
  if (!stream) {
    error = std::strerror(errno);
    return false;
  }
  stream.seekg(0, std::ios::end);
  auto size = stream.tellg();
  if (size < 0) {
    error = "cannot determine the file size";
    return false;
  }
  stream.seekg(0, std::ios::beg);
  bytes.resize(static_cast<std::size_t>(size));
  if (!stream.read(bytes.data(), size)) {
    error = "read error";
    return false;
  }
  return true;
}

}  // namespace docqc::input
