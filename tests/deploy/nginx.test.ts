/**
 * The README's nginx server block, run by a real nginx inside Debian's stock nginx.conf on a loopback
 * port, serving the built dist/ plus one sample of each kind of file the build writes or will write:
 * status, MIME type and charset, compression, the security headers, one Cache-Control, framing, and
 * the 404 page. Where nginx is absent the test is skipped with one line; under CI=true it must run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers.ts';
import { DIST } from '../e2e/harness.ts';
import { ALWAYS, cacheFor, COMPRESSED, framing, TYPES, UTF8 } from './expected.ts';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find(existsSync);
const STOCK = '/etc/nginx/nginx.conf';
const available = Boolean(NGINX && existsSync(STOCK) && existsSync(join(DIST, 'index.html')));
if (!available) {
  const why = "nginx tests need Debian's nginx (apt-get install -y nginx) and a built dist/";
  if (process.env.CI === 'true') throw new Error(`${why}; under CI they must run.`);
  console.warn(`nginx tests skipped: ${why}.`);
}

/** One sample of each kind of file not yet in dist/, with bytes of its kind (no figure in any). */
const SAMPLES: Record<string, string | Buffer> = {
  'data/contoh.zip': Buffer.from('504b0506000000000000000000000000000000000000', 'hex'),
  'data/contoh.xlsx': Buffer.from('504b0506000000000000000000000000000000000000', 'hex'),
  'data/contoh.pdf': '%PDF-1.4\n%%EOF\n',
  'data/contoh.geojson': JSON.stringify({ type: 'FeatureCollection', features: [], catatan: 'contoh '.repeat(60) }),
  'site.webmanifest': JSON.stringify({ name: 'SIGA', description: 'contoh '.repeat(60) }),
  'pagefind/contoh.pf_fragment': Buffer.alloc(300, 7),
  'pagefind/contoh.wasm': Buffer.concat([Buffer.from('0061736d01000000', 'hex'), Buffer.alloc(300)]),
  'favicon.svg': `<svg xmlns="http://www.w3.org/2000/svg">${'<g/>'.repeat(80)}</svg>`,
  'robots.txt': `User-agent: *\n${'Allow: /\n'.repeat(40)}`,
  'sitemap.xml': `<?xml version="1.0" encoding="UTF-8"?><urlset>${'<url/>'.repeat(60)}</urlset>`,
  'pratinjau.png': Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(300)]),
  'embed/indikator/idg/index.html': `<!doctype html><title>contoh</title>${'<p>contoh</p>'.repeat(40)}`,
};

interface Answer {
  status: number;
  headers: Record<string, string>;
  /** How many times each header came. */
  counts: Record<string, number>;
  body: Buffer;
}

function fetchRaw(port: number, path: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = get({ host: '127.0.0.1', port, path, headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const counts: Record<string, number> = {};
        for (let i = 0; i < res.rawHeaders.length; i += 2)
          counts[res.rawHeaders[i]!.toLowerCase()] = (counts[res.rawHeaders[i]!.toLowerCase()] ?? 0) + 1;
        resolve({ status: res.statusCode ?? 0, headers: res.headers as Record<string, string>, counts, body: Buffer.concat(chunks) });
      });
    });
    req.setTimeout(5000, () => req.destroy(new Error(`no answer for ${path}`)));
    req.on('error', reject);
  });
}

/** What is wrong with a file's answer, against the rules of expected.ts; [] when nothing. */
export function answerProblems(path: string, a: Answer): string[] {
  const problems: string[] = [];
  const ext = /\.([a-z_]+)$/.exec(path.endsWith('/') ? 'index.html' : path)?.[1] ?? '';
  const type = TYPES[ext] ?? 'application/octet-stream';
  const wanted = UTF8.includes(type) ? `${type}; charset=utf-8` : type;
  if (a.status !== 200) problems.push(`status ${a.status}`);
  if (a.headers['content-type'] !== wanted) problems.push(`Content-Type ${a.headers['content-type']} (want ${wanted})`);
  const gzip = a.headers['content-encoding'] === 'gzip';
  if (gzip !== COMPRESSED.includes(type)) problems.push(gzip ? 'compressed, but it is compressed already' : 'not compressed');
  for (const [name, value] of Object.entries({ ...ALWAYS, 'Cache-Control': cacheFor(path), ...framing(path) })) {
    const got = a.headers[name.toLowerCase()];
    if (value === null ? got !== undefined : got !== value) problems.push(`${name}: ${got ?? '(none)'} (want ${value ?? 'none'})`);
  }
  if ((a.counts['cache-control'] ?? 0) !== 1) problems.push(`${a.counts['cache-control'] ?? 0} Cache-Control headers`);
  return problems;
}

