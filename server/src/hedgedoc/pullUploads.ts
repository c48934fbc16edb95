/** Downloading a note's uploads beside the deck, and reporting what could not be fetched. */
import type { HedgeDocClient } from './client';
import { HedgeDocError } from './errors';
import { findUploads } from './uploads';

export interface UploadReport {
  readonly saved: string[];
  /** Already beside the deck: upload names are unique, so an existing file is that upload. */
  readonly present: string[];
  readonly failed: { readonly name: string; readonly reason: string }[];
  /** Uploads on other servers, not fetched. */
  readonly elsewhere: string[];
}

export interface UploadTarget {
  exists(name: string): Promise<boolean>;
  write(name: string, bytes: Buffer): Promise<void>;
}

export async function pullUploads(client: HedgeDocClient, markdown: string, target: UploadTarget): Promise<UploadReport> {
  const refs = findUploads(markdown, client.server);
  const report: UploadReport = { saved: [], present: [], failed: [], elsewhere: refs.elsewhere };
  for (const name of refs.onServer) {
    try {
      if (await target.exists(name)) {
        report.present.push(name);
        continue;
      }
      await target.write(name, await client.upload(name));
      report.saved.push(name);
    } catch (err) {
      report.failed.push({ name, reason: err instanceof HedgeDocError ? err.message : `cannot save it (${(err as NodeJS.ErrnoException).code ?? String(err)})` });
    }
  }
  return report;
}

/** One line per problem, for the CLI and the extension alike. */
export function uploadProblems(report: UploadReport): string[] {
  return [
    ...report.failed.map((f) => `could not fetch upload ${f.name}: ${f.reason}`),
    ...report.elsewhere.map((u) => `not fetched (not on this server): ${u}`),
  ];
}
