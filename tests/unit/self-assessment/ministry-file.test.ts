import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentTree } from '../../../src/lib/content/check-tree.ts';
import { createAssessment, type Assessment } from '../../../src/lib/self-assessment/assessment.ts';
import { panelOf, subcriteriaOf } from '../../../src/lib/self-assessment/methodology.ts';
import { markReviewed, ministryFile } from '../../../src/lib/self-assessment/ministry-file.ts';
import { TMP } from '../../helpers/fixtures.ts';
import { DEFAULT_CONTENT, methodologyOfTree } from '../../helpers/self-assessment.ts';

const methodology = methodologyOfTree(DEFAULT_CONTENT, 'en');

/** A group's agreed result: every sub-criterion scored, some fine-tuned, one not assessed. */
function agreed(): Assessment {
  const assessment = createAssessment(
    'g1',
    'Centrs "Saulīte" 2026',
    new Date('2026-11-24T09:00:00Z'),
  );
  subcriteriaOf(methodology).forEach((c, i) => {
    const dimensions = panelOf(methodology, c.code)?.dimensions ?? [];
    const score =
      c.code === '4.6'
        ? null
        : i % 3 === 0
          ? Object.fromEntries(dimensions.map((d, j) => [d.id, 20 + j * 10]))
          : 30 + i;
    assessment.entries[c.code] = {
      score,
      evidence: 'Protokols Nr. 7, vadītājas Annas piezīmes',
      strengths: i === 0 ? 'Regular staff meetings.\nClear roles.' : '',
      improvements: i === 1 ? 'No training plan.' : '',
    };
  });
  assessment.actions.push({
    criterion: '3.2',
    text: 'Write a training plan.',
    priority: 'high',
    due: '2027-03',
  });
  assessment.ministry = {
    id: 'P77',
    region: 'latgale',
    serviceType: 'social-care-centre',
    staffBand: '20-49',
    assessed: '2026-11',
    feedback: 'Useful.',
  };
  return assessment;
}

describe('the file for the ministry', () => {
  it('carries scores, notes, plan and quasi-identifiers, but no name, assessor or evidence', () => {
    const { pilot, findings, problems, fileName } = ministryFile(agreed(), methodology);
    expect(problems).toEqual([]);
    expect(findings).toEqual([]);
    expect(fileName).toBe('pilots/P77.json');
    expect(Object.keys(pilot.scores)).toHaveLength(28);
    expect(pilot.scores['4.6']).toBeNull();
    expect(pilot.strengths).toEqual([
      { criterion: '1.1', text: { lv: 'Regular staff meetings.', en: 'Regular staff meetings.' } },
      { criterion: '1.1', text: { lv: 'Clear roles.', en: 'Clear roles.' } },
    ]);
    const text = JSON.stringify(pilot);
    expect(text).not.toContain('Saulīte');
    expect(text).not.toContain('Protokols');
  });

  it("passes npm run check when put in a tree's pilots/", () => {
    const tree = join(TMP, 'trees', 'ministry-file');
    rmSync(tree, { recursive: true, force: true });
    mkdirSync(tree, { recursive: true });
    cpSync(DEFAULT_CONTENT, tree, { recursive: true });
    // A tree not yet released: one new pilot next to a recorded release is refused on purpose
    // (comparing the two releases would give it away), which the release rule's own tests cover.
    rmSync(join(tree, 'releases.json'), { force: true });
    const { pilot, fileName } = ministryFile(agreed(), methodology);
    writeFileSync(join(tree, fileName), `${JSON.stringify(pilot, null, 2)}\n`);
    const outcome = checkContentTree(tree, {});
    expect(outcome.message).toMatch(/^✓ Content is valid: .* 10 pilots/);
    expect(outcome.ok).toBe(true);
  });

  it('flags an e-mail address in a text before export, masked, with where it is', () => {
    const assessment = agreed();
    assessment.entries['2.1']!.strengths = 'Ask janis.ozols@example.lv for the plan';
    const { findings, problems } = ministryFile(assessment, methodology);
    // Written under two locales, it is one text to the group: one finding, named as they know it.
    expect(findings).toEqual([
      {
        path: 'strengths[2].text.lv',
        place: {
          field: 'strengths',
          criterion: '2.1',
          number: 1,
          target: 'score/2.1/sa-strengths',
        },
        kind: 'email',
        masked: 'j***@***.lv',
      },
    ]);
    expect(JSON.stringify(findings)).not.toContain('janis.ozols');
    // The build's pilot rules find it too; it is shown once, as a finding.
    expect(problems).toEqual([]);
  });

  it('says what is still missing or wrong in the group’s own fields, the build’s words not repeated', () => {
    const assessment = agreed();
    assessment.ministry = { id: 'centre', region: 'mars', assessed: '2031-01' };
    const file = ministryFile(assessment, methodology, new Date(2026, 11, 4));
    expect(file.fields).toEqual([
      { field: 'serviceType', problem: 'missing' },
      { field: 'staffBand', problem: 'missing' },
      { field: 'region', problem: 'unknown' },
      { field: 'id', problem: 'idPattern' },
      { field: 'assessed', problem: 'monthFuture' },
    ]);
    expect(file.problems).toEqual([]);
    assessment.ministry = {
      id: 'P5',
      region: 'latgale',
      serviceType: 'seniors-home',
      staffBand: '20-49',
      assessed: '2026-12',
    };
    expect(ministryFile(assessment, methodology, new Date(2026, 11, 4)).fields).toEqual([]);
  });

  it('names where a finding is as the group knows it: sub-criterion, field and line, or the plan', () => {
    const assessment = agreed();
    assessment.entries['1.1']!.strengths = 'Regular staff meetings.\nCall 29123456 to book.';
    assessment.actions.unshift({ criterion: '1.1', text: ' ', priority: 'low' });
    assessment.actions.push({ criterion: '1.2', text: 'Mail i.ozola@example.lv', priority: 'low' });
    const places = ministryFile(assessment, methodology).findings.map((f) => f.place);
    expect(places).toEqual([
      { field: 'strengths', criterion: '1.1', number: 2, target: 'score/1.1/sa-strengths' },
      // The empty first action is left out of the file, but keeps its number in the plan.
      { field: 'actions', criterion: '1.2', number: 3, target: 'result//sa-action-2-text' },
    ]);
  });
});

describe('names of people in the ministry file', () => {
  it('are found, masked, and pass once the group marks a text checked', () => {
    const assessment = agreed();
    assessment.entries['1.1']!.strengths = 'Direktore Ilze Ozola vada sapulces.\nLaima Šokolāde.';
    const first = ministryFile(assessment, methodology);
    expect(first.findings.map((f) => [f.kind, f.masked, f.place?.number])).toEqual([
      ['person', 'I*** O****', 1],
      ['person', 'L**** Š*******', 2],
    ]);
    const laima = first.findings[1];
    if (laima) markReviewed(assessment, first.pilot, laima);
    expect(assessment.ministry.reviewed).toEqual(['Laima Šokolāde.']);
    const second = ministryFile(assessment, methodology);
    expect(second.findings.map((f) => f.masked)).toEqual(['I*** O****']);
    expect(second.pilot.strengths[1]).toMatchObject({ reviewed: true });
  });
});
