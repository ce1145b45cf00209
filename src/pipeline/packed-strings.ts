/**
 * A long list of strings kept as a few large ones: every CHUNK strings are joined into one string
 * with their end offsets in an Int32Array, and `get(i)` slices the string back out. A string of
 * its own costs a header (16 bytes, plus padding) and a slot in an array (8) beside its
 * characters; here it costs 4 bytes beside its characters — 20-30 bytes less per comment or id,
 * 20-30 MB a million rows.
 *
 * Only strings whose characters all fit in one byte (Latin-1) are joined: one character beyond
 * would make V8 store the whole joined chunk with two bytes per character. The others (emoji,
 * CJK, curly quotes) are kept as they are, in a map by index. `get` returns a string equal to
 * the one added.
 */
const CHUNK = 1024;
/** A character outside Latin-1. */
const WIDE = /[^\u0000-\u00ff]/;

export class PackedStrings {
  private readonly chunks: string[] = [];
  private readonly ends: Int32Array[] = [];
  private pending: string[] = [];
  private readonly apart = new Map<number, string | null>();
  private size = 0;

  get length(): number {
    return this.size;
  }

  add(value: string | null): void {
    const index = this.size++;
    if (value === null || WIDE.test(value)) {
      this.apart.set(index, value);
      this.pending.push('');
    } else this.pending.push(value);
    if (this.pending.length === CHUNK) this.seal();
  }

  get(index: number): string | null {
    if (index < 0 || index >= this.size) return null;
    const apart = this.apart.get(index);
    if (apart !== undefined) return apart;
    const chunk = Math.floor(index / CHUNK);
    const at = index - chunk * CHUNK;
    if (chunk === this.chunks.length) return this.pending[at] as string;
    const ends = this.ends[chunk] as Int32Array;
    return (this.chunks[chunk] as string).slice(at === 0 ? 0 : (ends[at - 1] as number), ends[at] as number);
  }

  private seal(): void {
    const ends = new Int32Array(this.pending.length);
    let end = 0;
    this.pending.forEach((value, k) => {
      end += value.length;
      ends[k] = end;
    });
    this.chunks.push(this.pending.join(''));
    this.ends.push(ends);
    this.pending = [];
  }
}
