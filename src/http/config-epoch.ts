/**
 * This process's configuration epoch: a number bumped after every transaction that changed
 * configuration other requests may remember (halls and their opening hours, the calendar, business
 * types, which windows serve them and whether they are open). A cache compares the epoch it was
 * filled at with the current one, so a change is seen by the next request of this process. Other
 * server processes (several on one PostgreSQL) hear of it through the event bus: `inConfigTx`
 * publishes a `config` event on `CONFIG_EVENTS` (NOTIFY), and every app bumps its epoch when one
 * arrives — or when its listener reconnects, as events may have been missed. Caches keyed on this
 * epoch still bound an entry's age (the ticket issue context: 5 s) in case a notification is lost.
 */
let epoch = 0;

export function configEpoch(): number {
  return epoch;
}

/** Call after the commit of a configuration change (`inConfigTx` does), or after writing it directly. */
export function configChanged(): void {
  epoch++;
}

/** The pseudo hall id of configuration events on the event bus (never a real hall's id). */
export const CONFIG_EVENTS = '*config*';
