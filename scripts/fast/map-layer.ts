/**
 * What a choropleth colours for one indicator: per kecamatan or desa and year, the first realised
 * "all" value with its status, sources and detail. Gathered row by row without an object per value (a
 * national indicator has close to a million), in typed arrays, and written in the column format of
 * src/model/map-values.ts as the same JSON text that `JSON.stringify` gives for that `MapValues` object.
 *
 *   const layer = new MapLayer(regionCount, { min: 2000, max: 2035 })
 *   layer.add(areaIndex, 'desa', 2024, 53.02, '', 'bps-2024', '')   // true: the first value of that cell
 *   layer.write((area) => codes[area], fileWriter)
 *     // {"keterangan":[["","bps-2024",""]],"kecamatan":{"kode":[],"nilai":{},"keterangan":{}},"desa":{"kode":["19.02.01.2001"],"nilai":{"2024":[53.02]},"keterangan":{"2024":[0,1]}}}
 */
import type { MapLevel, MapNote } from '../../src/model/map-values.ts';
import type { ByteSink } from './file-writer.ts';

const NUMBER = 0;
const TEXT = 1;
const NULL = 2;
const LEVELS = ['kecamatan', 'desa'] as const;
/** Areas written per piece of output: no string as long as a national column is ever built. */
const PIECE = 4096;

export class MapLayer {
  private readonly span: number;
  /** Per area and year, the slot of its value, -1 while it has none. */
  private readonly slot: Int32Array;
  /** Per area: set once it has a value. */
  private readonly known: Uint8Array;
  private readonly order: Record<MapLevel, number[]> = { kecamatan: [], desa: [] };
  private readonly seen: Record<MapLevel, Uint8Array>;
  private readonly texts: string[] = [];
  private readonly textIds = new Map<string, number>();
  private readonly notes: MapNote[] = [];
  private readonly noteIds = new Map<string, number>();
  private lastNote = { status: '\u0000', sumber: '', detail: '', id: 0 };
  private size = 0;
  private kind = new Uint8Array(1024);
  private number = new Float64Array(1024);
  private text = new Uint32Array(1024);
  private note = new Uint32Array(1024);

  constructor(
    areaCount: number,
    private readonly range: { min: number; max: number },
  ) {
    this.span = range.max - range.min + 1;
    this.slot = new Int32Array(areaCount * this.span).fill(-1);
    this.known = new Uint8Array(areaCount);
    this.seen = { kecamatan: new Uint8Array(this.span), desa: new Uint8Array(this.span) };
  }

  /**
   * Keeps the value when its area and year have none yet; returns whether it was kept.
   */
  add(area: number, level: MapLevel, year: number, nilai: number | string | null, status: string, sumber: string, detail: string): boolean {
    if (year < this.range.min || year > this.range.max)
      throw new RangeError(`MapLayer: year ${year} outside ${this.range.min}–${this.range.max}`);
    const cell = area * this.span + (year - this.range.min);
    if (this.slot[cell] !== -1) return false;
    if (this.size === this.kind.length) this.grow();
    const i = this.size++;
    // An area's first value: the area joins its level's column in arrival order.
    if (!this.known[area]) {
      this.known[area] = 1;
      this.order[level].push(area);
    }
    this.slot[cell] = i;
    this.seen[level][year - this.range.min] = 1;
    if (typeof nilai === 'number') {
      this.kind[i] = NUMBER;
      this.number[i] = nilai;
    } else {
      this.kind[i] = nilai === null ? NULL : TEXT;
      this.text[i] = nilai === null ? 0 : this.textId(nilai);
    }
    this.note[i] = this.noteId(status, sumber, detail);
    return true;
  }

  /** The levels with at least one value, kecamatan before desa. */
  levels(): MapLevel[] {
    return LEVELS.filter((l) => this.order[l].length > 0);
  }

  /** The years with at least one value, ascending. */
  years(): number[] {
    return this.yearsOf('kecamatan')
      .concat(this.yearsOf('desa'))
      .filter((y, i, all) => all.indexOf(y) === i)
      .sort((a, b) => a - b);
  }

  /** The source ids the kept values cite, sorted. */
  sources(): string[] {
    return [...new Set(this.notes.flatMap((n) => n[1].split(' ').filter(Boolean)))].sort();
  }

