#!/usr/bin/env node
// Sourcebrief browser quality gate (PRODUCT.md §7).
//
// Builds the example site with the packaged jar, serves it on 127.0.0.1 under its
// GitHub Pages sub-path, and checks every .html page in headless Chromium:
//   - axe-core: 0 violations (desktop and 390 px wide, light and dark colour scheme), with the
//     WCAG 2.2 target-size rule on;
//   - chart images: at 390 px none is scaled below 90% of its drawn width (the phone layout is
//     chosen), at 1280 px the wide layout is the one loaded;
//   - a figure's embed page, through the figure page's own copy-paste code, loads in an <iframe>
//     of a page on another origin (a second local port) with JavaScript off and no other host;
//   - nothing scrolls sideways at 390 and 1280 px, in light and dark, with the skip link focused;
//   - the print layout hides navigation and downloads, and every page prints to PDF;
//   - every internal link, resource and #anchor resolves;
//   - 0 requests to any host but 127.0.0.1;
//   - the <main> text is there with JavaScript disabled;
//   - page weight as transferred (gzip), at most 150 KB for a briefing with 2+ figures;
//   - every language: <html dir> matches <html lang>; hreflang links resolve, name the page
//     itself and are answered by the page they name; the language switcher reaches exactly them.
// Exit code 0 when everything passes, 1 on any failed check, 2 when the gate cannot run.
//
// Usage (from anywhere):
//   node browser-check/check.mjs                 build target/gate-site from content/ and check it
//   node browser-check/check.mjs --site DIR      check an already built folder instead
//   options: --content DIR --templates DIR --jar FILE --base-url URL
//   (paths are relative to the repository root)
// Needs Debian's Chromium at /usr/bin/chromium (SOURCEBRIEF_CHROMIUM overrides the path) and
// `npm ci` in browser-check/. A missing browser always fails the gate; it never skips.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const started = Date.now();
const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const CHROMIUM = process.env.SOURCEBRIEF_CHROMIUM || '/usr/bin/chromium'; // Debian's package
const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  // Belt and braces: no host name but 127.0.0.1 can even be resolved, so a page can never
  // reach the Internet; such requests are still seen, recorded and reported.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];
const WEIGHT_LIMIT = 150 * 1024;
const MIN_MAIN_TEXT = 100;
const MIN_MAIN_TEXT_404 = 20;
const NAV_TIMEOUT_MS = 20_000;
const WATCHDOG_MS = 8 * 60_000; // a loaded machine takes about 5 minutes
const CONCURRENCY = 2; // pages checked at once in the one browser
const MISSING_PATH = '__gate-no-such-page__/deeper/still/';

// ---------------------------------------------------------------------------------------
// Arguments, set-up failures

function usageFail(message) {
  console.error(`browser-check: ${message}`);
  process.exit(2);
}

const opts = { content: 'content', templates: 'templates', jar: 'target/sourcebrief.jar' };
{
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const m = /^--(site|content|templates|jar|base-url)(?:=(.*))?$/.exec(argv[i]);
    if (!m) usageFail(`unknown argument '${argv[i]}' (see the comment at the top of check.mjs)`);
    const value = m[2] ?? argv[++i];
    if (value === undefined) usageFail(`${argv[i - 1]} needs a value`);
    opts[m[1] === 'base-url' ? 'baseUrl' : m[1]] = value;
  }
}
const fromRoot = (p) => path.resolve(ROOT, p);

const watchdog = setTimeout(() => {
  console.error(`browser-check: FAILED — the gate did not finish within ${WATCHDOG_MS / 1000} s`);
  process.exit(1);
}, WATCHDOG_MS);
watchdog.unref();

if (!existsSync(CHROMIUM)) {
  const ci = process.env.CI === 'true';
  console.error([
    '',
    '##########################################################################',
    `browser-check: FAILED — no Chromium at ${CHROMIUM}.`,
    ci ? 'CI=true: the browser gate never skips; .ci/run should have installed it.'
      : 'The browser gate needs it and does not skip.',
    'Install Debian\'s browser:  apt-get update && apt-get install -y chromium',
    '##########################################################################',
    '',
  ].join('\n'));
  process.exit(2);
}

