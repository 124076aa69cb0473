#include "input/jsonl_reader.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

#ifdef DOCQC_HAVE_ZLIB
#include <zlib.h>
#endif
#ifdef DOCQC_HAVE_ZSTD
#include <zstd.h>
#endif

namespace docqc::input {

namespace {

constexpr std::size_t k_chunk = 1 << 16;

enum class Compression { unknown, none, gzip, zstd };

std::string clean_json_error(std::string message) {
  // "[json.exception.parse_error.101] parse error at ..." -> "parse error at ..."
  if (!message.empty() && message.front() == '[') {
    auto close = message.find("] ");
    if (close != std::string::npos) {
      message.erase(0, close + 2);
    }
  }
  return message;
}

std::string_view type_name(const nlohmann::ordered_json& value) {
  return value.type_name();
}

}  // namespace

struct LineReader::Impl {
  std::string name;
  int fd = -1;
  bool owns_fd = false;
  bool eof = false;  // of the raw stream
  Compression compression = Compression::unknown;
  std::string raw;  // bytes read, not yet decompressed
  std::size_t raw_pos = 0;
  std::string data;  // decompressed bytes, not yet returned
  std::size_t data_pos = 0;
  bool finished = false;
#ifdef DOCQC_HAVE_ZLIB
  z_stream zlib{};
  bool zlib_open = false;
#endif
#ifdef DOCQC_HAVE_ZSTD
  ZSTD_DCtx* zstd = nullptr;
  bool zstd_in_frame = false;
#endif

  ~Impl() {
#ifdef DOCQC_HAVE_ZLIB
    if (zlib_open) {
      inflateEnd(&zlib);
    }
#endif
#ifdef DOCQC_HAVE_ZSTD
    if (zstd != nullptr) {
      ZSTD_freeDCtx(zstd);
    }
#endif
    if (owns_fd && fd >= 0) {
      ::close(fd);
    }
  }

  [[noreturn]] void fail(const std::string& what) const {
    throw std::runtime_error(name + ": " + what);
  }

  // Appends raw bytes; false at the end of the stream.
  bool read_raw() {
    if (eof) {
      return false;
    }
    if (raw_pos == raw.size()) {
      raw.clear();
      raw_pos = 0;
    }
    const std::size_t old = raw.size();
    raw.resize(old + k_chunk);
    ssize_t got = 0;
    do {
      got = ::read(fd, raw.data() + old, k_chunk);
    } while (got < 0 && errno == EINTR);
    if (got < 0) {
      raw.resize(old);
      fail(std::strerror(errno));
    }
    raw.resize(old + static_cast<std::size_t>(got));
    if (got == 0) {
      eof = true;
      return false;
    }
    return true;
  }

  void detect() {
    while (raw.size() - raw_pos < 4 && read_raw()) {
    }
    std::string_view head(raw.data() + raw_pos, raw.size() - raw_pos);
    if (head.size() >= 2 && head[0] == '\x1f' && head[1] == '\x8b') {
      compression = Compression::gzip;
#ifdef DOCQC_HAVE_ZLIB
      if (inflateInit2_(&zlib, 15 + 16, ZLIB_VERSION, static_cast<int>(sizeof(z_stream))) != Z_OK) {
        fail("cannot start gzip decompression");
      }
      zlib_open = true;
#else
      fail("gzip-compressed input, but this docqc was built without zlib");
#endif
    } else if (head.size() >= 4 && head.substr(0, 4) == std::string_view("\x28\xb5\x2f\xfd", 4)) {
      compression = Compression::zstd;
#ifdef DOCQC_HAVE_ZSTD
      zstd = ZSTD_createDCtx();
      if (zstd == nullptr) {
        fail("cannot start zstd decompression");
      }
#else
      fail("zstd-compressed input, but this docqc was built without libzstd");
#endif
    } else {
      compression = Compression::none;
    }
  }

  // Appends decompressed bytes to `data`; false when the stream is over.
  bool fill() {
    if (compression == Compression::unknown) {
      detect();
    }
    if (compression == Compression::none) {
      if (raw_pos == raw.size() && !read_raw()) {
        return false;
      }
      data.append(raw, raw_pos, std::string::npos);
      raw_pos = raw.size();
      return true;
    }
    if (raw_pos == raw.size() && !read_raw()) {
      // The decompressor may still hold output for input it has consumed.
      const std::size_t before = data.size();
      decompress_some();
      return data.size() > before || end_of_compressed();
    }
    decompress_some();
    return true;
  }

  void decompress_some() {
#ifdef DOCQC_HAVE_ZLIB
    if (compression == Compression::gzip) {
      inflate_some();
    }
#endif
#ifdef DOCQC_HAVE_ZSTD
    if (compression == Compression::zstd) {
      zstd_some();
    }
#endif
  }

