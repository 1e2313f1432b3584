import * as assert from 'node:assert/strict';
import { analyzeDraft } from '../../../../src/core/coach/analyze';
import { describePace, formatDuration, normalizePace, speakingSeconds, wordsWithin } from '../../../../src/core/coach/pace';
import { bundledPack } from '../../helpers/packFiles';

function pitch(wordCount: number, extraFrontmatter = ''): string {
  const body = Array.from({ length: wordCount }, (_, i) => `w${i}`).join(' ');
  return `---\ninterview: true\npitch: true\n${extraFrontmatter}---\n\n# Pitch\n\n${body}\n`;
}

describe('coach: speaking time and limits', () => {
  const pack = bundledPack();

  it('converts words to time at a pace, 150 words a minute by default', () => {
    assert.equal(speakingSeconds(150, 150), 60);
    assert.equal(speakingSeconds(75, 150), 30);
    assert.equal(speakingSeconds(90, 180), 30);
    assert.equal(wordsWithin(30, 150), 75);
    assert.equal(wordsWithin(30, 130), 65);
    assert.equal(formatDuration(34.8), '0:35');
    assert.equal(formatDuration(59.6), '1:00');
    assert.equal(formatDuration(125), '2:05');
    assert.equal(describePace(1, 150), '0:00 (1 word at 150 wpm)');
    assert.equal(normalizePace(undefined), 150);
    assert.equal(normalizePace(10), 60);
    assert.equal(normalizePace(1000), 300);
    assert.equal(normalizePace(Number.NaN), 150);
    assert.equal(normalizePace(172.4), 172);
  });

  it('a pitch of exactly 30 seconds passes; one word more is a warning from the 76th word', () => {
    const ok = analyzeDraft(pitch(75), pack);
    assert.equal(ok.kind, 'pitch');
    assert.equal(ok.words, 75);
    assert.equal(ok.seconds, 30);
    assert.equal(ok.limitSeconds, 30);
    assert.deepEqual(ok.findings, []);

    const text = pitch(76);
    const over = analyzeDraft(text, pack);
    const [f] = over.findings;
    assert.equal(over.findings.length, 1);
    assert.equal(f!.ruleId, 'pitch-too-long');
    assert.equal(f!.severity, 'warning');
    assert.equal(text.slice(f!.start, f!.end), 'w75');
    assert.equal(f!.cite?.sectionId, 'pitch');
    assert.match(f!.message, /0:30 at 150 wpm.*30-second limit.*about 1 word\b/);
  });

  it('the pace is configurable: a faster speaker fits more words into the limit', () => {
    assert.equal(analyzeDraft(pitch(85), pack).findings.length, 1);
    const fast = analyzeDraft(pitch(85), pack, { wordsPerMinute: 180 });
    assert.equal(fast.wordsPerMinute, 180);
    assert.deepEqual(fast.findings, []);
    assert.ok(Math.abs(fast.seconds - 85 / 3) < 1e-9);
  });

  it('`seconds:` in the frontmatter sets the pitch limit; the pack\'s pitch section gives the default', () => {
    assert.equal(analyzeDraft(pitch(100, 'seconds: 45\n'), pack).findings.length, 0);
    assert.equal(analyzeDraft(pitch(120, 'seconds: 45\n'), pack).findings[0]?.ruleId, 'pitch-too-long');
  });

  it('the guide\'s own pitch runs past 30 seconds at 150 words a minute', () => {
    const guidePitch = pack.sections.find((s) => s.kind === 'pitch');
    assert.ok(guidePitch && guidePitch.kind === 'pitch');
    const a = analyzeDraft(`---\ninterview: true\npitch: true\n---\n\n${guidePitch.pitch}\n`, pack);
    assert.equal(a.words, 87);
    assert.equal(a.findings[0]?.ruleId, 'pitch-too-long');
    assert.deepEqual(analyzeDraft(`---\ninterview: true\npitch: true\n---\n\n${guidePitch.pitch}\n`, pack, { wordsPerMinute: 175 }).findings, []);
  });

  it('a long answer gets an info past the answer length (2:00 by default, 0 turns it off)', () => {
    const body = Array.from({ length: 320 }, (_, i) => `w${i}`).join(' ');
    const text = `---\ninterview: true\n---\n\n# Why Netflix?\n\n${body}\n`;
    const long = analyzeDraft(text, pack);
    assert.equal(long.kind, 'answer');
    assert.deepEqual(long.findings.map((f) => [f.ruleId, f.severity]), [['answer-too-long', 'info']]);
    assert.equal(text.slice(long.findings[0]!.start, long.findings[0]!.start + 4), 'w300');
    assert.deepEqual(analyzeDraft(text, pack, { answerSeconds: 0 }).findings, []);
    assert.deepEqual(analyzeDraft(text, pack, { answerSeconds: 150 }).findings, []);
  });

  it('words in the frontmatter, headings, code and comments take no time', () => {
    const a = analyzeDraft('---\ninterview: true\nquestion: "A long question with many words"\n---\n\n# Heading words\n\n<!-- hint words -->\n\n```\ncode words\n```\n\nOnly these four words.\n', pack);
    assert.equal(a.words, 4);
    assert.equal(a.seconds, 1.6);
  });
});
