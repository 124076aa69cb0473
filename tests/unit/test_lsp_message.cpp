#include "lsp/message.h"

#include <doctest/doctest.h>

#include <sstream>

using docqc::lsp::Frame;
using docqc::lsp::Message;
using docqc::lsp::parse_message;
using docqc::lsp::read_frame;

TEST_SUITE_BEGIN("lsp::message");

TEST_CASE("frames are read by Content-Length, headers in any case, one after another") {
  std::istringstream in(
      "Content-Length: 2\r\n\r\n{}content-length:  5\r\nContent-Type: x\r\n\r\n[1,2]");
  Frame first = read_frame(in, 1000);
  CHECK(first.status == Frame::Status::ok);
  CHECK(first.body == "{}");
  Frame second = read_frame(in, 1000);
  CHECK(second.status == Frame::Status::ok);
  CHECK(second.body == "[1,2]");
  CHECK(read_frame(in, 1000).status == Frame::Status::eof);
}

TEST_CASE("bad frames are reported and the stream stays usable") {
  std::istringstream no_length("Content-Type: x\r\n\r\nContent-Length: 2\r\n\r\n{}");
  Frame bad = read_frame(no_length, 1000);
  CHECK(bad.status == Frame::Status::bad_frame);
  CHECK(bad.error == "no Content-Length header");
  CHECK(read_frame(no_length, 1000).body == "{}");

  std::istringstream garbage("hello\r\n\r\n");
  CHECK(read_frame(garbage, 1000).status == Frame::Status::bad_frame);

  std::istringstream negative("Content-Length: -3\r\n\r\n");
  CHECK(read_frame(negative, 1000).error.find("bad Content-Length") == 0);

  // An oversized body is skipped whole; the next frame is read normally.
  std::istringstream huge("Content-Length: 10\r\n\r\n0123456789Content-Length: 1\r\n\r\n7");
  Frame skipped = read_frame(huge, 5);
  CHECK(skipped.status == Frame::Status::bad_frame);
  CHECK(skipped.error.find("over the limit") != std::string::npos);
  CHECK(read_frame(huge, 5).body == "7");

  std::istringstream truncated("Content-Length: 10\r\n\r\nabc");
  CHECK(read_frame(truncated, 1000).status == Frame::Status::eof);
  std::istringstream long_line(std::string(5000, 'x') + "\r\n\r\n");
  CHECK(read_frame(long_line, 1000).status == Frame::Status::bad_frame);
}

TEST_CASE("messages are classified, with the JSON-RPC error for bad ones") {
  Message request = parse_message(R"({"jsonrpc":"2.0","id":7,"method":"shutdown"})");
  CHECK(request.kind == Message::Kind::request);
  CHECK(request.id == 7);
  CHECK(request.params.is_null());
  Message note = parse_message(R"({"jsonrpc":"2.0","method":"exit","params":{}})");
  CHECK(note.kind == Message::Kind::notification);
  CHECK(note.params.is_object());
  Message reply = parse_message(R"({"jsonrpc":"2.0","id":"a","result":null})");
  CHECK(reply.kind == Message::Kind::response);

  CHECK(parse_message("{").error == docqc::lsp::error_code::parse_error);
  CHECK(parse_message("\"\xff\"").error == docqc::lsp::error_code::parse_error);
  CHECK(parse_message("[]").error == docqc::lsp::error_code::invalid_request);
  CHECK(parse_message(R"({"id":1,"method":"x"})").error == docqc::lsp::error_code::invalid_request);
  CHECK(parse_message(R"({"jsonrpc":"2.0","id":1.5,"method":"x"})").kind == Message::Kind::invalid);
  Message bad_params = parse_message(R"({"jsonrpc":"2.0","id":3,"method":"x","params":4})");
  CHECK(bad_params.kind == Message::Kind::invalid);
  CHECK(bad_params.id == 3);
  CHECK(parse_message(R"({"jsonrpc":"2.0","method":5})").kind == Message::Kind::invalid);
}

TEST_CASE("frame() writes the byte length of the UTF-8 body") {
  std::string framed = docqc::lsp::frame({{"text", "中文"}});
  CHECK(framed == "Content-Length: 17\r\n\r\n{\"text\":\"中文\"}");
  std::istringstream in(framed);
  CHECK(nlohmann::json::parse(read_frame(in, 100).body)["text"] == "中文");
}

TEST_SUITE_END();
