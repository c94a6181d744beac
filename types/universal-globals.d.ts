// The few globals that every host of shared/ has (browsers, Node, Electron's
// main and renderer processes), declared for the shared/ type check, which
// otherwise knows only the ECMAScript library. Adding a name here is a claim
// that it exists in all of them.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
declare class TextEncoder {
  readonly encoding: string;
  encode(input?: string): Uint8Array;
}
declare var crypto: { getRandomValues<T extends ArrayBufferView>(array: T): T };
