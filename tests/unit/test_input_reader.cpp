#include "input/reader.h"

#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace {

std::filesystem::path temp_dir() {
  auto dir = std::filesystem::temp_directory_path() /
             ("docqc-reader-" + std::to_string(::getpid()) + "-" + std::to_string(std::rand()));
  std::filesystem::create_directories(dir);
  return dir;
}

}  // namespace

using docqc::input::read_path;
using docqc::input::ReadLimits;

TEST_SUITE_BEGIN("input::reader");

TEST_CASE("a regular file is read whole, with its identity") {
  auto dir = temp_dir();
  std::ofstream(dir / "a.txt") << "正文\n";
  std::string bytes;
  std::string error;
  docqc::input::FileIdentity id;
  REQUIRE(read_path((dir / "a.txt").string(), ReadLimits{}, bytes, error, &id));
  CHECK(bytes == "正文\n");
  CHECK(id.valid);
  CHECK(id.size == bytes.size());
  CHECK(id.same_state(docqc::input::identity_of((dir / "a.txt").string())));
  std::filesystem::remove_all(dir);
}

TEST_CASE("regression_max_file_size: a file over the limit is an error naming the limit") {
  auto dir = temp_dir();
  std::ofstream(dir / "big.txt") << std::string(5000, 'x');
  std::string bytes;
  std::string error;
  ReadLimits limits;
  limits.max_bytes = 4096;
  CHECK_FALSE(read_path((dir / "big.txt").string(), limits, bytes, error));
  CHECK(error.find("--max-file-size") != std::string::npos);
  CHECK(error.find("4 KiB") != std::string::npos);
  CHECK(bytes.empty());
  std::filesystem::remove_all(dir);
}

TEST_CASE("regression_unbounded_reads: devices are refused, pipes are streamed with a cap") {
  std::string bytes;
  std::string error;
  CHECK_FALSE(read_path("/dev/zero", ReadLimits{}, bytes, error));
  CHECK(error.find("device") != std::string::npos);

  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  REQUIRE(::write(fds[1], "abcdef", 6) == 6);
  ::close(fds[1]);
  ReadLimits limits;
  CHECK(read_path("/dev/fd/" + std::to_string(fds[0]), limits, bytes, error));
  CHECK(bytes == "abcdef");
  ::close(fds[0]);

  REQUIRE(::pipe(fds) == 0);
  REQUIRE(::write(fds[1], "abcdef", 6) == 6);
  ::close(fds[1]);
  limits.max_bytes = 4;
  CHECK_FALSE(docqc::input::read_stream(fds[0], limits, bytes, error));
  CHECK(error.find("--max-file-size") != std::string::npos);
  ::close(fds[0]);
}

TEST_CASE("regression_fifo_hangs: a FIFO nobody writes to fails after the wait") {
  auto dir = temp_dir();
  auto fifo = dir / "f";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::string bytes;
  std::string error;
  ReadLimits limits;
  limits.fifo_wait_ms = 50;
  CHECK_FALSE(read_path(fifo.string(), limits, bytes, error));
  CHECK(error.find("FIFO") != std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST_CASE("a directory is refused") {
  std::string bytes;
  std::string error;
  CHECK_FALSE(
      read_path(std::filesystem::temp_directory_path().string(), ReadLimits{}, bytes, error));
  CHECK(error == "is a directory");
}

TEST_CASE("sizes parse with binary suffixes and print back") {
  std::size_t size = 0;
  CHECK(docqc::input::parse_size("4096", size));
  CHECK(size == 4096);
  CHECK(docqc::input::parse_size("100k", size));
  CHECK(size == 100 * 1024);
  CHECK(docqc::input::parse_size("512M", size));
  CHECK(size == std::size_t{512} << 20);
  CHECK(docqc::input::parse_size("2GiB", size));
  CHECK(size == std::size_t{2} << 30);
  CHECK_FALSE(docqc::input::parse_size("", size));
  CHECK_FALSE(docqc::input::parse_size("12X", size));
  CHECK_FALSE(docqc::input::parse_size("0", size));
  CHECK_FALSE(docqc::input::parse_size("99999999999999999999999", size));
  CHECK(docqc::input::format_size(std::size_t{512} << 20) == "512 MiB");
  CHECK(docqc::input::format_size(1000) == "1000 bytes");
}

TEST_SUITE_END();
