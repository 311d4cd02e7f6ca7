/** For tests: collects what an encoder writes to a ByteSink as text, and refuses non-ASCII text given as ASCII. */
import type { ByteSink } from '../scripts/fast/file-writer.ts';

export class TextSink implements ByteSink {
  text = '';
  add(text: string): void {
    this.text += text;
  }
  addBytes(bytes: Uint8Array, start = 0, end = bytes.length): void {
    this.text += Buffer.from(bytes.subarray(start, end)).toString('utf8');
  }
  addAscii(text: string): void {
    if (/[^\x00-\x7f]/.test(text)) throw new Error(`not ASCII: ${text}`);
    this.text += text;
  }
  /** A scratch buffer the caller writes into; `wrote` takes what it wrote as UTF-8. */
  buffer = new Uint8Array(0);
  room(bytes: number): number {
    // Refuses now and then, as a full writer does, so that the caller's other way is tested too.
    if (++this.rooms % 5 === 0) return -1;
    this.buffer = new Uint8Array(bytes);
    return 0;
  }
  wrote(end: number): void {
    if (end > this.buffer.length) throw new Error(`wrote ${end} bytes into room for ${this.buffer.length}`);
    this.text += Buffer.from(this.buffer.subarray(0, end)).toString('utf8');
  }
  private rooms = 0;
  addByte(byte: number): void {
    if (byte > 0x7f) throw new Error(`not ASCII: ${byte}`);
    this.text += String.fromCharCode(byte);
  }
}
