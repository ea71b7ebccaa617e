/** Chinese messages of the PDF renderer. */
export const pdfMessages = {
  glyphMissing: (chars: string[], where: string) =>
    `字体中没有字符 ${chars.map((c) => `“${c}”（U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}）`).join('、')} 的字形，` +
    `${where}中这些字会显示为方框。请在系统中安装含这些字的字体（如 Noto Serif CJK，Debian 包 fonts-noto-cjk）后重新生成，或改用通行写法。`,
  pageFooter: (page: number, pages: number) => `第 ${page} 页 共 ${pages} 页`,
} as const;
