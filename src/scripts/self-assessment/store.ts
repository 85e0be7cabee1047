/**
 * The browser's copy of every assessment, in localStorage: saved on each change, read once at
 * start. Entries this version cannot read are kept as they are, never dropped.
 */
import { createAssessment, type Assessment } from '../../lib/self-assessment/assessment';
import { parseAssessment } from '../../lib/self-assessment/read-file';

const KEY = 'metodika:self-assessment';

interface Stored {
  current?: string | undefined;
  assessments: unknown[];
}

export class Store {
  assessments: Assessment[] = [];
  current: string | undefined;
  private unreadable: unknown[] = [];

  constructor(private readonly storage: Storage) {
    let stored: Stored = { assessments: [] };
    try {
      stored = JSON.parse(storage.getItem(KEY) ?? '{"assessments":[]}') as Stored;
    } catch {
      stored = { assessments: [] };
    }
    for (const item of Array.isArray(stored.assessments) ? stored.assessments : []) {
      const outcome = parseAssessment(item);
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
