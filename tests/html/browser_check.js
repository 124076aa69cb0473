#!/usr/bin/env node
// Opens a docqc HTML report in headless Chromium through the DevTools
// protocol on a pipe (no network, no npm packages), clicks a filter the way a
// person would, checks that the page reacts and stays fast, and takes
// screenshots.
//
// usage: browser_check.js CHROMIUM REPORT.html OUT_DIR [expect-filter-json]
// Prints one JSON line with what it measured; exits 1 on a failed check.
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const [chromium, report, outDir] = process.argv.slice(2);
if (!chromium || !report || !outDir) {
  console.error('usage: browser_check.js CHROMIUM REPORT.html OUT_DIR');
  process.exit(2);
}
fs.mkdirSync(outDir, { recursive: true });
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'docqc-chromium-'));
const proc = spawn(chromium, [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--user-data-dir=' + profile, '--remote-debugging-pipe', '--window-size=1400,900', 'about:blank',
], { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
let stderr = '';
proc.stderr.on('data', (d) => { stderr += d; });

const out = proc.stdio[3];
const inp = proc.stdio[4];
let nextId = 1;
const pending = new Map();
const waiters = [];
let buf = Buffer.alloc(0);
inp.on('data', (chunk) => {
  buf = Buffer.concat([buf, chunk]);
  let z;
  while ((z = buf.indexOf(0)) >= 0) {
    const msg = JSON.parse(buf.subarray(0, z).toString('utf8'));
    buf = buf.subarray(z + 1);
    if (msg.id && pending.has(msg.id)) {
      const { resolve, reject } = pending.get(msg.id);
      pending.delete(msg.id);
      if (msg.error) { reject(new Error(JSON.stringify(msg.error))); } else { resolve(msg.result); }
    } else if (msg.method) {
      for (let k = waiters.length - 1; k >= 0; k--) {
        if (waiters[k].method === msg.method) { waiters[k].resolve(msg.params); waiters.splice(k, 1); }
      }
    }
  }
});
function send(method, params = {}, sessionId) {
  const id = nextId++;
  const m = { id, method, params };
  if (sessionId) { m.sessionId = sessionId; }
  out.write(JSON.stringify(m) + '\0');
  return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
}
function event(method) { return new Promise((resolve) => waiters.push({ method, resolve })); }

const failures = [];
function check(cond, what) { if (!cond) { failures.push(what); } }

async function main() {
  const timer = setTimeout(() => { console.error('timeout; chromium said:\n' + stderr.slice(-2000)); process.exit(1); }, 60000);
  const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
  const s = (m, p) => send(m, p, sessionId);
  await s('Page.enable');
  await s('Runtime.enable');
  await s('Emulation.setDeviceMetricsOverride', { width: 1400, height: 900, deviceScaleFactor: 1, mobile: false });
  const loaded = event('Page.loadEventFired');
  const t0 = Date.now();
  await s('Page.navigate', { url: 'file://' + path.resolve(report) });
  await loaded;
  const evalJs = async (expr) => (await s('Runtime.evaluate', { expression: expr, returnByValue: true, awaitPromise: true })).result.value;
  const ready = await evalJs(`new Promise(r => { const t = () => document.body.getAttribute('data-ready') ? r(true) : setTimeout(t, 20); t(); })`);
  const loadMs = Date.now() - t0;
  check(ready, 'page never became ready');
  const before = await evalJs(`({shown: +document.body.getAttribute('data-shown'), total: (JSON.parse(document.getElementById('docqc-data').textContent).findings||[]).length, dom: document.getElementsByTagName('*').length, anns: document.querySelectorAll('.ann').length})`);
  await s('Page.captureScreenshot', { format: 'png' }).then((r) => fs.writeFileSync(path.join(outDir, 'report.png'), Buffer.from(r.data, 'base64')));

  // Click the first severity chip that is switched on (a real mouse click).
  const box = await evalJs(`(() => { const b = document.querySelector('#f-sev button.on'); if (!b) return null; const r = b.getBoundingClientRect(); return {x: r.x + r.width / 2, y: r.y + r.height / 2, sev: b.getAttribute('data-sev')}; })()`);
  check(box, 'no severity filter button');
  let after = null;
  if (box) {
    for (const type of ['mousePressed', 'mouseReleased']) {
      await s('Input.dispatchMouseEvent', { type, x: box.x, y: box.y, button: 'left', clickCount: 1 });
    }
    after = await evalJs(`new Promise(r => requestAnimationFrame(() => r({shown: +document.body.getAttribute('data-shown'), ms: window.__docqcLastRenderMs, hash: location.hash, hidden: [...document.querySelectorAll('.ann')].filter(a => a.classList.contains(${JSON.stringify(box.sev)})).length, expected: JSON.parse(document.getElementById('docqc-data').textContent).findings.filter(f => f.severity !== ${JSON.stringify(box.sev)}).length})))`);
    check(after.shown === after.expected, `after filtering out ${box.sev}: ${after.shown} shown, expected ${after.expected}`);
    check(after.hidden === 0, `${after.hidden} ${box.sev} annotations still in the DOM`);
    check(after.hash.includes('sev='), 'filter not recorded in the URL hash');
    check(after.ms < 1000, `filter took ${after.ms} ms`);
  }
  // Scroll the source view to the end and let chunks render.
  const scroll = await evalJs(`new Promise(r => { const b = document.getElementById('source'); b.scrollTop = b.scrollHeight; setTimeout(() => r({dom: document.getElementsByTagName('*').length, lines: document.querySelectorAll('.ln').length}), 300); })`);
  await s('Page.captureScreenshot', { format: 'png' }).then((r) => fs.writeFileSync(path.join(outDir, 'report-filtered.png'), Buffer.from(r.data, 'base64')));
  // Switch to the list tab.
  await evalJs(`document.getElementById('tab-list').click()`);
  const list = await evalJs(`new Promise(r => requestAnimationFrame(() => r({rows: document.querySelectorAll('#list .vrow').length})))`);
  await s('Page.captureScreenshot', { format: 'png' }).then((r) => fs.writeFileSync(path.join(outDir, 'report-list.png'), Buffer.from(r.data, 'base64')));
  check(before.shown === 0 || list.rows > 0, 'findings list is empty');
  check(before.dom < 20000, `initial DOM has ${before.dom} elements`);
  clearTimeout(timer);
  console.log(JSON.stringify({ loadMs, before, click: box && box.sev, after, scroll, list, failures }));
  await send('Browser.close').catch(() => {});
}
function finish(code) {
  const done = () => {
    try { fs.rmSync(profile, { recursive: true, force: true }); } catch (e) { /* chromium still writing */ }
    process.exit(code);
  };
  if (proc.exitCode !== null) { done(); return; }
  proc.once('exit', done);
  proc.kill();
  setTimeout(done, 3000);
}
main().then(() => finish(failures.length ? 1 : 0), (e) => {
  console.error(e.stack || e);
  console.error(stderr.slice(-2000));
  finish(1);
});
