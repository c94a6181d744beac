// Lists kept under a key (reports under a manager, lines at a node). One helper
// instead of `(map.get(k) ?? map.set(k, []).get(k)!)`, whose `!` hid nothing but
// still read as a cast.

/** Adds `value` to the list under `key`, starting the list if there is none yet. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
