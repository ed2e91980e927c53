/** A sleep that `wake()` ends early (a stop, or a nudge after a commit). One sleeper at a time. */
export class Sleeper {
  private done: (() => void) | null = null;

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      let t: NodeJS.Timeout | undefined = undefined;
      const done = () => {
        clearTimeout(t);
        if (this.done === done) this.done = null;
        resolve();
      };
      t = setTimeout(done, ms);
      this.done = done;
    });
  }

  wake(): void {
    this.done?.();
  }
}
