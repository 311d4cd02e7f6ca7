/**
 * A zip of files already on disk, written one file at a time, so memory holds one file and not the
 * whole archive (the national-scale data package is 1.6 GB of CSV).
 *
 *   writeZip('out.zip', [{ name: 'a.csv', path: '/stage/a.csv' }], new Date('2026-12-02T00:00:00Z'))
 *
 * fflate writes the zip's headers and directory; each file is compressed by Node's own zlib (native),
 * which fflate's `ZipInputFile` interface allows: a file that states its compression (8, deflate) and
 * hands over its bytes, size and CRC. Level 1, the fastest: on the portal's own data the zip is 9 %
 * larger than at level 9, and the national-scale package takes seconds instead of a minute. The same
 * files and date give the same bytes, so rebuilds stay identical.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';

export interface ZipEntry {
  /** The name inside the zip (forward slashes for folders). */
  name: string;
  /** Where the file is now. */
  path: string;
}

export function writeZip(out: string, entries: readonly ZipEntry[], mtime: Date): void {
  const fd = openSync(out, 'w');
  try {
    let failure: Error | null = null;
    const zip = new Zip((err, chunk) => {
      if (err) failure = err;
      else writeSync(fd, chunk);
    });
    for (const { name, path } of entries) {
      const bytes = readFileSync(path);
      const file: ZipInputFile = { filename: name, size: bytes.length, crc: crc32(bytes), compression: 8, mtime };
      zip.add(file);
      file.ondata!(null, deflateRawSync(bytes, { level: 1 }), true);
    }
    zip.end();
    if (failure) throw failure;
  } finally {
    closeSync(fd);
  }
}
