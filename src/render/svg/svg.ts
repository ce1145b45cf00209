/**
 * A tiny SVG writer: elements as strings, every attribute value and text node escaped. Charts
 * are built from these, so no chart code concatenates untrusted text by hand.
 */
import { html } from '../../escape/index.js';

export type Attributes = Readonly<Record<string, string | number | null | undefined>>;

/** Rounds coordinates to 0.01 so output is compact and byte-identical across platforms. */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

function attributeText(attributes: Attributes): string {
  let text = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined) continue;
    text += ` ${name}="${html(typeof value === 'number' ? num(value) : value)}"`;
  }
  return text;
}

/** `<name attrs>children</name>`; children are markup (already escaped), `text()` escapes text. */
export function el(name: string, attributes: Attributes, ...children: readonly string[]): string {
  const open = `<${name}${attributeText(attributes)}`;
  return children.length === 0 ? `${open}/>` : `${open}>${children.join('')}</${name}>`;
}

/** Escaped text content. */
export function text(value: string): string {
  return html(value);
}
