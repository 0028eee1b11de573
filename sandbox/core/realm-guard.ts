/**
 * Realm source shared by the realm's Date and its membrane side: `guard(hostFunction)` is a realm
 * function that calls it and turns anything it throws into an Error of the realm, so a host error
 * (whose constructor leads to the host's Function) never reaches the script.
 */
export const GUARD_SOURCE = String.raw`
  const RealError = Error;
  const guard = fn => (...args) => {
    try {
      return fn(...args);
    } catch (error) {
      if (error instanceof RealError) throw error;
      throw new RealError(String(error && error.message));
    }
  };`;
