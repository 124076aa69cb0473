"""Cross-file checks over the open documents (tests/cli/test_lsp.sh runs it): two open
documents share a paragraph; once the client is quiet for --cross-file-delay, the later one
(in path order) gets a cross-file-duplicate diagnostic whose relatedInformation points at
the first copy in the other document; a burst of edits runs the pass once; removing the
paragraph clears it."""
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lsp_client import Checks, Client, file_uri  # noqa: E402

docqc, work = sys.argv[1], sys.argv[2]
check = Checks("lsp cross-file")


SHARED = "请于6月10日前完成辖区内地下空间、低洼地区和在建工地的防汛隐患排查，建立问题清单并逐项整改销号。"
A = "关于开展夏季防汛检查的通知\n\n" + SHARED + "\n"
B = "关于加强汛期安全生产工作的通知\n\n各企业要全面开展安全生产隐患排查。\n\n" + SHARED + "\n"
project = os.path.join(work, "cross")
os.makedirs(project)
uri_a = file_uri(os.path.join(project, "a.txt"))
uri_b = file_uri(os.path.join(project, "b.txt"))


def cross(params):
    return [d for d in params["diagnostics"] if d["code"] == "cross-file-duplicate"]


# A long quiet period, so that everything sent below in one go falls inside it.
client = Client([docqc, "lsp", "--no-config", "--doc-url", "https://x/{id}",
                 "--cross-file-delay", "1500"], cwd=work)
client.initialize(file_uri(project))
for uri, text in ((uri_a, A), (uri_b, B)):
    client.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "plaintext", "version": 1, "text": text}})
first = client.diagnostics(uri_b, version=1)
check(not cross(first), "no cross-file finding before the quiet period: %r" % first)

# A burst of edits to b (typing at its first line), all inside the quiet period.
for version in range(2, 7):
    client.notify("textDocument/didChange", {
        "textDocument": {"uri": uri_b, "version": version},
        "contentChanges": [{"range": {"start": {"line": 0, "character": 0},
                                      "end": {"line": 0, "character": 0}}, "text": "新"}]})
B = "新" * 5 + B

passes = []
deadline = time.monotonic() + 20
while time.monotonic() < deadline and not passes:
    message = client.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics",
                          timeout=20)
    if message["params"]["uri"] == uri_b and cross(message["params"]):
        passes.append(message["params"])
check(len(passes) == 1, "the cross-file pass published b's duplicate")
if passes:
    params = passes[0]
    check(params.get("version") == 6, "at the last version of the burst: %r" % params.get("version"))
    (finding,) = cross(params)
    check(finding["range"]["start"] == {"line": 4, "character": 0},
          "at b's copy: %r" % finding["range"])
    check(finding["codeDescription"]["href"] == "https://x/cross-file-duplicate",
          "with its rule doc link")
    related = finding.get("relatedInformation", [])
    check(len(related) == 1 and related[0]["location"]["uri"] == uri_a,
          "relatedInformation names a.txt: %r" % related)
    if related:
        where = related[0]["location"]["range"]
        check(where["start"] == {"line": 2, "character": 0} and where["end"]["line"] in (2, 3),
              "relatedInformation at a's copy: %r" % where)

# A second pass within a further quiet period would publish b again: there is none.
try:
    again = client.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                        and m["params"]["uri"] == uri_b, timeout=3)
    check(False, "the burst ran the pass more than once: %r" % again)
except Exception:  # noqa: BLE001 - the timeout we expect
    pass

# The user deletes b's copy: b is re-checked at once, and stays clear after the pass.
lines = B.split("\n")
client.notify("textDocument/didChange", {
    "textDocument": {"uri": uri_b, "version": 7},
    "contentChanges": [{"range": {"start": {"line": 4, "character": 0},
                                  "end": {"line": 5, "character": 0}}, "text": ""}]})
after = client.diagnostics(uri_b, version=7)
check(not cross(after), "the edited b has no stale cross-file finding")
client.request("workspace/executeCommand", {"command": "docqc.recheck"})
try:
    late = client.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                       and m["params"]["uri"] == uri_b and cross(m["params"]), timeout=4)
    check(False, "a cross-file finding after the copy was deleted: %r" % late)
except Exception:  # noqa: BLE001 - the timeout we expect
    pass

# a alone (b closed) is compared with nothing: no finding and no crash.
client.notify("textDocument/didClose", {"textDocument": {"uri": uri_b}})
client.reply(client.request("shutdown"))
client.notify("exit")
check(client.close() == 0, "shutdown and exit")
check.done()
