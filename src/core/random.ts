// A small seeded generator: the same seed gives the same draw on every device and after every resume.
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashString(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619) >>> 0;
  return hash;
}

/** A new array in an order fixed by the seed and the salt (Fisher–Yates). */
export function seededShuffle<T>(items: readonly T[], seed: number, salt: string): T[] {
  const next = mulberry32(seed ^ hashString(salt));
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Seeds are kept below 36^5 so they fit five base-36 characters in the saved state. */
export const SEED_LIMIT = 36 ** 5;
