// Word forms are shared with the anonymity rules: they live in lib/text/normalise.ts.
export { foldDiacritics, queryVariants, stemWord } from '../text/normalise.ts';