let chromium, axeSource;
try {
  ({ chromium } = await import('playwright-core'));
  axeSource = readFileSync(path.join(HERE, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
} catch (e) {
  usageFail(`npm packages missing (${e.message.split('\n')[0]}); run: (cd browser-check && npm ci)`);
}

// base_url from site.yaml (a flat key; no YAML library needed), or --base-url
function readBaseUrl() {
  if (opts.baseUrl) return opts.baseUrl;
  const file = path.join(fromRoot(opts.content), 'site.yaml');
  if (!existsSync(file)) usageFail(`${file} not found; pass --base-url`);
  const m = /^base_url:[ \t]*(?:"([^"]*)"|'([^']*)'|([^\s#]+))/m.exec(readFileSync(file, 'utf8'));
  if (!m) usageFail(`no base_url in ${file}; pass --base-url`);
  return m[1] ?? m[2] ?? m[3];
}
const BASE_URL = new URL(readBaseUrl());
if (!BASE_URL.pathname.endsWith('/')) BASE_URL.pathname += '/';
const PREFIX = BASE_URL.pathname; // e.g. /afghan-returns/

// ---------------------------------------------------------------------------------------
// Build

// Builds a site with the packaged jar; exits with 2 when the build fails.
function buildSite(content, out, what) {
  const jar = fromRoot(opts.jar);
  if (!existsSync(jar)) usageFail(`${jar} not found; build it first (mvn -B package)`);
  rmSync(out, { recursive: true, force: true });
  const args = ['-jar', jar, 'build', '--content', content,
    '--templates', fromRoot(opts.templates), '--out', out, '--cache', fromRoot('target/chart-cache')];
  if (opts.baseUrl) args.push('--base-url', opts.baseUrl);
  const t = Date.now();
  const r = spawnSync('java', args, { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) {
    process.stdout.write(r.stdout ?? '');
    process.stderr.write(r.stderr ?? '');
    usageFail(`the ${what} build failed (exit ${r.status ?? r.error?.message}): java ${args.join(' ')}`);
  }
  console.log(`${what} build (${((Date.now() - t) / 1000).toFixed(1)} s): ${r.stdout.trim().split('\n').pop()}`);
}

let siteDir;
if (opts.site) {
  siteDir = fromRoot(opts.site);
  if (!existsSync(path.join(siteDir, 'index.html'))) usageFail(`${siteDir} has no index.html`);
  console.log(`Checking the built folder ${siteDir}`);
} else {
  siteDir = fromRoot('target/gate-site');
  buildSite(fromRoot(opts.content), siteDir, 'Site');
}

// ---------------------------------------------------------------------------------------
// A GitHub Pages look-alike

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8', '.mjs': 'application/javascript; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg',
  '.gif': 'image/gif', '.webp': 'image/webp', '.avif': 'image/avif', '.ico': 'image/x-icon',
  '.csv': 'text/csv; charset=utf-8', '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.pdf': 'application/pdf',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg\+xml)/;
const gzCache = new Map();

function send(req, res, status, type, body, extra = {}) {
  const headers = { 'Content-Type': type, 'Cache-Control': 'max-age=600', ...extra };
  if (COMPRESSIBLE.test(type)) {
    headers.Vary = 'Accept-Encoding';
    if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      const key = body;
      let gz = gzCache.get(key);
      if (!gz) gzCache.set(key, (gz = zlib.gzipSync(body, { level: 9 })));
      body = gz;
      headers['Content-Encoding'] = 'gzip';
    }
  }
  headers['Content-Length'] = body.length;
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

function fileBody(file) {
  return readFileSync(file);
}

const statOf = (p) => { try { return statSync(p); } catch { return null; } };

function handle(req, res, root) {
  const url = new URL(req.url, 'http://127.0.0.1');
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const notFound = () => {
    const page = path.join(root, '404.html');
    if (statOf(page)?.isFile()) send(req, res, 404, TYPES['.html'], fileBody(page));
    else send(req, res, 404, 'text/plain; charset=utf-8', Buffer.from('404: not found\n'));
  };
  let pathname;
  try { pathname = decodeURIComponent(url.pathname); } catch { return notFound(); }
  // Only the repository's sub-path exists; the sub-path itself without its slash redirects.
  if (PREFIX !== '/' && pathname === PREFIX.slice(0, -1)) {
    res.writeHead(301, { Location: PREFIX + url.search, 'Content-Length': 0 }).end();
    return;
  }
  if (!pathname.startsWith(PREFIX)) {
    // Outside the project site GitHub answers with its own 404, not the site's.
    send(req, res, 404, 'text/html; charset=utf-8', Buffer.from('<!DOCTYPE html><title>404</title><p>Not the project site.</p>\n'));
    return;
  }
  const rel = pathname.slice(PREFIX.length);
  const file = path.join(root, rel);
  if (rel.split('/').includes('..') || !file.startsWith(root)) return notFound();
  const st = statOf(file);
  if (st?.isDirectory()) {
    if (!pathname.endsWith('/')) {
      res.writeHead(301, { Location: url.pathname + '/' + url.search, 'Content-Length': 0 }).end();
      return;
    }
    const index = path.join(file, 'index.html');
    if (statOf(index)?.isFile()) return send(req, res, 200, TYPES['.html'], fileBody(index));
    return notFound();
  }
  if (st?.isFile()) {
    const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    return send(req, res, 200, type, fileBody(file));
  }
  // Pages serves /foo from foo.html when there is no foo/.
  if (!pathname.endsWith('/') && statOf(file + '.html')?.isFile()) {
    return send(req, res, 200, TYPES['.html'], fileBody(file + '.html'));
  }
  return notFound();
}

async function serve(root) {
  const server = http.createServer((req, res) => {
    try { handle(req, res, root); } catch (e) { res.writeHead(500).end(String(e)); }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}
const server = await serve(siteDir);
const ORIGIN = `http://127.0.0.1:${server.address().port}`;
const SITE = ORIGIN + PREFIX;

// A plain HTTP GET against the local server (no browser), for status checks.
function get(url, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers, agent: false }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
  });
}

// ---------------------------------------------------------------------------------------
// Reporting

const failures = [];
const notes = [];
const failureKeys = new Set();
function fail(where, message) {
  const key = where + '\n' + message;
  if (!failureKeys.has(key)) { failureKeys.add(key); failures.push({ where, message }); }
}
const rel = (u) => { try { const x = new URL(u); return x.origin === ORIGIN ? x.pathname + x.search + x.hash : u; } catch { return u; } };

