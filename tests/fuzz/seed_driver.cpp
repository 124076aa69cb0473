// A main() for the fuzz targets when they are built without libFuzzer: feeds every file
// named on the command line (directories: every file below them, in sorted order) to
// LLVMFuzzerTestOneInput once. ctest runs each target on its seed corpus this way, so the
// seeds and every crash reproducer added to tests/fuzz/corpus/<target>/ stay regression tests.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "fuzz_check.h"

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  std::vector<fs::path> inputs;
  for (int i = 1; i < argc; ++i) {
    fs::path path = argv[i];
    if (fs::is_directory(path)) {
      for (const auto& entry : fs::recursive_directory_iterator(path)) {
        if (entry.is_regular_file()) {
          inputs.push_back(entry.path());
        }
      }
    } else {
      inputs.push_back(path);
    }
  }
  std::sort(inputs.begin(), inputs.end());
  if (inputs.empty()) {
    std::fprintf(stderr, "usage: %s SEED_FILE_OR_DIR...  (no seed files found)\n", argv[0]);
    return 2;
  }
  for (const auto& input : inputs) {
    std::ifstream stream(input, std::ios::binary);
    std::string bytes(fs::file_size(input), '\0');
    if (!stream.read(bytes.data(), static_cast<std::streamsize>(bytes.size()))) {
      std::fprintf(stderr, "cannot read %s\n", input.c_str());
      return 2;
    }
    // Report the input before running it: a crash then names its reproducer.
    std::fprintf(stderr, "running %s (%zu bytes)\n", input.c_str(), bytes.size());
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
  }
  std::printf("%zu seed inputs ran without a failed invariant\n", inputs.size());
  return 0;
}
