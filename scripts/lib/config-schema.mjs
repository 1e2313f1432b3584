// The JSON schema of `.interview-coach.jsonc`, made from package.json's settings so the two cannot
// drift: every setting without its `interviewCoach.` prefix, dotted (`"lint.enabled"`) or nested
// (`{ "lint": { "enabled": … } }`). `interviewDate` is a VS Code setting only (see
// src/core/config/configFile.ts). esbuild.mjs writes it to dist/schemas/, which package.json's
// `jsonValidation` points at, so the editor completes and checks the file as it is typed.
const PREFIX = 'interviewCoach.';
const EDITOR_ONLY = new Set(['interviewCoach.interviewDate']);

export function configFileSchema(pkg) {
  const leaves = {};
  for (const group of pkg.contributes.configuration) {
    for (const [key, prop] of Object.entries(group.properties)) {
      if (EDITOR_ONLY.has(key)) continue;
      const { scope: _scope, order: _order, markdownDescription, ...schema } = prop;
      leaves[key.slice(PREFIX.length)] = { ...schema, ...(markdownDescription ? { markdownDescription, description: markdownDescription.replace(/[`*]/g, '') } : {}) };
    }
  }
  const nested = { type: 'object', properties: {}, additionalProperties: false };
  for (const [key, schema] of Object.entries(leaves)) {
    const parts = key.split('.');
    let node = nested;
    for (const part of parts.slice(0, -1)) {
      node.properties[part] ??= { type: 'object', properties: {}, additionalProperties: false };
      node = node.properties[part];
    }
    node.properties[parts.at(-1)] = schema;
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Interview Coach configuration (.interview-coach.jsonc)',
    description: 'Settings for the Interview Coach extension, CLI and pre-commit hook: the VS Code settings without "interviewCoach.", nested or dotted. The nearest file (from a draft\'s folder up to the repository root) wins per key, and wins over VS Code settings.',
    type: 'object',
    properties: { $schema: { type: 'string' }, ...leaves, ...nested.properties },
    additionalProperties: false,
  };
}
