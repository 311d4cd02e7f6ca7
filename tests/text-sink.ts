/** For tests: collects what an encoder writes to a ByteSink as text, and refuses non-ASCII text given as ASCII. */
import type { ByteSink } from '../scripts/lib/output.ts';

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
  addByte(byte: number): void {
    if (byte > 0x7f) throw new Error(`not ASCII: ${byte}`);
    this.text += String.fromCharCode(byte);
  }
}
