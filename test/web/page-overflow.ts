/**
 * The layout measure of the browser tests at a phone's width: whether anything on the page reaches
 * past the window's right edge.
 */
import type { Page } from 'playwright-core';

/**
 * How wide the page is against the window, and the elements (by a short description) whose boxes
 * reach past its right edge, outside any element that scrolls sideways itself.
 */
export async function overflow(
  page: Page,
): Promise<{ scrollWidth: number; innerWidth: number; wide: string[] }> {
  // The tests are compiled without the DOM's types: code run in the page is a string.
  return page.evaluate<{ scrollWidth: number; innerWidth: number; wide: string[] }>(`(() => {
    const W = window.innerWidth;
    const scrolls = (el) => {
      for (let p = el.parentElement; p; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o === 'auto' || o === 'scroll' || o === 'hidden') return true;
      }
      return false;
    };
    const wide = [];
    for (const el of document.querySelectorAll('body *')) {
      const b = el.getBoundingClientRect();
      if (b.width > 0 && b.right > W + 0.5 && !scrolls(el))
        wide.push(el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ')[0] : '') +
          ' ' + Math.round(b.left) + '..' + Math.round(b.right));
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: W, wide };
  })()`);
}
