import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeText } from '../../../../src/core/text/decodeText';
import { toLf } from '../../../../src/core/text/lineEndings';

const TEXT = '---\ninterview: true\n---\n\nI want a café and work-life balance 😀.\n';

function utf16(text: string, bigEndian: boolean, bom = true): Uint8Array {
  const units = bom ? [0xfeff] : [];
  for (let i = 0; i < text.length; i++) units.push(text.charCodeAt(i));
  const bytes = new Uint8Array(units.length * 2);
  units.forEach((u, i) => {
    bytes[2 * i + (bigEndian ? 1 : 0)] = u & 0xff;
    bytes[2 * i + (bigEndian ? 0 : 1)] = u >> 8;
  });
  return bytes;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('text: decodeText (bytes → text, at the edge)', () => {
  it('reads UTF-8 without a BOM', () => {
    assert.deepEqual(decodeText(utf8(TEXT)), { text: TEXT, encoding: 'utf-8', bom: false, invalid: false });
  });

  it('drops a UTF-8 BOM, so line 1 columns start at 1', () => {
    const d = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)]));
    assert.equal(d.text, TEXT);
    assert.equal(d.encoding, 'utf-8');
    assert.equal(d.bom, true);
  });

  it('reads UTF-16LE and UTF-16BE with their BOM', () => {
    assert.deepEqual(decodeText(utf16(TEXT, false)), { text: TEXT, encoding: 'utf-16le', bom: true, invalid: false });
    assert.deepEqual(decodeText(utf16(TEXT, true)), { text: TEXT, encoding: 'utf-16be', bom: true, invalid: false });
  });

  it('reads UTF-16LE and UTF-16BE without a BOM as VS Code does (zero bytes at every odd or even position)', () => {
    const plain = '---\ninterview: true\n---\n\nI want work-life balance.\n';
    assert.deepEqual(decodeText(utf16(plain, false, false)), { text: plain, encoding: 'utf-16le', bom: false, invalid: false });
    assert.deepEqual(decodeText(utf16(plain, true, false)), { text: plain, encoding: 'utf-16be', bom: false, invalid: false });
    // Zero bytes elsewhere, or none, stay UTF-8.
    assert.equal(decodeText(new Uint8Array([0x61, 0x00, 0x00, 0x62])).encoding, 'utf-8');
    assert.equal(decodeText(new Uint8Array([0x61, 0x62, 0x00, 0x63])).encoding, 'utf-8');
    assert.equal(decodeText(utf8('ab')).encoding, 'utf-8');
    assert.equal(decodeText(new Uint8Array([])).text, '');
  });

  it('reads invalid UTF-8 without throwing: each bad byte becomes U+FFFD and the result says so', () => {
    const d = decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a, 0xff, 0xc3]));
    assert.equal(d.text, 'caf\ufffd\n\ufffd\ufffd');
    assert.equal(d.invalid, true);
  });

  it('reads a UTF-16 file with an odd last byte (cut short) without throwing', () => {
    const bytes = utf16('ab', false);
    const d = decodeText(new Uint8Array([...bytes, 0x63]));
    assert.equal(d.text, 'ab\ufffd');
    assert.equal(d.invalid, true);
  });

  it('turns lone CRs into LFs and keeps CRLF, so offsets, lines and columns are the file\'s', () => {
    assert.equal(decodeText(utf8('a\rb\r\nc\nd\r')).text, 'a\nb\r\nc\nd\n');
    assert.equal(decodeText(utf16('a\rb\r\nc', true)).text, 'a\nb\r\nc');
    assert.equal(decodeText(new Uint8Array()).text, '');
  });

  it('property: any bytes decode without throwing, to text with no lone CR', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]), (body, bom) => {
        const d = decodeText(new Uint8Array([...bom, ...body]));
        assert.equal(typeof d.text, 'string');
        assert.ok(!/\r(?!\n)/.test(d.text));
      }),
      { numRuns: 500 },
    );
  });

  it('property: text encoded as UTF-8 or UTF-16 (with BOM) decodes to itself, lone CRs as LFs', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const expected = text.replace(/\r(?!\n)/g, '\n');
        assert.equal(decodeText(utf8(text)).text, text.startsWith('\ufeff') ? expected.slice(1) : expected);
        assert.equal(decodeText(utf16(text, false)).text, expected);
        assert.equal(decodeText(utf16(text, true)).text, expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('text: toLf (pack files)', () => {
  it('makes CRLF, CR and LF all LF, keeping line numbers', () => {
    assert.equal(toLf('a\r\nb\rc\nd\r\n'), 'a\nb\nc\nd\n');
    assert.equal(toLf('\ufeffa'), 'a');
  });
});
