/**
 * Token norms interned to dense integer ids (0, 1, 2, … in order of first sight). One vocabulary
 * per run: the pipeline interns each token once and every later stage keys its caches by id
 * (an array index) instead of hashing the same string again (the sentiment scorer's word table,
 * the compact doc store), and keeps each distinct norm once.
 */
export class Vocabulary {
  private readonly norms: string[] = [];
  private readonly ids = new Map<string, number>();

  /** The id of `norm`, interned on first sight. */
  idOf(norm: string): number {
    let id = this.ids.get(norm);
    if (id === undefined) {
      id = this.norms.length;
      this.norms.push(norm);
      this.ids.set(norm, id);
    }
    return id;
  }

  /** The norm of an id this vocabulary gave out. */
  norm(id: number): string {
    return this.norms[id] as string;
  }

  /** The ids of the tokens' norms, in token order. */
  idsOf(tokens: readonly { readonly norm: string }[]): Int32Array {
    const ids = new Int32Array(tokens.length);
    for (let k = 0; k < tokens.length; k++) ids[k] = this.idOf((tokens[k] as { readonly norm: string }).norm);
    return ids;
  }

  get size(): number {
    return this.norms.length;
  }
}
