// The offline copy, opened from disk (file://) in Chromium as a seminar participant would:
// navigation, language switch, compare, a chart page and a case with no failed request and
// no console error; a crawl of every file for root-absolute or broken links; offline search
// against the search questions; and the reader PDFs' text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'node-html-parser';
import type { Browser, Page } from 'playwright-core';
import { inFlight, launch } from '../helpers/browser';
import { arrivalProblems, missedQuestions } from '../helpers/search';
import { listFiles, readList } from '../helpers/content';

const OFFLINE = path.resolve('dist-offline');
const fileUrl = (rel: string) => pathToFileURL(path.join(OFFLINE, rel)).href;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Console errors, page errors and failed or off-disk requests while a page is driven. */
function watchDisk(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('request', (r) => !r.url().startsWith('file:') && !r.url().startsWith('data:') && problems.push(`request off the disk: ${r.url()}`));
  return problems;
}

describe('offline copy opened from disk', () => {
  it('exists, with the zip and the instructions', () => {
    expect(existsSync(path.join(OFFLINE, 'index.html'))).toBe(true);
    expect(existsSync('nlao-atlas-offline.zip')).toBe(true);
    expect(readFileSync(path.join(OFFLINE, 'README.txt'), 'utf8')).toContain('index.html');
    expect(readFileSync(path.join(OFFLINE, 'LÄS-MIG.txt'), 'utf8')).toContain('index.html');
  });

  it('reaches a city, switches language, opens compare, a chart page and a case', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = watchDisk(page);
    await page.goto(fileUrl('index.html'));
    await page.getByRole('link', { name: /English/ }).click();
    await page.waitForURL(/\/en\/index\.html$/);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cities' }).click();
    await page.getByRole('main').getByRole('link', { name: 'Rotterdam' }).click();
    await page.waitForURL(/\/en\/cities\/rotterdam\/index\.html$/);
    await page.getByRole('link', { name: /Svenska/ }).click();
    await page.waitForURL(/\/sv\/cities\/rotterdam\/index\.html$/);
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Jämför' }).click();
    await page.waitForURL(/\/sv\/compare\/index\.html$/);
    await page.waitForFunction(() => document.querySelector('[data-compare]')?.classList.contains('compare--enhanced'));
    await page.getByRole('checkbox', { name: 'Prag' }).uncheck();
    await page.waitForFunction(() => (document.querySelector('#social-housing thead th[data-city="prague"]') as HTMLElement).hidden);
    await page.goto(fileUrl('sv/data/youth-unemployment-by-month/index.html'));
    // One chart, drawn once at this width (its narrow rendering is hidden by CSS).
    expect(await page.locator('figure.chart svg:visible').count()).toBe(1);
    await page.getByRole('link', { name: 'Ladda ned CSV' }).first().isVisible();
    await page.goto(fileUrl('en/cases/jobbtorg/index.html'));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Jobbtorg');
    await page.getByRole('link', { name: 'Stockholm', exact: true }).first().click();
    await page.waitForURL(/\/en\/cities\/stockholm\/index\.html$/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the compare picker works from disk', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = watchDisk(page);
    await page.goto(fileUrl('en/compare/index.html') + '?cities=stockholm,rotterdam&topics=employment');
    await page.waitForFunction(() => document.querySelector('[data-compare]')?.classList.contains('compare--enhanced'));
    const visible = await page.$$eval('section.compare-topic', (ss) => ss.filter((s) => !(s as HTMLElement).hidden).map((s) => s.id));
    expect(visible).toEqual(['employment']);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('crawl of the offline copy', () => {
  const all = listFiles(OFFLINE).map((f) => f.split(path.sep).join('/'));
  const present = new Set(all);
  // Links out are allowed only to the hosts of sources the report cites.
  const cited = new Set((readList('sources').map((s) => s.url).filter(Boolean) as string[]).map((u) => new URL(u).host));
  it('has no root-absolute URL, no link to a missing file, and no link out except cited sources', () => {
    const problems: string[] = [];
    for (const file of all.filter((f) => f.endsWith('.html'))) {
      const root = parse(readFileSync(path.join(OFFLINE, file), 'utf8'));
      // `<link rel="schema.DC" href="http://purl.org/dc/…">` names the Dublin Core vocabulary for
      // reference managers; it is an identifier, never fetched or followed.
      for (const el of root.querySelectorAll('[href], [src], [action]').filter((e) => !/^schema\./.test(e.getAttribute('rel') ?? ''))) {
        for (const attr of ['href', 'src', 'action']) {
          const value = el.getAttribute(attr);
          if (value === undefined) continue;
          if (value.startsWith('/')) problems.push(`${file}: root-absolute ${attr}="${value}"`);
          else if (/^[a-z]+:/i.test(value)) {
            if (!/^https?:/.test(value) || !cited.has(new URL(value).host)) problems.push(`${file}: link out of the bundle ${value}`);
          } else if (!value.startsWith('#')) {
            // A query-only reference ("?topics=…") is the page itself with other parameters.
            const target = value.startsWith('?') ? file : path.posix.normalize(path.posix.join(path.posix.dirname(file), value.replace(/[?#].*$/, '')));
            if (!present.has(target)) problems.push(`${file}: missing ${value}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('the offline copy is as safe as the site', () => {
  const html = listFiles(OFFLINE).map((f) => f.split(path.sep).join('/')).filter((f) => f.endsWith('.html'));
  const policyOf = (file: string) => {
    const head = parse(readFileSync(path.join(OFFLINE, file), 'utf8')).querySelector('head');
    const first = head?.childNodes.find((n) => n.nodeType === 1) as ReturnType<typeof parse> | undefined;
    return first?.getAttribute('http-equiv') === 'content-security-policy' ? first.getAttribute('content') : undefined;
  };

  it('every page carries a Content-Security-Policy first in <head>, naming no other host', () => {
    expect(html.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const file of html) {
      const policy = policyOf(file);
      if (policy === undefined) problems.push(`${file}: no CSP first in <head>`);
      else if (/https?:|\*|'unsafe-inline'|'unsafe-eval'/.test(policy)) problems.push(`${file}: CSP allows too much: ${policy}`);
      else if (!policy.includes("object-src 'none'") || !policy.includes("base-uri 'none'")) problems.push(`${file}: CSP lacks object-src/base-uri 'none'`);
      else if (!/\bsearch\//.test(file) && !policy.includes("connect-src 'none'")) problems.push(`${file}: fetches are not blocked`);
    }
    expect(problems).toEqual([]);
  });

  it('Chromium enforces it from file://: injected handlers, scripts, javascript: links and other hosts do nothing', async () => {
    // An offline page with hostile markup added after the build, as a tampered copy would have.
    const original = readFileSync(path.join(OFFLINE, 'en/cities/stockholm/index.html'), 'utf8');
    const probe = path.join(OFFLINE, 'en/cities/stockholm/csp-probe.html');
    const hostile =
      '<img id="probe-img" src="missing.png" onerror="document.body.dataset.pwned=\'onerror\'">' +
      '<script>document.body.dataset.pwned = "inline script";</script>' +
      '<a id="probe-link" href="javascript:document.body.dataset.pwned=\'link\'">x</a>' +
      '<img src="https://example.org/track.png" alt="">';
    writeFileSync(probe, original.replace('</main>', `${hostile}</main>`));
    try {
      const page = await browser.newPage();
      // Chromium reports a request the policy blocks too (it fails with ERR_BLOCKED_BY_CSP): only answers count.
      const offDisk: string[] = [];
      page.on('response', (r) => !r.url().startsWith('file:') && !r.url().startsWith('data:') && offDisk.push(r.url()));
      await page.addInitScript(() => {
        const w = window as unknown as { violations: string[] };
        w.violations = [];
        document.addEventListener('securitypolicyviolation', (e) => w.violations.push(e.effectiveDirective));
      });
      const violations = () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
      await page.goto(pathToFileURL(probe).href);
      // Blocked: the onerror handler, the inline script and the image from another host.
      await page.waitForFunction(() => {
        const v = (window as unknown as { violations: string[] }).violations;
        return ['script-src-attr', 'script-src-elem', 'img-src'].every((d) => v.includes(d));
      });
      const before = (await violations()).length;
      await page.click('#probe-link');
      await page.waitForFunction((n) => (window as unknown as { violations: string[] }).violations.length > n, before);
      expect(await page.evaluate(() => document.body.dataset.pwned)).toBeUndefined();
      expect(offDisk).toEqual([]);
      await page.close();
    } finally {
      rmSync(probe);
    }
  });
});

describe('offline search', () => {
  it('finds the expected page in the top 5 for every search question', async () => {
    const page = await browser.newPage();
    const problems = watchDisk(page);
    // Result links are files with a highlight query and an #anchor; the page is what counts.
    const pageOf = (href: string) => `/${path.relative(OFFLINE, fileURLToPath(href.split(/[?#]/)[0]!)).split(path.sep).join('/')}`.replace(/index\.html$/, '');
    const misses = await missedQuestions(page, (locale) => fileUrl(`${locale}/search/index.html`), pageOf);
    expect(misses).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 600_000); // a hang guard for 100+ searches on a busy machine, not a speed check

  it('opens a result with the searched words highlighted on the first screen', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const problems = watchDisk(page);
    const net = inFlight(page);
    for (const [locale, q] of [['en', 'tenants'], ['sv', 'corporaties']] as const) {
      await net.idle();
      await page.goto(`${fileUrl(`${locale}/search/index.html`)}?q=${q}`);
      await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('[data-search-app]')?.dataset.done ?? 0) > 0);
      await page.locator('[data-search-results] li > a').first().click();
      await page.waitForURL((u) => !u.pathname.endsWith('/search/index.html'));
      await page.waitForFunction(() => (CSS.highlights.get('search-arrival')?.size ?? 0) > 0);
      for (const p of await page.evaluate(arrivalProblems)) problems.push(`${locale} "${q}" → ${page.url()}: ${p}`);
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('filters work offline, and markup in the query is shown as text', async () => {
    const page = await browser.newPage();
    let dialogs = 0;
    page.on('dialog', async (d) => {
      dialogs += 1;
      await d.dismiss();
    });
    await page.goto(`${fileUrl('sv/search/index.html')}?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('[data-search-app]')?.dataset.done ?? 0) > 0);
    expect(await page.textContent('[data-search-status]')).toContain('<img src=x onerror=alert(1)>');
    await page.goto(`${fileUrl('sv/search/index.html')}?city=rotterdam&type=case`);
    await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('[data-search-app]')?.dataset.done ?? 0) > 0);
    const hrefs = await page.$$eval('[data-search-results] li > a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(3);
    expect(hrefs.every((h) => h.includes('/sv/cases/'))).toBe(true);
    expect(dialogs).toBe(0);
    await page.close();
  });
});

describe('reader PDFs', () => {
  const cities = readList('cities').filter((c) => c.partner) as Array<{ name: { en: string; sv: string } }>;
  const principles = readList('principles') as Array<{ number: number }>;
  for (const locale of ['en', 'sv'] as const) {
    it(`nlao-atlas-reader-${locale}.pdf names every city and every principle heading`, () => {
      const pdf = `nlao-atlas-reader-${locale}.pdf`;
      expect(existsSync(pdf)).toBe(true);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).replace(/\s+/g, ' ');
      for (const c of cities) expect(text).toContain(c.name[locale]);
      for (const p of principles) {
        const title = readFileSync(`content/${locale}/principles/${readList('principles').find((x) => x.number === p.number)!.id}.mdx`, 'utf8').match(/^title: "?(.*?)"?$/m)![1]!;
        expect(text, title).toContain(title);
      }
      expect(existsSync(path.join(OFFLINE, pdf)), 'included in the offline copy').toBe(true);
    });
  }
});
