import { describe, expect, it } from 'vitest';
import { maskMessage, maskPersonalData } from '../../../src/lib/pii/mask-message.ts';

describe('messages about pilot files', () => {
  it.each([
    ['"Anna Bērziņa, tālr. 29123456" is not an id', '"A*** B******, t***. 2*******" is not an id'],
    ['"29123456" is not a criterion code', '"2*** ****" is not a criterion code'],
    ['"janis@example.lv" is not a criterion code', '"j****@e******.l*" is not a criterion code'],
  ])('mask what they quote: %s', (message, masked) => {
    expect(maskMessage(message)).toBe(masked);
  });

  it.each(['"north" is not an id', '"1.1" has sub-criteria', 'must be one of "high", "low"'])(
    'keep ids and codes: %s',
    (message) => {
      expect(maskMessage(message)).toBe(message);
    },
  );
});

describe('messages about any other file', () => {
  it.each([
    ['["janis.ozols@example.lv"] — is not a field', '["j***@***.lv"] — is not a field'],
    ['title["janis@example.lv"] — is not a locale', 'title["j***@***.lv"] — is not a locale'],
    ['phone 29123456 written as a key', 'phone 2*** **** written as a key'],
  ])('mask the personal data the detectors find: %s', (message, masked) => {
    expect(maskPersonalData(message)).toBe(masked);
  });

  it('keep a message without personal data as it is', () => {
    const message = 'summary — must be at most 300 characters, but is 312 (1.1, 2011-10)';
    expect(maskPersonalData(message)).toBe(message);
  });
});
