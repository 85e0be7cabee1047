// A score's value, band and mean are rules of the methodology's scoring: lib/content/scores.ts.
export { bandIndex, meanOf, scoreOf } from '../content/scores.ts';
