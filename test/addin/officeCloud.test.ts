/**
 * OFFICE_CLOUD=china: the task pane and the ribbon's function page load Office.js from 21Vianet's
 * CDN and their CSP allows exactly that origin; by default both name Microsoft's global CDN.
 * Reads the webpack config's page templates as built, without running webpack.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require('../../webpack.config.js') as (env: object, argv: object) => Promise<Array<{ name: string; plugins: unknown[] }>>;

const CHINA = 'https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js';
const GLOBAL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** The add-in's HTML pages as HtmlWebpackPlugin would get them, by file name. */
async function pages(cloud: string | undefined): Promise<Record<string, string>> {
  const before = process.env.OFFICE_CLOUD;
  if (cloud === undefined) delete process.env.OFFICE_CLOUD;
  else process.env.OFFICE_CLOUD = cloud;
  try {
    const configs = await config({}, { mode: 'production' });
    const addin = configs.find((c) => c.name === 'addin')!;
    const out: Record<string, string> = {};
    for (const plugin of addin.plugins) {
      const options = (plugin as { userOptions?: { filename?: string; templateContent?: () => string } }).userOptions;
      if (options?.filename && typeof options.templateContent === 'function') out[options.filename] = options.templateContent();
    }
    return out;
  } finally {
    if (before === undefined) delete process.env.OFFICE_CLOUD;
    else process.env.OFFICE_CLOUD = before;
  }
}

function csp(html: string): string {
  return /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1] ?? '';
}

describe('OFFICE_CLOUD', () => {
  it('china: Office.js and the CSP name 21Vianet’s CDN, never the global one', async () => {
    const html = await pages('china');
    expect(Object.keys(html).sort()).toEqual(['commands.html', 'taskpane.html']);
    for (const page of Object.values(html)) {
      expect(page).toContain(`<script src="${CHINA}"></script>`);
      expect(csp(page)).toMatch(/script-src 'self' https:\/\/appsforoffice\.cdn\.partner\.office365\.cn;/);
      expect(page).not.toContain('appsforoffice.microsoft.com');
    }
    expect(csp(html['taskpane.html'])).toContain("frame-src 'self' https://*.officeapps.partner.office365.cn;");
  });

  it('by default: Microsoft’s global CDN, as the templates are written', async () => {
    const html = await pages(undefined);
    for (const page of Object.values(html)) {
      expect(page).toContain(`<script src="${GLOBAL}"></script>`);
      expect(csp(page)).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
      expect(page).not.toContain('partner.office365.cn');
    }
  });

  it('refuses a cloud it does not know', async () => {
    await expect(pages('moon')).rejects.toThrow(/OFFICE_CLOUD=moon/);
  });
});
