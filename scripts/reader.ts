// `npm run reader`: prints the seminar reader of both languages to A4 PDF with headless
// Chromium (nlao-atlas-reader-en.pdf, -sv.pdf), from the built site in dist/.
import { existsSync } from 'node:fs';
import { serve } from './static-server.ts';
import { launchChromium } from './chromium.ts';

if (!existsSync('dist/en/reader/index.html')) {
  console.error('reader: dist/ has no reader; run "npm run build" first.');
  process.exit(1);
}
const server = await serve('dist');
const browser = await launchChromium();
try {
  for (const locale of ['en', 'sv'] as const) {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/${locale}/reader/`, { waitUntil: 'load' });
    const out = `nlao-atlas-reader-${locale}.pdf`;
    await page.pdf({
      path: out,
      format: 'A4',
      margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: `<div style="font-size:8px;width:100%;text-align:center">NLAO Atlas · <span class="pageNumber"></span> / <span class="totalPages"></span></div>`,
    });
    console.log(`reader: ${out}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
