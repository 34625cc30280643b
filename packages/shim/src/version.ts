/** Reported by `-v` and in Connect's version field. */
export const shimVersion = '0.1.0';
