/**
 * This process's configuration epoch: a number bumped after every transaction that changed
 * configuration other requests may remember (halls and their opening hours, the calendar, business
 * types, which windows serve them and whether they are open). A cache compares the epoch it was
 * filled at with the current one, so a change is seen by the next request of this process. Other
 * server processes (PostgreSQL deployments) see it when their entries age out: caches keyed on
 * this epoch also bound an entry's age (the ticket issue context: 5 s).
 */
let epoch = 0;

export function configEpoch(): number {
  return epoch;
}

/** Call after the commit of a configuration change (`inConfigTx` does), or after writing it directly. */
export function configChanged(): void {
  epoch++;
}
