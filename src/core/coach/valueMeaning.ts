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

const READINGS: readonly { readonly value: string; readonly re: RegExp }[] = [
  { value: 'candor', re: new RegExp(String.raw`${I}(?:gave|shared|asked for|sought)${OBJ}\s+(?:(?:direct|honest|candid|hard|critical|tough)\s+)?feedback|${I}(?:admitted|owned up to|acknowledged|told (?:my|the) (?:team|manager|director|lead)[^.]{0,40}(?:mistake|wrong|missed))|${I}told${OBJ}\s+(?:directly|honestly|the truth|the same hour|right away)|${I}(?:raised|flagged) (?:it|the (?:risk|issue|problem|concern)|my concerns?)`, 'i') },
  { value: 'courage', re: new RegExp(String.raw`${I}(?:pushed back|challenged|disagreed with|spoke up|stood up|took (?:a|the) risk|questioned|argued against|said no|refused to|went against)\b`, 'i') },
  { value: 'curiosity', re: new RegExp(String.raw`${I}(?:read|studied|dug into|taught myself|learned|learnt|researched|explored|asked (?:why|questions|\w+ (?:why|how|what))|interviewed|sat with|shadowed|paired with)\b`, 'i') },
  { value: 'resilience', re: new RegExp(String.raw`${I}(?:recovered|bounced back|adapted|regrouped|kept going|pivoted|rebuilt|tried again|started over)\b`, 'i') },
  { value: 'inclusion', re: new RegExp(String.raw`${I}(?:made sure|ensured) (?:that )?(?:everyone|every (?:voice|person|engineer)|the quieter|all of|each)|${I}(?:invited|included|brought in|onboarded|paired (?:each|every))\b|\bbias(?:es)?\b[^.]{0,60}${I}\w+ed\b`, 'i') },
  { value: 'selflessness', re: new RegExp(String.raw`${I}(?:helped|mentored|coached|supported|unblocked|gave (?:her|him|them) (?:the )?credit|offered to|volunteered to|took (?:it|this|that) on)\b`, 'i') },
  { value: 'judgment', re: new RegExp(String.raw`${I}(?:weighed|decided (?:to|against)|chose|prioriti[sz]ed|traded off|proposed (?:a|an) (?:\w+ )?(?:holdout|test|experiment)|compared)\b|\btrade-?offs?\b|\blong[- ]term\b`, 'i') },
  { value: 'creativity', re: new RegExp(String.raw`${I}(?:prototyped|invented|designed|came up with|tried (?:a|an) (?:new|different)|proposed (?:a|an) new|reframed)\b`, 'i') },
  { value: 'great-and-always-better', re: new RegExp(String.raw`${I}(?:wrote (?:a|the) (?:postmortem|runbook|retro)|ran (?:a|the) retro|added (?:a|an) (?:check|test|alert|guard)|automated)\b|\bso (?:it|this|that) (?:could not|couldn't|would not|won't) happen again\b`, 'i') },
  { value: 'people-over-process', re: new RegExp(String.raw`${I}(?:removed|dropped|cut|skipped|replaced|deleted|simplified) (?:the |a |an |our )?(?:\w+ )?(?:process|approval|checklist|report|meeting|sign-?off|gate|rule)s?\b|${I}trusted\b`, 'i') },
  { value: 'uncomfortably-exciting', re: new RegExp(String.raw`${I}(?:bet on|took (?:a|the) (?:bold )?(?:bet|leap)|volunteered for)\b|\bbold (?:bet|move|idea)\b`, 'i') },
  { value: 'dream-team', re: new RegExp(String.raw`${I}(?:worked closely with|collaborated with|partnered with|brought (?:the|both|two) teams together)\b`, 'i') },
];

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
  for (const { value, re } of READINGS) {
    const m = re.exec(sentence);
    if (m) out.push({ value, start: start + m.index, end: start + m.index + m[0].length, text: m[0] });
  }
  return out;
}
