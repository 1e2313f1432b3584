export type StarPart = 'situation' | 'task' | 'action' | 'result';
export const STAR_PARTS: readonly StarPart[] = ['situation', 'task', 'action', 'result'];
export const STAR_NAMES: Readonly<Record<StarPart, string>> = { situation: 'Situation', task: 'Task', action: 'Action', result: 'Result' };
