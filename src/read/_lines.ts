/** Streaming line splitter: CRLF, LF and lone CR end a line; a line may span any number of chunks. */

export type Line = { readonly line: number; readonly text: string };

export async function* splitLines(text: AsyncIterable<string>): AsyncGenerator<Line> {
  let parts: string[] = [];
  let line = 1;
  let afterCarriage = false;
  for await (const chunk of text) {
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      if (c === 10 && i === 0 && afterCarriage) {
        start = 1;
        afterCarriage = false;
        continue;
      }
      parts.push(chunk.slice(start, i));
      yield { line, text: parts.join('') };
      parts = [];
      line += 1;
      if (c === 13 && chunk.charCodeAt(i + 1) === 10) i += 1;
      start = i + 1;
    }
    afterCarriage = chunk.charCodeAt(chunk.length - 1) === 13;
    if (start < chunk.length) parts.push(chunk.slice(start));
  }
  if (parts.length > 0) yield { line, text: parts.join('') };
}
