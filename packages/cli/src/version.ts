/** The CLI's version (`corral version`, `corral --version`). */
export const cliVersion = '0.1.0';
