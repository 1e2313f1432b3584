// The codicon font and stylesheet the webviews load (dist/codicons/), cut down to the icons they
// show (src/webview/codicons.ts): @vscode/codicons' font has every icon (123 KB, 60 KB of the .vsix),
// the webviews show 13. HarfBuzz's subsetter (through subset-font) keeps those glyphs as they are;
// the stylesheet keeps the package's font rule and the icons' rules, verbatim.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import subsetFont from 'subset-font';

const PACKAGE = 'node_modules/@vscode/codicons/dist';

/** The icons src/webview/codicons.ts lists. */
async function usedCodicons() {
  const built = await esbuild.build({ entryPoints: ['src/webview/codicons.ts'], bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'error' });
  const { CODICONS } = await import(`data:text/javascript;base64,${Buffer.from(built.outputFiles[0].text).toString('base64')}`);
  return CODICONS;
}

/** Writes `outDir`/codicon.css and codicon.ttf with only the listed icons; throws on a name the package lacks. */
export async function writeCodicons(outDir) {
  const css = readFileSync(join(PACKAGE, 'codicon.css'), 'utf8');
  const rules = [];
  const glyphs = [];
  for (const name of await usedCodicons()) {
    const rule = new RegExp(`^\\.codicon-${name}:before \\{ content: "\\\\([0-9a-f]+)" \\}$`, 'm').exec(css);
    if (!rule) throw new Error(`codicons: no icon "${name}" in @vscode/codicons (src/webview/codicons.ts)`);
    rules.push(rule[0]);
    glyphs.push(String.fromCodePoint(parseInt(rule[1], 16)));
  }
  const font = await subsetFont(readFileSync(join(PACKAGE, 'codicon.ttf')), glyphs.join(''), { targetFormat: 'truetype' });
  const licence = /^\/\*[\s\S]*?\*\//.exec(css)?.[0];
  const iconRule = /^\.codicon\[class\*='codicon-'\] \{[^}]*\}/m.exec(css)?.[0];
  if (!licence || !iconRule) throw new Error('codicons: codicon.css no longer has its licence comment or its .codicon rule');
  const version = createHash('sha256').update(font).digest('hex').slice(0, 32);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'codicon.ttf'), font);
  writeFileSync(
    join(outDir, 'codicon.css'),
    `${licence}

/* The icons of src/webview/codicons.ts only: written by scripts/lib/codicons-build.mjs. */

@font-face {
	font-family: "codicon";
	font-display: block;
	src: url("./codicon.ttf?${version}") format("truetype");
}

${iconRule}

${rules.join('\n')}
`,
  );
}
