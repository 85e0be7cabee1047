/** What every handout takes: the level of its own section headings. */
export interface HandoutProps {
  /** 2 on the handout's own page, 3 inside an event's bundle under the handout's title. */
  level?: 2 | 3 | undefined;
}

/** The element of a handout's section headings. */
export function headingTag(level: HandoutProps['level'] = 2): 'h2' | 'h3' {
  return `h${level}`;
}

/** The element of the headings one level below a handout's section headings. */
export function subheadingTag(level: HandoutProps['level'] = 2): 'h3' | 'h4' {
  return `h${level + 1}` as 'h3' | 'h4';
}
