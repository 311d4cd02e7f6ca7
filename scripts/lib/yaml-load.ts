/**
 * Reads a YAML file and checks it against a zod schema, reporting problems by line and field path.
 *
 *   loadYaml('data/sources.yml', SourcesSchema, log)
 *   -> the parsed value, or null after logging e.g.
 *      "data/sources.yml:12:renstra-t2.6.induk  -  sumber  Expected string, received number"
 */
import { existsSync, readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isNode, type Document, type Node } from 'yaml';
import { ZodIssueCode, type ZodErrorMap, type ZodType, type ZodTypeDef } from 'zod';
import type { IssueLog } from './issues.ts';

export function loadYaml<T>(path: string, label: string, schema: ZodType<T, ZodTypeDef, unknown>, log: IssueLog): T | null {
  if (!existsSync(path)) {
    log.error({
      file: label,
      rule: 'berkas-hilang',
      message: `Berkas ${label} tidak ada. Pulihkan dari salinan terakhir (git) sebelum membangun.`,
    });
    return null;
  }
  const text = readFileSync(path, 'utf8').replace(/^\ufeff/, '');
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, merge: true, uniqueKeys: true });
  const value = resolved(doc, label, log);
  if (value === NOT_YAML) return null;
  const result = schema.safeParse(withoutAnchorKeys(value), { errorMap: indonesian });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const node = doc.getIn(issue.path, true);
    const offset = isNode(node) ? (node as Node).range?.[0] : undefined;
    const line = offset === undefined ? undefined : lines.linePos(offset).line;
    const value = doc.getIn(issue.path);
    log.error({
      file: label,
      row: line,
      column: issue.path.join('.'),
      value: value === undefined || typeof value === 'object' ? undefined : String(value),
      rule: 'skema',
      message: `${issue.message}.`,
    });
  }
  return null;
}

const NOT_YAML = Symbol('not YAML');

/** The document as plain values, or NOT_YAML after logging why it is not valid YAML. */
function resolved(doc: Document.Parsed, label: string, log: IssueLog): unknown {
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      const line = err.linePos?.[0]?.line;
      log.error({
        file: label,
        row: line,
        rule: 'yaml',
        message: `YAML tidak sah: ${err.message.split('\n')[0]}. Periksa indentasi dan tanda kutip di sekitar baris ini.`,
      });
    }
    return NOT_YAML;
  }
  try {
    return doc.toJS({ maxAliasCount: 1000 }) as unknown;
  } catch (err) {
    // Broken anchors and merge keys (`<<: *nama`) only fail when the document is resolved.
    log.error({
      file: label,
      rule: 'yaml',
      message: `YAML tidak sah: ${(err as Error).message.split('\n')[0]}. Periksa anchor (&nama) dan penggabungan (<<: *nama).`,
    });
    return NOT_YAML;
  }
}

/** Top-level keys starting with "_" only hold YAML anchors (shared fields for `<<: *name`) and are dropped. */
function withoutAnchorKeys(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !key.startsWith('_')));
}

const TYPES: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  boolean: 'benar/salah (true/false)',
  array: 'daftar',
  object: 'kumpulan isian',
  undefined: 'kosong',
  null: 'kosong',
};

/** zod's messages in plain Indonesian, for the people who edit these files. */
const indonesian: ZodErrorMap = (issue, ctx) => {
  switch (issue.code) {
    case ZodIssueCode.invalid_type:
      return {
        message:
          issue.received === 'undefined'
            ? 'Isian wajib ini tidak ada'
            : `Harus berupa ${TYPES[issue.expected] ?? issue.expected}, tertulis ${TYPES[issue.received] ?? issue.received}`,
      };
    case ZodIssueCode.too_small:
      return {
        message:
          issue.type === 'string'
            ? 'Tidak boleh kosong'
            : issue.type === 'array'
              ? `Paling sedikit ${issue.minimum} butir`
              : `Paling kecil ${issue.minimum}`,
      };
    case ZodIssueCode.too_big:
      return { message: `Paling besar ${issue.maximum}` };
    case ZodIssueCode.invalid_enum_value:
      return { message: `Pilihan yang boleh: ${issue.options.join(', ')}` };
    case ZodIssueCode.unrecognized_keys:
      return { message: `Isian tidak dikenal: ${issue.keys.join(', ')}. Periksa ejaannya` };
    case ZodIssueCode.invalid_union_discriminator:
      return { message: `Jenis harus salah satu dari: ${issue.options.join(', ')}` };
    default:
      return { message: ctx.defaultError };
  }
};
