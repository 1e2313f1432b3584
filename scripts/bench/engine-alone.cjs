// The red-flag engine alone on one file, as the memory row measures it: read, lint, count.
// Usage: node engine-alone.cjs ENGINE_BUNDLE FILE
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const engine = require(process.argv[2]);
const pack = engine.loadPackDir(join(__dirname, '..', '..', 'content', 'netflix-ml-media-algorithms')).pack;
const findings = engine.lintText(readFileSync(process.argv[3], 'utf8'), pack);
process.stdout.write(`${findings.length}\n`);