  /** Writes the layer as JSON in pieces: areas in the order they first had a value, years ascending. */
  write(codeOf: (area: number) => string, out: ByteSink): void {
    const quoted = this.texts.map((s) => JSON.stringify(s));
    out.add(`{"keterangan":${JSON.stringify(this.notes)}`);
    for (const level of LEVELS) {
      const areas = this.order[level];
      const years = this.yearsOf(level);
      out.add(`,"${level}":{"kode":[`);
      this.codes(areas, codeOf, out);
      out.add('],"nilai":{');
      years.forEach((year, n) => {
        out.add(`${n === 0 ? '' : ','}"${year}":[`);
        this.values(areas, year, quoted, out);
        out.add(']');
      });
      out.add('},"keterangan":{');
      years.forEach((year, n) => out.add(`${n === 0 ? '' : ','}"${year}":[${this.notesOf(areas, year)}]`));
      out.add('}}');
    }
    out.add('}');
  }

  /** The area codes of a level, comma-separated, a piece at a time. */
  private codes(areas: readonly number[], codeOf: (area: number) => string, out: ByteSink): void {
    for (let start = 0; start < areas.length; start += PIECE) {
      let text = '';
      for (let n = start; n < Math.min(areas.length, start + PIECE); n++)
        text += `${n === 0 ? '' : ','}${JSON.stringify(codeOf(areas[n]!))}`;
      out.add(text);
    }
  }

  /** One year's values of a level's areas, comma-separated; null where an area has none. */
  private values(areas: readonly number[], year: number, quoted: readonly string[], out: ByteSink): void {
    const offset = year - this.range.min;
    for (let start = 0; start < areas.length; start += PIECE) {
      let text = '';
      for (let n = start; n < Math.min(areas.length, start + PIECE); n++) {
        const i = this.slot[areas[n]! * this.span + offset]!;
        const kind = i === -1 ? NULL : this.kind[i];
        // String() and JSON.stringify() agree on finite numbers, -0 included.
        text += `${n === 0 ? '' : ','}${kind === NULL ? 'null' : kind === TEXT ? quoted[this.text[i]!]! : String(this.number[i])}`;
      }
      out.add(text);
    }
  }

  /** One year's notes of a level's areas as note, count pairs (runs), note -1 where an area has no value. */
  private notesOf(areas: readonly number[], year: number): string {
    const offset = year - this.range.min;
    const runs: number[] = [];
    for (const area of areas) {
      const i = this.slot[area * this.span + offset]!;
      const note = i === -1 ? -1 : this.note[i]!;
      if (runs.length > 0 && runs[runs.length - 2] === note) runs[runs.length - 1] = runs[runs.length - 1]! + 1;
      else runs.push(note, 1);
    }
    return runs.join(',');
  }

  private yearsOf(level: MapLevel): number[] {
    const years: number[] = [];
    this.seen[level].forEach((seen, k) => {
      if (seen) years.push(this.range.min + k);
    });
    return years;
  }

  private textId(s: string): number {
    let id = this.textIds.get(s);
    if (id === undefined) {
      id = this.texts.length;
      this.texts.push(s);
      this.textIds.set(s, id);
    }
    return id;
  }

  /** The number of a [status, sources, detail] note; consecutive values mostly repeat theirs. */
  private noteId(status: string, sumber: string, detail: string): number {
    const last = this.lastNote;
    if (status === last.status && sumber === last.sumber && detail === last.detail) return last.id;
    const key = `${status}\u0000${sumber}\u0000${detail}`;
    let id = this.noteIds.get(key);
    if (id === undefined) {
      id = this.notes.length;
      this.notes.push([status, sumber, detail]);
      this.noteIds.set(key, id);
    }
    this.lastNote = { status, sumber, detail, id };
    return id;
  }

  private grow(): void {
    const size = this.kind.length * 2;
    const bigger = <T extends Uint8Array | Float64Array | Uint32Array | Int32Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(size);
      b.set(a);
      return b;
    };
    this.kind = bigger(this.kind);
    this.number = bigger(this.number);
    this.text = bigger(this.text);
    this.note = bigger(this.note);
  }
}
