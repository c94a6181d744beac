import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../../../shared/model/jsonErrorOffset';
import { serializeDocument } from '../../../shared/model/load';
import { herefordshireSample } from '../../../shared/sample/herefordshire';

describe('jsonErrorOffset', () => {
  it('says valid JSON is valid', () => {
    for (const text of ['{}', '[]', '1', '"a"', 'null', '{"a":[1,2,{"b":"c\\n"}]}', ' [ -1.5e3 , true ] ', serializeDocument(herefordshireSample())]) {
      expect(jsonErrorOffset(text)).toBe(-1);
    }
  });

  it('points at the first bad character', () => {
    expect(jsonErrorOffset('{"a": oops}')).toBe(6);
    expect(jsonErrorOffset('[1,2,]')).toBe(5);
    expect(jsonErrorOffset('{"a":1,}')).toBe(7);
    expect(jsonErrorOffset('{"a" 1}')).toBe(5);
    expect(jsonErrorOffset('[1] x')).toBe(4);
  });

  it('reports the end of a truncated file', () => {
    const text = serializeDocument(herefordshireSample());
    expect(jsonErrorOffset(text.slice(0, 500))).toBe(500);
  });

  it('agrees with JSON.parse on deeply nested input without overflowing the stack', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(jsonErrorOffset(deep)).toBe(-1);
    expect(jsonErrorOffset('['.repeat(200_000))).toBe(200_000);
  });
});
