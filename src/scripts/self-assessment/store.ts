/**
 * The browser's copy of every assessment, in localStorage: saved on each change, read once at
 * start. Entries this version cannot read are kept as they are, never dropped.
 */
import { createAssessment, type Assessment } from '../../lib/self-assessment/assessment';
import type { ReadOutcome } from '../../lib/self-assessment/read-file';

const KEY = 'metodika:self-assessment';

interface Stored {
  current?: string | undefined;
  assessments: unknown[];
}

/** What this browser holds, unparsed (nothing when it cannot be read). */
export function readStored(storage: Storage): Stored {
  try {
    const stored = JSON.parse(storage.getItem(KEY) ?? '{"assessments":[]}') as Stored;
    return { ...stored, assessments: Array.isArray(stored.assessments) ? stored.assessments : [] };
  } catch {
    return { assessments: [] };
  }
}

/**
 * Opens the browser's copy. The reader that checks stored assessments (zod, with the file
 * format's migrations) is loaded only when there is one to read: a first visit loads none.
 */
export async function openStore(storage: Storage, stored: Stored): Promise<Store> {
  const parse =
    stored.assessments.length > 0
      ? (await import('../../lib/self-assessment/read-file')).parseAssessment
      : () => ({ ok: false, problems: [] }) satisfies ReadOutcome;
  return new Store(storage, stored, parse);
}

export class Store {
  assessments: Assessment[] = [];
  current: string | undefined;
  private unreadable: unknown[] = [];

  constructor(
    private readonly storage: Storage,
    stored: Stored,
    parse: (data: unknown) => ReadOutcome,
  ) {
    for (const item of stored.assessments) {
      const outcome = parse(item);
      if (outcome.ok) this.assessments.push(outcome.assessment);
      else this.unreadable.push(item);
    }
    this.current = stored.current;
  }

  /** The assessment being worked on; the first one is made when there is none. */
  active(defaultName: string): Assessment {
    const found = this.assessments.find((a) => a.id === this.current) ?? this.assessments[0];
    if (found) {
      this.current = found.id;
      return found;
    }
    return this.create(defaultName);
  }

  create(name: string): Assessment {
    const assessment = createAssessment(newId(), name, new Date());
    this.assessments.push(assessment);
    this.current = assessment.id;
    this.save();
    return assessment;
  }

  remove(id: string): void {
    this.assessments = this.assessments.filter((a) => a.id !== id);
    if (this.current === id) this.current = this.assessments[0]?.id;
    this.save();
  }

  /** Writes everything at once; an assessment's `updated` is stamped by the caller's change. */
  save(changed?: Assessment): void {
    if (changed) changed.updated = new Date().toISOString();
    const stored: Stored = {
      current: this.current,
      assessments: [...this.assessments, ...this.unreadable],
    };
    this.storage.setItem(KEY, JSON.stringify(stored));
  }

  /** Deletes every assessment this browser holds for the site. */
  clear(): void {
    this.storage.removeItem(KEY);
    this.assessments = [];
    this.unreadable = [];
    this.current = undefined;
  }
}

function newId(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
