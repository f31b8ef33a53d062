// Every list a learner chooses from is shown in an order of their own, so an answer's place gives nothing away
// (the authored order often puts the right answer first). The order comes from a seed kept in the saved state,
// so it stays the same for this learner on every launch and differs from one learner to the next.
import { SEED_LIMIT, seededShuffle } from './random';

/** A new seed for a learner or an attempt; it fits the five base-36 characters the saved state gives it. */
export function newSeed(random: () => number = Math.random): number {
  return Math.floor(random() * SEED_LIMIT) % SEED_LIMIT;
}

/** The order to show a question's options (or a matching question's answers) in, for this seed. */
export function optionOrder<T extends { id: string }>(options: readonly T[], seed: number | null, itemId: string): T[] {
  return seed === null ? [...options] : seededShuffle(options, seed, `options:${itemId}`);
}

/** The order of a sort activity's items, or of a scenario step's choices, for this seed. */
export function activityOrder<T>(items: readonly T[], seed: number | null, activityId: string): T[] {
  return seed === null ? [...items] : seededShuffle(items, seed, `activity:${activityId}`);
}

/** optionOrder for a list of option ids, as the question controls take it. */
export function optionIdOrder(seed: number | null, itemId: string): (ids: string[]) => string[] {
  return (ids) =>
    optionOrder(
      ids.map((id) => ({ id })),
      seed,
      itemId,
    ).map((option) => option.id);
}
