/**
 * What the extension needs of its host beyond the `vscode` API, in the desktop (Node) extension
 * host. The web build swaps this file for `host.browser.ts` (see esbuild.mjs), so the browser
 * bundle has no `process` or `Buffer`.
 */

/** The user's home folder, for `~/…` in settings; undefined when unknown. */
export function homeDirectory(): string | undefined {
  return process.env['HOME'] ?? process.env['USERPROFILE'];
}

/** Bytes as base64. */
export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}
