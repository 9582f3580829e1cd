import { randomUUID } from "node:crypto";

/**
 * Error reports of imports (Excel files of the bad rows), kept for an hour for the user who ran
 * the import. In memory: a city-scale deployment with several processes needs sticky sessions
 * for the download or a shared store (see docs/architecture.md).
 */
const lifetimeMs = 60 * 60 * 1000;
const maximumReports = 200;

interface StoredReport {
  ownerId: number;
  createdAt: number;
  fileName: string;
  content: Buffer;
}

export class ImportReportStore {
  private readonly reports = new Map<string, StoredReport>();

  save(ownerId: number, fileName: string, content: Buffer, now = Date.now()): string {
    this.prune(now);
    const id = randomUUID();
    this.reports.set(id, { ownerId, createdAt: now, fileName, content });
    return id;
  }

  /** Only the owner gets a report; anyone else is told it does not exist. */
  find(id: string, ownerId: number, now = Date.now()): StoredReport | undefined {
    const report = this.reports.get(id);
    if (!report || report.ownerId !== ownerId || now - report.createdAt > lifetimeMs) return undefined;
    return report;
  }

  private prune(now: number): void {
    for (const [id, report] of this.reports) {
      if (now - report.createdAt > lifetimeMs || this.reports.size >= maximumReports) this.reports.delete(id);
    }
  }
}
