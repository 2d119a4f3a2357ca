/**
 * The same hostile drafts as engine-properties.test.ts, through the real
 * language server as an editor sees it: every diagnostic and every quick
 * fix's edit names a place that exists in its version of the draft, a quick
 * fix applied by the editor changes only its own range, and "Fix All Safe
 * Problems" pressed again and again comes to an end.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Position, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TestClient, fileUri } from '../protocol/lsp-client';
import { holdsAsync, hostileDraft, languageId, longHunt, propertyRuns } from './hostile-drafts';
import { assertOnlyEditedRangesChanged, splitsSurrogatePair } from './invariants';

/** A position that names a real place in the document: no line or column past the end, no half a character. */
function assertRealPlace(document: TextDocument, position: Position, what: string): number {
  const offset = document.offsetAt(position);
  assert.deepEqual(document.positionAt(offset), position, `${what}: ${JSON.stringify(position)} is a place in version ${document.version}`);
  assert.ok(!splitsSurrogatePair(document.getText(), offset), `${what}: ${JSON.stringify(position)} splits a character`);
  return offset;
}

function editsOf(edit: WorkspaceEdit | null | undefined): { version: number; edits: TextEdit[] } | undefined {
  const change = (edit?.documentChanges as TextDocumentEdit[] | undefined)?.[0];
  return change && { version: change.textDocument.version as number, edits: change.edits as TextEdit[] };
}

describe('language server on hostile drafts (property tests)', function () {
  this.timeout(longHunt ? 0 : 60_000);
  let client: TestClient;
  let folder: string;
  let drafts = 0;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'copydesk-hostile-'));
    client = new TestClient();
    await client.initialize();
  });
  after(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('publishes only real places, and its fixes change only their own ranges and come to an end', async () => {
    await holdsAsync(
      fc.asyncProperty(hostileDraft, languageId, async (text, language) => {
        const uri = fileUri(join(folder, `draft-${drafts++}.${language === 'markdown' ? 'md' : 'txt'}`));
        client.open(uri, text, language);
        try {
          for (let round = 0; ; round++) {
            assert.ok(round < 8, 'safe fixes still offered after 8 rounds: a fix loop');
            const document = client.document(uri);
            const diagnostics = await client.diagnostics(uri);
            for (const diagnostic of diagnostics) {
              const start = assertRealPlace(document, diagnostic.range.start, `${diagnostic.code} start`);
              const end = assertRealPlace(document, diagnostic.range.end, `${diagnostic.code} end`);
              assert.ok(start <= end, `${diagnostic.code}: start before end`);
            }
            const actions = diagnostics.length > 0 ? await client.codeActions(uri, diagnostics) : [];
            for (const action of actions) {
              const change = editsOf(action.edit);
              if (!change) continue;
              assert.equal(change.version, document.version, `“${action.title}” is for the version it was asked about`);
              const offsets = change.edits
                .map((edit) => ({ start: assertRealPlace(document, edit.range.start, action.title), end: assertRealPlace(document, edit.range.end, action.title), newText: edit.newText }))
                .sort((a, b) => a.start - b.start);
              const after = TextDocument.applyEdits(document, change.edits);
              assertOnlyEditedRangesChanged(document.getText(), after, offsets);
            }
            const safe = editsOf((await client.connection.sendRequest('copydesk/safeFixes', { uri })) as WorkspaceEdit | null);
            if (!safe || safe.edits.length === 0) break;
            for (const edit of safe.edits) assertRealPlace(document, edit.range.start, 'safe fix'), assertRealPlace(document, edit.range.end, 'safe fix');
            client.apply({ title: 'Fix all safe problems', edit: { documentChanges: [{ textDocument: { uri, version: safe.version }, edits: safe.edits }] } });
          }
        } finally {
          client.close(uri);
        }
      }),
      propertyRuns(80),
    );
  });
});
