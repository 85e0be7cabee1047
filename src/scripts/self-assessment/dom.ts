/** A tiny element builder for the tool's views: attributes, properties and children in one call. */
type Child = Node | string | false | null | undefined;
export type Attributes = Record<
  string,
  string | number | boolean | undefined | ((event: Event) => void)
>;

/** Creates an element; `on*` functions become listeners, `false`/`undefined` attributes are left out. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (name === 'value' && 'value' in element)
      (element as HTMLInputElement).value = String(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(
    ...children.filter((c): c is Node | string => c !== false && c !== null && c !== undefined),
  );
  return element;
}

/** A wide table in a labelled region that scrolls by itself, so the page stays within 320 px. */
export function scrollRegion(label: string, table: HTMLTableElement): HTMLElement {
  return h(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-label': label, tabindex: 0 },
    table,
  );
}

const SVG = 'http://www.w3.org/2000/svg';

/** Creates an SVG element with attributes. */
export function s(
  tag: string,
  attributes: Record<string, string | number | undefined> = {},
  ...children: Array<Node | string>
): SVGElement {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes))
    if (value !== undefined) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

/** Offers a file to save, made in the browser: nothing is sent anywhere. */
export function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = h('a', { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Makes a view's heading a focus target and, after a change of view, moves focus there so keyboard and screen-reader users follow. */
export function focusHeading(container: HTMLElement, move: boolean): void {
  const heading = container.querySelector<HTMLElement>('h2');
  if (!heading) return;
  heading.tabIndex = -1;
  if (move) heading.focus();
}
