/**
 * A deterministic corpus of realistic answer drafts for `npm run bench`: frontmatter, headings,
 * STAR paragraphs, lists, tables, fenced and indented code, inline code, links, quotes, HTML
 * comments, red flags written every way the rules accept (hyphen, slash, en dash, no separator,
 * a line break inside, plurals, capitals) and their look-alikes. Same seed, same bytes.
 */

import { seededRandom as random } from '../../src/core/quiz/random';

const QUESTIONS = [
  'Why Netflix?',
  'How do you handle ambiguity?',
  'Tell me about a time you disagreed with someone',
  'How do you work with non-technical stakeholders?',
  'What ML work are you proudest of?',
  'Tell me about a risk you took',
];

const STORY = [
  'At Salesforce I owned the MLOps pipelines that moved about 5 TB of LLM training data a month.',
  'The proof of concept was broken and had no documentation, and the deadline did not move.',
  'I had two weeks to learn three technologies I had never used in production.',
  'I wrote down what we knew, what we did not, and which experiment would tell us fastest.',
  'I built a sixteen-week roadmap from the chaos and shared it with every team that depended on it.',
  'We cut the nightly batch from nine hours to forty minutes by partitioning on the asset id.',
  'I disagreed with Steve about the rollout plan, said so in the design review, and committed fully when overruled.',
  'The on-call reports showed the same three failures every week, so I automated the first response.',
  'Our artists needed previews in minutes, not the next morning, so latency became the real requirement.',
  'I paired with the studio team for a week to see how they actually used the tool.',
  'The result: report latency went from a day to five minutes and the pager went quiet.',
  'I measured the error rate before and after, and it fell by 38 percent over the quarter.',
  'The hardest part was deciding what not to build, and writing that down so nobody had to guess.',
  'I asked for feedback early and changed the plan twice because of it.',
  'We ran the diffusion model on GPU nodes with FSx for Lustre in front of S3.',
  'I translated between the researchers and the product managers until the goals were the same sentence.',
];

const RED_FLAGS = [
  'Honestly, I am looking for a good work-life balance.',
  'Work/life balance matters to me more than anything.',
  'I want work–life balance and worklife balance, in that order.',
  'The last place promised a healthy work-\nlife balance and never delivered it.',
  'I want a stable role at a stable company with job security.',
  'What I value most is stability.',
  'After the outage we needed more process and stricter rules.',
  'I would add more approvals and extra sign-offs before every deploy.',
  'I work best with step-by-step instructions.',
  'I do my best work when I am told exactly what to do.',
  'I focus only on ML theory and leave deployment to the engineers.',
  'Researchers threw models over the wall to engineering.',
  'We handed it off to the engineering team once the paper was done.',
  'The team is like a family, and we are one big happy family.',
  'My WORK FAMILY taught me everything, and the office had a family atmosphere.',
];

const LOOK_ALIKES = [
  'We tuned load balancing for the playback fleet and read the balance sheet.',
  'We built a ComfyUI workflow on Stable Diffusion for the studio artists.',
  'The solver is numerically stable and we shipped a stable build.',
  'I own image processing for the VFX plates; we processed 5 TB a month.',
  'We trained a new model family and picked a font family for the UI.',
  'I thrive without detailed instructions: give me context, not control.',
  'Instead of throwing it over the wall, I paired with the engineers.',
];

const CODE = [
  '```python\ndef balance(work, life):\n    # work-life balance is a variable name here, not prose\n    return stable_role(work) + job_security(life)\n```',
  '```bash\naws s3 sync s3://dailies/work-life-balance ./local --exact-timestamps\n```',
  '```json\n{ "stable": true, "team": "family", "process": "more" }\n```',
];

const INDENTED = '    kubectl rollout status deploy/stable-role\n    kubectl logs job/more-process --tail=50';

export interface CorpusOptions {
  readonly seed?: number;
}