/** A free port on the loopback address. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts nginx with Debian's stock nginx.conf around `serverBlock` (listen and root set), in its own folder. */
async function startNginx(serverBlock: string, root: string): Promise<{ port: number; stop: () => void }> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'siga-nginx-'));
  const site = serverBlock.replace(/listen 80;/, `listen 127.0.0.1:${port};`).replace(/root \/var\/www\/siga\/dist;/, `root ${root};`);
  writeFileSync(join(dir, 'siga.conf'), site);
  const stock = readFileSync(STOCK, 'utf8')
    // Workers of a master started as root run as `nobody`, who cannot read a temporary folder.
    .replace(/^user .*$/m, process.getuid?.() === 0 ? 'user root;' : '')
    .replace(/^pid .*$/m, `pid ${dir}/nginx.pid;`)
    .replace(/^error_log .*$/m, `error_log ${dir}/error.log;`)
    .replace(/access_log .*;/, `access_log ${dir}/access.log;`)
    .replace(
      /include \/etc\/nginx\/sites-enabled\/\*;/,
      `include ${dir}/siga.conf;\n\tclient_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;`,
    );
  writeFileSync(join(dir, 'nginx.conf'), stock);
  const child: ChildProcess = spawn(NGINX!, ['-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx stopped: ${stderr}`);
    if (
      await fetchRaw(port, '/').then(
        () => true,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return { port, stop: () => (child.kill('SIGTERM'), rmSync(dir, { recursive: true, force: true })) };
}

const readmeBlock = (): string => /```nginx\n([\s\S]*?)```/.exec(readFileSync(join(REPO, 'README.md'), 'utf8'))![1]!;

describe.runIf(available)('dist/ served by nginx with the README server block', () => {
  const root = mkdtempSync(join(tmpdir(), 'siga-dist-'));
  let server: { port: number; stop: () => void };
  const files: string[] = [];

  beforeAll(async () => {
    cpSync(DIST, root, { recursive: true });
    for (const [file, bytes] of Object.entries(SAMPLES)) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), bytes);
    }
    // One file of each kind and place: a page, a hashed script and stylesheet, data of every type, the samples.
    const astro = readFileSync(join(root, 'index.html'), 'utf8');
    files.push('/', '/indikator/idg/', '/404.html', '/data/idg.csv', '/data/idg.json', '/data/peta/wilayah.topo.json');
    // Open data: the DCAT catalogues, the API, the dated zip, the KLA report's PDF and an OPD template, as the build wrote them.
    files.push('/data/catalog.jsonld', '/data.json', '/api/v1/katalog.json', '/data/datapackage.json', '/kla/laporan/laporan-kla.pdf');
    files.push('/data/templat/isian-siga-bappeda.xlsx');
    files.push(`/data/${readdirSync(join(root, 'data')).find((f) => f.endsWith('.zip'))!}`);
    files.push(/src="(\/_astro\/[^"]+\.js)"/.exec(readFileSync(join(root, 'indikator/idg/index.html'), 'utf8'))![1]!);
    files.push(/href="(\/_astro\/[^"]+\.css)"/.exec(astro)![1]!);
    files.push(...Object.keys(SAMPLES).map((f) => `/${f.replace(/index\.html$/, '')}`));
    server = await startNginx(readmeBlock(), root);
  });
  afterAll(() => {
    server?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('answers every kind of file with its type, charset, compression, headers, one Cache-Control and framing', async () => {
    const problems: string[] = [];
    for (const path of files) for (const p of answerProblems(path, await fetchRaw(server.port, path))) problems.push(`${path}: ${p}`);
    expect(problems).toEqual([]);
    expect(files.length).toBeGreaterThan(15);
  });

  it("answers a missing page with 404 and the portal's own 404 page, headers included", async () => {
    const a = await fetchRaw(server.port, '/tidak-ada/');
    expect(a.status).toBe(404);
    expect(a.headers['content-type']).toBe('text/html; charset=utf-8');
    const { gunzipSync } = await import('node:zlib');
    const body = (a.headers['content-encoding'] === 'gzip' ? gunzipSync(a.body) : a.body).toString('utf8');
    expect(body).toBe(readFileSync(join(root, '404.html'), 'utf8'));
    expect(a.headers['x-content-type-options']).toBe('nosniff');
    expect(a.counts['cache-control']).toBe(1);
  });

  it('catches a header removed from the server block', async () => {
    const without = readmeBlock().replace(/^\s*add_header X-Content-Type-Options .*\n/m, '');
    const broken = await startNginx(without, root);
    try {
      expect(answerProblems('/data/idg.csv', await fetchRaw(broken.port, '/data/idg.csv'))).toContain(
        'X-Content-Type-Options: (none) (want nosniff)',
      );
    } finally {
      broken.stop();
    }
  });
});
