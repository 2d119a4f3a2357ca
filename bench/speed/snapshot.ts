/**
 * Everything Copydesk says about the corpus, as one JSON document: every
 * finding (resolved, with its suggestions and fixes) and every report, for
 * each article and for the long document the speed bench uses. A speed-up
 * must leave it byte for byte the same:
 *
 *   npx tsx bench/speed/snapshot.ts > before.json
 *   (change the engine)
 *   npx tsx bench/speed/snapshot.ts > after.json && cmp before.json after.json
 */
import { check, resolveFinding } from '../../server/src/engine/check';
import { buildReport } from '../../server/src/engine/report';
import { loadDictionaries } from '../../server/src/dictionaries';
import { buildLongDocument, readArticles } from '../corpus';

const dictionaries = loadDictionaries();
const limit = Number(process.env.SNAPSHOT_ARTICLES ?? 300);
const texts = readArticles(limit).map((article) => ({ name: article.name, text: article.text }));
texts.push({ name: 'long-100k', text: buildLongDocument(100_000).text });

const out: unknown[] = [];
for (const { name, text } of texts) {
  for (const languageId of ['plaintext', 'markdown']) {
    const result = check(text, { languageId, dictionaries });
    const findings = result.findings.map((finding) => resolveFinding(finding, result));
    out.push({ name, languageId, findings, report: buildReport(result.model) });
  }
}
process.stdout.write(JSON.stringify(out, null, 1));