/** One draft of about `bytes` characters (UTF-16 units; the text is mostly ASCII). */
export function draft(bytes: number, options: CorpusOptions = {}): string {
  const rnd = random(options.seed ?? 42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const question = pick(QUESTIONS);
  let out = `---\ninterview: true\nquestion: "${question}"\nstory: risk\nvalues: [courage, judgment]\n---\n\n# ${question}\n\n`;
  let section = 0;
  while (out.length < bytes) {
    const r = rnd();
    if (r < 0.08) {
      section++;
      out += `## ${pick(['Situation', 'Task', 'Action', 'Result', 'What I learned', 'Why it matters here'])} ${section}\n\n`;
    } else if (r < 0.45) {
      // A paragraph, hard-wrapped like most editors leave it, sometimes with a red flag.
      const sentences: string[] = [];
      const n = 3 + Math.floor(rnd() * 4);
      for (let i = 0; i < n; i++) {
        const s = rnd();
        if (s < 0.05) sentences.push(pick(RED_FLAGS));
        else if (s < 0.1) sentences.push(pick(LOOK_ALIKES));
        else if (s < 0.3) sentences.push(`${pick(STORY)} See \`${pick(['s3 sync', 'torch.compile', 'kubectl apply', 'make deploy'])}\` and [the design doc](https://example.com/docs/${Math.floor(rnd() * 1000)}).`);
        else sentences.push(pick(STORY));
      }
      out += `${wrap(sentences.join(' '), 96)}\n\n`;
    } else if (r < 0.6) {
      const items = 2 + Math.floor(rnd() * 4);
      for (let i = 0; i < items; i++) out += `- ${rnd() < 0.06 ? pick(RED_FLAGS).replace(/\n/g, ' ') : pick(STORY)}\n`;
      out += '\n';
    } else if (r < 0.68) {
      out += '| Metric | Before | After |\n| --- | ---: | ---: |\n';
      for (let i = 0; i < 3; i++) out += `| ${pick(['latency', 'cost per TB', 'error rate', 'pages per week'])} | ${Math.floor(rnd() * 100)} | ${Math.floor(rnd() * 100)} |\n`;
      out += '\n';
    } else if (r < 0.76) {
      out += `${pick(CODE)}\n\n`;
    } else if (r < 0.8) {
      out += `${INDENTED}\n\n`;
    } else if (r < 0.87) {
      out += `> ${wrap(rnd() < 0.15 ? pick(RED_FLAGS) : pick(STORY), 80).replace(/\n/g, '\n> ')}\n\n`;
    } else if (r < 0.92) {
      out += `<!-- note to self: ${pick(RED_FLAGS).replace(/\n/g, ' ')} -->\n\n`;
    } else {
      out += `1. ${pick(STORY)}\n2. ${pick(LOOK_ALIKES)}\n3. I shared it with the creators who used it.\n\n`;
    }
  }
  return out;
}

/** Many drafts, one after another (frontmatter only at the top), until `bytes`. */
export function corpus(bytes: number, options: CorpusOptions = {}): string {
  const parts: string[] = [];
  let size = 0;
  let seed = options.seed ?? 42;
  while (size < bytes) {
    const d = draft(8 * 1024 + (seed % 5) * 1024, { seed: seed++ });
    const body = parts.length === 0 ? d : d.replace(/^---\n[^]*?\n---\n/, '');
    parts.push(body);
    size += body.length;
  }
  return parts.join('\n');
}

function wrap(text: string, width: number): string {
  const words = text.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else {
      line = line ? `${line} ${w}` : w;
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/**
 * A story told without labels, about `bytes` long: a behavioural question, then paragraphs of
 * narrative (setting, assignment, first-person acts, outcomes with figures and in words), so the
 * coach reads STAR sentence by sentence across the whole draft. Same seed, same bytes.
 */
export function narrativeStory(bytes: number, options: { seed?: number } = {}): string {
  const next = random(options.seed ?? 1);
  const SENTENCES = [
    'At the time our nightly retraining job failed about one night in three.',
    'My job was to make the pipeline reliable before the holiday peak.',
    'I traced every failure over two weeks and found a flaky feature export.',
    'I rewrote the export to be idempotent and added retries with backoff.',
    'I also set up an alert that paged me rather than the whole team.',
    'As a result, the job went from failing weekly to one failure in two months.',
    'The team got its mornings back, and the researchers ran twice as many experiments.',
    'Last year the release checklist lived in a wiki page nobody kept current.',
    'I was asked to cut a release from three days to something researchers could run alone.',
    'We automated the checklist, and I wrote a one-page guide for the researchers.',
    'Releases now take four hours instead of three days.',
  ];
  let text = '---\ninterview: true\nquestion: "Tell me about a time you fixed something that kept breaking"\n---\n\n# Fixing the nightly job\n\n';
  while (text.length < bytes) {
    const para: string[] = [];
    for (let i = 0; i < 5; i++) para.push(SENTENCES[Math.floor(next() * SENTENCES.length)]!);
    text += `${para.join(' ')}\n\n`;
  }
  return text.slice(0, bytes).replace(/\s*\S*$/, '\n');
}
