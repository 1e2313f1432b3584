import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

// The quiz webview shows pack content, which a user may write: it must only ever be text. These
// read the page's source, the one place that could turn content into markup.
describe('quiz webview source', () => {
  const source = readFileSync('src/webview/quiz/main.ts', 'utf8');

  it('never parses strings as HTML', () => {
    const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    for (const sink of ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'DOMParser', 'createContextualFragment', 'eval(', 'new Function']) {
      assert.ok(!code.includes(sink), `the webview uses ${sink}`);
    }
  });

  it('imports nothing but the shared protocol (and types, which leave no code)', () => {
    const imports = [...source.matchAll(/^import(?! type )[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]);
    assert.deepEqual(imports, ['../../core/quiz/protocol']);
    const types = [...source.matchAll(/^import type [^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]);
    assert.deepEqual(types, ['../codicons']);
  });

  it('checks every message from the host with the protocol validator', () => {
    assert.match(source, /addEventListener\('message', \(event: MessageEvent<unknown>\) => \{\n\s+const message = parseHostMessage\(event\.data\);\n\s+if \(!message\) return;/);
  });
});
