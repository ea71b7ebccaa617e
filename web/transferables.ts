/** The byte buffers inside a result, moved to the page instead of copied. */
export function buffersOf(value: unknown, out: ArrayBuffer[] = [], depth = 0): ArrayBuffer[] {
  // Files sit at most three levels deep ({ files: [{ bytes }] }); grids and models are never walked.
  if (value instanceof Uint8Array) {
    if (value.buffer instanceof ArrayBuffer && !out.includes(value.buffer)) out.push(value.buffer);
  } else if (depth < 3 && Array.isArray(value)) {
    for (const v of value) buffersOf(v, out, depth + 1);
  } else if (depth < 3 && value && typeof value === 'object' && !(value instanceof Date) && !('rows' in value)) {
    for (const [k, v] of Object.entries(value)) if (k !== 'model' && k !== 'findings') buffersOf(v, out, depth + 1);
  }
  return out;
}
