/** Applies non-overlapping edits to a text, as an editor would in one step. */
import type { Edit, Finding } from './findings';

export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  // Pieces joined once: editing a long draft edit by edit would copy it once per edit.
  const pieces: string[] = [];
  let at = text.length;
  for (const edit of sorted) {
    pieces.push(text.slice(Math.min(edit.end, at), at), edit.newText);
    at = Math.min(at, edit.start);
  }
  pieces.push(text.slice(0, at));
  return pieces.reverse().join('');
}

/**
 * Every safe fix (see Fix.safe) of resolved findings, as one list of edits for
 * "Fix All Safe Problems". A fix that touches an edit already taken is left for
 * the next run rather than guessed at; two insertions at one place count as
 * touching, since their order would be a guess.
 */
export function safeFixEdits(findings: readonly Finding[]): Edit[] {
  const taken: Edit[] = [];
  for (const finding of findings) {
    const fix = finding.fixes?.find((candidate) => candidate.safe);
    if (!fix || fix.edits.some((edit) => taken.some((other) => overlaps(edit, other)))) continue;
    taken.push(...fix.edits);
  }
  return taken;
}

function overlaps(a: Edit, b: Edit): boolean {
  return (a.start < b.end && b.start < a.end) || (a.start === b.start && (a.start === a.end || b.start === b.end));
}
