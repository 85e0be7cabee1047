/**
 * One vocabulary: the tool names the methodology's terms as the glossary does ("Uzlabojamās
 * jomas", "Uzlabojumu plāns"), so the tool, the glossary, the worksheet's readers and the event
 * agendas use one word for one thing. The glossary entry's term replaces the tool's UI string.
 */

/** The tool's string for a term → the glossary entry (file name under `glossary/<locale>/`) that names it. */
export const TERM_ENTRIES = {
  'tool.evidence': 'evidence',
  'tool.strengths': 'strengths',
  'tool.improvements': 'areas-for-improvement',
  'tool.plan.title': 'improvement-plan',
} as const;

/** A glossary term as the page's model has it: its id, its term, and a `lang` when it fell back. */
export interface GlossaryTerm {
  id: string;
  title: string;
  lang?: string | undefined;
}

/**
 * The tool's strings for the methodology's terms from the glossary of the page's locale. A term the
 * glossary has only in another language keeps the tool's own string (its words, in the page's language).
 */
export function glossaryVocabulary(glossary: readonly GlossaryTerm[]): Record<string, string> {
  const own = new Map(glossary.filter((term) => !term.lang).map((term) => [term.id, term.title]));
  return Object.fromEntries(
    Object.entries(TERM_ENTRIES).flatMap(([key, id]) => {
      const title = own.get(id);
      return title ? [[key, title]] : [];
    }),
  );
}
