/** Offsets to 1-based lines and columns (UTF-16 code units, as VS Code counts them). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }

  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }

  /** Offset of a 1-based line and column. */
  offset(line: number, column: number): number {
    const start = this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1]!;
    return Math.min(start + column - 1, this.text.length);
  }

  /** Offsets of the line holding `offset`, without its line break. */
  lineAt(offset: number): { start: number; end: number } {
    const { line } = this.position(offset);
    const start = this.starts[line - 1]!;
    let end = line < this.starts.length ? this.starts[line]! - 1 : this.text.length;
    if (end > start && this.text[end - 1] === '\r') end--;
    return { start, end };
  }
}
