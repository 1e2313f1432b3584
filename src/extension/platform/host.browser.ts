/**
 * `host.ts` for the web extension host (vscode.dev, github.dev, code-server's web worker): no
 * `process`, no `Buffer`. There is no home folder, so `~/…` in a setting resolves to nothing and
 * the bundled guide is used (with the setting problem shown).
 */

export function homeDirectory(): string | undefined {
  return undefined;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}
