/**
 * The word a reporter is in the middle of typing. Half a word is not a typo:
 * "de-esc" is on its way to "de-escalate". A spelling mark under the cursor
 * while the letters are still coming is noise, so the server holds it back
 * until the reporter moves to another word or stops typing for a moment.
 */
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** How long after the last letter a word counts as still being typed. */
export const typingPause = 1500;

interface Typed {
  version: number;
  /** Where the cursor is: just after the letter typed. */
  offset: number;
  at: number;
}

/** A character that belongs to a word as it is typed: letters, accents, apostrophes, hyphens. */
const wordCharacter = /^[\p{L}\p{M}'’-]$/u;

export class TypingWatch {
  private readonly typed = new Map<string, Typed>();

  /**
   * Called with each change the editor sends, the document already updated.
   * Only one letter typed into or onto a word counts as typing; a paste, a
   * deletion or a letter after a space is an edit like any other.
   */
  note(document: TextDocument, changes: readonly TextDocumentContentChangeEvent[], now = performance.now()): void {
    const last = changes[changes.length - 1];
    if (changes.length !== 1 || !last || !('range' in last) || !wordCharacter.test(last.text)) {
      this.typed.delete(document.uri);
      return;
    }
    const start = document.offsetAt(last.range.start);
    const before = document.getText().charAt(start - 1);
    if (!wordCharacter.test(before)) {
      this.typed.delete(document.uri);
      return;
    }
    this.typed.set(document.uri, { version: document.version, offset: start + 1, at: now });
  }

  /** The cursor inside the word being typed in this version of the draft, if the reporter is still at it. */
  cursor(uri: string, version: number, now = performance.now()): { offset: number; pauseIn: number } | undefined {
    const typed = this.typed.get(uri);
    if (!typed || typed.version !== version) return undefined;
    const pauseIn = typed.at + typingPause - now;
    return pauseIn > 0 ? { offset: typed.offset, pauseIn } : undefined;
  }

  forget(uri: string): void {
    this.typed.delete(uri);
  }
}
