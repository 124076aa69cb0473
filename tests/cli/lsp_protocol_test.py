"""Drives `docqc lsp` over a pipe as an editor would (tests/cli/test_lsp.sh runs it)."""
import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lsp_client import Checks, Client, apply_edits, file_uri  # noqa: E402

docqc, work = sys.argv[1], sys.argv[2]
check = Checks("test_lsp")


RULES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "lsp_rules.yaml")

project = os.path.join(work, "project")
os.makedirs(os.path.join(project, "docs"))
shutil.copyfile(RULES, os.path.join(work, "rules.yaml"))

client = Client([docqc, "lsp", "--no-default-rules", "--rules", os.path.join(work, "rules.yaml"),
                 "--doc-url", "https://docs.example/rules/{id}.md",
                 "--max-document-bytes", "1000000"], cwd=work)
result = client.initialize(file_uri(project))
caps = result["capabilities"]
check(caps["textDocumentSync"]["change"] == 2, "incremental sync offered")
check("docqc.recheck" in caps["executeCommandProvider"]["commands"], "recheck command offered")

# --- Diagnostics on open: UTF-16 ranges on CJK, an astral character and CRLF lines.
path = os.path.join(project, "docs", "a.txt")
uri = file_uri(path)
text = "第一行XXX\r\n𠀀QQ和XXX\r\n"
client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "plaintext",
                                                        "version": 1, "text": text}})
published = client.diagnostics(uri)
check(published.get("version") == 1, "diagnostics carry the version")
ranges = [(d["code"], d["range"]["start"]["line"], d["range"]["start"]["character"],
           d["range"]["end"]["character"], d["severity"]) for d in published["diagnostics"]]
check(ranges == [("placeholder-xxx", 0, 3, 6, 1), ("double-q", 1, 2, 4, 2),
                 ("placeholder-xxx", 1, 5, 8, 1)], "ranges in UTF-16 units: %r" % ranges)
first = published["diagnostics"][0]
check(first["codeDescription"]["href"] == "https://docs.example/rules/placeholder-xxx.md",
      "codeDescription links the rule doc")
check(first["source"] == "docqc", "source is docqc")

# --- An incremental edit: insert "XXX" at the start of line 2.
client.notify("textDocument/didChange", {
    "textDocument": {"uri": uri, "version": 2},
    "contentChanges": [{"range": {"start": {"line": 1, "character": 0},
                                  "end": {"line": 1, "character": 0}}, "text": "XXX"}]})
text = text.replace("𠀀", "XXX𠀀")
changed = client.diagnostics(uri, version=2)
check(len(changed["diagnostics"]) == 4, "the edit is checked: %d" % len(changed["diagnostics"]))

# --- Code actions: the fix as a preferred quick fix; fix all safe; applying them.
reply = client.reply(client.request("textDocument/codeAction", {
    "textDocument": {"uri": uri},
    "range": {"start": {"line": 0, "character": 3}, "end": {"line": 0, "character": 3}},
    "context": {"diagnostics": []}}))
actions = reply["result"]
titles = [a["title"] for a in actions]
check(titles == ["Replace 'XXX' with 'Y' (placeholder-xxx)",
                 "Fix all safe problems in this file (docqc)"], "actions: %r" % titles)
check(actions[0]["isPreferred"] is True and actions[0]["kind"] == "quickfix", "preferred quickfix")
fixed_all = apply_edits(text, actions[1]["edit"]["changes"][uri])
check(fixed_all == "第一行Y\r\nY𠀀QQ和Y\r\n", "fix all applies every safe fix: %r" % fixed_all)

# --- A Markdown document: "ignore this rule here" as an inline directive.
md_path = os.path.join(project, "docs", "b.md")
md_uri = file_uri(md_path)
md_text = "# 标题\n\n正文QQ。\n"
client.notify("textDocument/didOpen", {"textDocument": {"uri": md_uri, "languageId": "markdown",
                                                        "version": 1, "text": md_text}})
check(len(client.diagnostics(md_uri)["diagnostics"]) == 1, "markdown finding")
actions = client.reply(client.request("textDocument/codeAction", {
    "textDocument": {"uri": md_uri},
    "range": {"start": {"line": 2, "character": 0}, "end": {"line": 2, "character": 0}},
    "context": {"diagnostics": []}}))["result"]
