/**
 * What a choropleth colours for one indicator: per kecamatan or desa and year, the first realised
 * "all" value as [value, status, source ids, detail]. Gathered row by row without an object per value
 * (a national indicator has close to a million), in typed arrays, and written as the same JSON text
 * that `JSON.stringify` gives for a `MapValues` object.
 *
 *   const layer = new MapLayer(regionCount, { min: 2000, max: 2035 })
 *   layer.add(areaIndex, 'desa', 2024, 53.02, '', 'bps-2024', '')   // true: the first value of that cell
 *   layer.write((area) => codes[area], (text) => out.add(text))   // {"kecamatan":{},"desa":{"19.02.01.2001":{"2024":[53.02,"","bps-2024",""]}}}
 */
export type MapLevel = 'kecamatan' | 'desa';
export type MapCell = [number | string | null, string, string, string];
/** Per area and year, what a map colours: [value, status, source ids, detail]. */
export type MapValues = Record<MapLevel, Record<string, Record<string, MapCell>>>;

const NUMBER = 0;
const TEXT = 1;
const NULL = 2;

export class MapLayer {
  private readonly span: number;
  /** One byte per area and year: set once the cell has its value. */
  private readonly taken: Uint8Array;
  private readonly head: Int32Array;
  private readonly tail: Int32Array;
  private readonly order: Record<MapLevel, number[]> = { kecamatan: [], desa: [] };
  private readonly strings: string[] = [];
  private readonly stringIds = new Map<string, number>();
  private readonly lastString: Array<string | null> = [null, null, null, null];
  private readonly lastId = [0, 0, 0, 0];
  readonly years = new Set<number>();
  private size = 0;
  // One slot per value, in arrival order; `next` links the values of one area.
  private year = new Int32Array(1024);
  private kind = new Uint8Array(1024);
  private number = new Float64Array(1024);
  private text = new Uint32Array(1024 * 4);
  private next = new Int32Array(1024);

  constructor(
    areaCount: number,
    private readonly range: { min: number; max: number },
  ) {
    this.span = range.max - range.min + 1;
    this.taken = new Uint8Array(areaCount * this.span);
    this.head = new Int32Array(areaCount).fill(-1);
    this.tail = new Int32Array(areaCount).fill(-1);
  }

  /** Keeps the value when its area and year have none yet; returns whether it was kept. */
  add(area: number, level: MapLevel, year: number, nilai: number | string | null, status: string, sumber: string, detail: string): boolean {
    if (year < this.range.min || year > this.range.max) throw new RangeError(`MapLayer: year ${year} outside ${this.range.min}–${this.range.max}`);
    const cell = area * this.span + (year - this.range.min);
    if (this.taken[cell]) return false;
    this.taken[cell] = 1;
    if (this.size === this.year.length) this.grow();
    const i = this.size++;
    this.year[i] = year;
    if (typeof nilai === 'number') {
      this.kind[i] = NUMBER;
      this.number[i] = nilai;
    } else {
      this.kind[i] = nilai === null ? NULL : TEXT;
      this.text[i * 4] = nilai === null ? 0 : this.id(0, nilai);
    }
    this.text[i * 4 + 1] = this.id(1, status);
    this.text[i * 4 + 2] = this.id(2, sumber);
    this.text[i * 4 + 3] = this.id(3, detail);
    this.next[i] = -1;
    if (this.head[area] === -1) {
      this.head[area] = i;
      this.order[level].push(area);
    } else {
      this.next[this.tail[area]!] = i;
    }
    this.tail[area] = i;
    this.years.add(year);
    return true;
  }

  /** The levels with at least one value, kecamatan before desa. */
  levels(): MapLevel[] {
    return (['kecamatan', 'desa'] as const).filter((l) => this.order[l].length > 0);
  }

  /**
   * Writes the layer as JSON in pieces: areas in the order they first had a value, years ascending
   * (the key order JSON.stringify gives an object whose area codes contain dots and whose years are
   * integer keys).
   */
  write(codeOf: (area: number) => string, out: (text: string) => void): void {
    const quoted = this.strings.map((s) => JSON.stringify(s));
    const slots: number[] = [];
    let tailIds = [-1, -1, -1];
    let tail = '';
    out('{');
    for (const level of ['kecamatan', 'desa'] as const) {
      out(`${level === 'desa' ? ',' : ''}"${level}":{`);
      const areas = this.order[level];
      for (let n = 0; n < areas.length; n++) {
        const area = areas[n]!;
        slots.length = 0;
        let sorted = true;
        for (let i = this.head[area]!; i !== -1; i = this.next[i]!) {
          if (slots.length > 0 && this.year[i]! < this.year[slots[slots.length - 1]!]!) sorted = false;
          slots.push(i);
        }
        if (!sorted) slots.sort((a, b) => this.year[a]! - this.year[b]!);
        let text = `${n === 0 ? '' : ','}${JSON.stringify(codeOf(area))}:{`;
        for (let k = 0; k < slots.length; k++) {
          const i = slots[k]!;
          const kind = this.kind[i];
          // String() and JSON.stringify() agree on finite numbers, -0 included.
          const nilai = kind === NUMBER ? String(this.number[i]) : kind === NULL ? 'null' : quoted[this.text[i * 4]!];
          // Status, sources and detail mostly repeat from one value to the next: encode them once.
          const a = this.text[i * 4 + 1]!;
          const b = this.text[i * 4 + 2]!;
          const c = this.text[i * 4 + 3]!;
          if (a !== tailIds[0] || b !== tailIds[1] || c !== tailIds[2]) {
            tailIds = [a, b, c];
            tail = `,${quoted[a]},${quoted[b]},${quoted[c]}]`;
          }
          text += `${k === 0 ? '' : ','}"${this.year[i]}":[${nilai}${tail}`;
        }
        out(`${text}}`);
      }
      out('}');
    }
    out('}');
  }

  /** The number of a text in the layer's string table; `field` keeps a one-entry cache per column. */
  private id(field: number, s: string): number {
    // Consecutive values mostly repeat their status and source: skip the lookup then.
    if (s === this.lastString[field]) return this.lastId[field]!;
    let id = this.stringIds.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(s);
      this.stringIds.set(s, id);
    }
    this.lastString[field] = s;
    this.lastId[field] = id;
    return id;
  }

  private grow(): void {
    const size = this.year.length * 2;
    const bigger = <T extends Int32Array | Uint8Array | Float64Array | Uint32Array>(a: T, n: number): T => {
      const b = new (a.constructor as new (n: number) => T)(n);
      b.set(a);
      return b;
    };
    this.year = bigger(this.year, size);
    this.kind = bigger(this.kind, size);
    this.number = bigger(this.number, size);
    this.text = bigger(this.text, size * 4);
    this.next = bigger(this.next, size);
  }
}
