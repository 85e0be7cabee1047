import { describe, expect, it } from 'vitest';
import { maskMessage } from '../../../src/lib/pii/mask-message.ts';

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
