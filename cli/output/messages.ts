/** Chinese texts about where the CLI writes, kept together. */
export const outputMessages = {
  clash: (output: string, input: string) =>
    `输出文件“${output}”就是输入文件“${input}”（同一个文件或指向它的链接），写出会覆盖源文件，已停止，什么也没有写。请用 --out 指定其他文件夹，或给源文件改名。`,
  outIsFile: (dir: string) => `--out 应为文件夹，但“${dir}”是一个已有的文件。请换一个文件夹（不存在会自动创建）。`,
  outputIsFolder: (file: string) => `要写出的“${file}”已是一个文件夹，无法写出。请换一个 --out 文件夹。`,
  cannotWrite: (file: string, reason: string) => `无法写出“${file}”：${reason}。请检查 --out 文件夹是否可写、磁盘是否已满。`,
  cleaned: (file: string, removed: number, truncated: number) =>
    `写出 ${file} 时${removed > 0 ? `删去了 ${removed} 个 Excel 文件不允许的字符（控制字符、U+FFFE/U+FFFF 等）` : ''}${removed > 0 && truncated > 0 ? '，并' : ''}${truncated > 0 ? `把 ${truncated} 个超过 32,767 个字符的单元格截短` : ''}。这些文字来自台账或设置，请在源表中修改。`,
  duplicateInput: (given: string, first: string) => `“${given}”与“${first}”是同一个文件，只读取一次。`,
  sameOutput: (a: string, b: string) => `“${a}”与“${b}”会写出同名文件，已按所在文件夹区分。`,
  reasons: {
    EACCES: '没有写入权限',
    EPERM: '没有写入权限',
    EROFS: '该位置只读',
    ENOSPC: '磁盘空间不足',
    ENOTDIR: '路径中有一段不是文件夹',
    EEXIST: '路径中有一段是已有的文件，不是文件夹',
    EISDIR: '目标是一个文件夹',
    ENAMETOOLONG: '文件名太长',
  } as Record<string, string>,
} as const;