// ---------------------------------------------------------------------------------------
// Server self-check: does the emulation behave as Pages does?

function listFiles(dir, base = dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(p, base));
    else if (entry.isFile()) out.push(path.relative(base, p).split(path.sep).join('/'));
  }
  return out.sort();
}
const allFiles = listFiles(siteDir);
const htmlFiles = allFiles.filter((f) => f.endsWith('.html'));

{
  const expect = async (what, url, check, headers) => {
    const r = await get(url, headers);
    const problem = check(r);
    if (problem) fail('server', `${what}: ${problem} (GET ${rel(url)} → ${r.status})`);
  };
  const firstDir = htmlFiles.find((f) => f.endsWith('/index.html'));
  await expect('sub-path without its slash redirects', SITE.slice(0, -1),
    (r) => (PREFIX !== '/' && (r.status !== 301 || r.headers.location !== PREFIX)) && 'expected 301 to ' + PREFIX);
  if (PREFIX !== '/') {
    await expect('nothing exists outside the sub-path', ORIGIN + '/index.html', (r) => r.status !== 404 && 'expected 404');
  }
  if (firstDir) {
    const dir = firstDir.slice(0, -'/index.html'.length);
    await expect('a folder without its slash redirects', SITE + dir,
      (r) => (r.status !== 301 || r.headers.location !== PREFIX + dir + '/') && `expected 301 to ${PREFIX}${dir}/`);
  }
  const has404 = allFiles.includes('404.html');
  if (!has404) fail('site', '404.html is missing');
  await expect('an unknown path gets the site\'s 404.html', SITE + MISSING_PATH, (r) =>
    r.status !== 404 ? 'expected 404'
      : has404 && !r.body.equals(readFileSync(path.join(siteDir, '404.html'))) && 'body is not 404.html');
  // Content type and gzip of every file
  const unknownTypes = new Set();
  for (const f of allFiles) {
    const ext = path.extname(f).toLowerCase();
    if (!ext) continue; // .nojekyll, CNAME
    if (!TYPES[ext]) { unknownTypes.add(ext); continue; }
    const r = await get(SITE + f.split('/').map(encodeURIComponent).join('/'), { 'Accept-Encoding': 'gzip' });
    if (r.status !== 200) fail('server', `${f}: status ${r.status}`);
    if (r.headers['content-type'] !== TYPES[ext]) fail('server', `${f}: content type ${r.headers['content-type']}`);
    const gz = r.headers['content-encoding'] === 'gzip';
    if (gz !== COMPRESSIBLE.test(TYPES[ext])) fail('server', `${f}: gzip ${gz ? 'on' : 'off'}`);
    if (gz && !zlib.gunzipSync(r.body).equals(readFileSync(path.join(siteDir, f)))) fail('server', `${f}: gzip body differs`);
  }
  for (const ext of unknownTypes) notes.push(`files ending ${ext} are served as application/octet-stream; add a type to check.mjs if Pages serves them otherwise`);
}

// ---------------------------------------------------------------------------------------
// The pages

function pageUrlOf(file) {
  if (file === 'index.html') return SITE;
  if (file.endsWith('/index.html')) return SITE + file.slice(0, -'index.html'.length);
  return SITE + file;
}
const pages = htmlFiles.map((file) => ({
  file, url: pageUrlOf(file), status: 200,
  is404: /(^|\/)404\.html$/.test(file),
  isBriefing: /^([A-Za-z]{2,3}(-[A-Za-z0-9]+)*\/)?briefings\/[^/]+\/index\.html$/.test(file),
}));
if (allFiles.includes('404.html')) {
  // The 404 page as Pages serves it deep under the sub-path: its links must work from there.
  pages.push({ file: '404.html', url: SITE + MISSING_PATH, status: 404, is404: true, isBriefing: false, label: `404.html served at ${PREFIX}${MISSING_PATH}` });
}

let browser;
try {
  browser = await chromium.launch({
    executablePath: CHROMIUM, headless: true, chromiumSandbox: false, args: CHROMIUM_FLAGS,
    // Playwright gives every launch a fresh, empty --user-data-dir of its own.
  });
} catch (e) {
  console.error(`browser-check: FAILED — could not start ${CHROMIUM}:\n${e.message}`);
  process.exit(2);
}
const browserVersion = browser.version();

function isLocal(u) {
  try {
    const x = new URL(u);
    if (['data:', 'blob:', 'about:'].includes(x.protocol)) return true;
    return x.hostname === '127.0.0.1';
  } catch { return false; }
}

// Watch a context's network: hosts, failures, bytes as transferred.
function watchNetwork(context, where) {
  const net = { requests: [], finished: [], inflight: 0, lastChange: Date.now() };
  context.on('request', (r) => {
    net.inflight++; net.lastChange = Date.now();
    net.requests.push(r);
    if (!isLocal(r.url())) fail(where, `request to another host: ${r.method()} ${r.url()} (${r.resourceType()})`);
  });
  context.on('requestfinished', (r) => { net.inflight--; net.lastChange = Date.now(); net.finished.push(r); });
  context.on('requestfailed', (r) => {
    net.inflight--; net.lastChange = Date.now();
    if (isLocal(r.url())) fail(where, `request failed: ${rel(r.url())} (${r.failure()?.errorText})`);
  });
  return net;
}
async function quiet(net, ms = 150, max = 5000) {
  const until = Date.now() + max;
  while (Date.now() < until) {
    if (net.inflight <= 0 && Date.now() - net.lastChange >= ms) return;
    await new Promise((r) => setTimeout(r, 25));
  }
}

