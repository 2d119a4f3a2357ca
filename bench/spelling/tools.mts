/**
 * The spell checkers the bench compares, each behind one small interface:
 * text in, flagged spans with their suggestions out.
 */
import { check, resolveFinding } from '../../server/src/engine/check';
import { loadDictionaries } from '../../server/src/dictionaries';
import type { SpellingDictionaries } from '../../server/src/engine/spelling';

export interface Flag {
  start: number;
  end: number;
  text: string;
  suggestions: string[];
}

export interface SpellChecker {
  name: string;
  /** Plain text in; `suggest` asks for suggestions too (slower for some tools). */
  flags(text: string, suggest: boolean): Promise<Flag[]>;
  /**
   * Drops whatever the tool remembers of texts it has checked, so that the
   * next check of the same text is a first one (the speed bench checks one
   * text many times). Only tools that keep such a memory have it.
   */
  forget?(): Promise<void>;
}

export function copydesk(dictionaries: SpellingDictionaries = loadDictionaries()): SpellChecker {
  return {
    name: 'Copydesk',
    async flags(text, suggest) {
      const result = check(text, { languageId: 'plaintext', dictionaries });
      return result.findings
        .filter((f) => f.rule === 'spelling')
        .map((f) => (suggest ? resolveFinding(f, result) : f))
        .map((f) => ({ start: f.start, end: f.end, text: text.slice(f.start, f.end), suggestions: f.suggestions ?? [] }));
    },
  };
}

/**
 * `spellingOnly`: run Harper's SpellCheck rule alone, not its whole default
 * rule set (grammar, style…), when only spelling is being compared.
 */
export async function harper(options: { spellingOnly?: boolean } = {}): Promise<SpellChecker> {
  const { LocalLinter, Dialect } = await import('harper.js');
  const { binaryInlined } = await import('harper.js/binaryInlined');
  async function makeLinter() {
    const made = new LocalLinter({ binary: binaryInlined, dialect: Dialect.American });
    await made.setup();
    if (options.spellingOnly) {
      const rules = Object.keys(await made.getLintConfig());
      await made.setLintConfig(Object.fromEntries(rules.map((rule) => [rule, rule === 'SpellCheck'])));
    }
    return made;
  }
  let linter = await makeLinter();
  return {
    name: options.spellingOnly ? 'Harper (harper.js, SpellCheck)' : 'Harper (harper.js)',
    async flags(text) {
      const lints = await linter.lint(text, { language: 'plaintext' });
      return lints
        .filter((lint) => lint.lint_kind() === 'Spelling')
        .map((lint) => {
          const span = lint.span();
          return { start: span.start, end: span.end, text: lint.get_problem_text(), suggestions: lint.suggestions().map((s) => s.get_replacement_text()) };
        });
    },
    // Harper keeps the lints of paragraphs it has seen: checking the same short text again costs a small fraction of the first check. A new linter has seen none.
    async forget() {
      await linter.dispose();
      linter = await makeLinter();
    },
  };
}

export async function retextSpell(): Promise<SpellChecker> {
  const { unified } = await import('unified');
  const { VFile } = await import('vfile');
  const retextEnglish = (await import('retext-english')).default;
  const retextSpellPlugin = (await import('retext-spell')).default;
  const dictionary = (await import('dictionary-en')).default;
  // By default retext-spell stops suggesting after 30 distinct misspellings; lift that, or it would score no suggestions.
  const processor = unified().use(retextEnglish).use(retextSpellPlugin, { dictionary, max: Number.MAX_SAFE_INTEGER });
  // retext-spell has no way to skip suggestions; what it costs is in the timings.
  const processorQuick = unified().use(retextEnglish).use(retextSpellPlugin, { dictionary, max: 0 });
  return {
    name: 'retext-spell (dictionary-en)',
    async flags(text, suggest) {
      const chosen = suggest ? processor : processorQuick;
      const file = new VFile(text);
      await chosen.run(chosen.parse(file), file);
      return file.messages
        .filter((m) => m.source === 'retext-spell')
        .map((m) => {
          const start = m.place && 'start' in m.place ? m.place.start.offset ?? 0 : 0;
          const end = m.place && 'end' in m.place ? m.place.end.offset ?? start : start;
          return { start, end, text: String(m.actual ?? text.slice(start, end)), suggestions: (m.expected as string[] | undefined) ?? [] };
        });
    },
  };
}

export async function cspell(): Promise<SpellChecker> {
  const { spellCheckDocument } = await import('cspell-lib');
  let n = 0;
  return {
    name: 'cspell (cspell-lib 9)',
    async flags(text, suggest) {
      const result = await spellCheckDocument(
        { uri: `file:///copydesk-bench/article-${n++}.txt`, text, languageId: 'plaintext', locale: 'en' },
        { generateSuggestions: suggest, numSuggestions: 5, noConfigSearch: true },
        {},
      );
      return result.issues.map((issue) => ({
        start: issue.offset,
        end: issue.offset + issue.text.length,
        text: issue.text,
        suggestions: (issue.suggestionsEx ?? []).map((s) => s.word),
      }));
    },
  };
}
