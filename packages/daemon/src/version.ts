/** corrald's version (Version, --version). */
export const daemonVersion = '0.1.0';
/** The corral.v1 API version Version reports. */
export const runtimeApiVersion = 'v1';
