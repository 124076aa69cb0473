// An LD_PRELOAD shim that simulates a crash in the middle of writing a file, for the
// crash-safety test of `check --fix` (tests/cli/test_fix.sh). No production code knows of it.
//
// Contract: when DOCQC_CRASH_AT_WRITE is "N", the first write(2) to the N-th distinct
// temporary file of the process (a file whose name starts with '.' and holds ".docqc-",
// as fix::AtomicFile names them) writes half of its bytes and then ends the process at once
// with exit status 86, as a crash or a power loss would. Every other write passes through.

#include <dlfcn.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

using WriteFn = ssize_t (*)(int, const void*, size_t);

bool is_temporary(const char* path) {
  const char* base = std::strrchr(path, '/');
  base = base != nullptr ? base + 1 : path;
  return base[0] == '.' && std::strstr(base, ".docqc-") != nullptr;
}

}  // namespace

extern "C" ssize_t write(int fd, const void* data, size_t size) {
  static WriteFn real = reinterpret_cast<WriteFn>(dlsym(RTLD_NEXT, "write"));
  static const char* at = std::getenv("DOCQC_CRASH_AT_WRITE");
  static long seen = 0;
  static char last[4096] = "";
  if (at != nullptr) {
    char link[64];
    char path[4096];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t n = ::readlink(link, path, sizeof path - 1);
    if (n > 0) {
      path[n] = '\0';
      if (is_temporary(path) && std::strcmp(path, last) != 0) {
        std::memcpy(last, path, static_cast<size_t>(n) + 1);
        if (++seen == std::strtol(at, nullptr, 10)) {
          real(fd, data, size / 2);
          std::_Exit(86);
        }
      }
    }
  }
  return real(fd, data, size);
}
