// The package ships types its "exports" map does not point to; the one function the tests use.
declare module 'dom-accessibility-api' {
  export function computeAccessibleName(element: Element): string;
}
