// Writes the small bad-input corpus used by test/read/*.test.ts (byte-exact; run from anywhere:
// `node test/read/corpus/make-corpus.mjs`). Every text is written for these tests.
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const here = new URL('.', import.meta.url);
const put = (name, content) => writeFileSync(new URL(name, here), content);
const utf16be = (text) => Buffer.from(text, 'utf16le').swap16();

put('empty.csv', '');
put('blank-lines.csv', '\n\n  \n');
put('header-only.csv', 'id,comment,nps\n');
put('no-text-column.csv', 'id,nps,csat\n1,9,5\n2,3,2\n3,10,4\n');
put(
  'unclosed-quote.csv',
  [
    'id,comment',
    '1,Fine',
    '2,"Two',
    'lines"',
    '3,Ok',
    '4,Good',
    '5,"Never closed, and it swallows',
    '6,everything',
    '7,after it',
    '',
  ].join('\n'),
);
put('ragged.csv', 'id,comment,nps\n1,short row\n2,too many,9,extra\n3,just right,7\n4,trailing empty,8,,\n');
put('nul-bytes.csv', 'id,comment\n1,Hel\u0000lo there\n2,\u0000Second\n');
put('invalid-utf8.csv', Buffer.concat([Buffer.from('id,comment\n1,ok\n2,caf'), Buffer.from([0xe9]), Buffer.from(' au lait\n')]));
put('utf16le-bom.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id,comment\r\n1,Zürich café\r\n', 'utf16le')]));
put('utf16be-bom.csv', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be('id,comment\r\n1,Zürich café\r\n')]));
// “Smart quotes” and é as Windows-1252 bytes: 0x93 0x94 and 0xE9.
put('windows-1252.csv', Buffer.concat([Buffer.from('id,comment\n1,'), Buffer.from([0x93]), Buffer.from('Caf'), Buffer.from([0xe9, 0x94]), Buffer.from(' was shut\n')]));
put('cr-only.csv', 'id,comment\r1,"first\rsecond"\r2,third\r');
put('semicolon-decimal-comma.csv', 'id;comment;rating\n1;"Nice; really";4,5\n2;Meh;3\n3;Bad;1,5\n');
put('duplicate-headers.csv', 'comment,comment,,id\nfirst,second,x,1\n');
put('second-header.csv', 'id,comment,nps\nid,comment,nps\n1,Good,9\nID , Comment,NPS\n2,Bad,2\n');
put('no-header.csv', 'R1,Great shop,9\nR2,Slow delivery,3\n');
put('nps-variants.csv', 'id,comment,nps\n1,a,10 - Extremely likely\n2,b,0 - Not at all likely\n3,c, 7 \n4,d,9.0\n5,e,N/A\n6,f,11\n7,g,seven\n8,h,-\n');
put('bad.jsonl', '{"id":1,"body":"fine"}\n{"id":2,"body": oops}\n\n[1,2]\n{"id":3,"body":"last"}\n');
put('nested.jsonl', '{"ticket":{"id":"T-1","tags":["a","b"]},"csat":null,"ok":true,"n":4.5,"body":"hi"}\n{"__proto__":{"x":1},"constructor":"c","body":"x"}\n');
put('array.json', '[\n  {"id": 1, "body": "first"},\n  {"id": 2,\n   "body": "second, with [brackets] and {braces}"},\n  "not an object",\n  {"id": 3, "body": "third"}\n]\n');
put('gzipped.csv.gz', gzipSync(Buffer.from('id,comment\n1,compressed\n2,still compressed\n')));
put('gzip-no-extension', gzipSync(Buffer.from('{"body":"sniffed gzip"}\n')));
