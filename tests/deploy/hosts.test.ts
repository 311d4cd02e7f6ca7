/**
 * deploy/nginx.conf, deploy/.htaccess and deploy/_headers state the same headers and types, and the
 * README shows the nginx file as it is. (tests/deploy/nginx.test.ts serves dist/ with a real nginx.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers.ts';
import { ALWAYS, cacheFor, COMPRESSED, framing, TYPES, UTF8 } from './expected.ts';
import { fromApache, fromHeaders, fromNginx } from './hosts.ts';

const read = (file: string): string => readFileSync(join(REPO, 'deploy', file), 'utf8');
const PATHS = [
  '/',
  '/indikator/idg/',
  '/404.html',
  '/_astro/client.js',
  '/data/idg.csv',
  '/data/peta/wilayah.topo.json',
  '/api/v1/katalog.json',
  '/pagefind/a.pf_fragment',
  '/embed/indikator/idg/',
];

/** What a path must get; `pagesByDefault`: the host re-checks pages itself, so the file names no Cache-Control for them. */
function expected(path: string, pagesByDefault = false): Record<string, string> {
  const out: Record<string, string> = { ...ALWAYS };
  for (const [name, value] of Object.entries(framing(path))) if (value !== null) out[name] = value;
  if (!(pagesByDefault && cacheFor(path) === 'no-cache')) out['Cache-Control'] = cacheFor(path);
  return out;
}
const sorted = (o: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));

describe('the host configurations in deploy/', () => {
  const hosts = { nginx: fromNginx(read('nginx.conf')), apache: fromApache(read('.htaccess')), headers: fromHeaders(read('_headers')) };

  it.each(PATHS)('give %s the same headers on nginx, Apache and a _headers host', (path) => {
    expect(sorted(hosts.nginx.headersFor(path))).toEqual(sorted(expected(path)));
    expect(sorted(hosts.apache.headersFor(path))).toEqual(sorted(expected(path)));
    expect(sorted(hosts.headers.headersFor(path))).toEqual(sorted(expected(path, true)));
  });

  it('name the same MIME types, compress the same types and send the same ones as UTF-8', () => {
    for (const [ext, type] of Object.entries({ ...hosts.nginx.types, ...hosts.apache.types })) expect(type, ext).toBe(TYPES[ext]);
    for (const ext of ['csv', 'webmanifest', 'geojson', 'jsonld']) expect(hosts.nginx.types[ext], ext).toBe(TYPES[ext]);
    for (const ext of ['csv', 'json', 'jsonld', 'webmanifest', 'geojson', 'wasm', 'zip', 'pdf', 'xlsx'])
      expect(hosts.apache.types[ext], ext).toBe(TYPES[ext]);
    expect([...hosts.nginx.compressed].sort()).toEqual([...COMPRESSED].sort());
    expect([...hosts.apache.compressed].sort()).toEqual([...COMPRESSED].sort());
    expect([...hosts.nginx.utf8].sort()).toEqual([...UTF8].sort());
    expect([...hosts.apache.utf8].sort()).toEqual([...UTF8].sort());
  });

  it('is what the README shows for nginx, to the letter', () => {
    const block = /```nginx\n([\s\S]*?)```/.exec(readFileSync(join(REPO, 'README.md'), 'utf8'))?.[1];
    expect(block).toBe(read('nginx.conf'));
  });

  it('catches a header removed from the nginx file', () => {
    const without = read('nginx.conf').replace(/^\s*add_header Referrer-Policy .*\n/m, '');
    expect(fromNginx(without).headersFor('/')).not.toEqual(expected('/'));
  });
});

describe('npm scripts', () => {
  it('use no shell-only syntax, so they run from cmd.exe and PowerShell on the Dinas Windows PCs', () => {
    const scripts = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    for (const [name, command] of Object.entries(scripts))
      expect(command, name).not.toMatch(/[$'`|;<>]|\brm |\bcp |\bexport |\bmkdir |\benv /);
  });
});
