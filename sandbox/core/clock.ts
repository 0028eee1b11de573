/** The emulator's virtual clock: time only moves when the emulator or a service says so. */
export class VirtualClock {
  private ms: number;

  constructor(start: Date | number) {
    this.ms = typeof start === 'number' ? start : start.getTime();
  }

  now(): number {
    return this.ms;
  }

  date(): Date {
    return new Date(this.ms);
  }

  advance(ms: number): void {
    if (!(ms >= 0))
      throw new RangeError(
        `The clock only moves forward (asked to move ${ms} ms).`
      );
    this.ms += ms;
  }

  set(to: Date | number): void {
    const ms = typeof to === 'number' ? to : to.getTime();
    if (ms < this.ms)
      throw new RangeError(
        `The clock only moves forward (asked to go back to ${new Date(ms).toISOString()}).`
      );
    this.ms = ms;
  }
}
