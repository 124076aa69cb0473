"""A small LSP client for the language server tests and benchmark: frames, a reader thread,
and waiting for the message a test expects. Not a test itself."""
import json
import queue
import subprocess
import sys
import threading
import time


class Client:
    def __init__(self, argv, cwd=None):
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, cwd=cwd)
        self.messages = queue.Queue()
        self.next_id = 1
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self):
        out = self.proc.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    self.messages.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.partition(b":")
                if name.lower() == b"content-length":
                    length = int(value)
            body = out.read(length)
            self.messages.put((time.perf_counter(), json.loads(body)))

    def write_raw(self, data):
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def send(self, message):
        body = json.dumps(message, ensure_ascii=False).encode("utf-8")
        self.write_raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def request(self, method, params=None):
        request_id = self.next_id
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": request_id, "method": method, "params": params or {}})
        return request_id

    def notify(self, method, params=None):
        self.send({"jsonrpc": "2.0", "method": method, "params": params or {}})

    def wait(self, predicate, timeout=20.0):
        """The first message that satisfies predicate; the others are dropped."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no matching message")
            item = self.messages.get(timeout=left)
            if item is None:
                raise EOFError("the server closed its output")
            if predicate(item[1]):
                return item[1]

    def wait_timed(self, predicate, timeout=20.0):
        deadline = time.monotonic() + timeout
        while True:
            item = self.messages.get(timeout=max(0.01, deadline - time.monotonic()))
            if item is None:
                raise EOFError("the server closed its output")
            if predicate(item[1]):
                return item

    def reply(self, request_id, timeout=20.0):
        return self.wait(lambda m: m.get("id") == request_id and "method" not in m, timeout)

    def diagnostics(self, uri, version=None, timeout=20.0):
        def match(m):
            if m.get("method") != "textDocument/publishDiagnostics":
                return False
            params = m["params"]
            return params["uri"] == uri and (version is None or params.get("version") == version)
        return self.wait(match, timeout)["params"]

    def initialize(self, root_uri=None):
        reply = self.reply(self.request("initialize", {"processId": None, "rootUri": root_uri,
                                                       "capabilities": {}}))
        self.notify("initialized")
        return reply["result"]

    def close(self, timeout=10.0):
        try:
            return self.proc.wait(timeout=timeout)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()


class Checks:
    """A test script's checks: each failure is printed and counted; done() exits 1 if any."""

    def __init__(self, name):
        self.name = name
        self.failures = []

    def __call__(self, condition, what):
        if not condition:
            self.failures.append(what)
            print("FAIL [%s]: %s" % (self.name, what), file=sys.stderr)

    def done(self):
        sys.exit(1 if self.failures else 0)


def file_uri(path):
    from urllib.parse import quote
    return "file://" + quote(path)


def utf16_offset(text, line, character):
    """The Python string index of an LSP position (UTF-16 units)."""
    import re
    # LSP ends lines at LF, CR LF and CR only (not at str.splitlines' other separators).
    lines = re.findall(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", text)
    index = sum(len(l) for l in lines[:line])
    units = 0
    for ch in (lines[line] if line < len(lines) else ""):
        if units >= character or ch in "\r\n":
            break
        units += 2 if ord(ch) > 0xFFFF else 1
        index += 1
    return index


def apply_edits(text, edits):
    """Applies LSP TextEdits (all relative to the same original text)."""
    spans = []
    for edit in edits:
        start = utf16_offset(text, edit["range"]["start"]["line"], edit["range"]["start"]["character"])
        end = utf16_offset(text, edit["range"]["end"]["line"], edit["range"]["end"]["character"])
        spans.append((start, end, edit["newText"]))
    for start, end, new in sorted(spans, reverse=True):
        text = text[:start] + new + text[end:]
    return text
