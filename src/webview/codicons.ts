/**
 * The codicons the webviews show. The build keeps only these glyphs of the codicon font and their
 * rules of its stylesheet (esbuild.mjs): the whole font is 123 KB for 14 icons. `icon()` takes a
 * `Codicon`, so a webview cannot ask for one the font no longer has.
 */
export const CODICONS = ['blank', 'bookmark', 'calendar', 'circle-large-outline', 'debug-stop', 'error', 'eye', 'go-to-file', 'info', 'pass-filled', 'play', 'refresh', 'watch'] as const;

export type Codicon = (typeof CODICONS)[number];
