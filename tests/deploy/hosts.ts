/**
 * Reads the three host configurations of deploy/ into one shape, so a test can hold them to the same
 * rules: the headers a path gets, the MIME types they name, what they compress and send as UTF-8.
 *
 *   fromNginx(text).headersFor('/_astro/a.js') -> { 'Cache-Control': 'public, max-age=31536000, immutable', … }
 */
import { TYPES } from './expected.ts';

export interface HostRules {
  headersFor(path: string): Record<string, string>;
  /** Extension -> MIME type, as the file states them (a host's own defaults aside). */
  types: Record<string, string>;
  compressed: string[];
  utf8: string[];
}

const unquote = (s: string): string => s.trim().replace(/^"(.*)"$/, '$1');

/** deploy/nginx.conf: `map $uri` blocks, server-level add_header, types, gzip_types, charset_types. */
export function fromNginx(text: string): HostRules {
  const maps = new Map<string, Array<[RegExp, string]>>();
  for (const m of text.matchAll(/map \$uri \$(\w+) \{([^}]*)\}/g)) {
    const rules = [...m[2]!.matchAll(/^\s*(\S+)\s+(.+);$/gm)].map(([, key, value]): [RegExp, string] => [
      key === 'default' ? /^/ : new RegExp(key!.slice(1)),
      unquote(value!),
    ]);
    maps.set(m[1]!, rules);
  }
  const headers = [...text.matchAll(/^\s*add_header (\S+) (.+?)( always)?;$/gm)].map((m) => [m[1]!, unquote(m[2]!)] as const);
  const list = (directive: string): string[] =>
    (new RegExp(`^\\s*${directive} (.+);$`, 'm').exec(text)?.[1] ?? '').split(/\s+/).filter(Boolean);
  const types = Object.fromEntries(
    [...(/types \{([^}]*)\}/.exec(text)?.[1] ?? '').matchAll(/^\s*(\S+)\s+(\S+);$/gm)].map((m) => [m[2]!, m[1]!]),
  );
  return {
    headersFor(path) {
      const out: Record<string, string> = {};
      for (const [name, value] of headers) {
        const resolved = value.startsWith('$') ? (maps.get(value.slice(1))?.find(([p]) => p.test(path))?.[1] ?? '') : value;
        if (resolved !== '') out[name] = resolved; // nginx sends no header with an empty value
      }
      return out;
    },
    types,
    // nginx always compresses and labels text/html once gzip and charset are on.
    compressed: ['text/html', ...list('gzip_types')],
    utf8: ['text/html', ...list('charset_types')],
  };
}

/** deploy/.htaccess: AddType, AddCharset, DEFLATE, and `Header always set` inside If/ElseIf/Else on the request path. */
export function fromApache(text: string): HostRules {
  type Block = { test: RegExp | null; headers: Array<[string, string]> };
  const chains: Block[][] = [];
  const always: Array<[string, string]> = [];
  let current: Block | null = null;
  for (const line of text.split('\n').map((l) => l.trim())) {
    const open = /^<(If|ElseIf|Else)(?: "%\{REQUEST_URI\} =~ m#(.+)#")?>$/.exec(line);
    if (open) {
      current = { test: open[2] ? new RegExp(open[2]) : null, headers: [] };
      if (open[1] === 'If') chains.push([current]);
      else chains[chains.length - 1]!.push(current);
      continue;
    }
    if (/^<\/(If|ElseIf|Else)>$/.test(line)) current = null;
    const header = /^Header always set (\S+) (.+)$/.exec(line);
    if (header) (current ? current.headers : always).push([header[1]!, unquote(header[2]!)]);
  }
  const types = Object.fromEntries([...text.matchAll(/^AddType (\S+) \.(\w+)$/gm)].map((m) => [m[2]!, m[1]!]));
  const charsetExts = (/^AddCharset utf-8 (.+)$/m.exec(text)?.[1] ?? '').split(/\s+/).map((e) => e.replace(/^\./, ''));
  return {
    headersFor(path) {
      const out: Record<string, string> = Object.fromEntries(always);
      for (const chain of chains) {
        const taken = chain.find((b) => b.test === null || b.test.test(path));
        for (const [name, value] of taken?.headers ?? []) out[name] = value;
      }
      return out;
    },
    types,
    compressed: (/AddOutputFilterByType DEFLATE (.+)$/m.exec(text)?.[1] ?? '').split(/\s+/),
    utf8: [...new Set(charsetExts.map((ext) => TYPES[ext] ?? `?${ext}`))],
  };
}

/** deploy/_headers: path patterns with their headers; later patterns add, `! Name` drops. */
export function fromHeaders(text: string): HostRules {
  const blocks: Array<{ pattern: RegExp; lines: string[] }> = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (line.startsWith('/')) blocks.push({ pattern: new RegExp(`^${line.trim().replace(/\*/g, '.*')}$`), lines: [] });
    else blocks[blocks.length - 1]!.lines.push(line.trim());
  }
  return {
    headersFor(path) {
      const out: Record<string, string> = {};
      for (const block of blocks.filter((b) => b.pattern.test(path))) {
        for (const line of block.lines) {
          if (line.startsWith('! ')) delete out[line.slice(2)];
          else out[line.slice(0, line.indexOf(':'))] = line.slice(line.indexOf(':') + 1).trim();
        }
      }
      return out;
    },
    types: {},
    compressed: [],
    utf8: [],
  };
}