  bool end_of_compressed() {
#ifdef DOCQC_HAVE_ZLIB
    if (compression == Compression::gzip && zlib.total_in != 0) {
      fail("truncated gzip stream");
    }
#endif
#ifdef DOCQC_HAVE_ZSTD
    if (compression == Compression::zstd && zstd_in_frame) {
      fail("truncated zstd stream");
    }
#endif
    return false;
  }

#ifdef DOCQC_HAVE_ZLIB
  void inflate_some() {
    std::string out(4 * k_chunk, '\0');
    zlib.next_in = reinterpret_cast<Bytef*>(raw.data() + raw_pos);
    zlib.avail_in = static_cast<uInt>(raw.size() - raw_pos);
    zlib.next_out = reinterpret_cast<Bytef*>(out.data());
    zlib.avail_out = static_cast<uInt>(out.size());
    const int status = inflate(&zlib, Z_NO_FLUSH);
    raw_pos = raw.size() - zlib.avail_in;
    data.append(out.data(), out.size() - zlib.avail_out);
    if (status == Z_STREAM_END) {
      // Another gzip member may follow (cat a.gz b.gz).
      inflateReset(&zlib);
      zlib.total_in = 0;
    } else if (status != Z_OK && status != Z_BUF_ERROR) {
      fail(std::string("gzip: ") + (zlib.msg != nullptr ? zlib.msg : "corrupt data"));
    }
  }
#endif

#ifdef DOCQC_HAVE_ZSTD
  void zstd_some() {
    if (raw_pos == raw.size() && !zstd_in_frame) {
      return;  // between frames: with no input, zstd would only ask for the next header
    }
    std::string out(ZSTD_DStreamOutSize(), '\0');
    ZSTD_inBuffer in{raw.data() + raw_pos, raw.size() - raw_pos, 0};
    ZSTD_outBuffer output{out.data(), out.size(), 0};
    const std::size_t status = ZSTD_decompressStream(zstd, &output, &in);
    if (ZSTD_isError(status) != 0) {
      fail(std::string("zstd: ") + ZSTD_getErrorName(status));
    }
    raw_pos += in.pos;
    zstd_in_frame = status != 0;
    data.append(out.data(), output.pos);
  }
#endif
};

LineReader::LineReader(const std::string& path) : m_impl(std::make_unique<Impl>()) {
  m_impl->name = path == "-" ? "<stdin>" : path;
  if (path == "-") {
    m_impl->fd = STDIN_FILENO;
    return;
  }
  m_impl->fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (m_impl->fd < 0) {
    throw std::runtime_error(path + ": " + std::strerror(errno));
  }
  m_impl->owns_fd = true;
}

LineReader::~LineReader() = default;

bool LineReader::next(std::string& line) {
  Impl& impl = *m_impl;
  if (impl.finished) {
    return false;
  }
  line.clear();
  for (;;) {
    const std::size_t newline = impl.data.find('\n', impl.data_pos);
    if (newline != std::string::npos) {
      line.append(impl.data, impl.data_pos, newline - impl.data_pos);
      impl.data_pos = newline + 1;
      return true;
    }
    line.append(impl.data, impl.data_pos, std::string::npos);
    impl.data.clear();
    impl.data_pos = 0;
    if (!impl.fill()) {
      impl.finished = true;
      return !line.empty();
    }
  }
}

std::string_view LineReader::compression() const {
  switch (m_impl->compression) {
    case Compression::gzip:
      return "gzip";
    case Compression::zstd:
      return "zstd";
    default:
      return "";
  }
}

bool supports_compression(std::string_view name) {
#ifdef DOCQC_HAVE_ZLIB
  if (name == "gzip") {
    return true;
  }
#endif
#ifdef DOCQC_HAVE_ZSTD
  if (name == "zstd") {
    return true;
  }
#endif
  return name.empty();
}

JsonlRecord parse_record(std::string_view line, std::size_t line_number,
                         const JsonlOptions& options) {
  JsonlRecord record;
  record.line = line_number;
  if (line.find_first_not_of(" \t\r\f\v") == std::string_view::npos) {
    record.blank = true;
    return record;
  }
  nlohmann::ordered_json object;
  try {
    object = nlohmann::ordered_json::parse(line);
  } catch (const nlohmann::ordered_json::exception& error) {
    record.error = "not JSON: " + clean_json_error(error.what());
    return record;
  }
  if (!object.is_object()) {
    record.error = std::string("not a JSON object but ") + std::string(type_name(object));
    return record;
  }
  if (options.id_field.empty()) {
    record.id = line_number;
  } else {
    auto id = object.find(options.id_field);
    record.id = id == object.end() ? nullptr : std::move(*id);
  }
  for (const auto& field : options.keep_fields) {
    auto value = object.find(field);
    if (value != object.end()) {
      record.kept[field] = *value;
    }
  }
  auto text = object.find(options.text_field);
  if (text == object.end()) {
    record.error = "no field '" + options.text_field + "'";
    return record;
  }
  if (!text->is_string()) {
    record.error =
        "field '" + options.text_field + "' is " + std::string(type_name(*text)) + ", not a string";
    return record;
  }
  record.text = std::move(text->get_ref<std::string&>());
  return record;
}

}  // namespace docqc::input
