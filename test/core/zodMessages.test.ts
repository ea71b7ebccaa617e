import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { z } from 'zod';
import { main } from '../../cli/main';
import { memoryIO } from '../../cli/io';
import { useChineseZodMessages, zodIssuesText } from '../../core/zodMessages';

describe('zod messages for users', () => {
  it('names every issue with its path, the whole value as （根）, joined by ；', () => {
    useChineseZodMessages();
    const schema = z.object({ office: z.object({ name: z.string() }), days: z.array(z.number()) });
    const nested = schema.safeParse({ office: { name: 5 }, days: [1, 'x'] });
    expect(nested.success).toBe(false);
    expect(zodIssuesText(nested.error!)).toBe(
      'office.name：无效输入：期望 string，实际接收 数字；days.1：无效输入：期望 数字，实际接收 string',
    );
    expect(zodIssuesText(z.string().safeParse(1).error!)).toBe('（根）：无效输入：期望 string，实际接收 数字');
  });

  it('the CLI says zod’s part in Chinese too (its entry point sets the zh-CN locale)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-zod-'));
    try {
      const settings = path.join(dir, 'settings.json');
      fs.writeFileSync(settings, JSON.stringify({ office: { name: 5 } }));
      const io = memoryIO(dir);
      const code = await main(['deadline', '--received', '2025-09-26', '--settings', settings], io);
      expect(code).toBe(2);
      expect(io.stderr).toContain('office.name：无效输入');
      expect(io.stderr).not.toMatch(/Invalid input|expected/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
