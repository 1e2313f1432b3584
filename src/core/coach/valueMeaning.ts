/**
 * Values read from what a sentence says the speaker did, not from the value's name: "I told my
 * manager the gain vanished for new members" shows candor without saying "candor". Each reading
 * is an act in the first person and the past tense, since a value is shown by what someone did,
 * not by wanting it ("I want candid feedback" shows nothing yet). Our own reading of the guide's
 * value meanings; the ids are the guide's.
 */
// "I …", "we then …", and a verb coordinated with the speaker's act: "I traced it and told them".
const I = String.raw`\b(?:I|we)\b(?:\s+(?:\w+ly|then|also|first|finally|still|even|personally|openly|immediately))*\s+(?:[^.;!?]{0,60}?\s(?:and|then)\s+)?`;
const OBJ = String.raw`(?:\s+(?:him|her|them|my\s+\w+|our\s+\w+|the\s+\w+|everyone|a\s+\w+))?`;

/** Per value: the acts that show it (after "I" or "we"), and phrases that show it said any way. */
const READINGS: readonly { readonly value: string; readonly acts: string; readonly plain?: string }[] = [
  { value: 'candor', acts: String.raw`(?:gave|shared|asked for|sought)${OBJ}\s+(?:(?:direct|honest|candid|hard|critical|tough)\s+)?feedback|(?:admitted|owned up to|acknowledged|told (?:my|the) (?:team|manager|director|lead)[^.]{0,40}(?:mistake|wrong|missed))|told${OBJ}\s+(?:directly|honestly|the truth|the same hour|right away)|(?:raised|flagged) (?:it|the (?:risk|issue|problem|concern)|my concerns?)` },
  { value: 'courage', acts: String.raw`(?:pushed back|challenged|disagreed with|spoke up|stood up|took (?:a|the) risk|questioned|argued against|said no|refused to|went against)\b` },
  { value: 'curiosity', acts: String.raw`(?:read|studied|dug into|taught myself|learned|learnt|researched|explored|asked (?:why|questions|\w+ (?:why|how|what))|interviewed|sat with|shadowed)\b` },
  { value: 'resilience', acts: String.raw`(?:recovered|bounced back|adapted|regrouped|kept going|pivoted|rebuilt|tried again|started over)\b` },
  { value: 'inclusion', acts: String.raw`(?:made sure|ensured) (?:that )?(?:everyone|every (?:voice|person|engineer)|the quieter|all of|each)|(?:invited|included|brought in|onboarded|paired (?:each|every))\b` },
  { value: 'selflessness', acts: String.raw`(?:helped|mentored|coached|supported|unblocked|gave (?:her|him|them) (?:the )?credit|offered to|volunteered to|took (?:it|this|that) on)\b` },
  { value: 'judgment', acts: String.raw`(?:weighed|decided (?:to|against)|chose|prioriti[sz]ed|traded off|proposed (?:a|an) (?:\w+ )?(?:holdout|test|experiment)|compared)\b`, plain: String.raw`\btrade-?offs?\b` },
  { value: 'creativity', acts: String.raw`(?:prototyped|invented|came up with|tried (?:a|an) (?:new|different)|proposed (?:a|an) new|reframed)\b` },
  { value: 'great-and-always-better', acts: String.raw`(?:wrote (?:a|the) (?:postmortem|runbook|retro)|ran (?:a|the) retro|added (?:a|an) (?:check|test|alert|guard)|automated)\b`, plain: String.raw`\bso (?:it|this|that) (?:could not|couldn't|would not|won't) happen again\b` },
  { value: 'people-over-process', acts: String.raw`(?:removed|dropped|cut|skipped|replaced|deleted|simplified) (?:the |a |an |our )?(?:\w+ )?(?:process|approval|checklist|report|meeting|sign-?off|gate|rule)s?\b|trusted\b` },
  { value: 'uncomfortably-exciting', acts: String.raw`(?:bet on|took (?:a|the) (?:bold )?(?:bet|leap)|volunteered for)\b`, plain: String.raw`\bbold (?:bet|move|idea)\b` },
  { value: 'dream-team', acts: String.raw`(?:worked closely with|collaborated with|partnered with|brought (?:the|both|two) teams together)\b` },
];

const COMPILED = READINGS.map((r) => ({
  value: r.value,
  re: new RegExp(`${I}(?:${r.acts})${r.plain ? `|${r.plain}` : ''}`, 'i'),
  // Its acts without the subject: a cheap test before the full one.
  trigger: new RegExp(`\\b(?:${r.acts}${r.plain ? `|${r.plain}` : ''})`, 'i'),
}));
/** Any act or phrase of any value, without the subject: one cheap pass rules out most sentences. */
const ANY = new RegExp(`\\b(?:${READINGS.map((r) => r.acts + (r.plain ? `|${r.plain}` : '')).join('|')})`, 'gi');

export interface MeaningHit {
  readonly value: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The values a sentence (`text[start, end)`) shows by what it says the speaker did. */
export function valuesShownBy(text: string, start: number, end: number): MeaningHit[] {
  const sentence = text.slice(start, end);
  const out: MeaningHit[] = [];
  ANY.lastIndex = 0;
  if (!ANY.test(sentence)) return out;
  for (const { value, re, trigger } of COMPILED) {
    if (!trigger.test(sentence)) continue;
    const m = re.exec(sentence);
    if (m) out.push({ value, start: start + m.index, end: start + m.index + m[0].length, text: m[0] });
  }
  return out;
}

/**
 * The values the sentences of `text[from, to)` show: one scan of the text finds where any act is
 * said, and only the sentence around each is read closely (`sentenceAround` finds it).
 */
export function valuesShownIn(text: string, from: number, to: number, sentenceAround: (offset: number) => { start: number; end: number } | undefined): MeaningHit[] {
  const out: MeaningHit[] = [];
  ANY.lastIndex = from;
  for (let m = ANY.exec(text); m && m.index < to; m = ANY.exec(text)) {
    const s = sentenceAround(m.index);
    if (!s) continue;
    out.push(...valuesShownBy(text, s.start, s.end));
    ANY.lastIndex = Math.max(s.end, m.index + 1);
  }
  return out;
}
