/** The only source of "now" (ARCHITECTURE.md, Time). Server code receives a Clock; tests inject a fixed one. */
export interface Clock {
  now(): Date;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/** A clock that only moves when told to: for tests and for the demo clock's base. */
export class ManualClock implements Clock {
  #now: number;
  constructor(start: Date | string) {
    this.#now = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.#now);
  }
  moveTo(to: Date | string): void {
    this.#now = new Date(to).getTime();
  }
  advance(ms: number): void {
    this.#now += ms;
  }
  advanceDays(days: number): void {
    this.advance(days * DAY_MS);
  }
}
