// Finds where JSON text first goes wrong, for messages like "line 3, column 12".
// JSON.parse on Node 20 often says only "Unexpected token", without a position.
// An explicit stack (no recursion) keeps deeply nested hostile input safe.

const WS = new Set([' ', '\t', '\n', '\r']);

/** Offset of the first character that makes `text` invalid JSON, or -1 if it is valid. */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const n = text.length;
  // Each entry: what the enclosing container expects next.
  const stack: ('array-value' | 'array-next' | 'object-key' | 'object-colon' | 'object-value' | 'object-next')[] = [];
  const skip = () => {
    while (i < n && WS.has(text.charAt(i))) i++;
  };
  const readString = (): boolean => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return false;
      } else i++;
    }
    return false;
  };
  const readScalar = (): boolean => {
    const rest = text.slice(i, i + 5);
    for (const word of ['true', 'false', 'null']) {
      if (rest.startsWith(word)) {
        i += word.length;
        return true;
      }
    }
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '' || m[0] === '-') return false;
    i += m[0].length;
    return true;
  };
  // Reads one value; containers push state and return.
  const startValue = (): boolean => {
    skip();
    const c = text[i];
    if (c === '{') {
      i++;
      stack.push('object-key');
      return true;
    }
    if (c === '[') {
      i++;
      stack.push('array-value');
      return true;
    }
    if (c === '"') return readString();
    return readScalar();
  };
  if (!startValue()) return i;
  while (stack.length) {
    skip();
    const top = stack[stack.length - 1];
    const c = text[i];
    if (top === 'array-value') {
      if (c === ']') {
        i++;
        stack.pop();
        continue;
      }
      stack[stack.length - 1] = 'array-next';
      if (!startValue()) return i;
    } else if (top === 'array-next') {
      if (c === ',') {
        i++;
        stack[stack.length - 1] = 'array-next';
        if (!startValue()) return i;
      } else if (c === ']') {
        i++;
        stack.pop();
      } else return i;
    } else if (top === 'object-key') {
      if (c === '}') {
        i++;
        stack.pop();
        continue;
      }
      if (c !== '"' || !readString()) return i;
      stack[stack.length - 1] = 'object-colon';
    } else if (top === 'object-colon') {
      if (c !== ':') return i;
      i++;
      stack[stack.length - 1] = 'object-next';
      if (!startValue()) return i;
    } else {
      // object-next
      if (c === ',') {
        i++;
        skip();
        if (text[i] !== '"' || !readString()) return i;
        stack[stack.length - 1] = 'object-colon';
      } else if (c === '}') {
        i++;
        stack.pop();
      } else return i;
    }
  }
  skip();
  return i < n ? i : -1;
}
