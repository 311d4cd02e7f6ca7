/**
 * Buffered, synchronous file writing for the build's large outputs. The plain interface is a text
 * sink (`add(text)`, `close()`); the byte-level ways in (`addBytes`, `addAscii`, `room`/`wrote`) let the
 * row writer copy pieces it encoded once. tests/scripts/fast/file-writer.test.ts holds it to the text
 * the pieces make.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** Where encoded output goes: text, bytes encoded once and written many times, and ASCII pieces. */
export interface ByteSink {
  add(text: string): void;
  /** bytes[start, end): a piece encoded once and written many times. */
  addBytes(bytes: Uint8Array, start?: number, end?: number): void;
  /** Text of ASCII characters only (digits, signs, brackets), copied byte by byte. */
  addAscii(text: string): void;
  addByte(byte: number): void;
  /**
   * Where the next `bytes` bytes go in `buffer`, for a caller that writes them itself and then says
   * where they end with `wrote(end)`; -1 when they cannot be had in one piece (write them another way).
   */
  room(bytes: number): number;
  readonly buffer: Uint8Array;
  wrote(end: number): void;
}

/**
 * Writes a file through a 1 MB buffer, synchronously: a million rows become a few hundred writes, and a
 * row callback that cannot await (the CSV reader's) can still write. Small strings gather up to 64 K
 * units and are encoded at once (cheaper than encoding each); the parts of a row that repeat are given
 * as bytes encoded once, and numbers as ASCII, both copied straight into the buffer: a national
 * file's rows then build no string at all.
 *
 *   const w = new FileWriter(path); w.add('text'); w.addBytes(piece); w.addAscii('53.02'); w.close();
 */
export class FileWriter implements ByteSink {
  readonly buffer: Buffer;
  private used = 0;
  private pending = '';
  private fd: number | null;

  constructor(
    readonly path: string,
    size = 1 << 20,
  ) {
    mkdirSync(dirname(path), { recursive: true });
    this.fd = openSync(path, 'w');
    this.buffer = Buffer.allocUnsafe(size);
  }

  add(text: string): void {
    this.pending += text;
    if (this.pending.length > 65536) this.encode();
  }

  addBytes(bytes: Uint8Array, start = 0, end = bytes.length): void {
    const length = end - start;
    const at = this.room(length);
    if (at === -1) {
      if (this.fd !== null) writeSync(this.fd, bytes, start, length);
      return;
    }
    // A few bytes (a number's text) are copied one by one: cheaper than making a view to copy from.
    if (length < 16) {
      const buffer = this.buffer;
      for (let i = 0; i < length; i++) buffer[at + i] = bytes[start + i]!;
    } else {
      this.buffer.set(start === 0 && end === bytes.length ? bytes : bytes.subarray(start, end), at);
    }
    this.used = at + length;
  }

  addAscii(text: string): void {
    const at = this.room(text.length);
    if (at === -1) {
      if (this.fd !== null) writeSync(this.fd, text);
      return;
    }
    const buffer = this.buffer;
    for (let i = 0; i < text.length; i++) buffer[at + i] = text.charCodeAt(i);
    this.used = at + text.length;
  }

  addByte(byte: number): void {
    const at = this.room(1);
    this.buffer[at] = byte;
    this.used = at + 1;
  }

  /** Every way in goes through here: gathered text first, then a flush when the buffer lacks room. */
  room(bytes: number): number {
    if (this.pending !== '') this.encode();
    if (this.used + bytes > this.buffer.length) this.flush();
    return bytes > this.buffer.length ? -1 : this.used;
  }

  wrote(end: number): void {
    this.used = end;
  }

  /** Empties the file, for a second pass that rewrites it. */
  truncate(): void {
    this.used = 0;
    this.pending = '';
    if (this.fd !== null) closeSync(this.fd);
    this.fd = openSync(this.path, 'w');
  }

  close(): void {
    this.encode();
    this.flush();
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  private encode(): void {
    const text = this.pending;
    this.pending = '';
    // A UTF-16 unit takes at most 3 bytes in UTF-8.
    const at = this.room(text.length * 3);
    if (at === -1) {
      if (this.fd !== null) writeSync(this.fd, text);
      return;
    }
    this.used = at + this.buffer.write(text, at, 'utf8');
  }

  private flush(): void {
    if (this.used === 0 || this.fd === null) return;
    writeSync(this.fd, this.buffer, 0, this.used);
    this.used = 0;
  }
}
