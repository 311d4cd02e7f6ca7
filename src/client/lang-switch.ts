/**
 * The language switch keeps the reader's place: the other language's page opens with the same query
 * (tab, years, map state, search) and anchor. Without JavaScript it opens the page itself.
 */
export function initLangSwitch(): void {
  const link = document.querySelector<HTMLAnchorElement>('a[data-lang-switch]');
  link?.addEventListener('click', () => {
    link.href = `${link.pathname}${location.search}${location.hash}`;
  });
}
