import { officeFromFileName } from '../../cli/commands/report';

describe('officeFromFileName — the office a report names when no settings say it', () => {
  it.each([
    ['某街道依申请公开登记台账2025.xlsx', '某街道'],
    ['/tmp/x/某区某某局主动公开目录2025.xlsx', '某区某某局'],
    ['2024年度 普陀区应急管理局 政府信息公开台账（汇总）.csv', '普陀区应急管理局'],
    ['台账2025.xlsx', '台账2025'],
  ])('%s → %s', (file, office) => {
    expect(officeFromFileName(file)).toBe(office);
  });
});
