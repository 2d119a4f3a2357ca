/**
 * Copydesk's own LSP requests, shared by the server and the VS Code client
 * (other editors can send them too): the article report, and the safe fixes
 * of a draft as one workspace edit.
 */
import { NotificationType, RequestType, type WorkspaceEdit } from 'vscode-languageserver-protocol';
import type { ReportDocument } from './report/report-document';

export interface ReportResponse {
  uri: string;
  version: number;
  document: ReportDocument;
}

export const requests = {
  report: new RequestType<{ uri: string }, ReportResponse | null, void>('copydesk/report'),
  safeFixes: new RequestType<{ uri: string }, WorkspaceEdit | null, void>('copydesk/safeFixes'),
};

/** Sent after each check: how much of the draft was checked (all of it, unless it is huge). */
export interface CheckedParams {
  uri: string;
  version: number;
  checkedCharacters: number;
  totalCharacters: number;
  /** The server's first check, published before its dictionaries were loaded: spelling follows in a check of its own. */
  spellingPending?: boolean;
}

export const notifications = {
  checked: new NotificationType<CheckedParams>('copydesk/checked'),
};