// Collected inside the page: ids, links, resources, figures.
function collectInPage() {
  const XLINK = 'http://www.w3.org/1999/xlink';
  const describe = (el) => {
    const text = (el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `<${el.localName}${el.id ? ' id="' + el.id + '"' : ''}>${text ? ' "' + text + '"' : ''}`;
  };
  const refs = [];
  const add = (el, value, kind) => {
    if (value == null || value.trim() === '') return;
    let abs;
    try { abs = new URL(value.trim(), document.baseURI).href; } catch { abs = null; }
    refs.push({ kind, raw: value, abs, el: describe(el) });
  };
  for (const el of document.querySelectorAll('a, area')) {
    add(el, el.getAttribute('href') ?? el.getAttributeNS(XLINK, 'href'), 'link');
  }
  for (const el of document.querySelectorAll('link[href]')) add(el, el.getAttribute('href'), `link rel=${el.getAttribute('rel')}`);
  for (const el of document.querySelectorAll('meta[property="og:image"], meta[property="og:url"], meta[name="twitter:image"], meta[property="og:image:url"]')) {
    add(el, el.getAttribute('content'), `meta ${el.getAttribute('property') || el.getAttribute('name')}`);
  }
  for (const el of document.querySelectorAll('img[src], script[src], iframe[src], source[src], video[src], audio[src], track[src], embed[src], input[src]')) {
    add(el, el.getAttribute('src'), 'resource');
  }
  for (const el of document.querySelectorAll('img[srcset], source[srcset]')) {
    for (const part of el.getAttribute('srcset').split(',')) add(el, part.trim().split(/\s+/)[0], 'resource');
  }
  for (const el of document.querySelectorAll('object[data]')) add(el, el.getAttribute('data'), 'resource');
  for (const el of document.querySelectorAll('use')) add(el, el.getAttribute('href') ?? el.getAttributeNS(XLINK, 'href'), 'svg use');
  const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
  const names = [...document.querySelectorAll('a[name]')].map((e) => e.getAttribute('name'));
  return { refs, ids: [...ids, ...names], figures: document.querySelectorAll('figure').length };
}

// Collected inside the page: how far it scrolls sideways, and which elements stick out.
function sidewaysInPage() {
  const doc = document.documentElement;
  const width = doc.clientWidth;
  if (doc.scrollWidth <= width) return null;
  const out = [];
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && (r.right > width + 0.5 || r.left < -0.5)) {
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      out.push(`<${el.localName}${cls}> from ${Math.round(r.left)} to ${Math.round(r.right)} px`);
    }
  }
  return { scrollWidth: doc.scrollWidth, clientWidth: width, culprits: out.slice(0, 5) };
}

// Fails when the page scrolls sideways as it is now, and again with its first link focused
// (the skip link, which must appear without pushing the page wider in either direction).
async function checkSideways(page, where, label) {
  const report = (o, how) => o && fail(where, `scrolls sideways at ${label}${how}: ${o.scrollWidth} px of content in ${o.clientWidth} px` +
    (o.culprits.length ? '; sticking out: ' + o.culprits.join(', ') : ''));
  report(await page.evaluate(sidewaysInPage), '');
  await page.evaluate(() => document.activeElement?.blur());
  await page.keyboard.press('Tab');
  report(await page.evaluate(sidewaysInPage), ' with the first link focused');
  await page.evaluate(() => document.activeElement?.blur());
}

// Printing: the chrome that makes no sense on paper is hidden, the notes are kept, and the
// page becomes a PDF. Returns the number of PDF pages.
const HIDDEN_IN_PRINT = { '.skip': 'the skip link', nav: 'the navigation', '.downloads': 'the download links' };
async function checkPrint(page, where) {
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  const shown = await page.evaluate((selectors) => {
    const visible = (sel) => [...document.querySelectorAll(sel)].some((e) => e.checkVisibility());
    return { chrome: selectors.filter(visible), notes: document.querySelector('.notes') ? visible('.notes') : true };
  }, Object.keys(HIDDEN_IN_PRINT));
  for (const sel of shown.chrome) fail(where, `prints ${HIDDEN_IN_PRINT[sel]} (${sel})`);
  if (!shown.notes) fail(where, 'does not print its notes (.notes)');
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
  if (!pdf.subarray(0, 5).equals(Buffer.from('%PDF-')) || pageCount === 0) fail(where, `printed to ${pdf.length} bytes with ${pageCount} PDF pages`);
  return pageCount;
}

const idsByPath = new Map(); // URL pathname of a loaded document → Set of ids/names
const pageResults = [];

async function runAxe(page) {
  if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    // target-size is WCAG 2.2 (AA) and off in axe's defaults.
    const r = await window.axe.run(document, { resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } });
    return { violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl, nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html, summary: n.failureSummary })) })) };
  });
}

// Collected inside the page: each chart image once loaded, its drawn (intrinsic) width, the width
// it is shown at (its content box) and the file the browser picked from its <picture>.
async function chartImagesInPage() {
  const imgs = [...document.querySelectorAll('figure.chart img')];
  for (const img of imgs) img.loading = 'eager';
  await Promise.all(imgs.map((img) => img.decode().catch(() => {})));
  return imgs.map((img) => {
    const cs = getComputedStyle(img);
    const px = (v) => parseFloat(v) || 0;
    const shown = img.getBoundingClientRect().width - px(cs.paddingLeft) - px(cs.paddingRight)
      - px(cs.borderLeftWidth) - px(cs.borderRightWidth);
    return { src: img.currentSrc, natural: img.naturalWidth, shown };
  });
}

