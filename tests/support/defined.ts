// Under noUncheckedIndexedAccess `list[0]` may be undefined. A test that reads
// an element it expects says so with defined(list[0]): if the element is
// missing the test fails here, saying so, rather than later with "cannot read
// properties of undefined" (or, worse, passing on a comparison with undefined).
export function defined<T>(value: T | undefined, what = 'the value read'): T {
  if (value === undefined) throw new Error(`expected ${what} to be there, got undefined`);
  return value;
}

/** The first `count` elements, for `const [a, b] = leading(list, 2)`: the test fails here if any is missing. */
export function leading<T>(list: readonly (T | undefined)[], count: 2): [T, T];
export function leading<T>(list: readonly (T | undefined)[], count: 3): [T, T, T];
export function leading<T>(list: readonly (T | undefined)[], count: 4): [T, T, T, T];
export function leading<T>(list: readonly (T | undefined)[], count: number): (T | undefined)[] {
  const items = list.slice(0, count);
  if (items.length < count || items.some((item) => item === undefined)) throw new Error(`expected at least ${count} elements, got ${list.length}`);
  return items;
}

// DOM and Playwright APIs say "absent" with null (querySelector, textContent,
// boundingBox()), and some document fields are nullable: present() is the same
// check for those, rejecting null as well as undefined.
export function present<T>(value: T | null | undefined, what = 'the value read'): T {
  if (value === null || value === undefined) throw new Error(`expected ${what} to be there, got ${value === null ? 'null' : 'undefined'}`);
  return value;
}
