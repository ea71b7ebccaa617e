/**
 * 清明 (the solar term pure brightness) of a Gregorian year, by the formula chinese-days uses
 * (src/solar_terms: day = ⌊Y·0.2422 + C⌋ − ⌊Y/4⌋, C = 5.59 in the 20th century and 4.81 in the 21st;
 * the package lists no exception for 清明). Undefined outside 1900–2099, where the package has no C.
 * @example qingmingDay(2027) //=> 5 (2027-04-05)
 */
export function qingmingDay(year: number): number | undefined {
  if (year < 1900 || year > 2099) return undefined;
  const y = year % 100;
  const c = year >= 2000 ? 4.81 : 5.59;
  return Math.floor(y * 0.2422 + c) - Math.floor(y / 4);
}
