import type { Page } from 'playwright-core';

/**
 * Checks of what axe cannot judge, read from the page as it is drawn. Each answers what it found
 * wrong, one line per element, so a test can compare it with an empty list and say where.
 * Functions run in the page are passed as source: tsx would wrap named inner functions in a
 * helper the page does not have.
 */

/** A short name for an element in a failure message. */
const DESCRIBE = `(el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '') + ' "' + (el.textContent || '').trim().slice(0, 40) + '"'`;

/** Horizontal scrolling of the page, and text pushed out of the window or cut by its box (RGAA 10.11, 10.4). */
export async function reflowProblems(page: Page): Promise<string[]> {
  return page.evaluate((describeSource) => {
    const describe = new Function(`return ${describeSource}`)() as (el: Element) => string;
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) problems.push(`the page scrolls sideways: ${root.scrollWidth} px of content in ${root.clientWidth} px`);
    // Hidden on purpose: text for screen readers only, the skip link until focused, the form trap for bots, the map's own drawing.
    const exempt = '.visually-hidden, .visually-hidden-when-empty, .skip-link, .hp, .leaflet-container, [aria-hidden="true"], script, style, noscript, template';
    for (const el of document.body.querySelectorAll('*')) {
      if (el.closest(exempt)) continue;
      const ownText = [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());
      if (!ownText) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.right > root.clientWidth + 1 || box.left < -1) problems.push(`outside the window (${Math.round(box.left)}–${Math.round(box.right)} px of ${root.clientWidth}): ${describe(el)}`);
      const style = getComputedStyle(el);
      const cutsX = style.overflowX === 'hidden' || style.overflowX === 'clip';
      const cutsY = style.overflowY === 'hidden' || style.overflowY === 'clip';
      if ((cutsX && el.scrollWidth > el.clientWidth + 1) || (cutsY && el.scrollHeight > el.clientHeight + 1)) {
        problems.push(`text cut by its box: ${describe(el)}`);
      }
    }
    return problems;
  }, DESCRIBE);
}

/** Sets the text size the way a browser's text-only zoom does: rem and em follow, the layout stays. */
export async function enlargeText(page: Page, percent: number): Promise<void> {
  await page.evaluate((size) => {
    document.documentElement.style.fontSize = `${size}%`;
  }, percent);
}

type FocusLook = { outline: string; outlineWidth: number; boxShadow: string; border: string; background: string; decoration: string };

/**
 * Presses Tab through the screen (up to `maxStops`, or until focus comes back to where it started)
 * and answers the elements whose look does not change when focused, or whose change is too thin
 * to see: an outline under 2 px and no shadow (RGAA 10.7).
 */
export async function invisibleFocus(page: Page, maxStops: number): Promise<{ stops: number; problems: string[] }> {
  const look = (el: Element): FocusLook => {
    const s = getComputedStyle(el);
    return { outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, outlineWidth: s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth), boxShadow: s.boxShadow, border: `${s.borderColor} ${s.borderWidth}`, background: s.backgroundColor, decoration: s.textDecorationLine };
  };
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const problems: string[] = [];
  let first: string | null = null;
  let stops = 0;
  for (; stops < maxStops; stops++) {
    await page.keyboard.press('Tab');
    const here = await page.evaluate(
      ({ lookSource, describeSource, stop }) => {
        const readLook = new Function(`return ${lookSource}`)() as (el: Element) => FocusLook;
        const describe = new Function(`return ${describeSource}`)() as (el: Element) => string;
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        if (!el.hasAttribute('data-focus-stop')) el.setAttribute('data-focus-stop', String(stop));
        return { key: el.getAttribute('data-focus-stop') ?? '', name: describe(el), focused: readLook(el) };
      },
      { lookSource: look.toString(), describeSource: DESCRIBE, stop: stops },
    );
    if (!here) continue;
    if (here.key === first) break;
    first ??= here.key;
    // The same element's look once focus has left it for the next stop.
    const unfocused = await page.evaluate(
      ({ lookSource, key }) => {
        const el = document.querySelector(`[data-focus-stop="${key}"]`) as HTMLElement;
        if (!el) return null;
        const wrapper = document.createElement('span');
        wrapper.tabIndex = -1;
        document.body.append(wrapper);
        wrapper.focus();
        const answer = (new Function(`return ${lookSource}`)() as (el: Element) => FocusLook)(el);
        el.focus({ preventScroll: true });
        wrapper.remove();
        return answer;
      },
      { lookSource: look.toString(), key: here.key },
    );
    if (!unfocused) {
      // Drawn anew while it had the focus: the keyboard would be thrown back to the top of the page.
      problems.push(`${here.name}: replaced while focused`);
      continue;
    }
    const changed = (Object.keys(here.focused) as Array<keyof FocusLook>).some((k) => k !== 'outlineWidth' && here.focused[k] !== unfocused[k]);
    const visible = here.focused.outlineWidth >= 2 || (here.focused.boxShadow !== 'none' && here.focused.boxShadow !== unfocused.boxShadow);
    if (!changed || !visible) problems.push(`${here.name}: focused ${JSON.stringify(here.focused)}, not focused ${JSON.stringify(unfocused)}`);
  }
  return { stops, problems };
}
