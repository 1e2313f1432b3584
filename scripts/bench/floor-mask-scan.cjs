// The memory floor: read a file, blank code/comments/frontmatter with regex replaces, scan with
// one combined regex. Usage: node floor-mask-scan.cjs FILE REGEX_SOURCE
const { readFileSync } = require('node:fs');
const spaces = (m) => m.replace(/[^\n]/g, ' ');
const text = readFileSync(process.argv[2], 'utf8');
const masked = text
  .replace(/^---\n[^]*?\n---\n/, spaces)
  .replace(/^```[^]*?^```/gm, spaces)
  .replace(/`[^`\n]*`/g, spaces)
  .replace(/<!--[^]*?-->/g, spaces)
  .replace(/\]\([^)\n]*\)/g, spaces);
const re = new RegExp(process.argv[3], 'gi');
let hits = 0;
while (re.exec(masked)) hits++;
process.stdout.write(`${hits}\n`);