const NARROW_SCALE_MIN = 0.9;
const chartScales = []; // { where, label, src, scale } at 390 px

async function checkChartImages(page, where, label, narrow) {
  // After a resize the browser picks the <picture> source again, but not at once: wait (up to
  // 3 s) until every chart shows the file its new width calls for, then judge what it shows.
  let imgs = await page.evaluate(chartImagesInPage);
  for (let i = 0; i < 20 && imgs.some((img) => /-narrow\.svg$/.test(img.src) !== narrow); i++) {
    await page.waitForTimeout(150);
    imgs = await page.evaluate(chartImagesInPage);
  }
  for (const img of imgs) {
    const file = rel(img.src);
    if (!img.natural) { fail(where, `chart image ${file} did not load at ${label}`); continue; }
    const scale = img.shown / img.natural;
    if (narrow) {
      chartScales.push({ where, label, src: file, scale });
      if (scale < NARROW_SCALE_MIN) fail(where, `chart image ${file} is shown at ${(scale * 100).toFixed(0)}% of its drawn width at ${label} (at least ${NARROW_SCALE_MIN * 100}%)`);
    } else if (/-narrow\.svg$/.test(img.src)) {
      fail(where, `the phone layout ${file} is loaded at ${label}; the wide one should be`);
    }
  }
}

async function checkPage(p, result) {
  const where = result.where;

  // 1. JavaScript on: weight, requests, axe, links
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });
  const net = watchNetwork(context, where);
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  try {
    const response = await page.goto(p.url, { waitUntil: 'load', timeout: NAV_TIMEOUT_MS });
    if (!response || response.status() !== p.status) fail(where, `status ${response?.status()}, expected ${p.status}`);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight)); // wake lazy images
    await quiet(net);
    for (const r of net.finished) {
      const resp = await r.response();
      if (resp && r !== response?.request() && resp.status() >= 400 && isLocal(r.url())) fail(where, `resource ${rel(r.url())} answered ${resp.status()}`);
      if (!isLocal(r.url())) continue;
      const s = await r.sizes();
      result.bytes += s.responseHeadersSize + s.responseBodySize;
    }
    result.requests = net.requests.length;
    for (const msg of pageErrors) fail(where, `script error: ${msg}`);

    const collected = await page.evaluate(collectInPage);
    result.refs = collected.refs;
    result.figures = collected.figures;
    idsByPath.set(new URL(page.url()).pathname, new Set(collected.ids));

    const seen = new Map();
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
        await page.setViewportSize(viewport);
        const label = `${viewport.width} px ${colorScheme}`;
        await checkSideways(page, where, label);
        await checkChartImages(page, where, label, viewport.width < 640);
        const axe = await runAxe(page);
        for (const v of axe.violations) {
          const key = v.id + '|' + v.nodes.map((n) => n.target).join(',');
          if (!seen.has(key)) seen.set(key, { ...v, widths: [label] });
          else seen.get(key).widths.push(label);
        }
      }
    }
    result.axe = seen.size;
    for (const v of seen.values()) {
      const bySummary = new Map();
      for (const n of v.nodes) {
        if (!bySummary.has(n.summary)) bySummary.set(n.summary, []);
        bySummary.get(n.summary).push(`${n.target}   ${n.html.length > 90 ? n.html.slice(0, 89) + '…' : n.html}`);
      }
      fail(where, `axe ${v.id} (${v.impact}) at ${v.widths.join(', ')}, ${v.nodes.length} element(s): ${v.help} — ${v.helpUrl.replace(/\?.*$/, '')}` +
        [...bySummary].map(([summary, targets]) => '\n      ' + targets.join('\n      ') +
          '\n        ' + summary.replace(/\n/g, '\n        ')).join(''));
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    result.pdfPages = await checkPrint(page, where);
  } catch (e) {
    fail(where, `could not check the page: ${e.message.split('\n')[0]}`);
  }
  await context.close();

  // 2. JavaScript off: the main text is there
  const noJs = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
  watchNetwork(noJs, where); // same messages as with JavaScript on, so repeats collapse
  try {
    const page2 = await noJs.newPage();
    await page2.goto(p.url, { waitUntil: 'load', timeout: NAV_TIMEOUT_MS });
    const mains = page2.locator('main');
    const count = await mains.count();
    if (count !== 1) fail(where, `${count} <main> elements with JavaScript off, expected 1`);
    if (count >= 1) {
      // innerText of a hidden element falls back to its source text, so ask for visibility first.
      const seen = await mains.first().evaluate((main) => ({
        visible: main.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true }),
        text: main.innerText,
      }));
      if (!seen.visible) fail(where, '<main> is hidden (display, visibility or opacity) with JavaScript off');
      result.mainText = seen.visible ? seen.text.replace(/\s+/g, ' ').trim().length : 0;
      const min = p.is404 ? MIN_MAIN_TEXT_404 : MIN_MAIN_TEXT;
      if (seen.visible && result.mainText <= min) fail(where, `<main> has ${result.mainText} characters of text with JavaScript off, expected more than ${min}`);
    }
  } catch (e) {
    fail(where, `could not load the page with JavaScript off: ${e.message.split('\n')[0]}`);
  }
  await noJs.close();
  result.ms = Date.now() - result.t0;
}

