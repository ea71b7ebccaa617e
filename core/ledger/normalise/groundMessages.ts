import type { Ground } from './grounds';

/** Chinese wording of the lawful-ground check (条例第十四、十五、十六、三十六条), kept together. */
export const groundMessages = {
  empty: (grounds: string) => `没有写明不予公开的理由。可以援引的理由有——${grounds}`,
  notAGround: (text: string, grounds: string) =>
    `“${text}”不是条例规定的不予公开理由（内部规定、领导意见、“暂时”等都不能作为理由）。可以援引的理由有——${grounds}`,
  defeated: (text: string, ground: Ground, word: string) =>
    `“${text}”写明“${word}”：第三方同意公开或者不公开会对公共利益造成重大影响的，应当予以公开（${ground.article}但书），不能以“${ground.label}”为由不予公开`,
  lawNote: '。也可写明禁止公开的法律、行政法规（如“依据《中华人民共和国保守国家秘密法》”）或条号（如“条例第十五条”）',
} as const;
