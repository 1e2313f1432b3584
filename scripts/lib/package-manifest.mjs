#!/usr/bin/env node
// The parts of package.json that issue 5 owns, merged in by a script rather than by hand, since
// several people edit package.json at once: the walkthrough, the e2e script, and palette `when`
// clauses for commands that need a folder. Idempotent.
//   node scripts/lib/package-manifest.mjs [path/to/package.json]   (default: the repo's)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const file = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '../../package.json'));
const pkg = JSON.parse(readFileSync(file, 'utf8'));

pkg.scripts = { ...pkg.scripts, 'test:e2e': 'node test/e2e/run.mjs' };

const walkthrough = {
  id: 'getStarted',
  title: 'Get started with Interview Coach',
  description: 'Your study guide inside the editor: browse it, draft answers that are checked for red flags, and quiz yourself until you know it cold.',
  steps: [
    {
      id: 'browseGuide',
      title: 'Browse the guide',
      description:
        'The **Interview Coach** view holds your study guide: the role, the culture\'s principles and values, your stories and the values each one shows, likely questions, red flags, your pitch, and a checklist that remembers your ticks. Click a row to read that part of the guide.\n[Open the Guide](command:workbench.view.extension.interview-coach)',
      media: { image: 'docs/screenshots/guide-tree.png', altText: 'The Guide view with a story expanded to the values it demonstrates, and the guide open at that story.' },
      completionEvents: ['onView:interviewCoach.guide'],
    },
    {
      id: 'draftAnswer',
      title: 'Draft an answer',
      description:
        'Pick a likely question: you get a markdown draft with the story the guide suggests and Situation, Task, Action, Result headings. As you write, phrasing the guide says to avoid is underlined; the lightbulb (**Ctrl+.**, **Cmd+.** on macOS) offers a better one.\n[New Answer Draft](command:interviewCoach.newAnswerDraft)',
      media: { image: 'docs/screenshots/draft-quick-fix.png', altText: 'A draft with red flags underlined and the quick fix menu offering a better phrasing.' },
      completionEvents: ['onCommand:interviewCoach.newAnswerDraft'],
    },
    {
      id: 'takeQuiz',
      title: 'Take a quiz',
      description:
        'Quiz yourself on the whole guide, one section, what is due for review or your weakest items. Answer with the number keys and **Enter**; spaced review brings back what you missed before your interview date.\n[Start Quiz](command:interviewCoach.startQuiz)',
      media: { image: 'docs/screenshots/quiz-dark.png', altText: 'The quiz panel after an answer: the verdict, the guide\'s answer and the progress bar.' },
      completionEvents: ['onCommand:interviewCoach.startQuiz'],
    },
  ],
};
pkg.contributes = { ...pkg.contributes, walkthroughs: [walkthrough] };

// Commands that only make sense with a folder open stay out of the palette without one (each
// feature hides its own context-only commands; these two were left visible everywhere).
const palette = (pkg.contributes.menus ??= {}).commandPalette ??= [];
for (const command of ['interviewCoach.lint.lintWorkspace', 'interviewCoach.refreshDrafts']) {
  if (pkg.contributes.commands?.some((c) => c.command === command) && !palette.some((m) => m.command === command)) {
    palette.push({ command, when: 'workbenchState != empty' });
  }
}

writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
