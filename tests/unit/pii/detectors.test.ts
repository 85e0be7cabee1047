import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDenylist } from '../../../src/lib/pii/denylist.ts';
import { findPersonalData } from '../../../src/lib/pii/detectors.ts';

const masks = (text: string, names: RegExp[] = []) =>
  findPersonalData(text, names).map((f) => f.masked);
const kinds = (text: string) => findPersonalData(text).map((f) => f.kind);

describe('personal data that is found and masked', () => {
  it.each([
    ['Rakstiet marika.kupce@lm.gov.lv šodien', 'm***@***.lv'],
    ['j@x.com', 'j***@***.com'],
    ['e-pasts: Jānis.Bērziņš@piemērs.lv', 'J***@***.lv'],
  ])('an e-mail address in "%s"', (text, masked) => {
    expect(masks(text)).toEqual([masked]);
  });

  it.each([
    ['Tālrunis 29538825.', '2*** ****'],
    ['tālr. 67021581, vakaros', '6*** ****'],
    ['Zvaniet +371 29538825', '+371 2*** ****'],
    ['Zvaniet +37129538825', '+371 2*** ****'],
    ['Zvaniet 00371 6702 1581', '+371 6*** ****'],
    ['mob. 29 538 825', '2*** ****'],
    ['2953 8825', '2*** ****'],
  ])('a Latvian phone number in "%s"', (text, masked) => {
    expect(masks(text)).toEqual([masked]);
  });

  it.each([
    ['Personas kods 120385-12345.', '12****-*****'],
    ['kods 320512-34567', '32****-*****'],
    ['kods 12038512345', '12*********'],
  ])('a Latvian personal code in "%s"', (text, masked) => {
    expect(masks(text)).toEqual([masked]);
    expect(kinds(text)).toEqual(['personal-code']);
  });

  it('a Lithuanian personal code with a valid check digit', () => {
    // 3 = woman born in the 20th century, 1985-03-12, serial 123, check digit 6.
    expect(masks('asmens kodas 38503121236')).toEqual(['38*********']);
  });

  it('a name from the deny-list, whatever its case, masked letter by letter', () => {
    const names = parseDenylist('# comment\nAnna Bērziņa\n\nJānis  Ozols # trailing comment\n');
    expect(masks('Plānu gatavo ANNA BĒRZIŅA un jānis ozols.', names)).toEqual([
      'A*** B******',
      'j**** o****',
    ]);
  });

  it('several findings in one text, in reading order', () => {
    expect(kinds('a@b.lv, 29538825, 120385-12345')).toEqual(['email', 'phone', 'personal-code']);
  });
});

describe('text that only looks like personal data', () => {
  it.each([
    'Kopējās izmaksas ir 27 694,04 LVL, no tām 85% jeb 23 539,93 LVL.',
    'Finansējums 7 247 622 EUR.',
    'Summa 22 470 622 EUR',
    'Datums 2011-05-24 un 24.05.2011., arī 2011-10',
    'SAM 9.2.1. un pasākums 9.2.1.1.',
    'Aptaujā 62 % klientu, 26,5 punkti',
    'MKN Nr.193 14.04.2015.',
    'Rezultāts uzlabojās no 20 līdz 60 punktiem 2012. gadā.',
    'Reģistrācijas numurs 40003012345',
    'Skaitlis 12345678901 bez kontrolcipara',
    'Konference 2020. gada 15. janvārī, budžets EUR 791 256.19',
  ])('"%s" is accepted', (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });

  it('a name that is only part of a longer word is not the name', () => {
    expect(findPersonalData('Annabella', parseDenylist('Anna'))).toEqual([]);
  });
});

describe('personal data in any spelling', () => {
  it.each([
    ['29\u00a0123\u00a0456', '2*** ****'],
    ['29\u202f123\u202f456', '2*** ****'],
    ['tel.29123456', '2*** ****'],
    ['29-123-456', '2*** ****'],
    ['29.123.456', '2*** ****'],
    ['29/123/456', '2*** ****'],
    ['+371-29123456', '+371 2*** ****'],
    ['\uff12\uff19\uff11\uff12\uff13\uff14\uff15\uff16', '2*** ****'],
    ['janis.ozols\uff20example.lv', 'j***@***.lv'],
    ['janis.oz\u200bols@example.lv', 'j***@***.lv'],
    ['jan\u00adis@example.lv', 'j***@***.lv'],
    ['120345 12345', '12**** *****'],
  ])('"%s" is found', (text, masked) => {
    expect(masks(text)).toEqual([masked]);
  });

  it('a deny-listed name with a no-break space or a zero-width space inside is found', () => {
    const names = parseDenylist('Anna Bērziņa');
    expect(masks('Anna\u00a0Bērziņa', names)).toEqual(['A*** B******']);
    expect(masks('An\u200bna Bērziņa', names)).toEqual(['A*** B******']);
  });

  it('takes linear time: a long word without "@" and a long run of digits are quick', () => {
    const started = performance.now();
    findPersonalData('a.'.repeat(500_000));
    findPersonalData('a'.repeat(1_000_000) + '@');
    findPersonalData('1 '.repeat(200_000));
    // Generous: the quadratic pattern took minutes on the first input.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('the shortcut for texts that cannot hold a number or an e-mail address', () => {
  // A name pattern that never matches turns the shortcut off without adding findings.
  const never = [/(?!)/gu];
  const pieces = [
    '2',
    '6',
    '9',
    '0',
    '1',
    '3',
    '-',
    ' ',
    '.',
    '/',
    '+371',
    '00371',
    '@',
    'lm.gov.lv',
    'ē',
    'Jānis',
    'EUR',
    '\u00a0',
    '\u200b',
    '２',
    '＠',
    '²',
    '①',
    '…',
    '„',
    'tel.',
    '32',
  ];
  const text = fc
    .array(fc.constantFrom(...pieces), { maxLength: 24 })
    .map((parts) => parts.join(''));

  it('finds exactly what the full detectors find', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(findPersonalData(t)).toEqual(findPersonalData(t, never));
      }),
      { numRuns: 3000 },
    );
  });

  it('still finds a phone number written with the fewest digits', () => {
    expect(kinds('zvaniet 2 9 1 2 3 4 5 6')).toEqual(['phone']);
  });
});
