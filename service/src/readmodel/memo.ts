/**
 * A small least-recently-used cache of replay results, emptied whenever the log grows
 * (the owner passes the index version with every lookup).
 */
export function createMemo<T>(capacity: number) {
  const map = new Map<string, T>();
  let seen = -1;
  return (version: number, key: string, compute: () => T): T => {
    if (version !== seen) {
      map.clear();
      seen = version;
    }
    const hit = map.get(key);
    if (hit !== undefined) {
      map.delete(key);
      map.set(key, hit);
      return hit;
    }
    const value = compute();
    map.set(key, value);
    if (map.size > capacity) map.delete(map.keys().next().value!);
    return value;
  };
}