// A few pages at a time in the one browser: each page gets fresh contexts (cold cache).
{
  for (const p of pages) {
    pageResults.push({ ...p, where: p.label ?? rel(p.url), bytes: 0, requests: 0, axe: 0, refs: [], figures: 0, mainText: 0, pdfPages: 0, t0: 0, ms: 0 });
  }
  let next = 0;
  const worker = async () => {
    while (next < pageResults.length) {
      const result = pageResults[next++];
      result.t0 = Date.now();
      await checkPage(result, result);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

// Languages, read from the built files: every page's direction matches its language; each
// hreflang link names a built page that links back (reciprocal); the language switcher reaches
// exactly the translations the head names.
const RTL_LANGUAGES = new Set(['ar', 'fa', 'ps', 'ur', 'he', 'iw', 'dv', 'ckb', 'sd', 'ug', 'yi', 'prs']);
const languagesSeen = new Map(); // language → pages
let hreflangCount = 0;
const fileOfUrl = (u) => {
  if (!u.startsWith(BASE_URL.href)) return null;
  const p = decodeURI(u.slice(BASE_URL.href.length));
  return p === '' || p.endsWith('/') ? p + 'index.html' : p;
};
const hreflangsOf = (html) => [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)]
  .map((m) => ({ lang: m[1], url: m[2].replace(/&amp;/g, '&') }));
for (const f of htmlFiles) {
  const html = readFileSync(path.join(siteDir, f), 'utf8');
  const root = html.match(/<html lang="([^"]+)" dir="([^"]+)"/);
  if (!root) { fail(f, 'the page has no <html lang="…" dir="…">'); continue; }
  const [, lang, dir] = root;
  languagesSeen.set(lang, (languagesSeen.get(lang) ?? 0) + 1);
  if ((dir === 'rtl') !== RTL_LANGUAGES.has(lang.split('-')[0].toLowerCase())) {
    fail(f, `<html lang="${lang}" dir="${dir}">: the direction does not match the language`);
  }
  const self = BASE_URL.href + f.replace(/(^|\/)index\.html$/, '$1');
  const alternates = hreflangsOf(html).filter((a) => a.lang !== 'x-default');
  const nav = html.match(/<nav class="languages"[\s\S]*?<\/nav>/);
  const switcher = nav ? [...nav[0].matchAll(/<a href="([^"]+)"/g)].map((m) => new URL(m[1].replace(/&amp;/g, '&'), self).href) : [];
  if (!f.endsWith('index.html')) continue; // the 404 page links each language's home, not itself
  if (alternates.length && !alternates.some((a) => a.url === self && a.lang === lang)) {
    fail(f, `its hreflang links do not name the page itself (${self}) as "${lang}"`);
  }
  const named = new Set(alternates.filter((a) => a.url !== self).map((a) => a.url));
  for (const u of switcher) if (!named.has(u)) fail(f, `the language switcher links ${u}, which no hreflang link names`);
  for (const u of named) if (!switcher.includes(u)) fail(f, `the language switcher does not reach the translation ${u}`);
  for (const a of alternates) {
    if (a.url === self) continue;
    hreflangCount++;
    const target = fileOfUrl(a.url);
    if (!target || !allFiles.includes(target)) { fail(f, `hreflang="${a.lang}" names ${a.url}, which the site does not have`); continue; }
    const other = readFileSync(path.join(siteDir, target), 'utf8');
    if (!(other.match(/<html lang="([^"]+)"/)?.[1] === a.lang)) fail(f, `hreflang="${a.lang}" names ${a.url}, whose <html lang> differs`);
    if (!hreflangsOf(other).some((b) => b.url === self)) fail(f, `${a.url} does not link back to ${self} (hreflang is not reciprocal)`);
  }
}

// ---------------------------------------------------------------------------------------
// Links and anchors

const statusCache = new Map();
async function resolveTarget(url) {
  // Follow redirects within the site; returns { status, finalUrl, redirects, type }
  if (statusCache.has(url)) return statusCache.get(url);
  let current = url, redirects = 0, r;
  for (;;) {
    r = await get(current);
    if (r.status >= 300 && r.status < 400 && r.headers.location && redirects < 5) {
      current = new URL(r.headers.location, current).href;
      redirects++;
      continue;
    }
    break;
  }
  const out = { status: r.status, finalUrl: current, redirects, type: r.headers['content-type'] ?? '' };
  statusCache.set(url, out);
  return out;
}

async function idsOf(finalUrl) {
  const key = new URL(finalUrl).pathname;
  if (idsByPath.has(key)) return idsByPath.get(key);
  const context = await browser.newContext({ serviceWorkers: 'block' });
  watchNetwork(context, `anchor target ${rel(finalUrl)}`);
  try {
    const page = await context.newPage();
    await page.goto(finalUrl, { waitUntil: 'load', timeout: NAV_TIMEOUT_MS });
    const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id)
      .concat([...document.querySelectorAll('a[name]')].map((e) => e.getAttribute('name'))));
    idsByPath.set(key, new Set(ids));
  } catch { idsByPath.set(key, new Set()); }
  await context.close();
  return idsByPath.get(key);
}

let linkCount = 0, anchorCount = 0;
for (const result of pageResults) {
  const checked = new Set();
  for (const ref of result.refs) {
    const k = ref.kind + ' ' + ref.abs;
    if (checked.has(k)) continue;
    checked.add(k);
    if (!ref.abs) { fail(result.where, `${ref.kind} ${ref.el}: unparsable URL '${ref.raw}'`); continue; }
    let target = new URL(ref.abs);
    if (ref.abs.startsWith(BASE_URL.href) || ref.abs === BASE_URL.href.slice(0, -1)) {
      // Absolute URLs under base_url (canonical, og:url, og:image) are checked on the local copy.
      target = new URL(ORIGIN + target.pathname + target.search + target.hash);
    } else if (target.origin !== ORIGIN) {
      if (target.protocol === 'data:' && ref.kind !== 'link') continue; // inline resource, no request
      if (!['http:', 'https:', 'mailto:', 'tel:'].includes(target.protocol)) {
        fail(result.where, `${ref.kind} ${ref.el}: unexpected URL scheme in '${ref.raw}'`);
      } else if (/^(resource|svg use)$|^link rel=.*(stylesheet|icon|preload|prefetch|preconnect|manifest)/i.test(ref.kind)) {
        fail(result.where, `${ref.kind} ${ref.el} loads from another host: ${ref.raw}`);
      }
      continue; // links out of the site are not followed
    }
    if (!target.pathname.startsWith(PREFIX)) {
      fail(result.where, `${ref.kind} ${ref.el}: '${ref.raw}' leaves the sub-path ${PREFIX} (→ ${target.pathname}); links must be relative`);
      continue;
    }
    linkCount++;
    const hash = target.hash;
    target.hash = '';
    const samePage = target.href === result.url;
    const t = samePage ? { status: 200, finalUrl: result.url, redirects: 0, type: 'text/html' } : await resolveTarget(target.href);
    if (t.status !== 200) {
      fail(result.where, `broken ${ref.kind} ${ref.el}: '${ref.raw}' → ${rel(t.finalUrl)} answered ${t.status}`);
      continue;
    }
    if (t.redirects) notes.push(`${result.where}: '${ref.raw}' redirects to ${rel(t.finalUrl)} (link to the slash form directly)`);
    if (hash && hash !== '#') {
      anchorCount++;
      let id;
      try { id = decodeURIComponent(hash.slice(1)); } catch { id = hash.slice(1); }
      if (id.toLowerCase() === 'top' && !(await idsOf(t.finalUrl)).has(id)) continue; // HTML: #top is the top
      if (!/^(text\/html|image\/svg\+xml)/.test(t.type)) {
        fail(result.where, `${ref.kind} ${ref.el}: '${ref.raw}' has an anchor into a ${t.type} file`);
      } else if (!(await idsOf(t.finalUrl)).has(id)) {
        fail(result.where, `broken anchor ${ref.kind} ${ref.el}: '${ref.raw}' — no id or name "${id}" on ${rel(t.finalUrl)}`);
      }
    }
  }
}

// URLs in sitemap.xml and feed.xml are absolute from base_url: each must exist in the build.
for (const file of ['sitemap.xml', ...allFiles.filter((f) => /(^|\/)feed\.xml$/.test(f))]) {
  if (!allFiles.includes(file)) continue;
  const xml = readFileSync(path.join(siteDir, file), 'utf8');
  const urls = new Set([...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>|\bhref="([^"]+)"/g)].map((m) => (m[1] ?? m[2]).replace(/&amp;/g, '&')));
  for (const u of urls) {
    if (!u.startsWith(BASE_URL.href)) {
      if (/^https?:/.test(u) && new URL(u).host === BASE_URL.host) fail(file, `${u} is not under base_url ${BASE_URL.href}`);
      continue;
    }
    linkCount++;
    const local = new URL(u);
    const t = await resolveTarget(ORIGIN + local.pathname + local.search);
    if (t.status !== 200) fail(file, `${u} → ${rel(t.finalUrl)} answered ${t.status}`);
  }
}

// ---------------------------------------------------------------------------------------
// An embed page inside another site's page: the figure page's own copy-paste code, in a page
// served from a second local port (another origin), JavaScript off, at a phone and a desktop width.

let embedsChecked = 0;
{
  const figurePage = allFiles.find((f) => /^figures\/[^/]+\/index\.html$/.test(f));
  const html = figurePage ? readFileSync(path.join(siteDir, figurePage), 'utf8') : '';
  const code = html.match(/<pre class="embed-code"[^>]*>(?:<code>)?([\s\S]*?)(?:<\/code>)?<\/pre>/)?.[1];
  if (figurePage && !code) fail(figurePage, 'no copy-paste embed code (<pre class="embed-code">) found');
  if (code) {
    const unescaped = code.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    const snippet = unescaped.split(BASE_URL.href).join(SITE);
    const host = http.createServer((req, res) => {
      const body = Buffer.from(`<!DOCTYPE html><html lang="en"><meta charset="utf-8"><title>Partner page</title><main><h1>A partner's article</h1>${snippet}</main></html>`);
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length }).end(body);
    });
    await new Promise((resolve) => host.listen(0, '127.0.0.1', resolve));
    const hostUrl = `http://127.0.0.1:${host.address().port}/`;
    for (const width of [390, 1280]) {
      const where = `embed code of ${figurePage} in ${hostUrl} at ${width} px`;
      const ctx = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block', viewport: { width, height: 900 } });
      watchNetwork(ctx, where);
      try {
        const page = await ctx.newPage();
        await page.goto(hostUrl, { waitUntil: 'load', timeout: NAV_TIMEOUT_MS });
        const iframe = page.locator('iframe');
        if ((await iframe.count()) !== 1) { fail(where, 'the embed code has no single <iframe>'); continue; }
        if (!(await iframe.getAttribute('title'))) fail(where, 'the <iframe> has no title');
        const frame = await (await iframe.elementHandle()).contentFrame();
        if (!frame || new URL(frame.url()).origin === new URL(hostUrl).origin) { fail(where, `the frame did not load from the site (${frame?.url()})`); continue; }
        const seen = await frame.evaluate(() => {
          const img = document.querySelector('figure img');
          return { img: img ? img.currentSrc : null, loaded: !!img && img.complete && img.naturalWidth > 0, text: document.body.innerText.length };
        });
        if (!seen.loaded) fail(where, `the chart image did not load inside the frame (${seen.img})`);
        if (seen.text < 20) fail(where, 'the frame shows almost no text');
        if (width < 640 !== /-narrow\.svg$/.test(seen.img ?? '')) fail(where, `the frame picked ${rel(seen.img ?? '')}`);
        embedsChecked++;
      } catch (e) {
        fail(where, `could not load: ${e.message.split('\n')[0]}`);
      }
      await ctx.close();
    }
    host.close();
  }
}

