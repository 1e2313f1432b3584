import fc from 'fast-check';

/** Text made of markdown's special characters and words, for robustness properties. */
export function markdownish(): fc.Arbitrary<string> {
  const atoms = ['word', 'work-life', 'balance', ' ', '  ', '\n', '\n\n', '\r\n', '\r', '\ufeff', '+++', '<pre>', '</pre>', '[^1]', '![', '`', '```', '~~~', '    ', '>', '- ', '1. ', '#', '*', '_', '[', ']', '(', ')', '<!--', '-->', '<div>', '|', '---', '\\', 'http://x.y', '&amp;', '\t', 'é', '😀'];
  return fc.array(fc.constantFrom(...atoms), { maxLength: 80 }).map((a) => a.join(''));
}

