// Under noUncheckedIndexedAccess `list[0]` may be undefined. A test that reads
// an element it expects says so with defined(list[0]): if the element is
// missing the test fails here, saying so, rather than later with "cannot read
// properties of undefined" (or, worse, passing on a comparison with undefined).
export function defined<T>(value: T | undefined, what = 'the value read'): T {
  if (value === undefined) throw new Error(`expected ${what} to be there, got undefined`);
  return value;
}
