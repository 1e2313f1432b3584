import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { escapeControls, oneLine } from '../../../src/cli/terminalText';

describe('cli: terminal text escaping (properties)', () => {
  const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.array(fc.constantFrom('\u001b[2K', '\u001b]52;c;eA==\u0007', '\u009b', '\u202e', '\r', '\n', 'a', '\\', '"', 'é'), { maxLength: 20 }).map((a) => a.join('')));

  it('leaves no control character but tab and line feed, and oneLine leaves no line break', () => {
    fc.assert(
      fc.property(text, (t) => {
        assert.doesNotMatch(escapeControls(t), /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
        assert.doesNotMatch(escapeControls(oneLine(t)), /[\n\r\u2028\u2029]/);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps JSON output valid and equal to the original text', () => {
    fc.assert(
      fc.property(text, (t) => {
        assert.equal(JSON.parse(escapeControls(JSON.stringify({ t }))).t, t);
      }),
      { numRuns: 500 },
    );
  });
});