await browser.close();
server.close();

// ---------------------------------------------------------------------------------------
// Report

const kb = (n) => (n / 1024).toFixed(1) + ' KB';
console.log(`\nSite ${siteDir} served at ${SITE} as GitHub Pages serves ${BASE_URL.href}`);
console.log(`Chromium ${browserVersion} (headless, ${CHROMIUM}); axe-core ${JSON.parse(readFileSync(path.join(HERE, 'node_modules/axe-core/package.json'), 'utf8')).version}`);
console.log(`${allFiles.length} files, ${pageResults.length} page loads; ${linkCount} internal links and resources checked, ${anchorCount} of them with #anchors\n`);

const rows = pageResults.map((r) => {
  const mine = failures.filter((f) => f.where === r.where);
  const limited = r.isBriefing && r.figures >= 2;
  const over = limited && r.bytes > WEIGHT_LIMIT;
  if (over) fail(r.where, `weighs ${kb(r.bytes)} transferred with ${r.figures} figures; the limit is ${kb(WEIGHT_LIMIT)}`);
  return [mine.length || over ? 'FAIL' : 'ok', r.where, r.isBriefing ? 'briefing' : r.is404 ? '404' : 'page',
    String(r.figures), String(r.requests), kb(r.bytes) + (limited ? (over ? ' > 150 KB' : ' ≤ 150 KB') : ''),
    String(r.axe), String(r.mainText), String(r.pdfPages), (r.ms / 1000).toFixed(1) + ' s'];
});
const head = ['', 'page', 'kind', 'figures', 'requests', 'transferred', 'axe', 'no-JS main text', 'PDF pages', 'time'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => (i >= 3 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
console.log(line(head));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
console.log('\nTransferred: every response the page loads, headers and body as sent (gzip where served gzipped), cold cache.');
console.log(`Limit: a briefing page with two or more figures is at most ${kb(WEIGHT_LIMIT)}.`);
console.log('axe (with target-size) and sideways scrolling: 1280 and 390 px, light and dark colour scheme; PDF: printed on A4.');
if (chartScales.length) {
  const least = chartScales.reduce((a, b) => (b.scale < a.scale ? b : a));
  const most = chartScales.reduce((a, b) => (b.scale > a.scale ? b : a));
  console.log(`Chart images at 390 px: ${chartScales.length} shown, from ${(least.scale * 100).toFixed(1)}% (${least.src}, ${least.label}, ${least.where}) to ${(most.scale * 100).toFixed(1)}% of their drawn width; at least ${NARROW_SCALE_MIN * 100}% asked.`);
}
console.log(`Embeds: ${embedsChecked} loads of the copy-paste code in a page on another origin, JavaScript off.`);
console.log(`Languages: ${[...languagesSeen].map(([l, n]) => `${l} (${n} pages${RTL_LANGUAGES.has(l.split('-')[0]) ? ', right to left' : ''})`).join(', ')}; ${hreflangCount} hreflang links checked both ways.`);

if (notes.length) {
  console.log('\nNotes:');
  for (const n of [...new Set(notes)]) console.log(`  - ${n}`);
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (failures.length) {
  const order = (f) => { const i = pageResults.findIndex((r) => f.where === r.where); return i < 0 ? Infinity : i; };
  failures.sort((a, b) => order(a) - order(b)); // stable: a page's problems stay in the order found
  console.log(`\nFAILED: ${failures.length} problem(s):`);
  let last = null;
  for (const f of failures) {
    if (f.where !== last) console.log(`\n  ${f.where}`);
    last = f.where;
    console.log(`    ✗ ${f.message}`);
  }
  console.log(`\nbrowser-check: FAILED in ${seconds} s`);
  process.exit(1);
}
console.log(`\nbrowser-check: all checks passed in ${seconds} s`);
process.exit(0);
