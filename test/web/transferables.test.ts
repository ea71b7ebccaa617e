import { buffersOf } from '../../web/transferables';

describe('buffersOf', () => {
  it('finds the bytes of files in a result, each buffer once', () => {
    const a = new Uint8Array([1, 2]);
    const b = new Uint8Array([3]);
    const result = {
      model: { x: new Uint8Array([9]) },
      findings: [],
      files: [
        { name: 'a.pdf', bytes: a },
        { name: 'b.xlsx', bytes: b },
        { name: 'c', bytes: a },
      ],
    };
    expect(buffersOf(result)).toEqual([a.buffer, b.buffer]);
    expect(buffersOf(a)).toEqual([a.buffer]);
  });

  it('never walks a grid or a model (their rows are many and hold no files)', () => {
    const grid = { sheet: 'S', rows: [[new Uint8Array([1])]], firstRow: 1, firstColumn: 1 };
    expect(buffersOf(grid)).toEqual([]);
    expect(buffersOf({ model: { bytes: new Uint8Array([1]) } })).toEqual([]);
  });
});
