/**
 * The desk's style sheet (.copydesk.json) and the person's settings, read
 * from text only: finding and reading files is the adapters' job. A broken
 * style sheet never stops checking; every problem in it comes back with its
 * place in the file so the editor can mark it, and the rest of it still counts.
 */
import { parseTree, findNodeAtLocation, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import type { RuleSetting } from './findings';

export type Dialect = 'auto' | 'en-US' | 'en-GB';

export interface CopydeskConfig {
  dialect: Dialect;
  rules: Record<string, RuleSetting>;
  /** Words never flagged as misspelled. */
  words: string[];
  /** Desk spelling of a name → other spellings that mean the same name. */
  names: Record<string, string[]>;
  acronyms: { known: string[] };
  /** Extra attribution cues the desk accepts ("wrote in a post"). */
  attributionVerbs: string[];
}

export const defaultConfig: CopydeskConfig = Object.freeze({
  dialect: 'auto',
  rules: {},
  words: [],
  names: {},
  acronyms: { known: [] },
  attributionVerbs: [],
}) as CopydeskConfig;

export interface ConfigProblem {
  message: string;
  /** Offsets into the style sheet's text. */
  start: number;
  end: number;
}

export interface ParsedConfig {
  config: Partial<CopydeskConfig>;
  problems: ConfigProblem[];
}

const severities = ['error', 'warning', 'info', 'off'];
const dialects = ['auto', 'en-US', 'en-GB'];
const knownKeys = ['$schema', 'dialect', 'rules', 'words', 'names', 'acronyms', 'attributionVerbs'];

/**
 * Reads a style sheet (JSON with comments). `ruleIds` are the rules that
 * exist, so that a misspelt rule id is reported instead of silently ignored.
 */
export function parseConfig(text: string, ruleIds: readonly string[]): ParsedConfig {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const problems: ConfigProblem[] = errors.map((e) => ({
    message: `The style sheet is not valid JSON here (${describeJsonError(printParseErrorCode(e.error))}); Copydesk uses its defaults for what it cannot read.`,
    start: e.offset,
    end: e.offset + Math.max(e.length, 1),
  }));
  const config: Partial<CopydeskConfig> = {};
  if (!tree) return { config, problems };
  if (tree.type !== 'object') {
    problems.push(at(tree, 'The style sheet must be a JSON object, like { "words": ["Pulwama"] }.'));
    return { config, problems };
  }
  const seen = new Set<string>();
  for (const property of tree.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode || !valueNode) continue;
    const key = String(keyNode.value);
    if (!knownKeys.includes(key)) {
      problems.push(at(keyNode, `Unknown setting "${key}". Known settings: ${knownKeys.slice(1).join(', ')}.`));
    } else if (seen.has(key)) {
      // Two "words" lists are what a careless merge of two colleagues' changes leaves; the second would be silently lost.
      problems.push(at(keyNode, `"${key}" is set twice; Copydesk reads only the first. Merge the two into one.`));
    }
    seen.add(key);
  }
  const node = (path: string) => findNodeAtLocation(tree, [path]);

  const dialect = node('dialect');
  if (dialect) {
    if (dialect.type === 'string' && dialects.includes(dialect.value)) config.dialect = dialect.value;
    else problems.push(at(dialect, `"dialect" must be one of ${dialects.map((d) => `"${d}"`).join(', ')}.`));
  }

  const rules = node('rules');
  if (rules) {
    if (rules.type !== 'object') problems.push(at(rules, '"rules" must be an object of rule ids and severities, like { "spelling": "error" }.'));
    else {
      config.rules = {};
      for (const property of rules.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode || !valueNode) continue;
        const id = String(keyNode.value);
        if (!ruleIds.includes(id)) {
          problems.push(at(keyNode, `There is no rule "${id}". Rules: ${ruleIds.join(', ')}.`));
        } else if (valueNode.type !== 'string' || !severities.includes(valueNode.value)) {
          problems.push(at(valueNode, `The setting for "${id}" must be "error", "warning", "info" or "off".`));
        } else {
          config.rules[id] = valueNode.value as RuleSetting;
        }
      }
    }
  }

  const words = stringList(node('words'), 'words', problems);
  if (words) config.words = words;
  const verbs = stringList(node('attributionVerbs'), 'attributionVerbs', problems);
  if (verbs) config.attributionVerbs = verbs;

  const acronyms = node('acronyms');
  if (acronyms) {
    if (acronyms.type !== 'object') problems.push(at(acronyms, '"acronyms" must be an object, like { "known": ["CRPF"] }.'));
    else {
      const known = stringList(findNodeAtLocation(acronyms, ['known']), 'acronyms.known', problems);
      config.acronyms = { known: known ?? [] };
    }
  }

  const names = node('names');
  if (names) {
    if (names.type !== 'object') problems.push(at(names, '"names" must be an object of desk spellings and their variants, like { "Jaish-e-Mohammed": ["Jaish-e-Muhammad"] }.'));
    else {
      config.names = {};
      for (const property of names.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode || !valueNode) continue;
        const variants = stringList(valueNode, `names["${keyNode.value}"]`, problems);
        if (variants) config.names[String(keyNode.value)] = variants;
      }
    }
  }
  return { config, problems };
}

function stringList(node: JsonNode | undefined, name: string, problems: ConfigProblem[]): string[] | undefined {
  if (!node) return undefined;
  if (node.type !== 'array') {
    problems.push(at(node, `"${name}" must be a list of words in square brackets, like ["Pulwama", "Balakot"].`));
    return undefined;
  }
  const list: string[] = [];
  for (const item of node.children ?? []) {
    if (item.type === 'string') list.push(item.value);
    else problems.push(at(item, `Every entry of "${name}" must be text in double quotes.`));
  }
  return list;
}

function at(node: JsonNode, message: string): ConfigProblem {
  return { message, start: node.offset, end: node.offset + node.length };
}

/** "CloseBraceExpected" → "close brace expected". */
function describeJsonError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * The person's settings under the desk's: the desk decides severities and
 * dialect where it says something; word lists are joined.
 */
export function mergeConfig(user: Partial<CopydeskConfig>, desk: Partial<CopydeskConfig>): CopydeskConfig {
  return {
    dialect: desk.dialect ?? user.dialect ?? defaultConfig.dialect,
    rules: { ...user.rules, ...desk.rules },
    words: unique([...(desk.words ?? []), ...(user.words ?? [])]),
    names: { ...user.names, ...desk.names },
    acronyms: { known: unique([...(desk.acronyms?.known ?? []), ...(user.acronyms?.known ?? [])]) },
    attributionVerbs: unique([...(desk.attributionVerbs ?? []), ...(user.attributionVerbs ?? [])]),
  };
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

/** Reads a config object that came from somewhere typed loosely (VS Code settings). */
export function configFromSettings(value: unknown, ruleIds: readonly string[]): Partial<CopydeskConfig> {
  if (!value || typeof value !== 'object') return {};
  return parseConfig(JSON.stringify(value), ruleIds).config;
}