ignore = [a for a in actions if a["title"] == "Ignore double-q on this line"]
check(len(ignore) == 1, "ignore action for Markdown: %r" % [a["title"] for a in actions])
if ignore:
    md_text = apply_edits(md_text, ignore[0]["edit"]["changes"][md_uri])
    check(md_text == "# 标题\n\n正文QQ。 <!-- docqc-disable-line double-q -->\n", repr(md_text))
    client.notify("textDocument/didChange", {"textDocument": {"uri": md_uri, "version": 2},
                                             "contentChanges": [{"text": md_text}]})
    check(client.diagnostics(md_uri, version=2)["diagnostics"] == [], "directive suppresses")

# --- A config appears: picked up on save of the config, without a restart.
with open(os.path.join(project, ".docqc.yaml"), "w") as f:
    f.write("ignore: [placeholder-xxx]\n")
client.notify("textDocument/didSave", {"textDocument": {"uri": file_uri(
    os.path.join(project, ".docqc.yaml"))}})
after = client.diagnostics(uri)
check([d["code"] for d in after["diagnostics"]] == ["double-q"],
      "config change applied: %r" % [d["code"] for d in after["diagnostics"]])
# A broken config: an error message, and diagnostics on the config file itself.
with open(os.path.join(project, ".docqc.yaml"), "w") as f:
    f.write("ignroe: [placeholder-xxx]\n")
recheck = client.request("workspace/executeCommand", {"command": "docqc.recheck"})
config_diag = client.diagnostics(file_uri(os.path.join(project, ".docqc.yaml")))
check(config_diag["diagnostics"] and "did you mean 'ignore'" in
      config_diag["diagnostics"][0]["message"], "config error on the config: %r" % config_diag)
client.reply(recheck)  # after the documents' (empty) diagnostics
os.remove(os.path.join(project, ".docqc.yaml"))
client.request("workspace/executeCommand", {"command": "docqc.recheck"})
check(len(client.diagnostics(uri)["diagnostics"]) == 4, "config removed: back to all rules")

# --- Malformed input: JSON-RPC errors, and the server carries on.
client.write_raw(b"Content-Length: 5\r\n\r\n{oops")
check(client.wait(lambda m: "error" in m)["error"]["code"] == -32700, "parse error")
client.write_raw(b"Content-Length: 4\r\n\r\n\"\xff\xfe\"")
check(client.wait(lambda m: "error" in m)["error"]["code"] == -32700, "invalid UTF-8 body")
client.write_raw(b"Content-Type: nothing\r\n\r\n")
check(client.wait(lambda m: "error" in m)["error"]["code"] == -32700, "frame without length")
client.send({"jsonrpc": "2.0", "id": 99, "method": "textDocument/codeAction", "params": []})
check(client.reply(99)["error"]["code"] == -32602, "invalid params")
client.send({"jsonrpc": "2.0", "id": 100, "method": "nope"})
check(client.reply(100)["error"]["code"] == -32601, "method not found")

# --- Binary and huge documents: no crash, no diagnostics.
bin_uri = file_uri(os.path.join(project, "blob.txt"))
client.notify("textDocument/didOpen", {"textDocument": {"uri": bin_uri, "languageId": "plaintext",
                                                        "version": 1, "text": "\x00\x01XXX\x00"}})
check(client.diagnostics(bin_uri)["diagnostics"] == [], "binary document not checked")
huge_uri = file_uri(os.path.join(project, "huge.txt"))
client.notify("textDocument/didOpen", {"textDocument": {"uri": huge_uri, "languageId": "plaintext",
                                                        "version": 1, "text": "XXX " * (1 << 19)}})
check(client.diagnostics(huge_uri, timeout=120)["diagnostics"] == [], "huge document not checked")
client.notify("textDocument/didClose", {"textDocument": {"uri": huge_uri}})
check(client.diagnostics(huge_uri)["diagnostics"] == [], "close clears diagnostics")

# --- Shutdown and exit.
check(client.reply(client.request("shutdown"))["result"] is None, "shutdown answered")
client.notify("exit")
check(client.close() == 0, "exit after shutdown is status 0")

# Exit without shutdown is status 1.
other = Client([docqc, "lsp", "--no-default-rules"], cwd=work)
other.initialize()
other.notify("exit")
check(other.close() == 1, "exit without shutdown is status 1")
# End of input without exit ends the server too.
eof = Client([docqc, "lsp", "--no-default-rules"], cwd=work)
eof.proc.stdin.close()
check(eof.close() == 1, "end of input ends the server")

check.done()
