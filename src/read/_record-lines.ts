/**
 * Line numbers of CSV records from byte offsets, without asking csv-parse for each record's raw
 * text: the bytes given to the parser are indexed once (the positions of their CR and LF bytes,
 * found with `indexOf`), and a record is the byte range from the end of the previous one to the
 * end csv-parse reports (`info.bytes`). A record's range is what csv-parse's `raw` would hold:
 * the blank lines skipped before it, the record, its line break.
 *
 * Counting follows `countBreaks` over that text exactly (CRLF, LF and lone CR once each; a LF at
 * the range's start counts even after a CR that ended the previous range), so line numbers are
 * the same as counting in `raw`. The bytes of the ranges not yet taken are kept (a chunk is
 * dropped once every record in it is taken): `text` decodes a range when its text is needed (a
 * record with a line break inside, checked for a stray quote).
 */
export class RecordLines {
  /** Buffers given, from the one holding `start` on: absolute offset of each, and its bytes. */
  private buffers: { readonly at: number; readonly bytes: Buffer }[] = [];
  private total = 0;
  /** Break positions (absolute, ascending) not yet passed, and whether each is a CR. */
  private breaks = new Float64Array(1024);
  private carriage = new Uint8Array(1024);
  private first = 0;
  private last = 0;
  /** Where the next record's range starts. */
  private start = 0;

  /** Indexes the next bytes given to the parser. */
  add(bytes: Buffer): void {
    const at = this.total;
    this.total += bytes.length;
    this.buffers.push({ at, bytes });
    let lf = bytes.indexOf(10);
    let cr = bytes.indexOf(13);
    while (lf !== -1 || cr !== -1) {
      const isCarriage = lf === -1 || (cr !== -1 && cr < lf);
      this.push(at + (isCarriage ? cr : lf), isCarriage);
      if (isCarriage) cr = bytes.indexOf(13, cr + 1);
      else lf = bytes.indexOf(10, lf + 1);
    }
  }

  /**
   * Takes the range up to `end` as the next record's: the line breaks before its first character
   * (`leading`), in all (`breaks`), and whether a break lies between its leading and trailing
   * breaks (`inside`: it spans lines).
   */
  take(end: number): { readonly leading: number; readonly breaks: number; readonly inside: boolean } {
    const start = this.start;
    let leading = 0;
    let breaks = 0;
    let expect = start; // the next position that would extend the run of leading breaks
    let firstInner = -1; // the first break after the leading run
    let runStart = -1; // start of the run of consecutive breaks the last one belongs to
    let previous = -1;
    let previousCarriage = false;
    while (this.first < this.last && (this.breaks[this.first] as number) < end) {
      const position = this.breaks[this.first] as number;
      const isCarriage = this.carriage[this.first] === 1;
      this.first += 1;
      if (position < start) continue;
      const counts = isCarriage || position === start || !(previousCarriage && previous === position - 1);
      if (counts) breaks += 1;
      if (position === expect) {
        expect += 1;
        if (counts) leading += 1;
      } else if (firstInner === -1) firstInner = position;
      if (previous !== position - 1) runStart = position;
      previous = position;
      previousCarriage = isCarriage;
    }
    // Breaks that end the range (after its last character) are not inside it.
    const trailFrom = previous === end - 1 ? runStart : end;
    const inside = firstInner !== -1 && firstInner < trailFrom;
    this.start = end;
    while (this.buffers.length > 1 && (this.buffers[1] as { readonly at: number }).at <= end) this.buffers.shift();
    return { leading, breaks, inside };
  }

  /** Where the next range starts, and where the bytes given so far end. */
  get next(): number {
    return this.start;
  }

  get end(): number {
    return this.total;
  }

  /** The text of bytes [from, to) not yet dropped (see take). */
  text(from: number, to: number): string {
    const parts: Buffer[] = [];
    for (const { at, bytes } of this.buffers) {
      const a = Math.max(from, at);
      const b = Math.min(to, at + bytes.length);
      if (a < b) parts.push(bytes.subarray(a - at, b - at));
    }
    return Buffer.concat(parts).toString('utf8');
  }

  private push(position: number, isCarriage: boolean): void {
    if (this.last === this.breaks.length) {
      // Compact what was passed, or grow.
      const live = this.last - this.first;
      if (this.first > 0 && live < this.breaks.length / 2) {
        this.breaks.copyWithin(0, this.first, this.last);
        this.carriage.copyWithin(0, this.first, this.last);
      } else {
        const breaks = new Float64Array(this.breaks.length * 2);
        breaks.set(this.breaks.subarray(this.first, this.last));
        const carriage = new Uint8Array(this.carriage.length * 2);
        carriage.set(this.carriage.subarray(this.first, this.last));
        this.breaks = breaks;
        this.carriage = carriage;
      }
      this.first = 0;
      this.last = live;
    }
    this.breaks[this.last] = position;
    this.carriage[this.last] = isCarriage ? 1 : 0;
    this.last += 1;
  }
}
