import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { namedValues, type RareValue } from '../../../src/lib/anonymity/free-text.ts';
import { checkContentTree } from '../../../src/lib/content/check-tree.ts';
import { TMP } from '../../helpers/fixtures.ts';
import { DEFAULT_CONTENT } from '../../helpers/self-assessment.ts';

const taxonomies = JSON.parse(readFileSync(join(DEFAULT_CONTENT, 'taxonomies.json'), 'utf8')) as {
  regions: Record<string, RareValue['labels']>;
  serviceTypes: Record<string, RareValue['labels']>;
  staffBands: Record<string, RareValue['labels']>;
};
const value = (field: keyof typeof taxonomies, id: string): RareValue => ({
  field,
  id,
  labels: taxonomies[field][id] ?? {},
});
const foundation = value('serviceTypes', 'foundation');
const municipal = value('serviceTypes', 'municipal-social-service');
const branch = value('serviceTypes', 'state-care-centre-branch');
const latgale = value('regions', 'latgale');
const kurzeme = value('regions', 'kurzeme');
const band = value('staffBands', '20-49');
const named = (text: string, rare: RareValue) => namedValues(text, [rare]).length > 0;

describe('a multi-word name in free text', () => {
  it('is not named by one generic word of it ("fonds", "dienests", "centrs")', () => {
    expect(named('Eiropas Sociālā fonda projekts palīdzēja ieviest CAF modeli.', foundation)).toBe(
      false,
    );
    expect(named('Sadarbība ar Rīgas Sociālo dienestu ir laba.', municipal)).toBe(false);
    expect(named('Centra darbinieki apmeklē mācības.', branch)).toBe(false);
    expect(named('Darbinieki apmeklē mācības.', band)).toBe(false);
  });

  it('is named when the text holds all its distinctive words, in any case ending', () => {
    expect(named('Labdaros fondo savanoriai padeda.', foundation)).toBe(true);
    expect(
      named('Mūsu pašvaldības sociālais dienests pieņēma jaunus darbiniekus.', municipal),
    ).toBe(true);
    expect(named('Valsts sociālās aprūpes centra filiālē ir jauna ēka.', branch)).toBe(true);
    expect(named('Mūsu 20–49 darbinieki strādā maiņās.', band)).toBe(true);
  });

  it("is named by a one-word name or by either of a label's names", () => {
    expect(named('Latgalē trūkst speciālistu.', latgale)).toBe(true);
    expect(named('Many clients in Courland live alone.', kurzeme)).toBe(true);
    expect(named('Kurzemē ir daudz vientuļu klientu.', kurzeme)).toBe(true);
    expect(named('The foundation has a plan.', foundation)).toBe(true);
  });
});

describe('npm run check on the shipped content with a new pilot text', () => {
  const tree = join(TMP, 'trees', 'free-text-shipped');
  const withStrength = (text: string) => {
    rmSync(tree, { recursive: true, force: true });
    mkdirSync(tree, { recursive: true });
    cpSync(DEFAULT_CONTENT, tree, { recursive: true });
    // A changed text of a released pilot is a change of release, refused on purpose elsewhere.
    rmSync(join(tree, 'releases.json'), { force: true });
    const file = join(tree, 'pilots', 'P03.json');
    const pilot = JSON.parse(readFileSync(file, 'utf8')) as {
      strengths: Array<{ criterion: string; text: Record<string, string> }>;
    };
    pilot.strengths.push({ criterion: '1.1', text: { lv: text } });
    writeFileSync(file, JSON.stringify(pilot, null, 2));
    return checkContentTree(tree, {});
  };

  it('accepts the European Social Fund, named in every press release of the field', () => {
    const outcome = withStrength('Eiropas Sociālā fonda projekts palīdzēja ieviest CAF modeli.');
    expect(outcome.message).toMatch(/^✓ Content is valid/);
  }, 120_000);

  it('still refuses a text naming a region fewer than k pilots share', () => {
    const outcome = withStrength('Latgalē mūsu komanda ieviesa CAF modeli.');
    expect(outcome.message).toContain('pilots/P03.json');
    expect(outcome.message).toMatch(/names "L\*+", which fewer than 3 pilots share/);
  }, 120_000);
});
