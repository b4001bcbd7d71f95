/**
 * Wraps `build` so it runs once per object: its result is kept for as long as the object lives
 * (a WeakMap), which suits the immutable case and layer objects the views derive indexes from.
 */
export function onePerObject<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const made = new WeakMap<K, V>();
  return (key) => {
    if (made.has(key)) return made.get(key) as V;
    const value = build(key);
    made.set(key, value);
    return value;
  };
}
