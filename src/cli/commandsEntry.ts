/** `cli-commands.js` (see bundles.ts): every command but `lint`. */
export { checkContent } from './commands/checkContent';
export { content } from './commands/content';
export { quiz } from './commands/quiz';
export { report } from './commands/report';
export { readinessCommand } from './commands/readiness';
